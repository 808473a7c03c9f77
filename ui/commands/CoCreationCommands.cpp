// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/commands/CoCreationCommands.h"

#include "ui/document/ForumDocument.h"
#include "core/cocreation/ContributionLink.h"
#include "core/cocreation/ContributionLinks.h"
#include "core/evaluation/Assessment.h"
#include "core/implementation/ProgressUpdate.h"
#include "core/learning/PracticeLibrary.h"
#include "core/meetings/AgendaItem.h"
#include "ui/commands/RecordCommand.h"
#include "core/plans/MilestoneOrder.h"
#include "core/storage/Database.h"
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
                                         QList<qint64> linksBefore, std::optional<Contribution> after,
                                         QList<qint64> linksAfter, const QString &text)
    : EditCommand(document, text), m_before(std::move(before)), m_linksBefore(std::move(linksBefore)),
      m_after(std::move(after)), m_linksAfter(std::move(linksAfter))
{
}

void ContributionCommand::apply()
{
    write(m_before, m_after, m_linksAfter);
}

void ContributionCommand::revert()
{
    write(m_after, m_before, m_linksBefore);
}

void ContributionCommand::write(std::optional<Contribution> &from, std::optional<Contribution> &to,
                                const QList<qint64> &links)
{
    ForumFile &file = document()->file();
    Table<Contribution> records(file);
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
    if (to)
        ContributionLinks::setCommitments(file, to->id, links);
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
    const qint64 last = file.database().scalar(QStringLiteral("SELECT coalesce(max(id), 0) FROM contribution")).toLongLong();
    m_import.commit(file);
    m_ids.clear();
    Statement st = file.database().query(QStringLiteral("SELECT id FROM contribution WHERE id > ? ORDER BY id"));
    st.bind(1, last);
    while (st.next())
        m_ids << st.int64(0);
}

void ImportContributionsCommand::revert()
{
    ForumFile &file = document()->file();
    Table<Contribution> records(file);
    for (qint64 id : std::as_const(m_ids))
        records.remove(id);
}

RemoveCommitmentCommand::RemoveCommitmentCommand(ForumDocument *document, const Commitment &commitment)
    : EditCommand(document, QCoreApplication::translate("Commands", "Remove commitment “%1”").arg(brief(commitment.title))),
      m_commitment(commitment)
{
}

void RemoveCommitmentCommand::apply()
{
    ForumFile &file = document()->file();
    const qint64 id = m_commitment.id;
    m_milestones = MilestoneOrder::of(file, id);
    m_updates = Table<ProgressUpdate>(file).list(
        QStringLiteral("milestone_id IN (SELECT id FROM milestone WHERE commitment_id = ?)"), {id});
    m_assessments = Table<Assessment>(file).list(QStringLiteral("commitment_id = ?"), {id});
    m_practices = PracticeLibrary::citationRows(file, id);
    m_contributions = ContributionLinks::contributionsOf(file, id);
    m_agendaItems.clear();
    for (const AgendaItem &item : Table<AgendaItem>(file).list(QStringLiteral("commitment_id = ?"), {id}))
        m_agendaItems << item.id;
    Table<Commitment>(file).remove(id);
}

void RemoveCommitmentCommand::revert()
{
    ForumFile &file = document()->file();
    Commitment commitment = m_commitment;
    Table<Commitment>(file).create(commitment);
    Table<Milestone> milestones(file);
    for (Milestone milestone : std::as_const(m_milestones))
        milestones.create(milestone);
    Table<ProgressUpdate> updates(file);
    for (ProgressUpdate update : std::as_const(m_updates))
        updates.create(update);
    Table<Assessment> assessments(file);
    for (Assessment assessment : std::as_const(m_assessments))
        assessments.create(assessment);
    Table<PracticeCitation> citations(file);
    for (PracticeCitation citation : std::as_const(m_practices))
        citations.create(citation);
    Table<AgendaItem> agenda(file);
    for (qint64 itemId : std::as_const(m_agendaItems)) {
        if (std::optional<AgendaItem> item = agenda.find(itemId); item && item->commitmentId == 0) {
            item->commitmentId = m_commitment.id;
            agenda.update(*item);
        }
    }
    Table<ContributionLink> links(file);
    for (qint64 contributionId : std::as_const(m_contributions)) {
        ContributionLink link;
        link.contributionId = contributionId;
        link.commitmentId = m_commitment.id;
        links.create(link);
    }
}

RemoveMilestoneCommand::RemoveMilestoneCommand(ForumDocument *document, const Milestone &milestone)
    : EditCommand(document, QCoreApplication::translate("Commands", "Remove milestone “%1”").arg(brief(milestone.activity))),
      m_milestone(milestone)
{
}

void RemoveMilestoneCommand::apply()
{
    ForumFile &file = document()->file();
    m_updates = Table<ProgressUpdate>(file).list(QStringLiteral("milestone_id = ?"), {m_milestone.id});
    Table<Milestone>(file).remove(m_milestone.id);
    MilestoneOrder::renumber(file, m_milestone.commitmentId);
}

void RemoveMilestoneCommand::revert()
{
    ForumFile &file = document()->file();
    Table<Milestone> table(file);
    for (Milestone other : MilestoneOrder::of(file, m_milestone.commitmentId)) {
        if (other.position >= m_milestone.position) {
            ++other.position;
            table.update(other);
        }
    }
    Milestone restored = m_milestone;
    table.create(restored);
    Table<ProgressUpdate> updates(file);
    for (ProgressUpdate update : std::as_const(m_updates))
        updates.create(update);
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
