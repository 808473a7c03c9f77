// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/cocreation/ContributionLink.h"

#include <QList>

namespace forumdesk {

class ForumFile;

// Traceability between contributions and commitments, both ways: the commitments a contribution
// fed, and the contributions that fed a commitment (rows of `contribution_commitment`).
class ContributionLinks {
public:
    static QList<qint64> commitmentsOf(ForumFile &file, qint64 contributionId);
    static QList<qint64> contributionsOf(ForumFile &file, qint64 commitmentId);
    // Makes the contribution linked to exactly these commitments, in one transaction.
    static void setCommitments(ForumFile &file, qint64 contributionId, const QList<qint64> &commitmentIds);
    // The contribution's link rows, and back: makes them exactly `links`, the ones it lost
    // created again with their ids and uids (the undo of an edit or a removal).
    static QList<ContributionLink> linksOf(ForumFile &file, qint64 contributionId);
    static void restoreLinks(ForumFile &file, qint64 contributionId, const QList<ContributionLink> &links);
};

} // namespace forumdesk
