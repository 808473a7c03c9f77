// SPDX-License-Identifier: GPL-3.0-or-later
// The OGP standards check: each minimum requirement and calendar rule on forums made for it, in
// each status it can take, with the evidence naming the meetings, contributions and dates it
// rests on; the IRM's three questions; and the compliance report in the forum's language.
#include <catch2/catch.hpp>

#include "tests/support/TestSupport.h"
#include "core/cocreation/Contribution.h"
#include "core/compliance/ComplianceReportDocument.h"
#include "core/compliance/StandardsCheck.h"
#include "core/documents/DocumentBuilder.h"
#include "core/documents/DocumentLanguage.h"
#include "core/documents/DocumentWriter.h"
#include "core/evaluation/Assessment.h"
#include "core/forum/Forum.h"
#include "core/forum/Member.h"
#include "core/forum/NewForum.h"
#include "core/meetings/AgendaItem.h"
#include "core/meetings/Attendance.h"
#include "core/meetings/Decision.h"
#include "core/meetings/Meeting.h"
#include "core/plans/ActionPlan.h"
#include "core/plans/Commitment.h"
#include "core/plans/Milestone.h"
#include "core/sample/SampleForum.h"
#include "core/storage/Table.h"

#include <QFile>

using namespace forumdesk;
using Status = ComplianceStatus;
using Kind = ComplianceEvidence::Kind;

namespace {

// A forum that meets every rule unless a test changes it: both sectors, rules of participation,
// website and repository, and a plan from 1 September 2024 to 31 August 2026 submitted on time.
struct CraftedForum {
    test::TempFolder folder;
    std::unique_ptr<ForumFile> file;
    ActionPlan plan;
    qint64 governmentMember = 0;
    qint64 civilMember = 0;

    explicit CraftedForum(const QString &language = QStringLiteral("en"))
        : file(createForum(folder.file(QStringLiteral("f.ogpforum")), QStringLiteral("Foro Abierto de Montealto"), language))
    {
        Forum forum = Table<Forum>(*file).get(1);
        forum.participationRules = QStringLiteral("Open calls; members serve three years.");
        forum.website = QStringLiteral("https://abierto.example");
        forum.repositoryUrl = QStringLiteral("https://abierto.example/docs");
        forum.foundedOn = QDate(2020, 1, 15);
        Table<Forum>(*file).update(forum);
        governmentMember = member(QStringLiteral("Ana Gobierno"), QStringLiteral("government"));
        civilMember = member(QStringLiteral("Carla Sociedad"), QStringLiteral("civil_society"));
        plan.title = QStringLiteral("Plan 2024-2026");
        plan.periodStart = QDate(2024, 9, 1);
        plan.periodEnd = QDate(2026, 8, 31);
        plan.stage = QStringLiteral("implement");
        plan.dueOn = QDate(2024, 8, 31);
        plan.submittedOn = QDate(2024, 8, 20);
        Table<ActionPlan>(*file).create(plan);
    }

    qint64 member(const QString &name, const QString &sector, const QDate &termEnd = {})
    {
        Member m;
        m.name = name;
        m.sector = sector;
        m.termStart = QDate(2020, 2, 1);
        m.termEnd = termEnd;
        return Table<Member>(*file).create(m);
    }
    void updatePlan(const std::function<void(ActionPlan &)> &change)
    {
        change(plan);
        Table<ActionPlan>(*file).update(plan);
    }
    void updateForum(const std::function<void(Forum &)> &change)
    {
        Forum forum = Table<Forum>(*file).get(1);
        change(forum);
        Table<Forum>(*file).update(forum);
    }
    qint64 meeting(const QDate &day, const QString &title, const QString &status = QStringLiteral("held"),
                   const QString &kind = QStringLiteral("forum_session"), qint64 planId = -1)
    {
        Meeting m;
        m.planId = planId < 0 ? plan.id : planId;
        m.kind = kind;
        m.title = title;
        m.startsAt = QDateTime(day, QTime(10, 0));
        m.endsAt = QDateTime(day, QTime(12, 0));
        m.status = status;
        return Table<Meeting>(*file).create(m);
    }
    void attend(qint64 meetingId, const QString &name, const QString &sector, qint64 memberId = 0,
                const QString &status = QStringLiteral("present"))
    {
        Attendance a;
        a.meetingId = meetingId;
        a.memberId = memberId;
        a.name = name;
        a.sector = sector;
        a.status = status;
        a.guest = memberId == 0;
        Table<Attendance>(*file).create(a);
    }
    void present(qint64 meetingId, qint64 commitmentId)
    {
        AgendaItem item;
        item.meetingId = meetingId;
        item.title = QStringLiteral("Progress of the commitment");
        item.commitmentId = commitmentId;
        Table<AgendaItem>(*file).create(item);
    }
    qint64 commitment(const QString &number, qint64 planId = 0)
    {
        Commitment c;
        c.planId = planId > 0 ? planId : plan.id;
        c.number = number;
        c.title = QStringLiteral("Open contracting %1").arg(number);
        c.startOn = QDate(2024, 9, 1);
        c.endOn = QDate(2026, 6, 30);
        c.leadAgency = QStringLiteral("Procurement Agency");
        c.problem = c.statusQuo = c.description = c.solution = c.budget = QStringLiteral("Written.");
        c.briefDescription = c.causes = c.expectedResults = c.advancesTransparency = QStringLiteral("Written.");
        c.contactName = QStringLiteral("Ana Pérez");
        c.contactEmail = QStringLiteral("ana@example.org");
        c.policyAreas = {QStringLiteral("open_contracting")};
        c.valueAccessInformation = true;
        const qint64 id = Table<Commitment>(*file).create(c);
        Milestone m;
        m.commitmentId = id;
        m.activity = QStringLiteral("Publish the contracts");
        m.deliverable = QStringLiteral("Portal");
        m.startOn = QDate(2024, 10, 1);
        m.endOn = QDate(2026, 6, 30);
        Table<Milestone>(*file).create(m);
        return id;
    }
    qint64 contribution(const QDate &received, const QString &author, bool answered, bool consents = true)
    {
        Contribution c;
        c.planId = plan.id;
        c.receivedOn = received;
        c.channel = QStringLiteral("email");
        c.author = author;
        c.authorConsents = consents;
        c.sector = QStringLiteral("civil_society");
        c.text = QStringLiteral("Publish the contracts as open data.");
        if (answered) {
            c.status = QStringLiteral("incorporated");
            c.response = QStringLiteral("Taken into commitment 1.");
            c.respondedOn = received.addDays(10);
        }
        return Table<Contribution>(*file).create(c);
    }

