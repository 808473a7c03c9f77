// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/implementation/ImplementPage.h"

#include "core/i18n/DateText.h"
#include "core/forum/Vocabulary.h"
#include "core/implementation/ProgressReportDocument.h"
#include "core/plans/ActionPlan.h"
#include "core/plans/Commitment.h"
#include "core/plans/Milestone.h"
#include "core/storage/StorageError.h"
#include "core/storage/Table.h"
#include "ui/charts/ReportCharts.h"
#include "ui/commands/Commands.h"
#include "ui/document/ForumDocument.h"
#include "ui/implementation/ProgressDialogs.h"
#include "ui/plans/StageGateDialog.h"
#include "ui/widgets/PageParts.h"
#include "ui/widgets/ReloadWhenShown.h"
#include "ui/widgets/Colours.h"

#include <QApplication>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QSplitter>
#include <QStyledItemDelegate>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace forumdesk {

namespace {

constexpr int IdRole = Qt::UserRole + 1;
constexpr int PercentRole = Qt::UserRole + 2;

// A cell's percent drawn as a progress bar, with the percent as its text.
class ProgressDelegate : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        const QVariant value = index.data(PercentRole);
        if (!value.isValid()) {
            QStyledItemDelegate::paint(painter, option, index);
            return;
        }
        // The row's selection or highlight under the bar.
        QStyleOptionViewItem background = option;
        initStyleOption(&background, index);
        background.text.clear();
        QStyle *style = option.widget ? option.widget->style() : QApplication::style();
        style->drawControl(QStyle::CE_ItemViewItem, &background, painter, option.widget);

        QStyleOptionProgressBar bar;
        bar.rect = option.rect.adjusted(3, 3, -3, -3);
        bar.minimum = 0;
        bar.maximum = 100;
        bar.progress = std::clamp(qRound(value.toDouble()), 0, 100);
        bar.text = index.data(Qt::DisplayRole).toString();
        bar.textVisible = true;
        bar.textAlignment = Qt::AlignCenter;
        bar.state = option.state | QStyle::State_Horizontal;
        bar.direction = option.direction;
        bar.fontMetrics = option.fontMetrics;
        bar.palette = option.palette;
        style->drawControl(QStyle::CE_ProgressBar, &bar, painter, option.widget);
    }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QSize size = QStyledItemDelegate::sizeHint(option, index);
        size.setWidth(std::max(size.width(), 120));
        return size;
    }
};

QString percentText(double percent)
{
    return QCoreApplication::translate("forumdesk::ImplementPage", "%1 %").arg(qRound(percent));
}

void markOverdue(QTableWidget *table, int row)
{
    const colours::Fill overdue = colours::notice(colours::Tone::Bad);
    for (int column = 0; column < table->columnCount(); ++column) {
        if (QTableWidgetItem *item = table->item(row, column)) {
            item->setForeground(overdue.foreground);
            item->setBackground(overdue.background);
        }
    }
}

qint64 selectedId(const QTableWidget *table)
{
    const QList<QTableWidgetItem *> items = table->selectedItems();
    return items.isEmpty() ? 0 : table->item(items.first()->row(), 0)->data(IdRole).toLongLong();
}

void selectId(QTableWidget *table, qint64 id)
{
    for (int row = 0; row < table->rowCount(); ++row) {
        if (table->item(row, 0)->data(IdRole).toLongLong() == id) {
            table->selectRow(row);
            return;
        }
    }
    table->clearSelection();
}

// The latest update of a milestone, if it has any.
std::optional<ProgressUpdate> latestUpdate(ForumFile &file, qint64 milestoneId)
{
    const QList<ProgressUpdate> updates = Table<ProgressUpdate>(file).list(
        QStringLiteral("milestone_id = ?"), {milestoneId}, QStringLiteral("reported_on DESC, id DESC LIMIT 1"));
    if (updates.isEmpty())
        return std::nullopt;
    return updates.first();
}

} // namespace

