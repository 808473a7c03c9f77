// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/evaluation/EvaluatePage.h"

#include "core/evaluation/SelfAssessmentReport.h"
#include "core/forum/Vocabulary.h"
#include "core/forum/VocabularyKeys.h"
#include "core/i18n/DateText.h"
#include "core/implementation/ProgressTracking.h"
#include "core/plans/ActionPlan.h"
#include "core/plans/Commitment.h"
#include "core/storage/StorageError.h"
#include "core/storage/Table.h"
#include "ui/commands/Commands.h"
#include "ui/document/DocumentExport.h"
#include "ui/document/ForumDocument.h"
#include "ui/evaluation/AssessmentDialog.h"
#include "ui/evaluation/EvaluationTableModel.h"
#include "ui/plans/StageGateDialog.h"
#include "ui/widgets/PageParts.h"
#include "ui/widgets/ReloadWhenShown.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTableView>
#include <QTextDocument>
#include <QVBoxLayout>

namespace forumdesk {

namespace {

// A count per key of a scale, in the scale's order: "Complete 4, Substantial 2".
QString byScale(const QMap<QString, int> &counts, Vocabulary::List list)
{
    QStringList parts;
    const QStringList keys = Vocabulary::keys(list);
    for (auto it = keys.crbegin(); it != keys.crend(); ++it) {
        if (counts.value(*it) > 0)
            parts << QCoreApplication::translate("forumdesk::EvaluatePage", "%1 %2").arg(Vocabulary::label(list, *it)).arg(counts.value(*it));
    }
    return parts.join(QStringLiteral(", "));
}

QString relevanceText(const Assessment &a)
{
    QStringList values;
    if (a.relevanceAccessInformation)
        values << QCoreApplication::translate("forumdesk::EvaluatePage", "access to information");
    if (a.relevanceCivicParticipation)
        values << QCoreApplication::translate("forumdesk::EvaluatePage", "civic participation");
    if (a.relevancePublicAccountability)
        values << QCoreApplication::translate("forumdesk::EvaluatePage", "public accountability");
    if (a.relevanceTechnologyInnovation)
        values << QCoreApplication::translate("forumdesk::EvaluatePage", "technology and innovation");
    return values.isEmpty() ? QCoreApplication::translate("forumdesk::EvaluatePage", "no OGP value")
                            : values.join(QStringLiteral(", "));
}

} // namespace

EvaluatePage::EvaluatePage(ForumDocument *document, QWidget *parent)
    : QWidget(parent), m_document(document), m_model(new EvaluationTableModel(document->file(), this)),
      m_header(new QLabel(this)), m_nextStage(new QPushButton(tr("Move to &Next Stage…"), this)),
      m_counts(new QLabel(this)), m_view(new QTableView(this)), m_starred(new QLabel(this)),
      m_export(new QPushButton(tr("E&xport Self-Assessment Report…"), this)),
      m_exporter(new DocumentExport(document, this))
{
    m_reload = new ReloadWhenShown(this, [this] { refresh(); });
    auto *title = pageTitle(tr("Evaluate the action plan"), this);
    m_header->setObjectName(QStringLiteral("planHeader"));
    m_header->setWordWrap(true);
    m_header->setTextFormat(Qt::PlainText);
    m_nextStage->setToolTip(tr("Check what the plan needs before it moves on, and move it"));
    m_counts->setObjectName(QStringLiteral("evaluationCounts"));
    m_counts->setWordWrap(true);
    m_counts->setTextFormat(Qt::PlainText);
    m_export->setToolTip(tr("The end-of-term self-assessment report, in the forum's language"));

    m_view->setObjectName(QStringLiteral("evaluation"));
    m_view->setAccessibleName(tr("Commitments and their assessments"));
    m_view->setModel(m_model);
    setUpRecordView(m_view);
    m_view->setAlternatingRowColors(true);
    QHeaderView *header = m_view->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(EvaluationTableModel::Title, QHeaderView::Stretch);
    header->setMinimumSectionSize(40);

    m_starred->setObjectName(QStringLiteral("starredReason"));
    m_starred->setWordWrap(true);
    m_starred->setTextFormat(Qt::PlainText);
    m_self = makeSourceBox(Source::Self);
    m_irm = makeSourceBox(Source::Irm);

    auto *headerRow = new QHBoxLayout;
    headerRow->addWidget(m_header, 1);
    headerRow->addWidget(m_nextStage, 0, Qt::AlignTop);

    auto *sources = new QHBoxLayout;
    sources->setContentsMargins(0, 0, 0, 0);
    sources->addWidget(m_self.box, 1);
    sources->addWidget(m_irm.box, 1);
    auto *details = new QWidget(this);
    auto *detailsLayout = new QVBoxLayout(details);
    detailsLayout->setContentsMargins(0, 0, 0, 0);
    detailsLayout->addWidget(m_starred);
    detailsLayout->addLayout(sources, 1);

    // Long notes scroll inside the details rather than being cut off at the bottom.
    auto *detailsScroll = new QScrollArea(this);
    detailsScroll->setWidget(details);
    detailsScroll->setWidgetResizable(true);
    detailsScroll->setFrameShape(QFrame::NoFrame);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_view);
    split->addWidget(detailsScroll);
    split->setChildrenCollapsible(false);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);

    auto *exportRow = new QHBoxLayout;
    exportRow->addStretch(1);
    exportRow->addWidget(m_export);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addLayout(headerRow);
    layout->addWidget(m_counts);
    layout->addWidget(split, 1);
    layout->addLayout(exportRow);

    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &EvaluatePage::showDetails);
    connect(m_view, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        assess(index.column() >= EvaluationTableModel::IrmCompletion && index.column() <= EvaluationTableModel::IrmOpened
                   ? Source::Irm
                   : Source::Self);
    });
    connect(m_self.assess, &QPushButton::clicked, this, [this] { assess(Source::Self); });
    connect(m_irm.assess, &QPushButton::clicked, this, [this] { assess(Source::Irm); });
    connect(m_export, &QPushButton::clicked, this, &EvaluatePage::exportReport);
    connect(m_nextStage, &QPushButton::clicked, this, [this] { StageGateDialog::moveCurrentPlan(m_document, this); });
    connect(document, &ForumDocument::currentPlanChanged, this, &EvaluatePage::refreshWhenShown);
    connect(document, &ForumDocument::changed, this, [this](const ChangeSet &changes) {
        if (changes.touches({RecordKind::Assessment, RecordKind::Commitment, RecordKind::ActionPlan}))
            refreshWhenShown();
    });
    refresh();
}

