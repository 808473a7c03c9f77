// SPDX-License-Identifier: GPL-3.0-or-later
// A secretary prepares, runs and minutes a meeting from the Meetings page, as a user would.
#include "tests/ui/UiTestSupport.h"

#include "ui/document/ForumDocument.h"
#include "ui/window/ForumWorkspace.h"
#include "ui/window/MainWindow.h"
#include "ui/document/DocumentExport.h"
#include "tests/support/TestSupport.h"
#include "ui/commands/Commands.h"
#include "ui/meetings/ActionItemDialog.h"
#include "ui/meetings/DecisionDialog.h"
#include "core/forum/NewForum.h"
#include "ui/meetings/ActionItemsPanel.h"
#include "core/meetings/Agenda.h"
#include "ui/meetings/AgendaPanel.h"
#include "ui/meetings/AttendancePanel.h"
#include "ui/meetings/MeetingDetailsPanel.h"
#include "ui/meetings/MeetingEditor.h"
#include "ui/meetings/MinutesPanel.h"
#include "ui/meetings/ActionItemTableModel.h"
#include "ui/meetings/AgendaModel.h"
#include "ui/meetings/MeetingTableModel.h"
#include "ui/meetings/MeetingsPage.h"
#include "core/storage/Table.h"
#include "ui/widgets/CommittingTextEdit.h"

#include <QAction>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QUrl>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QUndoStack>

#include <catch2/catch.hpp>

using namespace forumdesk;

namespace {

struct OpenMeetings {
    test::TempFolder folder;
    QString path = folder.file(QStringLiteral("foro.ogpforum"));
    MainWindow window;

    OpenMeetings()
    {
        test::isolateSettings();
        {
            auto file = createForum(path, QStringLiteral("Foro Multiactor"), QStringLiteral("es"));
            // Four voting members: two from government, two from civil society. Quorum 50%.
            for (const auto &[name, sector] : {std::pair{"Ana Pérez", "government"}, {"Bruno Díaz", "government"},
                                               {"Carla Ríos", "civil_society"}, {"Diego Luna", "civil_society"}}) {
                Member m = test::makeMember(QString::fromUtf8(name), QString::fromLatin1(sector));
                Table<Member>(*file).create(m);
            }
        }
        window.resize(1280, 800);
        window.show();
        REQUIRE(test::openAndWait(window, path));
        window.workspace()->showPage(ForumWorkspace::Page::Meetings);
    }
    MeetingsPage *page() { return window.workspace()->meetingsPage(); }
    ForumFile &file() { return window.document()->file(); }
    QUndoStack *undo() { return window.document()->undoStack(); }
};

QStringList agendaTitles(AgendaModel *model)
{
    QStringList titles;
    for (int row = 0; row < model->rowCount(); ++row)
        titles << model->index(row, AgendaModel::Title).data().toString();
    return titles;
}

} // namespace

