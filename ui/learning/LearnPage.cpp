// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/learning/LearnPage.h"

#include "ui/document/ForumDocument.h"
#include "ui/commands/Commands.h"
#include "ui/learning/LessonDialog.h"
#include "ui/plans/StageGateDialog.h"
#include "core/forum/Vocabulary.h"
#include "core/forum/VocabularyKeys.h"
#include "core/learning/LessonsCarried.h"
#include "core/learning/PracticeLibrary.h"
#include "core/plans/ActionPlan.h"
#include "core/storage/Database.h"
#include "core/storage/StorageError.h"
#include "core/storage/Table.h"
#include "ui/widgets/PageParts.h"
#include "ui/widgets/ReloadWhenShown.h"
#include "ui/widgets/Colours.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace forumdesk {

namespace {

constexpr int IdRole = Qt::UserRole + 1;
constexpr int KeyRole = Qt::UserRole + 2;

qint64 selectedId(const QTableWidget *table)
{
    const QList<QTableWidgetItem *> items = table->selectedItems();
    return items.isEmpty() ? 0 : table->item(items.first()->row(), 0)->data(IdRole).toLongLong();
}

// A lesson's text, wrapped in its cell and whole in its tooltip.
QTableWidgetItem *textItem(const QString &text)
{
    return readOnlyItem(text, text);
}

} // namespace

LearnPage::LearnPage(ForumDocument *document, QWidget *parent)
    : QWidget(parent), m_document(document), m_header(new QLabel(this)),
      m_nextStage(new QPushButton(tr("Move to &Next Stage…"), this)), m_tabs(new QTabWidget(this)),
      m_lessons(new QTableWidget(this)), m_lessonCount(new QLabel(this)),
      m_add(new QPushButton(tr("&Add Lesson…"), this)), m_edit(new QPushButton(tr("&Edit…"), this)),
      m_remove(new QPushButton(tr("&Remove"), this)), m_carry(new QPushButton(tr("&Carry into Plan…"), this)),
      m_carriedIn(new QTableWidget(this)), m_carriedCount(new QLabel(this)), m_practices(new QTreeWidget(this)),
      m_practiceTitle(new QLabel(this)), m_summary(new QLabel(this)), m_citing(new QListWidget(this))
{
    m_reload = new ReloadWhenShown(this, [this] { refresh(); });
    auto *title = pageTitle(tr("Learn for the next plan"), this);
    m_header->setObjectName(QStringLiteral("planHeader"));
    m_header->setWordWrap(true);
    m_header->setTextFormat(Qt::PlainText);
    m_nextStage->setToolTip(tr("Check what the plan needs before it moves on, and move it"));

    m_tabs->addTab(makeLessonsTab(), tr("Lessons"));
    m_tabs->addTab(makePracticesTab(), tr("Reference Practices"));

    auto *headerRow = new QHBoxLayout;
    headerRow->addWidget(m_header, 1);
    headerRow->addWidget(m_nextStage, 0, Qt::AlignTop);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addLayout(headerRow);
    layout->addWidget(m_tabs, 1);

    connect(m_lessons, &QTableWidget::itemSelectionChanged, this, &LearnPage::updateButtons);
    connect(m_lessons, &QTableWidget::itemDoubleClicked, this, &LearnPage::editLesson);
    connect(m_add, &QPushButton::clicked, this, &LearnPage::addLesson);
    connect(m_edit, &QPushButton::clicked, this, &LearnPage::editLesson);
    connect(m_remove, &QPushButton::clicked, this, &LearnPage::removeLesson);
    connect(m_carry, &QPushButton::clicked, this, &LearnPage::carryLesson);
    connect(m_nextStage, &QPushButton::clicked, this, [this] { StageGateDialog::moveCurrentPlan(m_document, this); });
    connect(m_practices, &QTreeWidget::currentItemChanged, this, &LearnPage::showPractice);
    connect(document, &ForumDocument::currentPlanChanged, this, &LearnPage::refreshWhenShown);
    connect(document, &ForumDocument::changed, this, [this](const ChangeSet &changes) {
        if (changes.touches({RecordKind::Lesson, RecordKind::ActionPlan}))
            refreshWhenShown();
        else if (changes.touches({RecordKind::Commitment, RecordKind::PracticeCitation})) {
            if (m_reload->onShow())
                refreshPractices();
            else
                m_reload->defer();
        }
    });
    refresh();
}

