// SPDX-License-Identifier: GPL-3.0-or-later
// The Dashboard shows the current plan's eight charts, computed off the GUI thread, follows the plan
// selector and the forum's edits, says when a plan has nothing to draw, and saves each chart.
#include "tests/ui/UiTestSupport.h"

#include "ui/document/ForumDocument.h"
#include "ui/window/ForumWorkspace.h"
#include "ui/window/MainWindow.h"
#include "tests/support/TestSupport.h"
#include "ui/charts/ChartFactory.h"
#include "ui/charts/ChartPanel.h"
#include "core/cocreation/Contribution.h"
#include "ui/dashboard/DashboardPage.h"
#include "core/plans/ActionPlan.h"
#include "core/sample/SampleForum.h"
#include "core/storage/Table.h"

#include <QAbstractBarSeries>
#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QImage>
#include <QLabel>
#include <QLineSeries>
#include <QMessageBox>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QToolTip>
#include <QXmlStreamReader>

#include <catch2/catch.hpp>

using namespace forumdesk;

namespace {

struct SampleDashboard {
    test::TempFolder folder;
    QString path = folder.file(QStringLiteral("sample.ogpforum"));
    MainWindow window;

    SampleDashboard()
    {
        test::isolateSettings();
        SampleOptions options;
        options.language = QStringLiteral("en");
        createSampleForum(path, options);
        window.resize(1280, 800);
        window.show();
        REQUIRE(test::openAndWait(window, path));
        REQUIRE(waitForCharts());
    }
    ForumDocument *document() { return window.document(); }
    DashboardPage *page() { return window.workspace()->dashboardPage(); }
    bool waitForCharts() { return test::waitUntil([this] { return !page()->isCalculating(); }); }
};

// Series and points drawn: bar sets (with the points of the first) or lines (with their points).
std::pair<int, QList<int>> drawn(QChart &chart)
{
    QList<int> points;
    const auto all = chart.series();
    if (all.size() == 1) {
        if (auto *bars = qobject_cast<QAbstractBarSeries *>(all.first())) {
            for (QBarSet *set : bars->barSets())
                points << int(set->count());
            return {int(bars->count()), points};
        }
    }
    for (QAbstractSeries *s : all) {
        auto *line = qobject_cast<QLineSeries *>(s);
        REQUIRE(line);
        points << int(line->count());
    }
    return {int(all.size()), points};
}

std::pair<int, QList<int>> expected(const QList<StatSeries> &series)
{
    QList<int> points;
    for (const StatSeries &s : series)
        points << int(s.points.size());
    return {int(series.size()), points};
}

qint64 otherPlan(ForumDocument *document)
{
    for (const ActionPlan &plan : document->plans())
        if (plan.id != document->currentPlanId())
            return plan.id;
    return 0;
}

} // namespace

TEST_CASE("The dashboard shows the current plan's eight charts as the data says", "[dashboard]")
{
    SampleDashboard dashboard;
    DashboardPage *page = dashboard.page();
    REQUIRE(page->chartPanels().size() == 8);
    CHECK(page->chartsPlanId() == dashboard.document()->currentPlanId());
    for (ChartPanel *panel : page->chartPanels()) {
        INFO(chartKindName(panel->kind()).toStdString());
        CHECK(panel->isVisible());
        CHECK(panel->title() == ChartFactory::title(panel->kind()));
        // The sample's current plan has something for every chart.
        REQUIRE(panel->chart());
        CHECK(panel->message().isEmpty());
        CHECK(panel->findChild<QToolButton *>(QStringLiteral("saveChart"))->isEnabled());
        const QList<StatSeries> series =
            PlanStats::series(dashboard.document()->file(), panel->kind(), dashboard.document()->currentPlanId(), panel->pointBudget());
        CHECK(panel->series().size() == series.size());
        if (panel->kind() == ChartKind::Attendance) // fewer bars than pixels: every meeting shows
            CHECK(drawn(*panel->chart()).second.first() == series.first().points.size());
        else
            CHECK(drawn(*panel->chart()) == expected(series));
    }
    // The completion chart has a bar per plan; the burn-up's "done" stops at this month, before
    // "due" reaches the plan's end (August 2027).
    CHECK(drawn(*page->chartPanel(ChartKind::Completion)->chart()).second.first() == dashboard.document()->plans().size());
    const auto burnUp = page->chartPanel(ChartKind::Milestones)->series();
    REQUIRE(burnUp.size() == 2);
    CHECK(burnUp.first().points.last().label == QStringLiteral("2027-08"));
    CHECK(burnUp.last().points.last().label == QDate::currentDate().toString(QStringLiteral("yyyy-MM")));
}

