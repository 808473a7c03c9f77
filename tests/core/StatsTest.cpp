// SPDX-License-Identifier: GPL-3.0-or-later
// Chart series computed in the database, checked against values worked out by hand on a small,
// crafted forum.
#include <catch2/catch.hpp>

#include "tests/support/TestSupport.h"
#include "core/cocreation/Contribution.h"
#include "core/forum/NewForum.h"
#include "core/implementation/ProgressUpdate.h"
#include "core/meetings/Attendance.h"
#include "core/meetings/Meeting.h"
#include "core/plans/ActionPlan.h"
#include "core/plans/Commitment.h"
#include "core/plans/Milestone.h"
#include "core/stats/PlanStats.h"
#include "core/meetings/Intervention.h"
#include "core/storage/Table.h"

#include <QTimeZone>

using namespace forumdesk;

namespace {

// Plan A (Sep 2024 - Aug 2026):
//   C1 "Ministerio de Hacienda", access to information + accountability, level limited
//      M1 weight 1, due 2024-10-15: 50% on 2024-09-10, 100% on 2024-10-20
//      M2 weight 3, due 2024-11-30: 20% on 2024-10-05
//   C2 "Agencia Digital", technology and innovation, no level
//      M3 weight 2, due 2024-10-31: 40% on 2024-11-02, 90% "completed" on 2024-11-20
//   C3 "Ministerio de Hacienda", level complete, no milestones
// Plan B (Sep 2022 - Aug 2024): one commitment, level complete.
struct StatsForum {
    test::TempFolder folder;
    std::unique_ptr<ForumFile> file = createForum(folder.file(QStringLiteral("f.ogpforum")), QStringLiteral("Foro"));
    qint64 planA = 0;
    qint64 planB = 0;

    qint64 plan(const char *title, QDate start, QDate end)
    {
        ActionPlan p;
        p.title = QString::fromUtf8(title);
        p.periodStart = start;
        p.periodEnd = end;
        return Table<ActionPlan>(*file).create(p);
    }
    qint64 commitment(qint64 planId, const char *number, const char *agency, const char *level)
    {
        Commitment c;
        c.planId = planId;
        c.number = QString::fromLatin1(number);
        c.title = QStringLiteral("Compromiso %1").arg(c.number);
        c.leadAgency = QString::fromUtf8(agency);
        c.completionLevel = QString::fromLatin1(level);
        return Table<Commitment>(*file).create(c);
    }
    qint64 milestone(qint64 commitmentId, double weight, QDate end)
    {
        Milestone m;
        m.commitmentId = commitmentId;
        m.activity = QStringLiteral("Hito");
        m.weight = weight;
        m.endOn = end;
        return Table<Milestone>(*file).create(m);
    }
    void update(qint64 milestoneId, QDate on, int percent, const char *status = "on_track")
    {
        ProgressUpdate u;
        u.milestoneId = milestoneId;
        u.reportedOn = on;
        u.percent = percent;
        u.status = QString::fromLatin1(status);
        Table<ProgressUpdate>(*file).create(u);
    }
    qint64 meeting(qint64 planId, QDate day, const char *status)
    {
        Meeting m;
        m.planId = planId;
        m.title = QStringLiteral("Sesión");
        m.startsAt = QDateTime(day, QTime(10, 0), QTimeZone::utc());
        m.endsAt = m.startsAt.addSecs(3600);
        m.status = QString::fromLatin1(status);
        return Table<Meeting>(*file).create(m);
    }
    void attend(qint64 meetingId, const char *sector, const char *status)
    {
        Attendance a;
        a.meetingId = meetingId;
        a.name = QStringLiteral("Persona");
        a.sector = QString::fromLatin1(sector);
        a.status = QString::fromLatin1(status);
        Table<Attendance>(*file).create(a);
    }
    void contribute(const char *status, bool answered)
    {
        Contribution c;
        c.planId = planA;
        c.receivedOn = QDate(2024, 6, 1);
        c.text = QStringLiteral("Aporte");
        c.status = QString::fromLatin1(status);
        if (answered) {
            c.response = QStringLiteral("Respuesta");
            c.respondedOn = QDate(2024, 6, 15);
        }
        Table<Contribution>(*file).create(c);
    }

