// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/ui/UiTestSupport.h"

#include "ui/document/ForumDocument.h"
#include "ui/window/ForumWorkspace.h"
#include "ui/window/MainWindow.h"
#include "tests/support/TestSupport.h"
#include "ui/window/WelcomePage.h"
#include "ui/members/MemberDialog.h"
#include "ui/widgets/OptionalDateEdit.h"
#include "core/forum/NewForum.h"
#include "core/i18n/Translations.h"
#include "ui/members/MemberTableModel.h"
#include "ui/forum/CompositionPanel.h"
#include "ui/members/MembersPage.h"
#include "core/storage/Table.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDropEvent>
#include <QFile>
#include <QPushButton>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QAbstractButton>
#include <QMessageBox>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTableView>
#include <QUndoStack>
#include <QUrl>

#include <catch2/catch.hpp>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>
#endif

using namespace forumdesk;

namespace {

// Fills the member dialog the page opened, as a user would, and presses Add/Save.
void fillAndAccept(MembersPage *page, const std::function<void(MemberDialog *)> &fill)
{
    MemberDialog *dialog = nullptr;
    REQUIRE(test::waitUntil([&] {
        dialog = page->findChild<MemberDialog *>();
        return dialog && dialog->isVisible();
    }));
    fill(dialog);
    dialog->accept();
    REQUIRE(test::waitUntil([&] { return page->findChild<MemberDialog *>() == nullptr; }));
}

bool createAndWait(MainWindow &window, const QString &path, const QString &name)
{
    QSignalSpy opened(&window, &MainWindow::forumOpened);
    window.createForum(path, name, QStringLiteral("es"));
    return test::waitUntil([&] { return opened.count() == 1; });
}

int rowNamed(MemberTableModel *model, const QString &name)
{
    while (model->canFetchMore({}))
        model->fetchMore({});
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, MemberTableModel::Name).data().toString() == name)
            return row;
    }
    return -1;
}

} // namespace

