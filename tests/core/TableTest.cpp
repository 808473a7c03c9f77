// SPDX-License-Identifier: GPL-3.0-or-later
// The typed API of every table: create, read, update, delete and list, and validation errors that
// name the field and the rule broken.
#include <catch2/catch.hpp>

#include "tests/support/TestSupport.h"
#include "core/cocreation/Contribution.h"
#include "core/cocreation/ContributionLink.h"
#include "core/evaluation/Assessment.h"
#include "core/forum/EligibilityCheck.h"
#include "core/forum/Forum.h"
#include "core/forum/JoiningRecord.h"
#include "core/forum/Member.h"
#include "core/forum/NewForum.h"
#include "core/implementation/ProgressUpdate.h"
#include "core/learning/Lesson.h"
#include "core/learning/PracticeCitation.h"
#include "core/meetings/ActionItem.h"
#include "core/meetings/AgendaItem.h"
#include "core/meetings/Attendance.h"
#include "core/meetings/Decision.h"
#include "core/meetings/Meeting.h"
#include "core/meetings/Vote.h"
#include "core/plans/ActionPlan.h"
#include "core/plans/Commitment.h"
#include "core/plans/Milestone.h"
#include "core/storage/Database.h"
#include "core/storage/Table.h"

#include <QTimeZone>

using namespace forumdesk;

namespace {

QDateTime at(int y, int m, int d, int h, int min = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), QTimeZone::utc());
}

// One record of every table, linked as a real forum links them.
struct Fixture {
    test::TempFolder folder;
    std::unique_ptr<ForumFile> file = createForum(folder.file(QStringLiteral("f.ogpforum")),
                                                  QStringLiteral("Foro"), QStringLiteral("es"));
    Member member;
    ActionPlan plan;
    Commitment commitment;
    Milestone milestone;
    ProgressUpdate progress;
    Meeting meeting;
    AgendaItem item;
    Attendance attendance;
    Decision decision;
    Vote vote;
    ActionItem action;
    Contribution contribution;
    ContributionLink link;
    Assessment assessment;
    Lesson lesson;
    PracticeCitation citation;
    EligibilityCheck eligibility;
    JoiningRecord joining;

