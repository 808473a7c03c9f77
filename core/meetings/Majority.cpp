// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/meetings/Majority.h"

namespace forumdesk {

QString Majority::outcome(const QString &majority, int votesFor, int votesAgainst, int votesAbstain)
{
    Q_UNUSED(votesAbstain)
    bool adopted = false;
    if (majority == QLatin1String("two_thirds"))
        adopted = votesFor > 0 && 3 * votesFor >= 2 * (votesFor + votesAgainst);
    else if (majority == QLatin1String("consensus"))
        adopted = votesAgainst == 0 && votesFor > 0;
    else
        adopted = votesFor > votesAgainst;
    return adopted ? QStringLiteral("adopted") : QStringLiteral("rejected");
}

} // namespace forumdesk
