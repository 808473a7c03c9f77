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

// One row of the `assessment` table (schema in core/storage/schema_v1.sql).
struct Assessment : Record {
    qint64 commitmentId = 0;
    QString source{key::AssessmentSource::Self};
    QDate assessedOn;
    bool verifiable = true;
    bool relevanceAccessInformation = false;
    bool relevanceCivicParticipation = false;
    bool relevancePublicAccountability = false;
    bool relevanceTechnologyInnovation = false;
    QString potentialResults;
    QString potentialImpact;
    QString completion;
    QString openedGovernment;
    QString notes;

    static const EntitySchema<Assessment> &schema();
};

} // namespace forumdesk
