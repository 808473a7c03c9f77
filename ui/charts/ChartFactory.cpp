// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/charts/ChartFactory.h"

#include "core/forum/Vocabulary.h"
#include "core/forum/VocabularyKeys.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QFontMetrics>
#include <QSet>
#include <QHorizontalBarSeries>
#include <QHorizontalStackedBarSeries>
#include <QChart>
#include <QColor>
#include <QPen>
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

// Along the bottom, at most this many labels of months or meeting dates: more would overlap.
constexpr int maxBottomLabels = 12;
// Names down the side of bars drawn across (plan titles, agencies) are kept to this width.
constexpr int maxSideLabelWidth = 150;

// A long run of months or meeting dates along the bottom, with a label every few (every point and
// bar is still drawn, at its index).
QAbstractAxis *sparseCategories(const QStringList &categories, bool bars)
{
    auto *axis = new QCategoryAxis;
    const qsizetype count = categories.size();
    const qsizetype step = (count + maxBottomLabels - 1) / maxBottomLabels;
    QSet<QString> used; // an axis label appears once: two meetings on one day share it
    for (qsizetype i = 0; i < count; i += step) {
        if (!used.contains(categories.at(i)))
            axis->append(categories.at(i), double(i));
        used.insert(categories.at(i));
    }
    axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    axis->setRange(bars ? -0.5 : 0.0, bars ? double(count) - 0.5 : double(count - 1));
    return axis;
}

// A name shortened to `width` at word boundaries, never inside a word: the words at its start and
// end that fit, with "…" for those left out in the middle, where names differ least
// ("Ministerio de … Inclusión Social", "I Plan de … 2008–2009"). A single word wider than the
// room is kept whole.
QString shortenedAtWords(const QString &name, const QFontMetrics &metrics, int width)
{
    if (metrics.horizontalAdvance(name) <= width)
        return name;
    const QStringList words = name.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    const qsizetype count = words.size();
    const QString ellipsis(QChar(0x2026));
    QString best;
    qsizetype bestKept = -1;
    for (qsizetype head = 0; head < count; ++head)
        for (qsizetype tail = 0; head + tail < count; ++tail) {
            QStringList kept = words.mid(0, head);
            kept << ellipsis;
            kept << words.mid(count - tail);
            const QString candidate = kept.join(QLatin1Char(' '));
            // The most text that fits, the start counting twice (a name reads from its start),
            // keeping the first and the last word where it can: they tell "I Plan de … 2008–2009"
            // from "II Plan de … 2010–2011".
            const qsizetype startLength = head > 0 ? words.mid(0, head).join(QLatin1Char(' ')).size() : 0;
            const qsizetype keptLength = candidate.size() + startLength + (head > 0 && tail > 0 ? 1000 : 0);
            if (metrics.horizontalAdvance(candidate) <= width && keptLength > bestKept) {
                best = candidate;
                bestKept = keptLength;
            }
        }
    if (bestKept > 1)
        return best;
    return words.isEmpty() ? name : words.first() + QLatin1Char(' ') + ellipsis;
}

// Long names down the side shortened at word boundaries, unless that would make two of them
// alike. The tips and the data keep the whole names.
QStringList elided(const QStringList &names, const QFont &font)
{
    const QFontMetrics metrics(font);
    QStringList shortened;
    for (const QString &name : names)
        shortened << shortenedAtWords(name, metrics, maxSideLabelWidth);
    if (QSet<QString>(shortened.begin(), shortened.end()).size() != names.size())
        return names;
    return shortened;
}

