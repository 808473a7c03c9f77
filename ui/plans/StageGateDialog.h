// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QStringList>

class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace forumdesk {

class FieldMessage;
class ForumDocument;

// Moves a plan to the next stage of its OGP cycle (or back one) through its gate: lists what the
// step needs and the plan still lacks (StageGate::check); when something is missing the user may go
// on only by typing a reason, which the activity log keeps. A step back needs no gate.
class StageGateDialog : public QDialog {
    Q_OBJECT
public:
    StageGateDialog(const QString &planTitle, const QString &fromStage, const QString &toStage,
                    const QStringList &missing, QWidget *parent = nullptr);

    QString reason() const;
    void accept() override;

    QListWidget *missingList() const { return m_missing; }
    QPlainTextEdit *reasonEdit() const { return m_reason; }
    QPushButton *moveButton() const { return m_move; }
    QString message() const;

    // The whole step for the plan chosen in the toolbar: checks its gate, asks, and pushes the
    // undoable move. `forward` false moves it back one stage. Returns whether it moved.
    static bool moveCurrentPlan(ForumDocument *document, QWidget *parent, bool forward = true);

private:
    QStringList m_missingItems;
    QListWidget *m_missing;
    QPlainTextEdit *m_reason;
    QPushButton *m_move;
    FieldMessage *m_message;
};

} // namespace forumdesk
