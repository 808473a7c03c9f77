// SPDX-License-Identifier: GPL-3.0-or-later
// The stage gates of a plan's cycle: each step forward lists what it lacks, naming the records; the
// forum goes on without them only by giving a reason, which the activity log keeps; steps back are
// allowed and logged; stages are never skipped.
#include <catch2/catch.hpp>

#include "tests/support/TestSupport.h"
#include "core/cocreation/Contribution.h"
#include "core/evaluation/Assessment.h"
#include "core/forum/NewForum.h"
#include "core/implementation/ProgressUpdate.h"
#include "core/learning/Lesson.h"
#include "core/meetings/Decision.h"
#include "core/meetings/Meeting.h"
#include "core/plans/ActionPlan.h"
#include "core/plans/Commitment.h"
#include "core/plans/Milestone.h"
#include "core/plans/StageGate.h"
#include "core/storage/Database.h"
#include "core/storage/Table.h"

#include <QTimeZone>

using namespace forumdesk;

namespace {

// A plan in co-creation with two commitments: "1 Datos abiertos" (lead agency, one milestone with
// dates) and "2 Presupuesto ciudadano" (no lead agency, a milestone without an end date), and one
// contribution without a response. No forum decision approves it yet.
struct PlanInCoCreation {
    test::TempFolder folder;
    std::unique_ptr<ForumFile> file = createForum(folder.file(QStringLiteral("f.ogpforum")), QStringLiteral("Foro"),
                                                  QStringLiteral("en"));
    ActionPlan plan;
    Commitment data, budget;
    Milestone portal, hearings;
    Contribution contribution;

    PlanInCoCreation()
    {
        plan.title = QStringLiteral("Cuarto Plan");
        plan.periodStart = QDate(2025, 1, 1);
        plan.periodEnd = QDate(2027, 8, 31);
        Table<ActionPlan>(*file).create(plan);
        data.planId = budget.planId = plan.id;
        data.number = QStringLiteral("1");
        data.title = QStringLiteral("Datos abiertos");
        data.leadAgency = QStringLiteral("Agencia Digital");
        budget.number = QStringLiteral("2");
        budget.title = QStringLiteral("Presupuesto ciudadano");
        Table<Commitment>(*file).create(data);
        Table<Commitment>(*file).create(budget);
        portal.commitmentId = data.id;
        portal.activity = QStringLiteral("Publicar el portal");
        portal.startOn = QDate(2025, 2, 1);
        portal.endOn = QDate(2025, 12, 31);
        Table<Milestone>(*file).create(portal);
        hearings.commitmentId = budget.id;
        hearings.activity = QStringLiteral("Audiencias públicas");
        hearings.startOn = QDate(2025, 3, 1);
        Table<Milestone>(*file).create(hearings);
        contribution.planId = plan.id;
        contribution.receivedOn = QDate(2024, 5, 2);
        contribution.author = QStringLiteral("Rosa Quispe");
        contribution.text = QStringLiteral("Publicar los contratos");
        Table<Contribution>(*file).create(contribution);
    }

    void approve(const QString &outcome = QStringLiteral("adopted"))
    {
        Meeting meeting;
        meeting.planId = plan.id;
        meeting.title = QStringLiteral("Sesión de aprobación");
        meeting.startsAt = QDateTime(QDate(2024, 8, 20), QTime(10, 0), QTimeZone::utc());
        meeting.endsAt = meeting.startsAt.addSecs(7200);
        Table<Meeting>(*file).create(meeting);
        Decision decision;
        decision.meetingId = meeting.id;
        decision.text = QStringLiteral("Se aprueba el plan");
        decision.outcome = outcome;
        decision.approvesPlanId = plan.id;
        Table<Decision>(*file).create(decision);
    }

