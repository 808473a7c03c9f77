// SPDX-License-Identifier: GPL-3.0-or-later
// Evaluate and learn: the IRM's starred rule and a plan's figures, the end-of-term self-assessment
// report in the forum's language, the reference library of practices and the citations of it,
// lessons carried into the next plan.
#include <catch2/catch.hpp>

#include "tests/support/TestSupport.h"
#include "core/forum/ForumClock.h"
#include "core/documents/DocumentWriter.h"
#include "core/evaluation/Assessment.h"
#include "core/evaluation/AssessmentRating.h"
#include "core/evaluation/SelfAssessmentReport.h"
#include "core/forum/NewForum.h"
#include "core/forum/Vocabulary.h"
#include "core/implementation/ProgressUpdate.h"
#include "core/learning/LessonsCarried.h"
#include "core/learning/PracticeCitation.h"
#include "core/learning/PracticeLibrary.h"
#include "core/plans/ActionPlan.h"
#include "core/plans/Commitment.h"
#include "core/plans/Milestone.h"
#include "core/plans/PlanDraftDocument.h"
#include "core/sample/SampleForum.h"
#include "core/storage/Database.h"
#include "core/storage/Table.h"

#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTextDocument>

#include <map>

using namespace forumdesk;

namespace {

using Condition = AssessmentRating::Condition;

// An assessment that meets every starred condition.
Assessment starred()
{
    Assessment a;
    a.verifiable = true;
    a.relevanceAccessInformation = true;
    a.potentialImpact = QStringLiteral("moderate");
    a.completion = QStringLiteral("complete");
    return a;
}

// A forum with three plans (2019, 2021, 2025); the 2021 plan has three commitments: the first
// assessed by the forum and by the IRM, the second by the forum only, the third not at all.
struct EvaluatedPlan {
    test::TempFolder folder;
    std::unique_ptr<ForumFile> file;
    ActionPlan earlier, plan, next;
    Commitment open, budget, pending;
    Lesson process, substance;

    explicit EvaluatedPlan(const QString &language = QStringLiteral("es"))
    {
        file = createForum(folder.file(QStringLiteral("f.ogpforum")), QStringLiteral("Foro Multiactor de Montealto"), language);
        const auto makePlan = [&](ActionPlan &p, const QString &title, int year) {
            p.title = title;
            p.periodStart = QDate(year, 1, 1);
            p.periodEnd = QDate(year + 1, 8, 31);
            Table<ActionPlan>(*file).create(p);
        };
        makePlan(earlier, QStringLiteral("Plan 2019"), 2019);
        makePlan(plan, QStringLiteral("II Plan de Acción 2021–2022"), 2021);
        makePlan(next, QStringLiteral("III Plan de Acción 2025–2027"), 2025);
        const auto makeCommitment = [&](Commitment &c, const QString &number, const QString &title) {
            c.planId = plan.id;
            c.number = number;
            c.title = title;
            c.leadAgency = QStringLiteral("Ministerio de Hacienda");
            c.startOn = QDate(2021, 1, 1);
            c.endOn = QDate(2022, 8, 31);
            Table<Commitment>(*file).create(c);
        };
        makeCommitment(open, QStringLiteral("1"), QStringLiteral("Datos abiertos de <b>compras</b> públicas"));
        makeCommitment(budget, QStringLiteral("2"), QStringLiteral("Presupuesto ciudadano"));
        makeCommitment(pending, QStringLiteral("10"), QStringLiteral("Registro de beneficiarios finales"));

        Milestone m;
        m.commitmentId = open.id;
        m.activity = QStringLiteral("Publicar el portal");
        m.startOn = QDate(2021, 1, 1);
        m.endOn = QDate(2022, 6, 30);
        Table<Milestone>(*file).create(m);
        ProgressUpdate u;
        u.milestoneId = m.id;
        u.reportedOn = QDate(2022, 7, 1);
        u.percent = 100;
        u.status = QStringLiteral("completed");
        u.evidence = QStringLiteral("https://montealto.example/portal-compras");
        Table<ProgressUpdate>(*file).create(u);

        Assessment self = starred();
        self.commitmentId = open.id;
        self.source = QStringLiteral("self");
        self.assessedOn = QDate(2022, 10, 20);
        self.relevanceTechnologyInnovation = true;
        self.potentialImpact = QStringLiteral("transformative");
        self.openedGovernment = QStringLiteral("major");
        self.notes = QStringLiteral("El portal publica todos los contratos.");
        Table<Assessment>(*file).create(self);
        Assessment irm = starred();
        irm.commitmentId = open.id;
        irm.source = QStringLiteral("irm");
        irm.assessedOn = QDate(2023, 3, 1);
        irm.completion = QStringLiteral("substantial");
        irm.potentialImpact = QStringLiteral("minor");
        irm.openedGovernment = QStringLiteral("marginal");
        Table<Assessment>(*file).create(irm);
        Assessment onlyTechnology;
        onlyTechnology.commitmentId = budget.id;
        onlyTechnology.source = QStringLiteral("self");
        onlyTechnology.relevanceTechnologyInnovation = true;
        onlyTechnology.potentialImpact = QStringLiteral("moderate");
        onlyTechnology.completion = QStringLiteral("limited");
        onlyTechnology.openedGovernment = QStringLiteral("did_not_change");
        Table<Assessment>(*file).create(onlyTechnology);

        process.planId = plan.id;
        process.kind = QStringLiteral("process");
        process.text = QStringLiteral("Las instituciones llegaron tarde a la cocreación.");
        process.recommendation = QStringLiteral("Convocarlas desde el primer taller.");
        Table<Lesson>(*file).create(process);
        substance.planId = plan.id;
        substance.kind = QStringLiteral("substance");
        substance.text = QStringLiteral("Los datos sin formato abierto no se reutilizan.");
        Table<Lesson>(*file).create(substance);
    }
};

} // namespace

