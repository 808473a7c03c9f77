// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/charts/ChartPanel.h"

#include "core/i18n/DateText.h"
#include "ui/charts/ChartExport.h"
#include "ui/charts/ChartFactory.h"
#include "core/storage/StorageError.h"

#include <QAbstractBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QDate>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineSeries>
#include <QLocale>
#include <QMessageBox>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QToolButton>
#include <QToolTip>
#include <QVBoxLayout>

#include <cmath>
#include <memory>

namespace forumdesk {

namespace {

// Enough for a chart's axes, labels and legend beside a card of the same row.
constexpr int chartHeight = 320;

// Bars drawn across list their categories from the top down, the reverse of the data's order.
bool isHorizontal(ChartKind kind)
{
    return kind == ChartKind::Completion || kind == ChartKind::Agencies || kind == ChartKind::Values;
}

QString monthName(const QString &label)
{
    const QDate month = QDate::fromString(label + QStringLiteral("-01"), Qt::ISODate);
    return month.isValid() ? QLocale().toString(month, QStringLiteral("MMMM yyyy")) : label;
}

QString dayName(const QString &label)
{
    const QDate day = QDate::fromString(label, Qt::ISODate);
    return day.isValid() ? dayText(day) : label;
}

QString fileNameFor(QString title)
{
    for (QChar &c : title)
        if (QStringLiteral("\\/:*?\"<>|").contains(c) || c.unicode() < 32)
            c = QLatin1Char('-');
    return title.simplified().left(120);
}

} // namespace

ChartPanel::ChartPanel(ChartKind kind, QWidget *parent)
    : QFrame(parent), m_kind(kind), m_title(new QLabel(ChartFactory::title(kind), this)),
      m_save(new QToolButton(this)), m_stack(new QStackedWidget(this)), m_message(new QLabel(m_stack)),
      m_view(new QChartView(m_stack))
{
    setFrameShape(QFrame::StyledPanel);
    setObjectName(QStringLiteral("chart-%1").arg(chartKindName(kind)));
    QFont bold = m_title->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.1);
    m_title->setFont(bold);
    // Titles wrap rather than being cut: Spanish ones are a third longer.
    m_title->setWordWrap(true);
    m_title->setObjectName(QStringLiteral("chartTitle"));

    m_save->setText(tr("Save as…"));
    m_save->setToolTip(tr("Save this chart as a PNG image or an SVG drawing"));
    m_save->setObjectName(QStringLiteral("saveChart"));
    m_save->setEnabled(false);
    connect(m_save, &QToolButton::clicked, this, &ChartPanel::saveAs);

    m_message->setObjectName(QStringLiteral("chartMessage"));
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_message->setMargin(24);
    QPalette quiet = m_message->palette();
    quiet.setColor(QPalette::WindowText, quiet.color(QPalette::PlaceholderText));
    m_message->setPalette(quiet);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMouseTracking(true);
    m_stack->addWidget(m_message);
    m_stack->addWidget(m_view);

    auto *header = new QHBoxLayout;
    header->addWidget(m_title, 1);
    header->addWidget(m_save, 0, Qt::AlignTop);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addLayout(header);
    layout->addWidget(m_stack, 1);

    showCalculating();
}

ChartPanel::~ChartPanel() = default;

void ChartPanel::setSeries(const QList<StatSeries> &series)
{
    // The same data (the completion chart across a change of plan): the chart on show stays.
    if (series == m_series && m_stack->currentWidget() == m_view)
        return;
    m_series = series;
    if (!PlanStats::hasData(m_kind, series)) {
        showMessage(emptyText());
        m_stack->setMinimumHeight(chartHeight / 2); // a sentence needs less room than a chart
        return;
    }
    std::unique_ptr<QChart> chart = ChartFactory::create(m_kind, series);
    // The card carries the title, wrapped to its width; the chart keeps its room for the data.
    chart->setTitle(QString());
    chart->setMargins(QMargins(2, 2, 2, 2));
    chart->setBackgroundRoundness(0);
    for (QAbstractSeries *s : chart->series())
        if (auto *line = qobject_cast<QLineSeries *>(s))
            line->setPointsVisible(line->count() <= 40); // points to aim at, while they fit
    connectTips(chart.get());
    QChart *old = m_view->chart();
    m_view->setChart(chart.release()); // the view owns the new chart and lets go of the old one
    delete old;
    m_stack->setCurrentWidget(m_view);
    m_stack->setMinimumHeight(chartHeight);
    m_message->clear();
    m_save->setEnabled(true);
}

