// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/meetings/LiveMeeting.h"

#include <QWidget>

#include <memory>

class QLabel;

namespace forumdesk {

class DocumentLanguage;

// What the room sees, on a second screen when there is one: the forum, the meeting, the item
// under way with its time left (amber, then red), who speaks and who is next, and a vote's tally.
// Large type, white on black, in the forum's language (the room's, not the secretary's). It only
// shows what the console gives it.
class ProjectorWindow : public QWidget {
    Q_OBJECT

public:
    ProjectorWindow(const QString &forumName, const QString &language, QWidget *parent = nullptr);
    ~ProjectorWindow() override;

    void show(const LiveMeetingState &state);
    // Full screen on the screen the console is not on, if there is one; else a window to drag.
    void placeOnSecondScreen();

    QString itemText() const;
    QString clockText() const;
    QString speakerText() const;
    QString voteText() const;

protected:
    void resizeEvent(QResizeEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override; // Esc: closes the projector

private:
    std::unique_ptr<DocumentLanguage> m_language; // loaded once: the projector redraws every second
    QLabel *m_forum;
    QLabel *m_meeting;
    QLabel *m_item;
    QLabel *m_clock;
    QLabel *m_state;
    QLabel *m_speaker;
    QLabel *m_next;
    QLabel *m_vote;
};

} // namespace forumdesk
