// SPDX-License-Identifier: GPL-3.0-or-later
// ChartFactory builds each chart kind with the series and points of its data; ChartExport renders
// them offscreen at the requested size and reports a file it cannot write.
#include <catch2/catch.hpp>

#include "TestSupport.h"
#include "charts/ChartExport.h"
#include "charts/ChartFactory.h"
#include "storage/StorageError.h"

#include <QAbstractBarSeries>
#include <QBarSet>
#include <QChart>
#include <QLineSeries>

using namespace forumdesk;

namespace {

QList<StatSeries> sample(const QStringList &keys, int points)
{
    QList<StatSeries> all;
    for (const QString &key : keys) {
        StatSeries s{key, {}};
        for (int i = 0; i < points; ++i)
            s.points.append({QStringLiteral("2025-%1").arg(i + 1, 2, 10, QLatin1Char('0')), double(i * 10)});
        all.append(s);
    }
    return all;
}

// Bar sets or lines, and the points of the first.
std::pair<int, int> shape(QChart &chart)
{
    const auto series = chart.series();
    REQUIRE(series.size() >= 1);
    if (auto *bars = qobject_cast<QAbstractBarSeries *>(series.first()))
        return {int(bars->count()), bars->count() ? int(bars->barSets().first()->count()) : 0};
    auto *line = qobject_cast<QLineSeries *>(series.first());
    REQUIRE(line);
    return {int(series.size()), int(line->count())};
}

} // namespace

TEST_CASE("Each chart kind has the series and points of its data and renders at the asked size", "[charts]")
{
    const QStringList levels{QStringLiteral("no_evidence"), QStringLiteral("not_started"), QStringLiteral("limited"),
                             QStringLiteral("substantial"), QStringLiteral("complete"), QStringLiteral("unassessed")};
    const QStringList sectors{QStringLiteral("government"), QStringLiteral("civil_society"), QStringLiteral("academia"),
                              QStringLiteral("private_sector"), QStringLiteral("other")};
    const std::tuple<ChartKind, QList<StatSeries>, int, int> cases[] = {
        {ChartKind::Completion, sample(levels, 3), 6, 3},
        {ChartKind::Timeline, sample({QStringLiteral("progress")}, 12), 1, 12},
        {ChartKind::Agencies, sample({QStringLiteral("progress")}, 4), 1, 4},
        {ChartKind::Values, sample({QStringLiteral("progress")}, 4), 1, 4},
        {ChartKind::Milestones, sample({QStringLiteral("due"), QStringLiteral("done")}, 24), 2, 24},
        {ChartKind::Attendance, sample(sectors, 7), 5, 7},
        {ChartKind::CoCreation, sample({QStringLiteral("contributions")}, 3), 1, 3},
    };
    for (const auto &[kind, data, seriesCount, pointCount] : cases) {
        INFO(chartKindName(kind).toStdString());
        auto chart = ChartFactory::create(kind, data);
        CHECK(chart->title() == ChartFactory::title(kind));
        CHECK(shape(*chart) == std::pair{seriesCount, pointCount});
        const QImage image = ChartExport::toImage(*chart, QSize(500, 300));
        CHECK(image.size() == QSize(500, 300));
        CHECK(chart->scene() == nullptr); // handed back to its owner
        CHECK(ChartExport::toSvg(*chart, QSize(500, 300)).contains("<svg"));
    }
    CHECK(ChartFactory::keyLabel(QStringLiteral("civil_society")) == QStringLiteral("Civil society"));
}

TEST_CASE("ChartExport writes PNG and SVG, and explains what it cannot write", "[charts]")
{
    test::TempFolder folder;
    auto chart = ChartFactory::create(ChartKind::CoCreation, {{QStringLiteral("contributions"), {{QStringLiteral("received"), 4}}}});
    ChartExport::save(*chart, folder.file(QStringLiteral("c.png")), QSize(320, 200));
    CHECK(QImage(folder.file(QStringLiteral("c.png"))).size() == QSize(320, 200));
    CHECK(ChartExport::formatFor(QStringLiteral("a.SVG")) == ChartExport::Format::Svg);
    try {
        ChartExport::save(*chart, folder.file(QStringLiteral("missing/c.svg")), QSize(320, 200));
        FAIL("no error");
    } catch (const StorageError &e) {
        CHECK(e.message().contains(QStringLiteral("c.svg")));
    }
    CHECK_THROWS_AS(ChartExport::toImage(*chart, QSize(0, 10)), StorageError);
}
