// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/meetings/SpeakingTime.h"

#include "core/storage/Database.h"
#include "core/storage/ForumFile.h"
#include "core/storage/Statement.h"

#include <QHash>

#include <algorithm>

namespace forumdesk {

namespace {

void add(SpeakingTime &t, qint64 memberId, const QString &name, const QString &sector, const QString &gender,
         qint64 seconds, int turns, QHash<QString, int> &speakerAt)
{
    t.total.seconds += seconds;
    t.total.turns += turns;
    t.bySector[sector].seconds += seconds;
    t.bySector[sector].turns += turns;
    t.byGender[gender].seconds += seconds;
    t.byGender[gender].turns += turns;
    // One speaker: a member by their record, a guest by name and sector.
    const QString key = memberId ? QString::number(memberId) : QStringLiteral("%1\n%2").arg(name, sector);
    auto found = speakerAt.find(key);
    if (found == speakerAt.end()) {
        found = speakerAt.insert(key, int(t.speakers.size()));
        t.speakers << SpeakingTime::Speaker{memberId, name, sector, gender, {}};
    }
    SpeakingTime::Speaker &s = t.speakers[*found];
    s.share.seconds += seconds;
    s.share.turns += turns;
}

void sortSpeakers(SpeakingTime &t)
{
    std::stable_sort(t.speakers.begin(), t.speakers.end(), [](const SpeakingTime::Speaker &a, const SpeakingTime::Speaker &b) {
        return a.share.seconds > b.share.seconds;
    });
}

SpeakingTime summed(ForumFile &file, const QString &where, const QVariantList &binds)
{
    SpeakingTime t;
    if (file.schemaVersion() < 6)
        return t;
    Database &db = file.database();
    // Summed by speaker in the database; the rest adds up those few rows.
    Statement st = db.query(QStringLiteral(
        "SELECT coalesce(member_id, 0), name, sector, coalesce(gender, ''), "
        "sum(max(0, unixepoch(ended_at) - unixepoch(started_at))), count(*) "
        "FROM intervention i WHERE started_at IS NOT NULL AND ended_at IS NOT NULL AND %1 "
        "GROUP BY coalesce(member_id, name), sector, coalesce(gender, '') ORDER BY 5 DESC, name").arg(where));
    st.bindAll(binds);
    QHash<QString, int> speakerAt;
    while (st.next())
        add(t, st.int64(0), st.text(1), st.text(2), st.text(3), st.int64(4), int(st.int64(5)), speakerAt);
    Statement meetings = db.query(QStringLiteral(
        "SELECT count(DISTINCT meeting_id) FROM intervention i WHERE started_at IS NOT NULL AND ended_at IS NOT NULL AND %1").arg(where));
    meetings.bindAll(binds);
    if (meetings.next())
        t.meetings = int(meetings.int64(0));
    sortSpeakers(t);
    return t;
}

} // namespace

double SpeakingTime::sectorShare(const QString &sector) const
{
    return total.seconds > 0 ? double(bySector.value(sector).seconds) / double(total.seconds) : 0.0;
}

SpeakingTime SpeakingTime::of(const QList<Intervention> &interventions, qint64 itemId, const QDateTime &now)
{
    SpeakingTime t;
    QHash<QString, int> speakerAt;
    for (const Intervention &i : interventions) {
        if (i.isWaiting() || (itemId != 0 && i.agendaItemId != itemId))
            continue;
        add(t, i.memberId, i.name, i.sector, i.gender, i.secondsAt(now), 1, speakerAt);
    }
    t.meetings = t.isEmpty() ? 0 : 1;
    sortSpeakers(t);
    return t;
}

SpeakingTime SpeakingTime::ofMeeting(ForumFile &file, qint64 meetingId, qint64 itemId)
{
    if (itemId)
        return summed(file, QStringLiteral("meeting_id = ? AND agenda_item_id = ?"), {meetingId, itemId});
    return summed(file, QStringLiteral("meeting_id = ?"), {meetingId});
}

SpeakingTime SpeakingTime::ofPlan(ForumFile &file, qint64 planId)
{
    if (!planId)
        return summed(file, QStringLiteral("1"), {});
    return summed(file, QStringLiteral("meeting_id IN (SELECT id FROM meeting WHERE plan_id = ?)"), {planId});
}

} // namespace forumdesk
