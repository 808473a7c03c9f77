// SPDX-License-Identifier: GPL-3.0-or-later
// "Today" is the day where the forum meets (its time zone), for the window and the CLI alike,
// whatever zone the computer is set to.
#include <catch2/catch.hpp>

#include "tests/support/TestSupport.h"
#include "core/forum/Forum.h"
#include "core/forum/ForumClock.h"
#include "core/forum/MemberComposition.h"
#include "core/forum/NewForum.h"
#include "core/i18n/DateText.h"
#include "core/meetings/ActionItem.h"
#include "core/meetings/ActionItemFollowUp.h"
#include "core/meetings/Meeting.h"
#include "core/storage/Table.h"

#include <QFileInfo>
#include <QTimeZone>

using namespace forumdesk;

namespace {

void setTimeZone(ForumFile &file, const QString &zone)
{
    Forum forum = Table<Forum>(file).get(1);
    forum.timeZone = zone;
    Table<Forum>(file).update(forum);
}

} // namespace

TEST_CASE("Today is the day where the forum meets", "[clock]")
{
    test::TempFolder folder;
    const std::unique_ptr<ForumFile> file = createForum(folder.file(QStringLiteral("f.ogpforum")), QStringLiteral("Foro"));
    // 10:30 in Greenwich: already tomorrow in Kiribati, still yesterday in American Samoa.
    const test::FixedClock clock(QDateTime(QDate(2026, 12, 5), QTime(10, 30), QTimeZone::utc()));

    setTimeZone(*file, QStringLiteral("Pacific/Kiritimati"));
    CHECK(ForumClock::of(*file).today() == QDate(2026, 12, 6));
    CHECK(ForumClock::of(*file).now().time() == QTime(0, 30));
    setTimeZone(*file, QStringLiteral("Pacific/Pago_Pago"));
    CHECK(ForumClock::of(*file).today() == QDate(2026, 12, 4));
    setTimeZone(*file, QStringLiteral("America/Lima"));
    CHECK(ForumClock::of(*file).today() == QDate(2026, 12, 5));

    // What the core dates by itself is dated on the forum's day.
    setTimeZone(*file, QStringLiteral("Pacific/Kiritimati"));
    Meeting meeting;
    meeting.title = QStringLiteral("Sesión");
    meeting.startsAt = QDateTime(QDate(2026, 11, 20), QTime(10, 0));
    meeting.endsAt = meeting.startsAt.addSecs(7200);
    Table<Meeting>(*file).create(meeting);
    ActionItem item;
    item.meetingId = meeting.id;
    item.text = QStringLiteral("Publicar el acta");
    Table<ActionItem>(*file).create(item);
    CHECK(ActionItemFollowUp::close(*file, item.id, QStringLiteral("done")).closedOn == QDate(2026, 12, 6));
    Member starting = test::makeMember(QStringLiteral("Ana"), QStringLiteral("government"));
    starting.termStart = QDate(2026, 12, 6);
    Table<Member>(*file).create(starting);
    CHECK(MemberComposition::compute(*file).total == 1); // her term has begun there
    setTimeZone(*file, QStringLiteral("Pacific/Pago_Pago"));
    CHECK(MemberComposition::compute(*file).total == 0); // not yet there
}

TEST_CASE("A time zone the computer does not know falls back to the computer's", "[clock]")
{
    const test::FixedClock clock(QDateTime(QDate(2026, 12, 5), QTime(12, 0), QTimeZone::utc()));
    const ForumClock unknown(QStringLiteral("Mars/Olympus_Mons"));
    CHECK(unknown.zone() == QTimeZone::systemTimeZone());
    CHECK(unknown.today() == QDateTime(QDate(2026, 12, 5), QTime(12, 0), QTimeZone::utc()).toLocalTime().date());
}

TEST_CASE("A day is written one way everywhere, in the reader's language", "[clock][i18n]")
{
    CHECK(dayText(QDate(2026, 12, 5), QLocale(QLocale::English)) == QStringLiteral("5 Dec 2026"));
    CHECK(dayText(QDate(2026, 12, 5), QLocale(QLocale::Spanish, QLocale::Peru)) == QStringLiteral("5 dic. 2026")); // as CLDR abbreviates
    CHECK(dayText(QDate()).isEmpty());
}

TEST_CASE("A new forum meets in the computer's time zone unless told another", "[clock][zone]")
{
    test::TempFolder folder;
    {
        const test::ComputerZone lima("America/Lima");
        CHECK(ForumClock::computerZone() == QStringLiteral("America/Lima"));
        auto file = createForum(folder.file(QStringLiteral("lima.ogpforum")), QStringLiteral("Foro"), QStringLiteral("es"));
        CHECK(Table<Forum>(*file).get(1).timeZone == QStringLiteral("America/Lima"));
        auto madrid = createForum(folder.file(QStringLiteral("madrid.ogpforum")), QStringLiteral("Foro"),
                                  QStringLiteral("es"), QStringLiteral("Europe/Madrid"));
        CHECK(Table<Forum>(*madrid).get(1).timeZone == QStringLiteral("Europe/Madrid"));
    }
    {
        // A computer naming no zone Forum Desk knows gives UTC, never an empty or made-up zone.
        const test::ComputerZone odd("Nowhere/Atlantis");
        CHECK(ForumClock::computerZone() == QStringLiteral("UTC"));
    }
    // Only full IANA names: a city alone or an offset would be read differently elsewhere.
    CHECK(ForumClock::isZoneId(QStringLiteral("America/Lima")));
    CHECK_FALSE(ForumClock::isZoneId(QStringLiteral("Lima")));
    CHECK_FALSE(ForumClock::isZoneId(QStringLiteral("-05:00")));
    CHECK_FALSE(ForumClock::isZoneId(QStringLiteral("UTC-05:00"))); // Qt's offset name, not a place
    CHECK_FALSE(ForumClock::zoneIds().contains(QStringLiteral("UTC-05:00")));
    CHECK(ForumClock::zoneIds().contains(QStringLiteral("America/Lima")));
    {
        // A computer set to a link name keeps it, rather than falling back to UTC.
        const test::ComputerZone kolkata("Asia/Calcutta");
        CHECK(ForumClock::computerZone() == QStringLiteral("Asia/Calcutta"));
    }
    CHECK_FALSE(ForumClock::isZoneId(QString()));
    const QString refused = folder.file(QStringLiteral("refused.ogpforum"));
    try {
        createForum(refused, QStringLiteral("Foro"), QStringLiteral("es"), QStringLiteral("Lima"));
        FAIL("a forum was created in the time zone “Lima”");
    } catch (const ValidationError &e) {
        CHECK(e.field() == QStringLiteral("time_zone"));
        CHECK(e.reason().contains(QStringLiteral("“Lima” is not a time zone")));
    }
    CHECK_FALSE(QFileInfo::exists(refused));
    CHECK(ForumClock::isUtc(QStringLiteral("Etc/UTC")));
    CHECK_FALSE(ForumClock::isUtc(QStringLiteral("Africa/Abidjan"))); // offset 0, but a place
}
