// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/cocreation/CoCreatePage.h"

#include "core/forum/Vocabulary.h"
#include "core/forum/VocabularyKeys.h"
#include "core/i18n/DateText.h"
#include "core/learning/LessonsCarried.h"
#include "core/plans/PlanCalendar.h"
#include "core/plans/PlanDraftDocument.h"
#include "core/storage/StorageError.h"
#include "core/storage/Table.h"
#include "ui/cocreation/CommitmentsPanel.h"
#include "ui/cocreation/ContributionsPanel.h"
#include "ui/commands/Commands.h"
#include "ui/document/DocumentExport.h"
#include "ui/document/ForumDocument.h"
#include "ui/plans/PlanDialog.h"
#include "ui/plans/StageGateDialog.h"
#include "ui/widgets/PageParts.h"
#include "ui/widgets/ReloadWhenShown.h"
#include "ui/widgets/Colours.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace forumdesk {

CoCreatePage::CoCreatePage(ForumDocument *document, QWidget *parent)
    : QWidget(parent), m_document(document), m_header(new QLabel(this)), m_warnings(new QLabel(this)),
      m_newPlan(new QPushButton(tr("New &Plan…"), this)), m_editPlan(new QPushButton(tr("Edit P&lan…"), this)),
      m_nextStage(new QPushButton(tr("Move to Ne&xt Stage…"), this)),
      m_exportDraft(new QPushButton(tr("Export Plan &Draft…"), this)),
      m_exportResponses(new QPushButton(tr("Export &Response Report…"), this)), m_tabs(new QTabWidget(this)),
      m_contributions(new ContributionsPanel(document, this)), m_lessons(new QTableWidget(this)),
      m_commitments(new CommitmentsPanel(document, this)),
      m_export(new DocumentExport(document, this))
{
    m_reload = new ReloadWhenShown(this, [this] { refreshLessons(); });
    auto *title = pageTitle(tr("Co-create the action plan"), this);
    m_header->setObjectName(QStringLiteral("planHeader"));
    m_header->setWordWrap(true);
    m_header->setTextFormat(Qt::PlainText);
    m_warnings->setObjectName(QStringLiteral("planWarnings"));
    m_warnings->setWordWrap(true);
    m_warnings->setTextFormat(Qt::PlainText);
    m_warnings->setStyleSheet(colours::noticeStyle(m_warnings->objectName()) + QStringLiteral("#%1 { padding: 4px 8px; }").arg(m_warnings->objectName()));
    m_exportDraft->setToolTip(tr("The action plan draft on OGP's template, in the forum's language"));
    m_exportResponses->setToolTip(tr("Every contribution with what became of it and why, in the forum's language"));
    m_nextStage->setToolTip(tr("Check what the plan needs before it moves on, and move it"));
    m_lessons->setObjectName(QStringLiteral("carriedLessons"));
    m_lessons->setAccessibleName(tr("Lessons from earlier plans"));
    setUpTable(m_lessons, {tr("From plan"), tr("Kind"), tr("Lesson"), tr("Recommendation")});
    m_lessons->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Interactive);
    m_lessons->horizontalHeader()->resizeSection(0, 220);
    m_lessons->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_lessons->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_lessons->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    // A handful of lessons, each read whole over as many lines as it takes.
    m_lessons->setWordWrap(true);
    m_lessons->setTextElideMode(Qt::ElideNone);
    m_lessons->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    auto *lessonsTab = new QWidget(this);
    auto *lessonsLayout = new QVBoxLayout(lessonsTab);
    auto *lessonsIntro = new QLabel(tr("What the forum learned in earlier plans and carried into this one, for the "
                                       "co-creation to take into account. Lessons are carried on the Learn page."),
                                    lessonsTab);
    lessonsIntro->setWordWrap(true);
    lessonsLayout->addWidget(lessonsIntro);
    lessonsLayout->addWidget(m_lessons, 1);

    auto *planButtons = new QHBoxLayout;
    planButtons->addWidget(m_header, 1);
    planButtons->addWidget(m_nextStage, 0, Qt::AlignTop);
    planButtons->addWidget(m_editPlan, 0, Qt::AlignTop);
    planButtons->addWidget(m_newPlan, 0, Qt::AlignTop);
    auto *exportButtons = new QHBoxLayout;
    exportButtons->addStretch(1);
    exportButtons->addWidget(m_exportResponses);
    exportButtons->addWidget(m_exportDraft);

    m_tabs->addTab(m_contributions, tr("Contributions"));
    m_tabs->addTab(lessonsTab, tr("Lessons from Earlier Plans"));
    m_tabs->addTab(m_commitments, tr("Commitments"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addLayout(planButtons);
    layout->addWidget(m_warnings);
    layout->addWidget(m_tabs, 1);
    layout->addLayout(exportButtons);

    connect(m_newPlan, &QPushButton::clicked, this, &CoCreatePage::newPlan);
    connect(m_editPlan, &QPushButton::clicked, this, &CoCreatePage::editPlan);
    connect(m_nextStage, &QPushButton::clicked, this, [this] { StageGateDialog::moveCurrentPlan(m_document, this); });
    connect(m_exportDraft, &QPushButton::clicked, this, &CoCreatePage::exportPlanDraft);
    connect(m_exportResponses, &QPushButton::clicked, this, &CoCreatePage::exportResponses);
    // The header and its buttons (a single row) follow at once; the lessons wait for the page to show.
    connect(document, &ForumDocument::currentPlanChanged, this, [this] {
        refreshHeader();
        refreshLessonsWhenShown();
    });
    connect(document, &ForumDocument::changed, this, [this](const ChangeSet &changes) {
        if (changes.touches(RecordKind::ActionPlan))
            refreshHeader();
        if (changes.touches({RecordKind::ActionPlan, RecordKind::Lesson}))
            refreshLessonsWhenShown();
    });
    refreshHeader();
    refreshLessons();
}

void CoCreatePage::refreshLessonsWhenShown()
{
    m_reload->request();
}

void CoCreatePage::refreshHeader()
{
    const qint64 planId = m_document->currentPlanId();
    const auto plan = planId > 0 ? Table<ActionPlan>(m_document->file()).find(planId) : std::nullopt;
    const bool writable = !m_document->isReadOnly();
    m_newPlan->setEnabled(writable);
    m_editPlan->setEnabled(writable && plan.has_value());
    m_nextStage->setEnabled(writable && plan.has_value() && plan->stage != key::PlanStage::Closed);
    m_exportDraft->setEnabled(plan.has_value());
    m_exportResponses->setEnabled(plan.has_value());
    if (!plan) {
        m_header->setText(tr("No action plan yet. Create one to log contributions and draft commitments."));
        m_warnings->hide();
        return;
    }
    const QLocale locale;
    QStringList lines;
    lines << tr("%1 — %2").arg(plan->title, Vocabulary::label(Vocabulary::List::PlanStage, plan->stage));
    QString dates = tr("Period: %1 to %2 (%n month(s))", nullptr, PlanCalendar::monthsCovered(plan->periodStart, plan->periodEnd))
                        .arg(dayText(plan->periodStart, locale), dayText(plan->periodEnd, locale));
    if (plan->dueOn.isValid())
        dates += QStringLiteral(" · ") + tr("due %1").arg(dayText(plan->dueOn, locale));
    dates += QStringLiteral(" · ") + (plan->submittedOn.isValid() ? tr("submitted %1").arg(dayText(plan->submittedOn, locale))
                                                                 : tr("not submitted yet"));
    lines << dates;
    m_header->setText(lines.join(QLatin1Char('\n')));
    const QStringList warnings = PlanCalendar::warnings(*plan, m_document->today());
    m_warnings->setText(warnings.join(QLatin1Char('\n')));
    m_warnings->setVisible(!warnings.isEmpty());
}

void CoCreatePage::refreshLessons()
{
    const qint64 planId = m_document->currentPlanId();
    QList<LessonInPlans> lessons;
    try {
        if (planId > 0)
            lessons = LessonsCarried::carriedInto(m_document->file(), planId);
    } catch (const StorageError &error) {
        m_document->reportFailure(error.message());
    }
    m_lessons->setRowCount(0);
    for (const LessonInPlans &l : std::as_const(lessons)) {
        const int row = m_lessons->rowCount();
        m_lessons->insertRow(row);
        m_lessons->setItem(row, 0, readOnlyItem(l.planTitle, l.planTitle));
        m_lessons->setItem(row, 1, readOnlyItem(Vocabulary::label(Vocabulary::List::LessonKind, l.lesson.kind)));
        m_lessons->setItem(row, 2, readOnlyItem(l.lesson.text, l.lesson.text));
        m_lessons->setItem(row, 3, readOnlyItem(l.lesson.recommendation, l.lesson.recommendation));
        m_lessons->item(row, 0)->setData(Qt::UserRole + 1, l.lesson.id);
    }
    m_tabs->setTabText(LessonsTab, lessons.isEmpty() ? tr("Lessons from Earlier Plans")
                                                     : tr("Lessons from Earlier Plans (%1)").arg(lessons.size()));
}

void CoCreatePage::newPlan()
{
    if (m_document->isReadOnly())
        return;
    ActionPlan plan;
    // The next plan usually starts on 1 September and runs two years, to 31 August.
    const QDate today = m_document->today();
    plan.periodStart = QDate(today.month() >= 9 ? today.year() + 1 : today.year(), 9, 1);
    plan.periodEnd = plan.periodStart.addYears(2).addDays(-1);
    plan.dueOn = PlanCalendar::defaultDueDate(plan.periodStart);
    PlanDialog dialog(m_document->file(), plan, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (const qint64 id = edit::addPlan(m_document, dialog.plan()); id > 0)
        m_document->setCurrentPlanId(id);
}

void CoCreatePage::editPlan()
{
    const auto before = Table<ActionPlan>(m_document->file()).find(m_document->currentPlanId());
    if (!before || m_document->isReadOnly())
        return;
    PlanDialog dialog(m_document->file(), *before, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    edit::editPlan(m_document, *before, dialog.plan());
}

void CoCreatePage::exportPlanDraft()
{
    const auto plan = Table<ActionPlan>(m_document->file()).find(m_document->currentPlanId());
    if (!plan)
        return;
    ForumFile *file = &m_document->file();
    const qint64 planId = plan->id;
    m_export->chooseAndWriteDocument(tr("Export Plan Draft"), tr("Plan draft - %1").arg(plan->title),
                                     [file, planId] { return PlanDraftDocument::build(*file, planId); });
}

void CoCreatePage::exportResponses()
{
    const auto plan = Table<ActionPlan>(m_document->file()).find(m_document->currentPlanId());
    if (!plan)
        return;
    ForumFile *file = &m_document->file();
    const qint64 planId = plan->id;
    m_export->chooseAndWriteDocument(tr("Export Response Report"), tr("Reasoned responses - %1").arg(plan->title),
                                     [file, planId] { return ResponseReport::build(*file, planId); });
}

} // namespace forumdesk
