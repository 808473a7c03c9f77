// SPDX-License-Identifier: GPL-3.0-or-later
// The secretariat follows the implementation of a plan on the Implement page: the commitments with
// their progress, the milestones and their progress updates, and the completion level.
#include "tests/ui/UiTestSupport.h"

#include "ui/document/ForumDocument.h"
#include "tests/support/TestSupport.h"
#include "ui/implementation/ProgressDialogs.h"
#include "core/forum/ForumClock.h"
#include "core/forum/Vocabulary.h"
#include "core/implementation/ProgressTracking.h"
#include "core/implementation/ProgressUpdate.h"
#include "ui/implementation/ImplementPage.h"
#include "ui/document/DocumentExport.h"
#include "core/plans/Commitment.h"
#include "core/plans/Milestone.h"
#include "ui/settings/Preferences.h"
#include "core/storage/Table.h"

#include <QApplication>
#include <QComboBox>
#include <QFileInfo>
#include <QPrinter>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QDateEdit>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTimer>
#include <QUndoStack>

#include <catch2/catch.hpp>

using namespace forumdesk;

namespace {

using SampleForum = test::SampleDocument;

int rowOf(QTableWidget *table, qint64 id)
{
    for (int row = 0; row < table->rowCount(); ++row) {
        if (table->item(row, 0)->data(Qt::UserRole + 1).toLongLong() == id)
            return row;
    }
    return -1;
}

QString cell(QTableWidget *table, qint64 id, int column)
{
    const int row = rowOf(table, id);
    return row < 0 ? QString() : table->item(row, column)->text();
}

// A commitment of the plan with a milestone not yet done, and that milestone.
std::pair<qint64, qint64> unfinishedMilestone(ForumFile &file, const QList<CommitmentProgress> &progress)
{
    for (const CommitmentProgress &p : progress) {
        for (const Milestone &m : Table<Milestone>(file).list(QStringLiteral("commitment_id = ?"), {p.commitmentId})) {
            const auto latest = Table<ProgressUpdate>(file).list(QStringLiteral("milestone_id = ?"), {m.id},
                                                                 QStringLiteral("reported_on DESC, id DESC LIMIT 1"));
            if (latest.isEmpty() || latest.first().percent < 100)
                return {p.commitmentId, m.id};
        }
    }
    return {0, 0};
}

} // namespace

TEST_CASE("The Implement page lists the plan's commitments with their progress", "[ui][implement]")
{
    SampleForum forum;
    ImplementPage page(forum.document.get());
    const qint64 planId = forum.document->currentPlanId();
    REQUIRE(planId > 0);
    const QList<CommitmentProgress> progress = ProgressTracking::forPlan(forum.file(), planId, QDate::currentDate());
    REQUIRE(!progress.isEmpty());
    QTableWidget *table = page.commitmentsTable();
    CHECK(table->rowCount() == progress.size());
    for (const CommitmentProgress &p : progress) {
        CHECK(cell(table, p.commitmentId, ImplementPage::TitleColumn) == p.title);
        CHECK(cell(table, p.commitmentId, ImplementPage::ProgressColumn) == QStringLiteral("%1 %").arg(qRound(p.percent)));
        CHECK(cell(table, p.commitmentId, ImplementPage::LevelColumn)
                  .startsWith(Vocabulary::label(Vocabulary::List::Completion, p.level)));
    }
    // The filters: one lead agency, then the commitments with overdue milestones.
    REQUIRE(page.agencyFilter()->count() > 1);
    page.agencyFilter()->setCurrentIndex(1);
    const QString agency = page.agencyFilter()->currentData().toString();
    const auto ofAgency = std::count_if(progress.begin(), progress.end(),
                                        [&](const CommitmentProgress &p) { return p.leadAgency == agency; });
    CHECK(table->rowCount() == int(ofAgency));
    page.agencyFilter()->setCurrentIndex(0);
    page.statusFilter()->setCurrentIndex(page.statusFilter()->findData(int(ImplementPage::Overdue)));
    const auto overdue = std::count_if(progress.begin(), progress.end(),
                                       [](const CommitmentProgress &p) { return p.overdueMilestones > 0; });
    CHECK(table->rowCount() == int(overdue));
    page.statusFilter()->setCurrentIndex(0);
    page.valueFilter()->setCurrentIndex(page.valueFilter()->findData(QStringLiteral("civic_participation")));
    CHECK(table->rowCount() <= progress.size());
    page.valueFilter()->setCurrentIndex(0);
    CHECK(table->rowCount() == progress.size());
}

