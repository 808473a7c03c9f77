// SPDX-License-Identifier: GPL-3.0-or-later
// Dates as a secretariat types them: four-digit years, Tab that leaves the field, a real date
// editor in the milestone table that is not rebuilt under the cell being edited, and the same
// rule for a progress update's date in the window as in `check`.
#include "tests/ui/UiTestSupport.h"

#include "tests/support/TestSupport.h"
#include "core/forum/ConsistencyCheck.h"
#include "core/forum/NewForum.h"
#include "core/i18n/DateText.h"
#include "core/implementation/ProgressUpdate.h"
#include "core/plans/ActionPlan.h"
#include "core/plans/Commitment.h"
#include "core/plans/Milestone.h"
#include "core/storage/Table.h"
#include "ui/cocreation/CommitmentsPanel.h"
#include "ui/document/ForumDocument.h"
#include "ui/implementation/ProgressDialogs.h"
#include "ui/widgets/DateEdit.h"

#include <QApplication>
#include <QLineEdit>
#include <QSignalSpy>
#include <QStyledItemDelegate>
#include <QTableWidget>
#include <QTest>
#include <QUndoStack>
#include <QVBoxLayout>

#include <catch2/catch.hpp>

using namespace forumdesk;

namespace {

// Messages Qt logs while the test runs ("closeEditor called with an editor that does not belong
// to this view" is what a table rebuilt under its editor says).
struct LogCatcher {
    static inline QStringList messages;
    QtMessageHandler previous;
    LogCatcher()
    {
        messages.clear();
        previous = qInstallMessageHandler([](QtMsgType, const QMessageLogContext &, const QString &message) {
            messages << message;
        });
    }
    ~LogCatcher() { qInstallMessageHandler(previous); }
};

} // namespace

TEST_CASE("Date fields show four-digit years in every language", "[ui][dates]")
{
    CHECK(dateFieldFormat(QLocale(QLocale::Spanish, QLocale::Peru)).contains(QLatin1String("yyyy")));
    CHECK(dateFieldFormat(QLocale(QLocale::English, QLocale::UnitedStates)) == QStringLiteral("M/d/yyyy"));
    CHECK(dayTimeText(QDateTime(QDate(2026, 12, 5), QTime(10, 30)), QLocale(QLocale::English)) == QStringLiteral("5 Dec 2026 10:30"));
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::Spanish, QLocale::Peru));
    DateEdit edit(QDate(2026, 12, 5));
    QLocale::setDefault(before);
    CHECK(edit.text().contains(QLatin1String("2026")));
    CHECK(edit.calendarPopup());
}

TEST_CASE("Tab leaves a date field for the next field", "[ui][dates]")
{
    QWidget form;
    auto *layout = new QVBoxLayout(&form);
    auto *first = new QLineEdit(&form);
    auto *date = new DateEdit(QDate(2026, 12, 5), &form);
    auto *after = new QLineEdit(&form);
    layout->addWidget(first);
    layout->addWidget(date);
    layout->addWidget(after);
    form.show();
    QApplication::setActiveWindow(&form);
    date->setFocus();
    REQUIRE(QTest::qWaitFor([&] { return date->hasFocus(); }));
    // Qt's own date field moves to the month here; the secretariat's form moves on.
    QTest::keyClick(date, Qt::Key_Tab);
    CHECK(after->hasFocus());
    QTest::keyClick(after, Qt::Key_Backtab);
    CHECK(date->hasFocus());
    QTest::keyClick(date, Qt::Key_Backtab);
    CHECK(first->hasFocus());
}