TEST_CASE("A secretary creates a meeting, sets its times and moves it along its lifecycle", "[ui][meetings]")
{
    OpenMeetings forum;
    MeetingsPage *page = forum.page();
    CHECK(page->model()->matchingCount() == 0);
    const qint64 id = page->addMeeting();
    REQUIRE(id > 0);
    CHECK(forum.undo()->undoText() == QStringLiteral("Add meeting “New meeting”"));
    CHECK(page->model()->matchingCount() == 1);
    CHECK(page->editor()->meetingId() == id);

    MeetingDetailsPanel *details = page->editor()->details();
    auto *title = qobject_cast<QLineEdit *>(details->editor(QStringLiteral("title")));
    REQUIRE(title);
    title->setText(QStringLiteral("Sesión ordinaria 12"));
    details->commit(QStringLiteral("title"));
    CHECK(Table<Meeting>(forum.file()).get(id).title == QStringLiteral("Sesión ordinaria 12"));
    CHECK(page->model()->index(0, MeetingTableModel::Title).data().toString() == QStringLiteral("Sesión ordinaria 12"));

    // An end before the start is explained next to the field and not saved.
    auto *ends = qobject_cast<QDateTimeEdit *>(details->editor(QStringLiteral("ends_at")));
    REQUIRE(ends);
    const QDateTime before = Table<Meeting>(forum.file()).get(id).endsAt;
    ends->setDateTime(Table<Meeting>(forum.file()).get(id).startsAt.addSecs(-3600));
    details->commit(QStringLiteral("ends_at"));
    CHECK_FALSE(details->messageFor(QStringLiteral("ends_at")).isEmpty());
    CHECK(Table<Meeting>(forum.file()).get(id).endsAt == before);

    // The chair is a member; the minutes keep the name.
    auto *chair = qobject_cast<QComboBox *>(details->editor(QStringLiteral("chair_member_id")));
    chair->setCurrentIndex(chair->findText(QStringLiteral("Carla Ríos")));
    details->commit(QStringLiteral("chair_member_id"));
    CHECK(Table<Meeting>(forum.file()).get(id).chairName == QStringLiteral("Carla Ríos"));

    // Skipping from planned to published is refused; held then minutes in draft is allowed.
    CHECK_FALSE(details->changeStatus(QStringLiteral("published")));
    CHECK_FALSE(details->messageFor(QStringLiteral("status")).isEmpty());
    CHECK(details->changeStatus(QStringLiteral("held")));
    CHECK(forum.undo()->undoText() == QStringLiteral("Mark “Sesión ordinaria 12” held"));
    CHECK(page->model()->index(0, MeetingTableModel::Status).data().toString() == QLatin1String("Held"));
    CHECK(details->changeStatus(QStringLiteral("minutes_draft")));
    // Approval names a later meeting.
    CHECK_FALSE(details->changeStatus(QStringLiteral("minutes_approved")));
    const qint64 next = page->addMeeting();
    auto nextMeeting = Table<Meeting>(forum.file()).get(next);
    nextMeeting.startsAt = nextMeeting.startsAt.addDays(30);
    nextMeeting.endsAt = nextMeeting.endsAt.addDays(30);
    Table<Meeting>(forum.file()).update(nextMeeting);
    page->showMeeting(id);
    CHECK(details->changeStatus(QStringLiteral("minutes_approved"), next));
    CHECK(Table<Meeting>(forum.file()).get(id).approvedAtMeetingId == next);
    forum.window.undoAction()->trigger();
    CHECK(Table<Meeting>(forum.file()).get(id).status == QLatin1String("minutes_draft"));
}

TEST_CASE("Undoing a new meeting while its editor shows it empties the editor, and redo brings it back", "[ui][meetings]")
{
    OpenMeetings forum;
    MeetingsPage *page = forum.page();
    const qint64 id = page->addMeeting();
    REQUIRE(id > 0);
    // Every tab of the editor shows the meeting; none must trip over it once it is gone.
    page->editor()->tabs()->setCurrentIndex(MeetingEditor::AttendanceTab);
    forum.window.undoAction()->trigger();
    CHECK_FALSE(Table<Meeting>(forum.file()).find(id));
    CHECK(test::takeErrorMessage(forum.window).isEmpty());
    CHECK(page->editor()->meetingId() == 0);
    CHECK(page->model()->matchingCount() == 0);
    forum.window.redoAction()->trigger();
    CHECK(Table<Meeting>(forum.file()).find(id));
    CHECK(test::takeErrorMessage(forum.window).isEmpty());
    CHECK(page->model()->matchingCount() == 1);
}