TEST_CASE("A progress update added through the dialog shows in the progress and the history, and undo removes it", "[ui][implement]")
{
    SampleForum forum;
    ImplementPage page(forum.document.get());
    const QList<CommitmentProgress> progress =
        ProgressTracking::forPlan(forum.file(), forum.document->currentPlanId(), QDate::currentDate());
    const auto [commitmentId, milestoneId] = unfinishedMilestone(forum.file(), progress);
    REQUIRE(milestoneId > 0);
    page.selectCommitment(commitmentId);
    page.selectMilestone(milestoneId);
    REQUIRE(page.selectedMilestoneId() == milestoneId);
    REQUIRE(page.addUpdateButton()->isEnabled());
    const QString progressBefore = cell(page.commitmentsTable(), commitmentId, ImplementPage::ProgressColumn);
    const int historyBefore = page.historyTable()->rowCount();
    Preferences::setUserName(QStringLiteral("Ana Pérez"));

    QTimer::singleShot(0, [&] {
        auto *dialog = qobject_cast<ProgressUpdateDialog *>(QApplication::activeModalWidget());
        REQUIRE(dialog);
        // Today where the forum meets (the sample's zone), which is not always the machine's day.
        CHECK(dialog->dateEdit()->date() == ForumClock::of(forum.file()).today());
        CHECK(dialog->reporterEdit()->text() == QStringLiteral("Ana Pérez"));
        dialog->percentBox()->setValue(100);
        dialog->statusBox()->setCurrentIndex(dialog->statusBox()->findData(QStringLiteral("completed")));
        dialog->narrativeEdit()->setPlainText(QStringLiteral("Published the final report."));
        dialog->evidenceEdit()->setText(QStringLiteral("https://example.org/report.pdf"));
        dialog->accept();
    });
    page.addProgressUpdate();

    CHECK(forum.document->undoStack()->count() == 1);
    CHECK(page.selectedCommitmentId() == commitmentId);
    CHECK(page.selectedMilestoneId() == milestoneId);
    CHECK(page.historyTable()->rowCount() == historyBefore + 1);
    CHECK(page.historyTable()->item(0, 0)->text() == QStringLiteral("Published the final report."));
    CHECK(page.historyTable()->item(0, 4)->text() == QStringLiteral("https://example.org/report.pdf"));
    CHECK(page.historyTable()->item(0, 5)->text() == QStringLiteral("Ana Pérez"));
    const CommitmentProgress after = ProgressTracking::forCommitment(forum.file(), commitmentId, QDate::currentDate());
    CHECK(cell(page.commitmentsTable(), commitmentId, ImplementPage::ProgressColumn)
          == QStringLiteral("%1 %").arg(qRound(after.percent)));
    CHECK(cell(page.commitmentsTable(), commitmentId, ImplementPage::ProgressColumn) != progressBefore);
    CHECK(cell(page.milestonesTable(), milestoneId, 2) == QStringLiteral("100 %"));

    forum.document->undoStack()->undo();
    CHECK(page.historyTable()->rowCount() == historyBefore);
    CHECK(cell(page.commitmentsTable(), commitmentId, ImplementPage::ProgressColumn) == progressBefore);
}

