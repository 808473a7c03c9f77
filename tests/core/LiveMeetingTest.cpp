// SPDX-License-Identifier: GPL-3.0-or-later
// The meeting as it runs: a whole simulated meeting on a fake clock, a crash and a resume, and the
// minutes it writes.
#include <catch2/catch.hpp>

#include "tests/support/TestSupport.h"
#include "core/forum/Forum.h"
#include "core/forum/ForumClock.h"
#include "core/forum/Member.h"
#include "core/forum/NewForum.h"
#include "core/meetings/AgendaItem.h"
#include "core/meetings/Attendance.h"
#include "core/meetings/LiveMeeting.h"
#include "core/meetings/Meeting.h"
#include "core/meetings/MinutesDocument.h"
#include "core/meetings/SpeakingTime.h"
#include "core/storage/StorageError.h"
#include "core/storage/Table.h"

#include <QTextDocument>
#include <QTimeZone>

using namespace forumdesk;

namespace {

// 10:00 in Lima (UTC-5) on the day of the session.
const QDateTime kStart(QDate(2026, 3, 10), QTime(15, 0), QTimeZone::utc());

QDateTime at(int minutes, int seconds = 0)
{
    return kStart.addSecs(minutes * 60 + seconds);
}

struct LiveRoom {
    test::TempFolder folder;
    QString path = folder.file(QStringLiteral("foro.ogpforum"));
    std::unique_ptr<ForumFile> file = createForum(path, QStringLiteral("Foro Multiactor"));
    Meeting meeting;
    QList<Member> members;
    QList<AgendaItem> items;

    LiveRoom()
    {
        Forum forum = Table<Forum>(*file).get(1);
        forum.timeZone = QStringLiteral("America/Lima");
        forum.decisionRule = QStringLiteral("simple");
        Table<Forum>(*file).update(forum);
        const struct {
            const char *name;
            const char *sector;
            const char *gender;
        } people[] = {{"Ana Torres", "government", "female"},     {"Bruno Díaz", "government", "male"},
                      {"Carla Ruiz", "civil_society", "female"},  {"Diego Paz", "civil_society", "male"},
                      {"Elena Soto", "academia", "female"},       {"Fabián Ríos", "civil_society", "non_binary"}};
        for (const auto &p : people) {
            Member m = test::makeMember(QString::fromUtf8(p.name), QString::fromLatin1(p.sector));
            m.gender = QString::fromLatin1(p.gender);
            Table<Member>(*file).create(m);
            members << Table<Member>(*file).get(m.id);
        }
        meeting.title = QStringLiteral("Tercera sesión ordinaria");
        meeting.startsAt = QDateTime(QDate(2026, 3, 10), QTime(10, 0), QTimeZone::utc());
        meeting.endsAt = meeting.startsAt.addSecs(7200);
        Table<Meeting>(*file).create(meeting);
        for (const auto &[title, minutes] : {std::pair{"Apertura", 5}, {"Avance del compromiso 3", 20}, {"Varios", 10}}) {
            AgendaItem item;
            item.meetingId = meeting.id;
            item.title = QString::fromUtf8(title);
            item.durationMinutes = minutes;
            item.position = int(items.size());
            Table<AgendaItem>(*file).create(item);
            items << item;
        }
    }
    LiveMeetingState state(const QDateTime &now) { return LiveMeeting::load(*file, meeting.id, now); }
    Speaker speaker(int i) const { return Speaker{members.at(i).id, {}, {}, {}, {}}; }
};

QString minutesText(ForumFile &file, qint64 meetingId)
{
    return MinutesDocument::build(file, meetingId)->toPlainText();
}

} // namespace

