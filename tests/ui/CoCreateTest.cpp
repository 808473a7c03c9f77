// SPDX-License-Identifier: GPL-3.0-or-later
// The secretariat runs the co-creation of a plan from the Co-create page: contributions with
// their reasoned responses, a CSV import, commitments on OGP's template, and the exports.
#include "tests/ui/UiTestSupport.h"

#include "ui/document/ForumDocument.h"
#include "ui/document/DocumentExport.h"
#include "tests/support/TestSupport.h"
#include "ui/cocreation/CommitmentsPanel.h"
#include "core/cocreation/ContributionLinks.h"
#include "ui/cocreation/ContributionsPanel.h"
#include "ui/commands/Commands.h"
#include "ui/cocreation/ContributionDialog.h"
#include "ui/cocreation/ImportPreviewDialog.h"
#include "ui/plans/PlanDialog.h"
#include "core/evaluation/Assessment.h"
#include "core/forum/NewForum.h"
#include "core/implementation/ProgressUpdate.h"
#include "core/learning/PracticeLibrary.h"
#include "core/meetings/AgendaItem.h"
#include "core/meetings/Meeting.h"
#include "ui/cocreation/ContributionTableModel.h"
#include "ui/cocreation/CoCreatePage.h"
#include "core/plans/CommitmentReview.h"
#include "core/plans/MilestoneOrder.h"
#include "core/plans/PlanCalendar.h"
#include "core/plans/PlanDraftDocument.h"
#include "core/storage/Table.h"
#include "ui/widgets/CommittingTextEdit.h"
#include "ui/widgets/OptionalDateEdit.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScreen>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTimer>
#include <QUndoStack>

#include <catch2/catch.hpp>

#include <functional>

using namespace forumdesk;
using test::checkModel;

namespace {

struct CoCreationForum {
    test::TempFolder folder;
    std::unique_ptr<ForumDocument> document;
    qint64 planId = 0;
    qint64 commitmentId = 0;

    explicit CoCreationForum(int contributions = 0)
    {
        test::isolateSettings();
        auto file = createForum(folder.file(QStringLiteral("cocreacion.ogpforum")), QStringLiteral("Foro"), QStringLiteral("es"));
        ActionPlan plan;
        plan.title = QStringLiteral("Quinto Plan de Acción");
        plan.periodStart = QDate(2025, 9, 1);
        plan.periodEnd = QDate(2027, 8, 31);
        plan.dueOn = PlanCalendar::defaultDueDate(plan.periodStart);
        Table<ActionPlan>(*file).create(plan);
        planId = plan.id;
        Commitment c;
        c.planId = plan.id;
        c.number = QStringLiteral("1");
        c.title = QStringLiteral("Datos abiertos de compras públicas");
        Table<Commitment>(*file).create(c);
        commitmentId = c.id;
        for (int i = 0; i < contributions; ++i) {
            Contribution k;
            k.planId = plan.id;
            k.receivedOn = QDate(2025, 3, 1).addDays(i);
            k.channel = i % 2 ? QStringLiteral("email") : QStringLiteral("workshop");
            k.sector = i % 3 ? QStringLiteral("civil_society") : QStringLiteral("academia");
            k.author = QStringLiteral("Persona %1").arg(i + 1);
            k.text = QStringLiteral("Propuesta número %1").arg(i + 1);
            if (i % 4 == 0) {
                k.response = QStringLiteral("Se incorporó en el compromiso 1.");
                k.respondedOn = k.receivedOn.addDays(10);
                k.status = QStringLiteral("incorporated");
            }
            Table<Contribution>(*file).create(k);
        }
        document = std::make_unique<ForumDocument>(std::move(file));
        document->setCurrentPlanId(planId);
    }
    ForumFile &file() { return document->file(); }
};

QString writeFile(const test::TempFolder &folder, const QString &name, const QByteArray &bytes)
{
    const QString path = folder.file(name);
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(bytes);
    return path;
}

// Acts on the modal dialog of type T once the code under test shows it (a dialog's exec() or a
// message box), trying for a few seconds.
template <class T>
void whenModal(const std::function<void(T *)> &act, int triesLeft = 500)
{
    QTimer::singleShot(10, [act, triesLeft] {
        if (auto *widget = qobject_cast<T *>(QApplication::activeModalWidget()))
            act(widget);
        else if (triesLeft > 0)
            whenModal<T>(act, triesLeft - 1);
    });
}

} // namespace

