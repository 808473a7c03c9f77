// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/compliance/ComplianceReportDocument.h"

#include "core/compliance/StandardsCheck.h"
#include "core/documents/DocumentBuilder.h"
#include "core/documents/DocumentLanguage.h"
#include "core/forum/Forum.h"
#include "core/plans/ActionPlan.h"
#include "core/storage/Table.h"

namespace forumdesk {

namespace {

const char kContext[] = "ComplianceReport";

} // namespace

std::unique_ptr<QTextDocument> ComplianceReportDocument::build(ForumFile &file, qint64 planId, const QDate &today)
{
    const Forum forum = Table<Forum>(file).get(1);
    const ActionPlan plan = Table<ActionPlan>(file).get(planId);
    const DocumentLanguage lang(forum.language);
    const auto t = [&](const char *source) { return lang.text(kContext, source); };
    const StandardsCheck check = StandardsCheck::evaluate(file, planId, today, &lang);

    const QString title = t(QT_TRANSLATE_NOOP("ComplianceReport", "OGP standards compliance report"));
    DocumentBuilder doc(title);
    doc.setRunningHead(lang, forum.name, today);
    doc.title(title, forum.name);
    doc.field(t(QT_TRANSLATE_NOOP("ComplianceReport", "Action plan")), plan.title);
    doc.field(t(QT_TRANSLATE_NOOP("ComplianceReport", "Period")),
              t(QT_TRANSLATE_NOOP("ComplianceReport", "%1 to %2")).arg(lang.longDate(plan.periodStart), lang.longDate(plan.periodEnd)));
    doc.field(t(QT_TRANSLATE_NOOP("ComplianceReport", "Stage")), lang.label(Vocabulary::List::PlanStage, plan.stage));
    doc.field(t(QT_TRANSLATE_NOOP("ComplianceReport", "Checked on")), lang.longDate(today));
    doc.field(t(QT_TRANSLATE_NOOP("ComplianceReport", "Summary")), check.summaryLine(&lang));
    doc.paragraph(t(QT_TRANSLATE_NOOP("ComplianceReport", "Each rule below is evaluated from the forum's own records: its members, meetings, contributions and plan. Where a rule is not met or at risk, the next step says what to do.")));

    QList<QStringList> rows;
    for (const ComplianceFinding &f : check.findings)
        rows << QStringList{StandardsCheck::referenceLabel(f.reference, &lang), f.title, StandardsCheck::statusLabel(f.status, &lang)};
    doc.table({t(QT_TRANSLATE_NOOP("ComplianceReport", "Reference")), t(QT_TRANSLATE_NOOP("ComplianceReport", "Rule")),
               t(QT_TRANSLATE_NOOP("ComplianceReport", "Status"))},
              rows, {14, 66, 20});

    doc.heading(t(QT_TRANSLATE_NOOP("ComplianceReport", "Minimum requirements and calendar")));
    for (const ComplianceFinding &f : check.findings) {
        doc.heading(QStringLiteral("%1 — %2").arg(StandardsCheck::referenceLabel(f.reference, &lang), f.title), 3);
        doc.field(t(QT_TRANSLATE_NOOP("ComplianceReport", "Status")), StandardsCheck::statusLabel(f.status, &lang));
        doc.paragraph(f.summary);
        if (!f.evidence.isEmpty()) {
            doc.heading(t(QT_TRANSLATE_NOOP("ComplianceReport", "Evidence")), 4);
            QStringList lines;
            for (const ComplianceEvidence &e : f.evidence)
                lines << e.text;
            doc.bullets(lines);
        }
        doc.field(t(QT_TRANSLATE_NOOP("ComplianceReport", "Next step")), f.nextStep);
        doc.field(t(QT_TRANSLATE_NOOP("ComplianceReport", "Source")), f.source);
    }

    doc.heading(t(QT_TRANSLATE_NOOP("ComplianceReport", "The IRM's questions")));
    doc.paragraph(t(QT_TRANSLATE_NOOP("ComplianceReport", "The Independent Reporting Mechanism (IRM) answers these questions in its own review. For each, what the IRM looks for and the forum's figures that bear on it.")));
    for (const IrmAnswer &a : check.irmAnswers) {
        doc.heading(a.question, 3);
        doc.field(t(QT_TRANSLATE_NOOP("ComplianceReport", "What the IRM looks for")), a.looksFor);
        if (!a.data.isEmpty())
            doc.bullets(a.data);
        doc.field(t(QT_TRANSLATE_NOOP("ComplianceReport", "Source")), a.source);
    }
    return doc.take();
}

} // namespace forumdesk
