// SPDX-License-Identifier: GPL-3.0-or-later
// Quorum and majority by the forum's rules; attendance and votes that cannot be.
#include <catch2/catch.hpp>

#include "tests/support/TestSupport.h"
#include "core/forum/Forum.h"
#include "core/forum/Member.h"
#include "core/forum/NewForum.h"
#include "core/meetings/Attendance.h"
#include "core/meetings/AttendanceSheet.h"
#include "core/meetings/MeetingDossier.h"
#include "core/forum/ConsistencyCheck.h"
#include "core/meetings/Decision.h"
#include "core/meetings/Majority.h"
#include "core/meetings/Meeting.h"
#include "core/meetings/Quorum.h"
#include "core/storage/Table.h"

#include <QTimeZone>

using namespace forumdesk;

namespace {

struct Room {
    test::TempFolder folder;
    std::unique_ptr<ForumFile> file = createForum(folder.file(QStringLiteral("f.ogpforum")), QStringLiteral("Foro"));
    Meeting meeting;
    QList<Member> members;

    Room()
    {
        meeting.title = QStringLiteral("Sesión");
        meeting.startsAt = QDateTime(QDate(2026, 3, 10), QTime(9, 0), QTimeZone::utc());
        meeting.endsAt = meeting.startsAt.addSecs(7200);
        Table<Meeting>(*file).create(meeting);
    }
    Member &add(const QString &name, const QString &sector, const QString &role = QStringLiteral("member"))
    {
        Member m;
        m.name = name;
        m.sector = sector;
        m.role = role;
        m.voting = role != QLatin1String("observer");
        Table<Member>(*file).create(m);
        members.append(m);
        return members.last();
    }
    void attend(const Member &m, const QString &status = QStringLiteral("present"))
    {
        Attendance a;
        a.meetingId = meeting.id;
        a.memberId = m.id;
        a.name = m.name;
        a.sector = m.sector;
        a.status = status;
        Table<Attendance>(*file).create(a);
    }
};

} // namespace

TEST_CASE("Quorum needs the forum's share of voting members and both sectors", "[meetings][quorum]")
{
    Room room;
    for (int i = 0; i < 5; ++i)
        room.add(QStringLiteral("Gobierno %1").arg(i), QStringLiteral("government"));
    for (int i = 0; i < 5; ++i)
        room.add(QStringLiteral("Sociedad %1").arg(i), QStringLiteral("civil_society"));
    room.add(QStringLiteral("Observadora"), QStringLiteral("academia"), QStringLiteral("observer"));
    room.add(QStringLiteral("Suplente"), QStringLiteral("government"), QStringLiteral("alternate"));

    // 50% of 10 voting members: 5, with both sectors.
    for (int i = 0; i < 5; ++i)
        room.attend(room.members.at(i)); // five government members
    room.attend(room.members.at(10));    // the observer does not count
    QuorumStatus status = Quorum::of(*room.file, room.meeting.id);
    CHECK(status.votingMembers == 10);
    CHECK(status.presentVoting == 5);
    CHECK(status.required == 5);
    CHECK_FALSE(status.civilSocietyPresent);
    CHECK_FALSE(status.met); // civil society is missing
    CHECK(status.presentBySector.value(QStringLiteral("government")) == 5);
    CHECK(status.presentBySector.value(QStringLiteral("academia")) == 1);

    room.attend(room.members.at(5), QStringLiteral("represented"));
    status = Quorum::of(*room.file, room.meeting.id);
    CHECK(status.presentVoting == 6);
    CHECK(status.met);

    // A forum that does not ask for both sectors, with a two-thirds quorum.
    Forum forum = Table<Forum>(*room.file).get(1);
    forum.quorumBothSectors = false;
    forum.quorumPercent = 67;
    Table<Forum>(*room.file).update(forum);
    status = Quorum::of(*room.file, room.meeting.id);
    CHECK(status.required == 7);
    CHECK_FALSE(status.met);
}

TEST_CASE("Members whose term does not cover the meeting are not counted", "[meetings][quorum]")
{
    Room room;
    Member &gone = room.add(QStringLiteral("Antigua"), QStringLiteral("government"));
    gone.termStart = QDate(2020, 1, 1);
    gone.termEnd = QDate(2025, 12, 31);
    Table<Member>(*room.file).update(gone);
    room.add(QStringLiteral("Actual"), QStringLiteral("civil_society"));
    CHECK(Quorum::of(*room.file, room.meeting.id).votingMembers == 1);
}

