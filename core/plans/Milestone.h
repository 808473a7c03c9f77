// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/EntitySchema.h"
#include "core/storage/Record.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>

namespace forumdesk {

// One row of the `milestone` table (schema in core/storage/schema_v1.sql).
struct Milestone : Record {
    qint64 commitmentId = 0;
    int position = 0;
    QString activity;
    QString deliverable;
    QString responsible;
    QDate startOn;
    QDate endOn;
    double weight = 1.0;

    static const EntitySchema<Milestone> &schema();
};

} // namespace forumdesk
