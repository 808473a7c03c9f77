// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/plans/PlanDraftDocument.h"

#include "core/cocreation/CoCreationSummary.h"
#include "core/cocreation/Contribution.h"
#include "core/cocreation/ContributorName.h"
#include "core/documents/DocumentBuilder.h"
#include "core/documents/DocumentLanguage.h"
#include "core/forum/Forum.h"
#include "core/forum/ForumClock.h"
#include "core/forum/VocabularyKeys.h"
#include "core/learning/Lesson.h"
#include "core/meetings/Meeting.h"
#include "core/plans/ActionPlan.h"
#include "core/plans/Commitment.h"
#include "core/plans/Milestone.h"
#include "core/storage/Database.h"
#include "core/storage/Table.h"

namespace forumdesk {

namespace {

using L = Vocabulary::List;

QString period(const DocumentLanguage &lang, const QDate &from, const QDate &to)
{
    return lang.text("PlanDraft", QT_TRANSLATE_NOOP("PlanDraft", "%1 to %2")).arg(lang.longDate(from), lang.longDate(to));
}

QList<QStringList> countRows(const QMap<QString, int> &counts, L list, const DocumentLanguage &lang)
{
    QList<QStringList> rows;
    for (const QString &key : Vocabulary::keys(list))
        if (counts.value(key) > 0)
            rows << QStringList{lang.label(list, key), QString::number(counts.value(key))};
    return rows;
}

// The commitment numbers each contribution fed, or the contributions each commitment drew on.
QMap<qint64, QStringList> links(ForumFile &file, qint64 planId, bool byContribution)
{
    QMap<qint64, QStringList> result;
    Statement st = file.database().query(QStringLiteral(
        "SELECT l.contribution_id, l.commitment_id, c.number FROM contribution_commitment l "
        "JOIN commitment c ON c.id = l.commitment_id JOIN contribution k ON k.id = l.contribution_id "
        "WHERE k.plan_id = ? ORDER BY l.contribution_id, c.number COLLATE NAME"));
    st.bind(1, planId);
    while (st.next()) {
        if (byContribution)
            result[st.int64(0)] << st.text(2);
        else
            result[st.int64(1)] << QStringLiteral("#%1").arg(st.int64(0));
    }
    return result;
}

// One commitment on OGP's commitment template, in its order: brief description; problem definition;
// commitment description; analysis against OGP's values; planning (milestones); then what the
// older template adds (budget, links to other plans) and the forum's own tags.
void commitmentSection(DocumentBuilder &doc, ForumFile &file, const DocumentLanguage &lang, const Commitment &c,
                       const QStringList &fedBy, bool draft)
{
    const auto t = [&](const char *source) { return lang.text("PlanDraft", source); };
    // A draft shows what is still to write; an approved plan shows only what it says.
    const auto section = [&](const char *label, const QString &text) {
        if (text.trimmed().isEmpty() && !draft)
            return;
        doc.heading(t(label), 5);
        doc.paragraph(text.trimmed().isEmpty() ? t(QT_TRANSLATE_NOOP("PlanDraft", "To be completed.")) : text);
    };
    doc.heading(QStringLiteral("%1. %2").arg(c.number, c.title), 3);
    if (!c.briefDescription.trimmed().isEmpty())
        doc.paragraph(c.briefDescription);
    doc.field(t(QT_TRANSLATE_NOOP("PlanDraft", "Dates")), c.startOn.isValid() ? period(lang, c.startOn, c.endOn) : QString());
    doc.field(t(QT_TRANSLATE_NOOP("PlanDraft", "Lead implementing agency")), c.leadAgency);
    QStringList contact;
    for (const QString &part : {c.contactName, c.contactTitle, c.contactEmail, c.contactPhone})
        if (!part.trimmed().isEmpty())
            contact << part.trimmed();
    doc.field(t(QT_TRANSLATE_NOOP("PlanDraft", "Contact person")), contact.join(QStringLiteral(" · ")));
    doc.field(t(QT_TRANSLATE_NOOP("PlanDraft", "Supporting actors (government)")), c.supportingGovernment);
    doc.field(t(QT_TRANSLATE_NOOP("PlanDraft", "Supporting actors (civil society, private sector, others)")), c.supportingOther);
    QStringList areas;
    for (const QString &key : c.policyAreas)
        areas << lang.label(L::PolicyArea, key);
    doc.field(t(QT_TRANSLATE_NOOP("PlanDraft", "Policy areas")), areas.join(QStringLiteral(", ")));

    doc.heading(t(QT_TRANSLATE_NOOP("PlanDraft", "Problem definition")), 4);
    section(QT_TRANSLATE_NOOP("PlanDraft", "What problem does the commitment aim to address?"), c.problem);
    section(QT_TRANSLATE_NOOP("PlanDraft", "What are the causes of the problem?"), c.causes);

    doc.heading(t(QT_TRANSLATE_NOOP("PlanDraft", "Commitment description")), 4);
    section(QT_TRANSLATE_NOOP("PlanDraft", "What has been done so far to solve the problem?"), c.statusQuo);
    section(QT_TRANSLATE_NOOP("PlanDraft", "What solution is proposed?"), c.description);
    if (!c.solution.trimmed().isEmpty())
        section(QT_TRANSLATE_NOOP("PlanDraft", "How will it solve the problem?"), c.solution);
    section(QT_TRANSLATE_NOOP("PlanDraft", "What results are expected?"), c.expectedResults);

    doc.heading(t(QT_TRANSLATE_NOOP("PlanDraft", "Commitment analysis")), 4);
    QStringList values;
    if (c.valueAccessInformation)
        values << t(QT_TRANSLATE_NOOP("PlanDraft", "Access to information"));
    if (c.valueCivicParticipation)
        values << t(QT_TRANSLATE_NOOP("PlanDraft", "Civic participation"));
    if (c.valuePublicAccountability)
        values << t(QT_TRANSLATE_NOOP("PlanDraft", "Public accountability"));
    if (c.valueTechnologyInnovation)
        values << t(QT_TRANSLATE_NOOP("PlanDraft", "Technology and innovation"));
    doc.field(t(QT_TRANSLATE_NOOP("PlanDraft", "Relevance to OGP values")), values.join(QStringLiteral(", ")));
    // The template asks how the commitment advances each value it claims.
    if (c.valueAccessInformation || !c.advancesTransparency.trimmed().isEmpty())
        section(QT_TRANSLATE_NOOP("PlanDraft", "How will the commitment promote transparency?"), c.advancesTransparency);
    if (c.valuePublicAccountability || !c.advancesAccountability.trimmed().isEmpty())
        section(QT_TRANSLATE_NOOP("PlanDraft", "How will the commitment help foster accountability?"), c.advancesAccountability);
    if (c.valueCivicParticipation || !c.advancesParticipation.trimmed().isEmpty())
        section(QT_TRANSLATE_NOOP("PlanDraft", "How will the commitment improve citizen participation?"), c.advancesParticipation);

    doc.heading(t(QT_TRANSLATE_NOOP("PlanDraft", "Commitment planning")), 4);
    QList<QStringList> rows;
    for (const Milestone &m : Table<Milestone>(file).list(QStringLiteral("commitment_id = ?"), {c.id}, QStringLiteral("position, id")))
        rows << QStringList{m.activity, m.deliverable, lang.shortDate(m.endOn), m.responsible};
    if (rows.isEmpty())
        doc.paragraph(t(QT_TRANSLATE_NOOP("PlanDraft", "No milestones yet.")));
    else
        doc.table({t(QT_TRANSLATE_NOOP("PlanDraft", "Milestone")), t(QT_TRANSLATE_NOOP("PlanDraft", "Expected output")),
                   t(QT_TRANSLATE_NOOP("PlanDraft", "Expected completion date")), t(QT_TRANSLATE_NOOP("PlanDraft", "Stakeholders"))},
                  rows, {36, 30, 14, 20});

    doc.field(t(QT_TRANSLATE_NOOP("PlanDraft", "Budget")), c.budget);
    doc.field(t(QT_TRANSLATE_NOOP("PlanDraft", "Links to other plans and the SDGs")), c.linksOtherPlans);
    QStringList frontiers;
    for (const QString &key : c.frontiers)
        frontiers << lang.label(L::Frontier, key);
    doc.field(t(QT_TRANSLATE_NOOP("PlanDraft", "Frontiers for expanding open government (the forum's own tags)")),
              frontiers.join(QStringLiteral(", ")));
    doc.field(t(QT_TRANSLATE_NOOP("PlanDraft", "Contributions it draws on")), fedBy.join(QStringLiteral(", ")));
}

} // namespace

std::unique_ptr<QTextDocument> PlanDraftDocument::build(ForumFile &file, qint64 planId)
{
    const Forum forum = Table<Forum>(file).get(1);
    const ActionPlan plan = Table<ActionPlan>(file).get(planId);
    const DocumentLanguage lang(forum.language);
    const auto t = [&](const char *source) { return lang.text("PlanDraft", source); };
    const QList<Commitment> commitments = Table<Commitment>(file).list(
        QStringLiteral("plan_id = ?"), {planId}, Commitment::planOrder());

    // Until the forum approves the plan or it is submitted to OGP, what is exported is a draft and
    // says so on its title, in the forum's language.
    const bool approved = plan.submittedOn.isValid() || ActionPlan::approvedByForum(file, planId);
    const QString title = approved ? plan.title : t(QT_TRANSLATE_NOOP("PlanDraft", "DRAFT — %1")).arg(plan.title);
    DocumentBuilder doc(title);
    doc.setRunningHead(lang, forum.name, ForumClock::of(file).today());
    doc.title(title, forum.name);
    doc.paragraph(period(lang, plan.periodStart, plan.periodEnd));
    if (!approved)
        doc.paragraph(t(QT_TRANSLATE_NOOP("PlanDraft", "Draft for discussion: the forum has not approved this plan yet, and it may change.")));
    if (plan.submittedOn.isValid())
        doc.field(t(QT_TRANSLATE_NOOP("PlanDraft", "Submitted to OGP on")), lang.longDate(plan.submittedOn));

    doc.heading(t(QT_TRANSLATE_NOOP("PlanDraft", "Contents")));
    QStringList contents{t(QT_TRANSLATE_NOOP("PlanDraft", "1. Introduction and context")),
                         t(QT_TRANSLATE_NOOP("PlanDraft", "2. Open government efforts to date")),
                         t(QT_TRANSLATE_NOOP("PlanDraft", "3. The co-creation process")),
                         t(QT_TRANSLATE_NOOP("PlanDraft", "4. Commitments"))};
    for (const Commitment &c : commitments)
        contents << QStringLiteral("    4.%1. %2").arg(c.number, c.title);
    contents << t(QT_TRANSLATE_NOOP("PlanDraft", "5. Monitoring"));
    doc.bullets(contents);

    doc.heading(t(QT_TRANSLATE_NOOP("PlanDraft", "1. Introduction and context")));
    doc.paragraph(plan.introduction.trimmed().isEmpty() ? t(QT_TRANSLATE_NOOP("PlanDraft", "To be written by the forum."))
                                                        : plan.introduction);

    doc.heading(t(QT_TRANSLATE_NOOP("PlanDraft", "2. Open government efforts to date")));
    QStringList earlier;
    for (const ActionPlan &p : Table<ActionPlan>(file).list(QStringLiteral("period_start < ?"), {formatDate(plan.periodStart)},
                                                            QStringLiteral("period_start")))
        earlier << QStringLiteral("%1 (%2)").arg(p.title, period(lang, p.periodStart, p.periodEnd));
    if (earlier.isEmpty())
        doc.paragraph(t(QT_TRANSLATE_NOOP("PlanDraft", "This is the forum's first action plan.")));
    else
        doc.bullets(earlier);
    const QList<Lesson> lessons = Table<Lesson>(file).list(QStringLiteral("carried_into_plan_id = ?"), {planId});
    if (!lessons.isEmpty()) {
        doc.heading(t(QT_TRANSLATE_NOOP("PlanDraft", "Lessons carried into this plan")), 3);
        QStringList items;
        for (const Lesson &lesson : lessons)
            items << (lesson.recommendation.isEmpty() ? lesson.text : QStringLiteral("%1 — %2").arg(lesson.text, lesson.recommendation));
        doc.bullets(items);
    }

    doc.heading(t(QT_TRANSLATE_NOOP("PlanDraft", "3. The co-creation process")));
    const QList<Meeting> events = Table<Meeting>(file).list(
        QStringLiteral("plan_id = ? AND status <> 'cancelled' AND starts_at < ?"),
        {planId, formatDate(plan.periodStart.addMonths(3))}, QStringLiteral("starts_at"));
    if (!events.isEmpty()) {
        QList<QStringList> rows;
        for (const Meeting &m : events)
            rows << QStringList{lang.longDate(m.startsAt.date()), lang.label(L::MeetingKind, m.kind), m.title};
        doc.heading(t(QT_TRANSLATE_NOOP("PlanDraft", "Meetings and events")), 3);
        doc.table({t(QT_TRANSLATE_NOOP("PlanDraft", "Date")), t(QT_TRANSLATE_NOOP("PlanDraft", "Kind")),
                   t(QT_TRANSLATE_NOOP("PlanDraft", "Meeting"))}, rows);
    }
    const CoCreationSummary summary = CoCreationSummary::of(file, planId);
    doc.heading(t(QT_TRANSLATE_NOOP("PlanDraft", "Contributions")), 3);
    doc.paragraph(summary.sentence(lang));
    if (summary.received > 0) {
        doc.table({t(QT_TRANSLATE_NOOP("PlanDraft", "Sector")), t(QT_TRANSLATE_NOOP("PlanDraft", "Contributions"))},
                  countRows(summary.bySector, L::Sector, lang));
        doc.table({t(QT_TRANSLATE_NOOP("PlanDraft", "Channel")), t(QT_TRANSLATE_NOOP("PlanDraft", "Contributions"))},
                  countRows(summary.byChannel, L::ContributionChannel, lang));
    }

    doc.heading(t(QT_TRANSLATE_NOOP("PlanDraft", "4. Commitments")));
    if (commitments.isEmpty())
        doc.paragraph(t(QT_TRANSLATE_NOOP("PlanDraft", "No commitments have been drafted yet.")));
    const QMap<qint64, QStringList> fedBy = links(file, planId, false);
    for (const Commitment &c : commitments)
        commitmentSection(doc, file, lang, c, fedBy.value(c.id), !approved);

    doc.heading(t(QT_TRANSLATE_NOOP("PlanDraft", "5. Monitoring")));
    doc.paragraph(t(QT_TRANSLATE_NOOP("PlanDraft", "The forum follows the plan's implementation at its sessions, at least every six months, with the implementing agencies and civil society, and publishes progress in its document repository.")));
    doc.field(t(QT_TRANSLATE_NOOP("PlanDraft", "Website")), forum.website);
    doc.field(t(QT_TRANSLATE_NOOP("PlanDraft", "Document repository")), forum.repositoryUrl);
    return doc.take();
}

std::unique_ptr<QTextDocument> ResponseReport::build(ForumFile &file, qint64 planId)
{
    const Forum forum = Table<Forum>(file).get(1);
    const ActionPlan plan = Table<ActionPlan>(file).get(planId);
    const DocumentLanguage lang(forum.language);
    const auto t = [&](const char *source) { return lang.text("ResponseReport", source); };
    DocumentBuilder doc(t(QT_TRANSLATE_NOOP("ResponseReport", "Reasoned response report")));
    doc.setRunningHead(lang, forum.name, ForumClock::of(file).today());
    doc.title(t(QT_TRANSLATE_NOOP("ResponseReport", "Reasoned response report")), QStringLiteral("%1 — %2").arg(forum.name, plan.title));
    const CoCreationSummary summary = CoCreationSummary::of(file, planId);
    doc.paragraph(summary.treatmentSentence(lang));
    // The summary a reader looks for first: what became of the contributions, and what each
    // commitment drew on.
    if (summary.received > 0) {
        doc.heading(t(QT_TRANSLATE_NOOP("ResponseReport", "Summary by treatment")));
        QMap<QString, int> byStatus;
        Statement statuses = file.database().query(QStringLiteral("SELECT status, count(*) FROM contribution WHERE plan_id = ? GROUP BY status"));
        statuses.bind(1, planId);
        while (statuses.next())
            byStatus.insert(statuses.text(0), int(statuses.int64(1)));
        doc.table({t(QT_TRANSLATE_NOOP("ResponseReport", "What became of it")), t(QT_TRANSLATE_NOOP("ResponseReport", "Contributions"))},
                  countRows(byStatus, L::ContributionStatus, lang), {70, 30});

        doc.heading(t(QT_TRANSLATE_NOOP("ResponseReport", "Summary by commitment")));
        Statement commitments = file.database().query(QStringLiteral(
            "SELECT c.number, c.title, count(l.id), count(l.id) FILTER (WHERE k.status IN (?2, ?3)) "
            "FROM commitment c LEFT JOIN contribution_commitment l ON l.commitment_id = c.id "
            "LEFT JOIN contribution k ON k.id = l.contribution_id WHERE c.plan_id = ?1 GROUP BY c.id ORDER BY %1")
                                                            .arg(Commitment::planOrder(QStringLiteral("c"))));
        commitments.bindAll({planId, QString(key::ContributionStatus::Incorporated), QString(key::ContributionStatus::PartiallyIncorporated)});
        QList<QStringList> rows;
        while (commitments.next())
            rows << QStringList{QStringLiteral("%1. %2").arg(commitments.text(0), commitments.text(1)),
                                lang.locale().toString(commitments.int64(2)), lang.locale().toString(commitments.int64(3))};
        const qint64 unlinked = file.database().scalar(QStringLiteral(
            "SELECT count(*) FROM contribution k WHERE k.plan_id = ? AND NOT EXISTS "
            "(SELECT 1 FROM contribution_commitment l WHERE l.contribution_id = k.id)"), {planId}).toLongLong();
        rows << QStringList{t(QT_TRANSLATE_NOOP("ResponseReport", "Not linked to a commitment")), lang.locale().toString(unlinked), QString()};
        doc.table({t(QT_TRANSLATE_NOOP("ResponseReport", "Commitment")), t(QT_TRANSLATE_NOOP("ResponseReport", "Contributions it drew on")),
                   t(QT_TRANSLATE_NOOP("ResponseReport", "Of which incorporated"))},
                  rows, {60, 20, 20});
        doc.heading(t(QT_TRANSLATE_NOOP("ResponseReport", "Each contribution and its response")));
    }
    const QMap<qint64, QStringList> fed = links(file, planId, true);
    for (const Contribution &c : Table<Contribution>(file).list(QStringLiteral("plan_id = ?"), {planId}, QStringLiteral("received_on, id"))) {
        // A person is named only with their recorded consent (format 3).
        const QString who = contributorName(c, &lang);
        doc.heading(t(QT_TRANSLATE_NOOP("ResponseReport", "Contribution #%1 — %2")).arg(c.id).arg(who), 3);
        doc.field(t(QT_TRANSLATE_NOOP("ResponseReport", "Received")),
                  QStringLiteral("%1 · %2 · %3").arg(lang.longDate(c.receivedOn), lang.label(L::ContributionChannel, c.channel),
                                                     lang.label(L::Sector, c.sector)));
        doc.paragraph(c.text);
        doc.field(t(QT_TRANSLATE_NOOP("ResponseReport", "What became of it")), lang.label(L::ContributionStatus, c.status));
        doc.field(t(QT_TRANSLATE_NOOP("ResponseReport", "Commitments it fed")), fed.value(c.id).join(QStringLiteral(", ")));
        if (c.response.trimmed().isEmpty()) {
            doc.field(t(QT_TRANSLATE_NOOP("ResponseReport", "Reasoned response")), t(QT_TRANSLATE_NOOP("ResponseReport", "still awaiting a response")));
        } else {
            doc.field(t(QT_TRANSLATE_NOOP("ResponseReport", "Reasoned response")), lang.longDate(c.respondedOn));
            doc.paragraph(c.response);
        }
    }
    return doc.take();
}

} // namespace forumdesk