    StatsForum()
    {
        planA = plan("Plan A", QDate(2024, 9, 1), QDate(2026, 8, 31));
        planB = plan("Plan B", QDate(2022, 9, 1), QDate(2024, 8, 31));
        const qint64 c1 = commitment(planA, "1", "Ministerio de Hacienda", "limited");
        const qint64 c2 = commitment(planA, "2", "Agencia Digital", "");
        commitment(planA, "3", "Ministerio de Hacienda", "complete");
        commitment(planB, "1", "Otra", "complete");
        {
            Commitment c = Table<Commitment>(*file).get(c1);
            c.valueAccessInformation = true;
            c.valuePublicAccountability = true;
            Table<Commitment>(*file).update(c);
            c = Table<Commitment>(*file).get(c2);
            c.valueTechnologyInnovation = true;
            Table<Commitment>(*file).update(c);
        }
        const qint64 m1 = milestone(c1, 1, QDate(2024, 10, 15));
        const qint64 m2 = milestone(c1, 3, QDate(2024, 11, 30));
        const qint64 m3 = milestone(c2, 2, QDate(2024, 10, 31));
        update(m1, QDate(2024, 9, 10), 50);
        update(m1, QDate(2024, 10, 20), 100, "completed");
        update(m2, QDate(2024, 10, 5), 20);
        update(m3, QDate(2024, 11, 2), 40);
        update(m3, QDate(2024, 11, 20), 90, "completed");

        const qint64 held = meeting(planA, QDate(2024, 10, 1), "held");
        attend(held, "government", "present");
        attend(held, "government", "present");
        attend(held, "civil_society", "remote");
        attend(held, "civil_society", "absent");
        attend(held, "academia", "represented");
        attend(held, "private_sector", "excused");
        meeting(planA, QDate(2024, 11, 5), "held");
        attend(meeting(planA, QDate(2024, 12, 1), "cancelled"), "government", "present");
        attend(meeting(0, QDate(2024, 10, 2), "held"), "government", "present");

        contribute("incorporated", true);
        contribute("partially_incorporated", false);
        contribute("received", false);
    }
};

QStringList labels(const StatSeries &series)
{
    QStringList out;
    for (const StatPoint &p : series.points)
        out << p.label;
    return out;
}

QList<double> values(const StatSeries &series)
{
    QList<double> out;
    for (const StatPoint &p : series.points)
        out << p.value;
    return out;
}

const StatSeries &byKey(const QList<StatSeries> &all, const char *key)
{
    for (const StatSeries &s : all)
        if (s.key == QLatin1String(key))
            return s;
    FAIL("no series " << key);
    return all.first();
}

} // namespace

TEST_CASE("Completion levels are counted per plan, plans in period order", "[stats]")
{
    StatsForum forum;
    const auto all = PlanStats::completionLevels(*forum.file);
    REQUIRE(all.size() == 5); // the five levels; a commitment without one counts at its suggested level
    CHECK(labels(all.first()) == QStringList{QStringLiteral("Plan B"), QStringLiteral("Plan A")});
    // Plan A: one set complete, one set limited, and one without a level whose progress (90 %)
    // suggests substantial, as the Implement page shows it.
    CHECK(values(byKey(all, "complete")) == QList<double>{1, 1});
    CHECK(values(byKey(all, "limited")) == QList<double>{0, 1});
    CHECK(values(byKey(all, "substantial")) == QList<double>{0, 1});
    CHECK(values(byKey(all, "not_started")) == QList<double>{0, 0});
}

