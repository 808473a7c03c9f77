// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dashboard/DashboardPage.h"

#include "core/i18n/DateText.h"
#include "ui/document/BackgroundTask.h"
#include "ui/document/ForumDocument.h"
#include "ui/charts/ChartPanel.h"
#include "core/forum/EligibilityCheck.h"
#include "core/forum/JoiningRecord.h"
#include "core/forum/MemberComposition.h"
#include "core/forum/Vocabulary.h"
#include "core/plans/Commitment.h"
#include "core/storage/Database.h"
#include "core/storage/StorageError.h"
#include "core/storage/Table.h"
#include "ui/widgets/Colours.h"
#include "ui/widgets/PageParts.h"

#include <QCoreApplication>
#include <QFrame>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QMutex>
#include <QPushButton>
#include <QResizeEvent>
#include <QThread>
#include <QTimer>
#include <QVBoxLayout>

#include <atomic>
#include <exception>

namespace forumdesk {

namespace {

// One card of the dashboard: a heading, a text and a button to the page that acts on it.
QFrame *card(const QString &heading, QLabel *body, QPushButton *button, QWidget *parent)
{
    auto *frame = new QFrame(parent);
    frame->setFrameShape(QFrame::StyledPanel);
    auto *title = new QLabel(heading, frame);
    title->setObjectName(QStringLiteral("cardTitle"));
    QFont bold = title->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    title->setFont(bold);
    body->setParent(frame);
    body->setWordWrap(true);
    body->setTextFormat(Qt::RichText);
    body->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    auto *layout = new QVBoxLayout(frame);
    layout->addWidget(title);
    layout->addWidget(body, 1);
    if (button) {
        button->setParent(frame);
        auto *row = new QHBoxLayout;
        row->addStretch();
        row->addWidget(button);
        layout->addLayout(row);
    }
    frame->setMinimumHeight(150);
    return frame;
}

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

// Two cards side by side from this width of the page on; one below the other on narrower ones.
constexpr int twoColumnWidth = 900;

} // namespace

// The worker's own read-only connection to the forum file: no lock file is taken, and the
// window's connection goes on writing. It is kept between computations (opening runs the
// integrity check) and used by one computation at a time.
struct DashboardPage::ChartSource {
    QString path;
    QMutex mutex;
    std::unique_ptr<ForumFile> file;
    // The latest computation asked for: an older one still running stops between two charts.
    std::atomic<quint64> wanted{0};

    ForumFile &open()
    {
        if (file)
            return *file;
        OpenOptions options;
        options.readOnly = true;
        // While the window's connection is in the middle of a write, opening may find the file
        // busy, or find its journal and read a recovered copy: wait for the write to end.
        for (int attempt = 0;; ++attempt) {
            try {
                file = ForumFile::open(path, options);
                if (file->database().path() == path)
                    break;
                file.reset(); // a recovered snapshot of a write in progress: never kept
            } catch (const StorageError &) {
                if (attempt >= 20)
                    throw;
            }
            if (attempt >= 20)
                throw StorageError(StorageError::Kind::Io,
                                   QCoreApplication::translate("forumdesk::DashboardPage",
                                                               "The forum file is busy with a long change; the charts will be drawn again after it."));
            QThread::msleep(50);
        }
        return *file;
    }
};

struct DashboardPage::ChartResults {
    quint64 generation = 0;
    qint64 planId = 0;
    QList<QList<StatSeries>> series; // one per chart kind, in the order of allChartKinds()
    QString error;
    bool outdated = false;
};

DashboardPage::DashboardPage(ForumDocument *document, QWidget *parent)
    : QWidget(parent), m_document(document), m_title(new QLabel), m_forum(new QLabel),
      m_members(new QLabel), m_join(new QLabel), m_plan(new QLabel), m_chartsHeading(new QLabel),
      m_chartsStatus(new QLabel), m_chartGrid(new QGridLayout), m_dataChanged(new QTimer(this)),
      m_source(std::make_shared<ChartSource>())
{
    auto *content = new QWidget;
    m_title->setParent(content);
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    m_title->setFont(big);
    m_title->setWordWrap(true);
    m_title->setObjectName(QStringLiteral("pageTitle"));
    m_members->setObjectName(QStringLiteral("membersCard"));

    auto *settings = new QPushButton(tr("Forum Settings"));
    auto *members = new QPushButton(tr("Members"));
    auto *join = new QPushButton(tr("Join OGP"));
    connect(settings, &QPushButton::clicked, this, &DashboardPage::showForumSettings);
    connect(members, &QPushButton::clicked, this, &DashboardPage::showMembers);
    connect(join, &QPushButton::clicked, this, &DashboardPage::showJoin);

    auto *grid = new QGridLayout;
    grid->setSpacing(12);
    grid->addWidget(card(tr("The forum"), m_forum, settings, content), 0, 0);
    grid->addWidget(card(tr("Members"), m_members, members, content), 0, 1);
    grid->addWidget(card(tr("Joining OGP"), m_join, join, content), 1, 0);
    grid->addWidget(card(tr("Current action plan"), m_plan, nullptr, content), 1, 1);
    m_planTitle = m_plan->parentWidget()->findChild<QLabel *>(QStringLiteral("cardTitle"));
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);