TEST_CASE("A whole meeting runs live on a fake clock, survives a crash and writes its minutes", "[meetings][live]")
{
    LiveRoom room;
    ForumClock::fixNow(at(0));
    struct Unfix {
        ~Unfix() { ForumClock::fixNow({}); }
    } unfix;

    // Four members are there at the start; the quorum (50% of six, both sectors) is met.
    LiveMeeting::start(*room.file, room.meeting.id, at(0));
    for (int i : {0, 2, 3, 4})
        LiveMeeting::arrive(*room.file, room.meeting.id, room.members.at(i).id, at(0));
    LiveMeetingState s = room.state(at(0, 30));
    REQUIRE(s.meeting.isLive());
    REQUIRE(s.currentItem());
    CHECK(s.currentItem()->title == QStringLiteral("Apertura"));
    CHECK(s.itemRemaining() == 5 * 60 - 30);
    CHECK(s.quorum.presentVoting == 4);
    CHECK(s.quorum.met);

    // Opening: the chair (government) speaks for 3 minutes, over the item's time by the end.
    const qint64 ana = LiveMeeting::addSpeaker(*room.file, room.meeting.id, room.speaker(0), 120);
    LiveMeeting::startSpeaker(*room.file, ana, at(1));
    s = room.state(at(3, 30));
    REQUIRE(s.speaking());
    CHECK(s.speaking()->name == QStringLiteral("Ana Torres"));
    CHECK(s.speakerElapsed() == 150); // over her 2-minute limit: the console turns red
    LiveMeeting::stopSpeaker(*room.file, room.meeting.id, at(4));

    // Item 2: a queue of three, reordered; Bruno arrives late; Carla and Diego speak.
    CHECK(LiveMeeting::nextItem(*room.file, room.meeting.id, at(6)) == room.items.at(1).id);
    const qint64 carla = LiveMeeting::addSpeaker(*room.file, room.meeting.id, room.speaker(2), 0);
    const qint64 diego = LiveMeeting::addSpeaker(*room.file, room.meeting.id, room.speaker(3), 0);
    const qint64 elena = LiveMeeting::addSpeaker(*room.file, room.meeting.id, room.speaker(4), 0);
    LiveMeeting::moveSpeaker(*room.file, elena, -2);
    s = room.state(at(6, 10));
    REQUIRE(s.waiting().size() == 3);
    CHECK(s.waiting().at(0).name == QStringLiteral("Elena Soto"));
    CHECK(s.waiting().at(1).name == QStringLiteral("Carla Ruiz"));
    LiveMeeting::removeSpeaker(*room.file, elena);
    CHECK(LiveMeeting::nextSpeaker(*room.file, room.meeting.id) == carla);
    LiveMeeting::arrive(*room.file, room.meeting.id, room.members.at(1).id, at(7));
    LiveMeeting::startSpeaker(*room.file, carla, at(7));
    // Giving the floor to the next speaker stops the one speaking.
    LiveMeeting::startSpeaker(*room.file, diego, at(12));
    CHECK_THROWS_AS(LiveMeeting::startSpeaker(*room.file, carla, at(13)), ValidationError);

    // A pause of five minutes: the speaker stops and the item's clock stands still.
    LiveMeeting::pause(*room.file, room.meeting.id, at(15));
    s = room.state(at(19));
    CHECK(s.isPaused());
    CHECK_FALSE(s.speaking());
    CHECK(s.itemElapsed(*s.currentItem()) == 9 * 60);

    // The computer dies during the pause. Reopened, the meeting resumes where it was, timers
    // included: they come from stored moments, not from a counter that died with the program.
    room.file.reset();
    room.file = ForumFile::open(room.path);
    s = room.state(at(20));
    REQUIRE(s.meeting.isLive());
    CHECK(s.isPaused());
    CHECK(s.currentItem()->title == QStringLiteral("Avance del compromiso 3"));
    CHECK(s.itemElapsed(*s.currentItem()) == 9 * 60);
    LiveMeeting::resume(*room.file, room.meeting.id, at(20));
    s = room.state(at(25));
    CHECK(s.itemElapsed(*s.currentItem()) == 14 * 60);
    CHECK(s.itemRemaining() == 6 * 60);

    // Diego leaves: the quorum is re-evaluated with those in the room.
    LiveMeeting::leave(*room.file, room.meeting.id, room.members.at(3).id, at(26));
    s = room.state(at(26, 5));
    CHECK(s.quorum.presentVoting == 4);

    // A vote by name: 3 for, 1 against; simple majority adopts it, with the quorum of that moment.
    const qint64 vote = LiveMeeting::openVote(*room.file, room.meeting.id, QStringLiteral("Aprobar el informe de avance"), at(27));
    CHECK_THROWS_AS(LiveMeeting::openVote(*room.file, room.meeting.id, QStringLiteral("Otra"), at(27)), ValidationError);
    LiveMeeting::castVote(*room.file, vote, room.members.at(0).id, QStringLiteral("for"));
    LiveMeeting::castVote(*room.file, vote, room.members.at(1).id, QStringLiteral("for"));
    LiveMeeting::castVote(*room.file, vote, room.members.at(2).id, QStringLiteral("against"));
    LiveMeeting::castVote(*room.file, vote, room.members.at(2).id, QStringLiteral("for")); // changes her mind
    LiveMeeting::castVote(*room.file, vote, room.members.at(4).id, QStringLiteral("against"));
    s = room.state(at(28));
    REQUIRE(s.openVote);
    CHECK(s.openVote->decision.votesFor == 3);
    CHECK(s.openVote->decision.votesAgainst == 1);
    // Not in the minutes while it is open.
    CHECK_FALSE(minutesText(*room.file, room.meeting.id).contains(QStringLiteral("Aprobar el informe")));
    LiveMeeting::closeVote(*room.file, vote, at(29));
    const Decision decided = Table<Decision>(*room.file).get(vote);
    CHECK(decided.outcome == QStringLiteral("adopted"));
    CHECK_FALSE(decided.voteOpen);
    CHECK(decided.takenAt == at(29));
    CHECK(decided.quorumPresent == 4);
    CHECK(decided.quorumMet);
    CHECK(decided.agendaItemId == room.items.at(1).id);

    CHECK(room.state(at(29, 30)).lastVote); // the projector shows the result
    // Carla asks for the floor again but the item closes first: she waits for the next one.
    const qint64 again = LiveMeeting::addSpeaker(*room.file, room.meeting.id, room.speaker(2), 0);
    // The last item, then the end: every clock stops and the meeting is held.
    CHECK(LiveMeeting::nextItem(*room.file, room.meeting.id, at(30)) == room.items.at(2).id);
    const qint64 fabian = LiveMeeting::addSpeaker(*room.file, room.meeting.id, Speaker{0, QStringLiteral("Rosa Quispe"), QStringLiteral("Municipio"), QStringLiteral("government"), {}}, 0);
    s = room.state(at(30, 10));
    REQUIRE(s.waiting().size() == 2);
    CHECK(s.waiting().at(0).id == again);
    CHECK(s.waiting().at(0).agendaItemId == room.items.at(2).id);
    LiveMeeting::removeSpeaker(*room.file, again);
    LiveMeeting::startSpeaker(*room.file, fabian, at(31));
    LiveMeeting::end(*room.file, room.meeting.id, at(35));
    s = room.state(at(40));
    CHECK_FALSE(s.meeting.isLive());
    CHECK(s.meeting.status == QStringLiteral("held"));
    CHECK(s.meeting.liveEndedAt == at(35));
    CHECK_FALSE(s.speaking());
    CHECK(s.current == -1);
    CHECK(s.meetingElapsed() == 35 * 60);
    CHECK_THROWS_AS(LiveMeeting::start(*room.file, room.meeting.id, at(41)), ValidationError);

    // Speaking time by sector and gender, summed in the database.
    const SpeakingTime time = SpeakingTime::ofMeeting(*room.file, room.meeting.id);
    CHECK(time.total.turns == 4);
    CHECK(time.bySector.value(QStringLiteral("government")).seconds == 3 * 60 + 4 * 60); // Ana, the guest
    CHECK(time.bySector.value(QStringLiteral("civil_society")).seconds == 5 * 60 + 3 * 60); // Carla, Diego
    CHECK(time.byGender.value(QStringLiteral("female")).seconds == 3 * 60 + 5 * 60);
    CHECK(time.byGender.value(QString()).seconds == 4 * 60); // the guest: not recorded
    CHECK(SpeakingTime::ofMeeting(*room.file, room.meeting.id, room.items.at(1).id).total.seconds == 8 * 60);

    // The minutes, in the forum's language and time zone, carry the actual times, the speakers,
    // the quorum when the vote was taken and the speaking-time table.
    const QString minutes = minutesText(*room.file, room.meeting.id);
    CHECK(minutes.contains(QStringLiteral("Hora real")));
    CHECK(minutes.contains(QStringLiteral("10:00")));
    CHECK(minutes.contains(QStringLiteral("10:35")));
    CHECK(minutes.contains(QStringLiteral("10:06 a 10:30"))); // item 2, local time
    CHECK(minutes.contains(QStringLiteral("Carla Ruiz (Sociedad civil), 5 min 00 s")));
    CHECK(minutes.contains(QStringLiteral("Rosa Quispe (Gobierno), 4 min 00 s")));
    CHECK(minutes.contains(QStringLiteral("Tiempo de palabra")));
    CHECK(minutes.contains(QStringLiteral("Aprobar el informe de avance")));
    CHECK(minutes.contains(QStringLiteral("4 miembros con voto presentes")));
    CHECK(minutes.contains(QStringLiteral("(desde 10:07)")));  // Bruno came late
    CHECK(minutes.contains(QStringLiteral("(se retiró 10:26)"))); // Diego left early
    CHECK_FALSE(minutes.contains(QStringLiteral("(desde 10:00)"))); // on time: nothing to say
    CHECK(minutes.contains(QStringLiteral("(19 min 00 s de 20 min previstos)")));
    CHECK(minutes.contains(QStringLiteral("Intervenciones: Carla Ruiz (Sociedad civil), 5 min 00 s; Diego Paz (Sociedad civil), 3 min 00 s")));
}

