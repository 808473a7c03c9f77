// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/meetings/DecisionRecord.h"

#include <QDialog>

class QComboBox;
class QGroupBox;
class QLabel;
class QPlainTextEdit;
class QSpinBox;
class QTableWidget;

namespace forumdesk {

class FieldMessage;
class ForumFile;

// Records one decision: its text and agenda item, by consensus or by vote (counts, or named votes
// per member present), the majority the forum's rule asks for, and the outcome, which follows the
// votes until the secretary chooses otherwise.
class DecisionDialog : public QDialog {
    Q_OBJECT
public:
    DecisionDialog(ForumFile &file, const DecisionRecord &record, QWidget *parent = nullptr);

    DecisionRecord record() const;
    void accept() override;

    QPlainTextEdit *textEdit() const { return m_text; }
    QComboBox *methodBox() const { return m_method; }
    QComboBox *majorityBox() const { return m_majority; }
    QComboBox *outcomeBox() const { return m_outcome; }
    void setCounts(int votesFor, int votesAgainst, int votesAbstain);
    QString message() const;

private:
    void updateOutcome();

    ForumFile &m_file;
    DecisionRecord m_original;
    QPlainTextEdit *m_text;
    QComboBox *m_item;
    QComboBox *m_method;
    QComboBox *m_majority;
    QSpinBox *m_for;
    QSpinBox *m_against;
    QSpinBox *m_abstain;
    QGroupBox *m_named;
    QTableWidget *m_votes;
    QComboBox *m_outcome;
    QLabel *m_suggestion;
    FieldMessage *m_message;
    QWidget *m_voteArea;
    bool m_outcomeChosen = false;
    bool m_majorityChosen = false;
    QList<std::pair<qint64, QString>> m_voters;
};

} // namespace forumdesk