TEST_CASE("The contributions model reads a plan's contributions lazily and filters those awaiting a response", "[ui][cocreate]")
{
    CoCreationForum forum(130);
    ContributionTableModel model(forum.file());
    ContributionQuery query;
    query.planId = forum.planId;
    model.setQuery(query);
    CHECK(model.matchingCount() == 130);
    CHECK(model.rowCount() == ContributionTableModel::chunkSize);
    checkModel(model);
    while (model.canFetchMore({}))
        model.fetchMore({});
    CHECK(model.rowCount() == 130);
    // Latest first, labels not keys.
    CHECK(model.contribution(0).author == QStringLiteral("Persona 130"));
    CHECK(model.index(0, ContributionTableModel::Channel).data().toString() == QStringLiteral("Email"));
    CHECK(model.index(0, ContributionTableModel::Channel).data(ContributionTableModel::KeyRole).toString() == QStringLiteral("email"));
    CHECK(model.index(129, ContributionTableModel::Responded).data(ContributionTableModel::KeyRole).toBool());
    CHECK(model.index(128, ContributionTableModel::Responded).data().toString() == QStringLiteral("Awaiting"));

    query.awaitingOnly = true;
    model.setQuery(query);
    checkModel(model);
    CHECK(model.matchingCount() == 130 - 33);
    query.text = QStringLiteral("número 12");
    model.setQuery(query);
    checkModel(model);
    // "número 12" matches 12 and 120..129; only those still awaiting a response are shown.
    for (int row = 0; row < model.rowCount(); ++row) {
        CHECK(model.contribution(row).text.contains(QStringLiteral("número 12")));
        CHECK_FALSE(ContributionTableModel::answered(model.contribution(row)));
    }
    CHECK(model.matchingCount() > 0);
}

