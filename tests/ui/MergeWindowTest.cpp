// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/ui/UiTestSupport.h"

#include "core/forum/Member.h"
#include "core/forum/NewForum.h"
#include "core/i18n/Translations.h"
#include "core/merge/Merge.h"
#include "core/storage/ChangeRecorder.h"
#include "core/storage/Database.h"
#include "core/storage/ForumFile.h"
#include "core/storage/SyncCopies.h"
#include "core/storage/Table.h"
#include "ui/commands/Commands.h"
#include "ui/document/ForumDocument.h"
#include "ui/members/MemberTableModel.h"
#include "ui/members/MembersPage.h"
#include "ui/merge/MergeReviewDialog.h"
#include "ui/window/ForumWorkspace.h"
#include "ui/window/MainWindow.h"
#include "ui/window/SyncCopiesBanner.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QTableWidget>
#include <QTimer>
#include <QUndoStack>

#include <catch2/catch.hpp>

using namespace forumdesk;

namespace {

std::optional<Member> memberNamed(ForumFile &file, const QString &name)
{
    const QList<Member> found = Table<Member>(file).list(QStringLiteral("name = ?"), {name});
    return found.isEmpty() ? std::nullopt : std::optional<Member>(found.first());
}

// Runs `review` on the merge review dialog the window is about to show, once it shows: a look every
// few milliseconds from the window's own event loop (the merge runs its preview on a worker thread
// meanwhile, and the dialog's own loop then runs these looks).
void whenReviewShows(MainWindow &window, std::function<void(MergeReviewDialog *)> review)
{
    auto *look = new QTimer(&window);
    look->setInterval(5);
    QObject::connect(look, &QTimer::timeout, &window, [&window, look, review = std::move(review)] {
        MergeReviewDialog *dialog = window.findChild<MergeReviewDialog *>();
        if (!dialog || !dialog->isVisible())
            return;
        look->stop();
        look->deleteLater();
        review(dialog);
    });
    look->start();
}

// A forum with one member, and a colleague's copy of it.
struct TwoCopies {
    test::TempFolder folder;
    QString ours = folder.file(QStringLiteral("foro.ogpforum"));
    QString theirs = folder.file(QStringLiteral("foro de Bea.ogpforum"));
    TwoCopies()
    {
        auto file = createForum(ours, QStringLiteral("Foro"), QStringLiteral("en"));
        Member ana = test::makeMember(QStringLiteral("Ana Pérez"), QStringLiteral("government"));
        ana.organization = QStringLiteral("Ministerio");
        Table<Member>(*file).create(ana);
        file->saveCopy(theirs);
    }
    // Bea, a member the colleague added in the copy at `path`.
    static void addBea(const QString &path)
    {
        auto file = ForumFile::open(path);
        Member bea = test::makeMember(QStringLiteral("Bea Quispe"));
        Table<Member>(*file).create(bea);
    }
};

} // namespace