    Fixture()
    {
        member.name = QStringLiteral("Ana Pérez");
        member.sector = QStringLiteral("government");
        member.termStart = QDate(2024, 1, 1);
        member.termEnd = QDate(2026, 12, 31);
        Table<Member>(*file).create(member);
        plan.title = QStringLiteral("Cuarto Plan de Acción");
        plan.periodStart = QDate(2025, 1, 1);
        plan.periodEnd = QDate(2027, 8, 31);
        plan.dueOn = QDate(2024, 8, 31);
        Table<ActionPlan>(*file).create(plan);
        commitment.planId = plan.id;
        commitment.number = QStringLiteral("1");
        commitment.title = QStringLiteral("Datos abiertos de compras públicas");
        commitment.frontiers = {QStringLiteral("public_resources")};
        commitment.themes = {QStringLiteral("contratación"), QStringLiteral("datos")};
        commitment.startOn = QDate(2025, 1, 1);
        commitment.endOn = QDate(2027, 6, 30);
        Table<Commitment>(*file).create(commitment);
        milestone.commitmentId = commitment.id;
        milestone.activity = QStringLiteral("Publicar el portal");
        milestone.weight = 2.5;
        Table<Milestone>(*file).create(milestone);
        progress.milestoneId = milestone.id;
        progress.reportedOn = QDate(2025, 6, 1);
        progress.percent = 40;
        Table<ProgressUpdate>(*file).create(progress);
        meeting.title = QStringLiteral("Sesión ordinaria");
        meeting.planId = plan.id;
        meeting.startsAt = at(2025, 3, 10, 9);
        meeting.endsAt = at(2025, 3, 10, 12, 30);
        meeting.chairMemberId = member.id;
        Table<Meeting>(*file).create(meeting);
        item.meetingId = meeting.id;
        item.title = QStringLiteral("Avances del compromiso 1");
        item.commitmentId = commitment.id;
        Table<AgendaItem>(*file).create(item);
        attendance.meetingId = meeting.id;
        attendance.memberId = member.id;
        attendance.name = member.name;
        attendance.sector = member.sector;
        Table<Attendance>(*file).create(attendance);
        decision.meetingId = meeting.id;
        decision.text = QStringLiteral("Se aprueba el plan");
        decision.method = QStringLiteral("vote");
        decision.votesFor = 1;
        decision.approvesPlanId = plan.id;
        Table<Decision>(*file).create(decision);
        vote.decisionId = decision.id;
        vote.memberId = member.id;
        vote.name = member.name;
        vote.choice = QStringLiteral("for");
        Table<Vote>(*file).create(vote);
        action.meetingId = meeting.id;
        action.text = QStringLiteral("Enviar el acta");
        action.dueOn = QDate(2025, 3, 20);
        Table<ActionItem>(*file).create(action);
        contribution.planId = plan.id;
        contribution.receivedOn = QDate(2024, 5, 2);
        contribution.text = QStringLiteral("Publicar los contratos en formato abierto");
        Table<Contribution>(*file).create(contribution);
        link.contributionId = contribution.id;
        link.commitmentId = commitment.id;
        Table<ContributionLink>(*file).create(link);
        assessment.commitmentId = commitment.id;
        assessment.source = QStringLiteral("irm");
        assessment.potentialImpact = QStringLiteral("transformative");
        Table<Assessment>(*file).create(assessment);
        lesson.planId = plan.id;
        lesson.text = QStringLiteral("Convocar antes a los gobiernos locales");
        Table<Lesson>(*file).create(lesson);
        citation.commitmentId = commitment.id;
        citation.practice = QStringLiteral("prozorro_ukraine");
        Table<PracticeCitation>(*file).create(citation);
        eligibility.criterion = QStringLiteral("fiscal_transparency");
        eligibility.met = true;
        Table<EligibilityCheck>(*file).create(eligibility);
        joining.letterOfIntentOn = QDate(2011, 9, 20);
        Table<JoiningRecord>(*file).create(joining);
    }
};

// Round trip of one record through its table: read back equal, update, list, delete.
template <class T, class Change>
void roundTrip(ForumFile &file, T &record, Change change)
{
    Table<T> table(file);
    const T read = table.get(record.id);
    CHECK(read.uid == record.uid);
    CHECK(read.uid.size() == 36);
    CHECK(read.createdAt.isValid());
    for (const auto &f : T::schema().fields) {
        INFO(T::schema().table.toStdString() << "." << f.column.toStdString());
        CHECK(f.load(read) == f.load(record));
    }
    change(record);
    table.update(record);
    const T updated = table.get(record.id);
    for (const auto &f : T::schema().fields) {
        INFO(T::schema().table.toStdString() << "." << f.column.toStdString());
        CHECK(f.load(updated) == f.load(record));
    }
    // Saved again as it is, it is left alone: nothing written, its time of change kept.
    file.database().takeWritten();
    T again = updated;
    table.update(again);
    CHECK(file.database().takeWritten().isEmpty());
    CHECK(table.get(record.id).updatedAt == updated.updatedAt);
    CHECK(table.findByUid(record.uid).has_value());
    const qint64 before = table.count();
    CHECK(table.list().size() == before);
}

template <class T>
void requireInvalid(ForumFile &file, const T &record, const char *field, const char *rule,
                    const char *words)
{
    try {
        Table<T>(file).validate(record);
        FAIL("the record was accepted");
    } catch (const ValidationError &e) {
        INFO(e.message().toStdString());
        CHECK(e.entity() == T::schema().table);
        CHECK(e.field() == QString::fromLatin1(field));
        CHECK(e.rule() == QString::fromLatin1(rule));
        CHECK(e.message().contains(QString::fromUtf8(words)));
    }
    // create refuses it too, and writes nothing.
    const qint64 before = Table<T>(file).count();
    T copy = record;
    copy.id = 0;
    copy.uid.clear();
    CHECK_THROWS_AS(Table<T>(file).create(copy), ValidationError);
    CHECK(Table<T>(file).count() == before);
}

} // namespace