TEST_CASE("Plan progress over time follows milestone weights month by month", "[stats]")
{
    StatsForum forum;
    const auto all = PlanStats::progressOverTime(*forum.file, forum.planA);
    REQUIRE(all.size() == 1);
    CHECK(labels(all.first()) == QStringList{QStringLiteral("2024-09"), QStringLiteral("2024-10"), QStringLiteral("2024-11")});
    // Sep: C1 (50*1 + 0*3)/4 = 12.5, C2 0 -> 6.25; Oct: C1 (100 + 20*3)/4 = 40, C2 0 -> 20;
    // Nov: C1 40, C2 90 -> 65.
    const auto v = values(all.first());
    REQUIRE(v.size() == 3);
    CHECK(v.at(0) == Approx(6.25));
    CHECK(v.at(1) == Approx(20));
    CHECK(v.at(2) == Approx(65));
    CHECK(PlanStats::progressOverTime(*forum.file, forum.planB).first().points.isEmpty());
}

TEST_CASE("Progress by lead agency and by OGP value", "[stats]")
{
    StatsForum forum;
    const auto agencies = PlanStats::progressByAgency(*forum.file, forum.planA).first();
    CHECK(labels(agencies) == QStringList{QStringLiteral("Agencia Digital"), QStringLiteral("Ministerio de Hacienda")});
    CHECK(values(agencies) == QList<double>{90, 40});

    const auto byValue = PlanStats::progressByValue(*forum.file, forum.planA).first();
    CHECK(labels(byValue) == QStringList{QStringLiteral("access_information"), QStringLiteral("civic_participation"),
                                         QStringLiteral("public_accountability"), QStringLiteral("technology_innovation")});
    CHECK(values(byValue) == QList<double>{40, 0, 40, 90});
}

TEST_CASE("Milestones due against done, and downsampling keeps the ends", "[stats]")
{
    StatsForum forum;
    const QDate afterThePlan(2026, 10, 1);
    const auto all = PlanStats::milestonesBurnUp(*forum.file, forum.planA, 0, afterThePlan);
    REQUIRE(all.size() == 2);
    const StatSeries &due = byKey(all, "due");
    const StatSeries &done = byKey(all, "done");
    REQUIRE(due.points.size() == 24); // Sep 2024 to Aug 2026
    CHECK(due.points.first().label == QStringLiteral("2024-09"));
    CHECK(due.points.last().label == QStringLiteral("2026-08"));
    CHECK(values(due).mid(0, 4) == QList<double>{0, 2, 3, 3});
    CHECK(values(done).mid(0, 4) == QList<double>{0, 1, 2, 2});
    CHECK(done.points.last().value == 2);

    const auto small = PlanStats::milestonesBurnUp(*forum.file, forum.planA, 5, afterThePlan);
    REQUIRE(small.size() == 2);
    CHECK(labels(small.first()) == QStringList{QStringLiteral("2024-09"), QStringLiteral("2025-03"), QStringLiteral("2025-09"),
                                               QStringLiteral("2026-02"), QStringLiteral("2026-08")});
    CHECK(values(small.last()) == QList<double>{0, 2, 2, 2, 2});
    CHECK(downsample(all, 0).first().points.size() == 24);
    CHECK(downsample(all, 1).first().points.size() == 1);
}

TEST_CASE("The burn-up's done line stops at the current month, due runs to the plan's end", "[stats]")
{
    StatsForum forum;
    const auto mid = PlanStats::milestonesBurnUp(*forum.file, forum.planA, 0, QDate(2025, 5, 10));
    const StatSeries &due = byKey(mid, "due");
    const StatSeries &done = byKey(mid, "done");
    CHECK(due.points.size() == 24);
    CHECK(due.points.last().label == QStringLiteral("2026-08"));
    REQUIRE(done.points.size() == 9); // Sep 2024 to May 2025
    CHECK(labels(done) == labels(due).mid(0, 9));
    CHECK(done.points.last().label == QStringLiteral("2025-05"));
    CHECK(done.points.last().value == 2);

    // Downsampled, "done" still ends at this month, on a label "due" has too.
    const auto small = PlanStats::milestonesBurnUp(*forum.file, forum.planA, 5, QDate(2025, 5, 10));
    CHECK(labels(byKey(small, "due")) == QStringList{QStringLiteral("2024-09"), QStringLiteral("2025-05"),
                                                     QStringLiteral("2025-12"), QStringLiteral("2026-08")});
    CHECK(labels(byKey(small, "done")) == QStringList{QStringLiteral("2024-09"), QStringLiteral("2025-05")});
    CHECK(values(byKey(small, "done")) == QList<double>{0, 2});

    // Before the plan starts nothing is done yet, and the due line is all there is.
    const auto before = PlanStats::milestonesBurnUp(*forum.file, forum.planA, 0, QDate(2024, 8, 20));
    CHECK(byKey(before, "due").points.size() == 24);
    CHECK(byKey(before, "done").points.isEmpty());
    CHECK(PlanStats::hasData(ChartKind::Milestones, before));
}

