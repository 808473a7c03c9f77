// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/ui/UiTestSupport.h"

#include "ui/document/ForumDocument.h"
#include "ui/window/ForumWorkspace.h"
#include "ui/window/MainWindow.h"
#include "tests/support/TestSupport.h"
#include "core/forum/EligibilityCheck.h"
#include "core/forum/JoiningRecord.h"
#include "core/forum/ForumClock.h"
#include "core/forum/NewForum.h"
#include "ui/cocreation/CoCreatePage.h"
#include "ui/dashboard/DashboardPage.h"
#include "ui/forum/ForumSettingsPage.h"
#include "ui/implementation/ImplementPage.h"
#include "ui/join/JoinPage.h"
#include "ui/meetings/MeetingsPage.h"
#include "ui/evaluation/EvaluatePage.h"
#include "ui/learning/LearnPage.h"
#include "core/plans/ActionPlan.h"
#include "core/plans/Commitment.h"
#include "core/storage/Table.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTreeWidget>

#include <catch2/catch.hpp>

using namespace forumdesk;

namespace {

struct OpenForum {
    test::TempFolder folder;
    QString path = folder.file(QStringLiteral("foro.ogpforum"));
    MainWindow window;

    explicit OpenForum(const std::function<void(ForumFile &)> &prepare = {})
    {
        test::isolateSettings();
        {
            auto file = createForum(path, QStringLiteral("Foro Multiactor"), QStringLiteral("es"));
            if (prepare)
                prepare(*file);
        }
        window.show();
        REQUIRE(test::openAndWait(window, path));
    }
    ForumWorkspace *workspace() { return window.workspace(); }
};

} // namespace

TEST_CASE("The Forum page warns when the forum keeps UTC and the computer does not", "[ui][forum][zone]")
{
    const test::ComputerZone lima("America/Lima");
    OpenForum forum([](ForumFile &file) {
        Forum f = Table<Forum>(file).get(1);
        f.timeZone = QStringLiteral("UTC"); // as every forum made before the time zone was asked
        Table<Forum>(file).update(f);
    });
    ForumSettingsPage *page = forum.workspace()->forumSettingsPage();
    CHECK(page->zoneNotice().contains(QLatin1String("America/Lima")));
    CHECK(page->zoneNotice().contains(QLatin1String("at 05:00,"))); // 10:00 UTC is 05:00 in Lima
    REQUIRE(page->useComputerZoneButton()->isVisibleTo(page));
    page->useComputerZoneButton()->click();
    CHECK(forum.window.document()->forum().timeZone == QStringLiteral("America/Lima"));
    CHECK(page->zoneNotice().isEmpty());
    forum.window.undoAction()->trigger(); // an ordinary, undoable change
    CHECK(forum.window.document()->forum().timeZone == QStringLiteral("UTC"));
    CHECK_FALSE(page->zoneNotice().isEmpty());
}

TEST_CASE("The Forum page says nothing of UTC on a computer that keeps UTC", "[ui][forum][zone]")
{
    const test::ComputerZone utc("Etc/UTC");
    OpenForum forum;
    CHECK(ForumClock::isUtc(forum.window.document()->forum().timeZone));
    CHECK(forum.workspace()->forumSettingsPage()->zoneNotice().isEmpty());
}

