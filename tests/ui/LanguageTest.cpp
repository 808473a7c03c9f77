// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/ui/UiTestSupport.h"

#include "ui/document/ForumDocument.h"
#include "ui/window/ForumWorkspace.h"
#include "ui/window/MainWindow.h"
#include "tests/support/TestSupport.h"
#include "ui/commands/Commands.h"
#include "core/forum/NewForum.h"
#include "core/i18n/Translations.h"
#include "ui/window/PreferencesDialog.h"

#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QSignalSpy>
#include <QMenu>
#include <QTranslator>
#include <QTreeWidget>
#include <QUndoStack>

#include <catch2/catch.hpp>

using namespace forumdesk;

namespace {
struct BackToEnglish {
    ~BackToEnglish()
    {
        Translations::install(QStringLiteral("en"));
        QApplication::processEvents();
    }
};
} // namespace

// Needs translations/forumdesk_es.ts compiled into the core library (the translation pass).
TEST_CASE("The Spanish interface shows Spanish menus and pages", "[ui][language]")
{
    test::isolateSettings();
    BackToEnglish restore;
    test::TempFolder folder;
    const QString path = folder.file(QStringLiteral("foro.ogpforum"));
    REQUIRE(Translations::install(QStringLiteral("es")) == QStringLiteral("es"));
    MainWindow window;
    CHECK(window.fileMenu()->title() == QStringLiteral("&Archivo"));
    CHECK(window.windowTitle() == QStringLiteral("Forum Desk"));

    createForum(path, QStringLiteral("Foro"), QStringLiteral("es"));
    REQUIRE(test::openAndWait(window, path));
    CHECK(window.workspace()->pageTitle(ForumWorkspace::Page::Members) == QStringLiteral("Miembros"));
}

TEST_CASE("The French and Portuguese interfaces show their menus and open the sample in their language", "[ui][language]")
{
    test::isolateSettings();
    BackToEnglish restore;
    struct Language {
        const char *code;
        const char *file;
        const char *members;
        const char *country;
    };
    for (const Language &language : {Language{"fr", "&Fichier", "Membres", "Kanwara"},
                                     Language{"pt", "&Arquivo", "Membros", "Serra Formosa"}}) {
        const QString code = QString::fromLatin1(language.code);
        INFO(language.code);
        REQUIRE(Translations::install(code) == code);
        MainWindow window;
        CHECK(window.fileMenu()->title() == QString::fromUtf8(language.file));
        PreferencesDialog preferences(&window);
        CHECK(preferences.languageBox()->findData(code) >= 0);

        QFile::remove(MainWindow::sampleForumPath(code));
        QSignalSpy opened(&window, &MainWindow::forumOpened);
        window.openSampleForum();
        REQUIRE(test::waitUntil([&] { return opened.count() == 1; }, 60000));
        CHECK(window.document()->forum().language == code);
        CHECK(window.document()->forum().name.contains(QString::fromUtf8(language.country)));
        CHECK(window.workspace()->pageTitle(ForumWorkspace::Page::Members) == QString::fromUtf8(language.members));
        window.closeForum();
        QFile::remove(MainWindow::sampleForumPath(code));
    }
}

TEST_CASE("Switching the language keeps the open forum and its undo history", "[ui][language]")
{
    test::isolateSettings();
    BackToEnglish restore;
    test::TempFolder folder;
    const QString path = folder.file(QStringLiteral("foro.ogpforum"));
    createForum(path, QStringLiteral("Foro"), QStringLiteral("es"));
    MainWindow window;
    REQUIRE(test::openAndWait(window, path));
    edit::addMember(window.document(), test::makeMember(QStringLiteral("Ana")));
    ForumDocument *document = window.document();
    window.workspace()->showPage(ForumWorkspace::Page::Members);

    REQUIRE(Translations::install(QStringLiteral("es")) == QStringLiteral("es"));
    test::waitUntil([] { return false; }, 200); // let the window rebuild itself
    CHECK(window.document() == document);
    CHECK(window.document()->undoStack()->count() == 1);
    CHECK(window.workspace()->currentPage() == ForumWorkspace::Page::Members);
    CHECK(window.fileMenu()->title() == QStringLiteral("&Archivo"));
    CHECK(window.workspace()->navigation()->topLevelItem(0)->text(0) != QStringLiteral("Dashboard"));
}

namespace {
// Stands in for a language Forum Desk has no file for: marks every text of the window.
class MarkingTranslator : public QTranslator {
public:
    QString translate(const char *context, const char *source, const char *, int) const override
    {
        const QByteArray c(context);
        if (c == "forumdesk::MainWindow" || c == "forumdesk::ForumWorkspace")
            return QStringLiteral("«%1»").arg(QString::fromUtf8(source));
        return QString();
    }
    bool isEmpty() const override { return false; }
};
} // namespace

TEST_CASE("A language change rebuilds the window's texts at once, on the same forum", "[ui][language]")
{
    test::isolateSettings();
    test::TempFolder folder;
    const QString path = folder.file(QStringLiteral("foro.ogpforum"));
    createForum(path, QStringLiteral("Foro"), QStringLiteral("es"));
    MainWindow window;
    REQUIRE(test::openAndWait(window, path));
    edit::addMember(window.document(), test::makeMember(QStringLiteral("Ana")));
    ForumDocument *document = window.document();
    window.workspace()->showPage(ForumWorkspace::Page::Join);

    MarkingTranslator translator;
    QApplication::installTranslator(&translator);
    test::waitUntil([] { return false; }, 200);
    CHECK(window.fileMenu()->title() == QStringLiteral("«&File»"));
    CHECK(window.workspace()->navigation()->topLevelItem(0)->text(0) == QStringLiteral("«Dashboard»"));
    CHECK(window.document() == document);
    CHECK(window.document()->undoStack()->count() == 1);
    CHECK(window.workspace()->currentPage() == ForumWorkspace::Page::Join);

    QApplication::removeTranslator(&translator);
    test::waitUntil([] { return false; }, 200);
    CHECK(window.fileMenu()->title() == QStringLiteral("&File"));
}