TEST_CASE("Undoing the removal of an agenda item or a decision links back what was taken on it", "[ui][meetings]")
{
    OpenMeetings forum;
    MeetingsPage *page = forum.page();
    const qint64 id = page->addMeeting();
    REQUIRE(id > 0);
    page->editor()->agenda()->newItemTitle()->setText(QStringLiteral("Cronograma"));
    page->editor()->agenda()->addItem();
    const qint64 itemId = Agenda::of(forum.file(), id).value(0).id;
    REQUIRE(itemId > 0);

    MinutesPanel *minutes = page->editor()->minutes();
    minutes->items()->setCurrentRow(0);
    DecisionDialog *decision = minutes->createDecisionDialog();
    decision->textEdit()->setPlainText(QStringLiteral("Aprobar el cronograma"));
    decision->accept();
    minutes->commitDecisionDialog(decision);
    delete decision;
    const Decision taken = Table<Decision>(forum.file()).list().value(0);
    REQUIRE(taken.agendaItemId == itemId);
    ActionItem agreed;
    agreed.meetingId = id;
    agreed.decisionId = taken.id;
    agreed.text = QStringLiteral("Publicar el cronograma");
    edit::addActionItem(forum.window.document(), agreed);
    const qint64 actionId = Table<ActionItem>(forum.file()).list().value(0).id;
    REQUIRE(Table<ActionItem>(forum.file()).get(actionId).decisionId == taken.id);

    // Removing the decision unlinks the action item; undo links it again.
    minutes->decisions()->setCurrentCell(0, 0);
    minutes->removeDecision();
    CHECK(Table<ActionItem>(forum.file()).get(actionId).decisionId == 0);
    forum.window.undoAction()->trigger();
    CHECK(Table<ActionItem>(forum.file()).get(actionId).decisionId == taken.id);
    forum.window.redoAction()->trigger();
    CHECK(Table<ActionItem>(forum.file()).get(actionId).decisionId == 0);
    forum.window.undoAction()->trigger();
    CHECK(Table<ActionItem>(forum.file()).get(actionId).decisionId == taken.id);

    // Removing the agenda item unlinks the decision; undo links it again.
    AgendaPanel *agenda = page->editor()->agenda();
    agenda->view()->selectRow(0);
    agenda->removeSelected();
    CHECK(Table<Decision>(forum.file()).get(taken.id).agendaItemId == 0);
    forum.window.undoAction()->trigger();
    CHECK(Table<Decision>(forum.file()).get(taken.id).agendaItemId == itemId);
    CHECK(test::takeErrorMessage(forum.window).isEmpty());
}

TEST_CASE("The agenda is built, reordered from the keyboard, timed, and undone", "[ui][meetings]")
{
    OpenMeetings forum;
    MeetingsPage *page = forum.page();
    const qint64 id = page->addMeeting();
    REQUIRE(id > 0);
    page->editor()->tabs()->setCurrentIndex(MeetingEditor::AgendaTab);
    AgendaPanel *agenda = page->editor()->agenda();

    for (const char *title : {"Apertura", "Informe de avance", "Varios"}) {
        agenda->newItemTitle()->setText(QString::fromUtf8(title));
        QTest::keyClick(agenda->newItemTitle(), Qt::Key_Return);
    }
    CHECK(agendaTitles(agenda->model()) == QStringList{QStringLiteral("Apertura"), QStringLiteral("Informe de avance"), QStringLiteral("Varios")});
    CHECK(forum.undo()->undoText() == QStringLiteral("Add agenda item “Varios”"));
    // Three items of 15 minutes from 10:00: the last starts at 10:30, the agenda ends at 10:45.
    CHECK(agenda->model()->index(2, AgendaModel::Starts).data().toString() == QLocale().toString(QTime(10, 30), QLocale::ShortFormat));
    CHECK(agenda->expectedEnd()->text().contains(QLocale().toString(QTime(10, 45), QLocale::ShortFormat)));

    // The last item moves up with Ctrl+Up, keeping the selection.
    agenda->view()->setFocus();
    agenda->view()->selectRow(2);
    QTest::keyClick(agenda->view(), Qt::Key_Up, Qt::ControlModifier);
    CHECK(agendaTitles(agenda->model()) == QStringList{QStringLiteral("Apertura"), QStringLiteral("Varios"), QStringLiteral("Informe de avance")});
    CHECK(agenda->view()->selectionModel()->selectedRows().first().row() == 1);
    CHECK(forum.undo()->undoText() == QStringLiteral("Move agenda item “Varios” up"));
    QList<AgendaItem> stored = Table<AgendaItem>(forum.file()).list(QStringLiteral("meeting_id = ?"), {id}, QStringLiteral("position"));
    CHECK(stored.at(1).title == QStringLiteral("Varios"));
    CHECK(stored.at(2).position == 2);

    // A longer item pushes the expected end.
    agenda->model()->setData(agenda->model()->index(0, AgendaModel::Duration), 45);
    CHECK(agenda->expectedEnd()->text().contains(QLocale().toString(QTime(11, 15), QLocale::ShortFormat)));

    forum.window.undoAction()->trigger(); // the duration
    forum.window.undoAction()->trigger(); // the move
    CHECK(agendaTitles(agenda->model()) == QStringList{QStringLiteral("Apertura"), QStringLiteral("Informe de avance"), QStringLiteral("Varios")});
    forum.window.redoAction()->trigger();
    CHECK(agendaTitles(agenda->model()) == QStringList{QStringLiteral("Apertura"), QStringLiteral("Varios"), QStringLiteral("Informe de avance")});

    // A presenter nobody knows is flagged as soon as it is entered, with a sign and the reason.
    const QModelIndex presenter = agenda->model()->index(0, AgendaModel::Presenter);
    CHECK(presenter.data(Qt::DecorationRole).isNull());
    REQUIRE(agenda->model()->setData(presenter, QStringLiteral("Nadia Nadie")));
    const QModelIndex flagged = agenda->model()->index(0, AgendaModel::Presenter);
    CHECK_FALSE(flagged.data(Qt::DecorationRole).isNull());
    CHECK(flagged.data(Qt::ToolTipRole).toString().contains(QStringLiteral("Nadia Nadie")));
}