TEST_CASE("Forum settings are saved field by field, explained when invalid, and undoable", "[ui][forum]")
{
    OpenForum forum;
    ForumSettingsPage *page = forum.workspace()->forumSettingsPage();
    auto *name = qobject_cast<QLineEdit *>(page->editor(QStringLiteral("name")));
    REQUIRE(name);
    CHECK(name->text() == QStringLiteral("Foro Multiactor"));

    // An empty name is explained next to the field, and the file keeps the old one.
    name->setText(QString());
    page->commit(QStringLiteral("name"));
    CHECK(page->messageFor(QStringLiteral("name")).contains(QLatin1String("required")));
    CHECK(forum.window.document()->forum().name == QStringLiteral("Foro Multiactor"));

    name->setText(QStringLiteral("Foro Multiactor de Gobierno Abierto de Lima"));
    page->commit(QStringLiteral("name"));
    CHECK(page->messageFor(QStringLiteral("name")).isEmpty());
    CHECK(forum.window.windowTitle().contains(QStringLiteral("de Lima")));
    CHECK(forum.window.undoAction()->text().contains(QStringLiteral("Change “Name”")));

    auto *website = qobject_cast<QLineEdit *>(page->editor(QStringLiteral("website")));
    website->setText(QStringLiteral("gobierno abierto"));
    page->commit(QStringLiteral("website"));
    CHECK(page->messageFor(QStringLiteral("website")).contains(QLatin1String("https://")));
    CHECK(forum.window.document()->forum().website.isEmpty());
    website->setText(QStringLiteral("https://gobiernoabierto.example.org"));
    page->commit(QStringLiteral("website"));
    CHECK(forum.window.document()->forum().website == QStringLiteral("https://gobiernoabierto.example.org"));

    auto *scope = qobject_cast<QComboBox *>(page->editor(QStringLiteral("scope")));
    scope->setCurrentIndex(scope->findData(QStringLiteral("local")));
    page->commit(QStringLiteral("scope"));
    CHECK(forum.window.document()->forum().scope == QStringLiteral("local"));

    auto *timeZone = qobject_cast<QComboBox *>(page->editor(QStringLiteral("time_zone")));
    timeZone->setCurrentText(QStringLiteral("Lima"));
    page->commit(QStringLiteral("time_zone"));
    CHECK(page->messageFor(QStringLiteral("time_zone")).contains(QLatin1String("America/Lima")));

    // Undo the scope, the website, then the name: the page shows each value back.
    forum.window.undoAction()->trigger();
    CHECK(scope->currentData().toString() == QStringLiteral("national"));
    forum.window.undoAction()->trigger();
    forum.window.undoAction()->trigger();
    CHECK(name->text() == QStringLiteral("Foro Multiactor"));
    CHECK(forum.window.windowTitle().contains(QStringLiteral("Foro Multiactor —")));
}

TEST_CASE("The Join page keeps the eligibility checklist and the joining record", "[ui][join]")
{
    OpenForum forum;
    JoinPage *page = forum.workspace()->joinPage();
    CHECK(page->summaryText() == QStringLiteral("0 of 5 eligibility criteria met."));
    page->criterionBox(QStringLiteral("fiscal_transparency"))->setChecked(true);
    CHECK(page->summaryText() == QStringLiteral("1 of 5 eligibility criteria met."));
    CHECK(forum.window.undoAction()->text().contains(QStringLiteral("Mark “Fiscal transparency” as met")));
    const auto check = Table<EligibilityCheck>(forum.window.document()->file()).list();
    REQUIRE(check.size() == 1);
    CHECK(check.first().checkedOn == QDate::currentDate());

    page->pocNameEdit()->setText(QStringLiteral("María Torres"));
    page->commitJoining(QStringLiteral("poc_name"));
    CHECK(Table<JoiningRecord>(forum.window.document()->file()).get(1).pocName == QStringLiteral("María Torres"));

    forum.window.undoAction()->trigger();
    CHECK(page->pocNameEdit()->text().isEmpty());
    CHECK_FALSE(Table<JoiningRecord>(forum.window.document()->file()).find(1));
    forum.window.undoAction()->trigger();
    CHECK(page->summaryText() == QStringLiteral("0 of 5 eligibility criteria met."));
    CHECK_FALSE(page->criterionBox(QStringLiteral("fiscal_transparency"))->isChecked());
}

TEST_CASE("Navigation follows the OGP cycle and no page is blank", "[ui][window]")
{
    OpenForum forum([](ForumFile &file) {
        ActionPlan plan;
        plan.title = QStringLiteral("Cuarto Plan de Acción");
        plan.periodStart = QDate(2023, 9, 1);
        plan.periodEnd = QDate(2025, 8, 31);
        plan.stage = QStringLiteral("implement");
        Table<ActionPlan>(file).create(plan);
    });
    QTreeWidget *navigation = forum.workspace()->navigation();
    QStringList titles;
    QTreeWidgetItemIterator it(navigation);
    while (*it) {
        titles << (*it)->text(0);
        ++it;
    }
    CHECK(titles == QStringList{QStringLiteral("Dashboard"), QStringLiteral("Forum"), QStringLiteral("Members"),
                                QStringLiteral("Join"), QStringLiteral("Co-create"), QStringLiteral("Implement"),
                                QStringLiteral("Evaluate"), QStringLiteral("Learn"), QStringLiteral("Compliance"),
                                QStringLiteral("Meetings")});
    // Every stage of the cycle has its own page now.
    forum.workspace()->showPage(ForumWorkspace::Page::Evaluate);
    CHECK(forum.workspace()->evaluatePage()->isVisible());
    forum.workspace()->showPage(ForumWorkspace::Page::Learn);
    CHECK(forum.workspace()->learnPage()->isVisible());
    CHECK(forum.workspace()->findChildren<QLabel *>(QStringLiteral("upcomingText")).isEmpty());
    // Meetings, Co-create and Implement have their own pages now.
    forum.workspace()->showPage(ForumWorkspace::Page::Implement);
    CHECK(forum.workspace()->implementPage()->isVisible());
    forum.workspace()->showPage(ForumWorkspace::Page::CoCreate);
    CHECK(forum.workspace()->coCreatePage()->isVisible());
    forum.workspace()->showPage(ForumWorkspace::Page::Meetings);
    CHECK(forum.workspace()->meetingsPage()->isVisible());
    // The plan selector offers the plan and the dashboard shows it.
    QComboBox *plans = forum.window.planSelector();
    CHECK(plans->isEnabled());
    CHECK(plans->currentText().contains(QStringLiteral("Cuarto Plan de Acción")));
    CHECK(plans->currentText().endsWith(QStringLiteral(" · Implementation"))); // its stage goes with it
    CHECK(forum.workspace()->dashboardPage()->findChildren<QLabel *>().size() > 0);
    CHECK(forum.workspace()->dashboardPage()->membersText().contains(QLatin1String("1.1")));
}