ImplementPage::ImplementPage(ForumDocument *document, QWidget *parent)
    : QWidget(parent), m_document(document), m_header(new QLabel(this)), m_agency(new QComboBox(this)),
      m_value(new QComboBox(this)), m_status(new QComboBox(this)), m_commitments(new QTableWidget(this)),
      m_milestones(new QTableWidget(this)), m_history(new QTableWidget(this)), m_count(new QLabel(this)),
      m_addUpdate(new QPushButton(tr("Add Progress &Update…"), this)),
      m_setLevel(new QPushButton(tr("Set Completion &Level…"), this)),
      m_exportReport(new QPushButton(tr("Export Progress &Report…"), this)),
      m_printReport(new QPushButton(tr("Pr&int Progress Report…"), this)),
      m_nextStage(new QPushButton(tr("Move to Ne&xt Stage…"), this)), m_export(new DocumentExport(document, this))
{
    m_reload = new ReloadWhenShown(this, [this] { refresh(); });
    auto *title = pageTitle(tr("Implement"), this);
    m_header->setWordWrap(true);
    m_header->setTextFormat(Qt::PlainText);
    m_exportReport->setObjectName(QStringLiteral("exportProgressReport"));
    m_exportReport->setToolTip(tr("Every commitment's progress, completion level, milestones and latest updates with their evidence, and the plan's charts, in the forum's language"));
    m_printReport->setObjectName(QStringLiteral("printProgressReport"));
    m_printReport->setToolTip(m_exportReport->toolTip());
    auto *headerRow = new QHBoxLayout;
    headerRow->addWidget(m_header, 1);
    headerRow->addWidget(m_nextStage);
    headerRow->addWidget(m_printReport);
    headerRow->addWidget(m_exportReport);

    m_agency->setToolTip(tr("Lead agency"));
    m_value->setToolTip(tr("OGP value"));
    m_value->addItem(tr("All OGP values"), QString());
    m_value->addItem(tr("Access to information"), QStringLiteral("access_information"));
    m_value->addItem(tr("Civic participation"), QStringLiteral("civic_participation"));
    m_value->addItem(tr("Public accountability"), QStringLiteral("public_accountability"));
    m_value->addItem(tr("Technology and innovation"), QStringLiteral("technology_innovation"));
    m_status->setToolTip(tr("Status"));
    m_status->addItem(tr("All statuses"), int(AllStatuses));
    m_status->addItem(tr("With overdue milestones"), int(Overdue));
    m_status->addItem(tr("Not started"), int(NotStarted));
    m_status->addItem(tr("In progress"), int(InProgress));
    m_status->addItem(tr("Complete"), int(Complete));
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_agency, 2);
    filters->addWidget(m_value, 1);
    filters->addWidget(m_status, 1);

    m_commitments->setObjectName(QStringLiteral("commitmentProgress"));
    m_commitments->setAccessibleName(tr("Commitments and their progress"));
    setUpTable(m_commitments, {tr("No."), tr("Commitment"), tr("Lead agency"), tr("Progress"), tr("Completion"),
                               tr("Milestones")});
    m_commitments->setItemDelegateForColumn(ProgressColumn, new ProgressDelegate(m_commitments));
    QHeaderView *header = m_commitments->horizontalHeader();
    header->setSectionResizeMode(NumberColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(TitleColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(AgencyColumn, QHeaderView::Interactive);
    header->setSectionResizeMode(ProgressColumn, QHeaderView::Fixed);
    header->resizeSection(AgencyColumn, 220);
    header->resizeSection(ProgressColumn, 130);

    m_milestones->setObjectName(QStringLiteral("milestoneProgress"));
    m_milestones->setAccessibleName(tr("Milestones of the commitment"));
    setUpTable(m_milestones, {tr("Milestone"), tr("Ends"), tr("Progress")});
    m_milestones->setItemDelegateForColumn(2, new ProgressDelegate(m_milestones));
    m_milestones->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Fixed);
    m_milestones->horizontalHeader()->resizeSection(2, 110);

    m_history->setObjectName(QStringLiteral("progressHistory"));
    m_history->setAccessibleName(tr("Progress updates"));
    setUpTable(m_history, {tr("Narrative"), tr("Date"), tr("Progress"), tr("Status"), tr("Evidence"), tr("Reported by")});
    // The narrative takes the spare width but reads after the date and the percent.
    m_history->horizontalHeader()->moveSection(0, 3);
    // A long link would push the reporter out of sight: the evidence gets a fixed share and its
    // tooltip tells it whole.
    m_history->horizontalHeader()->setSectionResizeMode(4, QHeaderView::Interactive);
    m_history->horizontalHeader()->resizeSection(4, 140);

    m_count->setWordWrap(true);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_count, 1);
    buttons->addWidget(m_setLevel);
    buttons->addWidget(m_addUpdate);

    auto *milestonesSide = new QWidget(this);
    auto *milestonesLayout = new QVBoxLayout(milestonesSide);
    milestonesLayout->setContentsMargins(0, 0, 0, 0);
    milestonesLayout->addWidget(new QLabel(tr("Milestones of the commitment"), milestonesSide));
    milestonesLayout->addWidget(m_milestones, 1);
    auto *historySide = new QWidget(this);
    auto *historyLayout = new QVBoxLayout(historySide);
    historyLayout->setContentsMargins(0, 0, 0, 0);
    historyLayout->addWidget(new QLabel(tr("Progress updates of the milestone"), historySide));
    historyLayout->addWidget(m_history, 1);
    auto *details = new QSplitter(Qt::Horizontal, this);
    details->addWidget(milestonesSide);
    details->addWidget(historySide);
    details->setChildrenCollapsible(false);
    details->setSizes({450, 550});
    auto *upper = new QWidget(this);
    auto *upperLayout = new QVBoxLayout(upper);
    upperLayout->setContentsMargins(0, 0, 0, 0);
    upperLayout->addLayout(filters);
    upperLayout->addWidget(m_commitments, 1);
    upperLayout->addLayout(buttons);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(upper);
    split->addWidget(details);
    split->setChildrenCollapsible(false);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addLayout(headerRow);
    layout->addWidget(split, 1);

    connect(m_agency, &QComboBox::currentIndexChanged, this, &ImplementPage::applyFilter);
    connect(m_value, &QComboBox::currentIndexChanged, this, &ImplementPage::applyFilter);
    connect(m_status, &QComboBox::currentIndexChanged, this, &ImplementPage::applyFilter);
    connect(m_commitments, &QTableWidget::itemSelectionChanged, this, &ImplementPage::showMilestones);
    connect(m_milestones, &QTableWidget::itemSelectionChanged, this, &ImplementPage::showHistory);
    connect(m_addUpdate, &QPushButton::clicked, this, &ImplementPage::addProgressUpdate);
    connect(m_setLevel, &QPushButton::clicked, this, &ImplementPage::setCompletionLevel);
    connect(m_exportReport, &QPushButton::clicked, this, &ImplementPage::exportProgressReport);
    m_nextStage->setToolTip(tr("Check what the plan needs before it moves on, and move it"));
    connect(m_nextStage, &QPushButton::clicked, this, [this] { StageGateDialog::moveCurrentPlan(m_document, this); });
    connect(m_printReport, &QPushButton::clicked, this, &ImplementPage::printProgressReport);
    // One report at a time: the buttons wait while one is being made.
    const auto reportDone = [this] {
        m_busy = false;
        updateButtons();
    };
    connect(m_export, &DocumentExport::exported, this, reportDone);
    connect(m_export, &DocumentExport::printed, this, reportDone);
    connect(m_export, &DocumentExport::failed, this, reportDone);
    connect(document, &ForumDocument::currentPlanChanged, this, &ImplementPage::refreshWhenShown);
    connect(document, &ForumDocument::changed, this, [this](const ChangeSet &changes) {
        if (changes.touches({RecordKind::ProgressUpdate, RecordKind::Milestone, RecordKind::Commitment,
                             RecordKind::ActionPlan}))
            refreshWhenShown();
    });
    refresh();
}

