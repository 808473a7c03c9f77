// SPDX-License-Identifier: GPL-3.0-or-later
// The core operations behind the meetings page: the lifecycle, the agenda's order, attendance,
// decisions and the follow-up of action items.
#include "tests/support/TestSupport.h"
#include "core/forum/NewForum.h"
#include "core/meetings/ActionItemFollowUp.h"
#include "core/meetings/Agenda.h"
#include "core/meetings/AttendanceSheet.h"
#include "core/meetings/DecisionRecord.h"
#include "core/meetings/MeetingLifecycle.h"
#include "core/meetings/MeetingQuery.h"
#include "core/meetings/Quorum.h"
#include "core/storage/Table.h"

#include <catch2/catch.hpp>

using namespace forumdesk;

namespace {

Meeting makeMeeting(ForumFile &file, const QString &title, const QDateTime &starts)
{
    Meeting m;
    m.title = title;
    m.startsAt = starts;
    m.endsAt = starts.addSecs(7200);
    Table<Meeting>(file).create(m);
    return m;
}

QStringList titles(const QList<AgendaItem> &items)
{
    QStringList list;
    for (const AgendaItem &item : items)
        list << QStringLiteral("%1:%2").arg(item.position).arg(item.title);
    return list;
}

} // namespace

TEST_CASE("A meeting follows its lifecycle, and minutes are approved at a later meeting", "[meetings][core]")
{
    test::TempFolder folder;
    auto file = createForum(folder.file(QStringLiteral("f.ogpforum")), QStringLiteral("Foro"), QStringLiteral("es"));
    const Meeting first = makeMeeting(*file, QStringLiteral("Sesión 1"), QDateTime(QDate(2025, 3, 4), QTime(10, 0)));
    const Meeting second = makeMeeting(*file, QStringLiteral("Sesión 2"), QDateTime(QDate(2025, 6, 4), QTime(10, 0)));

    CHECK(MeetingLifecycle::nextStatuses(QStringLiteral("planned")) == QStringList{QStringLiteral("held"), QStringLiteral("cancelled")});
    // Skipping a step is refused, naming the status.
    try {
        MeetingLifecycle::move(*file, first.id, QStringLiteral("published"));
        FAIL("a planned meeting was published");
    } catch (const ValidationError &error) {
        CHECK(error.field() == QLatin1String("status"));
        CHECK(error.rule() == QLatin1String("transition"));
    }
    MeetingLifecycle::move(*file, first.id, QStringLiteral("held"));
    MeetingLifecycle::move(*file, first.id, QStringLiteral("minutes_draft"));
    // Approval needs a later meeting.
    CHECK_THROWS_AS(MeetingLifecycle::move(*file, first.id, QStringLiteral("minutes_approved")), ValidationError);
    const QList<Meeting> approving = MeetingLifecycle::approvingMeetings(*file, first);
    REQUIRE(approving.size() == 1);
    CHECK(approving.first().id == second.id);
    MeetingLifecycle::move(*file, first.id, QStringLiteral("minutes_approved"), second.id);
    const Meeting published = MeetingLifecycle::move(*file, first.id, QStringLiteral("published"), 0, QDate(2025, 6, 10));
    CHECK(published.status == QLatin1String("published"));
    CHECK(Table<Meeting>(*file).get(first.id).approvedAtMeetingId == second.id);
    CHECK(Table<Meeting>(*file).get(first.id).publishedOn == QDate(2025, 6, 10));
    // An earlier meeting cannot approve a later one's minutes.
    MeetingLifecycle::move(*file, second.id, QStringLiteral("held"));
    MeetingLifecycle::move(*file, second.id, QStringLiteral("minutes_draft"));
    CHECK_THROWS_AS(MeetingLifecycle::move(*file, second.id, QStringLiteral("minutes_approved"), first.id), ValidationError);
    // A cancelled meeting can be planned again.
    const Meeting third = makeMeeting(*file, QStringLiteral("Sesión 3"), QDateTime(QDate(2025, 9, 4), QTime(10, 0)));
    MeetingLifecycle::move(*file, third.id, QStringLiteral("cancelled"));
    CHECK(MeetingLifecycle::move(*file, third.id, QStringLiteral("planned")).status == QLatin1String("planned"));
}

