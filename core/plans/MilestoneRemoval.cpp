// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/plans/MilestoneRemoval.h"

#include "core/plans/MilestoneOrder.h"
#include "core/storage/Database.h"
#include "core/storage/ForumFile.h"
#include "core/storage/Table.h"

namespace forumdesk {

MilestoneRemoval MilestoneRemoval::remove(ForumFile &file, qint64 id)
{
    file.requireWritable();
    Transaction tx(file.database());
    MilestoneRemoval removal;
    Table<Milestone> milestones(file);
    removal.m_milestone = milestones.get(id);
    removal.m_updates = Table<ProgressUpdate>(file).list(QStringLiteral("milestone_id = ?"), {id});
    milestones.remove(id);
    MilestoneOrder::renumber(file, removal.m_milestone.commitmentId);
    tx.commit();
    return removal;
}

void MilestoneRemoval::restore(ForumFile &file) const
{
    file.requireWritable();
    Transaction tx(file.database());
    Table<Milestone> milestones(file);
    QList<Milestone> others = MilestoneOrder::of(file, m_milestone.commitmentId);
    // Make room from the end, so no two milestones ever share a position on the way.
    for (auto it = others.rbegin(); it != others.rend(); ++it) {
        if (it->position >= m_milestone.position) {
            ++it->position;
            milestones.update(*it);
        }
    }
    Milestone restored = m_milestone;
    milestones.create(restored);
    Table<ProgressUpdate>(file).restore(m_updates);
    tx.commit();
}

} // namespace forumdesk
