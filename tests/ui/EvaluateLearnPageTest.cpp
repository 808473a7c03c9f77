// SPDX-License-Identifier: GPL-3.0-or-later
// The secretariat closes a plan's cycle: it assesses the commitments on the Evaluate page beside
// the IRM, records the lessons on the Learn page and carries them into the next plan, where they
// join the co-creation inputs; commitments cite the practices that inspired them; and the plan
// moves from stage to stage through its gates.
#include "tests/ui/UiTestSupport.h"

#include "ui/document/ForumDocument.h"
#include "ui/commands/Commands.h"
#include "ui/window/ForumWorkspace.h"
#include "ui/window/MainWindow.h"
#include "ui/document/DocumentExport.h"
#include "tests/support/TestSupport.h"
#include "ui/cocreation/CommitmentsPanel.h"
#include "core/cocreation/Contribution.h"
#include "ui/evaluation/AssessmentDialog.h"
#include "ui/learning/LessonDialog.h"
#include "ui/plans/PlanDialog.h"
#include "ui/plans/StageGateDialog.h"
#include "core/evaluation/AssessmentRating.h"
#include "core/evaluation/SelfAssessmentReport.h"
#include "core/forum/NewForum.h"
#include "core/forum/Vocabulary.h"
#include "core/learning/LessonsCarried.h"
#include "core/learning/PracticeLibrary.h"
#include "ui/evaluation/EvaluationTableModel.h"
#include "ui/cocreation/CoCreatePage.h"
#include "ui/evaluation/EvaluatePage.h"
#include "ui/compliance/CompliancePage.h"
#include "ui/learning/LearnPage.h"
#include "core/plans/Commitment.h"
#include "core/sample/SampleForum.h"
#include "core/storage/Database.h"
#include "core/storage/Table.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTimer>
#include <QTreeWidget>
#include <QUndoStack>

#include <catch2/catch.hpp>

using namespace forumdesk;
using test::checkModel;

namespace {

// The small sample in English: a closed plan, assessed by the forum and the IRM, with lessons; and
// a later plan in implementation, the one chosen at first.
struct SampleForum : test::SampleDocument {
    qint64 earlier = 0; // the closed plan
    qint64 later = 0;   // the plan in implementation

    SampleForum()
    {
        const QList<ActionPlan> plans = document->plans(); // latest first
        REQUIRE(plans.size() == 2);
        later = plans.at(0).id;
        earlier = plans.at(1).id;
    }
};

QString cell(const EvaluationTableModel *model, qint64 commitmentId, int column)
{
    const int row = model->rowOf(commitmentId);
    return row < 0 ? QString() : model->index(row, column).data().toString();
}

int rowWithText(const QTableWidget *table, int column, const QString &text)
{
    for (int row = 0; row < table->rowCount(); ++row) {
        if (table->item(row, column) && table->item(row, column)->toolTip() == text)
            return row;
    }
    return -1;
}

QListWidgetItem *practiceItem(QListWidget *list, const QString &key)
{
    for (int row = 0; row < list->count(); ++row) {
        if (list->item(row)->data(Qt::UserRole).toString() == key)
            return list->item(row);
    }
    return nullptr;
}

} // namespace