TEST_CASE("Charts are computed off the GUI thread and follow the plan selector", "[dashboard]")
{
    SampleDashboard dashboard;
    DashboardPage *page = dashboard.page();
    const qint64 first = dashboard.document()->currentPlanId();
    const qint64 second = otherPlan(dashboard.document());
    REQUIRE(second > 0);
    const QList<StatSeries> before = page->chartPanel(ChartKind::Timeline)->series();

    QComboBox *selector = dashboard.window.planSelector();
    const int index = selector->findData(second);
    REQUIRE(index >= 0);
    QSignalSpy updated(page, &DashboardPage::chartsUpdated);
    selector->setCurrentIndex(index);
    emit selector->activated(index);
    // The switch returns at once: the charts are still being calculated, and say so.
    CHECK(dashboard.document()->currentPlanId() == second);
    CHECK(page->isCalculating());
    CHECK(updated.isEmpty());
    CHECK(page->findChild<QLabel *>(QStringLiteral("chartsStatus"))->text() == QStringLiteral("Calculating…"));
    CHECK(page->chartsPlanId() == first);

    REQUIRE(updated.wait(15000));
    CHECK_FALSE(page->isCalculating());
    CHECK(page->chartsPlanId() == second);
    CHECK(page->findChild<QLabel *>(QStringLiteral("chartsStatus"))->text().isEmpty());
    const QList<StatSeries> after = page->chartPanel(ChartKind::Timeline)->series();
    REQUIRE(after.size() == 1);
    CHECK(after.first().points.first().label != before.first().points.first().label);
    const auto funnel = page->chartPanel(ChartKind::CoCreation)->series();
    CHECK(funnel.first().points.first().value
          == PlanStats::coCreationFunnel(dashboard.document()->file(), second).first().points.first().value);

    // A quick second switch wins over the first: only the last plan's charts are shown.
    updated.clear();
    dashboard.document()->setCurrentPlanId(first);
    dashboard.document()->setCurrentPlanId(second);
    dashboard.document()->setCurrentPlanId(first);
    REQUIRE(updated.wait(15000));
    QTest::qWait(300);
    CHECK(updated.size() == 1);
    CHECK(page->chartsPlanId() == first);
    CHECK(page->chartPanel(ChartKind::Timeline)->series().first().points.first().label
          == before.first().points.first().label);
}

TEST_CASE("The charts follow the forum's edits, and a plan with nothing yet says so", "[dashboard]")
{
    SampleDashboard dashboard;
    DashboardPage *page = dashboard.page();
    ForumFile &file = dashboard.document()->file();
    const qint64 planId = dashboard.document()->currentPlanId();

    // A contribution received: the funnel counts it once the edit is in.
    const double received = page->chartPanel(ChartKind::CoCreation)->series().first().points.first().value;
    Contribution contribution;
    contribution.planId = planId;
    contribution.receivedOn = QDate::currentDate();
    contribution.text = QStringLiteral("Publish the budget in open data");
    Table<Contribution>(file).create(contribution);
    QSignalSpy updated(page, &DashboardPage::chartsUpdated);
    dashboard.document()->notifyWritten();
    REQUIRE(updated.wait(15000));
    CHECK(page->chartPanel(ChartKind::CoCreation)->series().first().points.first().value == received + 1);

    // A new plan has no contributions, milestones, progress or meetings: each card says what is
    // missing instead of drawing empty axes, and there is nothing to save.
    ActionPlan plan;
    plan.title = QStringLiteral("Third Action Plan");
    plan.periodStart = QDate(2027, 9, 1);
    plan.periodEnd = QDate(2029, 8, 31);
    plan.stage = QStringLiteral("co_create");
    const qint64 empty = Table<ActionPlan>(file).create(plan);
    dashboard.document()->notifyWritten();
    updated.clear();
    dashboard.document()->setCurrentPlanId(empty);
    REQUIRE(updated.wait(15000));
    ChartPanel *funnel = page->chartPanel(ChartKind::CoCreation);
    CHECK(funnel->chart() == nullptr);
    CHECK(funnel->message() == QStringLiteral("No contributions have been received for this plan yet."));
    CHECK_FALSE(funnel->findChild<QToolButton *>(QStringLiteral("saveChart"))->isEnabled());
    for (const ChartKind kind : {ChartKind::Timeline, ChartKind::Agencies, ChartKind::Values, ChartKind::Milestones,
                                 ChartKind::Attendance}) {
        INFO(chartKindName(kind).toStdString());
        CHECK(page->chartPanel(kind)->chart() == nullptr);
        CHECK_FALSE(page->chartPanel(kind)->message().isEmpty());
    }
    // The completion chart is about every plan: it is still drawn, with the new plan's bar.
    REQUIRE(page->chartPanel(ChartKind::Completion)->chart());
    CHECK(page->chartPanel(ChartKind::Completion)->series().first().points.last().label == QStringLiteral("Third Action Plan"));
}

