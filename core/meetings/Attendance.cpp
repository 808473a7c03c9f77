// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/meetings/Attendance.h"

#include "core/forum/Member.h"
#include "core/forum/Vocabulary.h"
#include "core/storage/Database.h"
#include "core/storage/ForumFile.h"

#include <QCoreApplication>

namespace forumdesk {

void Attendance::seat(const Member &member)
{
    memberId = member.id;
    name = member.name;
    organization = member.organization;
    sector = member.sector;
    role = member.role;
    voting = member.voting;
    guest = false;
}

bool Attendance::hadVote(const Member &today) const
{
    return role.isEmpty() ? today.voting : voting;
}

const EntitySchema<Attendance> &Attendance::schema()
{
    using R = Attendance;
    static const EntitySchema<R> s{
        QStringLiteral("attendance"),
        QT_TRANSLATE_NOOP("Entity", "attendance"),
        {
            field<R>("meeting_id", QT_TRANSLATE_NOOP("Field", "Meeting"), FieldType::Reference, &R::meetingId).isRequired().refersTo(QStringLiteral("meeting")),
            field<R>("member_id", QT_TRANSLATE_NOOP("Field", "Member"), FieldType::Reference, &R::memberId).refersTo(QStringLiteral("member")),
            field<R>("name", QT_TRANSLATE_NOOP("Field", "Name"), FieldType::Text, &R::name).isRequired().maxChars(200),
            field<R>("organization", QT_TRANSLATE_NOOP("Field", "Organization"), FieldType::Text, &R::organization),
            field<R>("sector", QT_TRANSLATE_NOOP("Field", "Sector"), FieldType::Enumeration, &R::sector).isRequired().oneOf(Vocabulary::keys(Vocabulary::List::Sector)),
            field<R>("status", QT_TRANSLATE_NOOP("Field", "Attendance"), FieldType::Enumeration, &R::status).isRequired().oneOf(Vocabulary::keys(Vocabulary::List::AttendanceStatus)),
            field<R>("represented_by", QT_TRANSLATE_NOOP("Field", "Represented by"), FieldType::Text, &R::representedBy),
            field<R>("guest", QT_TRANSLATE_NOOP("Field", "Guest"), FieldType::Boolean, &R::guest),
            field<R>("role", QT_TRANSLATE_NOOP("Field", "Role at the meeting"), FieldType::Enumeration, &R::role).oneOf(Vocabulary::keys(Vocabulary::List::Role)).since(5),
            field<R>("voting", QT_TRANSLATE_NOOP("Field", "Had a vote at the meeting"), FieldType::Boolean, &R::voting).since(5),
            field<R>("arrived_at", QT_TRANSLATE_NOOP("Field", "Arrived at"), FieldType::Timestamp, &R::arrivedAt).since(6),
            field<R>("left_at", QT_TRANSLATE_NOOP("Field", "Left at"), FieldType::Timestamp, &R::leftAt).since(6),
        },
        {
            {QStringLiteral("member_id"), QStringLiteral("unique"), [](const R &r, ForumFile &file) {
                 if (r.memberId == 0)
                     return QString();
                 const QVariant other = file.database().scalar(
                     QStringLiteral("SELECT id FROM attendance WHERE meeting_id = ? AND member_id = ? AND id <> ?"),
                     {r.meetingId, r.memberId, r.id});
                 if (other.isNull())
                     return QString();
                 return QCoreApplication::translate("Validation", "%1 is already in this meeting's attendance").arg(r.name);
             }},
        },
        [](const R &r) { return r.name; },
    };
    return s;
}

} // namespace forumdesk