TEST_CASE("A chart with nothing to draw is told apart from one with zeros worth showing", "[stats]")
{
    StatsForum forum;
    ActionPlan empty;
    empty.title = QStringLiteral("Plan C");
    empty.periodStart = QDate(2026, 9, 1);
    empty.periodEnd = QDate(2028, 8, 31);
    const qint64 planC = Table<ActionPlan>(*forum.file).create(empty);
    // Plan A's first meeting was timed live: one intervention of four and a half minutes.
    const qint64 meetingA = forum.file->database().scalar(QStringLiteral("SELECT min(id) FROM meeting WHERE plan_id = ?"), {forum.planA}).toLongLong();
    REQUIRE(meetingA > 0);
    Intervention turn;
    turn.meetingId = meetingA;
    turn.name = QStringLiteral("Lucía Quispe");
    turn.sector = QStringLiteral("civil_society");
    turn.startedAt = QDateTime(QDate(2025, 3, 4), QTime(15, 0), QTimeZone::utc());
    turn.endedAt = turn.startedAt.addSecs(270);
    Table<Intervention>(*forum.file).create(turn);
    const auto speaking = PlanStats::speakingBySector(*forum.file, forum.planA);
    REQUIRE(speaking.size() == 5);
    REQUIRE(byKey(speaking, "civil_society").points.size() == 1); // only the meeting timed live
    CHECK(byKey(speaking, "civil_society").points.first().value == Approx(4.5));
    CHECK(byKey(speaking, "government").points.first().value == 0);
    for (const ChartKind kind : allChartKinds()) {
        INFO(chartKindName(kind).toStdString());
        CHECK(PlanStats::hasData(kind, PlanStats::series(*forum.file, kind, forum.planA)));
        CHECK(PlanStats::hasData(kind, PlanStats::series(*forum.file, kind, planC)) == (kind == ChartKind::Completion));
    }
    // Plan B's commitment has no milestones: no progress to chart; its meetings had no one present.
    CHECK_FALSE(PlanStats::hasData(ChartKind::Agencies, PlanStats::progressByAgency(*forum.file, forum.planB)));
    // A lead agency at 0 % is shown as such.
    CHECK(PlanStats::hasData(ChartKind::Agencies, {{QStringLiteral("progress"), {{QStringLiteral("Agencia"), 0}}}}));
}

TEST_CASE("Attendance by sector per meeting and the co-creation funnel", "[stats]")
{
    StatsForum forum;
    const auto all = PlanStats::attendanceBySector(*forum.file, forum.planA);
    REQUIRE(all.size() == 5);
    CHECK(labels(all.first()) == QStringList{QStringLiteral("2024-10-01"), QStringLiteral("2024-11-05")});
    CHECK(values(byKey(all, "government")) == QList<double>{2, 0});
    CHECK(values(byKey(all, "civil_society")) == QList<double>{1, 0});
    CHECK(values(byKey(all, "academia")) == QList<double>{1, 0});
    CHECK(values(byKey(all, "private_sector")) == QList<double>{0, 0});

    const auto funnel = PlanStats::coCreationFunnel(*forum.file, forum.planA).first();
    CHECK(labels(funnel) == QStringList{QStringLiteral("received"), QStringLiteral("answered"), QStringLiteral("incorporated")});
    CHECK(values(funnel) == QList<double>{3, 1, 2});

    ChartKind kind = ChartKind::Completion;
    for (const ChartKind k : allChartKinds()) {
        REQUIRE(parseChartKind(chartKindName(k), &kind));
        CHECK(kind == k);
    }
    CHECK_FALSE(parseChartKind(QStringLiteral("pie"), &kind));
}