    StandardsCheck check(const QDate &today) { return StandardsCheck::evaluate(*file, plan.id, today); }
    ComplianceFinding finding(const char *key, const QDate &today)
    {
        const StandardsCheck c = check(today);
        const ComplianceFinding *f = c.finding(QString::fromLatin1(key));
        REQUIRE(f != nullptr);
        return *f;
    }
};

bool mentions(const ComplianceFinding &f, const QString &words)
{
    for (const ComplianceEvidence &e : f.evidence)
        if (e.text.contains(words))
            return true;
    return false;
}

QList<ComplianceEvidence> ofKind(const ComplianceFinding &f, Kind kind)
{
    QList<ComplianceEvidence> result;
    for (const ComplianceEvidence &e : f.evidence)
        if (e.kind == kind)
            result << e;
    return result;
}

} // namespace

TEST_CASE("Every rule is evaluated once, with a stable key, its OGP reference and a next step", "[compliance]")
{
    CraftedForum f;
    const StandardsCheck check = f.check(QDate(2025, 3, 1));
    QStringList keys, references;
    for (const ComplianceFinding &finding : check.findings) {
        keys << finding.key;
        references << finding.reference;
        CHECK(!finding.title.isEmpty());
        CHECK(!finding.summary.isEmpty());
        CHECK(!finding.nextStep.isEmpty());
        // Every rule names the OGP text it rests on.
        CHECK(finding.source.startsWith(QStringLiteral("OGP")));
    }
    CHECK(keys == QStringList{QStringLiteral("forum_members"), QStringLiteral("six_months"), QStringLiteral("website"), QStringLiteral("repository"), QStringLiteral("reasoned_response"),
                              QStringLiteral("implementation_meetings"), QStringLiteral("submission"), QStringLiteral("plan_period")});
    CHECK(references == QStringList{QStringLiteral("MR 1.1"), QStringLiteral("MR 1.1"), QStringLiteral("MR 2.1"), QStringLiteral("MR 2.2"), QStringLiteral("Standard 4"), QStringLiteral("MR 5.1"), QStringLiteral("Calendar"), QStringLiteral("Calendar")});
    CHECK(check.count(Status::Met) + check.count(Status::AtRisk) + check.count(Status::NotMet)
              + check.count(Status::NotApplicable) == 8);
    CHECK(check.irmAnswers.size() == 3);
    CHECK(StandardsCheck::statusLabel(Status::AtRisk) == QStringLiteral("At risk"));
    CHECK(StandardsCheck::referenceLabel(QStringLiteral("Standard 4")) == QStringLiteral("Standard 4"));
    CHECK(StandardsCheck::referenceLabel(QStringLiteral("MR 1.1")) == QStringLiteral("MR 1.1"));
    CHECK_THROWS_AS(StandardsCheck::evaluate(*f.file, 999, QDate(2025, 3, 1)), StorageError);
}

