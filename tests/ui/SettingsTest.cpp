// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/ui/UiTestSupport.h"

#include "ui/document/ForumDocument.h"
#include "ui/window/ForumWorkspace.h"
#include "ui/window/MainWindow.h"
#include "tests/support/TestSupport.h"
#include "ui/window/NewForumDialog.h"
#include "ui/window/PreferencesDialog.h"
#include "core/forum/NewForum.h"
#include "ui/members/MembersPage.h"
#include "ui/settings/Preferences.h"
#include "ui/settings/RecentFiles.h"
#include "core/storage/Database.h"
#include "core/storage/Table.h"
#include "ui/commands/Commands.h"

#include <QComboBox>
#include <QLineEdit>
#include <QMenu>
#include <QSignalSpy>

#include <catch2/catch.hpp>

using namespace forumdesk;

TEST_CASE("Recent files: newest first, no duplicates, only files that exist, at most eight", "[ui][settings]")
{
    test::isolateSettings();
    test::TempFolder folder;
    QStringList paths;
    for (int i = 0; i < 10; ++i) {
        paths << folder.file(QStringLiteral("forum%1.ogpforum").arg(i));
        test::writeFile(paths.last(), "x");
        RecentFiles::add(paths.last());
    }
    RecentFiles::add(paths.at(5));
    const QStringList recent = RecentFiles::list();
    CHECK(recent.size() == RecentFiles::maximum);
    CHECK(recent.first() == paths.at(5));
    CHECK(recent.count(paths.at(5)) == 1);
    QFile::remove(paths.at(9));
    CHECK_FALSE(RecentFiles::list().contains(paths.at(9)));
    RecentFiles::clear();
    CHECK(RecentFiles::list().isEmpty());
}

TEST_CASE("Preferences: the name goes into the activity log of the changes made", "[ui][settings]")
{
    test::isolateSettings();
    test::TempFolder folder;
    const QString path = folder.file(QStringLiteral("f.ogpforum"));
    createForum(path, QStringLiteral("Foro"), QStringLiteral("es"));
    MainWindow window;
    REQUIRE(test::openAndWait(window, path));

    PreferencesDialog dialog(&window);
    dialog.nameEdit()->setText(QStringLiteral("Lucía Mamani"));
    dialog.folderEdit()->setText(folder.path());
    dialog.languageBox()->setCurrentIndex(dialog.languageBox()->findData(QStringLiteral("en")));
    dialog.accept();
    CHECK(Preferences::userName() == QStringLiteral("Lucía Mamani"));
    CHECK(Preferences::defaultFolder() == folder.path());
    CHECK(Preferences::language() == QStringLiteral("en"));

    // The window hands the name to the open forum when preferences are accepted from its menu.
    window.document()->file().setActor(Preferences::userName());
    edit::addMember(window.document(), test::makeMember(QStringLiteral("Nuevo")));
    const QString actor = window.document()->file().database()
                              .scalar(QStringLiteral("SELECT actor FROM activity ORDER BY rowid DESC LIMIT 1"))
                              .toString();
    CHECK(actor == QStringLiteral("Lucía Mamani"));
}

TEST_CASE("New Forum suggests a file name from the forum's name and refuses an existing file", "[ui][settings]")
{
    test::isolateSettings();
    test::TempFolder folder;
    CHECK(NewForumDialog::fileNameFor(QStringLiteral("Foro: Lima/Callao")) == QStringLiteral("Foro Lima Callao.ogpforum"));
    NewForumDialog dialog(folder.path(), QStringLiteral("es"));
    dialog.accept();
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK(dialog.problem().contains(QLatin1String("name")));
    dialog.nameEdit()->setText(QStringLiteral("Foro de Cusco"));
    CHECK(dialog.filePath() == folder.file(QStringLiteral("Foro de Cusco.ogpforum")));
    test::writeFile(dialog.filePath(), "taken");
    dialog.accept();
    CHECK(dialog.problem().contains(QLatin1String("already exists")));
    QFile::remove(dialog.filePath());
    dialog.accept();
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(dialog.forumLanguage() == QStringLiteral("es"));
}

TEST_CASE("New Forum asks for the time zone, starting from the computer's", "[ui][settings][zone]")
{
    test::isolateSettings();
    test::TempFolder folder;
    const test::ComputerZone lima("America/Lima");
    NewForumDialog dialog(folder.path(), QStringLiteral("es"));
    CHECK(dialog.timeZoneBox()->currentText() == QStringLiteral("America/Lima"));
    dialog.nameEdit()->setText(QStringLiteral("Foro de Cusco"));
    dialog.timeZoneBox()->setCurrentText(QStringLiteral("Lima"));
    dialog.accept();
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK(dialog.problem().contains(QStringLiteral("“Lima” is not a time zone")));
    dialog.timeZoneBox()->setCurrentText(QStringLiteral("America/La_Paz"));
    dialog.accept();
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(dialog.forumTimeZone() == QStringLiteral("America/La_Paz"));

    // The window creates the forum in the zone chosen.
    MainWindow window;
    QSignalSpy opened(&window, &MainWindow::forumOpened);
    window.createForum(dialog.filePath(), dialog.forumName(), dialog.forumLanguage(), dialog.forumTimeZone());
    REQUIRE(opened.wait(20000));
    CHECK(window.document()->forum().timeZone == QStringLiteral("America/La_Paz"));
}

TEST_CASE("The File menu offers the recent forums", "[ui][settings]")
{
    test::isolateSettings();
    test::TempFolder folder;
    const QString path = folder.file(QStringLiteral("reciente.ogpforum"));
    createForum(path, QStringLiteral("Foro"), QStringLiteral("es"));
    MainWindow window;
    REQUIRE(test::openAndWait(window, path));
    QMenu *recent = nullptr;
    for (QAction *action : window.fileMenu()->actions()) {
        if (action->menu())
            recent = action->menu();
    }
    REQUIRE(recent);
    bool listed = false;
    for (QAction *action : recent->actions())
        listed = listed || action->text().contains(QLatin1String("reciente.ogpforum"));
    CHECK(listed);
}
