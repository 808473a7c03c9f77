// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/meetings/Majority.h"

#include "core/forum/VocabularyKeys.h"

namespace forumdesk {

QString Majority::outcome(const QString &majority, int votesFor, int votesAgainst, int votesAbstain)
{
    Q_UNUSED(votesAbstain)
    bool adopted = false;
    if (majority == key::Majority::TwoThirds)
        adopted = votesFor > 0 && 3 * votesFor >= 2 * (votesFor + votesAgainst);
    else if (majority == key::Majority::Consensus)
        adopted = votesAgainst == 0 && votesFor > 0;
    else
        adopted = votesFor > votesAgainst;
    return adopted ? key::DecisionOutcome::Adopted : key::DecisionOutcome::Rejected;
}

} // namespace forumdesk