TEST_CASE("Attendance is marked by keys, the quorum follows, a vote and an action item are minuted", "[ui][meetings]")
{
    OpenMeetings forum;
    MeetingsPage *page = forum.page();
    const qint64 id = page->addMeeting();
    REQUIRE(id > 0);
    page->editor()->tabs()->setCurrentIndex(MeetingEditor::AttendanceTab);
    AttendancePanel *attendance = page->editor()->attendance();
    QTableWidget *sheet = attendance->members();
    REQUIRE(sheet->rowCount() == 4);
    CHECK(attendance->quorum()->text().contains(QLatin1String("No quorum yet")));

    // P marks the selected member present and moves to the next one.
    sheet->setFocus();
    sheet->selectRow(0);
    sheet->setCurrentCell(0, 0);
    const QString first = sheet->item(0, 0)->text();
    QTest::keyClick(sheet, Qt::Key_P);
    CHECK(sheet->item(0, 2)->text() == QLatin1String("Present"));
    CHECK(forum.undo()->undoText() == QStringLiteral("Mark %1 present").arg(first));
    CHECK(sheet->currentRow() == 1);
    QTest::keyClick(sheet, Qt::Key_E);
    CHECK(sheet->item(1, 2)->text() == QLatin1String("Excused"));
    CHECK(attendance->quorum()->text().contains(QLatin1String("No quorum yet")));
    // Civil society arrives: quorum (2 of 4, both sectors).
    QTest::keyClick(sheet, Qt::Key_R);
    CHECK(sheet->item(2, 2)->text() == QLatin1String("Remote"));
    CHECK(attendance->quorum()->text().contains(QLatin1String("Quorum met")));
    CHECK(attendance->balance()->text().contains(QLatin1String("Civil society: 1")));
    attendance->mark(3, QStringLiteral("represented"), QStringLiteral("Rosa Mamani"));
    CHECK(sheet->item(3, 2)->text() == QStringLiteral("Represented by Rosa Mamani"));
    attendance->addGuest(QStringLiteral("Eva Soto"), QStringLiteral("PNUD"), QStringLiteral("other"));
    CHECK(attendance->guests()->rowCount() == 1);

    // Undo takes the quorum away again.
    forum.window.undoAction()->trigger(); // guest
    forum.window.undoAction()->trigger(); // represented
    forum.window.undoAction()->trigger(); // remote
    CHECK(attendance->quorum()->text().contains(QLatin1String("No quorum yet")));
    forum.window.redoAction()->trigger();
    forum.window.redoAction()->trigger();
    CHECK(attendance->quorum()->text().contains(QLatin1String("Quorum met")));

    // A decision by vote: the outcome follows the votes under the forum's rule.
    page->editor()->tabs()->setCurrentIndex(MeetingEditor::MinutesTab);
    MinutesPanel *minutes = page->editor()->minutes();
    DecisionDialog *decision = minutes->createDecisionDialog();
    decision->textEdit()->setPlainText(QStringLiteral("Aprobar el cronograma de cocreación"));
    decision->methodBox()->setCurrentIndex(decision->methodBox()->findData(QStringLiteral("vote")));
    decision->majorityBox()->setCurrentIndex(decision->majorityBox()->findData(QStringLiteral("simple")));
    decision->setCounts(2, 1, 0);
    CHECK(decision->outcomeBox()->currentData().toString() == QLatin1String("adopted"));
    decision->setCounts(1, 2, 0);
    CHECK(decision->outcomeBox()->currentData().toString() == QLatin1String("rejected"));
    // Three voting members are present (one represented): four votes are refused, with the reason.
    decision->setCounts(3, 1, 0);
    decision->accept();
    CHECK_FALSE(decision->message().isEmpty());
    decision->setCounts(2, 1, 0);
    decision->accept();
    CHECK(decision->result() == QDialog::Accepted);
    minutes->commitDecisionDialog(decision);
    delete decision;
    REQUIRE(minutes->decisions()->rowCount() == 1);
    CHECK(minutes->decisions()->item(0, 3)->text() == QLatin1String("Adopted"));
    CHECK(forum.undo()->undoText().startsWith(QStringLiteral("Add decision")));

    ActionItemDialog *action = minutes->createActionItemDialog();
    action->textEdit()->setPlainText(QStringLiteral("Publicar el cronograma en el sitio web"));
    action->ownerBox()->setCurrentText(QStringLiteral("Ana Pérez"));
    action->accept();
    minutes->commitActionItemDialog(action);
    delete action;
    REQUIRE(minutes->actions()->rowCount() == 1);
    CHECK(minutes->actions()->item(0, 1)->text() == QStringLiteral("Ana Pérez"));
    CHECK(Table<ActionItem>(forum.file()).list().first().ownerMemberId > 0);

    // The open action item is followed across meetings until closed.
    ActionItemsPanel *follow = page->actionItems();
    page->sections()->setCurrentIndex(1);
    REQUIRE(follow->model()->rowCount() == 1);
    follow->view()->selectRow(0);
    follow->setSelectedStatus(QStringLiteral("done"));
    CHECK(follow->model()->rowCount() == 0);
    CHECK(Table<ActionItem>(forum.file()).list().first().closedOn == QDate::currentDate());
    forum.window.undoAction()->trigger();
    CHECK(follow->model()->rowCount() == 1);

    forum.window.undoAction()->trigger(); // the action item
    forum.window.undoAction()->trigger(); // the decision
    CHECK(minutes->decisions()->rowCount() == 0);
    CHECK(minutes->actions()->rowCount() == 0);
    forum.window.redoAction()->trigger();
    REQUIRE(minutes->decisions()->rowCount() == 1);
    CHECK(Table<Decision>(forum.file()).list().first().votesFor == 2);

    // The discussion of an item is saved when the secretary leaves the field.
    page->editor()->tabs()->setCurrentIndex(MeetingEditor::AgendaTab);
    page->editor()->agenda()->newItemTitle()->setText(QStringLiteral("Cronograma"));
    page->editor()->agenda()->addItem();
    page->editor()->tabs()->setCurrentIndex(MeetingEditor::MinutesTab);
    minutes->items()->setCurrentRow(0);
    minutes->minutesEdit()->setPlainText(QStringLiteral("Se presentó el cronograma."));
    minutes->commitMinutes();
    CHECK(Table<AgendaItem>(forum.file()).list().first().minutes == QStringLiteral("Se presentó el cronograma."));
    CHECK(forum.undo()->undoText() == QStringLiteral("Edit the minutes of “Cronograma”"));
}