TEST_CASE("Milestone dates are edited with a date editor, and the table is not rebuilt under it", "[ui][dates]")
{
    test::isolateSettings();
    test::TempFolder folder;
    auto file = createForum(folder.file(QStringLiteral("hitos.ogpforum")), QStringLiteral("Foro"), QStringLiteral("es"));
    const Commitment c = test::addPlanWithCommitment(*file);
    for (const char *activity : {"Primera", "Segunda"}) {
        Milestone m;
        m.commitmentId = c.id;
        m.activity = QString::fromUtf8(activity);
        m.position = int(Table<Milestone>(*file).count());
        Table<Milestone>(*file).create(m);
    }
    ForumDocument document(std::move(file));
    document.setCurrentPlanId(c.planId);
    CommitmentsPanel panel(&document);
    panel.resize(1200, 900);
    panel.show();
    QApplication::setActiveWindow(&panel);
    QTableWidget *table = panel.milestones();
    REQUIRE(table->rowCount() == 2);
    QTableWidgetItem *firstActivity = table->item(0, CommitmentsPanel::Activity);
    // The date columns are wide enough for a date and its calendar button.
    CHECK(table->columnWidth(CommitmentsPanel::Start) >= DateEdit().sizeHint().width());

    const LogCatcher log;
    table->setFocus();
    table->setCurrentCell(0, CommitmentsPanel::Start);
    QTest::keyClick(table->viewport(), Qt::Key_F2);
    auto *editor = table->findChild<DateEdit *>(QStringLiteral("dateCellEditor"));
    REQUIRE(editor);
    editor->setDate(QDate(2026, 3, 31));
    // Tab saves the date and goes on to the next cell, whose editor opens on the same table.
    QTest::keyClick(editor, Qt::Key_Tab);
    const Milestone saved = Table<Milestone>(document.file()).list(QStringLiteral("activity = ?"), {QStringLiteral("Primera")}).first();
    CHECK(saved.startOn == QDate(2026, 3, 31));
    CHECK(table->currentColumn() == CommitmentsPanel::End);
    CHECK(table->indexWidget(table->currentIndex()) != nullptr); // the End cell's editor is open
    CHECK(table->item(0, CommitmentsPanel::Activity) == firstActivity); // not rebuilt
    // What the cell shows: the day in words, with its four-digit year.
    const auto shown = [&](int column) {
        auto *delegate = static_cast<QStyledItemDelegate *>(table->itemDelegateForColumn(column));
        return delegate->displayText(table->item(0, column)->data(Qt::DisplayRole), table->locale());
    };
    CHECK(shown(CommitmentsPanel::Start) == dayText(QDate(2026, 3, 31), table->locale()));
    CHECK(shown(CommitmentsPanel::Start).contains(QLatin1String("2026")));
    // An edit made elsewhere (undo) while an editor is open leaves the editor alone.
    document.undoStack()->undo();
    CHECK(table->indexWidget(table->currentIndex()) != nullptr);
    CHECK(shown(CommitmentsPanel::Start).isEmpty());
    CHECK_FALSE(log.messages.join(QLatin1Char('\n')).contains(QLatin1String("closeEditor")));
}

TEST_CASE("A progress update dated before its milestone starts is refused where check would report it", "[ui][dates]")
{
    test::isolateSettings();
    test::TempFolder folder;
    auto file = createForum(folder.file(QStringLiteral("avance.ogpforum")), QStringLiteral("Foro"), QStringLiteral("en"));
    const Commitment c = test::addPlanWithCommitment(*file);
    Milestone m;
    m.commitmentId = c.id;
    m.activity = QStringLiteral("Portal");
    m.startOn = QDate(2026, 1, 1);
    m.endOn = QDate(2026, 6, 30);
    Table<Milestone>(*file).create(m);

    ProgressUpdateDialog dialog(*file, m.id, m.activity, 0);
    dialog.findChild<DateEdit *>()->setDate(QDate(2025, 12, 15));
    dialog.accept();
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK(dialog.message().contains(QLatin1String("before its milestone starts")));
    CHECK(Table<ProgressUpdate>(*file).count() == 0);
    dialog.findChild<DateEdit *>()->setDate(QDate(2026, 1, 1));
    dialog.accept();
    CHECK(dialog.result() == QDialog::Accepted);
    ProgressUpdate accepted = dialog.update();
    Table<ProgressUpdate>(*file).create(accepted);
    CHECK(ConsistencyCheck::run(*file).isEmpty()); // what the window takes, check accepts
}

TEST_CASE("A milestone date cell stays empty when tabbed through, empties with Delete, and shows the saved value after a refusal", "[ui][dates]")
{
    test::isolateSettings();
    test::TempFolder folder;
    auto file = createForum(folder.file(QStringLiteral("hitos.ogpforum")), QStringLiteral("Foro"), QStringLiteral("es"));
    const Commitment c = test::addPlanWithCommitment(*file);
    Milestone m;
    m.commitmentId = c.id;
    m.activity = QStringLiteral("Primera");
    m.startOn = QDate(2026, 3, 1);
    Table<Milestone>(*file).create(m);
    ForumDocument document(std::move(file));
    document.setCurrentPlanId(c.planId);
    CommitmentsPanel panel(&document);
    panel.show();
    QApplication::setActiveWindow(&panel);
    QTableWidget *table = panel.milestones();
    const auto saved = [&] { return Table<Milestone>(document.file()).get(m.id); };

    // Through the empty End cell with Tab: nothing is written.
    table->setFocus();
    table->setCurrentCell(0, CommitmentsPanel::End);
    QTest::keyClick(table->viewport(), Qt::Key_F2);
    auto *editor = table->findChild<DateEdit *>(QStringLiteral("dateCellEditor"));
    REQUIRE(editor);
    QTest::keyClick(editor, Qt::Key_Tab);
    CHECK_FALSE(saved().endOn.isValid());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);

    // An end before the start is refused, and the cell shows what is saved.
    table->item(0, CommitmentsPanel::End)->setData(Qt::EditRole, QDate(2026, 1, 1));
    CHECK(panel.message().contains(QLatin1String("before")));
    CHECK_FALSE(saved().endOn.isValid());
    CHECK_FALSE(table->item(0, CommitmentsPanel::End)->data(Qt::EditRole).toDate().isValid());

    // Delete on a date cell empties it.
    table->setFocus();
    table->setCurrentCell(0, CommitmentsPanel::Start);
    QTest::keyClick(table, Qt::Key_Delete);
    CHECK_FALSE(saved().startOn.isValid());
}