TEST_CASE("Starred needs verifiable, relevant, strong potential and substantial completion", "[evaluation]")
{
    SECTION("an assessment meeting every condition is starred")
    {
        const Assessment a = starred();
        CHECK(AssessmentRating::isStarred(a));
        CHECK(AssessmentRating::missing(a).isEmpty());
        CHECK(AssessmentRating::whyNotStarred(a).isEmpty());
    }
    SECTION("technology and innovation alone is not relevant; on top of another value it is")
    {
        Assessment a = starred();
        a.relevanceAccessInformation = false;
        a.relevanceTechnologyInnovation = true;
        CHECK_FALSE(AssessmentRating::isStarred(a));
        CHECK(AssessmentRating::missing(a) == QList<Condition>{Condition::Relevant});
        CHECK(AssessmentRating::whyNotStarred(a).contains(QStringLiteral("technology and innovation only")));
        a.relevanceCivicParticipation = true;
        CHECK(AssessmentRating::isStarred(a));
        a.relevanceCivicParticipation = false;
        a.relevancePublicAccountability = true;
        CHECK(AssessmentRating::isStarred(a));
    }
    SECTION("not verifiable")
    {
        Assessment a = starred();
        a.verifiable = false;
        CHECK(AssessmentRating::missing(a) == QList<Condition>{Condition::Verifiable});
        CHECK(AssessmentRating::whyNotStarred(a) == QStringLiteral("Not starred: it is not verifiable."));
    }
    SECTION("potential impact: moderate or transformative; the newer scale counts only without it")
    {
        Assessment a = starred();
        a.potentialImpact = QStringLiteral("transformative");
        CHECK(AssessmentRating::isStarred(a));
        a.potentialImpact = QStringLiteral("minor");
        CHECK(AssessmentRating::missing(a) == QList<Condition>{Condition::Potential});
        CHECK(AssessmentRating::whyNotStarred(a).contains(QStringLiteral("its potential impact is “Minor”, not moderate or transformative")));
        // The older scale, when given, decides.
        a.potentialResults = QStringLiteral("substantial");
        CHECK_FALSE(AssessmentRating::isStarred(a));
        // Without it, substantial potential for results qualifies, and modest does not.
        a.potentialImpact.clear();
        CHECK(AssessmentRating::isStarred(a));
        a.potentialResults = QStringLiteral("modest");
        CHECK(AssessmentRating::whyNotStarred(a).contains(QStringLiteral("its potential for results is “Modest”, not substantial")));
        a.potentialResults.clear();
        CHECK(AssessmentRating::whyNotStarred(a).contains(QStringLiteral("its potential impact has not been assessed")));
    }
    SECTION("completion: substantial or complete")
    {
        Assessment a = starred();
        a.completion = QStringLiteral("substantial");
        CHECK(AssessmentRating::isStarred(a));
        a.completion = QStringLiteral("limited");
        CHECK(AssessmentRating::missing(a) == QList<Condition>{Condition::Completion});
        CHECK(AssessmentRating::whyNotStarred(a).contains(QStringLiteral("its completion is “Limited”, not substantial or complete")));
        a.completion.clear();
        CHECK(AssessmentRating::whyNotStarred(a).contains(QStringLiteral("its completion has not been assessed")));
    }
    SECTION("every missing condition is named, in order")
    {
        Assessment a;
        a.verifiable = false;
        CHECK(AssessmentRating::missing(a)
              == QList<Condition>{Condition::Verifiable, Condition::Relevant, Condition::Potential, Condition::Completion});
        CHECK(AssessmentRating::missingTexts(a).size() == 4);
    }
}