TEST_CASE("A new user creates a forum, adds and edits members, undoes, closes and reopens", "[ui][window]")
{
    test::isolateSettings();
    test::TempFolder folder;
    const QString path = folder.file(QStringLiteral("Foro de Lima.ogpforum"));
    MainWindow window;
    window.show();

    // No forum yet: the welcome screen, and nothing to undo.
    CHECK(window.centralWidget()->property("currentIndex").toInt() == 0);
    CHECK(window.windowTitle() == QLatin1String("Forum Desk"));
    CHECK_FALSE(window.undoAction()->isEnabled());

    REQUIRE(createAndWait(window, path, QStringLiteral("Foro Multiactor de Lima")));
    CHECK(window.windowTitle().contains(QLatin1String("Foro Multiactor de Lima")));
    CHECK(window.windowTitle().contains(QLatin1String("Foro de Lima.ogpforum")));
    REQUIRE(window.workspace());
    CHECK(window.workspace()->isVisible());
    CHECK_FALSE(window.workspace()->readOnlyBanner()->isVisible());

    // An empty forum warns about minimum requirement 1.1.
    window.workspace()->showPage(ForumWorkspace::Page::Members);
    MembersPage *page = window.workspace()->membersPage();
    CHECK(page->composition()->warningText().contains(QLatin1String("1.1")));

    // Add a member through the dialog, as the Add button does.
    page->addMember();
    fillAndAccept(page, [](MemberDialog *dialog) {
        dialog->nameEdit()->setText(QStringLiteral("Ana Pérez"));
        dialog->organizationEdit()->setText(QStringLiteral("Ministerio de Justicia"));
        dialog->sectorBox()->setCurrentIndex(dialog->sectorBox()->findData(QStringLiteral("government")));
    });
    page->addMember();
    fillAndAccept(page, [](MemberDialog *dialog) {
        dialog->nameEdit()->setText(QStringLiteral("Rosa Quispe"));
        dialog->organizationEdit()->setText(QStringLiteral("Red Ciudadana"));
    });
    CHECK(page->model()->matchingCount() == 2);
    CHECK(page->composition()->warningText().isEmpty());
    CHECK(window.undoAction()->text().contains(QStringLiteral("Add member Rosa Quispe")));

    // Edit Ana through the dialog.
    const int anaRow = rowNamed(page->model(), QStringLiteral("Ana Pérez"));
    REQUIRE(anaRow >= 0);
    page->view()->selectRow(anaRow);
    page->editSelected();
    fillAndAccept(page, [](MemberDialog *dialog) {
        CHECK(dialog->nameEdit()->text() == QStringLiteral("Ana Pérez"));
        dialog->organizationEdit()->setText(QStringLiteral("Secretaría de Gobierno Digital"));
    });
    CHECK(window.undoAction()->text().contains(QStringLiteral("Edit member Ana Pérez")));
    const auto organizationOfAna = [&] {
        const int row = rowNamed(page->model(), QStringLiteral("Ana Pérez"));
        return row < 0 ? QString() : page->model()->index(row, MemberTableModel::Organization).data().toString();
    };
    CHECK(organizationOfAna() == QStringLiteral("Secretaría de Gobierno Digital"));

    // Undo and redo, through the Edit menu's actions.
    window.undoAction()->trigger();
    CHECK(organizationOfAna() == QStringLiteral("Ministerio de Justicia"));
    CHECK(window.redoAction()->text().contains(QStringLiteral("Edit member Ana Pérez")));
    window.redoAction()->trigger();
    CHECK(organizationOfAna() == QStringLiteral("Secretaría de Gobierno Digital"));

    // Close: the welcome screen lists the forum; reopen it from there and find the data.
    window.closeForum();
    CHECK(window.document() == nullptr);
    CHECK(window.windowTitle() == QLatin1String("Forum Desk"));
    QListWidget *recent = window.welcomePage()->recentList();
    REQUIRE(recent->count() == 1);
    CHECK(recent->item(0)->text().contains(QLatin1String("Foro de Lima")));
    QSignalSpy opened(&window, &MainWindow::forumOpened);
    emit recent->itemActivated(recent->item(0));
    REQUIRE(test::waitUntil([&] { return opened.count() == 1; }));
    page = window.workspace()->membersPage();
    CHECK(page->model()->matchingCount() == 2);
    CHECK(organizationOfAna() == QStringLiteral("Secretaría de Gobierno Digital"));
    // A reopened forum starts with a fresh undo history.
    CHECK_FALSE(window.undoAction()->isEnabled());
}

TEST_CASE("Removing a member is undoable and brings back the same member", "[ui][window]")
{
    test::isolateSettings();
    test::TempFolder folder;
    const QString path = folder.file(QStringLiteral("f.ogpforum"));
    {
        auto file = createForum(path, QStringLiteral("Foro"), QStringLiteral("es"));
        Member m = test::makeMember(QStringLiteral("Carmen Ruiz"));
        Table<Member>(*file).create(m);
    }
    MainWindow window;
    REQUIRE(test::openAndWait(window, path));
    MembersPage *page = window.workspace()->membersPage();
    REQUIRE(page->model()->rowCount() == 1);
    const QString uid = page->model()->member(0).uid;
    page->view()->selectRow(0);
    page->removeSelected();
    CHECK(page->model()->rowCount() == 0);
    CHECK(window.undoAction()->text().contains(QStringLiteral("Remove member Carmen Ruiz")));
    window.undoAction()->trigger();
    REQUIRE(page->model()->rowCount() == 1);
    CHECK(page->model()->member(0).uid == uid);
}

TEST_CASE("The member dialog explains a missing name next to the field and stays open", "[ui][window]")
{
    test::isolateSettings();
    test::TempFolder folder;
    auto file = createForum(folder.file(QStringLiteral("f.ogpforum")), QStringLiteral("Foro"), QStringLiteral("es"));
    MemberDialog dialog(*file, Member());
    dialog.nameEdit()->clear();
    dialog.termStartEdit()->setDate(QDate(2024, 5, 1));
    dialog.termEndEdit()->setDate(QDate(2023, 5, 1));
    dialog.accept();
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK(dialog.messageFor(QStringLiteral("name")).contains(QLatin1String("required")));
    dialog.nameEdit()->setText(QStringLiteral("Jorge"));
    dialog.accept();
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK(dialog.messageFor(QStringLiteral("name")).isEmpty());
    CHECK(dialog.messageFor(QStringLiteral("term_end")).contains(QLatin1String("before")));
    dialog.termEndEdit()->setDate(QDate(2026, 5, 1));
    dialog.accept();
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(Table<Member>(*file).count() == 0); // the dialog never writes by itself
}

