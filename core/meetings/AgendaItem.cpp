// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/meetings/AgendaItem.h"


#include <QCoreApplication>

namespace forumdesk {

const EntitySchema<AgendaItem> &AgendaItem::schema()
{
    using R = AgendaItem;
    static const EntitySchema<R> s{
        QStringLiteral("agenda_item"),
        QT_TRANSLATE_NOOP("Entity", "agenda item"),
        {
            field<R>("meeting_id", QT_TRANSLATE_NOOP("Field", "Meeting"), FieldType::Reference, &R::meetingId).isRequired().refersTo(QStringLiteral("meeting")),
            field<R>("position", QT_TRANSLATE_NOOP("Field", "Position"), FieldType::Integer, &R::position).between(0, 1e6),
            field<R>("title", QT_TRANSLATE_NOOP("Field", "Title"), FieldType::Text, &R::title).isRequired().maxChars(500),
            field<R>("presenter", QT_TRANSLATE_NOOP("Field", "Presenter"), FieldType::Text, &R::presenter),
            field<R>("duration_minutes", QT_TRANSLATE_NOOP("Field", "Duration (minutes)"), FieldType::Integer, &R::durationMinutes).between(0, 1440),
            field<R>("minutes", QT_TRANSLATE_NOOP("Field", "Minutes"), FieldType::Text, &R::minutes),
            field<R>("commitment_id", QT_TRANSLATE_NOOP("Field", "Commitment"), FieldType::Reference, &R::commitmentId).refersTo(QStringLiteral("commitment")),
            field<R>("started_at", QT_TRANSLATE_NOOP("Field", "Taken up at"), FieldType::Timestamp, &R::startedAt).since(6),
            field<R>("ended_at", QT_TRANSLATE_NOOP("Field", "Closed at"), FieldType::Timestamp, &R::endedAt).since(6),
            field<R>("paused_seconds", QT_TRANSLATE_NOOP("Field", "Seconds paused"), FieldType::Integer, &R::pausedSeconds).between(0, 1e9).since(6),
        },
        {
        },
        [](const R &r) { return r.title; },
    };
    return s;
}

} // namespace forumdesk