TEST_CASE("The Evaluate page lists the plan's commitments with both assessments and the starred mark", "[ui][evaluate-learn]")
{
    SampleForum forum;
    forum.document->setCurrentPlanId(forum.earlier);
    EvaluatePage page(forum.document.get());
    const QList<CommitmentEvaluation> expected = AssessmentRating::forPlan(forum.file(), forum.earlier);
    REQUIRE(!expected.isEmpty());
    EvaluationTableModel *model = page.model();
    checkModel(*model);
    REQUIRE(model->rowCount() == expected.size());

    int starred = 0;
    int notStarred = 0;
    for (const CommitmentEvaluation &c : expected) {
        REQUIRE(c.self);
        REQUIRE(c.irm);
        CHECK(cell(model, c.commitmentId, EvaluationTableModel::Title) == c.title);
        CHECK(cell(model, c.commitmentId, EvaluationTableModel::SelfCompletion)
              == Vocabulary::label(Vocabulary::List::Completion, c.self->completion));
        CHECK(cell(model, c.commitmentId, EvaluationTableModel::IrmCompletion)
              == Vocabulary::label(Vocabulary::List::Completion, c.irm->completion));
        CHECK(cell(model, c.commitmentId, EvaluationTableModel::IrmOpened)
              == Vocabulary::label(Vocabulary::List::OpenedGovernment, c.irm->openedGovernment));
        // The IRM's assessment decides, and a commitment that is not starred says why.
        const QModelIndex mark = model->index(model->rowOf(c.commitmentId), EvaluationTableModel::Starred);
        if (AssessmentRating::isStarred(*c.irm)) {
            ++starred;
            CHECK(mark.data().toString() == QStringLiteral("★ Starred"));
        } else {
            ++notStarred;
            CHECK(mark.data().toString() == QStringLiteral("Not starred"));
            CHECK(mark.data(Qt::ToolTipRole).toString().contains(AssessmentRating::missingTexts(*c.irm).first()));
        }
    }
    CHECK(starred > 0);
    CHECK(notStarred > 0);
    const PlanEvaluation figures = AssessmentRating::figures(expected);
    CHECK(page.countsLabel()->text().contains(QStringLiteral("%1 starred on the IRM's assessment").arg(figures.irm.starred)));
    CHECK(page.countsLabel()->text().contains(QStringLiteral("Completion, by the IRM:")));

    // The chosen commitment's assessments in full, and the reason for its mark.
    page.selectCommitment(expected.first().commitmentId);
    CHECK(page.starredLabel()->text().contains(QStringLiteral("On the IRM's assessment")));
    CHECK(page.assessButton(EvaluatePage::Source::Irm)->isEnabled());

    // The later plan, in implementation, has no assessment yet.
    forum.document->setCurrentPlanId(forum.later);
    REQUIRE(model->rowCount() > 0);
    CHECK(model->index(0, EvaluationTableModel::Starred).data().toString() == QStringLiteral("Not assessed yet"));
    CHECK(model->index(0, EvaluationTableModel::SelfCompletion).data().toString() == QStringLiteral("—"));
    CHECK(page.countsLabel()->text().contains(QStringLiteral("0 self-assessed, 0 assessed by the IRM")));
}

TEST_CASE("An assessment edited through its dialog changes the row, and undo restores it", "[ui][evaluate-learn]")
{
    SampleForum forum;
    forum.document->setCurrentPlanId(forum.earlier);
    EvaluatePage page(forum.document.get());
    // A starred commitment: lowering its completion takes the star away.
    CommitmentEvaluation chosen;
    for (const CommitmentEvaluation &c : AssessmentRating::forPlan(forum.file(), forum.earlier)) {
        if (c.irm && AssessmentRating::isStarred(*c.irm)) {
            chosen = c;
            break;
        }
    }
    REQUIRE(chosen.commitmentId > 0);
    page.selectCommitment(chosen.commitmentId);
    REQUIRE(page.selectedCommitmentId() == chosen.commitmentId);
    const QString completionBefore = cell(page.model(), chosen.commitmentId, EvaluationTableModel::IrmCompletion);

    bool technologyAlone = true;
    QString preview;
    QTimer::singleShot(0, [&] {
        auto *dialog = qobject_cast<AssessmentDialog *>(QApplication::activeModalWidget());
        REQUIRE(dialog);
        CHECK(dialog->completionBox()->currentData().toString() == chosen.irm->completion);
        CHECK(dialog->starredLabel()->text().startsWith(QStringLiteral("Yes")));
        // Technology and innovation cannot be ticked on its own.
        for (auto value : {AssessmentDialog::AccessInformation, AssessmentDialog::CivicParticipation,
                           AssessmentDialog::PublicAccountability})
            dialog->relevanceCheck(value)->setChecked(false);
        technologyAlone = dialog->relevanceCheck(AssessmentDialog::TechnologyInnovation)->isEnabled();
        dialog->relevanceCheck(AssessmentDialog::AccessInformation)->setChecked(true);
        dialog->completionBox()->setCurrentIndex(dialog->completionBox()->findData(QStringLiteral("limited")));
        preview = dialog->starredLabel()->text();
        dialog->accept();
    });
    page.assess(EvaluatePage::Source::Irm);

    CHECK_FALSE(technologyAlone);
    CHECK(preview.startsWith(QStringLiteral("No: its completion is “Limited”")));
    REQUIRE(forum.document->undoStack()->count() == 1);
    CHECK(cell(page.model(), chosen.commitmentId, EvaluationTableModel::IrmCompletion) == QStringLiteral("Limited"));
    CHECK(cell(page.model(), chosen.commitmentId, EvaluationTableModel::Starred) == QStringLiteral("Not starred"));
    CHECK(page.selectedCommitmentId() == chosen.commitmentId);
    CHECK(page.starredLabel()->text().contains(QStringLiteral("not substantial or complete")));
    CHECK(page.shownScales(EvaluatePage::Source::Irm).contains(QStringLiteral("Limited")));
    CHECK(Table<Assessment>(forum.file()).get(chosen.irm->id).completion == QStringLiteral("limited"));

    forum.document->undoStack()->undo();
    CHECK(cell(page.model(), chosen.commitmentId, EvaluationTableModel::IrmCompletion) == completionBefore);
    CHECK(cell(page.model(), chosen.commitmentId, EvaluationTableModel::Starred) == QStringLiteral("★ Starred"));

    // A first self-assessment of the later plan starts from the completion level the Implement
    // stage gives; undo takes it out again.
    forum.document->setCurrentPlanId(forum.later);
    const qint64 fresh = page.model()->commitment(0).commitmentId;
    page.selectCommitment(fresh);
    CHECK(page.shownScales(EvaluatePage::Source::Self).isEmpty());
    CHECK(page.assessButton(EvaluatePage::Source::Self)->text() == QStringLiteral("Self-&Assess…"));
    QString startedWith;
    QTimer::singleShot(0, [&] {
        auto *dialog = qobject_cast<AssessmentDialog *>(QApplication::activeModalWidget());
        REQUIRE(dialog);
        startedWith = dialog->completionBox()->currentData().toString();
        dialog->openedBox()->setCurrentIndex(dialog->openedBox()->findData(QStringLiteral("marginal")));
        dialog->accept();
    });
    page.assess(EvaluatePage::Source::Self);
    CHECK(!startedWith.isEmpty());
    CHECK(cell(page.model(), fresh, EvaluationTableModel::SelfOpened) == QStringLiteral("Marginal"));
    CHECK(Table<Assessment>(forum.file()).count(QStringLiteral("commitment_id = ?"), {fresh}) == 1);
    forum.document->undoStack()->undo();
    CHECK(cell(page.model(), fresh, EvaluationTableModel::SelfOpened) == QStringLiteral("—"));
    CHECK(Table<Assessment>(forum.file()).count(QStringLiteral("commitment_id = ?"), {fresh}) == 0);
}

