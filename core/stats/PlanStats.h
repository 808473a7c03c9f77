// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QList>
#include <QString>

namespace forumdesk {

class ForumFile;

// One labelled value of a chart: a month ("2025-03"), a plan title, an agency, a key.
struct StatPoint {
    QString label;
    double value = 0;
    bool operator==(const StatPoint &) const = default;
};

// A named run of points. `key` is an English key (a completion level, a sector, "progress", "due",
// "done", "received"...) that the user interface translates.
struct StatSeries {
    QString key;
    QList<StatPoint> points;
    bool operator==(const StatSeries &) const = default;
};

// The charts of the Dashboard and of forumdesk-cli chart.
enum class ChartKind { Completion, Timeline, Agencies, Values, Milestones, Attendance, CoCreation, Speaking };

// "completion", "timeline", ... <-> ChartKind; parse returns false for an unknown name.
QString chartKindName(ChartKind kind);
bool parseChartKind(const QString &name, ChartKind *kind);
QList<ChartKind> allChartKinds();

// Series for the charts, computed with SQL aggregates. Progress rules:
//  - a milestone's progress at a date is the percent of its latest update on or before that date
//    (0 without any update);
//  - a commitment's progress is the weighted mean of its milestones' progress (milestone weights);
//    commitments without milestones are left out;
//  - a plan's progress is the plain mean of its commitments' progress.
// A milestone is done at a date when its latest update by then is at 100% or "completed".
// `maxPoints` > 0 downsamples long series (see downsample()).
namespace PlanStats {

// Commitments per completion level (series: no_evidence, not_started, limited, substantial,
// complete), one point per plan (labelled by its title, plans in period order). A commitment's level
// is the one the forum set, else the one its progress suggests, as the Implement page and the
// progress report count it (ProgressTracking).
QList<StatSeries> completionLevels(ForumFile &file);
// One series "progress": the plan's progress (0-100) at the end of each month, from the month the
// plan starts (or its first update, if earlier) to the month of its last update.
QList<StatSeries> progressOverTime(ForumFile &file, qint64 planId, int maxPoints = 0);
// One series "progress": mean current progress of the commitments of each lead agency (label
// empty for commitments without one), by agency name.
QList<StatSeries> progressByAgency(ForumFile &file, qint64 planId);
// One series "progress": mean current progress of the commitments marked with each OGP value
// (labels access_information, civic_participation, public_accountability, technology_innovation).
QList<StatSeries> progressByValue(ForumFile &file, qint64 planId);
// Burn-up by month: series "due" (milestones whose end date has come by the end of the month,
// cumulative), to the plan's end, and "done" (milestones done by the end of the month), which stops
// at `today`'s month (the forum's today when invalid): what is done later is not known yet.
QList<StatSeries> milestonesBurnUp(ForumFile &file, qint64 planId, int maxPoints = 0, QDate today = {});
// Attendance per meeting of the plan (not cancelled, by start): one series per sector (government,
// civil_society, academia, private_sector, other), the people present, remote or represented;
// points labelled with the meeting's date.
QList<StatSeries> attendanceBySector(ForumFile &file, qint64 planId, int maxPoints = 0);
// Minutes spoken per meeting of the plan timed in the live console (format 6; by start), one series
// per sector as attendanceBySector; points labelled with the meeting's date. Meetings without
// timed interventions are left out.
QList<StatSeries> speakingBySector(ForumFile &file, qint64 planId, int maxPoints = 0);
// One series "contributions" with the points received, answered, incorporated.
QList<StatSeries> coCreationFunnel(ForumFile &file, qint64 planId);

// The series of one chart kind.
QList<StatSeries> series(ForumFile &file, ChartKind kind, qint64 planId, int maxPoints = 0);

// Whether the series of `kind` have something to draw: commitments, progress updates, milestones,
// attendance or contributions (a chart of zeros or of no points is shown as "nothing yet").
bool hasData(ChartKind kind, const QList<StatSeries> &series);

} // namespace PlanStats

// Keeps at most `maxPoints` points of aligned series (the same label at the same index in every
// series; a series may stop early): evenly spaced indices, always the first, the last, and the last
// of each shorter series (so a burn-up's "done" still ends at this month). maxPoints <= 0 or short
// series: unchanged.
QList<StatSeries> downsample(const QList<StatSeries> &series, int maxPoints);

} // namespace forumdesk
