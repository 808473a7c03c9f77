// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/meetings/Intervention.h"

#include "core/forum/Vocabulary.h"

#include <QCoreApplication>

#include <algorithm>

namespace forumdesk {

qint64 Intervention::secondsAt(const QDateTime &now) const
{
    if (!startedAt.isValid())
        return 0;
    return std::max<qint64>(0, startedAt.secsTo(endedAt.isValid() ? endedAt : now));
}

const EntitySchema<Intervention> &Intervention::schema()
{
    using R = Intervention;
    static const EntitySchema<R> s{
        QStringLiteral("intervention"),
        QT_TRANSLATE_NOOP("Entity", "intervention"),
        {
            field<R>("meeting_id", QT_TRANSLATE_NOOP("Field", "Meeting"), FieldType::Reference, &R::meetingId).isRequired().refersTo(QStringLiteral("meeting")),
            field<R>("agenda_item_id", QT_TRANSLATE_NOOP("Field", "Agenda item"), FieldType::Reference, &R::agendaItemId).refersTo(QStringLiteral("agenda_item")),
            field<R>("member_id", QT_TRANSLATE_NOOP("Field", "Member"), FieldType::Reference, &R::memberId).refersTo(QStringLiteral("member")),
            field<R>("name", QT_TRANSLATE_NOOP("Field", "Name"), FieldType::Text, &R::name).isRequired().maxChars(200),
            field<R>("organization", QT_TRANSLATE_NOOP("Field", "Organization"), FieldType::Text, &R::organization),
            field<R>("sector", QT_TRANSLATE_NOOP("Field", "Sector"), FieldType::Enumeration, &R::sector).isRequired().oneOf(Vocabulary::keys(Vocabulary::List::Sector)),
            field<R>("gender", QT_TRANSLATE_NOOP("Field", "Gender"), FieldType::Enumeration, &R::gender).oneOf(Vocabulary::keys(Vocabulary::List::Gender)),
            field<R>("position", QT_TRANSLATE_NOOP("Field", "Position"), FieldType::Integer, &R::position).between(0, 1e6),
            field<R>("limit_seconds", QT_TRANSLATE_NOOP("Field", "Time limit (seconds)"), FieldType::Integer, &R::limitSeconds).between(10, 7200).optionalNumber(),
            field<R>("started_at", QT_TRANSLATE_NOOP("Field", "Started at"), FieldType::Timestamp, &R::startedAt),
            field<R>("ended_at", QT_TRANSLATE_NOOP("Field", "Ended at"), FieldType::Timestamp, &R::endedAt),
        },
        {
            {QStringLiteral("ended_at"), QStringLiteral("after_start"), [](const R &r) {
                 if (r.endedAt.isValid() && (!r.startedAt.isValid() || r.endedAt < r.startedAt))
                     return QCoreApplication::translate("Validation", "“%1” must be after “%2”")
                         .arg(QCoreApplication::translate("Field", "Ended at"), QCoreApplication::translate("Field", "Started at"));
                 return QString();
             }},
        },
        [](const R &r) { return r.name; },
    };
    return s;
}

} // namespace forumdesk
