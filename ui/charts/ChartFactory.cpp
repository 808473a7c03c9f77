// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChartFactory.h"

#include "forum/Vocabulary.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QHorizontalBarSeries>
#include <QHorizontalStackedBarSeries>
#include <QChart>
#include <QLineSeries>
#include <QStackedBarSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace forumdesk {

namespace {

QStringList categoriesOf(const QList<StatSeries> &series, bool translate)
{
    QStringList categories;
    if (!series.isEmpty())
        for (const StatPoint &p : series.first().points)
            categories << (translate ? ChartFactory::keyLabel(p.label) : p.label);
    return categories;
}

double maxValue(const QList<StatSeries> &series, bool stacked)
{
    double top = 0;
    qsizetype length = 0;
    for (const StatSeries &s : series)
        length = std::max(length, s.points.size());
    for (qsizetype i = 0; i < length; ++i) {
        double sum = 0;
        for (const StatSeries &s : series) {
            const double v = i < s.points.size() ? s.points.at(i).value : 0;
            sum = stacked ? sum + v : std::max(sum, v);
        }
        top = std::max(top, sum);
    }
    return top;
}

void addAxes(QChart &chart, QAbstractSeries *series, const QStringList &categories, const QString &categoryTitle,
             const QString &valueTitle, double valueMax, bool counts, bool horizontal)
{
    auto *category = new QBarCategoryAxis;
    category->append(categories.isEmpty() ? QStringList{QString()} : categories);
    category->setTitleText(categoryTitle);
    // Many dates or months along the bottom fit only upright.
    if (!horizontal && categories.size() > 6) {
        category->setLabelsAngle(-90);
        category->setTruncateLabels(false);
    }
    chart.addAxis(category, horizontal ? Qt::AlignLeft : Qt::AlignBottom);
    series->attachAxis(category);
    auto *value = new QValueAxis;
    value->setTitleText(valueTitle);
    value->setLabelFormat(QStringLiteral("%.0f"));
    if (counts) {
        // Whole numbers: a round step, the top on a tick.
        const double step = std::max(1.0, std::ceil(valueMax / 8));
        value->setTickType(QValueAxis::TicksDynamic);
        value->setTickAnchor(0);
        value->setTickInterval(step);
        valueMax = std::ceil(valueMax / step) * step;
    } else {
        value->setTickCount(5);
    }
    value->setRange(0, valueMax);
    chart.addAxis(value, horizontal ? Qt::AlignBottom : Qt::AlignLeft);
    series->attachAxis(value);
}

// Bars, stacked or side by side, one set per series. Horizontal bars list their categories from
// the top down, with room for long names (agencies, plan titles).
std::unique_ptr<QChart> bars(QList<StatSeries> data, bool stacked, bool horizontal, bool translateCategories,
                             const QString &categoryTitle, const QString &valueTitle, bool percent)
{
    if (horizontal)
        for (StatSeries &s : data)
            std::reverse(s.points.begin(), s.points.end());
    auto chart = std::make_unique<QChart>();
    QAbstractBarSeries *series = nullptr;
    if (horizontal)
        series = stacked ? static_cast<QAbstractBarSeries *>(new QHorizontalStackedBarSeries) : new QHorizontalBarSeries;
    else
        series = stacked ? static_cast<QAbstractBarSeries *>(new QStackedBarSeries) : new QBarSeries;
    for (const StatSeries &s : data) {
        auto *set = new QBarSet(ChartFactory::keyLabel(s.key));
        for (const StatPoint &p : s.points)
            set->append(p.value);
        series->append(set);
    }
    chart->addSeries(series);
    const double top = percent ? 100 : std::max(1.0, maxValue(data, stacked));
    addAxes(*chart, series, categoriesOf(data, translateCategories), categoryTitle, valueTitle, top, !percent, horizontal);
    chart->legend()->setVisible(data.size() > 1);
    return chart;
}

std::unique_ptr<QChart> lines(const QList<StatSeries> &data, const QString &xTitle, const QString &yTitle, bool percent)
{
    auto chart = std::make_unique<QChart>();
    QList<QLineSeries *> all;
    for (const StatSeries &s : data) {
        auto *line = new QLineSeries;
        line->setName(ChartFactory::keyLabel(s.key));
        for (qsizetype i = 0; i < s.points.size(); ++i)
            line->append(double(i), s.points.at(i).value);
        chart->addSeries(line);
        all << line;
    }
    if (!all.isEmpty()) {
        const double top = percent ? 100 : std::max(1.0, maxValue(data, false));
        addAxes(*chart, all.first(), categoriesOf(data, false), xTitle, yTitle, top, !percent, false);
        for (qsizetype i = 1; i < all.size(); ++i)
            for (QAbstractAxis *axis : chart->axes())
                all.at(i)->attachAxis(axis);
    }
    chart->legend()->setVisible(data.size() > 1);
    return chart;
}

} // namespace