TEST_CASE("A contribution is added, answered with the commitment it fed, and undone", "[ui][cocreate]")
{
    CoCreationForum forum;
    ContributionsPanel panel(forum.document.get());
    CHECK(panel.counts()->text().contains(QStringLiteral("0 contribution")));

    QTimer::singleShot(0, [&] {
        auto *dialog = qobject_cast<ContributionDialog *>(QApplication::activeModalWidget());
        REQUIRE(dialog);
        dialog->receivedEdit()->setDate(QDate(2025, 4, 2));
        dialog->authorEdit()->setText(QStringLiteral("Ana Pérez"));
        dialog->organizationEdit()->setText(QStringLiteral("Red Ciudadana"));
        dialog->sectorBox()->setCurrentIndex(dialog->sectorBox()->findData(QStringLiteral("civil_society")));
        dialog->channelBox()->setCurrentIndex(dialog->channelBox()->findData(QStringLiteral("workshop")));
        dialog->textEdit()->setPlainText(QStringLiteral("Publicar los contratos en formato abierto."));
        dialog->accept();
    });
    const qint64 id = panel.addContribution();
    REQUIRE(id > 0);
    CHECK(panel.model()->matchingCount() == 1);
    CHECK(panel.counts()->text().contains(QStringLiteral("1 awaiting a response")));
    CHECK(forum.document->undoStack()->undoText().contains(QStringLiteral("Ana Pérez")));

    // The reasoned response, dated, and the commitment it fed.
    const Contribution before = Table<Contribution>(forum.file()).get(id);
    ContributionDialog dialog(forum.file(), before, {});
    REQUIRE(dialog.commitmentList()->count() == 1);
    dialog.statusBox()->setCurrentIndex(dialog.statusBox()->findData(QStringLiteral("incorporated")));
    dialog.responseEdit()->setPlainText(QStringLiteral("Incorporada en el compromiso 1."));
    dialog.respondedEdit()->setDate(QDate(2025, 5, 10));
    dialog.commitmentList()->item(0)->setCheckState(Qt::Checked);
    dialog.accept();
    CHECK(dialog.message().isEmpty());
    edit::editContribution(forum.document.get(), before, dialog.contribution(), dialog.commitmentIds());
    Contribution answered = Table<Contribution>(forum.file()).get(id);
    CHECK(answered.response == QStringLiteral("Incorporada en el compromiso 1."));
    CHECK(answered.respondedOn == QDate(2025, 5, 10));
    CHECK(ContributionLinks::commitmentsOf(forum.file(), id) == QList<qint64>{forum.commitmentId});
    CHECK(panel.counts()->text().contains(QStringLiteral("1 answered")));
    panel.awaitingFilter()->setChecked(true);
    CHECK(panel.model()->matchingCount() == 0);

    // The commitment shows where it came from.
    CommitmentsPanel commitments(forum.document.get());
    REQUIRE(commitments.contributions()->count() == 1);
    CHECK(commitments.contributions()->item(0)->text().contains(QStringLiteral("Ana Pérez")));

    // A response dated before the contribution is refused in the dialog.
    ContributionDialog early(forum.file(), answered, {forum.commitmentId});
    early.respondedEdit()->setDate(QDate(2025, 1, 1));
    early.accept();
    CHECK_FALSE(early.message().isEmpty());

    forum.document->undoStack()->undo();
    answered = Table<Contribution>(forum.file()).get(id);
    CHECK(answered.response.isEmpty());
    CHECK(ContributionLinks::commitmentsOf(forum.file(), id).isEmpty());
    CHECK(commitments.contributions()->item(0)->text().contains(QStringLiteral("No contribution")));
    panel.awaitingFilter()->setChecked(false);
    forum.document->undoStack()->undo();
    CHECK(Table<Contribution>(forum.file()).count() == 0);
    CHECK(panel.model()->matchingCount() == 0);
    forum.document->undoStack()->redo();
    CHECK(Table<Contribution>(forum.file()).get(id).author == QStringLiteral("Ana Pérez"));
}