    // Everything co-creation needs.
    void complete()
    {
        contribution.response = QStringLiteral("Incorporado en el compromiso 1.");
        contribution.respondedOn = QDate(2024, 6, 1);
        contribution.status = QStringLiteral("incorporated");
        Table<Contribution>(*file).update(contribution);
        budget.leadAgency = QStringLiteral("Ministerio de Hacienda");
        Table<Commitment>(*file).update(budget);
        hearings.endOn = QDate(2026, 6, 30);
        Table<Milestone>(*file).update(hearings);
        approve();
    }

    // Puts the plan at `stage` directly, to try that stage's own gate.
    void setStage(const QString &stage)
    {
        file->database().scalar(QStringLiteral("UPDATE action_plan SET stage = ? WHERE id = ?"), {stage, plan.id});
    }

    QString stage() const { return Table<ActionPlan>(*file).get(plan.id).stage; }

    int stageEntries() const
    {
        return file->database().scalar(QStringLiteral("SELECT count(*) FROM activity WHERE action = 'stage'")).toInt();
    }
};

void requireRefused(ForumFile &file, qint64 planId, const QString &to, const char *rule, const char *words)
{
    try {
        StageGate::check(file, planId, to);
        FAIL("the step was accepted");
    } catch (const ValidationError &e) {
        INFO(e.message().toStdString());
        CHECK(e.entity() == QStringLiteral("action_plan"));
        CHECK(e.field() == QStringLiteral("stage"));
        CHECK(e.rule() == QString::fromLatin1(rule));
        CHECK(e.reason().contains(QString::fromUtf8(words)));
    }
    CHECK_THROWS_AS(StageGate::move(file, planId, to, QStringLiteral("we insist"), QString()), ValidationError);
}

} // namespace

TEST_CASE("A plan moves one stage at a time, forward or back", "[stage-gate]")
{
    CHECK(StageGate::stages()
          == QStringList{QStringLiteral("co_create"), QStringLiteral("implement"), QStringLiteral("evaluate"),
                         QStringLiteral("learn"), QStringLiteral("closed")});
    CHECK(StageGate::nextStage(QStringLiteral("co_create")) == QStringLiteral("implement"));
    CHECK(StageGate::nextStage(QStringLiteral("learn")) == QStringLiteral("closed"));
    CHECK(StageGate::nextStage(QStringLiteral("closed")).isEmpty());
    CHECK(StageGate::previousStage(QStringLiteral("co_create")).isEmpty());
    CHECK(StageGate::previousStage(QStringLiteral("evaluate")) == QStringLiteral("implement"));

    PlanInCoCreation f;
    requireRefused(*f.file, f.plan.id, QStringLiteral("evaluate"), "one_step",
                   "A plan moves one stage at a time: from “Co-creation”, “Cuarto Plan” can go to “Implementation”, not to “Evaluation”");
    requireRefused(*f.file, f.plan.id, QStringLiteral("closed"), "one_step", "not to “Closed”");
    requireRefused(*f.file, f.plan.id, QStringLiteral("co_create"), "same_stage", "already at the stage “Co-creation”");
    requireRefused(*f.file, f.plan.id, QStringLiteral("archived"), "one_of", "“archived” is not a stage of a plan");
    CHECK(f.stage() == QStringLiteral("co_create"));
    CHECK(f.stageEntries() == 0);
    CHECK_THROWS_WITH(StageGate::check(*f.file, 999, QStringLiteral("implement")), Catch::Contains("no action_plan with id 999"));
}

