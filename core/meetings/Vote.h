// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/EntitySchema.h"
#include "core/storage/Record.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>

namespace forumdesk {

// One row of the `vote` table (schema in core/storage/schema_v1.sql).
struct Vote : Record {
    qint64 decisionId = 0;
    qint64 memberId = 0;
    QString name;
    QString choice;

    static const EntitySchema<Vote> &schema();
};

} // namespace forumdesk
