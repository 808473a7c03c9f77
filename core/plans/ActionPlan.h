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

class ForumFile;

// One row of the `action_plan` table (schema in core/storage/schema_v1.sql).
struct ActionPlan : Record {
    QString title;
    QDate periodStart;
    QDate periodEnd;
    QString stage{key::PlanStage::CoCreate};
    QDate dueOn;
    QDate submittedOn;
    QString introduction;
    QString notes;

    static const EntitySchema<ActionPlan> &schema();
    // Whether an adopted forum decision approves the plan.
    static bool approvedByForum(ForumFile &file, qint64 planId);
};

} // namespace forumdesk