TEST_CASE("MR 1.1: both sectors sit on the forum under recorded rules of participation", "[compliance]")
{
    CraftedForum f;
    const QDate today(2025, 3, 1);
    ComplianceFinding members = f.finding("forum_members", today);
    CHECK(members.status == Status::Met);
    CHECK(mentions(members, QStringLiteral("Government: 1 member today")));
    CHECK(mentions(members, QStringLiteral("Civil society: 1 member today")));

    SECTION("at risk when every civil-society member leaves within two months")
    {
        Member carla = Table<Member>(*f.file).get(f.civilMember);
        carla.termEnd = QDate(2025, 4, 15);
        Table<Member>(*f.file).update(carla);
        members = f.finding("forum_members", today);
        CHECK(members.status == Status::AtRisk);
        const QList<ComplianceEvidence> leaving = ofKind(members, Kind::Member);
        REQUIRE(leaving.size() == 1);
        CHECK(leaving.first().id == f.civilMember);
        CHECK(leaving.first().date == QDate(2025, 4, 15));
        CHECK(leaving.first().text.contains(QStringLiteral("Carla Sociedad")));
        CHECK(members.nextStep.contains(QStringLiteral("15 Apr 2025")));
        // Once the term has ended, the forum lacks the sector.
        members = f.finding("forum_members", QDate(2025, 5, 1));
        CHECK(members.status == Status::NotMet);
        CHECK(mentions(members, QStringLiteral("Civil society: no member today")));
    }
    SECTION("not met without government")
    {
        Table<Member>(*f.file).remove(f.governmentMember);
        members = f.finding("forum_members", today);
        CHECK(members.status == Status::NotMet);
        CHECK(members.summary.contains(QStringLiteral("no member of government")));
        CHECK(members.nextStep.contains(QStringLiteral("Members page")));
    }
    SECTION("not met without rules of participation")
    {
        f.updateForum([](Forum &forum) { forum.participationRules.clear(); });
        members = f.finding("forum_members", today);
        CHECK(members.status == Status::NotMet);
        CHECK(mentions(members, QStringLiteral("Rules of participation: not recorded")));
    }
}

TEST_CASE("MR 1.1: the forum meets at least every six months", "[compliance]")
{
    CraftedForum f;

    SECTION("not applicable before the first session, not met six months after founding")
    {
        f.updateForum([](Forum &forum) { forum.foundedOn = QDate(2024, 7, 1); });
        ComplianceFinding sessions = f.finding("six_months", QDate(2024, 10, 1));
        CHECK(sessions.status == Status::NotApplicable);
        CHECK(sessions.nextStep.contains(QStringLiteral("1 Jan 2025")));
        sessions = f.finding("six_months", QDate(2025, 2, 1));
        CHECK(sessions.status == Status::NotMet);
        CHECK(sessions.summary.contains(QStringLiteral("1 Jul 2024")));
    }

    const qint64 opening = f.meeting(QDate(2024, 6, 10), QStringLiteral("Opening session"), QStringLiteral("published"));
    const qint64 september = f.meeting(QDate(2024, 9, 12), QStringLiteral("September session"));
    const qint64 january = f.meeting(QDate(2025, 1, 10), QStringLiteral("January session"), QStringLiteral("minutes_approved"));
    // Neither a cancelled session nor a working group keeps the forum's rhythm.
    f.meeting(QDate(2025, 4, 10), QStringLiteral("Cancelled session"), QStringLiteral("cancelled"));
    f.meeting(QDate(2025, 5, 10), QStringLiteral("Working group"), QStringLiteral("held"), QStringLiteral("working_group"));

    SECTION("met while no gap exceeds six months, with the sessions as evidence")
    {
        const ComplianceFinding sessions = f.finding("six_months", QDate(2025, 3, 1));
        CHECK(sessions.status == Status::Met);
        QList<qint64> ids;
        for (const ComplianceEvidence &e : ofKind(sessions, Kind::Meeting))
            ids << e.id;
        CHECK(ids == QList<qint64>{opening, september, january});
        CHECK(mentions(sessions, QStringLiteral("10 Jan 2025 — January session")));
        CHECK(sessions.nextStep.contains(QStringLiteral("10 Jul 2025")));
    }
    SECTION("at risk within 30 days of six months with no session planned; a planned one keeps it met")
    {
        ComplianceFinding sessions = f.finding("six_months", QDate(2025, 6, 20));
        CHECK(sessions.status == Status::AtRisk);
        CHECK(sessions.summary.contains(QStringLiteral("10 Jan 2025")));
        CHECK(sessions.summary.contains(QStringLiteral("10 Jul 2025")));
        const qint64 july = f.meeting(QDate(2025, 7, 3), QStringLiteral("July session"), QStringLiteral("planned"));
        sessions = f.finding("six_months", QDate(2025, 6, 20));
        CHECK(sessions.status == Status::Met);
        const QList<ComplianceEvidence> meetings = ofKind(sessions, Kind::Meeting);
        REQUIRE(!meetings.isEmpty());
        CHECK(meetings.last().id == july);
    }
    SECTION("not met once six months pass without a session, the gap named to the day")
    {
        const ComplianceFinding sessions = f.finding("six_months", QDate(2025, 8, 1));
        CHECK(sessions.status == Status::NotMet);
        const QList<ComplianceEvidence> gaps = ofKind(sessions, Kind::Gap);
        REQUIRE(gaps.size() == 1);
        CHECK(gaps.first().id == january);
        CHECK(gaps.first().otherId == 0);
        CHECK(gaps.first().date == QDate(2025, 1, 10));
        CHECK(gaps.first().until == QDate(2025, 8, 1));
        CHECK(gaps.first().text.startsWith(QStringLiteral("6 months and 22 days without a session")));
        CHECK(sessions.nextStep.contains(QStringLiteral("10 Jan 2025")));
    }
    SECTION("a gap between two sessions is not met, even when the forum met again since")
    {
        const qint64 november = f.meeting(QDate(2025, 11, 20), QStringLiteral("November session"));
        const ComplianceFinding sessions = f.finding("six_months", QDate(2025, 12, 1));
        CHECK(sessions.status == Status::NotMet);
        const QList<ComplianceEvidence> gaps = ofKind(sessions, Kind::Gap);
        REQUIRE(gaps.size() == 1);
        CHECK(gaps.first().id == january);
        CHECK(gaps.first().otherId == november);
        CHECK(gaps.first().until == QDate(2025, 11, 20));
        CHECK(gaps.first().text.contains(QStringLiteral("from 10 Jan 2025 (January session) to 20 Nov 2025 (November session)")));
        CHECK(sessions.summary.contains(QStringLiteral("10 months and 10 days")));
    }
}

