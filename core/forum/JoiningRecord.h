// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/EntitySchema.h"
#include "core/storage/Record.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>

namespace forumdesk {

// One row of the `joining_record` table (schema in core/storage/schema_v1.sql).
struct JoiningRecord : Record {
    QDate letterOfIntentOn;
    QDate joinedOn;
    QString pocName;
    QString pocInstitution;
    QString pocEmail;
    QString notes;

    static const EntitySchema<JoiningRecord> &schema();
};

} // namespace forumdesk