TEST_CASE("The CSV preview marks duplicates and bad rows, imports the rest and names what it skipped", "[ui][cocreate][import]")
{
    CoCreationForum forum(2); // "Persona 1", 2025-03-01, "Propuesta número 1" among them
    // As Excel in Spanish saves "CSV": semicolons, Windows-1252.
    const QByteArray bytes = "fecha;canal;autor;sector;texto\r\n"
                             "2025-03-01;email;Persona 1;academia;Propuesta n\xfamero 1\r\n"
                             "2025-03-05;email;Luc\xed" "a;civil_society;M\xe1s datos abiertos\r\n"
                             "2025-13-45;paloma;Luis;academia;Fecha imposible\r\n" // two problems, one row
                             "2025-03-05;online;LUCIA;civil_society;M\xe1s datos  abiertos\r\n"
                             "2025-03-06;letter;Eva;other;=HYPERLINK(\"http://x\")\r\n";
    const QString path = writeFile(forum.folder, QStringLiteral("consulta.csv"), bytes);
    using Column = ImportPreviewDialog::Column;

    {
        ImportPreviewDialog preview(ContributionImport::readFile(forum.file(), path, forum.planId), QStringLiteral("consulta.csv"));
        // Its size on a 1280 x 800 screen (the offscreen one is smaller).
        CHECK(preview.width() >= std::min(900, preview.screen()->availableGeometry().width() - 40));
        preview.resize(1200, 700);
        preview.show();
        QApplication::processEvents();
        QApplication::processEvents();
        QTableWidget *table = preview.table();
        REQUIRE(table->rowCount() == 5);
        CHECK(preview.importButton()->isEnabled());
        CHECK(preview.importButton()->text().remove(QLatin1Char('&')).startsWith(QStringLiteral("Import 2 Row")));
        // The decoded text, so that the accents can be checked by eye.
        CHECK(table->item(1, Column::Author)->text() == QStringLiteral("Lucía"));
        CHECK(table->item(1, Column::Text)->text() == QStringLiteral("Más datos abiertos"));
        CHECK(table->item(1, Column::Status)->text() == QStringLiteral("To import"));
        CHECK(table->item(0, Column::Status)->text() == QStringLiteral("Duplicate"));
        CHECK(table->item(0, Column::Notes)->text() == QStringLiteral("Already in the forum"));
        CHECK(table->item(3, Column::Status)->text() == QStringLiteral("Duplicate"));
        CHECK(table->item(3, Column::Notes)->text() == QStringLiteral("Same as row 3"));
        CHECK(table->item(2, Column::Status)->text() == QStringLiteral("Skipped"));
        CHECK(table->item(2, Column::Notes)->text().startsWith(QStringLiteral("Row 4, column “fecha”")));
        CHECK(table->item(4, Column::Status)->text() == QStringLiteral("To import"));
        CHECK(table->item(4, Column::Notes)->text().contains(QStringLiteral("looks like a spreadsheet formula")));
        const QString summary = preview.summary()->text();
        INFO(summary.toStdString());
        CHECK(summary.contains(QStringLiteral("2 row(s) to import, 2 duplicate(s) skipped, 1 row(s) with problems skipped")));
        CHECK(summary.contains(QStringLiteral("Read as Windows-1252")));
        CHECK(summary.contains(QStringLiteral("will not be imported")));
        CHECK(summary.contains(QStringLiteral("1 cell(s) look like spreadsheet formulas")));

        // The notes take the width left and wrap: no row cuts its notes short.
        CHECK(table->horizontalHeader()->sectionResizeMode(Column::Notes) == QHeaderView::Stretch);
        CHECK(table->columnWidth(Column::Notes) >= 250);
        for (int row = 0; row < table->rowCount(); ++row) {
            const QString notes = table->item(row, Column::Notes)->text();
            const QRect needed = table->fontMetrics().boundingRect(QRect(0, 0, table->columnWidth(Column::Notes) - 8, 10000),
                                                                   Qt::TextWordWrap, notes);
            CHECK(table->rowHeight(row) >= needed.height());
            CHECK(table->item(row, Column::Notes)->toolTip() == notes);
        }
        CHECK_FALSE(table->tabKeyNavigation()); // Tab reaches the buttons
    }

    ContributionsPanel panel(forum.document.get());
    QString report;
    QString reportRows;
    whenModal<ImportPreviewDialog>([&](ImportPreviewDialog *dialog) {
        CHECK(dialog->importButton()->isEnabled());
        whenModal<QMessageBox>([&](QMessageBox *box) {
            report = box->text();
            reportRows = box->informativeText();
            box->accept();
        });
        dialog->importButton()->click();
    });
    CHECK(panel.importFile(path) == 2);
    INFO(reportRows.toStdString());
    CHECK(report.contains(QStringLiteral("2 contribution(s) imported from “consulta.csv”")));
    CHECK(report.contains(QStringLiteral("3 row(s) skipped")));
    CHECK(reportRows.split(QLatin1Char('\n')).size() == 4);
    CHECK(reportRows.contains(QStringLiteral("Row 4, column “canal”: “paloma” is not one of")));
    CHECK(reportRows.contains(QStringLiteral("Row 2: duplicate, already in the forum")));
    CHECK(reportRows.contains(QStringLiteral("Row 4, column “fecha”")));
    CHECK(reportRows.contains(QStringLiteral("Row 5: duplicate, the same as row 3")));
    CHECK(Table<Contribution>(forum.file()).count() == 4);
    CHECK(panel.model()->matchingCount() == 4);
    CHECK(Table<Contribution>(forum.file()).count(QStringLiteral("text = ?"), {QStringLiteral("=HYPERLINK(\"http://x\")")}) == 1);
    CHECK(Table<Contribution>(forum.file()).count(QStringLiteral("author = ?"), {QStringLiteral("Lucía")}) == 1);
    // One undoable step, named after the rows it imported.
    CHECK(forum.document->undoStack()->undoText().contains(QStringLiteral("Import 2 contribution(s) from “consulta.csv”")));
    forum.document->undoStack()->undo();
    CHECK(Table<Contribution>(forum.file()).count() == 2);
    forum.document->undoStack()->redo();
    CHECK(Table<Contribution>(forum.file()).count() == 4);

    // The same file again: every row it can import is there already.
    ImportPreviewDialog again(ContributionImport::readFile(forum.file(), path, forum.planId), QStringLiteral("consulta.csv"));
    CHECK_FALSE(again.importButton()->isEnabled());
    for (const int row : {0, 1, 3, 4}) {
        CHECK(again.table()->item(row, Column::Status)->text() == QStringLiteral("Duplicate"));
        CHECK(again.table()->item(row, Column::Notes)->text().contains(QStringLiteral("Already in the forum")));
    }
    CHECK(again.summary()->text().contains(QStringLiteral("0 row(s) to import, 4 duplicate(s) skipped")));
    CHECK(again.summary()->text().contains(QStringLiteral("Nothing to import")));
    whenModal<ImportPreviewDialog>([](ImportPreviewDialog *dialog) { dialog->reject(); });
    CHECK(panel.importFile(path) == 0);
    CHECK(Table<Contribution>(forum.file()).count() == 4);
}

