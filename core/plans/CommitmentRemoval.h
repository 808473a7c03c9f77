// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/cocreation/ContributionLink.h"
#include "core/evaluation/Assessment.h"
#include "core/implementation/ProgressUpdate.h"
#include "core/learning/PracticeCitation.h"
#include "core/plans/Commitment.h"
#include "core/plans/Milestone.h"
#include "core/storage/References.h"

#include <QList>

namespace forumdesk {

class ForumFile;

// Removing a commitment takes with it what only it gives meaning to: its milestones and their
// progress updates, its assessments, the practices it cites and its links to the contributions
// that fed it (the file cascades). The agenda items that discussed it stay and name no
// commitment. A removal keeps all of it, so that undoing it puts the commitment back with the
// same ids and uids, every row it took and every agenda item naming it again.
class CommitmentRemoval {
public:
    // Removes the commitment `id` in one transaction and returns what undo needs.
    static CommitmentRemoval remove(ForumFile &file, qint64 id);
    // Puts the commitment and everything it took back, in one transaction.
    void restore(ForumFile &file) const;

    const Commitment &commitment() const { return m_commitment; }

private:
    Commitment m_commitment;
    QList<Milestone> m_milestones;
    QList<ProgressUpdate> m_updates;
    QList<Assessment> m_assessments;
    QList<PracticeCitation> m_practices;
    QList<ContributionLink> m_contributions;
    References m_agendaItems;
};

} // namespace forumdesk