TEST_CASE("Co-creation to implementation: answered contributions, lead agencies, dated milestones, an approving decision", "[stage-gate]")
{
    PlanInCoCreation f;
    const QString to = QStringLiteral("implement");
    QStringList missing = StageGate::check(*f.file, f.plan.id, to);
    INFO(missing.join(QLatin1Char('\n')).toStdString());
    CHECK(missing == QStringList{
                         QStringLiteral("Contributions without a reasoned response with its date (1): #%1 (Rosa Quispe).").arg(f.contribution.id),
                         QStringLiteral("Commitments without a lead implementing agency (1): 2 “Presupuesto ciudadano”."),
                         QStringLiteral("Milestones without an expected completion (end) date (1): “Audiencias públicas” (commitment 2)."),
                         QStringLiteral("No adopted forum decision approves the plan: record the forum's approval with its meeting."),
                     });

    // A response without its date does not count; a rejected decision does not approve.
    f.contribution.response = QStringLiteral("Gracias");
    Table<Contribution>(*f.file).update(f.contribution);
    f.approve(QStringLiteral("rejected"));
    missing = StageGate::check(*f.file, f.plan.id, to);
    CHECK(missing.size() == 4);

    // A commitment without milestones is named too.
    Commitment empty;
    empty.planId = f.plan.id;
    empty.number = QStringLiteral("3");
    empty.title = QStringLiteral("Sin hitos");
    empty.leadAgency = QStringLiteral("Contraloría");
    Table<Commitment>(*f.file).create(empty);
    CHECK(StageGate::check(*f.file, f.plan.id, to).contains(QStringLiteral("Commitments without milestones (1): 3 “Sin hitos”.")));
    Table<Commitment>(*f.file).remove(empty.id);

    f.complete();
    CHECK(StageGate::check(*f.file, f.plan.id, to).isEmpty());
}

TEST_CASE("Co-creation gates name the first ten records and count the rest", "[stage-gate]")
{
    PlanInCoCreation f;
    for (int i = 0; i < 11; ++i) {
        Contribution c;
        c.planId = f.plan.id;
        c.receivedOn = QDate(2024, 5, 3 + i);
        c.text = QStringLiteral("Aporte %1").arg(i);
        Table<Contribution>(*f.file).create(c);
    }
    const QStringList missing = StageGate::check(*f.file, f.plan.id, QStringLiteral("implement"));
    REQUIRE_FALSE(missing.isEmpty());
    const QString first = missing.first();
    CHECK(first.startsWith(QStringLiteral("Contributions without a reasoned response with its date (12): #%1 (Rosa Quispe), #")
                               .arg(f.contribution.id)));
    CHECK(first.endsWith(QStringLiteral(" and 2 more.")));
    CHECK(first.count(QLatin1Char('#')) == 10);

    // A plan without commitments says so.
    ActionPlan bare;
    bare.title = QStringLiteral("Plan vacío");
    bare.periodStart = QDate(2028, 1, 1);
    bare.periodEnd = QDate(2029, 8, 31);
    Table<ActionPlan>(*f.file).create(bare);
    CHECK(StageGate::check(*f.file, bare.id, QStringLiteral("implement")).contains(QStringLiteral("The plan has no commitments yet.")));
}

TEST_CASE("Implementation to evaluation: every commitment has progress or a completion level to assess", "[stage-gate]")
{
    PlanInCoCreation f;
    f.setStage(QStringLiteral("implement"));
    const QString to = QStringLiteral("evaluate");
    CHECK(StageGate::check(*f.file, f.plan.id, to)
          == QStringList{QStringLiteral("Commitments with neither a progress update nor a completion level to assess them on (2): "
                                        "1 “Datos abiertos”, 2 “Presupuesto ciudadano”.")});
    ProgressUpdate update;
    update.milestoneId = f.portal.id;
    update.reportedOn = QDate(2025, 6, 1);
    update.percent = 30;
    Table<ProgressUpdate>(*f.file).create(update);
    CHECK(StageGate::check(*f.file, f.plan.id, to).first().endsWith(QStringLiteral("(1): 2 “Presupuesto ciudadano”.")));
    f.budget.completionLevel = QStringLiteral("not_started");
    f.budget.completionReason = QStringLiteral("Sin presupuesto asignado");
    Table<Commitment>(*f.file).update(f.budget);
    CHECK(StageGate::check(*f.file, f.plan.id, to).isEmpty());
}