TEST_CASE("A refused file is explained and leaves the open forum as it was", "[ui][window]")
{
    test::isolateSettings();
    test::TempFolder folder;
    const QString good = folder.file(QStringLiteral("good.ogpforum"));
    {
        auto file = createForum(good, QStringLiteral("Foro Bueno"), QStringLiteral("es"));
        Member m = test::makeMember(QStringLiteral("Elena"));
        Table<Member>(*file).create(m);
    }
    const QString bad = folder.file(QStringLiteral("notes.ogpforum"));
    test::writeFile(bad, "These are meeting notes, not a forum.\n");
    const QByteArray badHash = test::fileHash(bad);

    MainWindow window;
    window.show();
    REQUIRE(test::openAndWait(window, good));
    ForumDocument *before = window.document();
    const QString title = window.windowTitle();

    QSignalSpy refused(&window, &MainWindow::forumRefused);
    window.openForum(bad);
    REQUIRE(test::waitUntil([&] { return refused.count() == 1; }));
    const QString message = test::takeErrorMessage(window);
    CHECK(message.contains(QLatin1String("notes.ogpforum")));
    CHECK(message.contains(QLatin1String("good.ogpforum"))); // "... is still open and unchanged"
    CHECK(window.document() == before);
    CHECK(window.document()->path() == good);
    CHECK(window.windowTitle() == title);
    CHECK(window.workspace()->membersPage()->model()->rowCount() == 1);
    CHECK(test::fileHash(bad) == badHash);
    // The refused file is not offered again as a recent forum.
    CHECK_FALSE(window.welcomePage()->recentList()->findItems(QStringLiteral("notes"), Qt::MatchContains).size() > 0);
}

TEST_CASE("A forum open in another window opens read-only with a banner saying why", "[ui][window]")
{
    test::isolateSettings();
    test::TempFolder folder;
    const QString path = folder.file(QStringLiteral("shared.ogpforum"));
    createForum(path, QStringLiteral("Foro Compartido"), QStringLiteral("es"));
    MainWindow first;
    REQUIRE(test::openAndWait(first, path));
    MainWindow second;
    second.show();
    REQUIRE(test::openAndWait(second, path));
    CHECK(second.document()->isReadOnly());
    QLabel *banner = second.workspace()->readOnlyBanner();
    CHECK(banner->isVisible());
    CHECK(banner->text().contains(second.document()->file().readOnlyMessage()));
    CHECK(second.windowTitle().contains(QLatin1String("read-only")));
    CHECK_FALSE(second.workspace()->membersPage()->addButton()->isEnabled());
    second.workspace()->membersPage()->addMember();
    QApplication::processEvents();
    CHECK(second.workspace()->membersPage()->findChild<MemberDialog *>() == nullptr);
    // Another Forum Desk on this very computer is running: it cannot be taken over.
    CHECK_FALSE(second.workspace()->takeOverButton()->isVisible());
}

namespace {

// Clicks the button of `role` in the visible message box named `name`; returns its text.
QString answerBox(QWidget &window, const QString &name, QMessageBox::ButtonRole role)
{
    QMessageBox *box = nullptr;
    if (!test::waitUntil([&] {
            for (QMessageBox *shown : window.findChildren<QMessageBox *>(name))
                if (shown->isVisible())
                    box = shown;
            return box != nullptr;
        }))
        return QString();
    const QString text = box->text() + QLatin1Char('\n') + box->informativeText();
    for (QAbstractButton *button : box->buttons())
        if (box->buttonRole(button) == role) {
            button->click();
            break;
        }
    return text;
}

} // namespace

