// SPDX-License-Identifier: GPL-3.0-or-later
// Small things a new user tripped over: a label showing its ampersand, Ctrl+Y, a new meeting on a
// Saturday, good news shown as a warning.
#include "tests/ui/UiTestSupport.h"

#include "tests/support/TestSupport.h"
#include "core/forum/NewForum.h"
#include "core/meetings/Meeting.h"
#include "core/plans/ActionPlan.h"
#include "core/plans/Commitment.h"
#include "core/plans/Milestone.h"
#include "core/storage/Table.h"
#include "ui/implementation/ProgressDialogs.h"
#include "ui/meetings/DecisionDialog.h"
#include "ui/meetings/MinutesPanel.h"
#include "ui/members/MemberDialog.h"
#include "ui/cocreation/ContributionDialog.h"
#include "core/cocreation/Contribution.h"
#include "core/forum/Forum.h"
#include "core/meetings/DecisionRecord.h"
#include "ui/window/MainWindow.h"
#include "ui/window/NewForumDialog.h"
#include "ui/document/ForumDocument.h"

#include <QAction>
#include <QApplication>
#include <QPlainTextEdit>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QHeaderView>
#include <QLineEdit>
#include <QTableWidget>

#include <catch2/catch.hpp>

using namespace forumdesk;

namespace {

// Labels that would show a literal "&": a mnemonic with no widget to go to.
QStringList labelsShowingAmpersand(QWidget *root)
{
    QStringList found;
    for (QLabel *label : root->findChildren<QLabel *>()) {
        const QString text = label->text();
        const qsizetype at = text.indexOf(QLatin1Char('&'));
        if (at < 0 || at + 1 >= text.size() || text.at(at + 1) == QLatin1Char('&') || Qt::mightBeRichText(text))
            continue;
        if (!label->buddy())
            found << text;
    }
    return found;
}

} // namespace

TEST_CASE("No label shows its shortcut's ampersand", "[ui][words]")
{
    test::TempFolder folder;
    auto file = createForum(folder.file(QStringLiteral("f.ogpforum")), QStringLiteral("Foro"), QStringLiteral("es"));
    const Commitment c = test::addPlanWithCommitment(*file);
    Milestone m;
    m.commitmentId = c.id;
    m.activity = QStringLiteral("Portal");
    Table<Milestone>(*file).create(m);
    ProgressUpdateDialog dialog(*file, m.id, m.activity, 0);
    CHECK(labelsShowingAmpersand(&dialog) == QStringList());
}

TEST_CASE("Ctrl+Y redoes, as well as the system's own redo keys", "[ui][words]")
{
    test::isolateSettings();
    MainWindow window;
    const QList<QKeySequence> keys = window.redoAction()->shortcuts();
    CHECK(keys.contains(QKeySequence(Qt::CTRL | Qt::Key_Y)));
    for (const QKeySequence &key : QKeySequence::keyBindings(QKeySequence::Redo))
        CHECK(keys.contains(key));
}

TEST_CASE("A new meeting is put on a working day, at the forum's usual hour", "[ui][words]")
{
    test::TempFolder folder;
    auto file = createForum(folder.file(QStringLiteral("f.ogpforum")), QStringLiteral("Foro"), QStringLiteral("es"));
    const QDate saturday(2026, 12, 5);
    REQUIRE(saturday.dayOfWeek() == 6);
    auto [start, end] = Meeting::suggestedTimes(*file, QStringLiteral("forum_session"), saturday);
    CHECK(start == QDateTime(QDate(2026, 12, 14), QTime(10, 0))); // a week on is a Saturday: the Monday after
    CHECK(start.secsTo(end) == 2 * 3600);
    for (int week = 1; week <= 3; ++week) {
        Meeting meeting;
        meeting.title = QStringLiteral("Sesión %1").arg(week);
        meeting.startsAt = QDateTime(QDate(2026, 10, 1).addDays(7 * week), QTime(16, 30));
        meeting.endsAt = meeting.startsAt.addSecs(90 * 60);
        Table<Meeting>(*file).create(meeting);
    }
    std::tie(start, end) = Meeting::suggestedTimes(*file, QStringLiteral("forum_session"), QDate(2026, 12, 7));
    CHECK(start == QDateTime(QDate(2026, 12, 14), QTime(16, 30)));
    CHECK(start.secsTo(end) == 90 * 60);
}

TEST_CASE("Choosing a vote replaces the consensus majority with the forum's rule", "[ui][words]")
{
    test::TempFolder folder;
    auto file = createForum(folder.file(QStringLiteral("f.ogpforum")), QStringLiteral("Foro"), QStringLiteral("es"));
    Forum forum = Table<Forum>(*file).get(1);
    forum.decisionRule = QStringLiteral("two_thirds");
    Table<Forum>(*file).update(forum);
    Meeting meeting;
    meeting.title = QStringLiteral("Sesión");
    meeting.startsAt = QDateTime(QDate(2026, 3, 2), QTime(10, 0));
    meeting.endsAt = meeting.startsAt.addSecs(7200);
    Table<Meeting>(*file).create(meeting);
    DecisionRecord record;
    record.decision.meetingId = meeting.id;
    DecisionDialog dialog(*file, record);
    REQUIRE(dialog.methodBox()->currentData().toString() == QStringLiteral("consensus"));
    dialog.methodBox()->setCurrentIndex(dialog.methodBox()->findData(QStringLiteral("vote")));
    CHECK(dialog.majorityBox()->currentData().toString() == QStringLiteral("two_thirds"));
    dialog.methodBox()->setCurrentIndex(dialog.methodBox()->findData(QStringLiteral("consensus")));
    CHECK(dialog.majorityBox()->currentData().toString() == QStringLiteral("consensus"));
}

