// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/cocreation/Contribution.h"
#include "core/cocreation/ContributionImport.h"
#include "core/cocreation/ContributionLink.h"
#include "core/plans/ActionPlan.h"
#include "core/plans/Commitment.h"
#include "core/plans/CommitmentRemoval.h"
#include "core/plans/Milestone.h"
#include "core/plans/MilestoneRemoval.h"
#include "ui/commands/EditCommand.h"

#include <QList>
#include <QStringList>

#include <optional>


namespace forumdesk {

class ForumDocument;

// Adds, edits or removes a contribution together with the commitments it fed. Undo and redo
// bring back the contribution and its links with their ids and uids.
class ContributionCommand : public EditCommand {
public:
    // `linksAfter`: the commitments the contribution fed after the edit.
    ContributionCommand(ForumDocument *document, std::optional<Contribution> before, std::optional<Contribution> after,
                        QList<qint64> linksAfter, const QString &text);
    const std::optional<Contribution> &after() const { return m_after; }

protected:
    void apply() override;
    void revert() override;

private:
    void write(std::optional<Contribution> &from, std::optional<Contribution> &to);

    std::optional<Contribution> m_before;
    std::optional<Contribution> m_after;
    QList<qint64> m_linksAfter; // the commitments, as the user chose them
    // The link rows before and after the first apply, which undo and redo put back.
    QList<ContributionLink> m_linkRowsBefore;
    QList<ContributionLink> m_linkRowsAfter;
    bool m_linkRowsRead = false;
};

// Imports every row of an accepted CSV preview in one step; undo removes them all, and redo
// brings back the same contributions, with their ids and uids.
class ImportContributionsCommand : public EditCommand {
public:
    ImportContributionsCommand(ForumDocument *document, ContributionImport import, const QString &text);
    int importedCount() const { return int(m_created.size()); }

protected:
    void apply() override;
    void revert() override;

private:
    ContributionImport m_import;
    QList<Contribution> m_created;
};

// Removes a commitment and what goes with it; undo brings all of it back (CommitmentRemoval).
class RemoveCommitmentCommand : public EditCommand {
public:
    RemoveCommitmentCommand(ForumDocument *document, qint64 commitmentId, const QString &text);

protected:
    void apply() override;
    void revert() override;

private:
    qint64 m_commitmentId;
    std::optional<CommitmentRemoval> m_removal;
};

// Takes a milestone out of its commitment; undo puts it back in its place (MilestoneRemoval).
class RemoveMilestoneCommand : public EditCommand {
public:
    RemoveMilestoneCommand(ForumDocument *document, qint64 milestoneId, const QString &text);

protected:
    void apply() override;
    void revert() override;

private:
    qint64 m_milestoneId;
    std::optional<MilestoneRemoval> m_removal;
};

// Moves a milestone from one position to another among its commitment's milestones.
class MoveMilestoneCommand : public EditCommand {
public:
    MoveMilestoneCommand(ForumDocument *document, qint64 commitmentId, int from, int to, const QString &text);

protected:
    void apply() override;
    void revert() override;

private:
    qint64 m_commitmentId;
    int m_from;
    int m_to;
};

} // namespace forumdesk