qint64 ImplementPage::selectedCommitmentId() const
{
    return selectedId(m_commitments);
}

qint64 ImplementPage::selectedMilestoneId() const
{
    return selectedId(m_milestones);
}

void ImplementPage::selectCommitment(qint64 id)
{
    selectId(m_commitments, id);
}

void ImplementPage::selectMilestone(qint64 id)
{
    selectId(m_milestones, id);
}

void ImplementPage::refreshWhenShown()
{
    m_reload->request();
}

void ImplementPage::refresh()
{
    try {
        reloadPlan();
    } catch (const StorageError &error) {
        m_progress.clear();
        m_header->setText(error.message());
    }
    applyFilter();
}

void ImplementPage::reloadPlan()
{
    ForumFile &file = m_document->file();
    const qint64 planId = m_document->currentPlanId();
    m_progress.clear();
    m_values.clear();
    m_setLevels.clear();
    if (planId <= 0) {
        m_header->setText(tr("No action plan yet: create one on the Co-create page."));
    } else {
        const ActionPlan plan = Table<ActionPlan>(file).get(planId);
        m_header->setText(tr("%1 (%2 – %3)")
                              .arg(plan.title, dayText(plan.periodStart),
                                   dayText(plan.periodEnd)));
        m_progress = ProgressTracking::forPlan(file, planId, m_document->today());
        for (const Commitment &c : Table<Commitment>(file).list(QStringLiteral("plan_id = ?"), {planId})) {
            QStringList values;
            if (c.valueAccessInformation)
                values << QStringLiteral("access_information");
            if (c.valueCivicParticipation)
                values << QStringLiteral("civic_participation");
            if (c.valuePublicAccountability)
                values << QStringLiteral("public_accountability");
            if (c.valueTechnologyInnovation)
                values << QStringLiteral("technology_innovation");
            m_values.insert(c.id, values);
            m_setLevels.insert(c.id, c.completionLevel);
        }
    }
    // The plan's lead agencies, keeping the one chosen if it is still there.
    const QString agency = m_agency->currentData().toString();
    QStringList agencies;
    for (const CommitmentProgress &p : std::as_const(m_progress)) {
        if (!p.leadAgency.isEmpty() && !agencies.contains(p.leadAgency))
            agencies << p.leadAgency;
    }
    agencies.sort(Qt::CaseInsensitive);
    const QSignalBlocker blocker(m_agency);
    m_agency->clear();
    m_agency->addItem(tr("All lead agencies"), QString());
    for (const QString &a : std::as_const(agencies))
        m_agency->addItem(a, a);
    const int index = m_agency->findData(agency);
    m_agency->setCurrentIndex(index < 0 ? 0 : index);
}

