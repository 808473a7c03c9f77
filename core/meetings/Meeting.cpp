// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/meetings/Meeting.h"

#include "core/forum/Vocabulary.h"
#include "core/storage/Database.h"
#include "core/storage/ForumFile.h"
#include "core/storage/Statement.h"

#include <QCoreApplication>
#include <QMap>

namespace forumdesk {

const EntitySchema<Meeting> &Meeting::schema()
{
    using R = Meeting;
    static const EntitySchema<R> s{
        QStringLiteral("meeting"),
        QT_TRANSLATE_NOOP("Entity", "meeting"),
        {
            field<R>("plan_id", QT_TRANSLATE_NOOP("Field", "Action plan"), FieldType::Reference, &R::planId).refersTo(QStringLiteral("action_plan")),
            field<R>("kind", QT_TRANSLATE_NOOP("Field", "Kind"), FieldType::Enumeration, &R::kind).isRequired().oneOf(Vocabulary::keys(Vocabulary::List::MeetingKind)),
            field<R>("number", QT_TRANSLATE_NOOP("Field", "Session number"), FieldType::Integer, &R::number).between(0, 1e6).optionalNumber(),
            field<R>("title", QT_TRANSLATE_NOOP("Field", "Title"), FieldType::Text, &R::title).isRequired().maxChars(300),
            field<R>("starts_at", QT_TRANSLATE_NOOP("Field", "Starts"), FieldType::WallClock, &R::startsAt).isRequired(),
            field<R>("ends_at", QT_TRANSLATE_NOOP("Field", "Ends"), FieldType::WallClock, &R::endsAt).isRequired(),
            field<R>("place", QT_TRANSLATE_NOOP("Field", "Place"), FieldType::Text, &R::place),
            field<R>("link", QT_TRANSLATE_NOOP("Field", "Video link"), FieldType::Text, &R::link),
            field<R>("notice_sent_on", QT_TRANSLATE_NOOP("Field", "Notice sent on"), FieldType::Date, &R::noticeSentOn),
            field<R>("status", QT_TRANSLATE_NOOP("Field", "Status"), FieldType::Enumeration, &R::status).isRequired().oneOf(Vocabulary::keys(Vocabulary::List::MeetingStatus)),
            field<R>("chair_member_id", QT_TRANSLATE_NOOP("Field", "Chair"), FieldType::Reference, &R::chairMemberId).refersTo(QStringLiteral("member")),
            field<R>("chair_name", QT_TRANSLATE_NOOP("Field", "Chair name"), FieldType::Text, &R::chairName),
            field<R>("secretary_member_id", QT_TRANSLATE_NOOP("Field", "Secretary"), FieldType::Reference, &R::secretaryMemberId).refersTo(QStringLiteral("member")),
            field<R>("secretary_name", QT_TRANSLATE_NOOP("Field", "Secretary name"), FieldType::Text, &R::secretaryName),
            field<R>("approved_at_meeting_id", QT_TRANSLATE_NOOP("Field", "Minutes approved at"), FieldType::Reference, &R::approvedAtMeetingId).refersTo(QStringLiteral("meeting")),
            field<R>("published_on", QT_TRANSLATE_NOOP("Field", "Published on"), FieldType::Date, &R::publishedOn),
            field<R>("notes", QT_TRANSLATE_NOOP("Field", "Notes"), FieldType::Text, &R::notes),
            field<R>("live_started_at", QT_TRANSLATE_NOOP("Field", "Actually began"), FieldType::Timestamp, &R::liveStartedAt).since(6),
            field<R>("live_ended_at", QT_TRANSLATE_NOOP("Field", "Actually ended"), FieldType::Timestamp, &R::liveEndedAt).since(6),
            field<R>("live_paused_at", QT_TRANSLATE_NOOP("Field", "Paused since"), FieldType::Timestamp, &R::livePausedAt).since(6),
        },
        {
            {QStringLiteral("ends_at"), QStringLiteral("after_start_strict"), [](const R &r) {
                 if (r.startsAt.isValid() && r.endsAt.isValid() && r.endsAt <= r.startsAt)
                     return QCoreApplication::translate("Validation", "“%1” (%3) must be after “%2” (%4)")
                         .arg(QCoreApplication::translate("Field", "Ends"), QCoreApplication::translate("Field", "Starts"), shown(r.endsAt), shown(r.startsAt));
                 return QString();
             }},
        },
        [](const R &r) { return r.title; },
    };
    return s;
}

std::pair<QDateTime, QDateTime> Meeting::suggestedTimes(ForumFile &file, const QString &kind, const QDate &today)
{
    QDate day = today.addDays(7);
    while (day.dayOfWeek() > 5)
        day = day.addDays(1);
    // The usual start and length: the most frequent among the last 12 meetings of the kind.
    QMap<QString, int> starts;
    QMap<qint64, int> lengths;
    Statement st = file.database().query(QStringLiteral(
        "SELECT starts_at, ends_at FROM meeting WHERE kind = ? AND status <> 'cancelled' "
        "ORDER BY starts_at DESC LIMIT 12"));
    st.bind(1, kind);
    while (st.next()) {
        const QDateTime from = parseWallClock(st.text(0));
        const QDateTime to = parseWallClock(st.text(1));
        if (!from.isValid())
            continue;
        ++starts[from.time().toString(QStringLiteral("HH:mm"))];
        if (to.isValid() && from.secsTo(to) > 0)
            ++lengths[from.secsTo(to)];
    }
    const auto mostFrequent = [](const auto &counts, auto fallback) {
        auto best = fallback;
        int bestCount = 0;
        for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
            if (it.value() > bestCount) {
                best = it.key();
                bestCount = it.value();
            }
        }
        return best;
    };
    const QTime at = QTime::fromString(mostFrequent(starts, QStringLiteral("10:00")), QStringLiteral("HH:mm"));
    const qint64 length = mostFrequent(lengths, qint64(2 * 3600));
    const QDateTime start(day, at.isValid() ? at : QTime(10, 0));
    return {start, start.addSecs(length)};
}

} // namespace forumdesk