TEST_CASE("A CSV without a contributions column is refused whole, and a clean one imports without a report", "[ui][cocreate][import]")
{
    CoCreationForum forum;
    const QString bad = writeFile(forum.folder, QStringLiteral("mala.csv"), "fecha,nombre\n2025-03-01,Ana\n");
    ImportPreviewDialog refused(ContributionImport::readFile(forum.file(), bad, forum.planId), QStringLiteral("mala.csv"));
    CHECK_FALSE(refused.importButton()->isEnabled());
    CHECK(refused.summary()->text().contains(QStringLiteral("cannot be imported")));
    CHECK(refused.summary()->text().contains(QStringLiteral("No column holds the contributions' text")));

    const QString good = writeFile(forum.folder, QStringLiteral("buena.csv"),
                                   "\xEF\xBB\xBF" "fecha,canal,autor,sector,texto\n"
                                   "2025-03-01,email,Ana,civil_society,Más datos abiertos\n"
                                   "2025-03-02,online,Luis,academia,Rendición de cuentas\n"
                                   "2025-03-03,letter,Eva,other,<b>Audiencias públicas</b>\n");
    ContributionsPanel panel(forum.document.get());
    bool reported = false;
    whenModal<ImportPreviewDialog>([&](ImportPreviewDialog *dialog) {
        CHECK(dialog->summary()->text().contains(QStringLiteral("3 row(s) to import.")));
        CHECK(dialog->summary()->text().contains(QStringLiteral("Read as UTF-8")));
        CHECK_FALSE(dialog->summary()->text().contains(QStringLiteral("skipped")));
        whenModal<QMessageBox>([&](QMessageBox *box) {
            reported = true;
            box->accept();
        });
        dialog->importButton()->click();
    });
    CHECK(panel.importFile(good) == 3);
    CHECK_FALSE(reported); // nothing skipped, nothing to say
    CHECK(panel.model()->matchingCount() == 3);
    CHECK(forum.document->undoStack()->undoText().contains(QStringLiteral("buena.csv")));
    forum.document->undoStack()->undo();
    CHECK(Table<Contribution>(forum.file()).count() == 0);
    CHECK(panel.model()->matchingCount() == 0);
    forum.document->undoStack()->redo();
    CHECK(Table<Contribution>(forum.file()).count() == 3);
}

