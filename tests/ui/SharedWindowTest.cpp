// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/ui/UiTestSupport.h"

#include "core/forum/Member.h"
#include "core/forum/NewForum.h"
#include "core/i18n/Translations.h"
#include "core/storage/ForumFile.h"
#include "core/storage/SyncCopies.h"
#include "core/storage/Table.h"
#include "ui/commands/Commands.h"
#include "ui/document/ForumDocument.h"
#include "ui/window/ForumWorkspace.h"
#include "ui/window/MainWindow.h"
#include "ui/window/SyncCopiesBanner.h"

#include <QFile>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QUndoStack>

#include <catch2/catch.hpp>

#include <cstdio>

using namespace forumdesk;

namespace {

bool hasMember(ForumFile &file, const QString &name)
{
    return Table<Member>(file).count(QStringLiteral("name = ?"), {name}) == 1;
}

Member member(const QString &name)
{
    return test::makeMember(name, QStringLiteral("civil_society"));
}

} // namespace

TEST_CASE("A forum read in a second window shows what the first window writes, without reopening it", "[ui][window][shared]")
{
    test::isolateSettings();
    test::TempFolder folder;
    const QString path = folder.file(QStringLiteral("compartido.ogpforum"));
    createForum(path, QStringLiteral("Foro Compartido"), QStringLiteral("en"));
    MainWindow writer;
    REQUIRE(test::openAndWait(writer, path));
    MainWindow reader;
    reader.show();
    REQUIRE(test::openAndWait(reader, path));
    REQUIRE(reader.document()->isReadOnly());
    QSignalSpy changed(reader.document(), &ForumDocument::changedOutside);

    REQUIRE(edit::addMember(writer.document(), member(QStringLiteral("Lucía Quispe"))) > 0);
    // The reader hears of it from the file itself: its views reload, and its status bar says why.
    REQUIRE(test::waitUntil([&] { return changed.count() > 0; }, 10000));
    CHECK(reader.statusBar()->currentMessage().contains(QStringLiteral("changes made to the file outside this window")));
    CHECK(hasMember(reader.document()->file(), QStringLiteral("Lucía Quispe")));
    // The writer's own edits are not news to it.
    QSignalSpy own(writer.document(), &ForumDocument::changedOutside);
    REQUIRE(edit::addMember(writer.document(), member(QStringLiteral("Raúl Condori"))) > 0);
    REQUIRE(test::waitUntil([&] { return changed.count() > 1; }, 10000));
    test::waitUntil([] { return false; }, 600);
    CHECK(own.isEmpty());
    CHECK(writer.document()->undoStack()->count() == 2);
}

TEST_CASE("A forum file a sync tool replaces is opened again, and what the window had is kept beside it", "[ui][window][shared]")
{
    test::isolateSettings();
    test::TempFolder folder;
    const QString path = folder.file(QStringLiteral("foro.ogpforum"));
    createForum(path, QStringLiteral("Foro"), QStringLiteral("en"));
    // The colleague's copy, as a sync tool downloads it: one member this window does not have.
    const QString download = folder.file(QStringLiteral(".syncthing.foro.ogpforum.tmp"));
    {
        auto theirs = ForumFile::open(path);
        theirs->saveCopy(download);
    }
    {
        auto theirs = ForumFile::open(download);
        Member bea = member(QStringLiteral("Bea Colleague"));
        Table<Member>(*theirs).create(bea);
    }
    MainWindow window;
    window.show();
    REQUIRE(test::openAndWait(window, path));
    REQUIRE(edit::addMember(window.document(), member(QStringLiteral("Ana Here"))) > 0);

    QSignalSpy opened(&window, &MainWindow::forumOpened);
    // The sync tool renames its download over the file.
    REQUIRE(std::rename(QFile::encodeName(download).constData(), QFile::encodeName(path).constData()) == 0);
    REQUIRE(test::waitUntil([&] { return opened.count() == 1; }, 15000));
    REQUIRE(window.document());
    CHECK(hasMember(window.document()->file(), QStringLiteral("Bea Colleague")));
    CHECK_FALSE(hasMember(window.document()->file(), QStringLiteral("Ana Here")));
    CHECK_FALSE(window.document()->isReadOnly());
    // Nothing is lost: what this window had is a copy beside the forum, which the banner names.
    const QList<SyncCopy> copies = SyncCopies::beside(path);
    REQUIRE(copies.size() == 1);
    CHECK(copies.first().tool == SyncCopy::Tool::ForumDesk);
    {
        auto kept = ForumFile::open(copies.first().path);
        CHECK(hasMember(*kept, QStringLiteral("Ana Here")));
    }
    SyncCopiesBanner *banner = window.workspace()->syncCopiesBanner();
    CHECK(banner->isVisible());
    CHECK(banner->message()->text().contains(QFileInfo(copies.first().path).fileName()));
    CHECK(window.statusBar()->currentMessage().contains(QFileInfo(copies.first().path).fileName()));
}

TEST_CASE("Conflict copies beside the open forum are shown, and identical ones moved aside on request", "[ui][window][sync-copies]")
{
    test::isolateSettings();
    Translations::install(QStringLiteral("en")); // English as the window shows it: "1 conflict copy"
    test::TempFolder folder;
    const QString path = folder.file(QStringLiteral("foro.ogpforum"));
    createForum(path, QStringLiteral("Foro"), QStringLiteral("en"));
    MainWindow window;
    window.show();
    REQUIRE(test::openAndWait(window, path));
    SyncCopiesBanner *banner = window.workspace()->syncCopiesBanner();
    CHECK_FALSE(banner->isVisible());

    // Syncthing leaves a copy while the forum is open: the banner shows without a reopening.
    const QString copy = folder.file(QStringLiteral("foro.sync-conflict-20261205-101500-ABCDEF7.ogpforum"));
    REQUIRE(QFile::copy(path, copy));
    REQUIRE(test::waitUntil([&] { return banner->isVisible(); }, 10000));
    CHECK(banner->message()->text().contains(QStringLiteral("1 conflict copy of this forum")));
    CHECK(banner->message()->text().contains(QStringLiteral("It holds nothing that is not in the forum.")));
    REQUIRE(banner->moveIdenticalButton()->isVisible());
    banner->moveIdenticalButton()->click();
    CHECK_FALSE(banner->isVisible());
    CHECK_FALSE(QFileInfo::exists(copy));
    CHECK(QFileInfo::exists(QDir(SyncCopies::asideFolder(path)).filePath(QFileInfo(copy).fileName())));
}