void ImplementPage::applyFilter()
{
    const qint64 selected = selectedCommitmentId();
    const QString agency = m_agency->currentData().toString();
    const QString value = m_value->currentData().toString();
    const auto status = StatusFilter(m_status->currentData().toInt());
    const auto matches = [&](const CommitmentProgress &p) {
        if (!agency.isEmpty() && p.leadAgency != agency)
            return false;
        if (!value.isEmpty() && !m_values.value(p.commitmentId).contains(value))
            return false;
        switch (status) {
        case AllStatuses: return true;
        case Overdue: return p.overdueMilestones > 0;
        case NotStarted: return p.percent <= 0;
        case InProgress: return p.percent > 0 && p.percent < 100;
        case Complete: return p.percent >= 100;
        }
        return true;
    };

    const QSignalBlocker blocker(m_commitments);
    m_commitments->setRowCount(0);
    int overdue = 0;
    for (const CommitmentProgress &p : std::as_const(m_progress)) {
        if (!matches(p))
            continue;
        const int row = m_commitments->rowCount();
        m_commitments->insertRow(row);
        auto *number = readOnlyItem(p.number);
        number->setData(IdRole, p.commitmentId);
        m_commitments->setItem(row, NumberColumn, number);
        m_commitments->setItem(row, TitleColumn, readOnlyItem(p.title, p.title));
        m_commitments->setItem(row, AgencyColumn, readOnlyItem(p.leadAgency, p.leadAgency));
        auto *progress = readOnlyItem(percentText(p.percent),
                                      p.lastUpdate.isValid()
                                          ? tr("Last update: %1").arg(dayText(p.lastUpdate))
                                          : tr("No progress update yet"));
        progress->setData(PercentRole, p.percent);
        m_commitments->setItem(row, ProgressColumn, progress);
        const QString level = Vocabulary::label(Vocabulary::List::Completion, p.level);
        QTableWidgetItem *levelItem = nullptr;
        if (p.overridden) {
            levelItem = readOnlyItem(tr("%1 (set by the forum)").arg(level),
                                     tr("Progress suggests “%1”. Reason: %2")
                                         .arg(Vocabulary::label(Vocabulary::List::Completion, p.suggestedLevel), p.reason));
            QFont font = levelItem->font();
            font.setItalic(true);
            levelItem->setFont(font);
        } else {
            levelItem = readOnlyItem(level, tr("As progress suggests"));
        }
        m_commitments->setItem(row, LevelColumn, levelItem);
        QString milestones = tr("%1 of %2 done").arg(p.milestonesDone).arg(p.milestones);
        if (p.overdueMilestones > 0)
            milestones = tr("%1, %n overdue", nullptr, p.overdueMilestones).arg(milestones);
        m_commitments->setItem(row, MilestonesColumn, readOnlyItem(milestones));
        if (p.overdueMilestones > 0) {
            ++overdue;
            markOverdue(m_commitments, row);
        }
    }
    m_count->setText(tr("%n commitment(s) shown", nullptr, m_commitments->rowCount())
                     + (overdue > 0 ? tr("; %n with overdue milestones", nullptr, overdue) : QString()));
    selectId(m_commitments, selected);
    showMilestones();
}

