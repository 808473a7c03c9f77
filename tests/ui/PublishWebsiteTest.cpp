// SPDX-License-Identifier: GPL-3.0-or-later
// File > Publish Website…: the dialog writes the site on a worker while the window keeps answering,
// draws the charts, and records the minutes' publication as one step the person can undo.
#include <catch2/catch.hpp>

#include "tests/support/SiteCheck.h"
#include "tests/ui/UiTestSupport.h"
#include "core/forum/VocabularyKeys.h"
#include "core/i18n/Translations.h"
#include "core/meetings/Meeting.h"
#include "core/storage/Table.h"
#include "ui/document/ForumDocument.h"
#include "ui/publish/PublishWebsiteDialog.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QUndoStack>

using namespace forumdesk;

TEST_CASE("Publish Website writes the site with its charts, keeps the window answering and records the minutes' publication as one undoable step", "[ui][website]")
{
    // In Spanish, as our first users see it; English again afterwards for the other tests.
    REQUIRE(Translations::install(QStringLiteral("es")) == QStringLiteral("es"));
    struct English {
        ~English() { Translations::install(QStringLiteral("en")); }
    } english;
    test::SampleDocument sample(QStringLiteral("es"));
    ForumDocument *document = sample.document.get();
    const QString site = sample.folder.file(QStringLiteral("sitio"));
    auto approved = [&] {
        return Table<Meeting>(sample.file()).list(QStringLiteral("status = 'minutes_approved'")).size();
    };
    const qsizetype approvedBefore = approved();
    REQUIRE(approvedBefore > 0);
    const int stepsBefore = document->undoStack()->count();

    PublishWebsiteDialog dialog(document);
    dialog.setFolder(site);
    dialog.show();
    QSignalSpy finished(&dialog, &PublishWebsiteDialog::finished);
    dialog.publish();
    CHECK(dialog.isPublishing());
    CHECK_FALSE(dialog.findChild<QProgressBar *>()->isHidden());
    REQUIRE(finished.wait(120000));
    INFO(finished.at(0).at(1).toString().toStdString());
    REQUIRE(finished.at(0).at(0).toBool());
    CHECK_FALSE(dialog.isPublishing());
    // Kept to be looked at: the dialog as it ends, in Spanish.
    QDir().mkpath(QStringLiteral(FORUMDESK_TEST_ARTIFACTS "/website"));
    dialog.grab().save(QStringLiteral(FORUMDESK_TEST_ARTIFACTS "/website/publish-dialog-es.png"));
    CHECK(dialog.width() <= 1280);

    CHECK(QFileInfo::exists(site + QStringLiteral("/index.html")));
    CHECK(test::brokenLinks(site) == QStringList());
    int charts = 0;
    QDirIterator svgs(site + QStringLiteral("/plans"), {QStringLiteral("*.svg")}, QDir::Files);
    while (svgs.hasNext()) {
        svgs.next();
        ++charts;
    }
    CHECK(charts >= 3);

    // The minutes the site shows are recorded as published, in one step; undo takes it back.
    CHECK(approved() == 0);
    CHECK(document->undoStack()->count() == stepsBefore + 1);
    CHECK(document->undoStack()->undoText().contains(QStringLiteral("publicación")));
    document->undoStack()->undo();
    CHECK(approved() == approvedBefore);

    // Publishing again, the same records: nothing to write but what the recorded dates change.
    QSignalSpy again(&dialog, &PublishWebsiteDialog::finished);
    dialog.publish();
    REQUIRE(again.wait(120000));
    const QString said = again.at(0).at(1).toString();
    INFO(said.toStdString());
    CHECK(said.contains(QStringLiteral(" sin cambios")));
    CHECK_FALSE(said.contains(QStringLiteral(" 0 sin cambios")));
}

TEST_CASE("Publish Website refuses a folder with another site's page and says which, leaving it as it was", "[ui][website]")
{
    test::SampleDocument sample(QStringLiteral("es"));
    const QString site = sample.folder.file(QStringLiteral("sitio"));
    QDir().mkpath(site);
    test::writeFile(site + QStringLiteral("/index.html"), "<p>otro</p>");
    PublishWebsiteDialog dialog(sample.document.get());
    dialog.setFolder(site);
    QSignalSpy finished(&dialog, &PublishWebsiteDialog::finished);
    dialog.publish();
    REQUIRE(finished.wait(120000));
    CHECK_FALSE(finished.at(0).at(0).toBool());
    CHECK(finished.at(0).at(1).toString().contains(QStringLiteral("index.html")));
    CHECK(Table<Meeting>(sample.file()).list(QStringLiteral("status = 'minutes_approved'")).size() > 0);
    CHECK_FALSE(sample.document->undoStack()->canUndo()); // the publication recorded first was taken back
}