TEST_CASE("Filling a template field makes its gap disappear, milestones keep their numbering", "[ui][cocreate]")
{
    CoCreationForum forum;
    CommitmentsPanel panel(forum.document.get());
    REQUIRE(panel.commitmentId() == forum.commitmentId);
    const auto hasGap = [&](const QString &field) {
        for (int i = 0; i < panel.gaps()->count(); ++i) {
            if (panel.gaps()->item(i)->data(Qt::UserRole).toString() == field)
                return true;
        }
        return false;
    };
    CHECK(hasGap(QStringLiteral("problem")));
    CHECK(hasGap(QStringLiteral("values")));
    panel.problemEdit()->setPlainText(QStringLiteral("Las compras públicas no se publican en formato abierto."));
    panel.commitEdit();
    CHECK_FALSE(hasGap(QStringLiteral("problem")));
    CHECK(Table<Commitment>(forum.file()).get(forum.commitmentId).problem.startsWith(QStringLiteral("Las compras")));

    // Technology and innovation alone is not an OGP value; with access to information it counts.
    panel.valueCheck(3)->setChecked(true);
    CHECK(hasGap(QStringLiteral("values")));
    panel.valueCheck(0)->setChecked(true);
    CHECK_FALSE(hasGap(QStringLiteral("values")));

    forum.document->undoStack()->undo();
    forum.document->undoStack()->undo();
    forum.document->undoStack()->undo();
    CHECK(hasGap(QStringLiteral("problem")));
    CHECK(panel.problemEdit()->toPlainText().isEmpty());

    // The rest of OGP's template (format 3): a brief description, the causes, a contact person, a
    // policy area, and how the commitment advances the value it claims.
    CHECK(hasGap(QStringLiteral("brief_description")));
    CHECK(hasGap(QStringLiteral("policy_areas")));
    panel.briefEdit()->setPlainText(QStringLiteral("Publicar cada contrato en datos abiertos."));
    panel.commitEdit();
    panel.causesEdit()->setPlainText(QStringLiteral("Los contratos se publican en PDF escaneado."));
    panel.commitEdit();
    panel.contactNameEdit()->setText(QStringLiteral("Rosa Quispe"));
    panel.commitEdit();
    REQUIRE(panel.policyAreaCheck(QStringLiteral("open_contracting")) != nullptr);
    panel.policyAreaCheck(QStringLiteral("open_contracting"))->setChecked(true);
    CHECK_FALSE(hasGap(QStringLiteral("brief_description")));
    CHECK_FALSE(hasGap(QStringLiteral("causes")));
    CHECK_FALSE(hasGap(QStringLiteral("contact_name")));
    CHECK_FALSE(hasGap(QStringLiteral("policy_areas")));
    const Commitment saved = Table<Commitment>(forum.file()).get(forum.commitmentId);
    CHECK(saved.briefDescription == QStringLiteral("Publicar cada contrato en datos abiertos."));
    CHECK(saved.contactName == QStringLiteral("Rosa Quispe"));
    CHECK(saved.policyAreas == QStringList{QStringLiteral("open_contracting")});
    forum.document->undoStack()->undo();
    CHECK(Table<Commitment>(forum.file()).get(forum.commitmentId).policyAreas.isEmpty());
    CHECK_FALSE(panel.policyAreaCheck(QStringLiteral("open_contracting"))->isChecked());
    forum.document->undoStack()->redo();
    CHECK(panel.policyAreaCheck(QStringLiteral("open_contracting"))->isChecked());

    // Milestones: three added, the last moved first, the middle removed; positions stay 0..n-1.
    const qint64 a = panel.addMilestone();
    const qint64 b = panel.addMilestone();
    const qint64 c = panel.addMilestone();
    REQUIRE(panel.milestones()->rowCount() == 3);
    panel.milestones()->item(2, CommitmentsPanel::Activity)->setText(QStringLiteral("Tercera"));
    CHECK(Table<Milestone>(forum.file()).get(c).activity == QStringLiteral("Tercera"));
    panel.milestones()->item(2, CommitmentsPanel::Start)->setText(QStringLiteral("no es fecha"));
    CHECK(panel.message().contains(QStringLiteral("not a date")));
    CHECK_FALSE(Table<Milestone>(forum.file()).get(c).startOn.isValid());
    panel.milestones()->setCurrentCell(2, 0);
    panel.moveMilestone(-1);
    panel.moveMilestone(-1);
    const auto order = [&] {
        QList<qint64> ids;
        int position = 0;
        for (const Milestone &m : MilestoneOrder::of(forum.file(), forum.commitmentId)) {
            CHECK(m.position == position++);
            ids << m.id;
        }
        return ids;
    };
    CHECK(order() == QList<qint64>{c, a, b});
    CHECK(panel.milestones()->item(0, CommitmentsPanel::Activity)->text() == QStringLiteral("Tercera"));
    panel.milestones()->setCurrentCell(1, 0);
    panel.removeMilestone();
    CHECK(order() == QList<qint64>{c, b});
    forum.document->undoStack()->undo();
    CHECK(order() == QList<qint64>{c, a, b});
    forum.document->undoStack()->undo();
    CHECK(order() == QList<qint64>{a, c, b});

    // Removing the commitment takes its milestones and links; undo brings them all back.
    Contribution fed;
    fed.planId = forum.planId;
    fed.receivedOn = QDate(2025, 3, 1);
    fed.text = QStringLiteral("Abrir los contratos");
    Table<Contribution>(forum.file()).create(fed);
    ContributionLinks::setCommitments(forum.file(), fed.id, {forum.commitmentId});
    panel.refresh();
    panel.removeCommitment();
    CHECK_FALSE(Table<Commitment>(forum.file()).find(forum.commitmentId));
    CHECK(panel.list()->count() == 0);
    forum.document->undoStack()->undo();
    CHECK(Table<Commitment>(forum.file()).find(forum.commitmentId));
    CHECK(order() == QList<qint64>{a, c, b});
    CHECK(ContributionLinks::commitmentsOf(forum.file(), fed.id) == QList<qint64>{forum.commitmentId});
    CHECK(panel.list()->count() == 1);
}