TEST_CASE("MR 2.1 and 2.2: a website and a document repository, with published minutes", "[compliance]")
{
    CraftedForum f;
    const QDate today(2025, 9, 1);
    CHECK(f.finding("website", today).status == Status::Met);
    CHECK(f.finding("repository", today).status == Status::Met);

    f.updateForum([](Forum &forum) {
        forum.website = QStringLiteral("www.abierto");
        forum.repositoryUrl.clear();
    });
    ComplianceFinding website = f.finding("website", today);
    CHECK(website.status == Status::AtRisk);
    CHECK(mentions(website, QStringLiteral("www.abierto")));
    CHECK(f.finding("repository", today).status == Status::NotMet);

    f.updateForum([](Forum &forum) {
        forum.website.clear();
        forum.repositoryUrl = QStringLiteral("https://abierto.example/docs");
    });
    CHECK(f.finding("website", today).status == Status::NotMet);

    // Minutes wait for the next session; after six months they should be in the repository.
    const qint64 january = f.meeting(QDate(2025, 1, 10), QStringLiteral("January session"), QStringLiteral("minutes_approved"));
    f.meeting(QDate(2025, 6, 10), QStringLiteral("June session"), QStringLiteral("minutes_draft"));
    f.meeting(QDate(2024, 12, 10), QStringLiteral("December session"), QStringLiteral("published"));
    ComplianceFinding repository = f.finding("repository", today);
    CHECK(repository.status == Status::AtRisk);
    const QList<ComplianceEvidence> waiting = ofKind(repository, Kind::Meeting);
    REQUIRE(waiting.size() == 1);
    CHECK(waiting.first().id == january);
    CHECK(waiting.first().text.contains(QStringLiteral("10 Jan 2025 — January session")));
    CHECK(mentions(repository, QStringLiteral("Minutes published: 1 of 3")));
    Meeting m = Table<Meeting>(*f.file).get(january);
    m.status = QStringLiteral("published");
    m.publishedOn = QDate(2025, 6, 20);
    Table<Meeting>(*f.file).update(m);
    CHECK(f.finding("repository", today).status == Status::Met);
}

TEST_CASE("MR 4: every contribution has a reasoned response", "[compliance]")
{
    CraftedForum f;
    f.updatePlan([](ActionPlan &p) {
        p.stage = QStringLiteral("co_create");
        p.submittedOn = QDate();
    });
    const QDate today(2024, 7, 1);
    ComplianceFinding responses = f.finding("reasoned_response", today);
    CHECK(responses.status == Status::NotApplicable);

    f.contribution(QDate(2024, 4, 2), QStringLiteral("Lucía Méndez"), true);
    const qint64 waiting = f.contribution(QDate(2024, 5, 6), QStringLiteral("Tomás Quispe"), false);
    responses = f.finding("reasoned_response", today);
    CHECK(responses.status == Status::AtRisk);
    CHECK(mentions(responses, QStringLiteral("1 of 2 contributions have a reasoned response")));
    const QList<ComplianceEvidence> open = ofKind(responses, Kind::Contribution);
    REQUIRE(open.size() == 1);
    CHECK(open.first().id == waiting);
    CHECK(open.first().name == QStringLiteral("Tomás Quispe"));
    CHECK(open.first().date == QDate(2024, 5, 6));
    CHECK(open.first().text.contains(QStringLiteral("Tomás Quispe, received on 6 May 2024 (Email)")));
    CHECK(responses.summary.contains(QStringLiteral("6 May 2024")));
    // A person who did not agree to be named is not named in the (published) evidence.
    const qint64 unnamed = f.contribution(QDate(2024, 5, 7), QStringLiteral("Rosa Private"), false, false);
    const QList<ComplianceEvidence> both = ofKind(f.finding("reasoned_response", today), Kind::Contribution);
    REQUIRE(both.size() == 2);
    CHECK(both.last().id == unnamed);
    CHECK(both.last().name.isEmpty());
    CHECK(both.last().text.contains(QStringLiteral("A citizen, received on 7 May 2024")));
    CHECK_FALSE(both.last().text.contains(QStringLiteral("Rosa Private")));
    Table<Contribution>(*f.file).remove(unnamed);

    // Once the plan is submitted, an unanswered contribution breaks the requirement.
    f.updatePlan([](ActionPlan &p) { p.submittedOn = QDate(2024, 8, 20); });
    CHECK(f.finding("reasoned_response", today).status == Status::NotMet);
    f.updatePlan([](ActionPlan &p) {
        p.submittedOn = QDate();
        p.stage = QStringLiteral("implement");
    });
    CHECK(f.finding("reasoned_response", today).status == Status::NotMet);

    Contribution c = Table<Contribution>(*f.file).get(waiting);
    c.status = QStringLiteral("not_incorporated");
    c.response = QStringLiteral("Outside the plan's scope; passed to the Ministry.");
    c.respondedOn = QDate(2024, 6, 1);
    Table<Contribution>(*f.file).update(c);
    responses = f.finding("reasoned_response", today);
    CHECK(responses.status == Status::Met);
    CHECK(ofKind(responses, Kind::Contribution).isEmpty());

    SECTION("a long list stops after twenty, with the count of the rest")
    {
        for (int i = 0; i < 25; ++i)
            f.contribution(QDate(2024, 6, 1).addDays(i), QStringLiteral("Person %1").arg(i), false);
        responses = f.finding("reasoned_response", today);
        CHECK(ofKind(responses, Kind::Contribution).size() == StandardsCheck::kListedItems);
        CHECK(responses.evidence.last().text == QStringLiteral("…and 5 more"));
        CHECK(responses.summary.startsWith(QStringLiteral("25 contributions still wait")));
    }
}