namespace {

QStringList commitmentTitles(const ImplementPage *page)
{
    QStringList titles;
    for (int row = 0; row < page->commitmentsTable()->rowCount(); ++row)
        titles << page->commitmentsTable()->item(row, ImplementPage::TitleColumn)->text();
    return titles;
}

} // namespace

TEST_CASE("Switching plans reloads only the page on show, a hidden page catches up when shown", "[ui][lazy]")
{
    qint64 fourth = 0;
    qint64 fifth = 0;
    OpenForum forum([&](ForumFile &file) {
        ActionPlan implementing;
        implementing.title = QStringLiteral("Cuarto Plan de Acción");
        implementing.periodStart = QDate(2023, 9, 1);
        implementing.periodEnd = QDate(2025, 8, 31);
        implementing.stage = QStringLiteral("implement");
        fourth = Table<ActionPlan>(file).create(implementing);
        ActionPlan next;
        next.title = QStringLiteral("Quinto Plan de Acción");
        next.periodStart = QDate(2025, 9, 1);
        next.periodEnd = QDate(2027, 8, 31);
        next.stage = QStringLiteral("co_create");
        fifth = Table<ActionPlan>(file).create(next);
        const auto commit = [&](qint64 planId, const QString &number, const QString &title) {
            Commitment c;
            c.planId = planId;
            c.number = number;
            c.title = title;
            Table<Commitment>(file).create(c);
        };
        commit(fourth, QStringLiteral("1"), QStringLiteral("Datos abiertos de compras públicas"));
        commit(fifth, QStringLiteral("1"), QStringLiteral("Presupuesto participativo"));
        commit(fifth, QStringLiteral("2"), QStringLiteral("Registro de beneficiarios finales"));
    });
    ForumDocument *document = forum.window.document();
    ImplementPage *implement = forum.workspace()->implementPage();
    REQUIRE(document->currentPlanId() == fourth); // the plan being implemented comes first
    REQUIRE(forum.workspace()->currentPage() == ForumWorkspace::Page::Dashboard);
    CHECK_FALSE(implement->isVisible());
    const QStringList before = commitmentTitles(implement);
    CHECK(before == QStringList{QStringLiteral("Datos abiertos de compras públicas")});

    // The toolbar's selector moves to the next plan: the hidden Implement page is left as it was...
    QComboBox *plans = forum.window.planSelector();
    const auto choose = [plans](qint64 planId) {
        const int index = plans->findData(planId);
        REQUIRE(index >= 0);
        plans->setCurrentIndex(index);
        emit plans->activated(index); // as when the user picks it
    };
    choose(fifth);
    REQUIRE(document->currentPlanId() == fifth);
    CHECK(commitmentTitles(implement) == before);
    CHECK(implement->planHeader()->text().contains(QStringLiteral("Cuarto Plan")));

    // ...and shows the new plan's commitments the moment it is looked at.
    forum.workspace()->showPage(ForumWorkspace::Page::Implement);
    REQUIRE(implement->isVisible());
    CHECK(commitmentTitles(implement) == QStringList{QStringLiteral("Presupuesto participativo"),
                                                     QStringLiteral("Registro de beneficiarios finales")});
    CHECK(implement->planHeader()->text().contains(QStringLiteral("Quinto Plan")));

    // On show, it follows the selector at once.
    choose(fourth);
    CHECK(commitmentTitles(implement) == before);
}