    QFont heading = m_chartsHeading->font();
    heading.setPointSizeF(heading.pointSizeF() * 1.3);
    heading.setBold(true);
    m_chartsHeading->setFont(heading);
    m_chartsHeading->setWordWrap(true);
    m_chartsHeading->setObjectName(QStringLiteral("chartsHeading"));
    m_chartsStatus->setObjectName(QStringLiteral("chartsStatus"));
    QPalette quiet = m_chartsStatus->palette();
    quiet.setColor(QPalette::WindowText, quiet.color(QPalette::PlaceholderText));
    m_chartsStatus->setPalette(quiet);
    auto *chartsHeader = new QHBoxLayout;
    chartsHeader->addWidget(m_chartsHeading, 1);
    chartsHeader->addWidget(m_chartsStatus, 0, Qt::AlignRight | Qt::AlignBottom);

    for (const ChartKind kind : allChartKinds())
        m_panels.append(new ChartPanel(kind, content));
    m_chartGrid->setSpacing(12);
    arrangeCharts(2);

    auto *layout = new QVBoxLayout(content);
    layout->addWidget(m_title);
    layout->addLayout(grid);
    layout->addSpacing(12);
    layout->addLayout(chartsHeader);
    layout->addLayout(m_chartGrid);
    layout->addStretch();
    fillWithScrolling(this, content);

    // Edits come in bursts (an import, undoing several steps): compute once they settle.
    m_dataChanged->setSingleShot(true);
    m_dataChanged->setInterval(250);
    connect(m_dataChanged, &QTimer::timeout, this, &DashboardPage::refreshCharts);
    connect(document, &ForumDocument::changed, this, [this] {
        reload();
        m_dataChanged->start();
    });
    connect(document, &ForumDocument::currentPlanChanged, this, [this] {
        reload();
        m_dataChanged->stop();
        refreshCharts();
    });
    m_source->path = document->path();
    reload();
    refreshCharts();
}

DashboardPage::~DashboardPage()
{
    // A computation still running stops at its next chart; its connection closes with it.
    m_source->wanted = 0;
}

ChartPanel *DashboardPage::chartPanel(ChartKind kind) const
{
    for (ChartPanel *panel : m_panels)
        if (panel->kind() == kind)
            return panel;
    return nullptr;
}

void DashboardPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_chartsOutdated)
        refreshCharts();
}

void DashboardPage::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    arrangeCharts(event->size().width() >= twoColumnWidth ? 2 : 1);
}

// Two columns: the completion of every plan across the top (its legend names six levels), then
// the current plan's charts in pairs.
void DashboardPage::arrangeCharts(int columns)
{
    if (columns == m_columns)
        return;
    m_columns = columns;
    for (ChartPanel *panel : m_panels)
        m_chartGrid->removeWidget(panel);
    static const ChartKind order[] = {ChartKind::Completion, ChartKind::Timeline,   ChartKind::Milestones,
                                      ChartKind::Agencies,   ChartKind::Values,     ChartKind::Attendance,
                                      ChartKind::Speaking,   ChartKind::CoCreation};
    int at = 0;
    for (const ChartKind kind : order) {
        ChartPanel *panel = chartPanel(kind);
        const bool wide = columns == 2 && kind == ChartKind::Completion;
        m_chartGrid->addWidget(panel, at / columns, at % columns, 1, wide ? 2 : 1);
        at += wide ? 2 : 1;
    }
    for (int c = 0; c < 2; ++c)
        m_chartGrid->setColumnStretch(c, c < columns ? 1 : 0);
}