TEST_CASE("MR 5.1: two meetings a year present implementation results to civil society", "[compliance]")
{
    CraftedForum f;
    const qint64 commitment = f.commitment(QStringLiteral("1"));

    SECTION("not applicable during co-creation or before implementation starts")
    {
        f.updatePlan([](ActionPlan &p) { p.stage = QStringLiteral("co_create"); });
        CHECK(f.finding("implementation_meetings", QDate(2025, 3, 1)).status == Status::NotApplicable);
        f.updatePlan([](ActionPlan &p) { p.stage = QStringLiteral("implement"); });
        const ComplianceFinding before = f.finding("implementation_meetings", QDate(2024, 8, 25));
        CHECK(before.status == Status::NotApplicable);
        CHECK(mentions(before, QStringLiteral("Implementation starts on 1 Sep 2024")));
    }

    // 2024 (four months of implementation) needs one meeting; 2025 needs two.
    const qint64 october = f.meeting(QDate(2024, 10, 15), QStringLiteral("October monitoring"));
    f.present(october, commitment);
    f.attend(october, QStringLiteral("Carla Sociedad"), QStringLiteral("civil_society"), f.civilMember);
    const qint64 march = f.meeting(QDate(2025, 3, 10), QStringLiteral("March monitoring"), QStringLiteral("published"),
                                   QStringLiteral("working_group"));
    f.present(march, commitment);
    f.attend(march, QStringLiteral("Carla Sociedad"), QStringLiteral("civil_society"), f.civilMember, QStringLiteral("remote"));
    // Not presented to civil society: only government came; and civil society excused.
    const qint64 april = f.meeting(QDate(2025, 4, 10), QStringLiteral("April monitoring"));
    f.present(april, commitment);
    f.attend(april, QStringLiteral("Ana Gobierno"), QStringLiteral("government"), f.governmentMember);
    f.attend(april, QStringLiteral("Carla Sociedad"), QStringLiteral("civil_society"), f.civilMember, QStringLiteral("excused"));
    // Civil society came, but no commitment of this plan was on the agenda.
    ActionPlan other;
    other.title = QStringLiteral("Plan 2022-2024");
    other.periodStart = QDate(2022, 9, 1);
    other.periodEnd = QDate(2024, 8, 31);
    other.stage = QStringLiteral("closed");
    Table<ActionPlan>(*f.file).create(other);
    const qint64 oldCommitment = f.commitment(QStringLiteral("9"), other.id);
    const qint64 may = f.meeting(QDate(2025, 5, 12), QStringLiteral("May session"));
    f.present(may, oldCommitment);
    f.attend(may, QStringLiteral("Carla Sociedad"), QStringLiteral("civil_society"), f.civilMember);

    SECTION("at risk while the current year is short")
    {
        const ComplianceFinding meetings = f.finding("implementation_meetings", QDate(2025, 6, 1));
        CHECK(meetings.status == Status::AtRisk);
        QList<qint64> ids;
        for (const ComplianceEvidence &e : ofKind(meetings, Kind::Meeting))
            ids << e.id;
        CHECK(ids == QList<qint64>{october, march});
        CHECK(mentions(meetings, QStringLiteral("2024: 1 meeting of 1 expected")));
        CHECK(mentions(meetings, QStringLiteral("2025 (year under way): 1 meeting of 2 expected")));
        CHECK(mentions(meetings, QStringLiteral("10 Mar 2025 — March monitoring: 1 commitment presented, 1 civil-society participant")));
        CHECK(meetings.summary.contains(QStringLiteral("1 more meeting")));
        CHECK(meetings.nextStep.contains(QStringLiteral("31 Dec 2025")));
    }
    SECTION("not met when a past year was short")
    {
        const ComplianceFinding meetings = f.finding("implementation_meetings", QDate(2026, 1, 15));
        CHECK(meetings.status == Status::NotMet);
        CHECK(meetings.summary.contains(QStringLiteral("2025")));
        CHECK(!meetings.summary.contains(QStringLiteral("2024")));
    }
    SECTION("met when every year has its meetings; a civil-society guest counts")
    {
        const qint64 november = f.meeting(QDate(2025, 11, 20), QStringLiteral("Public accountability"), QStringLiteral("held"),
                                          QStringLiteral("public_event"));
        f.present(november, commitment);
        f.attend(november, QStringLiteral("Guest from a neighbourhood council"), QStringLiteral("civil_society"));
        CHECK(f.finding("implementation_meetings", QDate(2025, 12, 31)).status == Status::Met);
        // The new year starts short again.
        CHECK(f.finding("implementation_meetings", QDate(2026, 1, 15)).status == Status::AtRisk);
    }
}

