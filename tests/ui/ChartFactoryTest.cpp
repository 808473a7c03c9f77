// SPDX-License-Identifier: GPL-3.0-or-later
// ChartFactory builds each chart kind with the series and points of its data; ChartExport renders
// them offscreen at the requested size and reports a file it cannot write.
#include <catch2/catch.hpp>

#include "tests/support/TestSupport.h"
#include "ui/charts/ChartExport.h"
#include "ui/charts/ChartFactory.h"
#include "core/storage/StorageError.h"

#include <QAbstractBarSeries>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCategoryAxis>
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

TEST_CASE("The burn-up's done line stops where its data stops, due runs on", "[charts]")
{
    QList<StatSeries> data = sample({QStringLiteral("due"), QStringLiteral("done")}, 24);
    data[1].points = data[1].points.mid(0, 7); // done up to this month
    auto chart = ChartFactory::create(ChartKind::Milestones, data);
    const auto lines = chart->series();
    REQUIRE(lines.size() == 2);
    auto *due = qobject_cast<QLineSeries *>(lines.at(0));
    auto *done = qobject_cast<QLineSeries *>(lines.at(1));
    REQUIRE(due);
    REQUIRE(done);
    CHECK(due->count() == 24);
    REQUIRE(done->count() == 7);
    CHECK(done->at(6) == QPointF(6, 60)); // at its own month, not stretched over the axis
    CHECK(due->pen().style() == Qt::DashLine);
    CHECK(due->color() != done->color());
    // 24 months along the bottom: every point drawn, a label every other month so they stay legible.
    auto axes = chart->axes(Qt::Horizontal);
    REQUIRE(axes.size() == 1);
    auto *months = qobject_cast<QCategoryAxis *>(axes.first());
    REQUIRE(months);
    CHECK(months->min() == 0);
    CHECK(months->max() == 23);
    CHECK(months->count() == 12);
    CHECK(months->categoriesLabels().first() == QStringLiteral("2025-01"));
    CHECK(months->categoriesLabels().at(1) == QStringLiteral("2025-03"));

    // Downsampled, done keeps its last month, drawn at that month's place among due's.
    data = downsample(data, 5);
    chart = ChartFactory::create(ChartKind::Milestones, data);
    done = qobject_cast<QLineSeries *>(chart->series().at(1));
    REQUIRE(done);
    REQUIRE(done->count() == 2);
    CHECK(done->at(1) == QPointF(1, 60));
    CHECK(data.first().points.at(1).label == data.last().points.at(1).label);
}

TEST_CASE("Two meetings on one day keep a bar each, under one date", "[charts]")
{
    const QList<StatSeries> data{{QStringLiteral("government"),
                                  {{QStringLiteral("2025-03-04"), 3}, {QStringLiteral("2025-03-04"), 5}, {QStringLiteral("2025-04-01"), 2}}}};
    auto chart = ChartFactory::create(ChartKind::Attendance, data);
    auto *bars = qobject_cast<QAbstractBarSeries *>(chart->series().first());
    REQUIRE(bars);
    CHECK(bars->barSets().first()->count() == 3);
    auto *dates = qobject_cast<QCategoryAxis *>(chart->axes(Qt::Horizontal).first());
    REQUIRE(dates);
    CHECK(dates->min() == -0.5);
    CHECK(dates->max() == 2.5);
    CHECK(dates->categoriesLabels() == QStringList{QStringLiteral("2025-03-04"), QStringLiteral("2025-04-01")});
}

TEST_CASE("Long plan titles are shortened in the middle, where they differ least", "[charts]")
{
    QList<StatSeries> data{{QStringLiteral("complete"), {}}};
    for (const char *title : {"I Plan de Acción Nacional de Gobierno Abierto 2008–2009",
                              "II Plan de Acción Nacional de Gobierno Abierto 2010–2011", "Plan C"})
        data.first().points.append({QString::fromUtf8(title), 3});
    auto chart = ChartFactory::create(ChartKind::Completion, data);
    auto *plans = qobject_cast<QBarCategoryAxis *>(chart->axes(Qt::Vertical).first());
    REQUIRE(plans);
    const QStringList labels = plans->categories();
    REQUIRE(labels.size() == 3);
    INFO(labels.join(QLatin1Char('|')).toStdString());
    CHECK(labels.at(0) == QStringLiteral("Plan C")); // drawn top down
    CHECK(labels.at(2).startsWith(QStringLiteral("I Plan")));
    CHECK(labels.at(2).endsWith(QStringLiteral("2008–2009")));
    CHECK(labels.at(2).contains(QChar(0x2026)));
    CHECK(labels.at(1).endsWith(QStringLiteral("2010–2011")));
}

