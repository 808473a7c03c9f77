// SPDX-License-Identifier: GPL-3.0-or-later
// The Compliance page: every OGP rule of the plan chosen in the toolbar with its status, evidence
// and next step; it follows the plan selector and the forum's edits, and exports the report.
#include "tests/ui/UiTestSupport.h"

#include "ui/document/ForumDocument.h"
#include "ui/document/DocumentExport.h"
#include "tests/support/TestSupport.h"
#include "ui/commands/Commands.h"
#include "core/forum/NewForum.h"
#include "ui/compliance/CompliancePage.h"
#include "core/storage/Table.h"

#include <QFile>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSignalSpy>
#include <QUndoStack>

#include <catch2/catch.hpp>

using namespace forumdesk;

namespace {

// The sample's own "today": its meetings after it are planned.
const QDate kSampleToday(2026, 11, 28);

struct SampleForum : test::SampleDocument {
    QList<ActionPlan> plansByStart() const
    {
        return Table<ActionPlan>(document->file()).list(QString(), {}, QStringLiteral("period_start"));
    }
};

QString onPage(const QDate &day)
{
    return QLocale().toString(day, QStringLiteral("d MMM yyyy"));
}

} // namespace

TEST_CASE("The Compliance page shows every rule of the current plan with a status in words", "[ui][compliance-page]")
{
    SampleForum forum;
    CompliancePage page(forum.document.get());
    page.setDay(kSampleToday);
    const StandardsCheck &check = page.check();
    REQUIRE(check.planId == forum.document->currentPlanId());
    REQUIRE(check.findings.size() == 8);
    const QStringList labels{StandardsCheck::statusLabel(ComplianceStatus::Met), StandardsCheck::statusLabel(ComplianceStatus::AtRisk),
                             StandardsCheck::statusLabel(ComplianceStatus::NotMet),
                             StandardsCheck::statusLabel(ComplianceStatus::NotApplicable)};
    for (const ComplianceFinding &finding : check.findings) {
        QWidget *card = page.card(finding.key);
        REQUIRE(card != nullptr);
        // The badge says the status in words, not only in colour.
        CHECK(page.statusText(finding.key).endsWith(StandardsCheck::statusLabel(finding.status)));
        CHECK(labels.contains(page.statusText(finding.key).section(QLatin1Char(' '), 1, -1)));
        bool titled = false;
        for (const QLabel *label : card->findChildren<QLabel *>())
            titled = titled || (label->text().contains(finding.title) && label->text().contains(StandardsCheck::referenceLabel(finding.reference)));
        CHECK(titled);
        CHECK(card->findChild<QLabel *>(QStringLiteral("nextStep"))->text().contains(finding.nextStep.toHtmlEscaped()));
        CHECK(card->findChild<QLabel *>(QStringLiteral("source"))->text().contains(finding.source));
    }
    // The IRM's three questions follow the rules.
    for (const IrmAnswer &answer : check.irmAnswers) {
        QWidget *card = page.findChild<QWidget *>(QStringLiteral("irm_") + answer.key);
        REQUIRE(card != nullptr);
        CHECK(card->findChild<QLabel *>(QStringLiteral("looksFor"))->text().contains(answer.looksFor.toHtmlEscaped()));
        CHECK(card->findChild<QLabel *>(QStringLiteral("source"))->text().contains(answer.source));
    }
    CHECK(page.summaryLabel()->text().contains(check.planTitle));
    CHECK(page.summaryLabel()->text().contains(check.summaryLine()));
    CHECK(page.summaryLabel()->text().contains(onPage(kSampleToday)));
}