TEST_CASE("A lesson added on the Learn page and carried into the next plan shows on that plan's Co-create page", "[ui][evaluate-learn]")
{
    SampleForum forum;
    forum.document->setCurrentPlanId(forum.earlier);
    LearnPage learn(forum.document.get());
    CoCreatePage coCreate(forum.document.get());
    const int lessonsBefore = learn.lessonsTable()->rowCount();
    REQUIRE(lessonsBefore > 0);
    const QString text = QStringLiteral("Publish the meeting calendar a year ahead, so that civil society can plan to attend.");

    QTimer::singleShot(0, [&] {
        auto *dialog = qobject_cast<LessonDialog *>(QApplication::activeModalWidget());
        REQUIRE(dialog);
        dialog->accept(); // a lesson needs its text
        CHECK(!dialog->message().isEmpty());
        dialog->kindBox()->setCurrentIndex(dialog->kindBox()->findData(QStringLiteral("process")));
        dialog->textEdit()->setPlainText(text);
        dialog->recommendationEdit()->setPlainText(QStringLiteral("Agree the calendar at the first session."));
        dialog->accept();
    });
    learn.addLesson();
    REQUIRE(learn.lessonsTable()->rowCount() == lessonsBefore + 1);
    const int row = rowWithText(learn.lessonsTable(), LearnPage::TextColumn, text);
    REQUIRE(row >= 0);
    CHECK(learn.lessonsTable()->item(row, LearnPage::CarriedColumn)->text() == QStringLiteral("Not carried yet"));
    const qint64 lessonId = learn.selectedLessonId();
    REQUIRE(lessonId > 0);
    REQUIRE(learn.carryButton()->isEnabled());

    const QString laterTitle = Table<ActionPlan>(forum.file()).get(forum.later).title;
    QStringList offered;
    QTimer::singleShot(0, [&] {
        auto *dialog = qobject_cast<QInputDialog *>(QApplication::activeModalWidget());
        REQUIRE(dialog);
        offered = dialog->comboBoxItems();
        dialog->setTextValue(laterTitle);
        dialog->accept();
    });
    learn.carryLesson();
    CHECK(offered == QStringList{laterTitle}); // only a later plan
    CHECK(Table<Lesson>(forum.file()).get(lessonId).carriedIntoPlanId == forum.later);
    CHECK(learn.lessonsTable()->item(rowWithText(learn.lessonsTable(), LearnPage::TextColumn, text), LearnPage::CarriedColumn)->text()
          == laterTitle);

    // The next plan's co-creation inputs now include it; the Learn page of that plan shows where it came from.
    forum.document->setCurrentPlanId(forum.later);
    QTableWidget *inputs = coCreate.carriedLessons();
    const int carriedRow = rowWithText(inputs, 2, text);
    REQUIRE(carriedRow >= 0);
    CHECK(inputs->item(carriedRow, 0)->text() == Table<ActionPlan>(forum.file()).get(forum.earlier).title);
    CHECK(coCreate.tabs()->tabText(CoCreatePage::LessonsTab).contains(QString::number(inputs->rowCount())));
    CHECK(rowWithText(learn.carriedInTable(), LearnPage::CarriedTextColumn, text) >= 0);

    // Undo takes it back out of the next plan's inputs.
    forum.document->undoStack()->undo();
    CHECK(rowWithText(coCreate.carriedLessons(), 2, text) < 0);
    CHECK(Table<Lesson>(forum.file()).get(lessonId).carriedIntoPlanId == 0);
    forum.document->undoStack()->undo();
    CHECK_FALSE(Table<Lesson>(forum.file()).find(lessonId));
}

