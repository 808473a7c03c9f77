// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/EntitySchema.h"
#include "core/storage/Record.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>

namespace forumdesk {

// One row of the `agenda_item` table (schema in core/storage/schema_v1.sql).
struct AgendaItem : Record {
    qint64 meetingId = 0;
    int position = 0;
    QString title;
    QString presenter;
    int durationMinutes = 15;
    QString minutes;
    qint64 commitmentId = 0;
    // As the meeting ran (format 6, UTC moments): when the item was taken up and closed, and the
    // seconds the meeting stood paused meanwhile.
    QDateTime startedAt;
    QDateTime endedAt;
    int pausedSeconds = 0;

    static const EntitySchema<AgendaItem> &schema();
};

} // namespace forumdesk
