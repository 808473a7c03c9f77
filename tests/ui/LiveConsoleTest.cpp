// SPDX-License-Identifier: GPL-3.0-or-later
// The live console and the projector, driven from the keyboard on a fixed clock, with undo.
#include <catch2/catch.hpp>

#include "core/forum/ForumClock.h"
#include "core/forum/Member.h"
#include "core/i18n/Translations.h"
#include "core/meetings/AgendaItem.h"
#include "core/meetings/Decision.h"
#include "core/meetings/Meeting.h"
#include "core/storage/Table.h"
#include "tests/ui/UiTestSupport.h"
#include "ui/commands/Commands.h"
#include "ui/live/LiveConsole.h"
#include "ui/live/ProjectorWindow.h"
#include "ui/meetings/MinutesPanel.h"
#include "core/storage/Database.h"

#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QTest>
#include <QUndoStack>

using namespace forumdesk;

namespace {

struct FixedNow {
    explicit FixedNow(const QDateTime &at) { ForumClock::fixNow(at); }
    ~FixedNow() { ForumClock::fixNow({}); }
};

struct Language {
    explicit Language(const QString &code) { Translations::install(code); }
    ~Language() { Translations::install(QStringLiteral("en")); }
};

// The sample's next planned meeting with an agenda of at least two items.
Meeting plannedMeeting(ForumFile &file)
{
    for (const Meeting &m : Table<Meeting>(file).list(QStringLiteral("status = 'planned'"), {}, QStringLiteral("starts_at")))
        if (Table<AgendaItem>(file).count(QStringLiteral("meeting_id = ?"), {m.id}) >= 2)
            return m;
    FAIL("the sample has no planned meeting with an agenda");
    return {};
}

QString labelText(QWidget &w, const char *name)
{
    auto *label = w.findChild<QLabel *>(QString::fromLatin1(name));
    REQUIRE(label);
    return label->text();
}

// Pictures of the console at 1280x800 and the projector at 1280x720, laid out as shown.
void grab(LiveConsole &console, ProjectorWindow &projector, const QString &language, const QString &suffix)
{
    QDir().mkpath(QStringLiteral(FORUMDESK_TEST_ARTIFACTS "/live"));
    console.resize(1280, 800);
    projector.resize(1280, 720);
    QApplication::processEvents();
    console.grab().save(QStringLiteral(FORUMDESK_TEST_ARTIFACTS "/live/console%1-%2.png").arg(suffix, language));
    projector.grab().save(QStringLiteral(FORUMDESK_TEST_ARTIFACTS "/live/projector%1-%2.png").arg(suffix, language));
}

void runMeeting(const QString &language)
{
    Language uiLanguage(language);
    test::SampleDocument sample(language);
    ForumFile &file = sample.file();
    const Meeting meeting = plannedMeeting(file);
    const QDateTime start = ForumClock::of(file).now().toUTC();
    FixedNow clock(QDateTime::fromSecsSinceEpoch(start.toSecsSinceEpoch(), QTimeZone::utc()));
    const QString today = formatDate(sample.document->today());
    const QList<Member> members = Table<Member>(file).list(
        QStringLiteral("voting = 1 AND role NOT IN ('alternate', 'observer') AND (term_start IS NULL OR term_start <= ?) "
                       "AND (term_end IS NULL OR term_end >= ?)"),
        {today, today}, QStringLiteral("id"));
    REQUIRE(members.size() >= 3);

    LiveConsole *console = LiveConsole::open(sample.document.get(), meeting.id, nullptr);
    REQUIRE(console);
    std::unique_ptr<LiveConsole> owner(console);
    console->setAttribute(Qt::WA_DeleteOnClose, false);
    QApplication::setActiveWindow(console);
    REQUIRE(Table<Meeting>(file).get(meeting.id).isLive());
    REQUIRE(console->state().current == 0);

    // Members arrive; one asks for the floor by typing part of a name and pressing Enter.
    for (const Member &m : members.mid(0, 3))
        console->markArrived(m.id);
    console->speakerField()->setText(members.at(1).name.left(members.at(1).name.size() - 1));
    QTest::keyClick(console->speakerField(), Qt::Key_Return);
    REQUIRE(console->state().waiting().size() == 1);
    CHECK(console->state().waiting().first().memberId == members.at(1).id);

    // F5 gives the floor; ninety seconds later the console and the projector show the clock.
    QTest::keyClick(console, Qt::Key_F5);
    REQUIRE(console->state().speaking());
    console->showProjector();
    REQUIRE(console->projector());
    ForumClock::fixNow(QDateTime::fromSecsSinceEpoch(start.toSecsSinceEpoch() + 90, QTimeZone::utc()));
    console->tick();
    CHECK(labelText(*console, "speaking").contains(QStringLiteral("1:30")));
    CHECK(console->projector()->speakerText().contains(members.at(1).name));
    CHECK(console->projector()->speakerText().contains(QStringLiteral("1:30")));
    CHECK_FALSE(console->projector()->clockText().isEmpty());

    // Undo takes the step back (the speaker waits again), redo gives the floor again.
    sample.document->undoStack()->undo();
    CHECK_FALSE(console->state().speaking());
    CHECK(console->state().waiting().size() == 1);
    sample.document->undoStack()->redo();
    REQUIRE(console->state().speaking());

    // Two more ask for the floor; the pictures of the console and the projector for the README.
    for (const Member &m : {members.at(0), members.at(2)}) {
        console->speakerField()->setText(m.name);
        QTest::keyClick(console->speakerField(), Qt::Key_Return);
    }
    CHECK(console->state().waiting().size() == 2);
    CHECK(console->projector()->findChild<QLabel *>(QStringLiteral("next"))->text().contains(members.at(0).name));
    grab(*console, *console->projector(), language, QString());
    QApplication::setActiveWindow(console);

    // F5 again stops the speaker; F6 takes up the next item; F7 pauses.
    QTest::keyClick(console, Qt::Key_F5);
    CHECK_FALSE(console->state().speaking());
    QTest::keyClick(console, Qt::Key_F6);
    CHECK(console->state().current == 1);

    // The item's minutes typed meanwhile, an ordinary edit of the same row: undoing both, the
    // edit first, then the live step, gives the item back as it was (its record's time stamped
    // again by the first undo does not stop the second).
    const AgendaItem before = Table<AgendaItem>(file).get(console->state().agenda.at(1).id);
    AgendaItem typed = before;
    typed.minutes = QStringLiteral("The minutes were approved.");
    REQUIRE(edit::editAgendaItem(sample.document.get(), before, typed));
    sample.document->undoStack()->undo();
    sample.document->undoStack()->undo();
    CHECK(console->state().current == 0);
    CHECK_FALSE(Table<AgendaItem>(file).get(before.id).startedAt.isValid());
    sample.document->undoStack()->redo();
    CHECK(console->state().current == 1);
    QTest::keyClick(console, Qt::Key_F7);
    CHECK(console->state().isPaused());
    QTest::keyClick(console, Qt::Key_F7);
    CHECK_FALSE(console->state().isPaused());

    // A vote by name on the projector, closed by the forum's majority rule.
    console->openVote(QStringLiteral("Motion 1"));
    REQUIRE(console->state().openVote);
    for (const Member &m : members.mid(0, 3))
        console->castVote(m.id, QStringLiteral("for"));
    CHECK(console->state().openVote->decision.votesFor == 3);
    CHECK(console->projector()->voteText().contains(QStringLiteral("3")));

    grab(*console, *console->projector(), language, QStringLiteral("-vote"));

    const qint64 decision = console->state().openVote->decision.id;
    console->closeVote();
    CHECK(Table<Decision>(file).get(decision).outcome == QStringLiteral("adopted"));
    CHECK(Table<Decision>(file).get(decision).takenAt.isValid());

    // A second motion, counted by hands: 2 for, 1 against.
    console->openVote(QStringLiteral("Motion 2"));
    REQUIRE(console->state().openVote);
    console->setCounts(2, 1, 0);
    CHECK(console->state().openVote->decision.votesFor == 2);
    CHECK(console->projector()->voteText().contains(QStringLiteral("Motion 2")));
    const qint64 second = console->state().openVote->decision.id;
    console->closeVote();
    CHECK(Table<Decision>(file).get(second).outcome == QStringLiteral("adopted"));
    CHECK(Table<Decision>(file).get(second).votesAgainst == 1);
    // The projector shows the result until the next item.
    CHECK(console->projector()->voteText().contains(QStringLiteral("Motion 2")));
    CHECK(console->projector()->voteText().contains(QStringLiteral("2")));

    // Ended: the meeting is held, and the whole meeting is one run of undo steps away.
    console->endMeeting(false);
    const Meeting held = Table<Meeting>(file).get(meeting.id);
    CHECK(held.status == QStringLiteral("held"));
    CHECK_FALSE(held.isLive());
}

} // namespace