TEST_CASE("A practice cited from the commitment editor shows in the library, and undo takes it back", "[ui][evaluate-learn]")
{
    SampleForum forum;
    CoCreatePage coCreate(forum.document.get());
    LearnPage learn(forum.document.get());
    CommitmentsPanel *panel = coCreate.commitments();
    const qint64 commitmentId = panel->commitmentId();
    REQUIRE(commitmentId > 0);
    const QString key = QStringLiteral("decide_madrid");
    const QStringList before = PracticeLibrary::citations(forum.file(), commitmentId);
    REQUIRE_FALSE(before.contains(key));
    QListWidgetItem *item = practiceItem(panel->practices(), key);
    REQUIRE(item);
    CHECK(item->text() == PracticeLibrary::label(*PracticeLibrary::find(key)));

    item->setCheckState(Qt::Checked);
    CHECK(PracticeLibrary::citations(forum.file(), commitmentId).contains(key));
    CHECK(forum.document->undoStack()->count() == 1);
    const auto uidOf = [&] {
        for (const PracticeCitation &row : PracticeLibrary::citationRows(forum.file(), commitmentId))
            if (row.practice == key)
                return row.uid;
        return QString();
    };
    const QString uid = uidOf();
    REQUIRE_FALSE(uid.isEmpty());
    // The panel reloaded from the file still shows it ticked.
    CHECK(practiceItem(panel->practices(), key)->checkState() == Qt::Checked);
    const Commitment commitment = Table<Commitment>(forum.file()).get(commitmentId);
    const auto listed = [&] {
        learn.selectPractice(key);
        for (int row = 0; row < learn.citingList()->count(); ++row) {
            if (learn.citingList()->item(row)->text().contains(commitment.title))
                return true;
        }
        return false;
    };
    CHECK(listed());
    CHECK(learn.practiceSummary()->text().contains(PracticeLibrary::summary(*PracticeLibrary::find(key))));

    forum.document->undoStack()->undo();
    CHECK(PracticeLibrary::citations(forum.file(), commitmentId) == before);
    CHECK(practiceItem(panel->practices(), key)->checkState() == Qt::Unchecked);
    CHECK_FALSE(listed());
    forum.document->undoStack()->redo();
    CHECK(PracticeLibrary::citations(forum.file(), commitmentId).contains(key));
    CHECK(uidOf() == uid); // redo brings back the same citation, not a new record
}

