// SPDX-License-Identifier: GPL-3.0-or-later
// A commitment's progress follows its milestones' weights; the completion level is suggested from
// it and can be set otherwise only with a reason.
#include <catch2/catch.hpp>

#include "tests/support/TestSupport.h"
#include "core/forum/NewForum.h"
#include "core/implementation/ProgressTracking.h"
#include "core/implementation/ProgressUpdate.h"
#include "core/plans/ActionPlan.h"
#include "core/plans/Commitment.h"
#include "core/plans/Milestone.h"
#include "core/storage/Table.h"

using namespace forumdesk;

TEST_CASE("Progress is weighted by milestones and suggests the IRM completion level", "[implementation]")
{
    test::TempFolder folder;
    auto file = createForum(folder.file(QStringLiteral("f.ogpforum")), QStringLiteral("Foro"));
    ActionPlan plan;
    plan.title = QStringLiteral("Plan");
    plan.periodStart = QDate(2025, 1, 1);
    plan.periodEnd = QDate(2027, 8, 31);
    Table<ActionPlan>(*file).create(plan);
    Commitment a, b;
    a.planId = b.planId = plan.id;
    a.number = QStringLiteral("10");
    a.title = QStringLiteral("Datos");
    b.number = QStringLiteral("2");
    b.title = QStringLiteral("Sin hitos");
    Table<Commitment>(*file).create(a);
    Table<Commitment>(*file).create(b);
    const auto milestone = [&](double weight, const QDate &end) {
        Milestone m;
        m.commitmentId = a.id;
        m.activity = QStringLiteral("Hito");
        m.weight = weight;
        m.startOn = QDate(2025, 1, 1);
        m.endOn = end;
        Table<Milestone>(*file).create(m);
        return m;
    };
    const Milestone heavy = milestone(3, QDate(2026, 6, 30));
    const Milestone light = milestone(1, QDate(2025, 6, 30));
    const auto update = [&](const Milestone &m, const QDate &on, int percent) {
        ProgressUpdate u;
        u.milestoneId = m.id;
        u.reportedOn = on;
        u.percent = percent;
        Table<ProgressUpdate>(*file).create(u);
    };
    update(heavy, QDate(2025, 3, 1), 20);
    update(heavy, QDate(2025, 9, 1), 60); // the latest counts, the history is kept
    update(light, QDate(2025, 5, 1), 40);

    const QDate today(2025, 12, 1);
    QList<CommitmentProgress> all = ProgressTracking::forPlan(*file, plan.id, today);
    REQUIRE(all.size() == 2);
    CHECK(all.at(0).number == QStringLiteral("2")); // plan order: 2 before 10
    CHECK(all.at(0).milestones == 0);
    CHECK(all.at(0).suggestedLevel == QStringLiteral("not_started"));
    const CommitmentProgress &p = all.at(1);
    CHECK(p.percent == Approx((3 * 60 + 1 * 40) / 4.0)); // 55
    CHECK(p.milestones == 2);
    CHECK(p.overdueMilestones == 1); // the light one ended in June at 40 %
    CHECK(p.lastUpdate == QDate(2025, 9, 1));
    CHECK(p.suggestedLevel == QStringLiteral("substantial"));
    CHECK(p.level == QStringLiteral("substantial"));
    CHECK_FALSE(p.overridden);
    CHECK(Table<ProgressUpdate>(*file).count() == 3);

    // Another level needs a reason; with one it holds, and the reason is kept.
    try {
        ProgressTracking::setLevel(*file, a.id, QStringLiteral("limited"), QString(), today);
        FAIL("a level against the progress was set without a reason");
    } catch (const ValidationError &e) {
        CHECK(e.field() == QStringLiteral("completion_reason"));
        CHECK(e.reason().contains(QStringLiteral("Progress suggests “Substantial”")));
    }
    ProgressTracking::setLevel(*file, a.id, QStringLiteral("limited"), QStringLiteral("El portal no está en línea"), today);
    CommitmentProgress set = ProgressTracking::forCommitment(*file, a.id, today);
    CHECK(set.level == QStringLiteral("limited"));
    CHECK(set.overridden);
    CHECK(set.reason == QStringLiteral("El portal no está en línea"));
    // Back to the suggestion: no reason is kept.
    ProgressTracking::setLevel(*file, a.id, QString(), QString(), today);
    set = ProgressTracking::forCommitment(*file, a.id, today);
    CHECK(set.level == QStringLiteral("substantial"));
    CHECK(set.reason.isEmpty());

    CHECK(ProgressTracking::suggestedLevel(0) == QStringLiteral("not_started"));
    CHECK(ProgressTracking::suggestedLevel(49.9) == QStringLiteral("limited"));
    CHECK(ProgressTracking::suggestedLevel(50) == QStringLiteral("substantial"));
    CHECK(ProgressTracking::suggestedLevel(100) == QStringLiteral("complete"));
}