EvaluatePage::SourceBox EvaluatePage::makeSourceBox(Source source)
{
    SourceBox s;
    const bool irm = source == Source::Irm;
    s.box = new QGroupBox(irm ? tr("IRM assessment") : tr("Self-assessment"), this);
    s.box->setObjectName(irm ? QStringLiteral("irmAssessment") : QStringLiteral("selfAssessment"));
    s.scales = new QWidget(s.box);
    auto *form = new QFormLayout(s.scales);
    form->setContentsMargins(0, 0, 0, 0);
    form->setVerticalSpacing(2);
    const QStringList names{tr("Verifiability:"), tr("Relevant to:"), tr("Potential for results:"),
                            tr("Potential impact:"), tr("Completion:"), tr("Did it open government?"),
                            tr("Assessed on:"), tr("Notes:")};
    for (const QString &name : names) {
        auto *value = new QLabel(s.scales);
        value->setTextFormat(Qt::PlainText);
        value->setWordWrap(true);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        // Wrapped labels otherwise take a narrow guess of their width and cut the second line off.
        value->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
        value->setMinimumWidth(200);
        s.values << value;
        form->addRow(name, value);
    }
    s.none = new QLabel(s.box);
    s.none->setWordWrap(true);
    s.none->setTextFormat(Qt::PlainText);
    s.assess = new QPushButton(s.box);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(s.assess);
    auto *layout = new QVBoxLayout(s.box);
    layout->addWidget(s.scales);
    layout->addWidget(s.none);
    layout->addStretch(1);
    layout->addLayout(buttons);
    return s;
}