TEST_CASE("The stage gate lists what is missing, moves only with a reason that the log keeps, and undo moves back", "[ui][evaluate-learn]")
{
    test::isolateSettings();
    test::TempFolder folder;
    auto file = createForum(folder.file(QStringLiteral("gate.ogpforum")), QStringLiteral("Forum"), QStringLiteral("en"));
    ActionPlan plan;
    plan.title = QStringLiteral("Fifth Action Plan");
    plan.periodStart = QDate(2025, 9, 1);
    plan.periodEnd = QDate(2027, 8, 31);
    Table<ActionPlan>(*file).create(plan);
    Commitment c;
    c.planId = plan.id;
    c.number = QStringLiteral("1");
    c.title = QStringLiteral("Open contracting");
    Table<Commitment>(*file).create(c);
    Contribution k;
    k.planId = plan.id;
    k.receivedOn = QDate(2025, 3, 1);
    k.author = QStringLiteral("Ana Pérez");
    k.text = QStringLiteral("Publish every contract.");
    Table<Contribution>(*file).create(k);
    file->setActor(QStringLiteral("Secretariat"));
    ForumDocument document(std::move(file));
    document.setCurrentPlanId(plan.id);
    CoCreatePage page(&document);

    // The plan dialog shows the stage but no longer changes it.
    PlanDialog planDialog(document.file(), Table<ActionPlan>(document.file()).get(plan.id));
    CHECK(planDialog.stageLabel()->text().startsWith(QStringLiteral("Co-creation")));
    CHECK(planDialog.findChildren<QComboBox *>().isEmpty());

    const QString reason = QStringLiteral("The ministry starts now; the answers follow at the next session.");
    QStringList missing;
    bool refused = false;
    QTimer::singleShot(0, [&] {
        auto *dialog = qobject_cast<StageGateDialog *>(QApplication::activeModalWidget());
        REQUIRE(dialog);
        for (int row = 0; row < dialog->missingList()->count(); ++row)
            missing << dialog->missingList()->item(row)->text();
        dialog->accept();
        refused = dialog->isVisible() && !dialog->message().isEmpty();
        dialog->reasonEdit()->setPlainText(reason);
        dialog->accept();
    });
    REQUIRE(page.nextStageButton()->isEnabled());
    page.nextStageButton()->click();

    CHECK(refused);
    REQUIRE(missing.size() >= 3);
    CHECK(missing.join(QLatin1Char('\n')).contains(QStringLiteral("Ana Pérez")));          // unanswered
    CHECK(missing.join(QLatin1Char('\n')).contains(QStringLiteral("lead implementing agency")));
    CHECK(missing.join(QLatin1Char('\n')).contains(QStringLiteral("“Open contracting”")));
    CHECK(Table<ActionPlan>(document.file()).get(plan.id).stage == QStringLiteral("implement"));
    CHECK(page.planHeader()->text().contains(QStringLiteral("Implementation")));
    const QVariant logged = document.file().database().scalar(
        QStringLiteral("SELECT summary FROM activity WHERE action = 'stage' ORDER BY id DESC LIMIT 1"));
    CHECK(logged.toString().contains(reason));
    CHECK(document.file().database().scalar(
              QStringLiteral("SELECT actor FROM activity WHERE action = 'stage' ORDER BY id DESC LIMIT 1")).toString()
          == QStringLiteral("Secretariat"));

    document.undoStack()->undo();
    CHECK(Table<ActionPlan>(document.file()).get(plan.id).stage == QStringLiteral("co_create"));
    CHECK(page.planHeader()->text().contains(QStringLiteral("Co-creation")));

    // Cancelling the dialog moves nothing.
    QTimer::singleShot(0, [&] {
        auto *dialog = qobject_cast<StageGateDialog *>(QApplication::activeModalWidget());
        REQUIRE(dialog);
        dialog->reject();
    });
    CHECK_FALSE(StageGateDialog::moveCurrentPlan(&document, &page));
    CHECK(Table<ActionPlan>(document.file()).get(plan.id).stage == QStringLiteral("co_create"));
    CHECK(document.undoStack()->index() == 0);

    // Redo moves it on again with its reason; a step back, then undone, goes forward past the
    // gate it was already let through.
    document.undoStack()->redo();
    REQUIRE(Table<ActionPlan>(document.file()).get(plan.id).stage == QStringLiteral("implement"));
    edit::movePlanStage(&document, Table<ActionPlan>(document.file()).get(plan.id), QStringLiteral("co_create"), QString());
    REQUIRE(Table<ActionPlan>(document.file()).get(plan.id).stage == QStringLiteral("co_create"));
    document.undoStack()->undo();
    CHECK(Table<ActionPlan>(document.file()).get(plan.id).stage == QStringLiteral("implement"));
    CHECK(document.undoStack()->index() == 1);
    CHECK(document.undoStack()->canRedo());
}