void addAxes(QChart &chart, QAbstractSeries *series, const QStringList &categories, const QString &categoryTitle,
             const QString &valueTitle, double valueMax, bool counts, bool horizontal)
{
    QAbstractAxis *category = nullptr;
    const bool bars = series->type() != QAbstractSeries::SeriesTypeLine;
    // Labels of a category axis must differ: two meetings on one day go on the sparse axis too.
    const bool repeated = QSet<QString>(categories.begin(), categories.end()).size() != categories.size();
    if (!horizontal && (categories.size() > maxBottomLabels || repeated)) {
        category = sparseCategories(categories, bars);
    } else {
        auto *names = new QBarCategoryAxis;
        names->append(categories.isEmpty() ? QStringList{QString()}
                                           : horizontal ? elided(categories, names->labelsFont()) : categories);
        category = names;
    }
    category->setTitleText(categoryTitle);
    // Names down the side are shortened already (Qt's own shortening leaves only "...").
    category->setTruncateLabels(false);
    // Many dates or months along the bottom fit only upright.
    if (!horizontal && categories.size() > 6)
        category->setLabelsAngle(-90);
    chart.addAxis(category, horizontal ? Qt::AlignLeft : Qt::AlignBottom);
    series->attachAxis(category);
    auto *value = new QValueAxis;
    value->setTitleText(valueTitle);
    value->setLabelFormat(QStringLiteral("%.0f"));
    if (counts) {
        // Whole numbers: a round step (1, 2 or 5 times a power of ten), the top on a tick.
        const double rough = std::max(1.0, valueMax / 8);
        const double power = std::pow(10.0, std::floor(std::log10(rough)));
        double step = 10 * power;
        for (const double factor : {1.0, 2.0, 5.0}) {
            if (factor * power >= rough) {
                step = factor * power;
                break;
            }
        }
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
        const QColor colour = ChartFactory::keyColour(s.key);
        if (colour.isValid()) {
            set->setColor(colour);
            set->setBorderColor(colour.darker(115));
        }
        series->append(set);
    }
    chart->addSeries(series);
    const double top = percent ? 100 : std::max(1.0, maxValue(data, stacked));
    addAxes(*chart, series, categoriesOf(data, translateCategories), categoryTitle, valueTitle, top, !percent, horizontal);
    chart->legend()->setVisible(data.size() > 1);
    return chart;
}

// Lines over the labels of the longest series; a shorter series (a burn-up's "done", which stops
// at this month) is drawn at its own labels' places.
std::unique_ptr<QChart> lines(const QList<StatSeries> &data, const QString &xTitle, const QString &yTitle, bool percent)
{
    auto chart = std::make_unique<QChart>();
    QStringList categories;
    for (const StatSeries &s : data)
        if (s.points.size() > categories.size())
            categories = categoriesOf({s}, false);
    QList<QLineSeries *> all;
    for (const StatSeries &s : data) {
        auto *line = new QLineSeries;
        line->setName(ChartFactory::keyLabel(s.key));
        qsizetype from = 0;
        for (const StatPoint &p : s.points) {
            const qsizetype at = categories.indexOf(p.label, from);
            if (at < 0)
                continue;
            line->append(double(at), p.value);
            from = at;
        }
        const QColor colour = ChartFactory::keyColour(s.key);
        if (colour.isValid()) {
            QPen pen(colour, 2.5);
            if (s.key == QLatin1String("due"))
                pen.setStyle(Qt::DashLine); // what was planned, beside what was done
            line->setPen(pen);
        }
        chart->addSeries(line);
        all << line;
    }
    if (!all.isEmpty()) {
        const double top = percent ? 100 : std::max(1.0, maxValue(data, false));
        addAxes(*chart, all.first(), categories, xTitle, yTitle, top, !percent, false);
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
    case ChartKind::Speaking:
        return tr("Speaking time at meetings by sector");
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

QColor ChartFactory::keyColour(const QString &key)
{
    // Completion from red (not started) to green (complete); the two "we cannot tell" levels are
    // greys, dark for the IRM's "no evidence", light for "not assessed" yet.
    // Completion levels and sectors by their Vocabulary keys; the others are PlanStats' own names.
    static const std::pair<QLatin1StringView, QRgb> colours[] = {
        {key::Completion::NoEvidence, 0x5f6368},
        {key::Completion::NotStarted, 0xd64541},
        {key::Completion::Limited, 0xf0a020},
        {key::Completion::Substantial, 0x7cb342},
        {key::Completion::Complete, 0x2e7d32},
        {QLatin1StringView("unassessed"), 0xcfd3d8},
        {key::Sector::Government, 0x1f6fb2},
        {key::Sector::CivilSociety, 0xe8751a},
        {key::Sector::Academia, 0x8e5fb8},
        {key::Sector::PrivateSector, 0x8c6d4f},
        {key::Sector::Other, 0x8a8f96},
        {QLatin1StringView("progress"), 0x1f6fb2},
        {QLatin1StringView("due"), 0x8a8f96},
        {QLatin1StringView("done"), 0x2e7d32},
        {QLatin1StringView("contributions"), 0x1f6fb2},
    };
    for (const auto &[k, rgb] : colours)
        if (key == k)
            return QColor(rgb);
    return {};
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
    case ChartKind::Speaking:
        chart = bars(series, true, false, false, tr("Meeting"), tr("Minutes spoken"), false);
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