TEST_CASE("A completion level against progress needs a reason, shows as set by the forum, and undo restores it", "[ui][implement]")
{
    SampleForum forum;
    ImplementPage page(forum.document.get());
    const QList<CommitmentProgress> progress =
        ProgressTracking::forPlan(forum.file(), forum.document->currentPlanId(), QDate::currentDate());
    REQUIRE(!progress.isEmpty());
    // A commitment whose level follows its progress.
    CommitmentProgress chosen;
    for (const CommitmentProgress &p : progress) {
        if (!p.overridden) {
            chosen = p;
            break;
        }
    }
    REQUIRE(chosen.commitmentId > 0);
    const QString other = chosen.suggestedLevel == QLatin1String("complete") ? QStringLiteral("limited")
                                                                             : QStringLiteral("complete");
    const Commitment stored = Table<Commitment>(forum.file()).get(chosen.commitmentId);
    page.selectCommitment(chosen.commitmentId);
    REQUIRE(page.setLevelButton()->isEnabled());
    const QString levelBefore = cell(page.commitmentsTable(), chosen.commitmentId, ImplementPage::LevelColumn);
    CHECK(!levelBefore.contains(QLatin1String("set by the forum")));

    bool refused = false;
    QTimer::singleShot(0, [&] {
        auto *dialog = qobject_cast<CompletionLevelDialog *>(QApplication::activeModalWidget());
        REQUIRE(dialog);
        dialog->levelBox()->setCurrentIndex(dialog->levelBox()->findData(other));
        dialog->reasonEdit()->clear();
        dialog->accept();
        refused = dialog->isVisible() && !dialog->message().isEmpty();
        dialog->reasonEdit()->setPlainText(QStringLiteral("The forum verified the deliverables on site."));
        dialog->accept();
    });
    page.setCompletionLevel();
    CHECK(refused);
    REQUIRE(forum.document->undoStack()->count() == 1);
    const QString levelSet = cell(page.commitmentsTable(), chosen.commitmentId, ImplementPage::LevelColumn);
    CHECK(levelSet.contains(QLatin1String("set by the forum")));
    CHECK(levelSet.startsWith(Vocabulary::label(Vocabulary::List::Completion, other)));
    const int row = rowOf(page.commitmentsTable(), chosen.commitmentId);
    CHECK(page.commitmentsTable()->item(row, ImplementPage::LevelColumn)->toolTip().contains(QLatin1String("verified the deliverables")));

    forum.document->undoStack()->undo();
    CHECK(cell(page.commitmentsTable(), chosen.commitmentId, ImplementPage::LevelColumn) == levelBefore);
    const Commitment restored = Table<Commitment>(forum.file()).get(chosen.commitmentId);
    CHECK(restored.completionLevel == stored.completionLevel);
    CHECK(restored.completionReason == stored.completionReason);
}

TEST_CASE("The Implement page writes and prints the plan's progress report in the background", "[ui][implement][progress-report]")
{
    SampleForum sample;
    ImplementPage page(sample.document.get());
    REQUIRE(page.exportReportButton()->isEnabled());
    QSignalSpy exported(page.reportExport(), &DocumentExport::exported);
    const QString path = sample.folder.file(QStringLiteral("report.pdf"));
    page.writeProgressReport(path, DocumentWriter::Format::Pdf);
    CHECK_FALSE(page.exportReportButton()->isEnabled()); // one report at a time
    REQUIRE(test::waitUntil([&] { return exported.count() == 1; }));
    CHECK(page.exportReportButton()->isEnabled());
    CHECK(QFileInfo(path).size() > 100000); // its charts are in it
    auto printer = std::make_shared<QPrinter>(QPrinter::HighResolution);
    printer->setOutputFormat(QPrinter::PdfFormat);
    printer->setOutputFileName(sample.folder.file(QStringLiteral("printed.pdf")));
    QSignalSpy printed(page.reportExport(), &DocumentExport::printed);
    page.printProgressReportOn(printer);
    REQUIRE(test::waitUntil([&] { return printed.count() == 1; }));
    CHECK(QFileInfo(sample.folder.file(QStringLiteral("printed.pdf"))).size() > 100000);
    // Printed as exported: page 2 opens with the running header, each page says "page X of Y".
    const QString pageTwo = test::toolText(QStringLiteral("pdftotext"), {QStringLiteral("-enc"), QStringLiteral("UTF-8"),
                                                                         QStringLiteral("-f"), QStringLiteral("2"), QStringLiteral("-l"),
                                                                         QStringLiteral("2"), sample.folder.file(QStringLiteral("printed.pdf")),
                                                                         QStringLiteral("-")})
                                .simplified();
    INFO(pageTwo.left(300).toStdString());
    CHECK(pageTwo.startsWith(sample.document->forum().name));
    CHECK(pageTwo.contains(QRegularExpression(QStringLiteral("(Página 2 de|Page 2 of) \\d+"))));
    QSignalSpy failed(page.reportExport(), &DocumentExport::failed);
    page.writeProgressReport(sample.folder.file(QStringLiteral("no/folder/report.pdf")), DocumentWriter::Format::Pdf);
    REQUIRE(test::waitUntil([&] { return failed.count() == 1; }));
    CHECK(failed.first().first().toString().contains(QStringLiteral("the folder does not exist")));
    CHECK(page.exportReportButton()->isEnabled());
}