TEST_CASE("Merge From brings in a colleague's copy after the person settles each conflict, as one undo step",
          "[ui][merge]")
{
    test::isolateSettings();
    Translations::install(QStringLiteral("en"));
    TwoCopies copies;
    {
        // The colleague renames Ana's organisation and adds Bea.
        auto file = ForumFile::open(copies.theirs);
        Member ana = *memberNamed(*file, QStringLiteral("Ana Pérez"));
        ana.organization = QStringLiteral("Secretaría de Gobierno Digital");
        Table<Member>(*file).update(ana);
        Member bea = test::makeMember(QStringLiteral("Bea Quispe"));
        Table<Member>(*file).create(bea);
    }
    const QByteArray theirsBefore = test::fileHash(copies.theirs);
    MainWindow window;
    window.show();
    REQUIRE(test::openAndWait(window, copies.ours));
    REQUIRE(window.mergeAction()->isEnabled());
    // Here, meanwhile, Ana's organisation became something else.
    const Member ana = *memberNamed(window.document()->file(), QStringLiteral("Ana Pérez"));
    Member renamed = ana;
    renamed.organization = QStringLiteral("Ministerio de Economía");
    REQUIRE(edit::editMember(window.document(), ana, renamed));

    bool reviewed = false;
    whenReviewShows(window, [&](MergeReviewDialog *review) {
        QTableWidget *conflicts = review->conflictTable();
        REQUIRE(conflicts->rowCount() == 1);
        CHECK(conflicts->item(0, MergeReviewDialog::Record)->text() == QStringLiteral("Ana Pérez"));
        CHECK(conflicts->item(0, MergeReviewDialog::Base)->text() == QStringLiteral("Ministerio"));
        CHECK(conflicts->item(0, MergeReviewDialog::Ours)->text() == QStringLiteral("Ministerio de Economía"));
        CHECK(conflicts->item(0, MergeReviewDialog::Theirs)->text() == QStringLiteral("Secretaría de Gobierno Digital"));
        INFO(review->summary()->text().toStdString());
        CHECK(review->summary()->text().contains(QStringLiteral("adds 1 record")));
        // Nothing is merged until every conflict is settled.
        CHECK_FALSE(review->mergeButton()->isEnabled());
        review->takeTheirsButton()->click();
        CHECK(review->mergeButton()->isEnabled());
        CHECK(conflicts->item(0, MergeReviewDialog::Choice)->text() == QStringLiteral("The other's"));
        reviewed = true;
        review->mergeButton()->click();
    });
    CHECK(window.mergeFrom({copies.theirs}) == 1);
    CHECK(reviewed);
    ForumFile &file = window.document()->file();
    REQUIRE(memberNamed(file, QStringLiteral("Bea Quispe")));
    CHECK(memberNamed(file, QStringLiteral("Ana Pérez"))->organization == QStringLiteral("Secretaría de Gobierno Digital"));
    CHECK(window.document()->undoStack()->undoText() == QStringLiteral("Merge “foro de Bea.ogpforum”"));
    CHECK(test::fileHash(copies.theirs) == theirsBefore);
    // A copy of the forum before the merge, and the report, are beside it.
    const QStringList beside = QDir(copies.folder.path()).entryList({QStringLiteral("*before-merge*")}, QDir::Files);
    CHECK(beside.filter(QStringLiteral(".ogpforum")).size() == 1);
    REQUIRE(beside.filter(QStringLiteral(".md")).size() == 1);
    QFile report(copies.folder.file(beside.filter(QStringLiteral(".md")).first()));
    REQUIRE(report.open(QIODevice::ReadOnly));
    const QString reportText = QString::fromUtf8(report.readAll());
    CHECK(reportText.contains(QStringLiteral("Ministerio de Economía"))); // the value not kept stays on record

    // One undo takes the whole merge back; redo brings it again.
    window.document()->undoStack()->undo();
    CHECK_FALSE(memberNamed(file, QStringLiteral("Bea Quispe")));
    CHECK(memberNamed(file, QStringLiteral("Ana Pérez"))->organization == QStringLiteral("Ministerio de Economía"));
    window.document()->undoStack()->redo();
    CHECK(memberNamed(file, QStringLiteral("Bea Quispe")));
    CHECK(memberNamed(file, QStringLiteral("Ana Pérez"))->organization == QStringLiteral("Secretaría de Gobierno Digital"));
    // Merged again, the same copy holds nothing new.
    CHECK(window.mergeFrom({copies.theirs}) == 0);
    CHECK(window.findChild<MergeReviewDialog *>() == nullptr);
    // Undone, the merge leaves no trace in the file's history: merged again, Bea comes back.
    const qint64 tombstones = file.database().scalar(QStringLiteral("SELECT count(*) FROM tombstone")).toLongLong();
    window.document()->undoStack()->undo();
    CHECK_FALSE(memberNamed(file, QStringLiteral("Bea Quispe")));
    CHECK(file.database().scalar(QStringLiteral("SELECT count(*) FROM tombstone")).toLongLong() == tombstones);
    whenReviewShows(window, [](MergeReviewDialog *review) {
        review->takeTheirsButton()->click();
        review->mergeButton()->click();
    });
    CHECK(window.mergeFrom({copies.theirs}) == 1);
    CHECK(memberNamed(file, QStringLiteral("Bea Quispe")));
}