void ChartPanel::showCalculating()
{
    if (m_stack->currentWidget() == m_view)
        return;
    showMessage(tr("Calculating…"));
    m_stack->setMinimumHeight(chartHeight); // the room the chart will most likely take
}

void ChartPanel::showMessage(const QString &message)
{
    m_message->setText(message);
    m_stack->setCurrentWidget(m_message);
    m_save->setEnabled(false);
}

QChart *ChartPanel::chart() const
{
    return m_stack->currentWidget() == m_view ? m_view->chart() : nullptr;
}

QString ChartPanel::message() const
{
    return m_stack->currentWidget() == m_message ? m_message->text() : QString();
}

QString ChartPanel::title() const
{
    return m_title->text();
}

int ChartPanel::pointBudget() const
{
    // Before it is laid out, a card is about half of a 1280-pixel window.
    const int width = m_stack->isVisible() && m_stack->width() > 100 ? m_stack->width() : 600;
    return std::max(24, width);
}

QSize ChartPanel::exportSize() const
{
    if (m_view->isVisible() && m_view->width() >= 320 && m_view->height() >= 200)
        return m_view->size();
    return {1200, 700};
}

void ChartPanel::save(const QString &path, const QSize &size) const
{
    // A chart of its own, with its title, so the one on screen is left as it is.
    std::unique_ptr<QChart> chart = ChartFactory::create(m_kind, m_series);
    ChartExport::save(*chart, path, size);
}

void ChartPanel::saveAs()
{
    if (!chart())
        return;
    const QString png = tr("PNG image (*.png)");
    const QString svg = tr("SVG drawing, for print and further editing (*.svg)");
    QString folder = QSettings().value(QStringLiteral("export/folder")).toString();
    if (folder.isEmpty() || !QDir(folder).exists())
        folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString filter = png;
    QString path = QFileDialog::getSaveFileName(this, tr("Save Chart"),
                                                QDir(folder).filePath(fileNameFor(title()) + QStringLiteral(".png")),
                                                png + QStringLiteral(";;") + svg, &filter);
    if (path.isEmpty())
        return;
    const QString suffix = filter == svg ? QStringLiteral("svg") : QStringLiteral("png");
    if (QFileInfo(path).suffix().compare(suffix, Qt::CaseInsensitive) != 0)
        path += QLatin1Char('.') + suffix;
    QSettings().setValue(QStringLiteral("export/folder"), QFileInfo(path).absolutePath());
    try {
        save(path, exportSize());
    } catch (const StorageError &error) {
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Chart Not Saved"),
                                    tr("“%1” was not written; choose another folder and try again.")
                                        .arg(QDir::toNativeSeparators(path)),
                                    QMessageBox::Ok, this);
        box->setObjectName(QStringLiteral("chartSaveError"));
        box->setInformativeText(error.message());
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    }
}

