// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/document/DocumentExport.h"
#include "core/implementation/ProgressTracking.h"

#include <QHash>
#include <QList>
#include <QWidget>

class QComboBox;
class QPrinter;
class QLabel;
class QPushButton;
class QTableWidget;

namespace forumdesk {

class ReloadWhenShown;

class ForumDocument;

// The Implement stage of the plan chosen in the toolbar: its commitments with their progress and
// completion level, filtered by lead agency, OGP value and status; the milestones of the chosen
// commitment and the progress-update history of the chosen milestone; the plan's progress report,
// with its charts, exported or printed.
class ImplementPage : public QWidget {
    Q_OBJECT
public:
    enum CommitmentColumn { NumberColumn, TitleColumn, AgencyColumn, ProgressColumn, LevelColumn, MilestonesColumn };
    enum StatusFilter { AllStatuses, Overdue, NotStarted, InProgress, Complete };

    explicit ImplementPage(ForumDocument *document, QWidget *parent = nullptr);

    QTableWidget *commitmentsTable() const { return m_commitments; }
    QTableWidget *milestonesTable() const { return m_milestones; }
    QTableWidget *historyTable() const { return m_history; }
    QComboBox *agencyFilter() const { return m_agency; }
    QComboBox *valueFilter() const { return m_value; }
    QComboBox *statusFilter() const { return m_status; }
    QPushButton *addUpdateButton() const { return m_addUpdate; }
    QPushButton *setLevelButton() const { return m_setLevel; }
    QPushButton *exportReportButton() const { return m_exportReport; }
    QPushButton *printReportButton() const { return m_printReport; }
    // Writes and prints the progress report (signals exported(), printed(), failed()).
    DocumentExport *reportExport() const { return m_export; }
    // The progress report without asking (tests); reportExport() signals how it went.
    void writeProgressReport(const QString &path, DocumentWriter::Format format);
    void printProgressReportOn(const std::shared_ptr<QPrinter> &printer);
    QLabel *planHeader() const { return m_header; }

    // The commitment and milestone chosen; 0 when none.
    qint64 selectedCommitmentId() const;
    qint64 selectedMilestoneId() const;
    void selectCommitment(qint64 id);
    void selectMilestone(qint64 id);

public slots:
    void refresh();
    void addProgressUpdate();
    void setCompletionLevel();
    // Asks where (or on which printer), then writes (or prints) the current plan's progress report
    // in the background.
    void exportProgressReport();
    void printProgressReport();

private:
    // Reloads now if the page is on show, else once it is shown.
    void refreshWhenShown();
    void reloadPlan();
    void applyFilter();
    void showMilestones();
    void showHistory();
    void updateButtons();
    // The report of the current plan in two steps (see DocumentExport::DocumentSource).
    DocumentExport::DocumentSource progressReport() const;
    // Runs `start` unless a report is being made; the buttons wait until it is done.
    void startReport(const std::function<bool()> &start);

    ForumDocument *m_document;
    QLabel *m_header;
    QComboBox *m_agency;
    QComboBox *m_value;
    QComboBox *m_status;
    QTableWidget *m_commitments;
    QTableWidget *m_milestones;
    QTableWidget *m_history;
    QLabel *m_count;
    QPushButton *m_addUpdate;
    QPushButton *m_setLevel;
    QPushButton *m_exportReport;
    QPushButton *m_printReport;
    QPushButton *m_nextStage;
    DocumentExport *m_export;
    bool m_busy = false; // a report is being made
    ReloadWhenShown *m_reload; // the reload, held while the widget is hidden
    QList<CommitmentProgress> m_progress;
    QHash<qint64, QStringList> m_values; // commitment id -> its OGP value keys
    QHash<qint64, QString> m_setLevels;  // commitment id -> the level the forum set ("" = none)
};

} // namespace forumdesk