TEST_CASE("The window keeps answering while a merge waits for the file, and the merge then lands", "[ui][merge]")
{
    test::isolateSettings();
    Translations::install(QStringLiteral("en"));
    TwoCopies copies;
    TwoCopies::addBea(copies.theirs);
    MainWindow window;
    window.show();
    REQUIRE(test::openAndWait(window, copies.ours));
    // Another program holds the file for writing when the merge starts: the merge waits for it on
    // its worker thread. Were it waiting on the window's thread, the window could not release it
    // (below) and the merge would give up after its bounded wait.
    Database other(copies.ours, Database::Mode::ReadWrite);
    other.exec(QStringLiteral("BEGIN IMMEDIATE"));
    int answered = 0;
    bool busyMeanwhile = false;
    const auto release = [&] {
        ++answered;
        busyMeanwhile = busyMeanwhile || !window.mergeAction()->isEnabled();
        if (other.inTransaction())
            other.exec(QStringLiteral("COMMIT"));
    };
    QTimer::singleShot(300, &window, release);
    whenReviewShows(window, [&](MergeReviewDialog *review) {
        QTimer::singleShot(300, &window, release); // and again while the merge itself runs
        other.exec(QStringLiteral("BEGIN IMMEDIATE"));
        review->mergeButton()->click();
    });
    CHECK(window.mergeFrom({copies.theirs}) == 1);
    CHECK(answered == 2);
    CHECK(busyMeanwhile); // the window said it was busy, and offered no second merge meanwhile
    CHECK(memberNamed(window.document()->file(), QStringLiteral("Bea Quispe")));
    // The merge, written through another connection, is this window's own edit: the members page
    // shows Bea, and one undo takes her back out.
    MemberTableModel *members = window.workspace()->membersPage()->model();
    CHECK(members->rowCount() == 2);
    REQUIRE(window.document()->undoStack()->canUndo());
    CHECK(window.document()->undoStack()->undoText() == QStringLiteral("Merge “foro de Bea.ogpforum”"));
    window.document()->undoStack()->undo();
    CHECK_FALSE(memberNamed(window.document()->file(), QStringLiteral("Bea Quispe")));
    CHECK(members->rowCount() == 1);
    window.document()->undoStack()->redo();
    CHECK(memberNamed(window.document()->file(), QStringLiteral("Bea Quispe")));
    CHECK(window.mergeAction()->isEnabled());
}

TEST_CASE("The conflict-copy banner merges a sync tool's copy and moves it aside", "[ui][merge][sync-copies]")
{
    test::isolateSettings();
    Translations::install(QStringLiteral("en"));
    TwoCopies copies;
    const QString conflict = copies.folder.file(QStringLiteral("foro.sync-conflict-20261205-101500-ABCDEF7.ogpforum"));
    REQUIRE(QFile::rename(copies.theirs, conflict));
    TwoCopies::addBea(conflict);
    MainWindow window;
    window.show();
    REQUIRE(test::openAndWait(window, copies.ours));
    SyncCopiesBanner *banner = window.workspace()->syncCopiesBanner();
    REQUIRE(banner->isVisible());
    CHECK(banner->message()->text().contains(QStringLiteral("It may hold work that is not in the forum")));
    INFO(banner->message()->text().toStdString() << " offered to a read-only window: " << window.document()->isReadOnly());
    REQUIRE(banner->mergeButton()->isVisible());
    CHECK_FALSE(banner->moveIdenticalButton()->isVisible());

    whenReviewShows(window, [](MergeReviewDialog *review) {
        CHECK(review->conflictTable()->isHidden()); // nothing to settle
        REQUIRE(review->mergeButton()->isEnabled());
        review->mergeButton()->click();
    });
    banner->mergeButton()->click();
    CHECK(memberNamed(window.document()->file(), QStringLiteral("Bea Quispe")));
    CHECK_FALSE(QFileInfo::exists(conflict));
    CHECK(QFileInfo::exists(QDir(SyncCopies::asideFolder(copies.ours)).filePath(QFileInfo(conflict).fileName())));
    CHECK_FALSE(banner->isVisible());
}

TEST_CASE("A merge is one undo step even when another program holds the file as it lands", "[ui][merge]")
{
    test::isolateSettings();
    Translations::install(QStringLiteral("en"));
    TwoCopies copies;
    TwoCopies::addBea(copies.theirs);
    ForumDocument document(ForumFile::open(copies.ours));
    // The merge, written and recorded as the window's worker does it.
    QByteArray changes;
    {
        ChangeRecorder recorder(document.file().database());
        MergeOptions options;
        options.prefer = MergePrefer::Theirs;
        REQUIRE(mergeForums(document.file(), copies.theirs, options).written);
        changes = recorder.finish();
    }
    // A colleague's Forum Desk takes the file for writing before the window keeps the merge: keeping
    // it writes nothing, so it neither waits nor fails.
    Database other(copies.ours, Database::Mode::ReadWrite);
    other.exec(QStringLiteral("BEGIN IMMEDIATE"));
    edit::keepMerge(&document, copies.theirs, changes);
    other.exec(QStringLiteral("COMMIT"));
    CHECK(document.undoStack()->count() == 1);
    REQUIRE(document.undoStack()->canUndo());
    CHECK(document.undoStack()->undoText() == QStringLiteral("Merge “foro de Bea.ogpforum”"));
    document.undoStack()->undo();
    CHECK_FALSE(memberNamed(document.file(), QStringLiteral("Bea Quispe")));
    document.undoStack()->redo();
    CHECK(memberNamed(document.file(), QStringLiteral("Bea Quispe")));
}