TEST_CASE("Hovering a bar or a point tells what it stands for", "[dashboard]")
{
    SampleDashboard dashboard;
    ChartPanel *attendance = dashboard.page()->chartPanel(ChartKind::Attendance);
    REQUIRE(attendance->chart());
    auto *bars = qobject_cast<QAbstractBarSeries *>(attendance->chart()->series().first());
    REQUIRE(bars);
    const StatPoint first = attendance->series().first().points.first();
    const QString tip = attendance->tip(0, 0);
    CHECK(tip.startsWith(QStringLiteral("Government: %1 present at the meeting of ").arg(first.value)));
    emit bars->hovered(true, 0, bars->barSets().first());
    CHECK(QToolTip::isVisible());
    CHECK(QToolTip::text() == tip);
    emit bars->hovered(false, 0, bars->barSets().first());

    ChartPanel *timeline = dashboard.page()->chartPanel(ChartKind::Timeline);
    CHECK(QRegularExpression(QStringLiteral("^Progress \\d+ % at [A-Z][a-z]+ \\d{4}$")).match(timeline->tip(0, 0)).hasMatch());
    ChartPanel *completion = dashboard.page()->chartPanel(ChartKind::Completion);
    // Bars across are drawn top down: the first bar on screen is the last plan.
    auto *levels = qobject_cast<QAbstractBarSeries *>(completion->chart()->series().first());
    REQUIRE(levels);
    const QList<StatSeries> data = completion->series();
    const int last = int(data.first().points.size()) - 1;
    emit levels->hovered(true, 0, levels->barSets().at(4));
    CHECK(QToolTip::text() == completion->tip(4, last));
    CHECK(QToolTip::text().startsWith(data.at(4).points.at(last).label + QStringLiteral(" — Complete: ")));
    emit levels->hovered(false, 0, levels->barSets().at(4));
}

TEST_CASE("Each chart is saved as a PNG of the asked size or as an SVG drawing", "[dashboard]")
{
    SampleDashboard dashboard;
    ChartPanel *panel = dashboard.page()->chartPanel(ChartKind::Milestones);
    REQUIRE(panel->chart());
    const QString png = dashboard.folder.file(QStringLiteral("burn-up.png"));
    panel->save(png, QSize(1200, 700));
    CHECK(QImage(png).size() == QSize(1200, 700));

    const QString svg = dashboard.folder.file(QStringLiteral("burn-up.svg"));
    panel->save(svg, QSize(800, 450));
    QFile file(svg);
    REQUIRE(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    QStringList elements;
    QString title;
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement) {
            elements << xml.name().toString();
            if (xml.name() == QLatin1String("title"))
                title = xml.readElementText();
        }
    }
    CHECK_FALSE(xml.hasError());
    REQUIRE_FALSE(elements.isEmpty());
    CHECK(elements.first() == QStringLiteral("svg"));
    CHECK(title == QStringLiteral("Milestones due and done"));
    // The saved chart carries its title, while the one on screen leaves it to its card.
    CHECK(panel->chart()->title().isEmpty());

    // Save as… asks where; it adds the suffix of the chosen kind of file.
    const QString chosen = dashboard.folder.file(QStringLiteral("chosen"));
    QTimer::singleShot(0, [&] {
        auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
        REQUIRE(dialog);
        dialog->selectFile(chosen);
        static_cast<QDialog *>(dialog)->done(QDialog::Accepted);
    });
    panel->saveAs();
    CHECK(QImage(chosen + QStringLiteral(".png")).size() == panel->exportSize());

    // A file that cannot be written is named in a message box.
    const QString blocked = dashboard.folder.file(QStringLiteral("not-a-folder"));
    test::writeFile(blocked, "x");
    QTimer::singleShot(0, [&] {
        auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
        REQUIRE(dialog);
        dialog->selectFile(blocked + QStringLiteral("/chart.png"));
        static_cast<QDialog *>(dialog)->done(QDialog::Accepted);
    });
    panel->saveAs();
    auto *box = panel->findChild<QMessageBox *>(QStringLiteral("chartSaveError"));
    REQUIRE(box);
    CHECK(box->text().contains(QStringLiteral("chart.png")));
    box->close();
}


TEST_CASE("Edits made while the charts are calculated are saved, and the charts catch up", "[dashboard]")
{
    SampleDashboard dashboard;
    DashboardPage *page = dashboard.page();
    ForumDocument *document = dashboard.document();
    const qint64 current = document->currentPlanId();
    const qint64 other = otherPlan(document);
    const double received = page->chartPanel(ChartKind::CoCreation)->series().first().points.first().value;
    // The window writes while the worker's own connection reads: neither side fails as "busy".
    for (int i = 0; i < 20; ++i) {
        document->setCurrentPlanId(i % 2 ? current : other);
        Contribution contribution;
        contribution.planId = current;
        contribution.receivedOn = QDate::currentDate();
        contribution.text = QStringLiteral("Contribution %1").arg(i);
        REQUIRE_NOTHROW(Table<Contribution>(document->file()).create(contribution));
        document->notifyWritten();
        QApplication::processEvents();
    }
    QTest::qWait(400); // the edits' own refresh starts once they settle
    REQUIRE(dashboard.waitForCharts());
    CHECK(page->chartsPlanId() == current);
    for (ChartPanel *panel : page->chartPanels()) {
        INFO(chartKindName(panel->kind()).toStdString());
        CHECK(panel->chart());
    }
    CHECK(page->chartPanel(ChartKind::CoCreation)->series().first().points.first().value == received + 20);
}