// Starts computing the current plan's series on a worker; the charts on show stay until they
// arrive. A hidden page waits until it is shown.
void DashboardPage::refreshCharts()
{
    if (!isVisible()) {
        m_chartsOutdated = true;
        return;
    }
    m_chartsOutdated = false;
    m_calculating = true;
    m_chartsStatus->setText(tr("Calculating…"));
    const quint64 generation = ++m_generation;
    const qint64 planId = m_document->currentPlanId();
    QList<int> budgets;
    for (ChartPanel *panel : m_panels) {
        panel->showCalculating();
        // Lines get about a point per pixel; a meeting's bar needs a few.
        budgets << (panel->kind() == ChartKind::Attendance || panel->kind() == ChartKind::Speaking ? panel->pointBudget() / 6
                                                                                                  : panel->pointBudget());
    }
    m_source->wanted = generation;
    std::shared_ptr<ChartSource> source = m_source;
    runInBackground<ChartResults>(
        this,
        [source, generation, planId, budgets] {
            ChartResults results;
            results.generation = generation;
            results.planId = planId;
            QMutexLocker lock(&source->mutex);
            try {
                const QList<ChartKind> kinds = allChartKinds();
                for (qsizetype i = 0; i < kinds.size(); ++i) {
                    if (source->wanted != generation) {
                        results.outdated = true;
                        return results;
                    }
                    ForumFile &file = source->open();
                    if (planId > 0 || kinds.at(i) == ChartKind::Completion)
                        results.series.append(PlanStats::series(file, kinds.at(i), planId, budgets.at(i)));
                    else
                        results.series.append(QList<StatSeries>());
                }
            } catch (const StorageError &e) {
                results.error = e.message();
                source->file.reset(); // opened afresh next time
            } catch (const std::exception &e) {
                // Anything else would be rethrown in the window's thread and end the program.
                results.error = QString::fromLocal8Bit(e.what());
                source->file.reset();
            }
            return results;
        },
        [this](ChartResults results) { showCharts(results); });
}

void DashboardPage::showCharts(const ChartResults &results)
{
    // A quicker second switch of plan, or a later edit, has made these out of date.
    if (results.outdated || results.generation != m_generation)
        return;
    m_drawing = std::make_shared<ChartResults>(results);
    m_nextChart = 0;
    drawNextChart();
}

// One chart per turn of the event loop: drawing the seven at once would hold the window for a
// noticeable moment on a large forum, while a chart at a time leaves room for the user's clicks.
void DashboardPage::drawNextChart()
{
    if (!m_drawing || m_drawing->generation != m_generation)
        return; // newer series are on their way
    const ChartResults &results = *m_drawing;
    if (!results.error.isEmpty()) {
        for (ChartPanel *panel : m_panels)
            panel->showMessage(tr("The charts cannot be calculated: %1").arg(results.error));
        m_nextChart = int(m_panels.size());
    }
    if (m_nextChart < m_panels.size()) {
        ChartPanel *panel = m_panels.at(m_nextChart);
        if (results.planId <= 0 && panel->kind() != ChartKind::Completion)
            panel->showMessage(tr("No action plan yet: its charts appear here once one is started on the Co-create page."));
        else if (m_nextChart < results.series.size())
            panel->setSeries(results.series.at(m_nextChart));
        ++m_nextChart;
        QTimer::singleShot(0, this, &DashboardPage::drawNextChart);
        return;
    }
    m_calculating = false;
    m_chartsPlanId = results.planId;
    m_chartsStatus->clear();
    m_drawing.reset();
    emit chartsUpdated();
}

QString DashboardPage::membersText() const
{
    return m_members->text();
}