TEST_CASE("The Co-create page shows the plan's calendar, creates plans due 31 August and exports the draft", "[ui][cocreate]")
{
    CoCreationForum forum(5);
    CoCreatePage page(forum.document.get());
    CHECK(page.planHeader()->text().contains(QStringLiteral("Quinto Plan de Acción")));
    CHECK(page.planHeader()->text().contains(QStringLiteral("24 month")));

    ActionPlan plan;
    plan.periodStart = QDate(2026, 9, 1);
    plan.periodEnd = QDate(2027, 12, 31);
    PlanDialog dialog(forum.file(), plan);
    dialog.titleEdit()->setText(QStringLiteral("Plan corto"));
    dialog.startEdit()->setDate(QDate(2026, 10, 1));
    CHECK(dialog.dueEdit()->date() == PlanCalendar::defaultDueDate(QDate(2026, 10, 1)));
    CHECK(dialog.warnings()->text().contains(QStringLiteral("20")));
    dialog.accept();
    CHECK(dialog.message().isEmpty());

    QTimer::singleShot(0, [&] {
        auto *newPlan = qobject_cast<PlanDialog *>(QApplication::activeModalWidget());
        REQUIRE(newPlan);
        CHECK(newPlan->dueEdit()->date().month() == 8);
        CHECK(newPlan->dueEdit()->date().day() == 31);
        newPlan->titleEdit()->setText(QStringLiteral("Sexto Plan de Acción"));
        newPlan->accept();
    });
    page.newPlan();
    CHECK(page.planHeader()->text().contains(QStringLiteral("Sexto Plan de Acción")));
    forum.document->undoStack()->undo();
    CHECK(forum.document->currentPlanId() > 0);
    forum.document->setCurrentPlanId(forum.planId);
    CHECK(page.planHeader()->text().contains(QStringLiteral("Quinto Plan de Acción")));

    const QString path = forum.folder.file(QStringLiteral("borrador.html"));
    QSignalSpy exported(page.exporter(), &DocumentExport::exported);
    ForumFile *file = &forum.file();
    const qint64 planId = forum.planId;
    page.exporter()->writeDocument([file, planId] { return PlanDraftDocument::build(*file, planId); }, path,
                                   DocumentWriter::Format::Html);
    REQUIRE(test::waitUntil([&] { return exported.count() == 1; }));
    QFile written(path);
    REQUIRE(written.open(QIODevice::ReadOnly));
    CHECK(QString::fromUtf8(written.readAll()).contains(QStringLiteral("Datos abiertos de compras públicas")));
}

