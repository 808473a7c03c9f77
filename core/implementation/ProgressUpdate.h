// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/forum/VocabularyKeys.h"
#include "core/storage/EntitySchema.h"
#include "core/storage/Record.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>

namespace forumdesk {

// One row of the `progress_update` table (schema in core/storage/schema_v1.sql).
struct ProgressUpdate : Record {
    qint64 milestoneId = 0;
    QDate reportedOn;
    int percent = 0;
    QString status{key::ProgressStatus::OnTrack};
    QString narrative;
    QString evidence;
    QString reporter;

    static const EntitySchema<ProgressUpdate> &schema();
};

} // namespace forumdesk