TEST_CASE("The Compliance page follows the plan selector and flags the sample's 2022-2023 gap", "[ui][compliance-page]")
{
    SampleForum forum;
    CompliancePage page(forum.document.get());
    page.setDay(kSampleToday);
    page.resize(1280, 800);
    page.show();
    const QList<ActionPlan> plans = forum.plansByStart();
    REQUIRE(plans.size() == 2);
    const qint64 first = plans.at(0).id, second = plans.at(1).id;
    forum.document->setCurrentPlanId(second);
    REQUIRE(page.check().planId == second);
    // The second plan: minutes of May 2026 still unpublished; the 2022-2023 gap is before its cycle.
    CHECK(page.statusText(QStringLiteral("repository")).contains(StandardsCheck::statusLabel(ComplianceStatus::AtRisk)));
    CHECK(!page.evidenceText(QStringLiteral("six_months")).contains(QStringLiteral("from %1").arg(onPage(QDate(2022, 10, 20)))));

    QSignalSpy refreshed(&page, &CompliancePage::refreshed);
    forum.document->setCurrentPlanId(first);
    CHECK(refreshed.count() == 1);
    CHECK(page.check().planId == first);
    CHECK(page.summaryLabel()->text().contains(plans.at(0).title));
    CHECK(page.statusText(QStringLiteral("repository")).contains(StandardsCheck::statusLabel(ComplianceStatus::Met)));
    CHECK(page.statusText(QStringLiteral("six_months")).contains(StandardsCheck::statusLabel(ComplianceStatus::NotMet)));
    const QString evidence = page.evidenceText(QStringLiteral("six_months"));
    CHECK(evidence.contains(QStringLiteral("from %1 (").arg(onPage(QDate(2022, 10, 20)))));
    CHECK(evidence.contains(QStringLiteral(") to %1 (").arg(onPage(QDate(2023, 6, 15)))));

    // The evidence opens on request, and stays open when the page is checked again.
    CHECK(!page.isEvidenceShown(QStringLiteral("six_months")));
    page.showEvidence(QStringLiteral("six_months"), true);
    CHECK(page.isEvidenceShown(QStringLiteral("six_months")));
    const QLabel *list = page.card(QStringLiteral("six_months"))->findChild<QLabel *>(QStringLiteral("evidence"));
    REQUIRE(list != nullptr);
    CHECK(list->text().contains(onPage(QDate(2022, 10, 20))));
    forum.document->setCurrentPlanId(second);
    forum.document->setCurrentPlanId(first);
    CHECK(page.isEvidenceShown(QStringLiteral("six_months")));
    CHECK(!page.isEvidenceShown(QStringLiteral("repository")));

    // A hidden page checks the plan chosen meanwhile once it is shown again.
    page.hide();
    forum.document->setCurrentPlanId(second);
    page.show();
    CHECK(page.check().planId == second);
    CHECK(page.summaryLabel()->text().contains(plans.at(1).title));
}

TEST_CASE("The Compliance page checks again after an edit, and after its undo", "[ui][compliance-page]")
{
    SampleForum forum;
    CompliancePage page(forum.document.get());
    page.setDay(kSampleToday);
    page.show();
    CHECK(page.statusText(QStringLiteral("website")).contains(StandardsCheck::statusLabel(ComplianceStatus::Met)));
    const Forum before = forum.document->forum();
    Forum after = before;
    after.website.clear();
    QSignalSpy refreshed(&page, &CompliancePage::refreshed);
    edit::editForum(forum.document.get(), before, after, QStringLiteral("Website"));
    REQUIRE(test::waitUntil([&] { return refreshed.count() > 0; }, 5000));
    CHECK(page.statusText(QStringLiteral("website")).contains(StandardsCheck::statusLabel(ComplianceStatus::NotMet)));
    forum.document->undoStack()->undo();
    REQUIRE(test::waitUntil([&] { return refreshed.count() > 1; }, 5000));
    CHECK(page.statusText(QStringLiteral("website")).contains(StandardsCheck::statusLabel(ComplianceStatus::Met)));
}

TEST_CASE("The Compliance page exports the compliance report", "[ui][compliance-page]")
{
    SampleForum forum;
    CompliancePage page(forum.document.get());
    page.setDay(kSampleToday);
    CHECK(page.exportButton()->isEnabled());
    QSignalSpy exported(page.exporter(), &DocumentExport::exported);
    QSignalSpy failed(page.exporter(), &DocumentExport::failed);
    const QString pdf = forum.folder.file(QStringLiteral("compliance.pdf"));
    const QString markdown = forum.folder.file(QStringLiteral("compliance.md"));
    page.writeReport(pdf, DocumentWriter::Format::Pdf);
    REQUIRE(test::waitUntil([&] { return exported.count() + failed.count() >= 1; }));
    page.writeReport(markdown, DocumentWriter::Format::Markdown);
    REQUIRE(test::waitUntil([&] { return exported.count() + failed.count() >= 2; }));
    CHECK(failed.isEmpty());
    CHECK(QFile(pdf).size() > 1000);
    QFile file(markdown);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    CHECK(text.contains(forum.document->forum().name));
    CHECK(text.contains(page.check().planTitle));
    CHECK(text.count(QStringLiteral("\n### ")) == 8 + 3);
}

TEST_CASE("The Compliance page of a forum without a plan says what to do first", "[ui][compliance-page]")
{
    test::isolateSettings();
    test::TempFolder folder;
    ForumDocument document(createForum(folder.file(QStringLiteral("new.ogpforum")), QStringLiteral("Foro nuevo")));
    CompliancePage page(&document);
    CHECK(page.check().findings.isEmpty());
    CHECK(page.card(QStringLiteral("six_months")) == nullptr);
    CHECK(!page.exportButton()->isEnabled());
    const QLabel *message = page.findChild<QLabel *>(QStringLiteral("complianceMessage"));
    REQUIRE(message != nullptr);
    CHECK(!message->isHidden());
    CHECK(message->text().contains(QStringLiteral("Co-create page")));
}