TEST_CASE("A live meeting refuses what makes no sense in its state", "[meetings][live]")
{
    LiveRoom room;
    // Not started: nothing can happen yet.
    CHECK_THROWS_AS(LiveMeeting::addSpeaker(*room.file, room.meeting.id, room.speaker(0), 0), ValidationError);
    Meeting cancelled = room.meeting;
    cancelled.status = QStringLiteral("cancelled");
    CHECK_FALSE(LiveMeeting::refusal(cancelled).isEmpty());
    CHECK(LiveMeeting::refusal(room.meeting).isEmpty());
    LiveMeeting::start(*room.file, room.meeting.id, at(0));
    CHECK_THROWS_AS(LiveMeeting::start(*room.file, room.meeting.id, at(1)), ValidationError);
    // An item taken up again goes on from where it stood; its closed time does not count.
    LiveMeeting::nextItem(*room.file, room.meeting.id, at(4));
    LiveMeeting::takeUp(*room.file, room.meeting.id, room.items.at(0).id, at(10));
    const LiveMeetingState s = room.state(at(11));
    CHECK(s.currentItem()->id == room.items.at(0).id);
    CHECK(s.itemElapsed(*s.currentItem()) == 5 * 60);
    // Moving on during a pause ends it: the item left keeps its pause, the next starts afresh.
    LiveMeeting::pause(*room.file, room.meeting.id, at(20));
    // (the next not yet closed: item 2 was closed at 10)
    CHECK(LiveMeeting::nextItem(*room.file, room.meeting.id, at(25)) == room.items.at(2).id);
    LiveMeetingState paused = room.state(at(30));
    CHECK_FALSE(paused.isPaused());
    CHECK(paused.itemElapsed(*paused.currentItem()) == 5 * 60);
    CHECK(paused.itemElapsed(paused.agenda.at(0)) == 4 * 60 + 10 * 60); // 0-4 and 10-20: closed and paused time left out
    // An item closed while paused: its clock stopped at the pause.
    LiveMeeting::pause(*room.file, room.meeting.id, at(32));
    // A guest comes and goes too.
    const qint64 guest = LiveMeeting::addGuest(*room.file, room.meeting.id, QStringLiteral("Rosa Quispe"), QStringLiteral("Municipio"),
                                               QStringLiteral("government"), at(21));
    LiveMeeting::guestLeaves(*room.file, guest, at(33));
    CHECK(Table<Attendance>(*room.file).get(guest).leftAt == at(33));
    CHECK_FALSE(LiveMeetingState::inRoom(Table<Attendance>(*room.file).get(guest)));
    LiveMeeting::guestReturns(*room.file, guest, at(34));
    CHECK(LiveMeetingState::inRoom(Table<Attendance>(*room.file).get(guest)));
    // A vote left open at the end decided nothing and is taken back.
    LiveMeeting::openVote(*room.file, room.meeting.id, QStringLiteral("Moción"), at(12));
    LiveMeeting::end(*room.file, room.meeting.id, at(40));
    CHECK(Table<Decision>(*room.file).count() == 0);
    const LiveMeetingState ended = room.state(at(45));
    CHECK(ended.itemElapsed(ended.agenda.at(2)) == 7 * 60); // 25 to 32; paused from 32 to the end
}
