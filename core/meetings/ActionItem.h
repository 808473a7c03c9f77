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

// One row of the `action_item` table (schema in core/storage/schema_v1.sql).
struct ActionItem : Record {
    qint64 meetingId = 0;
    qint64 decisionId = 0;
    QString text;
    QString owner;
    qint64 ownerMemberId = 0;
    QDate dueOn;
    QString status{key::ActionItemStatus::Open};
    QDate closedOn;

    static const EntitySchema<ActionItem> &schema();
};

} // namespace forumdesk