TEST_CASE("Minutes are exported as PDF and ODT, an unwritable folder is explained", "[ui][meetings]")
{
    OpenMeetings forum;
    MeetingsPage *page = forum.page();
    const qint64 id = page->addMeeting();
    REQUIRE(id > 0);
    page->editor()->agenda()->newItemTitle()->setText(QStringLiteral("Informe"));
    page->editor()->agenda()->addItem();
    DocumentExport *exporter = page->editor()->exporter();
    QSignalSpy exported(exporter, &DocumentExport::exported);
    QSignalSpy failed(exporter, &DocumentExport::failed);

    const QString pdf = forum.folder.file(QStringLiteral("acta.pdf"));
    const QString odt = forum.folder.file(QStringLiteral("acta.odt"));
    const QString ics = forum.folder.file(QStringLiteral("sesion.ics"));
    // A new meeting is planned: it has no minutes yet, and the secretary is told why, with nothing written.
    exporter->write(DocumentExport::Kind::Minutes, id, pdf, DocumentWriter::Format::Pdf);
    REQUIRE(test::waitUntil([&] { return failed.count() == 1; }));
    CHECK(failed.first().first().toString().contains(QStringLiteral("still planned")));
    CHECK_FALSE(QFileInfo::exists(pdf));
    if (auto *refused = forum.window.findChild<QMessageBox *>(QStringLiteral("exportError")))
        refused->close();
    failed.clear();
    Meeting held = Table<Meeting>(forum.file()).get(id);
    held.status = QStringLiteral("held");
    Table<Meeting>(forum.file()).update(held);
    exporter->write(DocumentExport::Kind::Minutes, id, pdf, DocumentWriter::Format::Pdf);
    REQUIRE(test::waitUntil([&] { return exported.count() + failed.count() == 1; }));
    exporter->write(DocumentExport::Kind::Minutes, id, odt, DocumentWriter::Format::Odt);
    REQUIRE(test::waitUntil([&] { return exported.count() + failed.count() == 2; }));
    exporter->writeCalendar({id}, ics);
    REQUIRE(test::waitUntil([&] { return exported.count() + failed.count() == 3; }));
    CHECK(failed.count() == 0);
    CHECK(QFileInfo(pdf).size() > 0);
    CHECK(QFileInfo(odt).size() > 0);
    CHECK(QFileInfo(ics).size() > 0);
    // The window says where the last file went, with links to open it and its folder.
    const QString notice = DocumentExport::exportNotice(&forum.window);
    CHECK(notice.contains(QLatin1String("sesion.ics")));
    CHECK(notice.contains(QUrl::fromLocalFile(ics).toString(QUrl::FullyEncoded).toHtmlEscaped()));
    CHECK(notice.contains(QUrl::fromLocalFile(forum.folder.path()).toString(QUrl::FullyEncoded).toHtmlEscaped()));

    // A folder that does not exist: a clear message, no file, the forum untouched.
    const QString nowhere = forum.folder.file(QStringLiteral("missing/acta.pdf"));
    const int undoCount = forum.undo()->count();
    exporter->write(DocumentExport::Kind::Notice, id, nowhere, DocumentWriter::Format::Pdf);
    REQUIRE(test::waitUntil([&] { return failed.count() == 1; }));
    CHECK_FALSE(QFileInfo::exists(nowhere));
    auto *box = forum.window.findChild<QMessageBox *>(QStringLiteral("exportError"));
    REQUIRE(box);
    CHECK(box->text().contains(QLatin1String("acta.pdf")));
    box->close();
    CHECK(forum.undo()->count() == undoCount);
}

