// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/EntitySchema.h"
#include "core/storage/Record.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>

namespace forumdesk {

// One row of the `eligibility_check` table (schema in core/storage/schema_v1.sql).
struct EligibilityCheck : Record {
    QString criterion;
    bool met = false;
    QString evidence;
    QDate checkedOn;

    static const EntitySchema<EligibilityCheck> &schema();
};

} // namespace forumdesk