TEST_CASE("Calendar: the plan is submitted by its due date, four months late is contrary to process", "[compliance]")
{
    CraftedForum f;
    ComplianceFinding submission = f.finding("submission", QDate(2025, 3, 1));
    CHECK(submission.status == Status::Met);
    QList<ComplianceEvidence> dates = ofKind(submission, Kind::Date);
    REQUIRE(dates.size() == 2);
    CHECK(dates.at(0).date == QDate(2024, 8, 31));
    CHECK(dates.at(1).date == QDate(2024, 8, 20));

    SECTION("the forum's approval is evidence")
    {
        const qint64 session = f.meeting(QDate(2024, 8, 14), QStringLiteral("Approval session"));
        Decision d;
        d.meetingId = session;
        d.text = QStringLiteral("Approve the plan.");
        d.approvesPlanId = f.plan.id;
        Table<Decision>(*f.file).create(d);
        const QList<ComplianceEvidence> meetings = ofKind(f.finding("submission", QDate(2025, 3, 1)), Kind::Meeting);
        REQUIRE(meetings.size() == 1);
        CHECK(meetings.first().id == session);
        CHECK(meetings.first().text.contains(QStringLiteral("the forum approved the plan")));
    }
    SECTION("late, and more than four months late")
    {
        f.updatePlan([](ActionPlan &p) { p.submittedOn = QDate(2024, 10, 15); });
        submission = f.finding("submission", QDate(2025, 3, 1));
        CHECK(submission.status == Status::NotMet);
        CHECK(mentions(submission, QStringLiteral("Late by 1 month and 15 days")));
        CHECK(!submission.summary.contains(QStringLiteral("contrary to process")));
        f.updatePlan([](ActionPlan &p) { p.submittedOn = QDate(2025, 2, 1); });
        submission = f.finding("submission", QDate(2025, 3, 1));
        CHECK(submission.status == Status::NotMet);
        CHECK(submission.summary.contains(QStringLiteral("acting contrary to process")));
    }
    SECTION("not submitted: not applicable, then at risk, then not met; OGP's 31 August by default")
    {
        f.updatePlan([](ActionPlan &p) {
            p.submittedOn = QDate();
            p.dueOn = QDate();
            p.stage = QStringLiteral("co_create");
        });
        submission = f.finding("submission", QDate(2024, 6, 1));
        CHECK(submission.status == Status::NotApplicable);
        dates = ofKind(submission, Kind::Date);
        REQUIRE(dates.size() == 1);
        CHECK(dates.first().date == QDate(2024, 8, 31));
        CHECK(dates.first().text.contains(QStringLiteral("OGP's 31 August")));
        submission = f.finding("submission", QDate(2024, 8, 15));
        CHECK(submission.status == Status::AtRisk);
        CHECK(submission.summary.contains(QStringLiteral("16 days")));
        submission = f.finding("submission", QDate(2024, 11, 1));
        CHECK(submission.status == Status::NotMet);
        CHECK(!submission.summary.contains(QStringLiteral("contrary to process")));
        CHECK(submission.nextStep.contains(QStringLiteral("31 Jan 2025")));
        submission = f.finding("submission", QDate(2025, 3, 1));
        CHECK(submission.status == Status::NotMet);
        CHECK(submission.summary.contains(QStringLiteral("acting contrary to process")));
    }
}

TEST_CASE("Calendar: the plan covers at least 20 months and ends on 31 August", "[compliance]")
{
    CraftedForum f;
    const QDate today(2025, 3, 1);
    ComplianceFinding period = f.finding("plan_period", today);
    CHECK(period.status == Status::Met);
    CHECK(mentions(period, QStringLiteral("Covers 24 months")));
    f.updatePlan([](ActionPlan &p) { p.periodEnd = QDate(2026, 6, 30); });
    period = f.finding("plan_period", today);
    CHECK(period.status == Status::AtRisk);
    CHECK(period.nextStep.contains(QStringLiteral("31 Aug 2026")));
    f.updatePlan([](ActionPlan &p) { p.periodEnd = QDate(2026, 2, 28); });
    period = f.finding("plan_period", today);
    CHECK(period.status == Status::NotMet);
    CHECK(period.summary.contains(QStringLiteral("18 months")));
}

