// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/implementation/ProgressTracking.h"
#include "core/implementation/ProgressUpdate.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace forumdesk {

class FieldMessage;
class ForumFile;

// Adds one progress update to a milestone: when, how far, how it goes, what was done, the evidence
// (a link or a file) and who reports it. Updates are only added; the history is kept.
class ProgressUpdateDialog : public QDialog {
    Q_OBJECT
public:
    ProgressUpdateDialog(ForumFile &file, qint64 milestoneId, const QString &activity, int percent,
                         QWidget *parent = nullptr);

    ProgressUpdate update() const;
    void accept() override;

    QDateEdit *dateEdit() const { return m_date; }
    QSpinBox *percentBox() const { return m_percent; }
    QComboBox *statusBox() const { return m_status; }
    QPlainTextEdit *narrativeEdit() const { return m_narrative; }
    QLineEdit *evidenceEdit() const { return m_evidence; }
    QPushButton *browseButton() const { return m_browse; }
    QLineEdit *reporterEdit() const { return m_reporter; }
    QString message() const;

private:
    void browse();

    ForumFile &m_file;
    qint64 m_milestoneId;
    QDateEdit *m_date;
    QSpinBox *m_percent;
    QComboBox *m_status;
    QPlainTextEdit *m_narrative;
    QLineEdit *m_evidence;
    QPushButton *m_browse;
    QLineEdit *m_reporter;
    FieldMessage *m_message;
};

// Sets a commitment's IRM completion level, or lets progress suggest it; a level other than the
// suggested one needs a reason, asked for here before anything is written.
class CompletionLevelDialog : public QDialog {
    Q_OBJECT
public:
    CompletionLevelDialog(const CommitmentProgress &progress, const QString &setLevel, QWidget *parent = nullptr);

    // Empty = "As progress suggests".
    QString level() const;
    QString reason() const;
    void accept() override;

    QComboBox *levelBox() const { return m_level; }
    QPlainTextEdit *reasonEdit() const { return m_reason; }
    QString message() const;

private:
    CommitmentProgress m_progress;
    QComboBox *m_level;
    QPlainTextEdit *m_reason;
    FieldMessage *m_message;
};

} // namespace forumdesk