void DashboardPage::reload()
{
    ForumFile &file = m_document->file();
    const QLocale locale;
    const Forum forum = m_document->forum();
    m_title->setText(forum.name);

    QString text = QStringLiteral("%1").arg(esc(Vocabulary::label(Vocabulary::List::Scope, forum.scope)));
    if (!forum.jurisdiction.isEmpty())
        text = tr("%1 · %2").arg(text, esc(forum.jurisdiction));
    text += QStringLiteral("<br>") + esc(tr("Documents in %1; decides by %2")
                                             .arg(Vocabulary::label(Vocabulary::List::Language, forum.language),
                                                  Vocabulary::label(Vocabulary::List::DecisionRule, forum.decisionRule).toLower()));
    QStringList missing;
    if (forum.participationRules.isEmpty())
        missing << tr("rules of participation");
    if (forum.website.isEmpty())
        missing << tr("website (MR 2.1)");
    if (forum.repositoryUrl.isEmpty())
        missing << tr("document repository (MR 2.2)");
    if (!missing.isEmpty())
        text += QStringLiteral("<br><span style='color:%1'>%2</span>")
                    .arg(colours::text(colours::Tone::Caution).name(), esc(tr("Still to fill in: %1").arg(QLocale().createSeparatedList(missing))));
    m_forum->setText(text);

    const MemberComposition composition = MemberComposition::compute(file);
    QString members = esc(tr("Active members: %1").arg(composition.total));
    if (composition.total > 0) {
        QStringList sectors;
        for (const QString &key : Vocabulary::keys(Vocabulary::List::Sector)) {
            if (composition.bySector.value(key) > 0)
                sectors << tr("%1: %2").arg(Vocabulary::label(Vocabulary::List::Sector, key))
                               .arg(composition.bySector.value(key));
        }
        members += QStringLiteral("<br>") + esc(sectors.join(QStringLiteral(" · ")));
    }
    const QString warning = composition.warning();
    if (!warning.isEmpty())
        members += QStringLiteral("<br><span style='color:%1'>%2</span>").arg(colours::text(colours::Tone::Bad).name(), esc(warning));
    else
        members += QStringLiteral("<br><span style='color:%1'>%2</span>")
                       .arg(colours::text(colours::Tone::Good).name(), esc(tr("Government and civil society both sit on the forum (MR 1.1).")));
    m_members->setText(members);

    const qint64 met = Table<EligibilityCheck>(file).count(QStringLiteral("met = 1"));
    const auto joining = Table<JoiningRecord>(file).find(1);
    QString join = esc(tr("%1 of %2 eligibility criteria met").arg(met)
                           .arg(Vocabulary::keys(Vocabulary::List::EligibilityCriterion).size()));
    if (joining && joining->joinedOn.isValid())
        join += QStringLiteral("<br>") + esc(tr("Joined OGP on %1").arg(locale.toString(joining->joinedOn, QLocale::LongFormat)));
    else if (joining && joining->letterOfIntentOn.isValid())
        join += QStringLiteral("<br>") + esc(tr("Letter of intent sent on %1").arg(locale.toString(joining->letterOfIntentOn, QLocale::LongFormat)));
    else
        join += QStringLiteral("<br>") + esc(tr("No letter of intent recorded yet"));
    if (joining && !joining->pocName.isEmpty())
        join += QStringLiteral("<br>") + esc(tr("Point of contact: %1").arg(joining->pocName));
    m_join->setText(join);

    const auto plan = Table<ActionPlan>(file).find(m_document->currentPlanId());
    // The plan chosen in the toolbar is "current" only while it is not closed: a closed one is
    // shown as such, with the plan in progress named.
    const bool closed = plan && plan->stage == key::PlanStage::Closed;
    m_planTitle->setText(closed ? tr("Action plan chosen (closed)") : tr("Current action plan"));
    m_chartsHeading->setText(plan ? tr("How “%1” is going").arg(plan->title) : tr("Charts"));
    if (!plan) {
        m_plan->setText(esc(tr("No action plan yet. Plans are co-created with civil society; "
                               "the Co-create page will let you start one.")));
    } else {
        QString p = QStringLiteral("<b>%1</b><br>").arg(esc(plan->title));
        p += esc(tr("%1 to %2 · stage: %3")
                     .arg(dayText(plan->periodStart, locale),
                          dayText(plan->periodEnd, locale),
                          Vocabulary::label(Vocabulary::List::PlanStage, plan->stage)));
        const qint64 commitments = Table<Commitment>(file).count(QStringLiteral("plan_id = ?"), {plan->id});
        p += QStringLiteral("<br>") + esc(tr("Commitments: %1").arg(commitments));
        if (closed) {
            const QList<ActionPlan> open = Table<ActionPlan>(file).list(QStringLiteral("stage <> ?"), {QString(key::PlanStage::Closed)},
                                                                        QStringLiteral("period_start DESC"));
            p += QStringLiteral("<br><i>")
                + esc(open.isEmpty() ? tr("This plan is closed; no plan is in progress.")
                                     : tr("This plan is closed; the plan in progress is “%1” (choose it in the toolbar).")
                                           .arg(open.first().title))
                + QStringLiteral("</i>");
        }
        m_plan->setText(p);
    }
}

} // namespace forumdesk
