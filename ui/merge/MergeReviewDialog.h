// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/merge/MergeReport.h"

#include <QDialog>
#include <QHash>

class QButtonGroup;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QRadioButton;
class QTableWidget;

namespace forumdesk {

// Shows what merging another copy would do (a dry run's report): how many records of each kind
// it adds, changes and removes, whether the copies share their history, and each conflict with
// the value both started from, this copy's and the other's. The person settles every conflict:
// keep this copy's value, take the other's, or write another; then Merge.
class MergeReviewDialog : public QDialog {
    Q_OBJECT
public:
    enum Column { Kind, Record, Field, Base, Ours, Theirs, Choice };

    MergeReviewDialog(const MergeReport &preview, QWidget *parent = nullptr);

    // The choices made, by MergeConflict::key(), for MergeOptions::resolutions.
    QHash<QString, MergeResolution> resolutions() const { return m_choices; }
    int unsettled() const;

    QTableWidget *conflictTable() const { return m_conflicts; }
    QTableWidget *countTable() const { return m_counts; }
    QLabel *summary() const { return m_summary; }
    QRadioButton *keepOursButton() const { return m_keepOurs; }
    QRadioButton *takeTheirsButton() const { return m_takeTheirs; }
    QRadioButton *writeButton() const { return m_write; }
    QPlainTextEdit *writtenValue() const { return m_written; }
    QPushButton *mergeButton() const { return m_merge; }
    // Settles every conflict at once.
    void settleAll(MergeResolution::Choice choice);

private:
    void showConflict(int row);
    void choose(MergeResolution::Choice choice);
    void updateRow(int row);
    void updateState();
    QString sideText(const MergeConflict &conflict, const QVariant &value, bool removedHere) const;

    MergeReport m_preview;
    QHash<QString, MergeResolution> m_choices;
    QLabel *m_summary;
    QTableWidget *m_counts;
    QTableWidget *m_conflicts;
    QPlainTextEdit *m_baseText;
    QPlainTextEdit *m_oursText;
    QPlainTextEdit *m_theirsText;
    QButtonGroup *m_group;
    QRadioButton *m_keepOurs;
    QRadioButton *m_takeTheirs;
    QRadioButton *m_write;
    QPlainTextEdit *m_written;
    QLabel *m_state;
    QPushButton *m_merge;
    int m_current = -1;
};

} // namespace forumdesk
