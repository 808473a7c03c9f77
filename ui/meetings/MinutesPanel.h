// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/meetings/ActionItem.h"
#include "core/meetings/AgendaItem.h"
#include "core/meetings/Decision.h"

#include <QList>
#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;
class QTableWidget;

namespace forumdesk {

class ActionItemDialog;
class CommittingTextEdit;
class DecisionDialog;
class ForumDocument;

// What is written during the meeting: the discussion of each agenda item, the decisions (by
// consensus or vote) and the action items with owner and due date.
class MinutesPanel : public QWidget {
    Q_OBJECT
public:
    explicit MinutesPanel(ForumDocument *document, QWidget *parent = nullptr);

    void setMeeting(qint64 meetingId);
    QListWidget *items() const { return m_items; }
    CommittingTextEdit *minutesEdit() const { return m_minutes; }
    QTableWidget *decisions() const { return m_decisions; }
    QTableWidget *actions() const { return m_actions; }
    QLabel *speakingTime() const { return m_speaking; }

    // The dialogs are built here and run by the buttons; tests fill them and call accept().
    DecisionDialog *createDecisionDialog(qint64 decisionId = 0);
    void commitDecisionDialog(DecisionDialog *dialog);
    ActionItemDialog *createActionItemDialog(qint64 itemId = 0);
    void commitActionItemDialog(ActionItemDialog *dialog);
    // Saves the text in the minutes field for the selected agenda item (what leaving it does).
    void commitMinutes();

public slots:
    void addDecision();
    void editDecision();
    void removeDecision();
    void addActionItem();
    void editActionItem();
    void removeActionItem();

private:
    void reload();
    void showSpeakingTime();
    void showItem();

    ForumDocument *m_document;
    qint64 m_meetingId = 0;
    QList<AgendaItem> m_agenda;
    QList<Decision> m_decisionRows;
    QList<ActionItem> m_actionRows;
    QListWidget *m_items;
    CommittingTextEdit *m_minutes;
    QTableWidget *m_decisions;
    QTableWidget *m_actions;
    QLabel *m_speaking; // the meeting's speaking time by sector, when it was run live
    QList<QPushButton *> m_writeButtons;
};

} // namespace forumdesk