TEST_CASE("Every table's records round-trip through the typed API", "[table]")
{
    Fixture f;
    ForumFile &file = *f.file;
    roundTrip(file, f.member, [](Member &r) { r.organization = QStringLiteral("Ministerio"); r.gender = QStringLiteral("female"); });
    roundTrip(file, f.plan, [](ActionPlan &r) { r.stage = QStringLiteral("implement"); r.submittedOn = QDate(2024, 12, 20); });
    roundTrip(file, f.commitment, [](Commitment &r) { r.valueAccessInformation = true; r.frontiers << QStringLiteral("useful_information"); });
    roundTrip(file, f.milestone, [](Milestone &r) { r.deliverable = QStringLiteral("Portal"); r.weight = 1.25; });
    roundTrip(file, f.progress, [](ProgressUpdate &r) { r.percent = 100; r.status = QStringLiteral("completed"); });
    roundTrip(file, f.meeting, [](Meeting &r) { r.status = QStringLiteral("held"); r.place = QStringLiteral("Sala 2"); });
    roundTrip(file, f.item, [](AgendaItem &r) { r.minutes = QStringLiteral("Se discutió."); r.durationMinutes = 45; });
    roundTrip(file, f.attendance, [](Attendance &r) { r.status = QStringLiteral("remote"); });
    roundTrip(file, f.decision, [](Decision &r) { r.outcome = QStringLiteral("deferred"); });
    roundTrip(file, f.vote, [](Vote &r) { r.choice = QStringLiteral("abstain"); });
    roundTrip(file, f.action, [](ActionItem &r) { r.status = QStringLiteral("done"); r.closedOn = QDate(2025, 3, 18); });
    roundTrip(file, f.contribution, [](Contribution &r) {
        r.status = QStringLiteral("incorporated");
        r.response = QStringLiteral("Se incorporó en el compromiso 1.");
        r.respondedOn = QDate(2024, 6, 1);
    });
    roundTrip(file, f.link, [](ContributionLink &) {});
    roundTrip(file, f.assessment, [](Assessment &r) { r.completion = QStringLiteral("substantial"); });
    roundTrip(file, f.lesson, [](Lesson &r) { r.kind = QStringLiteral("substance"); });
    roundTrip(file, f.citation, [](PracticeCitation &r) { r.practice = QStringLiteral("monithon_italy"); });
    roundTrip(file, f.eligibility, [](EligibilityCheck &r) { r.evidence = QStringLiteral("Ley 123"); });
    roundTrip(file, f.joining, [](JoiningRecord &r) { r.joinedOn = QDate(2012, 1, 15); });
    Forum forum = Table<Forum>(file).get(1);
    roundTrip(file, forum, [](Forum &r) { r.quorumPercent = 60; r.timeZone = QStringLiteral("America/Lima"); });
    CHECK(file.verify().isEmpty());
}

TEST_CASE("Deleting follows the forum's links", "[table]")
{
    Fixture f;
    // Removing a plan removes its commitments, milestones and their progress, and the practices
    // they cite; meetings stay.
    Table<ActionPlan>(*f.file).remove(f.plan.id);
    CHECK(Table<Commitment>(*f.file).count() == 0);
    CHECK(Table<ProgressUpdate>(*f.file).count() == 0);
    CHECK(Table<PracticeCitation>(*f.file).count() == 0);
    CHECK(Table<Meeting>(*f.file).get(f.meeting.id).planId == 0);
    // Removing a member keeps the attendance, with the name as it was at the meeting.
    Table<Member>(*f.file).remove(f.member.id);
    const Attendance kept = Table<Attendance>(*f.file).get(f.attendance.id);
    CHECK(kept.memberId == 0);
    CHECK(kept.name == QStringLiteral("Ana Pérez"));
    CHECK_THROWS_WITH(Table<Member>(*f.file).remove(f.member.id), Catch::Contains("no member with id"));
    CHECK(f.file->verify().isEmpty());
}

TEST_CASE("A deleted record restored with its id and uid is found again by its links", "[table]")
{
    Fixture f;
    Member copy = Table<Member>(*f.file).get(f.member.id);
    Table<Member>(*f.file).remove(f.member.id);
    Table<Member>(*f.file).create(copy);
    CHECK(copy.id == f.member.id);
    CHECK(Table<Member>(*f.file).get(f.member.id).uid == f.member.uid);
}

