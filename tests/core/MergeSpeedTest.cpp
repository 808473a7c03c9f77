// SPDX-License-Identifier: GPL-3.0-or-later
// What makes a merge faster must not change what it finds: THEIRS' full check, read on a thread of
// its own while the merge plans, refuses what the open refused, with the same words; the shortcut
// for the rows' times (forumdesk_plain_timestamp) says yes only where the CHECK rule says yes.
#include <catch2/catch.hpp>

#include "tests/support/TestSupport.h"
#include "core/merge/Merge.h"
#include "core/sample/SampleForum.h"
#include "core/storage/Database.h"
#include "core/storage/ForumFile.h"
#include "core/storage/StorageError.h"

#include <QDir>
#include <QFile>

#include <sqlite3.h>

using namespace forumdesk;

namespace {

QString refusalOf(const std::function<void()> &action)
{
    try {
        action();
    } catch (const StorageError &e) {
        return e.message();
    }
    return QString();
}

} // namespace

TEST_CASE("forumdesk_plain_timestamp says yes only where strftime gives the time back", "[merge][check]")
{
    Database db(QStringLiteral(":memory:"), Database::Mode::Create);
    const QVariantList values{
        QStringLiteral("2026-12-06T13:45:00Z"), QStringLiteral("2024-02-29T00:00:00Z"), QStringLiteral("2000-02-29T23:59:59Z"),
        QStringLiteral("1000-01-01T00:00:00Z"), QStringLiteral("9999-12-31T23:59:59Z"), QStringLiteral("2023-02-29T10:00:00Z"),
        QStringLiteral("1900-02-29T10:00:00Z"), QStringLiteral("2024-04-31T10:00:00Z"), QStringLiteral("2024-01-01T24:00:00Z"),
        QStringLiteral("2024-01-01T10:60:00Z"), QStringLiteral("2024-01-01T10:00:60Z"), QStringLiteral("2024-13-01T10:00:00Z"),
        QStringLiteral("2024-00-10T10:00:00Z"), QStringLiteral("2024-01-00T10:00:00Z"), QStringLiteral("2024-01-01 10:00:00Z"),
        QStringLiteral("2024-01-01T10:00:00z"), QStringLiteral("2024-01-01T10:00:00"), QStringLiteral("2024-01-01T10:00:00.5Z"),
        QStringLiteral("0999-01-01T10:00:00Z"), QStringLiteral("+024-01-01T10:00:00Z"), QStringLiteral("2024-1-01T10:00:00ZZ"),
        QStringLiteral("２024-01-01T10:00:00Z"), QString(), QVariant(qint64(20240101)), QVariant(QByteArray("2024-01-01T10:00:00Z")),
    };
    int plain = 0;
    for (const QVariant &value : values) {
        INFO(value.toString().toStdString());
        const bool fast = db.scalar(QStringLiteral("SELECT forumdesk_plain_timestamp(?)"), {value}).toLongLong() == 1;
        const QVariant rule = db.scalar(QStringLiteral("SELECT strftime('%Y-%m-%dT%H:%M:%SZ', ?1) = ?1"), {value});
        if (fast) {
            ++plain;
            CHECK(rule.toLongLong() == 1);
        }
    }
    CHECK(plain == 5); // the first five; the others are left to strftime
}

TEST_CASE("A merge refuses a copy that breaks a rule with the open's own words, whatever it planned meanwhile",
          "[merge][check]")
{
    test::TempFolder folder;
    const QString oursPath = folder.file(QStringLiteral("ours.ogpforum"));
    const QString theirsPath = folder.file(QStringLiteral("theirs.ogpforum"));
    createSampleForum(oursPath)->saveCopy(theirsPath);
    auto ours = ForumFile::open(oursPath);
    const QByteArray oursBefore = test::fileHash(oursPath);

    const char *breaking = GENERATE(
        "PRAGMA ignore_check_constraints=1; UPDATE member SET created_at = '2024-01-01T10:00:00.5Z' WHERE id = 1;",
        "PRAGMA ignore_check_constraints=1; UPDATE activity SET updated_at = '2024-01-01 10:00:00' WHERE id = 1;",
        "PRAGMA ignore_check_constraints=1; UPDATE member SET sector = 'martian' WHERE id = 1;",
        // A line ours lacks, which the merge copies as theirs holds it (its CHECK rules left to the check).
        "PRAGMA ignore_check_constraints=1; INSERT INTO activity (uid, created_at, updated_at, actor, action, entity, "
        "entity_uid, summary) VALUES ('00000000-0000-4000-8000-0000000000aa', '2024-01-01 10:00:00', "
        "'2024-01-01T10:00:00Z', 'Ana', 'create', 'forum', NULL, 'una línea rota');");
    INFO(breaking);
    test::rawSql(theirsPath, breaking);
    const QByteArray theirsBefore = test::fileHash(theirsPath);
    OpenOptions readOnly;
    readOnly.readOnly = true;
    const QString opened = refusalOf([&] { ForumFile::open(theirsPath, readOnly); });
    REQUIRE(opened.contains(QStringLiteral("breaks the rule CHECK")));
    for (const bool dryRun : {true, false}) {
        MergeOptions options;
        options.dryRun = dryRun;
        options.prefer = MergePrefer::Theirs;
        CHECK(refusalOf([&] { mergeForums(*ours, theirsPath, options); }) == opened);
    }
    CHECK(test::fileHash(oursPath) == oursBefore);
    CHECK(test::fileHash(theirsPath) == theirsBefore);
    CHECK(QDir(folder.path()).entryList({QStringLiteral("*before-merge*")}, QDir::Files).isEmpty());
}

TEST_CASE("A copy that passes the check read beside the merge is remembered as checked", "[merge][check]")
{
    test::TempFolder folder;
    const QString oursPath = folder.file(QStringLiteral("ours.ogpforum"));
    const QString theirsPath = folder.file(QStringLiteral("theirs.ogpforum"));
    createSampleForum(oursPath)->saveCopy(theirsPath);
    test::rawSql(theirsPath, "UPDATE member SET name = 'Ana Merged' WHERE id = 1;");
    auto ours = ForumFile::open(oursPath);
    MergeOptions options;
    options.prefer = MergePrefer::Theirs;
    const MergeReport report = mergeForums(*ours, theirsPath, options);
    CHECK(report.written);
    CHECK(report.changedCount() == 1);
    OpenOptions readOnly;
    readOnly.readOnly = true;
    CHECK_FALSE(ForumFile::open(theirsPath, readOnly)->fullyCheckedAtOpen());
}
