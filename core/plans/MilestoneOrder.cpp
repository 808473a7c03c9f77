// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/plans/MilestoneOrder.h"

#include "core/storage/Table.h"

namespace forumdesk {

QList<Milestone> MilestoneOrder::of(ForumFile &file, qint64 commitmentId)
{
    return Table<Milestone>(file).list(QStringLiteral("commitment_id = ?"), {commitmentId}, QStringLiteral("position, id"));
}

void MilestoneOrder::write(ForumFile &file, QList<Milestone> milestones)
{
    Transaction tx(file.database());
    Table<Milestone> table(file);
    for (int i = 0; i < milestones.size(); ++i) {
        if (milestones[i].position == i)
            continue;
        milestones[i].position = i;
        table.update(milestones[i]);
    }
    tx.commit();
}

void MilestoneOrder::move(ForumFile &file, qint64 commitmentId, int from, int to)
{
    QList<Milestone> milestones = of(file, commitmentId);
    if (from < 0 || to < 0 || from >= milestones.size() || to >= milestones.size() || from == to)
        return;
    milestones.move(from, to);
    write(file, milestones);
}

void MilestoneOrder::renumber(ForumFile &file, qint64 commitmentId)
{
    write(file, of(file, commitmentId));
}

} // namespace forumdesk
