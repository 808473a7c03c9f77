// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/commands/CoCreationCommands.h"

#include "ui/document/ForumDocument.h"
#include "core/cocreation/ContributionLinks.h"
#include "core/plans/MilestoneOrder.h"
#include "core/storage/Table.h"
#include "ui/commands/RecordCommand.h"
#include "ui/widgets/PageParts.h"

#include <QCoreApplication>

namespace forumdesk {

QUndoCommand *addPlanCommand(ForumDocument *document, const ActionPlan &plan)
{
    return new RecordCommand<ActionPlan>(document, std::nullopt, plan, QCoreApplication::translate("Commands", "Add action plan “%1”").arg(brief(plan.title)));
}

QUndoCommand *editPlanCommand(ForumDocument *document, const ActionPlan &before, const ActionPlan &after)
{
    return new RecordCommand<ActionPlan>(document, before, after, QCoreApplication::translate("Commands", "Edit action plan “%1”").arg(brief(after.title)));
}

QUndoCommand *addCommitmentCommand(ForumDocument *document, const Commitment &commitment)
{
    return new RecordCommand<Commitment>(document, std::nullopt, commitment, QCoreApplication::translate("Commands", "Add commitment “%1”").arg(brief(commitment.title)));
}

QUndoCommand *editCommitmentCommand(ForumDocument *document, const Commitment &before, const Commitment &after)
{
    return new RecordCommand<Commitment>(document, before, after, QCoreApplication::translate("Commands", "Edit commitment “%1”").arg(brief(after.title)));
}

QUndoCommand *addMilestoneCommand(ForumDocument *document, const Milestone &milestone)
{
    return new RecordCommand<Milestone>(document, std::nullopt, milestone, QCoreApplication::translate("Commands", "Add milestone “%1”").arg(brief(milestone.activity)));
}

QUndoCommand *editMilestoneCommand(ForumDocument *document, const Milestone &before, const Milestone &after)
{
    return new RecordCommand<Milestone>(document, before, after, QCoreApplication::translate("Commands", "Edit milestone “%1”").arg(brief(after.activity)));
}

ContributionCommand::ContributionCommand(ForumDocument *document, std::optional<Contribution> before,
                                         std::optional<Contribution> after, QList<qint64> linksAfter,
                                         const QString &text)
    : EditCommand(document, text), m_before(std::move(before)), m_after(std::move(after)),
      m_linksAfter(std::move(linksAfter))
{
}

void ContributionCommand::apply()
{
    ForumFile &file = document()->file();
    const bool first = !m_linkRowsRead;
    if (first && m_before)
        m_linkRowsBefore = ContributionLinks::linksOf(file, m_before->id);
    write(m_before, m_after);
    if (!m_after)
        return;
    if (first)
        ContributionLinks::setCommitments(file, m_after->id, m_linksAfter);
    else
        ContributionLinks::restoreLinks(file, m_after->id, m_linkRowsAfter);
    if (first)
        m_linkRowsAfter = ContributionLinks::linksOf(file, m_after->id);
    m_linkRowsRead = true;
}

void ContributionCommand::revert()
{
    write(m_after, m_before);
    if (m_before)
        ContributionLinks::restoreLinks(document()->file(), m_before->id, m_linkRowsBefore);
}

void ContributionCommand::write(std::optional<Contribution> &from, std::optional<Contribution> &to)
{
    Table<Contribution> records(document()->file());
    if (!from && to) {
        Contribution record = *to;
        records.create(record);
        to->id = record.id;
        to->uid = record.uid;
    } else if (from && to) {
        Contribution record = *to;
        records.update(record);
    } else if (from && !to) {
        records.remove(from->id);
    }
}

ImportContributionsCommand::ImportContributionsCommand(ForumDocument *document, ContributionImport import,
                                                       const QString &fileName)
    : EditCommand(document, QCoreApplication::translate("Commands", "Import %n contribution(s) from “%1”", nullptr,
                                                        int(import.rows().size()))
                                .arg(fileName)),
      m_import(std::move(import))
{
}

void ImportContributionsCommand::apply()
{
    ForumFile &file = document()->file();
    if (m_created.isEmpty()) {
        Table<Contribution> records(file);
        for (qint64 id : m_import.commit(file))
            m_created << records.get(id);
        return;
    }
    // Redo brings back the very contributions undo took out, with their ids and uids.
    Table<Contribution> records(file);
    for (Contribution contribution : std::as_const(m_created))
        records.create(contribution);
}

void ImportContributionsCommand::revert()
{
    Table<Contribution> records(document()->file());
    for (const Contribution &contribution : std::as_const(m_created))
        records.remove(contribution.id);
}

RemoveCommitmentCommand::RemoveCommitmentCommand(ForumDocument *document, const Commitment &commitment)
    : EditCommand(document, QCoreApplication::translate("Commands", "Remove commitment “%1”").arg(brief(commitment.title))),
      m_commitmentId(commitment.id)
{
}

void RemoveCommitmentCommand::apply()
{
    m_removal = CommitmentRemoval::remove(document()->file(), m_commitmentId);
}

void RemoveCommitmentCommand::revert()
{
    if (m_removal)
        m_removal->restore(document()->file());
}

RemoveMilestoneCommand::RemoveMilestoneCommand(ForumDocument *document, const Milestone &milestone)
    : EditCommand(document, QCoreApplication::translate("Commands", "Remove milestone “%1”").arg(brief(milestone.activity))),
      m_milestoneId(milestone.id)
{
}

void RemoveMilestoneCommand::apply()
{
    m_removal = MilestoneRemoval::remove(document()->file(), m_milestoneId);
}

void RemoveMilestoneCommand::revert()
{
    if (m_removal)
        m_removal->restore(document()->file());
}

MoveMilestoneCommand::MoveMilestoneCommand(ForumDocument *document, qint64 commitmentId, int from, int to,
                                           const QString &activity)
    : EditCommand(document, QCoreApplication::translate("Commands", "Move milestone “%1”").arg(brief(activity))),
      m_commitmentId(commitmentId), m_from(from), m_to(to)
{
}

void MoveMilestoneCommand::apply()
{
    MilestoneOrder::move(document()->file(), m_commitmentId, m_from, m_to);
}

void MoveMilestoneCommand::revert()
{
    MilestoneOrder::move(document()->file(), m_commitmentId, m_to, m_from);
}

} // namespace forumdesk