QPushButton *EvaluatePage::assessButton(Source source) const
{
    return source == Source::Irm ? m_irm.assess : m_self.assess;
}

qint64 EvaluatePage::selectedCommitmentId() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : rows.first().data(EvaluationTableModel::IdRole).toLongLong();
}

void EvaluatePage::selectCommitment(qint64 id)
{
    const int row = m_model->rowOf(id);
    if (row >= 0)
        m_view->selectRow(row);
    else
        m_view->clearSelection();
}

void EvaluatePage::refreshWhenShown()
{
    if (!m_reload->request())
        refreshHeader(); // the header and the next-stage button, a single row, follow at once
}

void EvaluatePage::refresh()
{
    const qint64 selected = selectedCommitmentId();
    refreshHeader();
    try {
        m_model->setPlan(m_document->currentPlanId());
    } catch (const StorageError &error) {
        m_counts->setText(error.message());
    }
    if (selected > 0 && m_model->rowOf(selected) >= 0)
        selectCommitment(selected);
    else if (m_model->rowCount() > 0)
        m_view->selectRow(0);
    showDetails();

    const QList<CommitmentEvaluation> &rows = m_model->commitments();
    if (m_document->currentPlanId() <= 0)
        return;
    const PlanEvaluation figures = AssessmentRating::figures(rows);
    QStringList lines;
    lines << tr("%n commitment(s)", nullptr, figures.commitments) + QStringLiteral(" · ")
                 + tr("%1 self-assessed, %2 assessed by the IRM").arg(figures.self.assessed).arg(figures.irm.assessed)
                 + QStringLiteral(" · ")
                 + (figures.irm.assessed > 0
                        ? tr("%n starred on the IRM's assessment", nullptr, figures.irm.starred)
                        : tr("%n starred on the self-assessment", nullptr, figures.self.starred));
    const QString selfCompletion = byScale(figures.self.byCompletion, Vocabulary::List::Completion);
    const QString irmCompletion = byScale(figures.irm.byCompletion, Vocabulary::List::Completion);
    if (!selfCompletion.isEmpty())
        lines << tr("Completion, self-assessed: %1").arg(selfCompletion);
    if (!irmCompletion.isEmpty())
        lines << tr("Completion, by the IRM: %1").arg(irmCompletion);
    m_counts->setText(lines.join(QLatin1Char('\n')));
}

void EvaluatePage::refreshHeader()
{
    const qint64 planId = m_document->currentPlanId();
    const auto plan = planId > 0 ? Table<ActionPlan>(m_document->file()).find(planId) : std::nullopt;
    m_nextStage->setEnabled(plan.has_value() && !m_document->isReadOnly() && plan->stage != key::PlanStage::Closed);
    m_export->setEnabled(plan.has_value());
    if (!plan) {
        m_header->setText(tr("No action plan yet: create one on the Co-create page."));
        m_counts->clear();
        return;
    }
    m_header->setText(planHeading(*plan));
}