TEST_CASE("Agenda items keep positions 0..n-1 when added, moved and removed", "[meetings][core]")
{
    test::TempFolder folder;
    auto file = createForum(folder.file(QStringLiteral("f.ogpforum")), QStringLiteral("Foro"), QStringLiteral("es"));
    const Meeting m = makeMeeting(*file, QStringLiteral("Sesión"), QDateTime(QDate(2025, 3, 4), QTime(10, 0)));
    for (const char *title : {"A", "B", "C"}) {
        AgendaItem item;
        item.meetingId = m.id;
        item.title = QString::fromLatin1(title);
        item.durationMinutes = 20;
        Agenda::insert(*file, item);
    }
    AgendaItem first;
    first.meetingId = m.id;
    first.title = QStringLiteral("Welcome");
    first.durationMinutes = 10;
    Agenda::insert(*file, first, 0);
    CHECK(titles(Agenda::of(*file, m.id)) == QStringList{QStringLiteral("0:Welcome"), QStringLiteral("1:A"), QStringLiteral("2:B"), QStringLiteral("3:C")});

    Agenda::move(*file, m.id, 3, 1);
    CHECK(titles(Agenda::of(*file, m.id)) == QStringList{QStringLiteral("0:Welcome"), QStringLiteral("1:C"), QStringLiteral("2:A"), QStringLiteral("3:B")});
    Agenda::move(*file, m.id, 1, 3);
    CHECK(titles(Agenda::of(*file, m.id)) == QStringList{QStringLiteral("0:Welcome"), QStringLiteral("1:A"), QStringLiteral("2:B"), QStringLiteral("3:C")});
    CHECK_THROWS_AS(Agenda::move(*file, m.id, 0, 4), ValidationError);

    const AgendaItem removed = Agenda::remove(*file, Agenda::of(*file, m.id).at(1).id);
    CHECK(titles(Agenda::of(*file, m.id)) == QStringList{QStringLiteral("0:Welcome"), QStringLiteral("1:B"), QStringLiteral("2:C")});
    AgendaItem back = removed;
    Agenda::insert(*file, back, removed.position);
    CHECK(back.id == removed.id);
    CHECK(titles(Agenda::of(*file, m.id)) == QStringList{QStringLiteral("0:Welcome"), QStringLiteral("1:A"), QStringLiteral("2:B"), QStringLiteral("3:C")});

    // 10:00 + 10 + 20 + 20 + 20 minutes.
    const QList<QDateTime> times = Agenda::expectedTimes(m, Agenda::of(*file, m.id));
    REQUIRE(times.size() == 5);
    CHECK(times[1].time() == QTime(10, 10));
    CHECK(times.last().time() == QTime(11, 10));
}

TEST_CASE("Attendance marks count towards the quorum, action items are matters arising until closed", "[meetings][core]")
{
    test::TempFolder folder;
    auto file = createForum(folder.file(QStringLiteral("f.ogpforum")), QStringLiteral("Foro"), QStringLiteral("es"));
    Member ana = test::makeMember(QStringLiteral("Ana Pérez"), QStringLiteral("government"));
    Member luis = test::makeMember(QStringLiteral("Luis Quispe"), QStringLiteral("civil_society"));
    Table<Member>(*file).create(ana);
    Table<Member>(*file).create(luis);
    const Meeting first = makeMeeting(*file, QStringLiteral("Sesión 1"), QDateTime(QDate(2025, 3, 4), QTime(10, 0)));
    const Meeting second = makeMeeting(*file, QStringLiteral("Sesión 2"), QDateTime(QDate(2025, 6, 4), QTime(10, 0)));

    CHECK(AttendanceSheet::members(*file, first.id).size() == 2);
    CHECK_FALSE(Quorum::of(*file, first.id).met);
    AttendanceSheet::mark(*file, first.id, ana.id, QStringLiteral("present"));
    CHECK_THROWS_AS(AttendanceSheet::mark(*file, first.id, luis.id, QStringLiteral("represented")), ValidationError);
    AttendanceSheet::mark(*file, first.id, luis.id, QStringLiteral("represented"), QStringLiteral("Rosa Mamani"));
    QuorumStatus q = Quorum::of(*file, first.id);
    CHECK(q.presentVoting == 2);
    CHECK(q.met);
    // Marking again changes the same row.
    AttendanceSheet::mark(*file, first.id, ana.id, QStringLiteral("excused"));
    CHECK(Table<Attendance>(*file).count(QStringLiteral("meeting_id = ?"), {first.id}) == 2);
    CHECK_FALSE(Quorum::of(*file, first.id).met);

    // A vote: the counts come from the named votes, the outcome from the majority.
    DecisionRecord decision = DecisionRecord::proposed(*file, first.id);
    decision.decision.text = QStringLiteral("Aprobar el cronograma");
    decision.decision.method = QStringLiteral("vote");
    decision.decision.majority = QStringLiteral("simple");
    Vote vote;
    vote.memberId = luis.id;
    vote.name = luis.name;
    vote.choice = QStringLiteral("for");
    decision.votes = {vote};
    decision.tally();
    CHECK(decision.decision.votesFor == 1);
    CHECK(decision.suggestedOutcome() == QLatin1String("adopted"));
    decision.write(*file);
    CHECK(DecisionRecord::load(*file, decision.decision.id).votes.size() == 1);
    // More votes than voting members present is refused.
    DecisionRecord tooMany = DecisionRecord::proposed(*file, first.id);
    tooMany.decision.text = QStringLiteral("Otra");
    tooMany.decision.method = QStringLiteral("vote");
    tooMany.decision.votesFor = 5;
    CHECK_THROWS_AS(tooMany.write(*file), ValidationError);

    ActionItem action;
    action.meetingId = first.id;
    action.text = QStringLiteral("Publicar el acta");
    action.dueOn = QDate(2025, 4, 1);
    Table<ActionItem>(*file).create(action);
    CHECK(ActionItemFollowUp::mattersArising(*file, first.id).isEmpty());
    REQUIRE(ActionItemFollowUp::mattersArising(*file, second.id).size() == 1);
    ActionItemQuery open;
    CHECK(open.count(*file) == 1);
    CHECK(open.fetch(*file, 0, 10).first().meetingTitle == QStringLiteral("Sesión 1"));
    CHECK_THROWS_AS(ActionItemFollowUp::close(*file, action.id, QStringLiteral("open")), ValidationError);
    const ActionItem closed = ActionItemFollowUp::close(*file, action.id, QStringLiteral("done"), QDate(2025, 5, 2));
    CHECK(closed.closedOn == QDate(2025, 5, 2));
    CHECK(ActionItemFollowUp::mattersArising(*file, second.id).isEmpty());
    CHECK(open.count(*file) == 0);
    CHECK(ActionItemFollowUp::reopened(closed).closedOn.isNull());
}

