// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/meetings/Meeting.h"

#include "core/forum/Vocabulary.h"

#include <QCoreApplication>

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

} // namespace forumdesk