TEST_CASE("Long names down a chart's side are shortened between words, never inside one", "[charts]")
{
    const QStringList agencies{QStringLiteral("Ministerio de Desarrollo e Inclusión Social"),
                               QStringLiteral("Superintendencia Nacional de Administración Tributaria y Aduanas"),
                               QStringLiteral("Dirección Nacional de Contrataciones Públicas"),
                               QStringLiteral("Contraloría")};
    QList<StatSeries> data{{QStringLiteral("progress"), {}}};
    for (const QString &agency : agencies)
        data.first().points.append({agency, 40});
    auto chart = ChartFactory::create(ChartKind::Agencies, data);
    auto *names = qobject_cast<QBarCategoryAxis *>(chart->axes(Qt::Vertical).first());
    REQUIRE(names);
    const QStringList labels = names->categories();
    REQUIRE(labels.size() == agencies.size());
    int shortened = 0;
    for (const QString &label : labels) {
        INFO(label.toStdString());
        const QString *whole = nullptr;
        for (const QString &agency : agencies)
            if (agency.startsWith(label.section(QChar(0x2026), 0, 0).trimmed())
                && agency.endsWith(label.section(QChar(0x2026), -1).trimmed()))
                whole = &agency;
        REQUIRE(whole);
        // Every word of the label is a whole word of the name.
        const QStringList words = whole->split(QLatin1Char(' '));
        for (const QString &word : label.split(QLatin1Char(' '), Qt::SkipEmptyParts))
            CHECK((word == QString(QChar(0x2026)) || words.contains(word)));
        if (label.contains(QChar(0x2026))) {
            ++shortened;
            CHECK(label.size() < whole->size());
        }
    }
    CHECK(shortened >= 2);
    CHECK(labels.contains(QStringLiteral("Contraloría")));
}

TEST_CASE("Each completion level has a colour of its own, grey when not assessed", "[charts]")
{
    const QStringList levels{QStringLiteral("no_evidence"), QStringLiteral("not_started"), QStringLiteral("limited"),
                             QStringLiteral("substantial"), QStringLiteral("complete"), QStringLiteral("unassessed")};
    auto chart = ChartFactory::create(ChartKind::Completion, sample(levels, 2));
    auto *bars = qobject_cast<QAbstractBarSeries *>(chart->series().first());
    REQUIRE(bars);
    QList<QColor> colours;
    for (QBarSet *set : bars->barSets()) {
        CHECK(set->color() == ChartFactory::keyColour(levels.at(colours.size())));
        colours << set->color();
    }
    REQUIRE(colours.size() == 6);
    // Told apart at a glance: every two levels differ clearly in hue or lightness.
    for (qsizetype i = 0; i < colours.size(); ++i) {
        for (qsizetype j = i + 1; j < colours.size(); ++j) {
            INFO(levels.at(i).toStdString() << " / " << levels.at(j).toStdString());
            const QColor a = colours.at(i).toHsl();
            const QColor b = colours.at(j).toHsl();
            const int hue = std::abs(a.hslHue() - b.hslHue());
            const bool bothGrey = a.hslSaturation() < 40 && b.hslSaturation() < 40;
            CHECK(((!bothGrey && std::min(hue, 360 - hue) >= 25) || std::abs(a.lightness() - b.lightness()) >= 60));
        }
    }
    const QColor unassessed = ChartFactory::keyColour(QStringLiteral("unassessed")).toHsl();
    CHECK(unassessed.hslSaturation() < 40); // grey
    CHECK(unassessed.lightness() > ChartFactory::keyColour(QStringLiteral("no_evidence")).toHsl().lightness());
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