TEST_CASE("The IRM's questions come with what the IRM looks for and the forum's figures, never a verdict of Forum Desk's", "[compliance]")
{
    CraftedForum f;
    const QDate today(2025, 3, 1);
    StandardsCheck check = f.check(today);
    REQUIRE(check.irmAnswers.size() == 3);
    for (const IrmAnswer &answer : check.irmAnswers) {
        CHECK(answer.question.endsWith(QLatin1Char('?')));
        CHECK(!answer.looksFor.isEmpty());
        CHECK(answer.source.startsWith(QStringLiteral("OGP")));
    }
    CHECK(check.irmAnswers.at(1).data == QStringList{QStringLiteral("The plan has no commitments yet")});
    CHECK(check.irmAnswers.at(2).looksFor.contains(QStringLiteral("substantial")));
    // Nothing answered, no meetings: the figures say so.
    CHECK(check.irmAnswers.at(0).key == QStringLiteral("collaborative"));
    CHECK(check.irmAnswers.at(0).data.join(QLatin1Char('\n')).contains(QStringLiteral("with civil society present: 0 of 0")));

    const qint64 first = f.commitment(QStringLiteral("1"));
    const qint64 session = f.meeting(QDate(2024, 10, 10), QStringLiteral("Session"));
    f.attend(session, QStringLiteral("Carla Sociedad"), QStringLiteral("civil_society"), f.civilMember);
    f.contribution(QDate(2024, 4, 2), QStringLiteral("Lucía Méndez"), true);
    check = f.check(today);
    CHECK(check.irmAnswers.at(0).data.join(QLatin1Char('\n')).contains(QStringLiteral("with civil society present: 1 of 1")));
    CHECK(check.irmAnswers.at(0).data.join(QLatin1Char('\n')).contains(QStringLiteral("from outside government: 1 of 1")));
    CHECK(check.irmAnswers.at(1).key == QStringLiteral("relevant"));
    CHECK(check.irmAnswers.at(1).data.join(QLatin1Char('\n')).contains(QStringLiteral("fill in OGP's template: 1 of 1 (0 gaps in all)")));

    // A second commitment with technology and innovation alone, and no budget.
    const qint64 second = f.commitment(QStringLiteral("2"));
    Commitment c = Table<Commitment>(*f.file).get(second);
    c.valueAccessInformation = false;
    c.valueTechnologyInnovation = true;
    c.budget.clear();
    c.frontiers = QStringList{QStringLiteral("public_resources")};
    Table<Commitment>(*f.file).update(c);
    Assessment strong;
    strong.commitmentId = first;
    strong.source = QStringLiteral("irm");
    strong.relevanceAccessInformation = true;
    strong.potentialImpact = QStringLiteral("transformative");
    Table<Assessment>(*f.file).create(strong);
    Assessment weakSelf;
    weakSelf.commitmentId = second;
    weakSelf.source = QStringLiteral("self");
    weakSelf.potentialResults = QStringLiteral("substantial"); // the IRM, below, thinks otherwise
    Table<Assessment>(*f.file).create(weakSelf);
    Assessment weakIrm;
    weakIrm.commitmentId = second;
    weakIrm.source = QStringLiteral("irm");
    weakIrm.verifiable = false;
    weakIrm.potentialResults = QStringLiteral("modest");
    weakIrm.potentialImpact = QStringLiteral("minor");
    Table<Assessment>(*f.file).create(weakIrm);

    check = f.check(today);
    const IrmAnswer &relevant = check.irmAnswers.at(1);
    const QString relevantData = relevant.data.join(QLatin1Char('\n'));
    CHECK(relevantData.contains(QStringLiteral("OGP value (access to information, civic participation or public accountability): 1 of 2")));
    CHECK(relevantData.contains(QStringLiteral("technology and innovation alone, which OGP does not count: 1")));
    CHECK(relevantData.contains(QStringLiteral("Commitment 2 (Open contracting 2): 2 gaps in the template")));
    CHECK(relevantData.contains(QStringLiteral("verifiable: 1")));
    const IrmAnswer &ambitious = check.irmAnswers.at(2);
    CHECK(ambitious.key == QStringLiteral("ambitious"));
    CHECK(ambitious.data.join(QLatin1Char('\n')).contains(QStringLiteral("Assessed commitments (the IRM's assessment, else the self-assessment): 2 of 2")));
    CHECK(ambitious.data.join(QLatin1Char('\n')).contains(QStringLiteral("frontier of open government: 1 of 2")));
}

TEST_CASE("The small sample's first plan shows the gap between October 2022 and June 2023", "[compliance]")
{
    test::TempFolder folder;
    SampleOptions options;
    options.language = QStringLiteral("en");
    auto file = createSampleForum(folder.file(QStringLiteral("sample.ogpforum")), options);
    const ActionPlan first = Table<ActionPlan>(*file).list(QString(), {}, QStringLiteral("period_start")).first();
    const StandardsCheck check = StandardsCheck::evaluate(*file, first.id, QDate(2026, 11, 28));
    const ComplianceFinding *sessions = check.finding(QStringLiteral("six_months"));
    REQUIRE(sessions != nullptr);
    CHECK(sessions->status == Status::NotMet);
    bool found = false;
    for (const ComplianceEvidence &e : ofKind(*sessions, Kind::Gap))
        found = found || (e.date == QDate(2022, 10, 20) && e.until == QDate(2023, 6, 15) && e.otherId > 0);
    CHECK(found);
    CHECK(check.finding(QStringLiteral("reasoned_response"))->status == Status::Met);
    CHECK(check.finding(QStringLiteral("submission"))->status == Status::Met);
}