QString ChartPanel::tip(int series, int point) const
{
    if (series < 0 || series >= m_series.size() || point < 0 || point >= m_series.at(series).points.size())
        return QString();
    const StatSeries &s = m_series.at(series);
    const StatPoint &p = s.points.at(point);
    const QString number = QLocale().toString(p.value, 'f', 0);
    const int count = int(std::lround(p.value));
    switch (m_kind) {
    case ChartKind::Completion:
        return tr("%1 — %2: %n commitment(s)", "plan, completion level", count).arg(p.label, ChartFactory::keyLabel(s.key));
    case ChartKind::Timeline:
        return tr("Progress %1 % at %2").arg(number, monthName(p.label));
    case ChartKind::Agencies:
        return tr("%1: progress %2 %").arg(p.label.isEmpty() ? tr("No lead agency") : p.label, number);
    case ChartKind::Values:
        return tr("%1: progress %2 %").arg(ChartFactory::keyLabel(p.label), number);
    case ChartKind::Milestones:
        return s.key == QLatin1String("due") ? tr("%n milestone(s) due by the end of %1", "", count).arg(monthName(p.label))
                                             : tr("%n milestone(s) done by the end of %1", "", count).arg(monthName(p.label));
    case ChartKind::Attendance:
        return tr("%1: %2 present at the meeting of %3").arg(ChartFactory::keyLabel(s.key), number, dayName(p.label));
    case ChartKind::Speaking:
        return tr("%1: %2 minutes spoken at the meeting of %3").arg(ChartFactory::keyLabel(s.key), number, dayName(p.label));
    case ChartKind::CoCreation:
        if (p.label == QLatin1String("answered"))
            return tr("%n contribution(s) answered with a reasoned response", "", count);
        if (p.label == QLatin1String("incorporated"))
            return tr("%n contribution(s) incorporated, fully or in part", "", count);
        return tr("%n contribution(s) received", "", count);
    }
    return QString();
}

void ChartPanel::showTip(int series, int point, bool shown)
{
    if (shown)
        QToolTip::showText(QCursor::pos(), tip(series, point), m_view);
    else
        QToolTip::hideText();
}

// Hover signals speak of bar sets and chart positions; the tips speak of the data behind them.
void ChartPanel::connectTips(QChart *chart)
{
    const QList<QAbstractSeries *> all = chart->series();
    for (qsizetype i = 0; i < all.size(); ++i) {
        if (auto *bars = qobject_cast<QAbstractBarSeries *>(all.at(i))) {
            connect(bars, &QAbstractBarSeries::hovered, this, [this, bars](bool shown, int index, QBarSet *set) {
                const int series = int(bars->barSets().indexOf(set));
                if (series < 0 || series >= m_series.size())
                    return;
                const int count = int(m_series.at(series).points.size());
                showTip(series, isHorizontal(m_kind) ? count - 1 - index : index, shown);
            });
        } else if (auto *line = qobject_cast<QLineSeries *>(all.at(i))) {
            const int series = int(i);
            connect(line, &QLineSeries::hovered, this, [this, line, series](const QPointF &at, bool shown) {
                // The nearest drawn point: its x is the place of its label on the axis.
                const QList<QPointF> points = line->points();
                qsizetype nearest = -1;
                for (qsizetype k = 0; k < points.size(); ++k)
                    if (nearest < 0 || std::abs(points.at(k).x() - at.x()) < std::abs(points.at(nearest).x() - at.x()))
                        nearest = k;
                if (nearest >= 0)
                    showTip(series, int(nearest), shown);
            });
        }
    }
}

QString ChartPanel::emptyText() const
{
    switch (m_kind) {
    case ChartKind::Completion:
        return tr("No action plan has commitments yet.");
    case ChartKind::Timeline:
        return tr("No progress has been reported on this plan's milestones yet.");
    case ChartKind::Agencies:
        return tr("No commitment of this plan has milestones yet, so there is no progress to show by lead agency.");
    case ChartKind::Values:
        return tr("No progress to show by OGP value yet: mark the commitments' OGP values and report progress on their milestones.");
    case ChartKind::Milestones:
        return tr("This plan has no milestones yet.");
    case ChartKind::Attendance:
        return tr("No attendance has been recorded at this plan's meetings yet.");
    case ChartKind::CoCreation:
        return tr("No contributions have been received for this plan yet.");
    case ChartKind::Speaking:
        return tr("No meeting of this plan has been run in the live console yet: its speaking times show here.");
    }
    return QString();
}

} // namespace forumdesk
