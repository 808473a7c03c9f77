// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/stats/PlanStats.h"

#include <QFrame>
#include <QSize>

class QLabel;
class QStackedWidget;
class QToolButton;

QT_BEGIN_NAMESPACE
class QChart;
class QChartView;
QT_END_NAMESPACE

namespace forumdesk {

// One chart of the Dashboard on a card: its title, the chart (or a sentence saying what is missing
// when the plan has nothing to draw yet), a translated tip for the bar or point under the mouse,
// and Save as… to PNG or SVG. The series come from elsewhere (computed off the GUI thread).
class ChartPanel : public QFrame {
    Q_OBJECT
public:
    explicit ChartPanel(ChartKind kind, QWidget *parent = nullptr);
    ~ChartPanel() override;

    ChartKind kind() const { return m_kind; }
    // Draws the series, or says the plan has nothing to show for this chart.
    void setSeries(const QList<StatSeries> &series);
    // While new series are being computed: a chart already shown stays; otherwise "Calculating…".
    void showCalculating();
    void showMessage(const QString &message);

    const QList<StatSeries> &series() const { return m_series; }
    // The chart on show; nullptr while the card shows a message instead.
    QChart *chart() const;
    // The sentence shown in place of the chart (empty while a chart is shown).
    QString message() const;
    QString title() const;
    // How many points a line can usefully show: about one per pixel of the view's width.
    int pointBudget() const;
    // Save as… writes the chart at the size it has on screen, or 1200 × 700 if it is not shown.
    QSize exportSize() const;
    // Writes the chart, with its title, as PNG or SVG (by the suffix); throws StorageError.
    void save(const QString &path, const QSize &size) const;
    // The tip of point `point` of series `series` (indices into series()): "Government: 5 present".
    QString tip(int series, int point) const;

public slots:
    // Asks where (PNG or SVG) and saves; a failure is shown in a message box naming the file.
    void saveAs();

private:
    void showTip(int series, int point, bool shown);
    void connectTips(QChart *chart);
    QString emptyText() const;

    ChartKind m_kind;
    QList<StatSeries> m_series;
    QLabel *m_title;
    QToolButton *m_save;
    QStackedWidget *m_stack;
    QLabel *m_message;
    QChartView *m_view;
};

} // namespace forumdesk