TEST_CASE("The compliance report states each rule with its status, evidence and next step", "[compliance]")
{
    CraftedForum f;
    const qint64 commitment = f.commitment(QStringLiteral("1"));
    const qint64 session = f.meeting(QDate(2024, 10, 15), QStringLiteral("Sesión <b>ordinaria</b> *uno*"));
    f.present(session, commitment);
    f.attend(session, QStringLiteral("Carla Sociedad"), QStringLiteral("civil_society"), f.civilMember);
    f.contribution(QDate(2024, 5, 6), QStringLiteral("Tomás Quispe"), false);
    const QDate today(2025, 8, 1);
    // The document's wording: dates written out, as the forum's language writes them.
    const DocumentLanguage en(QStringLiteral("en"));
    const StandardsCheck check = StandardsCheck::evaluate(*f.file, f.plan.id, today, &en);

    const std::unique_ptr<QTextDocument> doc = ComplianceReportDocument::build(*f.file, f.plan.id, today);
    const QString text = doc->toPlainText();
    CHECK(text.contains(QStringLiteral("OGP standards compliance report")));
    CHECK(text.contains(QStringLiteral("Foro Abierto de Montealto")));
    CHECK(text.contains(QStringLiteral("Plan 2024-2026")));
    CHECK(text.contains(QStringLiteral("Checked on: 1 August 2025")));
    CHECK(text.contains(QStringLiteral("Summary: ") + check.summaryLine(&en)));
    for (const ComplianceFinding &finding : check.findings) {
        CHECK(text.contains(finding.title));
        CHECK(text.contains(finding.nextStep));
        CHECK(text.contains(finding.source));
    }
    // The evidence, in the forum's language: the session's date and title as recorded.
    CHECK(text.contains(QStringLiteral("15 October 2024 — Sesión <b>ordinaria</b> *uno*")));
    CHECK(text.contains(QStringLiteral("Tomás Quispe, received on 6 May 2024")));
    // The IRM's questions with what it looks for, and no verdict of Forum Desk's own.
    for (const IrmAnswer &answer : check.irmAnswers) {
        CHECK(text.contains(answer.question));
        CHECK(text.contains(answer.looksFor));
    }
    CHECK(text.contains(QStringLiteral("What potential for results do the commitments have?")));
    CHECK_FALSE(text.contains(QStringLiteral("Strong")));
    const QString markdown = DocumentBuilder::markdownOf(*doc);
    CHECK(markdown.count(QStringLiteral("\n### ")) == 8 + 3);
    CHECK(markdown.contains(QStringLiteral("Sesión \\<b\\>ordinaria\\</b\\> \\*uno\\*")));

    test::TempFolder out;
    for (const auto &[name, format] : {std::pair{"report.pdf", DocumentWriter::Format::Pdf},
                                       {"report.odt", DocumentWriter::Format::Odt},
                                       {"report.html", DocumentWriter::Format::Html},
                                       {"report.md", DocumentWriter::Format::Markdown}}) {
        DocumentWriter::write(*doc, out.file(QString::fromLatin1(name)), format);
        CHECK(QFile(out.file(QString::fromLatin1(name))).size() > 500);
    }
    QFile html(out.file(QStringLiteral("report.html")));
    REQUIRE(html.open(QIODevice::ReadOnly));
    CHECK(!html.readAll().contains("<b>ordinaria</b>"));
}

TEST_CASE("The compliance report of a Spanish forum is written in the forum's language", "[compliance]")
{
    CraftedForum f(QStringLiteral("es"));
    const qint64 gap = f.meeting(QDate(2024, 10, 15), QStringLiteral("Sesión de octubre"));
    const qint64 after = f.meeting(QDate(2025, 6, 20), QStringLiteral("Sesión de junio"));
    f.contribution(QDate(2024, 5, 6), QStringLiteral("Tomás Quispe"), false);
    const QDate today(2025, 8, 1);
    const DocumentLanguage es(QStringLiteral("es"));
    const StandardsCheck check = StandardsCheck::evaluate(*f.file, f.plan.id, today, &es);
    const ComplianceFinding *sessions = check.finding(QStringLiteral("six_months"));
    REQUIRE(sessions != nullptr);
    CHECK(sessions->status == Status::NotMet);
    const QList<ComplianceEvidence> gaps = ofKind(*sessions, Kind::Gap);
    REQUIRE(gaps.size() == 1);
    CHECK(gaps.first().id == gap);
    CHECK(gaps.first().otherId == after);

    const std::unique_ptr<QTextDocument> doc = ComplianceReportDocument::build(*f.file, f.plan.id, today);
    const QString text = doc->toPlainText();
    CHECK(text.contains(QStringLiteral("Foro Abierto de Montealto")));
    CHECK(text.contains(QStringLiteral("Plan 2024-2026")));
    CHECK(text.contains(es.longDate(today)));
    CHECK(text.contains(QStringLiteral("15 de octubre de 2024")));
    CHECK(text.contains(QStringLiteral("20 de junio de 2025")));
    CHECK(text.contains(gaps.first().text));
    CHECK(text.contains(QStringLiteral("Tomás Quispe")));
    CHECK(text.contains(es.longDate(QDate(2024, 5, 6))));
    // Every status, title and question appears, in the same words as the check in Spanish.
    for (const ComplianceFinding &finding : check.findings) {
        CHECK(text.contains(finding.title));
        CHECK(text.contains(StandardsCheck::statusLabel(finding.status, &es)));
    }
    for (const IrmAnswer &answer : check.irmAnswers)
        CHECK(text.contains(answer.question));
    CHECK(DocumentBuilder::markdownOf(*doc).count(QStringLiteral("\n### ")) == 8 + 3);
}
