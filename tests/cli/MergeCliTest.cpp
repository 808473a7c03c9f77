// SPDX-License-Identifier: GPL-3.0-or-later
// forumdesk-cli merge end to end: exit codes, the report files, THEIRS never changed.
#include <catch2/catch.hpp>

#include "tests/support/TestSupport.h"
#include "core/forum/Forum.h"
#include "core/forum/Member.h"
#include "core/storage/Migration.h"
#include "core/sample/SampleForum.h"
#include "core/storage/ForumFile.h"
#include "core/storage/Table.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

using namespace forumdesk;
using test::runCli;

namespace {

struct Copies {
    test::TempFolder folder;
    QString ours = folder.file(QStringLiteral("ours.ogpforum"));
    QString theirs = folder.file(QStringLiteral("theirs.ogpforum"));
    QString memberUid;

    // Both copies of the sample forum; each changes the first member's notes as `oursNotes` and
    // `theirsNotes` say (nothing for an empty one).
    Copies(const QString &oursNotes, const QString &theirsNotes)
    {
        createSampleForum(ours)->saveCopy(theirs);
        for (const auto &[path, notes] : {std::pair{ours, oursNotes}, std::pair{theirs, theirsNotes}}) {
            if (notes.isEmpty())
                continue;
            auto file = ForumFile::open(path);
            Member m = Table<Member>(*file).list().first();
            memberUid = m.uid;
            m.notes = notes;
            Table<Member>(*file).update(m);
        }
    }
    QString notes(const QString &path) const
    {
        OpenOptions readOnly;
        readOnly.readOnly = true;
        auto file = ForumFile::open(path, readOnly);
        return Table<Member>(*file).list().first().notes;
    }
};

} // namespace

TEST_CASE("merge brings in what THEIRS changed, leaves THEIRS as it was and writes its report", "[cli][merge]")
{
    Copies copies(QString(), QStringLiteral("Nota de Luis"));
    const QByteArray theirsBefore = test::fileHash(copies.theirs);
    const QString json = copies.folder.file(QStringLiteral("informe.json"));
    const auto result = runCli({QStringLiteral("merge"), copies.ours, copies.theirs, QStringLiteral("--report"), json});
    INFO(result.err.toStdString());
    REQUIRE(result.exitCode == 0);
    CHECK(result.out.contains("Merged"));
    CHECK(copies.notes(copies.ours) == QStringLiteral("Nota de Luis"));
    CHECK(test::fileHash(copies.theirs) == theirsBefore);
    QFile file(json);
    REQUIRE(file.open(QIODevice::ReadOnly));
    QJsonParseError error;
    const QJsonObject report = QJsonDocument::fromJson(file.readAll(), &error).object();
    REQUIRE(error.error == QJsonParseError::NoError);
    CHECK(report.value(QStringLiteral("written")).toBool());
    CHECK(report.value(QStringLiteral("common_ancestor")).toBool());
    CHECK(report.value(QStringLiteral("changed")).toInt() == 1);
    CHECK(QFile::exists(report.value(QStringLiteral("backup")).toString()));
    // The result passes forumdesk-cli check.
    CHECK(runCli({QStringLiteral("check"), copies.ours}).exitCode == 0);
}

TEST_CASE("merge with conflicts writes nothing and exits 5 unless --prefer says how to settle them", "[cli][merge]")
{
    Copies copies(QStringLiteral("Nota de Ana"), QStringLiteral("Nota de Luis"));
    const QString md = copies.folder.file(QStringLiteral("informe.md"));
    const auto asked = runCli({QStringLiteral("merge"), copies.ours, copies.theirs, QStringLiteral("--report"), md});
    INFO(asked.err.toStdString());
    CHECK(asked.exitCode == 5);
    CHECK(asked.out.contains("not resolved"));
    CHECK(copies.notes(copies.ours) == QStringLiteral("Nota de Ana"));
    QFile file(md);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    CHECK(text.contains(QStringLiteral("Nota de Ana")));
    CHECK(text.contains(QStringLiteral("Nota de Luis")));

    const auto dry = runCli({QStringLiteral("merge"), copies.ours, copies.theirs, QStringLiteral("--prefer"),
                             QStringLiteral("theirs"), QStringLiteral("--dry-run")});
    CHECK(dry.exitCode == 0);
    CHECK(dry.out.contains("Dry run"));
    CHECK(copies.notes(copies.ours) == QStringLiteral("Nota de Ana"));

    const auto theirs = runCli({QStringLiteral("merge"), copies.ours, copies.theirs, QStringLiteral("--prefer"), QStringLiteral("theirs")});
    CHECK(theirs.exitCode == 0);
    CHECK(copies.notes(copies.ours) == QStringLiteral("Nota de Luis"));
}

TEST_CASE("merge says what is wrong with its arguments and files", "[cli][merge]")
{
    Copies copies{QString(), QString()};
    const auto wrongPrefer = runCli({QStringLiteral("merge"), copies.ours, copies.theirs, QStringLiteral("--prefer"), QStringLiteral("mine")});
    CHECK(wrongPrefer.exitCode == 2);
    CHECK(wrongPrefer.err.contains("--prefer"));
    CHECK(runCli({QStringLiteral("merge"), copies.ours}).exitCode == 2);
    const auto missing = runCli({QStringLiteral("merge"), copies.ours, copies.folder.file(QStringLiteral("nada.ogpforum"))});
    CHECK(missing.exitCode == 3);
    CHECK(missing.err.contains("nada.ogpforum"));
    CHECK(missing.err.count('\n') == 1);
    const auto itself = runCli({QStringLiteral("merge"), copies.ours, copies.ours});
    CHECK(itself.exitCode == 3);
    CHECK(runCli({QStringLiteral("--help")}).out.contains("5 merge conflicts left unresolved"));
}

TEST_CASE("merge --dry-run leaves an OURS of an earlier format as it was", "[cli][merge]")
{
    test::TempFolder folder;
    const QString ours = folder.file(QStringLiteral("ours.ogpforum"));
    const QString theirs = folder.file(QStringLiteral("theirs.ogpforum"));
    OpenOptions format3;
    format3.migrations = standardMigrations();
    format3.migrations.resize(3);
    {
        auto file = ForumFile::create(ours, [](ForumFile &f) {
            Forum forum;
            forum.name = QStringLiteral("Foro");
            Table<Forum>(f).create(forum);
        }, format3);
        REQUIRE(file->schemaVersion() == 3);
    }
    REQUIRE(QFile::copy(ours, theirs));
    const QByteArray before = test::fileHash(ours);
    const auto result = runCli({QStringLiteral("merge"), ours, theirs, QStringLiteral("--dry-run")});
    CHECK(result.exitCode == 4);
    CHECK(QString::fromUtf8(result.err).contains(QStringLiteral("earlier format (3)")));
    CHECK(test::fileHash(ours) == before);
    CHECK_FALSE(QFileInfo::exists(ours + QStringLiteral(".v3.bak")));
}