TEST_CASE("Evaluation to learning: every commitment self-assessed with its completion", "[stage-gate]")
{
    PlanInCoCreation f;
    f.setStage(QStringLiteral("evaluate"));
    const QString to = QStringLiteral("learn");
    CHECK(StageGate::check(*f.file, f.plan.id, to)
          == QStringList{QStringLiteral("Commitments without a self-assessment (2): 1 “Datos abiertos”, 2 “Presupuesto ciudadano”.")});
    // The IRM's assessment does not stand in for the forum's own.
    Assessment irm;
    irm.commitmentId = f.data.id;
    irm.source = QStringLiteral("irm");
    irm.completion = QStringLiteral("complete");
    Table<Assessment>(*f.file).create(irm);
    Assessment self;
    self.commitmentId = f.data.id;
    self.source = QStringLiteral("self");
    Table<Assessment>(*f.file).create(self);
    CHECK(StageGate::check(*f.file, f.plan.id, to)
          == QStringList{QStringLiteral("Commitments without a self-assessment (1): 2 “Presupuesto ciudadano”."),
                         QStringLiteral("Commitments whose self-assessment gives no completion level (1): 1 “Datos abiertos”.")});
    self.completion = QStringLiteral("substantial");
    Table<Assessment>(*f.file).update(self);
    Assessment other;
    other.commitmentId = f.budget.id;
    other.source = QStringLiteral("self");
    other.completion = QStringLiteral("limited");
    Table<Assessment>(*f.file).create(other);
    CHECK(StageGate::check(*f.file, f.plan.id, to).isEmpty());
}

TEST_CASE("Learning to closed: at least one lesson learned", "[stage-gate]")
{
    PlanInCoCreation f;
    f.setStage(QStringLiteral("learn"));
    CHECK(StageGate::check(*f.file, f.plan.id, QStringLiteral("closed"))
          == QStringList{QStringLiteral("No lesson learned is recorded for the plan.")});
    Lesson lesson;
    lesson.planId = f.plan.id;
    lesson.text = QStringLiteral("Convocar antes a los municipios");
    Table<Lesson>(*f.file).create(lesson);
    CHECK(StageGate::check(*f.file, f.plan.id, QStringLiteral("closed")).isEmpty());
}

TEST_CASE("Moving on without what is missing needs a reason, which the activity log keeps", "[stage-gate]")
{
    PlanInCoCreation f;
    const QString to = QStringLiteral("implement");
    try {
        StageGate::move(*f.file, f.plan.id, to, QStringLiteral("   "), QString());
        FAIL("the plan moved without a reason");
    } catch (const ValidationError &e) {
        INFO(e.message().toStdString());
        CHECK(e.field() == QStringLiteral("stage"));
        CHECK(e.rule() == QStringLiteral("gate"));
        CHECK(e.reason().startsWith(QStringLiteral("“Cuarto Plan” cannot move to “Implementation” yet: ")));
        CHECK(e.reason().contains(QStringLiteral("2 “Presupuesto ciudadano”")));
        CHECK(e.reason().contains(QStringLiteral("No adopted forum decision approves the plan")));
        CHECK(e.reason().endsWith(QStringLiteral("Give a reason to move it anyway.")));
    }
    CHECK(f.stage() == QStringLiteral("co_create"));
    CHECK(f.stageEntries() == 0);

    StageGate::move(*f.file, f.plan.id, to, QStringLiteral("The Ministry approved the plan by decree on 20 August"),
                    QStringLiteral("Secretaría Técnica"));
    CHECK(f.stage() == QStringLiteral("implement"));
    Statement st = f.file->database().query(QStringLiteral(
        "SELECT actor, entity, entity_uid, summary FROM activity WHERE action = 'stage' ORDER BY id"));
    REQUIRE(st.next());
    CHECK(st.text(0) == QStringLiteral("Secretaría Técnica"));
    CHECK(st.text(1) == QStringLiteral("action_plan"));
    CHECK(st.text(2) == f.plan.uid);
    const QString summary = st.text(3);
    INFO(summary.toStdString());
    CHECK(summary.startsWith(QStringLiteral("“Cuarto Plan” moved from “Co-creation” to “Implementation”.")));
    CHECK(summary.contains(QStringLiteral("Missing: Contributions without a reasoned response")));
    CHECK(summary.contains(QStringLiteral("No adopted forum decision approves the plan")));
    CHECK(summary.contains(QStringLiteral("Reason: The Ministry approved the plan by decree on 20 August")));
    CHECK_FALSE(st.next());
    // The file's own actor is back for the next change.
    CHECK(f.file->actor() != QStringLiteral("Secretaría Técnica"));
}

