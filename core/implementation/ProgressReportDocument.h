// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/forum/Forum.h"
#include "core/implementation/ProgressTracking.h"
#include "core/implementation/ProgressUpdate.h"
#include "core/plans/ActionPlan.h"

#include <QDate>
#include <QHash>
#include <QImage>
#include <QList>
#include <QString>
#include <QTextDocument>

#include <memory>

namespace forumdesk {

class ForumFile;

// A chart for the report, drawn by the caller: core cannot draw Qt Charts (ui/charts/ReportCharts).
struct ReportFigure {
    QString caption;
    QImage image;
};

// Where one milestone stands: its latest update, if any, and whether it is overdue.
struct MilestoneStanding {
    qint64 id = 0;
    QString activity;
    QDate endOn;
    int percent = 0;      // of the latest update; 0 without one
    QString status;       // of the latest update; empty without one
    bool overdue = false; // ended before the report's date and not done
};

// Everything the progress report of a plan shows, read in a few SQL passes on the thread that owns
// the file; the document is then built from it anywhere (a worker thread in the window).
struct ProgressReportContent {
    Forum forum;
    ActionPlan plan;
    QDate today;                                       // the report's date; overdue is counted from it
    QList<CommitmentProgress> commitments;             // in plan order
    QHash<qint64, QList<MilestoneStanding>> milestones; // by commitment id, by position
    QHash<qint64, QList<ProgressUpdate>> latestUpdates; // by milestone id, newest first

    // The latest updates kept per milestone: enough to tell the story, few enough that the
    // report of a big plan stays readable.
    static constexpr int kUpdatesPerMilestone = 2;

    static ProgressReportContent load(ForumFile &file, qint64 planId, const QDate &today);
};

// The progress report of an action plan, in the forum's language, for the forum to see how each
// commitment is progressing: the plan and the report's date; a summary (overall progress,
// commitments per completion level, milestones done, overdue and in all, the last update) with
// every commitment at a glance; the charts; then each commitment in plan order with its lead
// agency, progress, completion level (and the forum's reason when it set another than progress
// suggests), its milestones and their latest updates with evidence.
class ProgressReportDocument {
public:
    static std::unique_ptr<QTextDocument> build(const ProgressReportContent &content,
                                                const QList<ReportFigure> &figures = {});
    static std::unique_ptr<QTextDocument> build(ForumFile &file, qint64 planId, const QDate &today,
                                                const QList<ReportFigure> &figures = {});
};

} // namespace forumdesk