TEST_CASE("Validation names the field and the rule broken", "[table][validation]")
{
    Fixture f;
    ForumFile &file = *f.file;

    Member member = f.member;
    member.name = QStringLiteral("   ");
    requireInvalid(file, member, "name", "required", "“Name” is required");

    member = f.member;
    member.termEnd = QDate(2023, 1, 1);
    requireInvalid(file, member, "term_end", "after_start", "“Term end” (2023-01-01) cannot be before “Term start” (2024-01-01)");

    member = f.member;
    member.sector = QStringLiteral("church");
    requireInvalid(file, member, "sector", "one_of", "not “church”");

    member = f.member;
    member.termStart = QDate(2305, 1, 1);
    member.termEnd = QDate();
    requireInvalid(file, member, "term_start", "date_range", "between 1900-01-01 and 2199-12-31");

    member = f.member;
    member.alternateFor = 999;
    requireInvalid(file, member, "alternate_for", "exists", "member 999, which does not exist");

    ActionPlan plan = f.plan;
    plan.periodEnd = plan.periodStart;
    requireInvalid(file, plan, "period_end", "after_start_strict", "must be after");

    Meeting meeting = f.meeting;
    meeting.endsAt = at(2025, 3, 10, 8);
    requireInvalid(file, meeting, "ends_at", "after_start_strict", "“Ends” (2025-03-10 08:00) must be after “Starts” (2025-03-10 09:00)");

    ProgressUpdate progress = f.progress;
    progress.percent = 150;
    requireInvalid(file, progress, "percent", "range", "between 0 and 100");

    Commitment commitment = f.commitment;
    commitment.frontiers = {QStringLiteral("space_travel")};
    requireInvalid(file, commitment, "frontiers", "one_of", "space_travel");

    Contribution contribution = f.contribution;
    contribution.respondedOn = QDate(2024, 1, 1);
    requireInvalid(file, contribution, "responded_on", "after_start", "cannot be before");

    PracticeCitation citation = f.citation;
    citation.practice = QStringLiteral("space_elevator_mars");
    requireInvalid(file, citation, "practice", "in_library", "no practice “space_elevator_mars” in the reference library");

    Contribution orphan = f.contribution;
    orphan.planId = 0;
    requireInvalid(file, orphan, "plan_id", "required", "“Action plan” is required");
}

TEST_CASE("Text with markup, formulas and other scripts is stored as written", "[table][security]")
{
    Fixture f;
    const QString tricky = QStringLiteral("<b>Juana</b> & \"Pedro\" =HYPERLINK(\"x\") '; DROP TABLE member; -- 张伟 Ñandú");
    Member member;
    member.name = tricky;
    Table<Member>(*f.file).create(member);
    CHECK(Table<Member>(*f.file).get(member.id).name == tricky);
    CHECK(Table<Member>(*f.file).count() == 2);
}

TEST_CASE("Lists filter and order in the database", "[table]")
{
    Fixture f;
    Table<Member> members(*f.file);
    for (const char *name : {"Zoila Ríos", "Bruno Díaz", "Marta Luna"}) {
        Member m;
        m.name = QString::fromUtf8(name);
        m.sector = QStringLiteral("civil_society");
        members.create(m);
    }
    const auto civil = members.list(QStringLiteral("sector = ?"), {QStringLiteral("civil_society")},
                                    QStringLiteral("name"));
    REQUIRE(civil.size() == 3);
    CHECK(civil.first().name == QStringLiteral("Bruno Díaz"));
    CHECK(members.count(QStringLiteral("sector = ?"), {QStringLiteral("government")}) == 1);
}

TEST_CASE("A validation error also gives its reason alone, for the field it belongs to", "[table][validation]")
{
    Fixture f;
    Member member = f.member;
    member.name.clear();
    try {
        Table<Member>(*f.file).validate(member);
        FAIL("an empty name was accepted");
    } catch (const ValidationError &e) {
        CHECK(e.message() == QStringLiteral("member.name: “Name” is required"));
        CHECK(e.reason() == QStringLiteral("“Name” is required"));
    }
}
