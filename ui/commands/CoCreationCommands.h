// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/cocreation/Contribution.h"
#include "core/cocreation/ContributionImport.h"
#include "ui/commands/EditCommand.h"
#include "core/evaluation/Assessment.h"
#include "core/implementation/ProgressUpdate.h"
#include "core/learning/PracticeCitation.h"
#include "core/plans/ActionPlan.h"
#include "core/plans/Commitment.h"
#include "core/plans/Milestone.h"

#include <QList>
#include <QStringList>

#include <optional>

class QUndoCommand;

namespace forumdesk {

class ForumDocument;

// The co-creation edits, with the texts the Edit menu shows ("Answer the contribution of Ana Pérez").
QUndoCommand *addPlanCommand(ForumDocument *document, const ActionPlan &plan);
QUndoCommand *editPlanCommand(ForumDocument *document, const ActionPlan &before, const ActionPlan &after);
QUndoCommand *addCommitmentCommand(ForumDocument *document, const Commitment &commitment);
QUndoCommand *editCommitmentCommand(ForumDocument *document, const Commitment &before, const Commitment &after);
QUndoCommand *addMilestoneCommand(ForumDocument *document, const Milestone &milestone);
QUndoCommand *editMilestoneCommand(ForumDocument *document, const Milestone &before, const Milestone &after);

// Adds, edits or removes a contribution together with the commitments it fed. Undoing a removal
// brings back the contribution with its id and its links.
class ContributionCommand : public EditCommand {
public:
    ContributionCommand(ForumDocument *document, std::optional<Contribution> before, QList<qint64> linksBefore,
                        std::optional<Contribution> after, QList<qint64> linksAfter, const QString &text);
    const std::optional<Contribution> &after() const { return m_after; }

protected:
    void apply() override;
    void revert() override;

private:
    void write(std::optional<Contribution> &from, std::optional<Contribution> &to, const QList<qint64> &links);

    std::optional<Contribution> m_before;
    QList<qint64> m_linksBefore;
    std::optional<Contribution> m_after;
    QList<qint64> m_linksAfter;
};

// Imports every row of an accepted CSV preview in one step; undo removes them all.
class ImportContributionsCommand : public EditCommand {
public:
    ImportContributionsCommand(ForumDocument *document, ContributionImport import, const QString &fileName);
    int importedCount() const { return int(m_ids.size()); }

protected:
    void apply() override;
    void revert() override;

private:
    ContributionImport m_import;
    QList<qint64> m_ids;
};

// Removes a commitment; its milestones and links to contributions go with it (the file cascades),
// and undo brings all of them back with their ids.
class RemoveCommitmentCommand : public EditCommand {
public:
    RemoveCommitmentCommand(ForumDocument *document, const Commitment &commitment);

protected:
    void apply() override;
    void revert() override;

private:
    // Everything the file removes or unlinks with the commitment, so that undo gives it all back.
    Commitment m_commitment;
    QList<Milestone> m_milestones;
    QList<ProgressUpdate> m_updates;
    QList<Assessment> m_assessments;
    QList<PracticeCitation> m_practices;
    QList<qint64> m_contributions;
    QList<qint64> m_agendaItems;
};

// Takes a milestone out of its commitment and numbers the others 0..n-1 again; undo puts it back
// in its place.
class RemoveMilestoneCommand : public EditCommand {
public:
    RemoveMilestoneCommand(ForumDocument *document, const Milestone &milestone);

protected:
    void apply() override;
    void revert() override;

private:
    Milestone m_milestone;
    QList<ProgressUpdate> m_updates; // removed with it; undo restores the history
};

// Moves a milestone from one position to another among its commitment's milestones.
class MoveMilestoneCommand : public EditCommand {
public:
    MoveMilestoneCommand(ForumDocument *document, qint64 commitmentId, int from, int to, const QString &activity);

protected:
    void apply() override;
    void revert() override;

private:
    qint64 m_commitmentId;
    int m_from;
    int m_to;
};

} // namespace forumdesk