TEST_CASE("A plan's evaluation: each commitment beside its two assessments, and its figures", "[evaluation]")
{
    EvaluatedPlan f;
    const QList<CommitmentEvaluation> rows = AssessmentRating::forPlan(*f.file, f.plan.id);
    REQUIRE(rows.size() == 3);
    // Plan order: 1, 2, 10.
    CHECK(rows.at(0).number == QStringLiteral("1"));
    CHECK(rows.at(1).number == QStringLiteral("2"));
    CHECK(rows.at(2).number == QStringLiteral("10"));

    const CommitmentEvaluation &open = rows.at(0);
    REQUIRE(open.self.has_value());
    REQUIRE(open.irm.has_value());
    CHECK(open.self->source == QStringLiteral("self"));
    CHECK(open.self->potentialImpact == QStringLiteral("transformative"));
    CHECK(open.self->notes == QStringLiteral("El portal publica todos los contratos."));
    CHECK(open.self->assessedOn == QDate(2022, 10, 20));
    CHECK(open.irm->source == QStringLiteral("irm"));
    CHECK(open.irm->completion == QStringLiteral("substantial"));
    CHECK(open.deciding() == &*open.irm); // the IRM's rating is the one that counts
    CHECK(AssessmentRating::isStarred(*open.self));
    CHECK_FALSE(AssessmentRating::isStarred(*open.irm)); // minor potential impact
    CHECK(rows.at(1).self.has_value());
    CHECK_FALSE(rows.at(1).irm.has_value());
    CHECK(rows.at(1).deciding() == &*rows.at(1).self);
    CHECK_FALSE(rows.at(2).self.has_value());
    CHECK(rows.at(2).deciding() == nullptr);

    const PlanEvaluation figures = AssessmentRating::figures(rows);
    CHECK(figures.commitments == 3);
    CHECK(figures.self.assessed == 2);
    CHECK(figures.irm.assessed == 1);
    CHECK(figures.self.starred == 1);
    CHECK(figures.irm.starred == 0);
    CHECK(figures.self.byCompletion == QMap<QString, int>{{QStringLiteral("complete"), 1}, {QStringLiteral("limited"), 1}});
    CHECK(figures.irm.byCompletion == QMap<QString, int>{{QStringLiteral("substantial"), 1}});
    CHECK(figures.self.byOpenedGovernment == QMap<QString, int>{{QStringLiteral("major"), 1}, {QStringLiteral("did_not_change"), 1}});
    CHECK(figures.irm.byOpenedGovernment == QMap<QString, int>{{QStringLiteral("marginal"), 1}});
    // A plan without commitments has nothing to count.
    CHECK(AssessmentRating::figuresForPlan(*f.file, f.next.id).commitments == 0);
}

