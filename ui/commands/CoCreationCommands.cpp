// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/commands/CoCreationCommands.h"

#include "ui/document/ForumDocument.h"
#include "core/cocreation/ContributionLinks.h"
#include "core/plans/MilestoneOrder.h"
#include "core/storage/Table.h"
#include "ui/commands/RecordCommand.h"

namespace forumdesk {

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
                                                       const QString &text)
    : EditCommand(document, text), m_import(std::move(import))
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
    Table<Contribution>(file).restore(m_created);
}

void ImportContributionsCommand::revert()
{
    Table<Contribution> records(document()->file());
    for (const Contribution &contribution : std::as_const(m_created))
        records.remove(contribution.id);
}

RemoveCommitmentCommand::RemoveCommitmentCommand(ForumDocument *document, qint64 commitmentId, const QString &text)
    : EditCommand(document, text), m_commitmentId(commitmentId)
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

RemoveMilestoneCommand::RemoveMilestoneCommand(ForumDocument *document, qint64 milestoneId, const QString &text)
    : EditCommand(document, text), m_milestoneId(milestoneId)
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
                                           const QString &text)
    : EditCommand(document, text), m_commitmentId(commitmentId), m_from(from), m_to(to)
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
