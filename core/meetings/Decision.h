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

// One row of the `decision` table (schema in core/storage/schema_v1.sql).
struct Decision : Record {
    qint64 meetingId = 0;
    qint64 agendaItemId = 0;
    QString text;
    QString method{key::DecisionMethod::Consensus};
    QString majority{key::Majority::Simple};
    int votesFor = 0;
    int votesAgainst = 0;
    int votesAbstain = 0;
    QString outcome{key::DecisionOutcome::Adopted};
    qint64 approvesPlanId = 0;
    // Taken live (format 6): the moment, and the quorum then (meaningful only with `takenAt`).
    QDateTime takenAt;
    int quorumPresent = 0;
    int quorumRequired = 0;
    bool quorumMet = false;
    // A vote still being counted in the live console: its outcome is not yet known.
    bool voteOpen = false;

    static const EntitySchema<Decision> &schema();
};

} // namespace forumdesk
