// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/commands/LiveCommand.h"
#include "ui/commands/Commands.h"

#include "core/forum/Vocabulary.h"
#include "core/forum/VocabularyKeys.h"
#include "core/publish/SitePublisher.h"
#include "ui/commands/CoCreationCommands.h"
#include "ui/commands/EvaluationCommands.h"
#include "ui/commands/ImplementationCommands.h"
#include "ui/commands/MeetingCommands.h"
#include "ui/commands/MoveStageCommand.h"
#include "ui/commands/MergeCommand.h"
#include "ui/commands/RecordCommand.h"
#include "ui/commands/RemoveMemberCommand.h"
#include "ui/document/ForumDocument.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QUndoStack>

namespace forumdesk::edit {

namespace {

// The context of every undo text in the translations.
class Commands {
    Q_DECLARE_TR_FUNCTIONS(Commands)
};

// Runs `command` on the document; true when it is on the undo stack (it did not fail).
bool run(ForumDocument *document, QUndoCommand *command)
{
    QUndoStack *stack = document->undoStack();
    const int index = stack->index();
    document->push(command);
    return stack->index() > index;
}

// Runs a command that creates a record; its id, or 0 when it failed.
template <class Command>
qint64 create(ForumDocument *document, Command *command)
{
    return run(document, command) && command->after() ? command->after()->id : 0;
}

template <class T>
qint64 add(ForumDocument *document, const T &record, const QString &text)
{
    return create(document, new RecordCommand<T>(document, std::nullopt, record, text));
}

template <class T>
bool change(ForumDocument *document, const T &before, const T &after, const QString &text)
{
    return run(document, new RecordCommand<T>(document, before, after, text));
}

template <class T>
bool remove(ForumDocument *document, const T &record, const QString &text)
{
    return run(document, new RecordCommand<T>(document, record, std::nullopt, text));
}

QString whose(const Contribution &contribution)
{
    return contribution.author.isEmpty() ? contribution.organization : contribution.author;
}

} // namespace

QString brief(const QString &text, int length)
{
    const QString simple = text.simplified();
    return simple.size() > length ? simple.left(length - 1) + QChar(0x2026) : simple;
}

bool editForum(ForumDocument *document, const Forum &before, const Forum &after, const QString &field)
{
    return change(document, before, after, Commands::tr("Change “%1”").arg(field));
}

bool checkEligibility(ForumDocument *document, const std::optional<EligibilityCheck> &before,
                      const EligibilityCheck &after)
{
    const QString label = Vocabulary::label(Vocabulary::List::EligibilityCriterion, after.criterion);
    const bool met = before ? before->met : false;
    QString text;
    if (met != after.met)
        text = after.met ? Commands::tr("Mark “%1” as met").arg(label) : Commands::tr("Mark “%1” as not met").arg(label);
    else
        text = Commands::tr("Change the evidence for “%1”").arg(label);
    return run(document, new RecordCommand<EligibilityCheck>(document, before, after, text));
}

bool editJoining(ForumDocument *document, const std::optional<JoiningRecord> &before, const JoiningRecord &after,
                 const QString &field)
{
    return run(document, new RecordCommand<JoiningRecord>(document, before, after, Commands::tr("Change “%1”").arg(field)));
}

qint64 addMember(ForumDocument *document, const Member &member)
{
    return add(document, member, Commands::tr("Add member %1").arg(member.name));
}

bool editMember(ForumDocument *document, const Member &before, const Member &after)
{
    return change(document, before, after, Commands::tr("Edit member %1").arg(after.name));
}

bool removeMember(ForumDocument *document, const Member &member)
{
    return run(document, new RemoveMemberCommand(document, member.id, Commands::tr("Remove member %1").arg(member.name)));
}

qint64 addMeeting(ForumDocument *document, const Meeting &meeting)
{
    return add(document, meeting, Commands::tr("Add meeting “%1”").arg(brief(meeting.title)));
}

bool editMeeting(ForumDocument *document, const Meeting &before, const Meeting &after, const QString &field)
{
    return change(document, before, after, Commands::tr("Change “%1” of “%2”").arg(field, brief(after.title)));
}

bool moveMeeting(ForumDocument *document, const Meeting &before, const Meeting &after)
{
    const QString title = brief(after.title);
    QString text;
    if (after.status == key::MeetingStatus::Held)
        text = Commands::tr("Mark “%1” held").arg(title);
    else if (after.status == key::MeetingStatus::MinutesDraft)
        text = Commands::tr("Start the minutes of “%1”").arg(title);
    else if (after.status == key::MeetingStatus::MinutesApproved)
        text = Commands::tr("Approve the minutes of “%1”").arg(title);
    else if (after.status == key::MeetingStatus::Published)
        text = Commands::tr("Publish the minutes of “%1”").arg(title);
    else if (after.status == key::MeetingStatus::Cancelled)
        text = Commands::tr("Cancel “%1”").arg(title);
    else
        text = Commands::tr("Plan “%1” again").arg(title);
    return change(document, before, after, text);
}

bool live(ForumDocument *document, const QString &text, std::function<void(ForumFile &)> step)
{
    return run(document, new LiveCommand(document, std::move(step), text));
}

int recordMinutesPublished(ForumDocument *document, const QList<qint64> &meetingIds, const QDate &day)
{
    QList<std::pair<Meeting, Meeting>> changes;
    Table<Meeting> meetings(document->file());
    for (const qint64 id : meetingIds) {
        const auto meeting = meetings.find(id);
        if (!meeting)
            continue;
        if (const auto after = SitePublisher::withPublicationRecorded(document->file(), *meeting, day))
            changes.append({*meeting, *after});
    }
    if (changes.isEmpty())
        return 0;
    const int count = int(changes.size());
    const QString text = Commands::tr("Record the publication of the minutes of %n meeting(s) on the website", nullptr, count);
    return run(document, new RecordPublicationCommand(document, std::move(changes), text)) ? count : 0;
}

qint64 addAgendaItem(ForumDocument *document, const AgendaItem &item, int position)
{
    auto *command = new AgendaItemCommand(document, item, position, true,
                                          Commands::tr("Add agenda item “%1”").arg(brief(item.title)));
    return run(document, command) ? command->itemId() : 0;
}

bool editAgendaItem(ForumDocument *document, const AgendaItem &before, const AgendaItem &after)
{
    const QString text = before.minutes != after.minutes ? Commands::tr("Edit the minutes of “%1”").arg(brief(after.title))
                                                         : Commands::tr("Edit agenda item “%1”").arg(brief(after.title));
    return change(document, before, after, text);
}

bool moveAgendaItem(ForumDocument *document, qint64 meetingId, int from, int to, const QString &title)
{
    const QString text = to < from ? Commands::tr("Move agenda item “%1” up").arg(brief(title))
                                   : Commands::tr("Move agenda item “%1” down").arg(brief(title));
    return run(document, new MoveAgendaItemCommand(document, meetingId, from, to, text));
}

bool removeAgendaItem(ForumDocument *document, const AgendaItem &item)
{
    return run(document, new AgendaItemCommand(document, item, item.position, false,
                                               Commands::tr("Remove agenda item “%1”").arg(brief(item.title))));
}

bool markAttendance(ForumDocument *document, const std::optional<Attendance> &before, const Attendance &after)
{
    QString text;
    if (after.status == key::AttendanceStatus::Present)
        text = Commands::tr("Mark %1 present").arg(after.name);
    else if (after.status == key::AttendanceStatus::Remote)
        text = Commands::tr("Mark %1 attending remotely").arg(after.name);
    else if (after.status == key::AttendanceStatus::Excused)
        text = Commands::tr("Mark %1 excused").arg(after.name);
    else if (after.status == key::AttendanceStatus::Absent)
        text = Commands::tr("Mark %1 absent").arg(after.name);
    else
        text = Commands::tr("Mark %1 represented by %2").arg(after.name, after.representedBy);
    return run(document, new RecordCommand<Attendance>(document, before, after, text));
}

bool clearAttendance(ForumDocument *document, const Attendance &attendance)
{
    return remove(document, attendance, Commands::tr("Clear the attendance of %1").arg(attendance.name));
}

qint64 addGuest(ForumDocument *document, const Attendance &guest)
{
    return add(document, guest, Commands::tr("Add guest %1").arg(guest.name));
}

bool removeGuest(ForumDocument *document, const Attendance &guest)
{
    return remove(document, guest, Commands::tr("Remove guest %1").arg(guest.name));
}

qint64 addDecision(ForumDocument *document, const DecisionRecord &decision)
{
    auto *command = new DecisionCommand(document, std::nullopt, decision,
                                        Commands::tr("Add decision “%1”").arg(brief(decision.decision.text)));
    return run(document, command) && command->after() ? command->after()->decision.id : 0;
}

bool editDecision(ForumDocument *document, const DecisionRecord &before, const DecisionRecord &after)
{
    return run(document, new DecisionCommand(document, before, after,
                                             Commands::tr("Edit decision “%1”").arg(brief(after.decision.text))));
}

bool removeDecision(ForumDocument *document, const DecisionRecord &decision)
{
    return run(document, new DecisionCommand(document, decision, std::nullopt,
                                             Commands::tr("Remove decision “%1”").arg(brief(decision.decision.text))));
}

qint64 addActionItem(ForumDocument *document, const ActionItem &item)
{
    return add(document, item, Commands::tr("Add action item “%1”").arg(brief(item.text)));
}

bool editActionItem(ForumDocument *document, const ActionItem &before, const ActionItem &after)
{
    return change(document, before, after, Commands::tr("Edit action item “%1”").arg(brief(after.text)));
}

bool followUpActionItem(ForumDocument *document, const ActionItem &before, const ActionItem &after)
{
    QString text;
    if (after.status == key::ActionItemStatus::Done)
        text = Commands::tr("Mark action item “%1” done").arg(brief(after.text));
    else if (after.status == key::ActionItemStatus::Cancelled)
        text = Commands::tr("Cancel action item “%1”").arg(brief(after.text));
    else
        text = Commands::tr("Reopen action item “%1”").arg(brief(after.text));
    return change(document, before, after, text);
}

bool removeActionItem(ForumDocument *document, const ActionItem &item)
{
    return remove(document, item, Commands::tr("Remove action item “%1”").arg(brief(item.text)));
}

qint64 addPlan(ForumDocument *document, const ActionPlan &plan)
{
    return add(document, plan, Commands::tr("Add action plan “%1”").arg(brief(plan.title)));
}

bool editPlan(ForumDocument *document, const ActionPlan &before, const ActionPlan &after)
{
    return change(document, before, after, Commands::tr("Edit action plan “%1”").arg(brief(after.title)));
}

bool movePlanStage(ForumDocument *document, const ActionPlan &plan, const QString &toStage, const QString &reason)
{
    const QString text = Commands::tr("Move “%1” to %2")
                             .arg(brief(plan.title), Vocabulary::label(Vocabulary::List::PlanStage, toStage));
    return run(document, new MoveStageCommand(document, plan.id, plan.stage, toStage, reason, text));
}

qint64 addContribution(ForumDocument *document, const Contribution &contribution, const QList<qint64> &commitments)
{
    const QString who = whose(contribution);
    return create(document, new ContributionCommand(document, std::nullopt, contribution, commitments,
                                                    who.isEmpty() ? Commands::tr("Add contribution")
                                                                  : Commands::tr("Add the contribution of %1").arg(who)));
}

bool editContribution(ForumDocument *document, const Contribution &before, const Contribution &after,
                      const QList<qint64> &commitments)
{
    const QString who = whose(after);
    QString text;
    if (before.response != after.response && !after.response.isEmpty())
        text = who.isEmpty() ? Commands::tr("Answer a contribution") : Commands::tr("Answer the contribution of %1").arg(who);
    else
        text = who.isEmpty() ? Commands::tr("Edit a contribution") : Commands::tr("Edit the contribution of %1").arg(who);
    return run(document, new ContributionCommand(document, before, after, commitments, text));
}

bool removeContribution(ForumDocument *document, const Contribution &contribution)
{
    const QString who = whose(contribution);
    return run(document, new ContributionCommand(document, contribution, std::nullopt, {},
                                                 who.isEmpty() ? Commands::tr("Remove a contribution")
                                                               : Commands::tr("Remove the contribution of %1").arg(who)));
}

int importContributions(ForumDocument *document, const ContributionImport &import, const QString &fileName)
{
    auto *command = new ImportContributionsCommand(
        document, import,
        Commands::tr("Import %n contribution(s) from “%1”", nullptr, import.importableCount())
            .arg(fileName));
    return run(document, command) ? command->importedCount() : 0;
}

qint64 addCommitment(ForumDocument *document, const Commitment &commitment)
{
    return add(document, commitment, Commands::tr("Add commitment “%1”").arg(brief(commitment.title)));
}

bool editCommitment(ForumDocument *document, const Commitment &before, const Commitment &after)
{
    return change(document, before, after, Commands::tr("Edit commitment “%1”").arg(brief(after.title)));
}

bool removeCommitment(ForumDocument *document, const Commitment &commitment)
{
    return run(document, new RemoveCommitmentCommand(document, commitment.id,
                                                     Commands::tr("Remove commitment “%1”").arg(brief(commitment.title))));
}

bool citePractices(ForumDocument *document, const Commitment &commitment, const QStringList &before,
                   const QStringList &after)
{
    return run(document, new CitePracticesCommand(document, commitment.id, before, after,
                                                  Commands::tr("Cite practices in “%1”").arg(brief(commitment.title))));
}

qint64 addMilestone(ForumDocument *document, const Milestone &milestone)
{
    return add(document, milestone, Commands::tr("Add milestone “%1”").arg(brief(milestone.activity)));
}

bool editMilestone(ForumDocument *document, const Milestone &before, const Milestone &after)
{
    return change(document, before, after, Commands::tr("Edit milestone “%1”").arg(brief(after.activity)));
}

bool moveMilestone(ForumDocument *document, const Milestone &milestone, int to)
{
    return run(document, new MoveMilestoneCommand(document, milestone.commitmentId, milestone.position, to,
                                                  Commands::tr("Move milestone “%1”").arg(brief(milestone.activity))));
}

bool removeMilestone(ForumDocument *document, const Milestone &milestone)
{
    return run(document, new RemoveMilestoneCommand(document, milestone.id,
                                                    Commands::tr("Remove milestone “%1”").arg(brief(milestone.activity))));
}

qint64 addProgressUpdate(ForumDocument *document, const ProgressUpdate &update, const QString &milestone)
{
    return add(document, update, Commands::tr("Add progress update (%1 %) to “%2”").arg(update.percent).arg(brief(milestone)));
}

bool setCompletionLevel(ForumDocument *document, const Commitment &commitment, const QString &level,
                        const QString &reason, const QDate &today)
{
    return run(document, new SetCompletionLevelCommand(document, commitment.id, level, reason, today,
                                                       Commands::tr("Set the completion level of “%1”").arg(brief(commitment.title))));
}

bool assess(ForumDocument *document, const std::optional<Assessment> &before, const Assessment &after,
            const QString &commitmentTitle)
{
    const QString text = after.source == key::AssessmentSource::Irm
        ? Commands::tr("Record the IRM's assessment of “%1”").arg(brief(commitmentTitle))
        : Commands::tr("Self-assess “%1”").arg(brief(commitmentTitle));
    return run(document, new RecordCommand<Assessment>(document, before, after, text));
}

qint64 addLesson(ForumDocument *document, const Lesson &lesson)
{
    return add(document, lesson, Commands::tr("Add lesson “%1”").arg(brief(lesson.text)));
}

bool editLesson(ForumDocument *document, const Lesson &before, const Lesson &after)
{
    return change(document, before, after, Commands::tr("Edit lesson “%1”").arg(brief(after.text)));
}

bool removeLesson(ForumDocument *document, const Lesson &lesson)
{
    return remove(document, lesson, Commands::tr("Remove lesson “%1”").arg(brief(lesson.text)));
}

bool carryLesson(ForumDocument *document, const Lesson &lesson, qint64 intoPlanId, const QString &planTitle)
{
    const QString text = intoPlanId > 0 ? Commands::tr("Carry lesson “%1” into “%2”").arg(brief(lesson.text), brief(planTitle))
                                        : Commands::tr("Take back lesson “%1”").arg(brief(lesson.text));
    return run(document, new CarryLessonCommand(document, lesson, intoPlanId, text));
}

void keepMerge(ForumDocument *document, const QString &theirsPath, const QByteArray &changes)
{
    document->push(new MergeCommand(document, changes, Commands::tr("Merge “%1”").arg(QFileInfo(theirsPath).fileName())));
}

} // namespace forumdesk::edit