QWidget *LearnPage::makeLessonsTab()
{
    m_lessons->setObjectName(QStringLiteral("lessons"));
    m_lessons->setAccessibleName(tr("Lessons"));
    setUpTable(m_lessons, {tr("Kind"), tr("Lesson"), tr("Recommendation"), tr("Carried into")});
    QHeaderView *header = m_lessons->horizontalHeader();
    header->setSectionResizeMode(KindColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(TextColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(RecommendationColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(CarriedColumn, QHeaderView::Interactive);
    header->resizeSection(CarriedColumn, 220);
    m_lessonCount->setWordWrap(true);
    m_carry->setToolTip(tr("Carry the lesson into a later plan, where it joins the co-creation inputs"));

    m_carriedIn->setObjectName(QStringLiteral("carriedIn"));
    m_carriedIn->setAccessibleName(tr("Lessons carried into this plan"));
    setUpTable(m_carriedIn, {tr("From plan"), tr("Kind"), tr("Lesson"), tr("Recommendation")});
    header = m_carriedIn->horizontalHeader();
    header->setSectionResizeMode(FromPlanColumn, QHeaderView::Interactive);
    header->resizeSection(FromPlanColumn, 220);
    header->setSectionResizeMode(CarriedKindColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(CarriedTextColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(CarriedRecommendationColumn, QHeaderView::Stretch);
    m_carriedCount->setWordWrap(true);
    // A plan has a handful of lessons: each is read whole, over as many lines as it takes.
    for (QTableWidget *table : {m_lessons, m_carriedIn}) {
        table->setWordWrap(true);
        table->setTextElideMode(Qt::ElideNone);
        table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    }

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_lessonCount, 1);
    buttons->addWidget(m_carry);
    buttons->addWidget(m_remove);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_add);
    auto *learned = new QWidget(this);
    auto *learnedLayout = new QVBoxLayout(learned);
    learnedLayout->setContentsMargins(0, 0, 0, 0);
    learnedLayout->addWidget(new QLabel(tr("Lessons learned in this plan"), learned));
    learnedLayout->addWidget(m_lessons, 1);
    learnedLayout->addLayout(buttons);

    auto *carried = new QWidget(this);
    auto *carriedLayout = new QVBoxLayout(carried);
    carriedLayout->setContentsMargins(0, 0, 0, 0);
    carriedLayout->addWidget(new QLabel(tr("Lessons carried into this plan from earlier plans"), carried));
    carriedLayout->addWidget(m_carriedIn, 1);
    carriedLayout->addWidget(m_carriedCount);

    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(learned);
    split->addWidget(carried);
    split->setChildrenCollapsible(false);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    auto *tab = new QWidget(this);
    auto *layout = new QVBoxLayout(tab);
    layout->addWidget(split);
    return tab;
}

QWidget *LearnPage::makePracticesTab()
{
    m_practices->setObjectName(QStringLiteral("practices"));
    m_practices->setAccessibleName(tr("Reference practices"));
    m_practices->setColumnCount(3);
    m_practices->setHeaderLabels({tr("Practice"), tr("Country"), tr("Cited by")});
    m_practices->setRootIsDecorated(true);
    m_practices->setUniformRowHeights(true);
    m_practices->header()->setStretchLastSection(false);
    m_practices->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_practices->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_practices->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);

    QFont big = m_practiceTitle->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.15);
    m_practiceTitle->setFont(big);
    m_practiceTitle->setWordWrap(true);
    m_practiceTitle->setTextFormat(Qt::PlainText);
    m_summary->setObjectName(QStringLiteral("practiceSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_citing->setObjectName(QStringLiteral("citingCommitments"));
    m_citing->setAccessibleName(tr("Commitments inspired by it"));
    m_citing->setWordWrap(true);

    auto *details = new QWidget(this);
    auto *detailsLayout = new QVBoxLayout(details);
    detailsLayout->setContentsMargins(0, 0, 0, 0);
    detailsLayout->addWidget(m_practiceTitle);
    detailsLayout->addWidget(m_summary);
    detailsLayout->addWidget(new QLabel(tr("Commitments inspired by it (cite it on the Co-create page):"), details));
    detailsLayout->addWidget(m_citing, 1);

    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_practices);
    split->addWidget(details);
    split->setChildrenCollapsible(false);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setSizes({560, 420});
    auto *tab = new QWidget(this);
    auto *layout = new QVBoxLayout(tab);
    auto *intro = new QLabel(tr("Practices from other OGP members along the five frontiers for expanding open government, "
                                "for the forum to learn from."),
                             tab);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addWidget(split, 1);
    return tab;
}

void LearnPage::refreshWhenShown()
{
    if (!m_reload->request())
        refreshHeader(); // the header and the next-stage button, a single row, follow at once
}

void LearnPage::refresh()
{
    refreshHeader();
    refreshLessons();
    refreshPractices();
}

void LearnPage::refreshHeader()
{
    const qint64 planId = m_document->currentPlanId();
    const auto plan = planId > 0 ? Table<ActionPlan>(m_document->file()).find(planId) : std::nullopt;
    m_nextStage->setEnabled(plan.has_value() && !m_document->isReadOnly() && plan->stage != key::PlanStage::Closed);
    if (!plan) {
        m_header->setText(tr("No action plan yet: create one on the Co-create page."));
        return;
    }
    m_header->setText(planHeading(*plan));
}

void LearnPage::refreshLessons()
{
    const qint64 selected = selectedLessonId();
    const qint64 planId = m_document->currentPlanId();
    QList<LessonInPlans> lessons;
    QList<LessonInPlans> carriedIn;
    try {
        if (planId > 0) {
            lessons = LessonsCarried::ofPlan(m_document->file(), planId);
            carriedIn = LessonsCarried::carriedInto(m_document->file(), planId);
        }
    } catch (const StorageError &error) {
        m_lessonCount->setText(error.message());
    }
    {
        const QSignalBlocker blocker(m_lessons);
        m_lessons->setRowCount(0);
        for (const LessonInPlans &l : std::as_const(lessons)) {
            const int row = m_lessons->rowCount();
            m_lessons->insertRow(row);
            auto *kind = readOnlyItem(Vocabulary::label(Vocabulary::List::LessonKind, l.lesson.kind));
            kind->setData(IdRole, l.lesson.id);
            m_lessons->setItem(row, KindColumn, kind);
            m_lessons->setItem(row, TextColumn, textItem(l.lesson.text));
            m_lessons->setItem(row, RecommendationColumn, textItem(l.lesson.recommendation));
            m_lessons->setItem(row, CarriedColumn, l.carriedIntoTitle.isEmpty()
                                                       ? readOnlyItem(tr("Not carried yet"))
                                                       : readOnlyItem(l.carriedIntoTitle, l.carriedIntoTitle));
            if (l.carriedIntoTitle.isEmpty())
                m_lessons->item(row, CarriedColumn)->setForeground(colours::text(colours::Tone::Muted));
        }
    }
    const auto carriedCount = std::count_if(lessons.cbegin(), lessons.cend(),
                                            [](const LessonInPlans &l) { return !l.carriedIntoTitle.isEmpty(); });
    m_lessonCount->setText(planId <= 0 ? QString()
                                       : tr("%n lesson(s)", nullptr, int(lessons.size())) + QStringLiteral(" · ")
                                             + tr("%n carried into a later plan", nullptr, int(carriedCount)));

    m_carriedIn->setRowCount(0);
    for (const LessonInPlans &l : std::as_const(carriedIn)) {
        const int row = m_carriedIn->rowCount();
        m_carriedIn->insertRow(row);
        auto *from = readOnlyItem(l.planTitle, l.planTitle);
        from->setData(IdRole, l.lesson.id);
        m_carriedIn->setItem(row, FromPlanColumn, from);
        m_carriedIn->setItem(row, CarriedKindColumn, readOnlyItem(Vocabulary::label(Vocabulary::List::LessonKind, l.lesson.kind)));
        m_carriedIn->setItem(row, CarriedTextColumn, textItem(l.lesson.text));
        m_carriedIn->setItem(row, CarriedRecommendationColumn, textItem(l.lesson.recommendation));
    }
    m_carriedCount->setText(carriedIn.isEmpty()
                                ? tr("No lesson of an earlier plan is carried into this one.")
                                : tr("These %n lesson(s) are among this plan's co-creation inputs, on the Co-create page.",
                                     nullptr, int(carriedIn.size())));
    selectLesson(selected);
    updateButtons();
}

void LearnPage::refreshPractices()
{
    const QString chosen = m_practices->currentItem() ? m_practices->currentItem()->data(0, KeyRole).toString() : QString();
    const QSignalBlocker blocker(m_practices);
    m_practices->clear();
    ForumFile &file = m_document->file();
    for (const QString &frontier : PracticeLibrary::frontiers()) {
        auto *group = new QTreeWidgetItem(m_practices, {PracticeLibrary::frontierLabel(frontier)});
        QFont bold = group->font(0);
        bold.setBold(true);
        group->setFont(0, bold);
        group->setFirstColumnSpanned(true);
        group->setFlags(Qt::ItemIsEnabled);
        for (const Practice *practice : PracticeLibrary::inFrontier(frontier)) {
            const QString key = QString::fromLatin1(practice->key);
            int cited = 0;
            try {
                cited = int(PracticeLibrary::citingCommitments(file, key).size());
            } catch (const StorageError &) {
                cited = 0; // a file that cannot hold citations cites nothing
            }
            auto *item = new QTreeWidgetItem(group, {PracticeLibrary::title(*practice), PracticeLibrary::country(*practice),
                                                     cited > 0 ? tr("%n commitment(s)", nullptr, cited) : QString()});
            item->setData(0, KeyRole, key);
            item->setToolTip(0, PracticeLibrary::summary(*practice));
        }
    }
    m_practices->expandAll();
    if (!chosen.isEmpty())
        selectPractice(chosen);
    else if (m_practices->topLevelItemCount() > 0 && m_practices->topLevelItem(0)->childCount() > 0)
        m_practices->setCurrentItem(m_practices->topLevelItem(0)->child(0));
    showPractice();
}

void LearnPage::selectPractice(const QString &key)
{
    for (int i = 0; i < m_practices->topLevelItemCount(); ++i) {
        QTreeWidgetItem *group = m_practices->topLevelItem(i);
        for (int j = 0; j < group->childCount(); ++j) {
            if (group->child(j)->data(0, KeyRole).toString() == key) {
                m_practices->setCurrentItem(group->child(j));
                return;
            }
        }
    }
}

void LearnPage::showPractice()
{
    m_citing->clear();
    const QTreeWidgetItem *item = m_practices->currentItem();
    const Practice *practice = item ? PracticeLibrary::find(item->data(0, KeyRole).toString()) : nullptr;
    if (!practice) {
        m_practiceTitle->setText(tr("Choose a practice to read about it."));
        m_summary->clear();
        return;
    }
    m_practiceTitle->setText(PracticeLibrary::label(*practice));
    m_summary->setText(tr("%1\n\nFrontier: %2")
                           .arg(PracticeLibrary::summary(*practice), PracticeLibrary::frontierLabel(practice->frontier)));
    try {
        ForumFile &file = m_document->file();
        const QList<qint64> ids = PracticeLibrary::citingCommitments(file, QString::fromLatin1(practice->key));
        for (qint64 id : ids) {
            Statement st = file.database().query(QStringLiteral(
                "SELECT c.number, c.title, p.title FROM commitment c JOIN action_plan p ON p.id = c.plan_id WHERE c.id = ?"));
            st.bind(1, id);
            if (!st.next())
                continue;
            const QString number = st.text(0);
            const QString text = number.isEmpty() ? st.text(1) : tr("%1. %2").arg(number, st.text(1));
            auto *row = new QListWidgetItem(tr("%1 — %2").arg(text, st.text(2)), m_citing);
            row->setData(IdRole, id);
            row->setToolTip(text);
        }
    } catch (const StorageError &error) {
        new QListWidgetItem(error.message(), m_citing);
        return;
    }
    if (m_citing->count() == 0)
        new QListWidgetItem(tr("No commitment of this forum cites it yet."), m_citing);
}

qint64 LearnPage::selectedLessonId() const
{
    return selectedId(m_lessons);
}

void LearnPage::selectLesson(qint64 id)
{
    for (int row = 0; row < m_lessons->rowCount(); ++row) {
        if (m_lessons->item(row, 0)->data(IdRole).toLongLong() == id) {
            m_lessons->selectRow(row);
            return;
        }
    }
    m_lessons->clearSelection();
}

void LearnPage::updateButtons()
{
    const bool writable = !m_document->isReadOnly();
    const bool chosen = selectedLessonId() > 0;
    m_add->setEnabled(writable && m_document->currentPlanId() > 0);
    m_edit->setEnabled(writable && chosen);
    m_remove->setEnabled(writable && chosen);
    m_carry->setEnabled(writable && chosen);
}

void LearnPage::addLesson()
{
    const qint64 planId = m_document->currentPlanId();
    if (planId <= 0 || m_document->isReadOnly())
        return;
    Lesson lesson;
    lesson.planId = planId;
    LessonDialog dialog(m_document->file(), lesson, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    edit::addLesson(m_document, dialog.lesson());
    // The new lesson is the last of its kind: choose it, so it can be carried at once.
    const QList<LessonInPlans> lessons = LessonsCarried::ofPlan(m_document->file(), planId);
    qint64 newest = 0;
    for (const LessonInPlans &l : lessons)
        newest = std::max(newest, l.lesson.id);
    selectLesson(newest);
}

void LearnPage::editLesson()
{
    const qint64 id = selectedLessonId();
    if (id <= 0 || m_document->isReadOnly())
        return;
    try {
        const Lesson before = Table<Lesson>(m_document->file()).get(id);
        LessonDialog dialog(m_document->file(), before, this);
        if (dialog.exec() != QDialog::Accepted)
            return;
        edit::editLesson(m_document, before, dialog.lesson());
        selectLesson(id);
    } catch (const StorageError &error) {
        m_document->reportFailure(error.message());
    }
}

void LearnPage::removeLesson()
{
    const qint64 id = selectedLessonId();
    if (id <= 0 || m_document->isReadOnly())
        return;
    try {
        edit::removeLesson(m_document, Table<Lesson>(m_document->file()).get(id));
    } catch (const StorageError &error) {
        m_document->reportFailure(error.message());
    }
}

void LearnPage::carryLesson()
{
    const qint64 id = selectedLessonId();
    if (id <= 0 || m_document->isReadOnly())
        return;
    try {
        ForumFile &file = m_document->file();
        const Lesson lesson = Table<Lesson>(file).get(id);
        const QList<LaterPlan> plans = LessonsCarried::laterPlans(file, id);
        if (plans.isEmpty() && lesson.carriedIntoPlanId <= 0) {
            auto *box = new QMessageBox(QMessageBox::Information, tr("Carry into Plan"),
                                        tr("There is no later plan to carry this lesson into yet. Create the next plan on "
                                           "the Co-create page first."),
                                        QMessageBox::Ok, this);
            box->setObjectName(QStringLiteral("noLaterPlan"));
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->open();
            return;
        }
        QStringList names;
        QList<qint64> ids;
        int current = 0;
        for (const LaterPlan &plan : plans) {
            if (plan.id == lesson.carriedIntoPlanId)
                current = int(names.size());
            names << plan.title;
            ids << plan.id;
        }
        if (lesson.carriedIntoPlanId > 0) {
            names << tr("Take it back: not carried into any plan");
            ids << 0;
        }
        QInputDialog dialog(this);
        dialog.setWindowTitle(tr("Carry into Plan"));
        dialog.setLabelText(tr("The plan whose co-creation this lesson feeds:"));
        dialog.setComboBoxItems(names);
        dialog.setComboBoxEditable(false);
        dialog.setTextValue(names.value(current));
        dialog.setOkButtonText(tr("Carry"));
        if (dialog.exec() != QDialog::Accepted)
            return;
        const int chosen = int(names.indexOf(dialog.textValue()));
        if (chosen < 0)
            return;
        const qint64 into = ids.at(chosen);
        if (into == lesson.carriedIntoPlanId)
            return;
        edit::carryLesson(m_document, lesson, into, into > 0 ? names.at(chosen) : QString());
        selectLesson(id);
    } catch (const StorageError &error) {
        m_document->reportFailure(error.message());
    }
}

} // namespace forumdesk
