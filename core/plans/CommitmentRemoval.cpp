// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/plans/CommitmentRemoval.h"

#include "core/learning/PracticeLibrary.h"
#include "core/plans/MilestoneOrder.h"
#include "core/storage/Database.h"
#include "core/storage/ForumFile.h"
#include "core/storage/Table.h"

namespace forumdesk {

CommitmentRemoval CommitmentRemoval::remove(ForumFile &file, qint64 id)
{
    file.requireWritable();
    Transaction tx(file.database());
    CommitmentRemoval removal;
    removal.m_commitment = Table<Commitment>(file).get(id);
    removal.m_milestones = MilestoneOrder::of(file, id);
    removal.m_updates = Table<ProgressUpdate>(file).list(
        QStringLiteral("milestone_id IN (SELECT id FROM milestone WHERE commitment_id = ?)"), {id});
    removal.m_assessments = Table<Assessment>(file).list(QStringLiteral("commitment_id = ?"), {id});
    removal.m_practices = PracticeLibrary::citationRows(file, id);
    removal.m_contributions = Table<ContributionLink>(file).list(QStringLiteral("commitment_id = ?"), {id});
    removal.m_agendaItems = References::to(file, id, {{"agenda_item", "commitment_id"}});
    Table<Commitment>(file).remove(id);
    tx.commit();
    return removal;
}

void CommitmentRemoval::restore(ForumFile &file) const
{
    file.requireWritable();
    Transaction tx(file.database());
    Commitment commitment = m_commitment;
    Table<Commitment>(file).create(commitment);
    Table<Milestone>(file).restore(m_milestones);
    Table<ProgressUpdate>(file).restore(m_updates);
    Table<Assessment>(file).restore(m_assessments);
    Table<PracticeCitation>(file).restore(m_practices);
    Table<ContributionLink>(file).restore(m_contributions);
    m_agendaItems.restore(file, m_commitment.id);
    tx.commit();
}

} // namespace forumdesk