TEST_CASE("Undoing a commitment's removal gives back its milestones' history, assessments, practices and agenda links", "[ui][cocreate]")
{
    CoCreationForum forum;
    ForumFile &file = forum.file();
    Milestone m;
    m.commitmentId = forum.commitmentId;
    m.activity = QStringLiteral("Publicar el portal");
    m.endOn = QDate(2026, 6, 30);
    Table<Milestone>(file).create(m);
    ProgressUpdate update;
    update.milestoneId = m.id;
    update.reportedOn = QDate(2026, 1, 15);
    update.percent = 40;
    update.narrative = QStringLiteral("Portal en pruebas");
    Table<ProgressUpdate>(file).create(update);
    Assessment self;
    self.commitmentId = forum.commitmentId;
    self.source = QStringLiteral("self");
    self.completion = QStringLiteral("limited");
    Table<Assessment>(file).create(self);
    const QString practice = PracticeLibrary::keys().first();
    PracticeLibrary::setCitations(file, forum.commitmentId, {practice});
    const QString citationUid = PracticeLibrary::citationRows(file, forum.commitmentId).value(0).uid;
    REQUIRE_FALSE(citationUid.isEmpty());
    Meeting meeting;
    meeting.title = QStringLiteral("Sesión de seguimiento");
    meeting.startsAt = QDateTime(QDate(2026, 2, 1), QTime(10, 0));
    meeting.endsAt = QDateTime(QDate(2026, 2, 1), QTime(12, 0));
    Table<Meeting>(file).create(meeting);
    AgendaItem item;
    item.meetingId = meeting.id;
    item.title = QStringLiteral("Avance del compromiso 1");
    item.commitmentId = forum.commitmentId;
    Table<AgendaItem>(file).create(item);

    const Commitment commitment = Table<Commitment>(file).get(forum.commitmentId);
    edit::removeCommitment(forum.document.get(), commitment);
    CHECK_FALSE(Table<Commitment>(file).find(forum.commitmentId));
    CHECK(Table<ProgressUpdate>(file).count() == 0);
    CHECK(Table<Assessment>(file).count() == 0);
    CHECK(Table<AgendaItem>(file).get(item.id).commitmentId == 0);

    forum.document->undoStack()->undo();
    REQUIRE(Table<Commitment>(file).find(forum.commitmentId));
    REQUIRE(Table<ProgressUpdate>(file).count() == 1);
    CHECK(Table<ProgressUpdate>(file).get(update.id).narrative == QStringLiteral("Portal en pruebas"));
    CHECK(Table<Assessment>(file).get(self.id).completion == QStringLiteral("limited"));
    CHECK(PracticeLibrary::citations(file, forum.commitmentId) == QStringList{practice});
    CHECK(PracticeLibrary::citationRows(file, forum.commitmentId).value(0).uid == citationUid); // the same record
    CHECK(Table<AgendaItem>(file).get(item.id).commitmentId == forum.commitmentId);

    // A milestone's removal takes its progress history with it, and undo brings it back.
    edit::removeMilestone(forum.document.get(), Table<Milestone>(file).get(m.id));
    CHECK(Table<ProgressUpdate>(file).count() == 0);
    forum.document->undoStack()->undo();
    CHECK(Table<ProgressUpdate>(file).count() == 1);
}
