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

// One row of the `forum` table (schema in core/storage/schema_v1.sql).
struct Forum : Record {
    QString name;
    QString scope{key::Scope::National};
    QString jurisdiction;
    QString language{key::Language::Spanish};
    QString timeZone = QStringLiteral("UTC");
    QString termsOfReference;
    QString participationRules;
    QString decisionRule{key::DecisionRule::Consensus};
    int quorumPercent = 50;
    bool quorumBothSectors = true;
    QString website;
    QString repositoryUrl;
    QString pocName;
    QString pocEmail;
    QDate foundedOn;

    static const EntitySchema<Forum> &schema();
};

} // namespace forumdesk