TEST_CASE("The window title names the forum once, and the Dashboard does not call a closed plan current", "[ui][words]")
{
    test::isolateSettings();
    test::TempFolder folder;
    const QString path = folder.file(QStringLiteral("Foro Multiactor.ogpforum"));
    {
        auto file = createForum(path, QStringLiteral("Foro Multiactor"), QStringLiteral("es"));
        ActionPlan old;
        old.title = QStringLiteral("Primer Plan");
        old.periodStart = QDate(2021, 9, 1);
        old.periodEnd = QDate(2023, 8, 31);
        old.stage = QStringLiteral("closed");
        Table<ActionPlan>(*file).create(old);
        ActionPlan now;
        now.title = QStringLiteral("Segundo Plan");
        now.periodStart = QDate(2025, 9, 1);
        now.periodEnd = QDate(2027, 8, 31);
        Table<ActionPlan>(*file).create(now);
    }
    MainWindow window;
    REQUIRE(test::openAndWait(window, path));
    CHECK(window.windowTitle() == QStringLiteral("Foro Multiactor — Forum Desk"));
    const qint64 closedId = Table<ActionPlan>(window.document()->file()).list(QStringLiteral("stage = 'closed'")).first().id;
    window.document()->setCurrentPlanId(closedId);
    QStringList titles;
    QString body;
    for (QLabel *label : window.findChildren<QLabel *>(QStringLiteral("cardTitle")))
        titles << label->text();
    for (QLabel *label : window.findChildren<QLabel *>()) {
        if (label->text().contains(QLatin1String("Primer Plan")) && label->objectName() != QLatin1String("cardTitle"))
            body += label->text();
    }
    CHECK(titles.contains(QStringLiteral("Action plan chosen (closed)")));
    CHECK_FALSE(titles.contains(QStringLiteral("Current action plan")));
    CHECK(body.contains(QStringLiteral("the plan in progress is “Segundo Plan”")));
}

TEST_CASE("New Forum clears a problem once the user changes what caused it", "[ui][words]")
{
    test::isolateSettings();
    test::TempFolder folder;
    NewForumDialog dialog(folder.file(QStringLiteral("no-existe")), QStringLiteral("es"));
    dialog.nameEdit()->setText(QStringLiteral("Foro"));
    dialog.accept();
    CHECK(dialog.problem().contains(QLatin1String("does not exist")));
    dialog.folderEdit()->setText(folder.path());
    CHECK(dialog.problem().isEmpty());
}

TEST_CASE("The minutes tab shows at least three decisions and three tasks at 1280x800", "[ui][words]")
{
    test::isolateSettings();
    test::TempFolder folder;
    ForumDocument document(createForum(folder.file(QStringLiteral("f.ogpforum")), QStringLiteral("Foro"), QStringLiteral("es")));
    MinutesPanel panel(&document);
    panel.resize(640, 540); // its share of a 1280x800 window
    panel.show();
    for (const char *name : {"decisions", "meetingActions"}) {
        auto *table = panel.findChild<QTableWidget *>(QString::fromLatin1(name));
        REQUIRE(table);
        const int rowsShown = (table->viewport()->height()) / table->verticalHeader()->defaultSectionSize();
        CHECK(rowsShown >= 3);
    }
}

TEST_CASE("The reasoned response has room to be written", "[ui][words]")
{
    test::TempFolder folder;
    auto file = createForum(folder.file(QStringLiteral("f.ogpforum")), QStringLiteral("Foro"), QStringLiteral("es"));
    Contribution contribution;
    ContributionDialog dialog(*file, contribution, {});
    dialog.show();
    QApplication::processEvents();
    CHECK(dialog.width() <= 1280);
    CHECK(dialog.height() <= 800);
    CHECK(dialog.responseEdit()->width() >= 350);
    CHECK(dialog.responseEdit()->height() >= dialog.responseEdit()->fontMetrics().lineSpacing() * 6);
}

TEST_CASE("An alternate with a vote ticked is told how the vote counts", "[ui][words]")
{
    test::TempFolder folder;
    auto file = createForum(folder.file(QStringLiteral("f.ogpforum")), QStringLiteral("Foro"), QStringLiteral("es"));
    MemberDialog dialog(*file, test::makeMember(QStringLiteral("Ana")));
    dialog.votingBox()->setChecked(true);
    CHECK_FALSE(dialog.votingNoteShown());
    dialog.roleBox()->setCurrentIndex(dialog.roleBox()->findData(QStringLiteral("alternate")));
    CHECK(dialog.votingNoteShown());
    dialog.votingBox()->setChecked(false);
    CHECK_FALSE(dialog.votingNoteShown());
}