TEST_CASE("A past meeting keeps the seats its members held then, whatever their role is today", "[meetings][quorum]")
{
    Room room;
    Member ana = room.add(QStringLiteral("Ana"), QStringLiteral("government"));
    room.add(QStringLiteral("Beto"), QStringLiteral("civil_society"));
    for (const Member &m : room.members)
        AttendanceSheet::mark(*room.file, room.meeting.id, m.id, QStringLiteral("present"));
    Decision vote;
    vote.meetingId = room.meeting.id;
    vote.text = QStringLiteral("Aprobar el plan");
    vote.method = QStringLiteral("vote");
    vote.votesFor = 2;
    vote.outcome = QStringLiteral("adopted");
    Table<Decision>(*room.file).create(vote);
    REQUIRE(Quorum::of(*room.file, room.meeting.id).presentVoting == 2);

    // Later, Ana becomes an observer without a vote.
    ana.role = QStringLiteral("observer");
    ana.voting = false;
    Table<Member>(*room.file).update(ana);

    // The meeting she voted at still counts her vote, its minutes still give her role then, and the
    // vote of two is no inconsistency.
    const QuorumStatus then = Quorum::of(*room.file, room.meeting.id);
    CHECK(then.votingMembers == 2);
    CHECK(then.presentVoting == 2);
    CHECK(then.met);
    CHECK(MeetingDossier::load(*room.file, room.meeting.id).memberRoles.value(ana.id) == QStringLiteral("member"));
    const auto seat = AttendanceSheet::find(*room.file, room.meeting.id, ana.id);
    REQUIRE(seat);
    CHECK(seat->hadVote(ana)); // the decision dialog offers her a named vote there
    CHECK(ConsistencyCheck::dataRules(*room.file).isEmpty());

    // A meeting after the change counts her as she is now.
    Meeting next;
    next.title = QStringLiteral("Sesión siguiente");
    next.startsAt = room.meeting.startsAt.addDays(30);
    next.endsAt = next.startsAt.addSecs(3600);
    Table<Meeting>(*room.file).create(next);
    AttendanceSheet::mark(*room.file, next.id, ana.id, QStringLiteral("present"));
    CHECK(Quorum::of(*room.file, next.id).votingMembers == 1);
    CHECK(Quorum::of(*room.file, next.id).presentVoting == 0);
    CHECK(MeetingDossier::load(*room.file, next.id).memberRoles.value(ana.id) == QStringLiteral("observer"));
}

TEST_CASE("Quorum rounds up and never asks for fewer than one", "[meetings][quorum]")
{
    CHECK(Quorum::required(10, 50) == 5);
    CHECK(Quorum::required(9, 50) == 5);
    CHECK(Quorum::required(9, 51) == 5);
    CHECK(Quorum::required(20, 51) == 11);
    CHECK(Quorum::required(0, 50) == 1);
}

TEST_CASE("Majorities follow the forum's rule", "[meetings][majority]")
{
    CHECK(Majority::outcome(QStringLiteral("simple"), 5, 4, 3) == QStringLiteral("adopted"));
    CHECK(Majority::outcome(QStringLiteral("simple"), 4, 4, 0) == QStringLiteral("rejected"));
    CHECK(Majority::outcome(QStringLiteral("two_thirds"), 6, 3, 5) == QStringLiteral("adopted"));
    CHECK(Majority::outcome(QStringLiteral("two_thirds"), 6, 4, 0) == QStringLiteral("rejected"));
    CHECK(Majority::outcome(QStringLiteral("consensus"), 9, 0, 2) == QStringLiteral("adopted"));
    CHECK(Majority::outcome(QStringLiteral("consensus"), 9, 1, 0) == QStringLiteral("rejected"));
}

TEST_CASE("The same member cannot be in one meeting's attendance twice", "[meetings][validation]")
{
    Room room;
    const Member ana = room.add(QStringLiteral("Ana"), QStringLiteral("government"));
    room.attend(ana);
    try {
        room.attend(ana, QStringLiteral("remote"));
        FAIL("a member was recorded twice");
    } catch (const ValidationError &e) {
        CHECK(e.field() == QStringLiteral("member_id"));
        CHECK(e.rule() == QStringLiteral("unique"));
        CHECK(e.message().contains(QStringLiteral("Ana is already in this meeting's attendance")));
    }
    CHECK(Table<Attendance>(*room.file).count() == 1);
}

TEST_CASE("A vote cannot count more votes than voting members present", "[meetings][validation]")
{
    Room room;
    room.attend(room.add(QStringLiteral("Ana"), QStringLiteral("government")));
    room.attend(room.add(QStringLiteral("Luis"), QStringLiteral("civil_society")));
    room.attend(room.add(QStringLiteral("Eva"), QStringLiteral("civil_society")), QStringLiteral("absent"));
    Decision decision;
    decision.meetingId = room.meeting.id;
    decision.text = QStringLiteral("Aprobar el orden del día");
    decision.method = QStringLiteral("vote");
    decision.votesFor = 2;
    decision.votesAbstain = 1;
    try {
        Table<Decision>(*room.file).create(decision);
        FAIL("three votes were accepted from two members present");
    } catch (const ValidationError &e) {
        CHECK(e.field() == QStringLiteral("votes_for"));
        CHECK(e.rule() == QStringLiteral("votes_within_present"));
        CHECK(e.message().contains(QStringLiteral("only 2 voting members are present")));
    }
    decision.votesAbstain = 0;
    decision.id = 0;
    decision.uid.clear();
    Table<Decision>(*room.file).create(decision);
    // Consensus decisions carry no count to check.
    Decision consensus;
    consensus.meetingId = room.meeting.id;
    consensus.text = QStringLiteral("Publicar el acta");
    Table<Decision>(*room.file).create(consensus);
    CHECK(Table<Decision>(*room.file).count() == 2);
}
