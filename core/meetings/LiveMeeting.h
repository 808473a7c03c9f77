// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/meetings/AgendaItem.h"
#include "core/meetings/Attendance.h"
#include "core/meetings/DecisionRecord.h"
#include "core/meetings/Intervention.h"
#include "core/meetings/Meeting.h"
#include "core/meetings/Quorum.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>

#include <optional>

namespace forumdesk {

class ForumFile;

// Who asks for the floor: a member (their record gives sector and gender) or a guest.
struct Speaker {
    qint64 memberId = 0; // 0: a guest
    QString name;
    QString organization;
    QString sector;
    QString gender;
};

// A live meeting as the file holds it at one moment: everything the console and the projector
// show. Every clock is computed from stored moments and `now`, never kept running, so a meeting
// reopened after a crash shows the same times it would have shown.
struct LiveMeetingState {
    Meeting meeting;
    QList<AgendaItem> agenda;          // in order
    int current = -1;                  // index in `agenda` of the item under way; -1: none
    QList<Intervention> interventions; // of the whole meeting, by item and place in the list
    QList<Attendance> attendance;      // by sector, then name
    std::optional<DecisionRecord> openVote;
    std::optional<Decision> lastVote;  // the last vote closed on the item under way
    QuorumStatus quorum;               // of those in the room at `now`
    QDateTime now;                     // UTC, whole seconds

    bool isPaused() const { return meeting.livePausedAt.isValid(); }
    const AgendaItem *currentItem() const { return current >= 0 ? &agenda.at(current) : nullptr; }
    // The one speaking now, if anyone is.
    std::optional<Intervention> speaking() const;
    // Waiting for the floor on the current item (or, between items, on none), in order.
    QList<Intervention> waiting() const;
    // Seconds the item has run, its pauses left out (up to its close, or to now).
    qint64 itemElapsed(const AgendaItem &item) const;
    // Seconds left of the current item's planned duration; negative once over time.
    qint64 itemRemaining() const;
    // Seconds since the meeting began (up to its end).
    qint64 meetingElapsed() const;
    // Seconds the speaker has had; seconds left of their limit (0 without one).
    qint64 speakerElapsed() const;
    // The attendance row of a member, if they have one.
    const Attendance *attendanceOf(qint64 memberId) const;
    // In the room now: present (or remote) and arrived, not yet left.
    static bool inRoom(const Attendance &a);
};

// The meeting as it runs, from the secretary's console: every step is written at once, in one
// transaction, with the moment it happened (`now`, UTC); a step that makes no sense in the state
// the file is in (a speaker started twice, a meeting already ended) throws a ValidationError that
// says why. The window's undo of each step is ChangeRecorder's (LiveCommand).
class LiveMeeting {
    Q_DECLARE_TR_FUNCTIONS(LiveMeeting)

public:
    static LiveMeetingState load(ForumFile &file, qint64 meetingId, const QDateTime &now);

    // Why `meeting` cannot be run live now (cancelled, its minutes approved, held already without
    // the console); empty when it can. A meeting already live can always be resumed.
    static QString refusal(const Meeting &meeting);

    // Begins the meeting and takes up its first item.
    static void start(ForumFile &file, qint64 meetingId, const QDateTime &now);
    // Pausing stops the speaker and the item's clock; resuming adds the pause to the item.
    static void pause(ForumFile &file, qint64 meetingId, const QDateTime &now);
    static void resume(ForumFile &file, qint64 meetingId, const QDateTime &now);
    // Closes the current item and takes up `itemId` (an item closed earlier is taken up again).
    static void takeUp(ForumFile &file, qint64 meetingId, qint64 itemId, const QDateTime &now);
    // Closes the current item and takes up the next one not yet closed; none left: only closes.
    // Returns the item taken up (0: none).
    static qint64 nextItem(ForumFile &file, qint64 meetingId, const QDateTime &now);
    // Ends the meeting: the speaker stops, the item closes, the meeting is held.
    static void end(ForumFile &file, qint64 meetingId, const QDateTime &now);

    // Puts `speaker` last in the list of the current item; `limitSeconds` 0: no limit.
    static qint64 addSpeaker(ForumFile &file, qint64 meetingId, const Speaker &speaker, int limitSeconds);
    // Gives the floor to a waiting speaker (whoever spoke stops).
    static void startSpeaker(ForumFile &file, qint64 interventionId, const QDateTime &now);
    // The next waiting speaker of the current item, if any (0: none).
    static qint64 nextSpeaker(ForumFile &file, qint64 meetingId);
    static void stopSpeaker(ForumFile &file, qint64 meetingId, const QDateTime &now);
    // Moves a waiting speaker up (delta < 0) or down the list.
    static void moveSpeaker(ForumFile &file, qint64 interventionId, int delta);
    static void removeSpeaker(ForumFile &file, qint64 interventionId);

    // A member arrives (their attendance is made, with their seat, if they have none) or leaves.
    static void arrive(ForumFile &file, qint64 meetingId, qint64 memberId, const QDateTime &now);
    static void leave(ForumFile &file, qint64 meetingId, qint64 memberId, const QDateTime &now);
    // A guest (or anyone, by their attendance row) leaves, or comes back.
    static void guestLeaves(ForumFile &file, qint64 attendanceId, const QDateTime &now);
    static void guestReturns(ForumFile &file, qint64 attendanceId, const QDateTime &now);
    static qint64 addGuest(ForumFile &file, qint64 meetingId, const QString &name, const QString &organization,
                           const QString &sector, const QDateTime &now);

    // Opens a vote on `text` on the current item, with the forum's majority rule.
    static qint64 openVote(ForumFile &file, qint64 meetingId, const QString &text, const QDateTime &now);
    // A member's vote ("for", "against", "abstain"; empty: takes it back).
    static void castVote(ForumFile &file, qint64 decisionId, qint64 memberId, const QString &choice);
    // The counts, when votes are counted by hands and not by name (the named votes are dropped).
    static void setCounts(ForumFile &file, qint64 decisionId, int votesFor, int votesAgainst, int votesAbstain);
    // Closes the vote: its outcome by the majority rule, the moment and the quorum then.
    static void closeVote(ForumFile &file, qint64 decisionId, const QDateTime &now);
    static void cancelVote(ForumFile &file, qint64 decisionId);

    // A decision taken now at a live meeting keeps the moment and the quorum in the room then.
    static void stampDecision(ForumFile &file, Decision &decision, const QDateTime &now);
};

} // namespace forumdesk