TEST_CASE("A forum left open by Forum Desk on another computer can be taken over from the banner, after a confirmation", "[ui][window][lock]")
{
    test::isolateSettings();
    test::TempFolder folder;
    const QString path = folder.file(QStringLiteral("prestado.ogpforum"));
    createForum(path, QStringLiteral("Foro Prestado"), QStringLiteral("es"));
    test::writeFile(path + QStringLiteral(".lock"), "31337\nforumdesk\nOFICINA-2\n");
    MainWindow window;
    window.show();
    REQUIRE(test::openAndWait(window, path));
    REQUIRE(window.document()->isReadOnly());
    QLabel *banner = window.workspace()->readOnlyBanner();
    CHECK(banner->text().contains(QStringLiteral("OFICINA-2 (process 31337) since")));
    QPushButton *takeOver = window.workspace()->takeOverButton();
    REQUIRE(takeOver->isVisible());

    // Cancelled, nothing changes.
    takeOver->click();
    CHECK(answerBox(window, QStringLiteral("confirmTakeOver"), QMessageBox::RejectRole).contains(QStringLiteral("OFICINA-2")));
    QApplication::processEvents();
    CHECK(window.document()->isReadOnly());

    QSignalSpy opened(&window, &MainWindow::forumOpened);
#ifdef Q_OS_UNIX
    {
        // Forum Desk still running there (its lock held through the share): the take-over fails,
        // and the window says why instead of showing the same banner again without a word.
        const int fd = ::open(QFile::encodeName(path + QStringLiteral(".lock")).constData(), O_RDWR | O_CLOEXEC);
        REQUIRE(fd >= 0);
        REQUIRE(::flock(fd, LOCK_EX | LOCK_NB) == 0);
        window.workspace()->takeOverButton()->click();
        answerBox(window, QStringLiteral("confirmTakeOver"), QMessageBox::DestructiveRole);
        REQUIRE(test::waitUntil([&] { return opened.count() == 1; }));
        CHECK(window.document()->isReadOnly());
        CHECK(test::takeErrorMessage(window).contains(QStringLiteral("cannot be removed")));
        ::close(fd);
        opened.clear();
    }
#endif
    window.workspace()->takeOverButton()->click();
    answerBox(window, QStringLiteral("confirmTakeOver"), QMessageBox::DestructiveRole);
    REQUIRE(test::waitUntil([&] { return opened.count() == 1; }));
    CHECK_FALSE(window.document()->isReadOnly());
    CHECK_FALSE(window.workspace()->readOnlyBanner()->isVisible());
    CHECK(window.workspace()->membersPage()->addButton()->isEnabled());
}

TEST_CASE("Check the Forum File reads the whole file and says what it found", "[ui][window][check]")
{
    test::isolateSettings();
    Translations::install(QStringLiteral("en")); // English as the window shows it: "1 problem"
    test::TempFolder folder;
    const QString path = folder.file(QStringLiteral("revisar.ogpforum"));
    createForum(path, QStringLiteral("Foro Revisado"), QStringLiteral("es"));
    MainWindow window;
    window.show();
    REQUIRE(test::openAndWait(window, path));
    REQUIRE(window.checkFileAction()->isEnabled());
    QSignalSpy checked(&window, &MainWindow::fileChecked);
    window.checkFileAction()->trigger();
    REQUIRE(test::waitUntil([&] { return checked.count() == 1; }));
    CHECK(checked.at(0).at(0).toStringList().isEmpty());
    CHECK(answerBox(window, QStringLiteral("checkResult"), QMessageBox::RejectRole).contains(QStringLiteral("No problems found in “revisar.ogpforum”")));

    // A vote counting more voters than were present breaks a data rule the schema cannot hold.
    window.document()->file().database().exec(QStringLiteral(
        "INSERT INTO meeting (uid, created_at, updated_at, title, starts_at, ends_at, status) VALUES "
        "('00000000-0000-4000-8000-000000000001', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z', "
        "'Sesión', '2026-02-01T10:00', '2026-02-01T12:00', 'held');"
        "INSERT INTO decision (uid, created_at, updated_at, meeting_id, text, method, votes_for) VALUES "
        "('00000000-0000-4000-8000-000000000002', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z', 1, 'Aprobar', "
        "'vote', 5);"));
    window.checkFileAction()->trigger();
    REQUIRE(test::waitUntil([&] { return checked.count() == 2; }));
    const QStringList problems = checked.at(1).at(0).toStringList();
    REQUIRE(problems.size() == 1);
    CHECK(problems.first().contains(QStringLiteral("counts 5 votes, but only 0 voting members were present")));
    CHECK(answerBox(window, QStringLiteral("checkResult"), QMessageBox::RejectRole).contains(QStringLiteral("1 problem found")));
}