TEST_CASE("The self-assessment report holds every commitment and lesson, in the forum's language", "[evaluation][documents]")
{
    SECTION("Spanish forum")
    {
        EvaluatedPlan f(QStringLiteral("es"));
        PracticeLibrary::setCitations(*f.file, f.open.id, {QStringLiteral("prozorro_ukraine")});
        const auto document = SelfAssessmentReport::build(*f.file, f.plan.id);
        for (const auto &[format, suffix] : {std::pair{DocumentWriter::Format::Html, "html"}, {DocumentWriter::Format::Markdown, "md"}}) {
            INFO(suffix);
            const QString path = f.folder.file(QStringLiteral("autoevaluacion.") + QLatin1String(suffix));
            DocumentWriter::write(*document, path, format);
            QFile written(path);
            REQUIRE(written.open(QIODevice::ReadOnly));
            QTextDocument read;
            if (format == DocumentWriter::Format::Html)
                read.setHtml(QString::fromUtf8(written.readAll()));
            else
                read.setMarkdown(QString::fromUtf8(written.readAll()));
            const QString text = read.toPlainText().simplified();
            INFO(text.left(4000).toStdString());
            CHECK(text.contains(QStringLiteral("Foro Multiactor de Montealto")));
            CHECK(text.contains(QStringLiteral("II Plan de Acción 2021–2022")));
            CHECK(text.contains(QStringLiteral("1 de enero de 2021")));
            CHECK(text.contains(QStringLiteral("31 de agosto de 2022")));
            // Every commitment, markup in a title shown as written.
            CHECK(text.contains(QStringLiteral("1. Datos abiertos de <b>compras</b> públicas")));
            CHECK(text.contains(QStringLiteral("2. Presupuesto ciudadano")));
            CHECK(text.contains(QStringLiteral("10. Registro de beneficiarios finales")));
            // The assessments side by side, in the forum's words.
            CHECK(text.contains(QStringLiteral("Autoevaluación")));
            CHECK(text.contains(QStringLiteral("Nivel de cumplimiento")));
            CHECK(text.contains(QStringLiteral("¿Contribuyó a abrir el gobierno?")));
            CHECK(text.contains(QStringLiteral("Transformador")));
            CHECK(text.contains(QStringLiteral("Significativo")));
            CHECK(text.contains(QStringLiteral("Sustancial")));
            CHECK(text.contains(QStringLiteral("Tecnología e innovación")));
            CHECK(text.contains(QStringLiteral("El portal publica todos los contratos.")));
            CHECK(text.contains(QStringLiteral("https://montealto.example/portal-compras")));
            // Every lesson with its recommendation.
            CHECK(text.contains(QStringLiteral("Las instituciones llegaron tarde a la cocreación.")));
            CHECK(text.contains(QStringLiteral("Convocarlas desde el primer taller.")));
            CHECK(text.contains(QStringLiteral("Los datos sin formato abierto no se reutilizan.")));
        }
    }
    SECTION("English forum")
    {
        EvaluatedPlan f(QStringLiteral("en"));
        PracticeLibrary::setCitations(*f.file, f.open.id, {QStringLiteral("prozorro_ukraine")});
        LessonsCarried::carry(*f.file, f.process.id, f.next.id);
        const QString text = SelfAssessmentReport::build(*f.file, f.plan.id)->toPlainText();
        INFO(text.toStdString());
        CHECK(text.contains(QStringLiteral("End-of-term self-assessment report")));
        CHECK(text.contains(QStringLiteral("1 January 2021 to 31 August 2022")));
        CHECK(text.contains(QStringLiteral("The plan has 3 commitments. The forum has assessed 2 of them and the Independent Reporting Mechanism (IRM) 1.")));
        CHECK(text.contains(QStringLiteral("Starred commitments: 1 in the self-assessment, 0 in the IRM's assessment.")));
        // Why the IRM did not star commitment 1, and where it differs from the forum.
        CHECK(text.contains(QStringLiteral("Not starred: its potential impact is “Minor”, not moderate or transformative.")));
        CHECK(text.contains(QStringLiteral("1. Datos abiertos de <b>compras</b> públicas: completion “Complete” in the self-assessment, “Substantial” for the IRM; starred in the self-assessment only")));
        CHECK(text.contains(QStringLiteral("Not starred: it is relevant to technology and innovation only")));
        CHECK(text.contains(QStringLiteral("Not yet assessed.")));
        CHECK(text.contains(QStringLiteral("ProZorro: open public procurement (Ukraine)")));
        CHECK(text.contains(QStringLiteral("Las instituciones llegaron tarde a la cocreación. — Recommendation: Convocarlas desde el primer taller.")));
        CHECK(text.contains(QStringLiteral("Lessons carried into the co-creation of “III Plan de Acción 2025–2027”: 1.")));
        CHECK(text.contains(QStringLiteral("Lessons still to be carried into the next plan: 1.")));
        CHECK_FALSE(text.contains(QStringLiteral("DRAFT")));
        // A plan still in implementation gets an interim report that says so on its title.
        ActionPlan running = Table<ActionPlan>(*f.file).get(f.plan.id);
        running.stage = QStringLiteral("implement");
        running.periodEnd = ForumClock::of(*f.file).today().addMonths(6);
        Table<ActionPlan>(*f.file).update(running);
        const QString interim = SelfAssessmentReport::build(*f.file, f.plan.id)->toPlainText();
        CHECK(interim.startsWith(QStringLiteral("DRAFT — Interim self-assessment report")));
        CHECK(interim.contains(QStringLiteral("still in implementation, until")));
        CHECK_FALSE(interim.contains(QStringLiteral("End-of-term self-assessment report")));
    }
}