void EvaluatePage::showDetails()
{
    const int row = m_model->rowOf(selectedCommitmentId());
    const bool chosen = row >= 0;
    const CommitmentEvaluation c = m_model->commitment(row);
    const bool writable = !m_document->isReadOnly();
    m_starred->setText(chosen ? tr("%1 — %2").arg(EvaluationTableModel::starredText(c), EvaluationTableModel::starredReason(c))
                              : tr("Choose a commitment to see and record its assessments."));
    for (SourceBox *s : {&m_self, &m_irm}) {
        const bool irm = s == &m_irm;
        const std::optional<Assessment> &a = irm ? c.irm : c.self;
        s->assess->setEnabled(chosen && writable);
        s->assess->setText(a ? (irm ? tr("Edit IRM Assessment…") : tr("Edit Self-Assessment…"))
                             : (irm ? tr("Record IRM Assessment…") : tr("Self-&Assess…")));
        s->scales->setVisible(a.has_value());
        s->none->setVisible(!a);
        if (!a) {
            for (QLabel *value : std::as_const(s->values))
                value->clear();
            s->none->setText(!chosen ? QString()
                                 : irm ? tr("The IRM's assessment is not recorded yet. Record it when the IRM's report "
                                            "on the plan is out, as the report gives it.")
                                       : tr("The forum has not assessed this commitment yet. Its self-assessment feeds "
                                            "the end-of-term report, and must be done before the plan moves on to "
                                            "learning."));
            continue;
        }
        const QStringList texts{
            a->verifiable ? tr("Verifiable") : tr("Not verifiable"),
            relevanceText(*a),
            EvaluationTableModel::scaleText(a, &Assessment::potentialResults, Vocabulary::List::PotentialResults),
            EvaluationTableModel::scaleText(a, &Assessment::potentialImpact, Vocabulary::List::PotentialImpact),
            EvaluationTableModel::scaleText(a, &Assessment::completion, Vocabulary::List::Completion),
            EvaluationTableModel::scaleText(a, &Assessment::openedGovernment, Vocabulary::List::OpenedGovernment),
            a->assessedOn.isValid() ? dayText(a->assessedOn) : QStringLiteral("—"),
            a->notes.isEmpty() ? QStringLiteral("—") : edit::brief(a->notes, 160),
        };
        for (int i = 0; i < texts.size(); ++i)
            s->values[i]->setText(texts.at(i));
        s->values.last()->setToolTip(a->notes);
    }
}

QStringList EvaluatePage::shownScales(Source source) const
{
    const SourceBox &s = source == Source::Irm ? m_irm : m_self;
    QStringList lines;
    if (s.scales->isHidden())
        return lines;
    for (const QLabel *value : s.values)
        lines << value->text();
    return lines;
}

void EvaluatePage::assess(Source source)
{
    const qint64 commitmentId = selectedCommitmentId();
    if (commitmentId <= 0 || m_document->isReadOnly())
        return;
    try {
        ForumFile &file = m_document->file();
        const CommitmentEvaluation row = m_model->commitment(m_model->rowOf(commitmentId));
        const bool irm = source == Source::Irm;
        const std::optional<Assessment> before = irm ? row.irm : row.self;
        Assessment start;
        if (before) {
            start = *before;
        } else {
            // A first assessment starts from what the plan says: the values the commitment claims
            // and, for the forum's own, the completion level of the Implement stage.
            const Commitment commitment = Table<Commitment>(file).get(commitmentId);
            start.commitmentId = commitmentId;
            start.source = irm ? key::AssessmentSource::Irm : key::AssessmentSource::Self;
            start.assessedOn = m_document->today();
            start.relevanceAccessInformation = commitment.valueAccessInformation;
            start.relevanceCivicParticipation = commitment.valueCivicParticipation;
            start.relevancePublicAccountability = commitment.valuePublicAccountability;
            start.relevanceTechnologyInnovation = commitment.valueTechnologyInnovation;
            if (!irm)
                start.completion = ProgressTracking::forCommitment(file, commitmentId, m_document->today()).level;
        }
        const QString title = row.number.isEmpty() ? row.title : tr("%1. %2").arg(row.number, row.title);
        AssessmentDialog dialog(file, start, title, this);
        if (dialog.exec() != QDialog::Accepted)
            return;
        edit::assess(m_document, before, dialog.assessment(), row.title);
        selectCommitment(commitmentId);
    } catch (const StorageError &error) {
        m_document->reportFailure(error.message());
    }
}

void EvaluatePage::exportReport()
{
    const auto plan = Table<ActionPlan>(m_document->file()).find(m_document->currentPlanId());
    if (!plan)
        return;
    ForumFile *file = &m_document->file();
    const qint64 planId = plan->id;
    m_exporter->chooseAndWriteDocument(tr("Export Self-Assessment Report"), tr("Self-assessment report - %1").arg(plan->title),
                                       [file, planId] { return SelfAssessmentReport::build(*file, planId); });
}

} // namespace forumdesk
