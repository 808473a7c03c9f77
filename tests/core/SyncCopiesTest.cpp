// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/TestSupport.h"

#include "core/i18n/Translations.h"
#include "core/storage/StorageError.h"
#include "core/storage/SyncCopies.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <catch2/catch.hpp>

using namespace forumdesk;

TEST_CASE("The conflict copies that Syncthing, Nextcloud and Dropbox leave are found beside the forum", "[sync-copies]")
{
    test::TempFolder folder;
    const QString forum = folder.file(QStringLiteral("Foro [Lima].ogpforum"));
    test::writeFile(forum, "forum");
    const QStringList copies{
        QStringLiteral("Foro [Lima].sync-conflict-20261205-101500-ABCDEF7.ogpforum"),
        QStringLiteral("Foro [Lima] (conflicted copy 2026-12-05 101500).ogpforum"),
        QStringLiteral("Foro [Lima] (Ana's conflicted copy 2026-12-05).ogpforum"),
        QStringLiteral("Foro [Lima] (kept copy 2026-12-05 101500).ogpforum"),
    };
    for (const QString &name : copies)
        test::writeFile(folder.file(name), "copy");
    // Look-alikes: another forum's copy, the forum's own neighbours, a copy of another type.
    for (const char *name : {"Otro foro.sync-conflict-20261205-101500-ABCDEF7.ogpforum", "Foro [Lima].ogpforum.bak",
                             "Foro [Lima].ogpforum-journal", "Foro [Lima].lock", "Foro [Lima] (copy).ogpforum",
                             "Foro [Lima].sync-conflict-20261205-101500-ABCDEF7.csv"})
        test::writeFile(folder.file(QString::fromUtf8(name)), "other");
    QDir().mkdir(folder.file(QStringLiteral("Foro [Lima] (conflicted copy 2026-12-06 090000).ogpforum")));

    QStringList found;
    for (const SyncCopy &copy : SyncCopies::beside(forum))
        found << QFileInfo(copy.path).fileName();
    found.sort();
    QStringList expected = copies;
    expected.sort();
    CHECK(found == expected);
    CHECK(SyncCopies::toolOf(forum, copies.at(0)) == SyncCopy::Tool::Syncthing);
    CHECK(SyncCopies::toolOf(forum, copies.at(1)) == SyncCopy::Tool::Nextcloud);
    CHECK(SyncCopies::toolOf(forum, copies.at(2)) == SyncCopy::Tool::Dropbox);
    CHECK(SyncCopies::toolOf(forum, copies.at(3)) == SyncCopy::Tool::ForumDesk);
    CHECK_FALSE(SyncCopies::toolOf(forum, QStringLiteral("Foro [Lima].ogpforum")));
}

TEST_CASE("A copy moved aside goes into a folder beside the forum, never over another", "[sync-copies]")
{
    test::TempFolder folder;
    const QString forum = folder.file(QStringLiteral("foro.ogpforum"));
    test::writeFile(forum, "forum");
    const QString copy = folder.file(QStringLiteral("foro (conflicted copy 2026-12-05 101500).ogpforum"));
    test::writeFile(copy, "forum");
    CHECK(SyncCopies::sameBytes(copy, forum));
    const QString moved = SyncCopies::moveAside(forum, copy);
    CHECK_FALSE(QFileInfo::exists(copy));
    CHECK(QFileInfo(moved).absolutePath() == QFileInfo(SyncCopies::asideFolder(forum)).absoluteFilePath());
    CHECK(QFileInfo(SyncCopies::asideFolder(forum)).fileName() == QStringLiteral("foro (merged copies)"));
    CHECK(SyncCopies::beside(forum).isEmpty());
    // The same name again keeps both.
    test::writeFile(copy, "another");
    CHECK_FALSE(SyncCopies::sameBytes(copy, forum));
    const QString second = SyncCopies::moveAside(forum, copy);
    CHECK(second != moved);
    CHECK(QFileInfo::exists(moved));
    CHECK(QFileInfo::exists(second));
    // A file in the way of the folder is named, and the copy stays where it was.
    test::TempFolder other;
    const QString otherForum = other.file(QStringLiteral("foro.ogpforum"));
    test::writeFile(otherForum, "forum");
    test::writeFile(SyncCopies::asideFolder(otherForum), "in the way");
    const QString stuck = other.file(QStringLiteral("foro (conflicted copy 2026-12-05 101500).ogpforum"));
    test::writeFile(stuck, "forum");
    CHECK_THROWS_AS(SyncCopies::moveAside(otherForum, stuck), StorageError);
    CHECK(QFileInfo::exists(stuck));
}

TEST_CASE("Kept copies and the folder of merged copies are named in Forum Desk's language, and found in either", "[sync-copies]")
{
    test::TempFolder folder;
    const QString forum = folder.file(QStringLiteral("Foro.ogpforum"));
    test::writeFile(forum, "forum");
    const QDateTime when(QDate(2026, 12, 5), QTime(10, 15, 0));
    REQUIRE(Translations::install(QStringLiteral("es")) == QStringLiteral("es"));
    const QString kept = QFileInfo(SyncCopies::keptCopyPath(forum, when)).fileName();
    const QString aside = QFileInfo(SyncCopies::asideFolder(forum)).fileName();
    const bool spanishKnown = SyncCopies::toolOf(forum, kept) == SyncCopy::Tool::ForumDesk;
    const bool englishKnown = SyncCopies::toolOf(forum, QStringLiteral("Foro (kept copy 2026-12-05 101500).ogpforum"))
                              == SyncCopy::Tool::ForumDesk;
    Translations::install(QStringLiteral("en"));
    CHECK(kept == QStringLiteral("Foro (copia guardada 2026-12-05 101500).ogpforum"));
    CHECK(aside == QStringLiteral("Foro (copias fusionadas)"));
    CHECK(spanishKnown);
    CHECK(englishKnown);
    // In English again, a copy kept while Forum Desk spoke Spanish (or by a colleague's in French) is
    // still found; a name of the person's own with a date is not taken for one.
    CHECK(SyncCopies::toolOf(forum, kept) == SyncCopy::Tool::ForumDesk);
    CHECK(SyncCopies::toolOf(forum, QStringLiteral("Foro (copie conservée 2026-12-05 101500).ogpforum")) == SyncCopy::Tool::ForumDesk);
    CHECK_FALSE(SyncCopies::toolOf(forum, QStringLiteral("Foro (respaldo 2026-12-05).ogpforum")));
    CHECK(QFileInfo(SyncCopies::keptCopyPath(forum, when)).fileName() == QStringLiteral("Foro (kept copy 2026-12-05 101500).ogpforum"));
    CHECK(QFileInfo(SyncCopies::asideFolder(forum)).fileName() == QStringLiteral("Foro (merged copies)"));
}
