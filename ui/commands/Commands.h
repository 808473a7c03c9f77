// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/cocreation/Contribution.h"
#include "core/cocreation/ContributionImport.h"
#include "core/evaluation/Assessment.h"
#include "core/forum/EligibilityCheck.h"
#include "core/forum/Forum.h"
#include "core/forum/JoiningRecord.h"
#include "core/forum/Member.h"
#include "core/implementation/ProgressUpdate.h"
#include "core/learning/Lesson.h"
#include "core/meetings/ActionItem.h"
#include "core/meetings/AgendaItem.h"
#include "core/meetings/Attendance.h"
#include "core/meetings/DecisionRecord.h"
#include "core/meetings/Meeting.h"
#include "core/merge/Merge.h"
#include "core/plans/ActionPlan.h"
#include "core/plans/Commitment.h"
#include "core/plans/Milestone.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace forumdesk {

class ForumDocument;
class ForumFile;

// Every edit a user can make, one function each: the one way a page, dialog or test changes the
// forum. Each runs one undoable command on the document (EditCommand: one transaction, what it
// wrote announced to every view) with the text the Edit menu shows, made here ("Add member Ana
// Pérez"). An edit that fails is reported by the document (editFailed) and kept off the undo
// stack: the functions then return false, or 0 for the id of a record not created.
namespace edit {

// A long text on one line, cut to `length` characters with an ellipsis: how undo texts and
// lists name a record by its title or text.
QString brief(const QString &text, int length = 40);

// The forum and its joining OGP. `field`: the label of the one field changed ("Quorum").
bool editForum(ForumDocument *document, const Forum &before, const Forum &after, const QString &field);
// `before` empty: the criterion's first check.
bool checkEligibility(ForumDocument *document, const std::optional<EligibilityCheck> &before,
                      const EligibilityCheck &after);
bool editJoining(ForumDocument *document, const std::optional<JoiningRecord> &before, const JoiningRecord &after,
                 const QString &field);

// One step of a live meeting (a LiveMeeting call, given the document's file), undone and redone
// as what it wrote (LiveCommand). `text`: the step as the Edit menu names it ("Give the floor to
// Ana Pérez"). False when it failed (reported) or changed nothing.
bool live(ForumDocument *document, const QString &text, std::function<void(ForumFile &)> step);

// Members.
qint64 addMember(ForumDocument *document, const Member &member);
bool editMember(ForumDocument *document, const Member &before, const Member &after);
bool removeMember(ForumDocument *document, const Member &member); // MemberRemoval

// Meetings.
qint64 addMeeting(ForumDocument *document, const Meeting &meeting);
// `field`: the label of the one field changed ("Place"), for the undo text.
bool editMeeting(ForumDocument *document, const Meeting &before, const Meeting &after, const QString &field);
// `after` comes from MeetingLifecycle::moved.
bool moveMeeting(ForumDocument *document, const Meeting &before, const Meeting &after);
// Records that the website now shows these meetings' minutes (published on `day`), in one undo
// step. Returns how many were recorded (0 when none needed it, or the step failed).
int recordMinutesPublished(ForumDocument *document, const QList<qint64> &meetingIds, const QDate &day);

qint64 addAgendaItem(ForumDocument *document, const AgendaItem &item, int position);
bool editAgendaItem(ForumDocument *document, const AgendaItem &before, const AgendaItem &after);
bool moveAgendaItem(ForumDocument *document, qint64 meetingId, int from, int to, const QString &title);
bool removeAgendaItem(ForumDocument *document, const AgendaItem &item); // AgendaItemRemoval

// `before` empty: a first mark; `after` from AttendanceSheet::marked.
bool markAttendance(ForumDocument *document, const std::optional<Attendance> &before, const Attendance &after);
bool clearAttendance(ForumDocument *document, const Attendance &attendance);
qint64 addGuest(ForumDocument *document, const Attendance &guest);
bool removeGuest(ForumDocument *document, const Attendance &guest);

qint64 addDecision(ForumDocument *document, const DecisionRecord &decision);
bool editDecision(ForumDocument *document, const DecisionRecord &before, const DecisionRecord &after);
bool removeDecision(ForumDocument *document, const DecisionRecord &decision); // DecisionRemoval

qint64 addActionItem(ForumDocument *document, const ActionItem &item);
bool editActionItem(ForumDocument *document, const ActionItem &before, const ActionItem &after);
// `after` from ActionItemFollowUp::closed or reopened.
bool followUpActionItem(ForumDocument *document, const ActionItem &before, const ActionItem &after);
bool removeActionItem(ForumDocument *document, const ActionItem &item);

// Co-creation.
qint64 addPlan(ForumDocument *document, const ActionPlan &plan);
bool editPlan(ForumDocument *document, const ActionPlan &before, const ActionPlan &after);
// Moves a plan one stage on or back (StageGate::move) with the reason for going on while
// something is missing.
bool movePlanStage(ForumDocument *document, const ActionPlan &plan, const QString &toStage, const QString &reason);

// `commitments`: the commitments the contribution fed.
qint64 addContribution(ForumDocument *document, const Contribution &contribution, const QList<qint64> &commitments);
bool editContribution(ForumDocument *document, const Contribution &before, const Contribution &after,
                      const QList<qint64> &commitments);
bool removeContribution(ForumDocument *document, const Contribution &contribution);
// Imports the rows of an accepted preview that can be imported (duplicates and rows with problems
// are skipped); returns how many were imported.
int importContributions(ForumDocument *document, const ContributionImport &import, const QString &fileName);

qint64 addCommitment(ForumDocument *document, const Commitment &commitment);
bool editCommitment(ForumDocument *document, const Commitment &before, const Commitment &after);
bool removeCommitment(ForumDocument *document, const Commitment &commitment); // CommitmentRemoval
// Makes the commitment cite exactly `after` (PracticeLibrary keys).
bool citePractices(ForumDocument *document, const Commitment &commitment, const QStringList &before,
                   const QStringList &after);

qint64 addMilestone(ForumDocument *document, const Milestone &milestone);
bool editMilestone(ForumDocument *document, const Milestone &before, const Milestone &after);
bool moveMilestone(ForumDocument *document, const Milestone &milestone, int to);
bool removeMilestone(ForumDocument *document, const Milestone &milestone); // MilestoneRemoval

// Implementation. A progress update is only ever added (the history is kept).
qint64 addProgressUpdate(ForumDocument *document, const ProgressUpdate &update, const QString &milestone);
// `level` empty: back to what progress suggests (ProgressTracking::setLevel), on `today`.
bool setCompletionLevel(ForumDocument *document, const Commitment &commitment, const QString &level,
                        const QString &reason, const QDate &today);

// Evaluation and learning. An assessment not made yet is created by its first edit.
bool assess(ForumDocument *document, const std::optional<Assessment> &before, const Assessment &after,
            const QString &commitmentTitle);
qint64 addLesson(ForumDocument *document, const Lesson &lesson);
bool editLesson(ForumDocument *document, const Lesson &before, const Lesson &after);
bool removeLesson(ForumDocument *document, const Lesson &lesson);
// Carries a lesson into a later plan (LessonsCarried::carry), or takes it back when `intoPlanId`
// is 0.
bool carryLesson(ForumDocument *document, const Lesson &lesson, qint64 intoPlanId, const QString &planTitle);

// Keeps a merge of another copy of the forum (a colleague's, a sync tool's conflict copy), already
// written beside the document's connection with `changes` recorded (MainWindow::mergeFrom), as one
// undoable step, "Merge NAME".
void keepMerge(ForumDocument *document, const QString &theirsPath, const QByteArray &changes);

} // namespace edit

} // namespace forumdesk