TEST_CASE("The self-assessment report is exported from the Evaluate page", "[ui][evaluate-learn]")
{
    SampleForum forum;
    forum.document->setCurrentPlanId(forum.earlier);
    EvaluatePage page(forum.document.get());
    REQUIRE(page.exportButton()->isEnabled());
    const CommitmentEvaluation first = AssessmentRating::forPlan(forum.file(), forum.earlier).first();
    ForumFile *file = &forum.file();
    const qint64 planId = forum.earlier;
    QSignalSpy exported(page.exporter(), &DocumentExport::exported);
    for (const auto &[name, format] : {std::pair{QStringLiteral("report.html"), DocumentWriter::Format::Html},
                                       std::pair{QStringLiteral("report.pdf"), DocumentWriter::Format::Pdf}}) {
        const QString path = forum.folder.file(name);
        page.exporter()->writeDocument([file, planId] { return SelfAssessmentReport::build(*file, planId); }, path, format);
        REQUIRE(test::waitUntil([&] { return exported.count() > 0 && exported.last().first().toString() == path; }));
        QFile written(path);
        REQUIRE(written.open(QIODevice::ReadOnly));
        const QByteArray bytes = written.readAll();
        if (format == DocumentWriter::Format::Html)
            CHECK(QString::fromUtf8(bytes).contains(first.title.toHtmlEscaped()));
        else
            CHECK(bytes.startsWith("%PDF"));
    }
}

TEST_CASE("The window's Plan menu moves the plan through its gates, and the navigation reaches Evaluate, Learn and Compliance", "[ui][evaluate-learn]")
{
    test::isolateSettings();
    test::TempFolder folder;
    const QString path = folder.file(QStringLiteral("sample.ogpforum"));
    {
        SampleOptions options;
        options.language = QStringLiteral("en");
        createSampleForum(path, options);
    }
    MainWindow window;
    window.show();
    REQUIRE(test::openAndWait(window, path));
    ForumWorkspace *workspace = window.workspace();
    workspace->showPage(ForumWorkspace::Page::Evaluate);
    CHECK(workspace->evaluatePage()->isVisible());
    workspace->showPage(ForumWorkspace::Page::Learn);
    CHECK(workspace->learnPage()->isVisible());
    workspace->showPage(ForumWorkspace::Page::Compliance);
    CHECK(workspace->compliancePage()->isVisible());
    CHECK(workspace->pageTitle(ForumWorkspace::Page::Compliance) == QStringLiteral("Compliance"));

    // The plan in implementation can move on or back; a closed one cannot move on.
    ForumDocument *document = window.document();
    const qint64 planId = document->currentPlanId();
    REQUIRE(Table<ActionPlan>(document->file()).get(planId).stage == QStringLiteral("implement"));
    CHECK(window.planMenu()->actions().contains(window.nextStageAction()));
    CHECK(window.nextStageAction()->isEnabled());
    CHECK(window.nextStageAction()->text() == QStringLiteral("Move to &Next Stage: Evaluation…"));
    CHECK(window.previousStageAction()->isEnabled());

    QString verdict;
    QTimer::singleShot(0, [&] {
        auto *dialog = qobject_cast<StageGateDialog *>(QApplication::activeModalWidget());
        REQUIRE(dialog);
        CHECK(dialog->missingList()->count() == 0); // a step back needs no gate
        verdict = dialog->findChild<QLabel *>(QStringLiteral("gateVerdict"))->text();
        dialog->accept();
    });
    window.previousStageAction()->trigger();
    CHECK(verdict.contains(QStringLiteral("step back")));
    CHECK(Table<ActionPlan>(document->file()).get(planId).stage == QStringLiteral("co_create"));
    CHECK(window.planSelector()->currentText().endsWith(QStringLiteral(" · Co-creation")));
    CHECK(window.undoAction()->text().contains(QStringLiteral("to Co-creation")));
    CHECK(window.undoAction()->iconText() == QStringLiteral("Undo")); // the toolbar keeps its width
    CHECK_FALSE(window.previousStageAction()->isEnabled());
    window.undoAction()->trigger();
    CHECK(Table<ActionPlan>(document->file()).get(planId).stage == QStringLiteral("implement"));

    for (const ActionPlan &plan : document->plans()) {
        if (plan.stage == QLatin1String("closed"))
            document->setCurrentPlanId(plan.id);
    }
    CHECK_FALSE(window.nextStageAction()->isEnabled());
    CHECK_FALSE(workspace->evaluatePage()->nextStageButton()->isEnabled());
}
