// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/EntitySchema.h"
#include "core/storage/Record.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>

namespace forumdesk {

// One row of the `contribution_commitment` table (schema in core/storage/schema_v1.sql).
struct ContributionLink : Record {
    qint64 contributionId = 0;
    qint64 commitmentId = 0;

    static const EntitySchema<ContributionLink> &schema();
};

} // namespace forumdesk