TEST_CASE("The meetings query splits upcoming from past and filters by kind and plan", "[meetings][core]")
{
    test::TempFolder folder;
    auto file = createForum(folder.file(QStringLiteral("f.ogpforum")), QStringLiteral("Foro"), QStringLiteral("es"));
    makeMeeting(*file, QStringLiteral("Pasada"), QDateTime(QDate(2024, 3, 4), QTime(10, 0)));
    Meeting soon = makeMeeting(*file, QStringLiteral("Próxima"), QDateTime(QDate(2025, 3, 4), QTime(10, 0)));
    Meeting later = makeMeeting(*file, QStringLiteral("Después"), QDateTime(QDate(2025, 5, 4), QTime(10, 0)));
    later.kind = QStringLiteral("consultation");
    Table<Meeting>(*file).update(later);

    MeetingQuery query;
    query.today = QDate(2025, 1, 1);
    query.when = MeetingQuery::When::Upcoming;
    CHECK(query.count(*file) == 2);
    CHECK(query.fetch(*file, 0, 10).first().id == soon.id);
    query.when = MeetingQuery::When::Past;
    CHECK(query.fetch(*file, 0, 10).first().title == QStringLiteral("Pasada"));
    query.when = MeetingQuery::When::All;
    query.kind = QStringLiteral("consultation");
    CHECK(query.count(*file) == 1);
    query.kind.clear();
    query.planId = 99;
    CHECK(query.count(*file) == 0);
}

TEST_CASE("A presenter who is absent, excused or unknown to the meeting is flagged, with the reason", "[meetings][core]")
{
    test::TempFolder folder;
    auto file = createForum(folder.file(QStringLiteral("f.ogpforum")), QStringLiteral("Foro"), QStringLiteral("es"));
    Member ana = test::makeMember(QStringLiteral("Ana Pérez"), QStringLiteral("government"));
    Member luis = test::makeMember(QStringLiteral("Luis Quispe"), QStringLiteral("civil_society"));
    Member eva = test::makeMember(QStringLiteral("Eva Rojas"), QStringLiteral("academia"));
    for (Member *member : {&ana, &luis, &eva})
        Table<Member>(*file).create(*member);
    const Meeting meeting = makeMeeting(*file, QStringLiteral("Sesión 1"), QDateTime(QDate(2025, 3, 4), QTime(10, 0)));

    // Before attendance is taken: members are fine, strangers are not.
    CHECK(Agenda::presenterProblem(*file, meeting, QStringLiteral("ana pérez — Ministerio de Salud")).isEmpty());
    CHECK(Agenda::presenterProblem(*file, meeting, QString()).isEmpty());
    CHECK(Agenda::presenterProblem(*file, meeting, QStringLiteral("Nadia Nadie")).contains(QStringLiteral("Nadia Nadie")));

    AttendanceSheet::mark(*file, meeting.id, ana.id, QStringLiteral("present"));
    AttendanceSheet::mark(*file, meeting.id, luis.id, QStringLiteral("absent"));
    AttendanceSheet::mark(*file, meeting.id, eva.id, QStringLiteral("excused"));
    CHECK(Agenda::presenterProblem(*file, meeting, QStringLiteral("Ana Pérez")).isEmpty());
    CHECK(Agenda::presenterProblem(*file, meeting, QStringLiteral("Luis Quispe")).contains(QStringLiteral("absent")));
    CHECK(Agenda::presenterProblem(*file, meeting, QStringLiteral("Eva Rojas (Universidad)")).contains(QStringLiteral("excused")));
    CHECK(Agenda::presenterProblem(*file, meeting, QStringLiteral("Nadia Nadie")).contains(QStringLiteral("attendance list")));
    // The alternate who came in an absent member's place may present.
    AttendanceSheet::mark(*file, meeting.id, luis.id, QStringLiteral("represented"), QStringLiteral("Rosa Mamani"));
    CHECK(Agenda::presenterProblem(*file, meeting, QStringLiteral("Rosa Mamani")).isEmpty());
}