TEST_CASE("The self-assessment report of a large plan is built quickly", "[evaluation][large]")
{
    test::TempFolder folder;
    SampleOptions options;
    options.size = SampleOptions::Size::Large;
    auto file = createSampleForum(folder.file(QStringLiteral("grande.ogpforum")), options);
    const qint64 planId = file->database().scalar(QStringLiteral(
        "SELECT plan_id FROM commitment GROUP BY plan_id ORDER BY count(*) DESC, plan_id LIMIT 1")).toLongLong();
    QElapsedTimer timer;
    timer.start();
    const QList<CommitmentEvaluation> rows = AssessmentRating::forPlan(*file, planId);
    const auto document = SelfAssessmentReport::build(*file, planId);
    const qint64 elapsed = timer.elapsed();
    WARN("evaluation and report of a plan of " << rows.size() << " commitments in " << elapsed << " ms");
    CHECK(rows.size() >= 50);
    for (const CommitmentEvaluation &e : rows)
        CHECK(document->toPlainText().contains(e.title));
    CHECK(elapsed < 5000);
}

TEST_CASE("The practice library: stable keys, every frontier populated, translatable texts", "[evaluation][learning]")
{
    const std::vector<Practice> &practices = PracticeLibrary::practices();
    CHECK(practices.size() >= 15);
    QSet<QString> keys;
    const QRegularExpression storable(QStringLiteral("^[a-z0-9_]{1,64}$")); // the schema's CHECK
    for (const Practice &p : practices) {
        const QString key = QString::fromLatin1(p.key);
        INFO(key.toStdString());
        CHECK_FALSE(keys.contains(key));
        keys.insert(key);
        CHECK(storable.match(key).hasMatch());
        CHECK(Vocabulary::keys(Vocabulary::List::Frontier).contains(QString(p.frontier)));
        CHECK(QString::fromLatin1(p.countryCode).size() == 2);
        CHECK_FALSE(PracticeLibrary::title(p).isEmpty());
        CHECK_FALSE(PracticeLibrary::summary(p).isEmpty());
        CHECK_FALSE(PracticeLibrary::country(p).isEmpty());
        CHECK(PracticeLibrary::find(key) == &p);
    }
    // The fifteen reference practices, by frontier.
    const std::map<const char *, QStringList> named{
        {"useful_information", {QStringLiteral("air_quality_skopje"), QStringLiteral("a_tu_servicio_uruguay"), QStringLiteral("missing_persons_georgia")}},
        {"service_feedback", {QStringLiteral("friends_family_test_uk"), QStringLiteral("water_quality_la_libertad_peru"), QStringLiteral("check_my_services_mongolia")}},
        {"policy_participation", {QStringLiteral("open_dialogue_canada"), QStringLiteral("decide_madrid")}},
        {"excluded_groups", {QStringLiteral("indigenous_peoples_paraguay"), QStringLiteral("gender_equity_sierra_leone"), QStringLiteral("gender_equity_canada"),
                             QStringLiteral("gender_equity_argentina"), QStringLiteral("youth_elders_finland")}},
        {"public_resources", {QStringLiteral("prozorro_ukraine"), QStringLiteral("monithon_italy"), QStringLiteral("beneficial_ownership_uk")}},
    };
    for (const auto &[frontier, expected] : named) {
        INFO(frontier);
        QStringList found;
        for (const Practice *p : PracticeLibrary::inFrontier(QString::fromLatin1(frontier)))
            found << QString::fromLatin1(p->key);
        for (const QString &key : expected)
            CHECK(found.contains(key));
    }
    for (const QString &frontier : PracticeLibrary::frontiers()) {
        INFO(frontier.toStdString());
        CHECK_FALSE(PracticeLibrary::inFrontier(frontier).empty());
        CHECK(PracticeLibrary::frontierLabel(frontier) != frontier);
    }
    CHECK(PracticeLibrary::find(QStringLiteral("no_such_practice")) == nullptr);
    CHECK(PracticeLibrary::label(*PracticeLibrary::find(QStringLiteral("decide_madrid"))) == QStringLiteral("Decide Madrid (Spain)"));
}

