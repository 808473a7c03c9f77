// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/stats/PlanStats.h"

#include <QWidget>

#include <memory>

class QGridLayout;
class QLabel;
class QTimer;

namespace forumdesk {

class ChartPanel;
class ForumDocument;

// Home: the forum at a glance — members and the MR 1.1 check, joining OGP, the current action
// plan — with the next step for each, then the charts of the current plan. The charts' series are
// computed on a worker thread with a read-only connection of its own, so that switching plans on
// a large forum never freezes the window; only drawing them happens on the GUI thread.
class DashboardPage : public QWidget {
    Q_OBJECT
public:
    explicit DashboardPage(ForumDocument *document, QWidget *parent = nullptr);
    ~DashboardPage() override;

    QString membersText() const;
    // The chart cards, in the order of allChartKinds().
    QList<ChartPanel *> chartPanels() const { return m_panels; }
    ChartPanel *chartPanel(ChartKind kind) const;
    // True from a change of plan or data until the charts show the new series.
    bool isCalculating() const { return m_calculating; }
    // The plan the charts on show belong to.
    qint64 chartsPlanId() const { return m_chartsPlanId; }

signals:
    void showMembers();
    void showForumSettings();
    void showJoin();
    // The charts show freshly computed series (or why they could not be computed).
    void chartsUpdated();

protected:
    void showEvent(QShowEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    struct ChartResults; // what a worker computed, defined where it is computed
    struct ChartSource;  // the worker's own connection to the forum file

    void reload();
    void refreshCharts();
    void showCharts(const ChartResults &results);
    void drawNextChart();
    void arrangeCharts(int columns);

    ForumDocument *m_document;
    QLabel *m_title;
    QLabel *m_forum;
    QLabel *m_members;
    QLabel *m_join;
    QLabel *m_plan;
    QLabel *m_planTitle = nullptr;
    QLabel *m_chartsHeading;
    QLabel *m_chartsStatus;
    QGridLayout *m_chartGrid;
    QList<ChartPanel *> m_panels;
    int m_columns = 0;
    QTimer *m_dataChanged;
    std::shared_ptr<ChartSource> m_source;
    std::shared_ptr<ChartResults> m_drawing; // series being drawn, a chart at a time
    int m_nextChart = 0;
    quint64 m_generation = 0;
    bool m_calculating = false;
    bool m_chartsOutdated = true;
    qint64 m_chartsPlanId = 0;
};

} // namespace forumdesk