TEST_CASE("The live console runs a meeting from the keyboard in Spanish", "[live][ui]")
{
    runMeeting(QStringLiteral("es"));
}

TEST_CASE("The live console runs a meeting from the keyboard in English", "[live][ui]")
{
    runMeeting(QStringLiteral("en"));
}

TEST_CASE("Reopening a forum brings back the console of a meeting left under way", "[live][ui]")
{
    test::SampleDocument sample;
    const Meeting meeting = plannedMeeting(sample.file());
    {
        std::unique_ptr<LiveConsole> console(LiveConsole::open(sample.document.get(), meeting.id, nullptr));
        REQUIRE(console);
        console->setAttribute(Qt::WA_DeleteOnClose, false);
    } // the console is gone, as if the program had died
    std::unique_ptr<LiveConsole> again(LiveConsole::resumeIfLive(sample.document.get(), nullptr));
    REQUIRE(again);
    again->setAttribute(Qt::WA_DeleteOnClose, false);
    CHECK(again->meetingId() == meeting.id);
    CHECK(again->state().meeting.isLive());
}

TEST_CASE("The minutes tab shows how long each sector spoke at a meeting run live", "[live][ui]")
{
    test::SampleDocument sample;
    // The sample's sessions of the last two years were timed live.
    const qint64 timed = sample.file().database().scalar(QStringLiteral("SELECT meeting_id FROM intervention ORDER BY id DESC LIMIT 1")).toLongLong();
    REQUIRE(timed > 0);
    MinutesPanel panel(sample.document.get());
    panel.setMeeting(timed);
    CHECK(panel.speakingTime()->isVisibleTo(&panel));
    CHECK(panel.speakingTime()->text().contains(QStringLiteral("Government")));
    CHECK(panel.speakingTime()->text().contains(QStringLiteral("Civil society")));
    // A meeting never run live says nothing of the kind.
    const qint64 untimed = sample.file().database().scalar(QStringLiteral(
        "SELECT id FROM meeting WHERE id NOT IN (SELECT meeting_id FROM intervention) ORDER BY id LIMIT 1")).toLongLong();
    panel.setMeeting(untimed);
    CHECK_FALSE(panel.speakingTime()->isVisibleTo(&panel));
}