TEST_CASE("A commitment cites the practices that inspired it, unknown practices are refused", "[evaluation][learning]")
{
    EvaluatedPlan f;
    ForumFile &file = *f.file;
    REQUIRE(PracticeLibrary::holdsCitations(file));
    CHECK(PracticeLibrary::citations(file, f.open.id).isEmpty());

    // Duplicates are ignored; citations come back in library order.
    PracticeLibrary::setCitations(file, f.open.id, {QStringLiteral("monithon_italy"), QStringLiteral("prozorro_ukraine"),
                                                    QStringLiteral("monithon_italy")});
    CHECK(PracticeLibrary::citations(file, f.open.id) == QStringList{QStringLiteral("prozorro_ukraine"), QStringLiteral("monithon_italy")});
    PracticeLibrary::setCitations(file, f.pending.id, {QStringLiteral("beneficial_ownership_uk"), QStringLiteral("prozorro_ukraine")});
    CHECK(PracticeLibrary::citingCommitments(file, QStringLiteral("prozorro_ukraine")) == QList<qint64>{f.open.id, f.pending.id});
    const QMap<qint64, QStringList> inPlan = PracticeLibrary::citationsInPlan(file, f.plan.id);
    CHECK(inPlan.size() == 2);
    CHECK(inPlan.value(f.pending.id) == QStringList{QStringLiteral("prozorro_ukraine"), QStringLiteral("beneficial_ownership_uk")});

    // Replacing the set removes what is no longer cited; each change is logged.
    const auto logged = [&](const char *action) {
        return file.database().scalar(QStringLiteral("SELECT count(*) FROM activity WHERE entity = 'commitment_practice' AND action = ?"),
                                      {QString::fromLatin1(action)}).toInt();
    };
    const int createdBefore = logged("create");
    PracticeLibrary::setCitations(file, f.open.id, {QStringLiteral("monithon_italy"), QStringLiteral("decide_madrid")});
    CHECK(PracticeLibrary::citations(file, f.open.id) == QStringList{QStringLiteral("decide_madrid"), QStringLiteral("monithon_italy")});
    CHECK(logged("create") == createdBefore + 1);
    CHECK(logged("delete") == 1);

    // An unknown key is refused with its name, and nothing changes.
    try {
        PracticeLibrary::setCitations(file, f.open.id, {QStringLiteral("decide_madrid"), QStringLiteral("tea_party_boston")});
        FAIL("an unknown practice was cited");
    } catch (const ValidationError &e) {
        CHECK(e.entity() == QStringLiteral("commitment_practice"));
        CHECK(e.field() == QStringLiteral("practice"));
        CHECK(e.rule() == QStringLiteral("in_library"));
        CHECK(e.reason().contains(QStringLiteral("no practice “tea_party_boston” in the reference library")));
    }
    CHECK(PracticeLibrary::citations(file, f.open.id) == QStringList{QStringLiteral("decide_madrid"), QStringLiteral("monithon_italy")});
    CHECK_THROWS_WITH(PracticeLibrary::setCitations(file, 9999, {QStringLiteral("decide_madrid")}), Catch::Contains("no commitment with id 9999"));

    // Citing nothing clears; deleting a commitment takes its citations with it.
    PracticeLibrary::setCitations(file, f.open.id, {});
    CHECK(PracticeLibrary::citations(file, f.open.id).isEmpty());
    Table<Commitment>(file).remove(f.pending.id);
    CHECK(Table<PracticeCitation>(file).count() == 0);
    CHECK(file.verify().isEmpty());
}