void ImplementPage::showMilestones()
{
    const qint64 commitmentId = selectedCommitmentId();
    const qint64 selected = selectedMilestoneId();
    const QSignalBlocker blocker(m_milestones);
    m_milestones->setRowCount(0);
    if (commitmentId > 0) {
        try {
            ForumFile &file = m_document->file();
            const QDate today = m_document->today();
            for (const Milestone &m : Table<Milestone>(file).list(QStringLiteral("commitment_id = ?"), {commitmentId},
                                                                  QStringLiteral("position, id"))) {
                const std::optional<ProgressUpdate> latest = latestUpdate(file, m.id);
                const int percent = latest ? latest->percent : 0;
                const int row = m_milestones->rowCount();
                m_milestones->insertRow(row);
                auto *activity = readOnlyItem(m.activity, m.responsible.isEmpty()
                                                              ? m.activity
                                                              : tr("%1\nResponsible: %2").arg(m.activity, m.responsible));
                activity->setData(IdRole, m.id);
                m_milestones->setItem(row, 0, activity);
                m_milestones->setItem(row, 1, readOnlyItem(dayText(m.endOn)));
                auto *progress = readOnlyItem(percentText(percent),
                                              latest ? tr("Reported on %1").arg(dayText(latest->reportedOn))
                                                     : tr("No progress update yet"));
                progress->setData(PercentRole, percent);
                m_milestones->setItem(row, 2, progress);
                if (m.endOn.isValid() && m.endOn < today && percent < 100) {
                    m_milestones->item(row, 1)->setText(tr("%1 (overdue)").arg(dayText(m.endOn)));
                    markOverdue(m_milestones, row);
                    activity->setToolTip(tr("%1\nOverdue: it was to end by %2")
                                             .arg(activity->toolTip(), dayText(m.endOn)));
                }
            }
        } catch (const StorageError &error) {
            m_document->reportFailure(error.message());
        }
    }
    if (selected > 0)
        selectId(m_milestones, selected);
    if (m_milestones->selectedItems().isEmpty() && m_milestones->rowCount() > 0)
        m_milestones->selectRow(0);
    showHistory();
}

void ImplementPage::showHistory()
{
    const qint64 milestoneId = selectedMilestoneId();
    m_history->setRowCount(0);
    if (milestoneId > 0) {
        try {
            for (const ProgressUpdate &u : Table<ProgressUpdate>(m_document->file()).list(
                     QStringLiteral("milestone_id = ?"), {milestoneId}, QStringLiteral("reported_on DESC, id DESC"))) {
                const int row = m_history->rowCount();
                m_history->insertRow(row);
                m_history->setItem(row, 0, readOnlyItem(u.narrative.simplified(), u.narrative));
                m_history->setItem(row, 1, readOnlyItem(dayText(u.reportedOn)));
                m_history->setItem(row, 2, readOnlyItem(percentText(u.percent)));
                m_history->setItem(row, 3, readOnlyItem(Vocabulary::label(Vocabulary::List::ProgressStatus, u.status)));
                m_history->setItem(row, 4, readOnlyItem(u.evidence, u.evidence));
                m_history->setItem(row, 5, readOnlyItem(u.reporter));
                m_history->item(row, 0)->setData(IdRole, u.id);
            }
        } catch (const StorageError &error) {
            m_document->reportFailure(error.message());
        }
    }
    updateButtons();
}