TEST_CASE("The meetings page stays quick on a decade of a big forum", "[ui][meetings][large]")
{
    test::isolateSettings();
    test::TempFolder folder;
    const QString path = folder.file(QStringLiteral("large.ogpforum"));
    REQUIRE(test::runCli({QStringLiteral("demo"), QStringLiteral("--size"), QStringLiteral("large"),
                          QStringLiteral("--lang"), QStringLiteral("en"), path}).exitCode == 0);
    MainWindow window;
    window.show();
    REQUIRE(test::openAndWait(window, path));
    MeetingsPage *page = window.workspace()->meetingsPage();
    QElapsedTimer timer;
    timer.start();
    window.workspace()->showPage(ForumWorkspace::Page::Meetings);
    page->whenFilter()->setCurrentIndex(page->whenFilter()->findData(int(MeetingQuery::When::All)));
    // Only a chunk is read, whatever the number of meetings.
    CHECK(page->model()->matchingCount() > 500);
    CHECK(page->model()->rowCount() == MeetingTableModel::chunkSize);
    page->view()->selectRow(0);
    page->editor()->tabs()->setCurrentIndex(MeetingEditor::AttendanceTab);
    page->sections()->setCurrentIndex(1);
    CHECK(page->actionItems()->model()->rowCount() <= ActionItemTableModel::chunkSize);
    CHECK(timer.elapsed() < 3000);
}