TEST_CASE("A lesson carried into a later plan becomes one of its co-creation inputs", "[evaluation][learning]")
{
    EvaluatedPlan f;
    ForumFile &file = *f.file;
    const QList<LessonInPlans> learned = LessonsCarried::ofPlan(file, f.plan.id);
    REQUIRE(learned.size() == 2);
    CHECK(learned.at(0).lesson.kind == QStringLiteral("process"));
    CHECK(learned.at(1).lesson.kind == QStringLiteral("substance"));
    CHECK(learned.at(0).planTitle == f.plan.title);
    CHECK(learned.at(0).carriedIntoTitle.isEmpty());

    // Only a later plan can take it.
    const QList<LaterPlan> later = LessonsCarried::laterPlans(file, f.process.id);
    REQUIRE(later.size() == 1);
    CHECK(later.first().id == f.next.id);
    const auto refused = [&](qint64 into, const char *words) {
        try {
            LessonsCarried::carry(file, f.process.id, into);
            FAIL("the lesson was carried");
        } catch (const ValidationError &e) {
            CHECK(e.field() == QStringLiteral("carried_into_plan_id"));
            CHECK(e.reason().contains(QString::fromUtf8(words)));
        }
        CHECK(Table<Lesson>(file).get(f.process.id).carriedIntoPlanId == 0);
    };
    refused(f.plan.id, "not the plan it was learned in");
    refused(f.earlier.id, "A lesson is carried into a later plan: “Plan 2019” starts on 2019-01-01");
    CHECK_THROWS_WITH(LessonsCarried::carry(file, f.process.id, 999), Catch::Contains("no action_plan with id 999"));

    LessonsCarried::carry(file, f.process.id, f.next.id);
    const QList<LessonInPlans> inputs = LessonsCarried::carriedInto(file, f.next.id);
    REQUIRE(inputs.size() == 1);
    CHECK(inputs.first().lesson.text == f.process.text);
    CHECK(inputs.first().lesson.recommendation == f.process.recommendation);
    CHECK(inputs.first().planTitle == f.plan.title);
    CHECK(LessonsCarried::ofPlan(file, f.plan.id).first().carriedIntoTitle == f.next.title);
    // The next plan's draft lists it among what fed its co-creation.
    const QString draft = PlanDraftDocument::build(file, f.next.id)->toPlainText();
    CHECK(draft.contains(f.process.text));
    CHECK(draft.contains(f.process.recommendation));
    CHECK(file.database().scalar(QStringLiteral("SELECT count(*) FROM activity WHERE entity = 'lesson' AND action = 'update'")).toInt() == 1);

    // Taken back, it is a lesson of its own plan only.
    LessonsCarried::takeBack(file, f.process.id);
    CHECK(LessonsCarried::carriedInto(file, f.next.id).isEmpty());
    CHECK(Table<Lesson>(file).get(f.process.id).carriedIntoPlanId == 0);
    CHECK(LessonsCarried::ofPlan(file, f.plan.id).size() == 2);
}