TEST_CASE("Dropping a forum file on the window opens it", "[ui][window]")
{
    test::isolateSettings();
    test::TempFolder folder;
    const QString path = folder.file(QStringLiteral("dropped.ogpforum"));
    createForum(path, QStringLiteral("Foro Arrastrado"), QStringLiteral("en"));
    MainWindow window;
    window.show();
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(path)});
    QSignalSpy opened(&window, &MainWindow::forumOpened);
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &enter);
    CHECK(enter.isAccepted());
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &drop);
    REQUIRE(test::waitUntil([&] { return opened.count() == 1; }));
    CHECK(window.windowTitle().contains(QLatin1String("Foro Arrastrado")));
}

TEST_CASE("Save a Copy writes a forum that opens with the same members", "[ui][window]")
{
    test::isolateSettings();
    test::TempFolder folder;
    const QString path = folder.file(QStringLiteral("f.ogpforum"));
    {
        auto file = createForum(path, QStringLiteral("Foro"), QStringLiteral("es"));
        Member m = test::makeMember(QStringLiteral("Pablo"));
        Table<Member>(*file).create(m);
    }
    MainWindow window;
    REQUIRE(test::openAndWait(window, path));
    const QString copy = folder.file(QStringLiteral("copia.ogpforum"));
    QSignalSpy saved(&window, &MainWindow::copySaved);
    window.saveCopyTo(copy);
    REQUIRE(test::waitUntil([&] { return saved.count() == 1; }));
    {
        auto reopened = ForumFile::open(copy, OpenOptions{true});
        CHECK(Table<Member>(*reopened).count() == 1);
    }

    // Saving over an existing file asks first; cancelled, the file stays as it was.
    Member second = test::makeMember(QStringLiteral("Rosa"));
    Table<Member>(window.document()->file()).create(second);
    const QByteArray earlier = test::fileHash(copy);
    QSignalSpy failed(&window, &MainWindow::copyFailed);
    const auto answer = [&](QMessageBox::ButtonRole role) {
        CHECK(answerBox(window, QStringLiteral("replaceCopy"), role).contains(QStringLiteral("copia.ogpforum")));
    };
    window.saveCopyTo(copy);
    answer(QMessageBox::RejectRole);
    REQUIRE(test::waitUntil([&] { return failed.count() == 1; }));
    CHECK(test::fileHash(copy) == earlier);
    window.saveCopyTo(copy);
    answer(QMessageBox::DestructiveRole);
    REQUIRE(test::waitUntil([&] { return saved.count() == 2; }));
    {
        auto reopened = ForumFile::open(copy, OpenOptions{true});
        CHECK(Table<Member>(*reopened).count() == 2);
    }

    // A copy over the open file itself is refused.
    window.saveCopyTo(path);
    CHECK(failed.count() == 2);
    CHECK_FALSE(test::takeErrorMessage(window).isEmpty());
}

TEST_CASE("Open the Sample Forum creates it once and opens it", "[ui][window]")
{
    test::isolateSettings();
    QFile::remove(MainWindow::sampleForumPath(QStringLiteral("en")));
    MainWindow window;
    QSignalSpy opened(&window, &MainWindow::forumOpened);
    window.openSampleForum();
    REQUIRE(test::waitUntil([&] { return opened.count() == 1; }, 60000));
    CHECK(QFile::exists(MainWindow::sampleForumPath(QStringLiteral("en"))));
    CHECK(window.document() != nullptr);
    CHECK_FALSE(window.document()->forum().name.isEmpty());
    window.closeForum();
    window.openSampleForum(); // the second time it opens the same file
    REQUIRE(test::waitUntil([&] { return opened.count() == 2; }, 60000));
    QFile::remove(MainWindow::sampleForumPath(QStringLiteral("en")));
}
