// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/forum/ForumClock.h"
#include "core/meetings/LiveMeeting.h"
#include "ui/live/ProjectorWindow.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;
class QTableWidget;
class QTimer;

namespace forumdesk {

class ChangeSet;
class ForumDocument;


// The secretary's console for a meeting under way (LiveMeeting): the agenda with the item's time
// left, the list of speakers with their clocks, arrivals and departures with the quorum, votes, and
// speaking time by sector and gender. Every step is written at once as an undoable edit
// (edit::live); every clock is computed from stored moments each second, so reopening the forum
// after a crash brings the console back where it was. Driven from the keyboard: F5 gives the floor
// to the next speaker or stops the one speaking, F6 takes up the next item, F7 pauses or resumes,
// Ctrl+L adds a speaker, Alt+Up/Down reorder the list, Delete takes a speaker off it.
class LiveConsole : public QWidget {
    Q_OBJECT

public:
    LiveConsole(ForumDocument *document, qint64 meetingId, QWidget *parent = nullptr);
    ~LiveConsole() override;

    // Opens (or raises) the console of `meetingId`, starting the meeting if it is not under way.
    // Returns nullptr, having said why, when it cannot be run live.
    static LiveConsole *open(ForumDocument *document, qint64 meetingId, QWidget *parent);
    // On opening a forum: brings back the console of a meeting left under way (a crash, a closed
    // window), if there is one.
    static LiveConsole *resumeIfLive(ForumDocument *document, QWidget *parent);

    qint64 meetingId() const { return m_meetingId; }
    const LiveMeetingState &state() const { return m_state; }
    ProjectorWindow *projector() const { return m_projector; }

    // The steps, as the keys and buttons run them (public for tests).
    void toggleSpeaker();
    void nextItem();
    void togglePause();
    void addSpeakerFromText();
    void moveSelectedSpeaker(int delta);
    void removeSelectedSpeaker();
    void markArrived(qint64 memberId);
    void markLeft(qint64 memberId);
    void openVote(const QString &text);
    void castVote(qint64 memberId, const QString &choice);
    // Votes counted by hands rather than by name.
    void setCounts(int votesFor, int votesAgainst, int votesAbstain);
    void closeVote();
    void endMeeting(bool ask = true);
    void showProjector();
    // F8: the projector shown, or closed.
    void toggleProjector();
    // Reads the file again and shows it; `tick` only moves the clocks.
    void reload();
    void tick();

    QLineEdit *speakerField() const { return m_speakerField; }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    bool step(const QString &text, std::function<void(ForumFile &)> work);
    QDateTime now() const;
    void showState();
    void showClocks();
    void fillAgenda();
    void fillSpeakers();
    void fillAttendance();
    void fillVote();
    void fillSpeakingTime();
    qint64 selectedMember() const;

    // Runs a modal dialog's `run`; false when the forum closed meanwhile (the console then goes).
    bool modal(const std::function<void()> &run);

    QPointer<ForumDocument> m_document; // gone when the forum closes, even during a dialog
    ForumClock m_clock;                 // the forum's: read once, not each second
    int m_modals = 0;                   // dialogs open; the console is deleted only after them
    bool m_orphaned = false;            // the forum closed
    qint64 m_meetingId;
    LiveMeetingState m_state;
    QList<Member> m_members; // the forum's current members: who may arrive, speak and vote
    QPointer<ProjectorWindow> m_projector;
    QTimer *m_timer;

    QLabel *m_title;
    QLabel *m_meetingClock;
    QLabel *m_quorum;
    QPushButton *m_pause;
    QPushButton *m_end;
    QListWidget *m_agenda;
    QLabel *m_itemClock;
    QPushButton *m_next;
    QLabel *m_speaking;
    QLineEdit *m_speakerField;
    QSpinBox *m_limit;
    QListWidget *m_queue;
    QPushButton *m_floor;
    QTableWidget *m_time;
    QTableWidget *m_attendance;
    QLineEdit *m_motion;
    QPushButton *m_openVote;
    QTableWidget *m_votes;
    QLabel *m_tally;
    QPushButton *m_closeVote;
    QSpinBox *m_countFor;
    QSpinBox *m_countAgainst;
    QSpinBox *m_countAbstain;
    QPushButton *m_setCounts;
};

} // namespace forumdesk