QString ChartFactory::title(ChartKind kind)
{
    switch (kind) {
    case ChartKind::Completion:
        return tr("Commitment completion per plan");
    case ChartKind::Timeline:
        return tr("Plan progress over time");
    case ChartKind::Agencies:
        return tr("Progress by lead agency");
    case ChartKind::Values:
        return tr("Progress by OGP value");
    case ChartKind::Milestones:
        return tr("Milestones due and done");
    case ChartKind::Attendance:
        return tr("Meeting attendance by sector");
    case ChartKind::CoCreation:
        return tr("Co-creation: contributions received, answered and incorporated");
    }
    return {};
}

QString ChartFactory::keyLabel(const QString &key)
{
    static const std::pair<const char *, const char *> labels[] = {
        {"unassessed", QT_TR_NOOP("Not assessed")},
        {"progress", QT_TR_NOOP("Progress")},
        {"due", QT_TR_NOOP("Milestones due")},
        {"done", QT_TR_NOOP("Milestones done")},
        {"contributions", QT_TR_NOOP("Contributions")},
        {"received", QT_TR_NOOP("Received")},
        {"answered", QT_TR_NOOP("Answered")},
        {"incorporated", QT_TR_NOOP("Incorporated")},
        {"access_information", QT_TR_NOOP("Access to information")},
        {"civic_participation", QT_TR_NOOP("Civic participation")},
        {"public_accountability", QT_TR_NOOP("Public accountability")},
        {"technology_innovation", QT_TR_NOOP("Technology and innovation")},
    };
    for (const auto &[k, label] : labels)
        if (key == QLatin1String(k))
            return tr(label);
    // Completion levels and sectors are the forum's own lists: the same words as everywhere else.
    for (const auto list : {Vocabulary::List::Completion, Vocabulary::List::Sector})
        if (Vocabulary::sourceText(list, key))
            return Vocabulary::label(list, key);
    return key;
}

std::unique_ptr<QChart> ChartFactory::create(ChartKind kind, const QList<StatSeries> &series)
{
    std::unique_ptr<QChart> chart;
    switch (kind) {
    case ChartKind::Completion:
        chart = bars(series, true, true, false, tr("Action plan"), tr("Commitments"), false);
        break;
    case ChartKind::Timeline:
        chart = lines(series, tr("Month"), tr("Progress (%)"), true);
        break;
    case ChartKind::Agencies: {
        QList<StatSeries> named = series;
        for (StatSeries &s : named)
            for (StatPoint &p : s.points)
                if (p.label.isEmpty())
                    p.label = tr("No lead agency");
        chart = bars(named, false, true, false, tr("Lead agency"), tr("Progress (%)"), true);
        break;
    }
    case ChartKind::Values:
        chart = bars(series, false, true, true, tr("OGP value"), tr("Progress (%)"), true);
        break;
    case ChartKind::Milestones:
        chart = lines(series, tr("Month"), tr("Milestones"), false);
        break;
    case ChartKind::Attendance:
        chart = bars(series, true, false, false, tr("Meeting"), tr("People present"), false);
        break;
    case ChartKind::CoCreation:
        chart = bars(series, false, false, true, tr("Stage"), tr("Contributions"), false);
        break;
    }
    chart->setTitle(title(kind));
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setAlignment(Qt::AlignBottom);
    return chart;
}

std::unique_ptr<QChart> ChartFactory::create(ForumFile &file, ChartKind kind, qint64 planId, int maxPoints)
{
    return create(kind, PlanStats::series(file, kind, planId, maxPoints));
}

} // namespace forumdesk