void ImplementPage::updateButtons()
{
    const bool hasPlan = m_document->currentPlanId() > 0;
    m_exportReport->setEnabled(hasPlan && !m_busy);
    m_printReport->setEnabled(hasPlan && !m_busy);
    const bool writable = !m_document->isReadOnly();
    m_setLevel->setEnabled(writable && selectedCommitmentId() > 0);
    m_addUpdate->setEnabled(writable && selectedMilestoneId() > 0);
    m_nextStage->setEnabled(writable && hasPlan);
}

void ImplementPage::addProgressUpdate()
{
    const qint64 milestoneId = selectedMilestoneId();
    if (milestoneId <= 0 || m_document->isReadOnly())
        return;
    try {
        ForumFile &file = m_document->file();
        const Milestone milestone = Table<Milestone>(file).get(milestoneId);
        const std::optional<ProgressUpdate> latest = latestUpdate(file, milestoneId);
        ProgressUpdateDialog dialog(file, milestoneId, milestone.activity, latest ? latest->percent : 0, this);
        if (dialog.exec() != QDialog::Accepted)
            return;
        edit::addProgressUpdate(m_document, dialog.update(), milestone.activity);
        selectMilestone(milestoneId);
    } catch (const StorageError &error) {
        m_document->reportFailure(error.message());
    }
}

void ImplementPage::setCompletionLevel()
{
    const qint64 commitmentId = selectedCommitmentId();
    if (commitmentId <= 0 || m_document->isReadOnly())
        return;
    try {
        ForumFile &file = m_document->file();
        const QDate today = m_document->today();
        const CommitmentProgress progress = ProgressTracking::forCommitment(file, commitmentId, today);
        const Commitment commitment = Table<Commitment>(file).get(commitmentId);
        CompletionLevelDialog dialog(progress, commitment.completionLevel, this);
        if (dialog.exec() != QDialog::Accepted)
            return;
        edit::setCompletionLevel(m_document, commitment, dialog.level(), dialog.reason(), today);
    } catch (const StorageError &error) {
        m_document->reportFailure(error.message());
    }
}

DocumentExport::DocumentSource ImplementPage::progressReport() const
{
    ForumDocument *document = m_document;
    const qint64 planId = document->currentPlanId();
    return [document, planId]() -> DocumentExport::DocumentBuild {
        // Read and draw here, on the window's thread, which owns the file and the charts; the
        // document is built and laid out on the worker.
        ForumFile &file = document->file();
        const ProgressReportContent content = ProgressReportContent::load(file, planId, document->today());
        const QList<ReportFigure> figures = ReportCharts::render(file, planId, content.forum.language);
        return [content, figures] { return ProgressReportDocument::build(content, figures); };
    };
}

void ImplementPage::exportProgressReport()
{
    const qint64 planId = m_document->currentPlanId();
    const auto plan = planId > 0 ? Table<ActionPlan>(m_document->file()).find(planId) : std::nullopt;
    if (plan)
        startReport([&] {
            return m_export->chooseAndMakeDocument(tr("Export Progress Report"), tr("Progress report - %1").arg(plan->title),
                                                   progressReport());
        });
}

void ImplementPage::writeProgressReport(const QString &path, DocumentWriter::Format format)
{
    startReport([&] {
        m_export->makeDocument(progressReport(), path, format);
        return true;
    });
}

void ImplementPage::printProgressReport()
{
    startReport([&] { return m_export->printDocument(tr("Print Progress Report"), progressReport()); });
}

void ImplementPage::printProgressReportOn(const std::shared_ptr<QPrinter> &printer)
{
    startReport([&] {
        m_export->printDocument(progressReport(), printer);
        return true;
    });
}

void ImplementPage::startReport(const std::function<bool()> &start)
{
    if (m_document->currentPlanId() <= 0 || m_busy)
        return;
    m_busy = true;
    updateButtons();
    // False when the user cancelled; a failure already said so (failed() ended the wait).
    if (!start()) {
        m_busy = false;
        updateButtons();
    }
}

} // namespace forumdesk
