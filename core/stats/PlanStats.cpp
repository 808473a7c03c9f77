// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/stats/PlanStats.h"

#include "core/cocreation/CoCreationSummary.h"
#include "core/forum/ForumClock.h"
#include "core/forum/Vocabulary.h"
#include "core/forum/VocabularyKeys.h"
#include "core/implementation/ProgressTracking.h"
#include "core/storage/Database.h"
#include "core/storage/ForumFile.h"

#include <QMap>

#include <algorithm>
#include <cmath>

namespace forumdesk {

namespace {

const char *const kindNames[] = {"completion", "timeline", "agencies", "values", "milestones", "attendance", "cocreation", "speaking"};

// Each milestone of the plan with its latest percent (0 without updates), then each commitment's
// weighted progress: the CTE `cp(commitment_id, p)`, plan id in ?1.
const char *const commitmentProgressCte =
    "ms AS (SELECT mi.commitment_id, mi.weight, "
    "  coalesce((SELECT pu.percent FROM progress_update pu WHERE pu.milestone_id = mi.id "
    "            ORDER BY pu.reported_on DESC, pu.id DESC LIMIT 1), 0) AS pct "
    "  FROM milestone mi JOIN commitment c ON c.id = mi.commitment_id WHERE c.plan_id = ?1), "
    "cp AS (SELECT commitment_id, sum(weight * pct) / sum(weight) AS p FROM ms GROUP BY commitment_id) ";

StatSeries single(const QString &key, Statement &st)
{
    StatSeries series{key, {}};
    while (st.next())
        series.points.append({st.text(0), st.isNull(1) ? 0.0 : st.real(1)});
    return series;
}

} // namespace

QString chartKindName(ChartKind kind)
{
    return QString::fromLatin1(kindNames[int(kind)]);
}

bool parseChartKind(const QString &name, ChartKind *kind)
{
    for (const ChartKind k : allChartKinds()) {
        if (chartKindName(k) == name) {
            *kind = k;
            return true;
        }
    }
    return false;
}

QList<ChartKind> allChartKinds()
{
    return {ChartKind::Completion, ChartKind::Timeline, ChartKind::Agencies, ChartKind::Values,
            ChartKind::Milestones, ChartKind::Attendance, ChartKind::CoCreation, ChartKind::Speaking};
}

QList<StatSeries> PlanStats::completionLevels(ForumFile &file)
{
    // One source of truth with the Implement page and the progress report: a commitment's level is
    // the one the forum set, else the one its progress suggests (ProgressTracking).
    const QStringList levels = Vocabulary::keys(Vocabulary::List::Completion);
    const QDate today = ForumClock::of(file).today();
    QList<StatSeries> result;
    for (const QString &level : levels)
        result.append({level, {}});
    Statement st = file.database().query(QStringLiteral("SELECT id, title FROM action_plan ORDER BY period_start, id"));
    while (st.next()) {
        QMap<QString, int> counts;
        for (const CommitmentProgress &p : ProgressTracking::forPlan(file, st.int64(0), today))
            ++counts[p.level];
        for (qsizetype i = 0; i < levels.size(); ++i)
            result[i].points.append({st.text(1), double(counts.value(levels.at(i)))});
    }
    return result;
}

QList<StatSeries> PlanStats::progressOverTime(ForumFile &file, qint64 planId, int maxPoints)
{
    Statement st = file.database().query(QStringLiteral(
        "WITH RECURSIVE "
        "ms AS (SELECT mi.id, mi.commitment_id, mi.weight FROM milestone mi "
        "       JOIN commitment c ON c.id = mi.commitment_id WHERE c.plan_id = ?1), "
        "bounds AS (SELECT min(p.period_start, min(pu.reported_on)) AS lo, max(pu.reported_on) AS hi "
        "           FROM action_plan p, progress_update pu "
        "           WHERE p.id = ?1 AND pu.milestone_id IN (SELECT id FROM ms)), "
        "months(m) AS (SELECT date(lo, 'start of month') FROM bounds WHERE hi IS NOT NULL "
        "              UNION ALL SELECT date(m, '+1 month') FROM months, bounds WHERE date(m, '+1 month') <= hi), "
        "at_month AS (SELECT months.m, ms.commitment_id, ms.weight, "
        "  coalesce((SELECT pu.percent FROM progress_update pu WHERE pu.milestone_id = ms.id "
        "            AND pu.reported_on < date(months.m, '+1 month') "
        "            ORDER BY pu.reported_on DESC, pu.id DESC LIMIT 1), 0) AS pct FROM months, ms), "
        "per_commitment AS (SELECT m, sum(weight * pct) / sum(weight) AS p FROM at_month GROUP BY m, commitment_id) "
        "SELECT substr(m, 1, 7), avg(p) FROM per_commitment GROUP BY m ORDER BY m"));
    st.bind(1, planId);
    return downsample({single(QStringLiteral("progress"), st)}, maxPoints);
}

QList<StatSeries> PlanStats::progressByAgency(ForumFile &file, qint64 planId)
{
    Statement st = file.database().query(QStringLiteral(
        "WITH %1 SELECT coalesce(trim(c.lead_agency), '') AS agency, avg(cp.p) FROM cp "
        "JOIN commitment c ON c.id = cp.commitment_id GROUP BY agency ORDER BY agency COLLATE NAME")
                                             .arg(QLatin1String(commitmentProgressCte)));
    st.bind(1, planId);
    return {single(QStringLiteral("progress"), st)};
}

QList<StatSeries> PlanStats::progressByValue(ForumFile &file, qint64 planId)
{
    static const QStringList values{QStringLiteral("access_information"), QStringLiteral("civic_participation"),
                                    QStringLiteral("public_accountability"), QStringLiteral("technology_innovation")};
    QStringList columns;
    for (const QString &value : values)
        columns << QStringLiteral("coalesce(avg(cp.p) FILTER (WHERE c.value_%1 = 1), 0)").arg(value);
    Statement st = file.database().query(QStringLiteral("WITH %1 SELECT %2 FROM cp JOIN commitment c ON c.id = cp.commitment_id")
                                             .arg(QLatin1String(commitmentProgressCte), columns.join(QStringLiteral(", "))));
    st.bind(1, planId);
    StatSeries series{QStringLiteral("progress"), {}};
    if (st.next()) {
        for (int i = 0; i < values.size(); ++i)
            series.points.append({values.at(i), st.real(i)});
    }
    return {series};
}

QList<StatSeries> PlanStats::milestonesBurnUp(ForumFile &file, qint64 planId, int maxPoints, QDate today)
{
    if (!today.isValid())
        today = ForumClock::of(file).today();
    Statement st = file.database().query(QStringLiteral(
        "WITH RECURSIVE "
        "ms AS (SELECT mi.id, mi.end_on FROM milestone mi "
        "       JOIN commitment c ON c.id = mi.commitment_id WHERE c.plan_id = ?1), "
        "ups AS (SELECT reported_on FROM progress_update WHERE milestone_id IN (SELECT id FROM ms)), "
        "bounds AS (SELECT "
        "  min(p.period_start, coalesce((SELECT min(end_on) FROM ms), p.period_start), "
        "      coalesce((SELECT min(reported_on) FROM ups), p.period_start)) AS lo, "
        "  max(p.period_end, coalesce((SELECT max(end_on) FROM ms), p.period_end), "
        "      coalesce((SELECT max(reported_on) FROM ups), p.period_end)) AS hi "
        "  FROM action_plan p WHERE p.id = ?1), "
        "months(m) AS (SELECT date(lo, 'start of month') FROM bounds "
        "              UNION ALL SELECT date(m, '+1 month') FROM months, bounds WHERE date(m, '+1 month') <= hi) "
        "SELECT substr(m, 1, 7), "
        "  (SELECT count(*) FROM ms WHERE ms.end_on < date(m, '+1 month')), "
        "  CASE WHEN m <= ?2 THEN (SELECT count(*) FROM ms WHERE (SELECT pu.percent = 100 OR pu.status = 'completed' "
        "     FROM progress_update pu WHERE pu.milestone_id = ms.id AND pu.reported_on < date(m, '+1 month') "
        "     ORDER BY pu.reported_on DESC, pu.id DESC LIMIT 1)) END "
        "FROM months ORDER BY m"));
    st.bind(1, planId);
    st.bind(2, QDate(today.year(), today.month(), 1).toString(Qt::ISODate));
    StatSeries due{QStringLiteral("due"), {}};
    StatSeries done{QStringLiteral("done"), {}};
    while (st.next()) {
        due.points.append({st.text(0), double(st.int64(1))});
        // Months still to come have no "done" yet: the line stops here instead of running flat.
        if (!st.isNull(2))
            done.points.append({st.text(0), double(st.int64(2))});
    }
    return downsample({due, done}, maxPoints);
}

namespace {

// One series per sector, a point per meeting, from rows (meeting id, label, sector, value) ordered
// by meeting; a sector a meeting has no row for is 0 there, a row without a sector only names the
// meeting. `st` null: the series with no points.
QList<StatSeries> perMeetingBySector(Statement *st, int maxPoints)
{
    static const QStringList sectors{key::Sector::Government, key::Sector::CivilSociety,
                                     key::Sector::Academia, key::Sector::PrivateSector,
                                     key::Sector::Other};
    QList<qint64> meetings;
    QStringList labels;
    QMap<QPair<qint64, QString>, double> values;
    while (st && st->next()) {
        const qint64 meeting = st->int64(0);
        if (meetings.isEmpty() || meetings.last() != meeting) {
            meetings.append(meeting);
            labels.append(st->text(1));
        }
        if (!st->isNull(2))
            values.insert({meeting, st->text(2)}, st->real(3));
    }
    QList<StatSeries> result;
    for (const QString &sector : sectors) {
        StatSeries series{sector, {}};
        for (qsizetype i = 0; i < meetings.size(); ++i)
            series.points.append({labels.at(i), values.value({meetings.at(i), sector}, 0.0)});
        result.append(series);
    }
    return downsample(result, maxPoints);
}

} // namespace

QList<StatSeries> PlanStats::attendanceBySector(ForumFile &file, qint64 planId, int maxPoints)
{
    Statement st = file.database().query(QStringLiteral(
        "SELECT m.id, substr(m.starts_at, 1, 10), a.sector, count(a.id) FROM meeting m "
        "LEFT JOIN attendance a ON a.meeting_id = m.id AND a.status IN ('present', 'remote', 'represented') "
        "WHERE m.plan_id = ?1 AND m.status <> 'cancelled' "
        "GROUP BY m.id, a.sector ORDER BY m.starts_at, m.id"));
    st.bind(1, planId);
    return perMeetingBySector(&st, maxPoints);
}

QList<StatSeries> PlanStats::speakingBySector(ForumFile &file, qint64 planId, int maxPoints)
{
    if (file.schemaVersion() < 6)
        return perMeetingBySector(nullptr, maxPoints);
    Statement st = file.database().query(QStringLiteral(
        "SELECT m.id, substr(m.starts_at, 1, 10), i.sector, "
        "round(sum(max(0, unixepoch(i.ended_at) - unixepoch(i.started_at))) / 60.0, 1) FROM meeting m "
        "JOIN intervention i ON i.meeting_id = m.id AND i.started_at IS NOT NULL AND i.ended_at IS NOT NULL "
        "WHERE m.plan_id = ?1 AND m.status <> 'cancelled' "
        "GROUP BY m.id, i.sector ORDER BY m.starts_at, m.id"));
    st.bind(1, planId);
    return perMeetingBySector(&st, maxPoints);
}

QList<StatSeries> PlanStats::coCreationFunnel(ForumFile &file, qint64 planId)
{
    const CoCreationSummary summary = CoCreationSummary::of(file, planId);
    return {{QStringLiteral("contributions"),
             {{QStringLiteral("received"), double(summary.received)},
              {QStringLiteral("answered"), double(summary.answered)},
              {QStringLiteral("incorporated"), double(summary.incorporated)}}}};
}

QList<StatSeries> PlanStats::series(ForumFile &file, ChartKind kind, qint64 planId, int maxPoints)
{
    switch (kind) {
    case ChartKind::Completion:
        return completionLevels(file);
    case ChartKind::Timeline:
        return progressOverTime(file, planId, maxPoints);
    case ChartKind::Agencies:
        return progressByAgency(file, planId);
    case ChartKind::Values:
        return progressByValue(file, planId);
    case ChartKind::Milestones:
        return milestonesBurnUp(file, planId, maxPoints);
    case ChartKind::Attendance:
        return attendanceBySector(file, planId, maxPoints);
    case ChartKind::CoCreation:
        return coCreationFunnel(file, planId);
    case ChartKind::Speaking:
        return speakingBySector(file, planId, maxPoints);
    }
    return {};
}

bool PlanStats::hasData(ChartKind kind, const QList<StatSeries> &series)
{
    if (kind == ChartKind::CoCreation) // nothing answered or incorporated without anything received
        return !series.isEmpty() && !series.first().points.isEmpty() && series.first().points.first().value > 0;
    if (kind == ChartKind::Timeline || kind == ChartKind::Agencies) // 0 % is progress worth showing
        return std::any_of(series.begin(), series.end(), [](const StatSeries &s) { return !s.points.isEmpty(); });
    for (const StatSeries &s : series)
        for (const StatPoint &p : s.points)
            if (p.value != 0)
                return true;
    return false;
}

QList<StatSeries> downsample(const QList<StatSeries> &series, int maxPoints)
{
    qsizetype length = 0;
    for (const StatSeries &s : series)
        length = std::max(length, s.points.size());
    if (maxPoints <= 0 || length <= maxPoints)
        return series;
    QList<qsizetype> keep;
    if (maxPoints == 1) {
        keep.append(length - 1);
    } else {
        // The ends every series must keep; evenly spaced indices fill the rest of the budget.
        QList<qsizetype> ends{0, length - 1};
        for (const StatSeries &s : series)
            if (!s.points.isEmpty())
                ends.append(s.points.size() - 1);
        for (int budget = maxPoints; budget >= 2; --budget) {
            keep = ends;
            for (int i = 0; i < budget; ++i)
                keep.append(qsizetype(std::llround(double(i) * double(length - 1) / double(budget - 1))));
            std::sort(keep.begin(), keep.end());
            keep.erase(std::unique(keep.begin(), keep.end()), keep.end());
            if (keep.size() <= maxPoints)
                break;
        }
    }
    QList<StatSeries> result;
    for (const StatSeries &s : series) {
        StatSeries out{s.key, {}};
        for (const qsizetype index : keep)
            if (index < s.points.size())
                out.points.append(s.points.at(index));
        result.append(out);
    }
    return result;
}

} // namespace forumdesk