TEST_CASE("A plan with everything in place moves through its cycle without reasons, moving back is logged", "[stage-gate]")
{
    PlanInCoCreation f;
    f.complete();
    StageGate::move(*f.file, f.plan.id, QStringLiteral("implement"), QString());
    ProgressUpdate update;
    update.milestoneId = f.portal.id;
    update.reportedOn = QDate(2025, 6, 1);
    update.percent = 100;
    Table<ProgressUpdate>(*f.file).create(update);
    ProgressUpdate hearingsDone = update;
    hearingsDone.id = 0;
    hearingsDone.uid.clear();
    hearingsDone.milestoneId = f.hearings.id;
    Table<ProgressUpdate>(*f.file).create(hearingsDone);
    StageGate::move(*f.file, f.plan.id, QStringLiteral("evaluate"), QString());
    for (const Commitment &c : {f.data, f.budget}) {
        Assessment self;
        self.commitmentId = c.id;
        self.completion = QStringLiteral("complete");
        Table<Assessment>(*f.file).create(self);
    }
    StageGate::move(*f.file, f.plan.id, QStringLiteral("learn"), QString());

    // Back a step, for a correction, with no reason needed; then forward again.
    StageGate::move(*f.file, f.plan.id, QStringLiteral("evaluate"), QString());
    CHECK(f.stage() == QStringLiteral("evaluate"));
    CHECK(f.file->database().scalar(QStringLiteral("SELECT summary FROM activity WHERE action = 'stage' ORDER BY id DESC LIMIT 1")).toString()
          == QStringLiteral("“Cuarto Plan” moved back from “Learning” to “Evaluation”."));
    CHECK(StageGate::check(*f.file, f.plan.id, QStringLiteral("implement")).isEmpty()); // no gate backwards
    StageGate::move(*f.file, f.plan.id, QStringLiteral("learn"), QString());

    CHECK_THROWS_WITH(StageGate::move(*f.file, f.plan.id, QStringLiteral("closed"), QString()),
                      Catch::Contains("No lesson learned is recorded for the plan."));
    Lesson lesson;
    lesson.planId = f.plan.id;
    lesson.text = QStringLiteral("Convocar antes a los municipios");
    Table<Lesson>(*f.file).create(lesson);
    StageGate::move(*f.file, f.plan.id, QStringLiteral("closed"), QString());
    CHECK(f.stage() == QStringLiteral("closed"));
    CHECK(f.stageEntries() == 6);
    CHECK(f.file->database().scalar(QStringLiteral("SELECT count(*) FROM activity WHERE action = 'stage' AND summary LIKE '%Missing:%'")).toInt() == 0);
    CHECK(f.file->verify().isEmpty());
}

TEST_CASE("A read-only forum's plans do not move", "[stage-gate]")
{
    PlanInCoCreation f;
    f.complete();
    const QString path = f.file->path();
    f.file.reset();
    OpenOptions options;
    options.readOnly = true;
    auto file = ForumFile::open(path, options);
    CHECK(StageGate::check(*file, f.plan.id, QStringLiteral("implement")).isEmpty());
    try {
        StageGate::move(*file, f.plan.id, QStringLiteral("implement"), QString());
        FAIL("a read-only forum changed");
    } catch (const StorageError &e) {
        CHECK(e.kind() == StorageError::Kind::ReadOnly);
    }
    CHECK(Table<ActionPlan>(*file).get(f.plan.id).stage == QStringLiteral("co_create"));
}
