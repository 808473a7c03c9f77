// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/evaluation/SelfAssessmentReport.h"

#include "core/cocreation/CoCreationSummary.h"
#include "core/documents/DocumentBuilder.h"
#include "core/documents/DocumentLanguage.h"
#include "core/evaluation/AssessmentRating.h"
#include "core/forum/Forum.h"
#include "core/forum/ForumClock.h"
#include "core/forum/VocabularyKeys.h"
#include "core/implementation/ProgressTracking.h"
#include "core/learning/LessonsCarried.h"
#include "core/learning/PracticeLibrary.h"
#include "core/plans/ActionPlan.h"
#include "core/storage/Database.h"
#include "core/storage/ForumFile.h"
#include "core/storage/Table.h"

#include <QMap>

#include <functional>
#include <numeric>
#include <optional>

namespace forumdesk {

namespace {

using L = Vocabulary::List;

const char kContext[] = "SelfAssessment";

constexpr int kEvidenceShown = 3; // latest evidence entries per commitment

struct Evidence {
    int total = 0; // progress updates with evidence
    QStringList latest;
};

QString period(const DocumentLanguage &lang, const QDate &from, const QDate &to)
{
    return lang.text(kContext, QT_TRANSLATE_NOOP("SelfAssessment", "%1 to %2")).arg(lang.longDate(from), lang.longDate(to));
}

QString percent(const DocumentLanguage &lang, double value)
{
    return lang.locale().toString(qRound(value)) + QStringLiteral("\u00a0%");
}

// Counts of `keys` (a vocabulary list's keys in its order) from two sources, as table rows; keys
// neither source counts are left out.
QList<QStringList> sideBySide(const DocumentLanguage &lang, L list, const QMap<QString, int> &self,
                              const QMap<QString, int> &irm)
{
    QList<QStringList> rows;
    for (const QString &key : Vocabulary::keys(list))
        if (self.value(key) > 0 || irm.value(key) > 0)
            rows << QStringList{lang.label(list, key), QString::number(self.value(key)), QString::number(irm.value(key))};
    return rows;
}

// Per kind key, the count of rows `sql` returns grouped (first column the key, second the count).
QMap<QString, int> grouped(ForumFile &file, const QString &sql, const QVariantList &binds)
{
    QMap<QString, int> counts;
    Statement st = file.database().query(sql);
    st.bindAll(binds);
    while (st.next())
        counts.insert(st.text(0), int(st.int64(1)));
    return counts;
}

QList<QStringList> countRows(const DocumentLanguage &lang, L list, const QMap<QString, int> &counts)
{
    QList<QStringList> rows;
    for (const QString &key : Vocabulary::keys(list))
        if (counts.value(key) > 0)
            rows << QStringList{lang.label(list, key), QString::number(counts.value(key))};
    return rows;
}

// The latest evidence of each commitment of the plan: one query over the plan's progress updates.
QMap<qint64, Evidence> evidenceOf(ForumFile &file, qint64 planId, const DocumentLanguage &lang)
{
    QMap<qint64, Evidence> result;
    Statement st = file.database().query(QStringLiteral(
        "SELECT commitment_id, reported_on, evidence, total FROM ("
        "  SELECT m.commitment_id, p.reported_on, trim(p.evidence) AS evidence, "
        "    row_number() OVER (PARTITION BY m.commitment_id ORDER BY p.reported_on DESC, p.id DESC) AS rank, "
        "    count(*) OVER (PARTITION BY m.commitment_id) AS total "
        "  FROM progress_update p JOIN milestone m ON m.id = p.milestone_id JOIN commitment c ON c.id = m.commitment_id "
        "  WHERE c.plan_id = ? AND trim(coalesce(p.evidence, '')) <> '') "
        "WHERE rank <= ? ORDER BY commitment_id, rank"));
    st.bindAll({planId, kEvidenceShown});
    while (st.next()) {
        Evidence &e = result[st.int64(0)];
        e.total = int(st.int64(3));
        e.latest << QStringLiteral("%1 — %2").arg(lang.shortDate(parseDate(st.text(1))), st.text(2));
    }
    return result;
}

QString yesNo(const DocumentLanguage &lang, bool yes)
{
    return yes ? lang.text(kContext, QT_TRANSLATE_NOOP("SelfAssessment", "Yes"))
               : lang.text(kContext, QT_TRANSLATE_NOOP("SelfAssessment", "No"));
}

QString relevance(const DocumentLanguage &lang, const Assessment &a)
{
    QStringList values;
    if (a.relevanceAccessInformation)
        values << lang.text("Field", QT_TRANSLATE_NOOP("Field", "Access to information"));
    if (a.relevanceCivicParticipation)
        values << lang.text("Field", QT_TRANSLATE_NOOP("Field", "Civic participation"));
    if (a.relevancePublicAccountability)
        values << lang.text("Field", QT_TRANSLATE_NOOP("Field", "Public accountability"));
    if (a.relevanceTechnologyInnovation)
        values << lang.text("Field", QT_TRANSLATE_NOOP("Field", "Technology and innovation"));
    return values.isEmpty() ? lang.text(kContext, QT_TRANSLATE_NOOP("SelfAssessment", "None")) : values.join(QStringLiteral(", "));
}

// One row of the side-by-side table: the scale, then the self-assessment's value and the IRM's
// ("—" where a source has not assessed).
QStringList scaleRow(const QString &scale, const CommitmentEvaluation &e, const std::function<QString(const Assessment &)> &value)
{
    const QString none = QStringLiteral("—");
    return {scale, e.self ? value(*e.self) : none, e.irm ? value(*e.irm) : none};
}

void commitmentResults(DocumentBuilder &doc, const DocumentLanguage &lang, const CommitmentEvaluation &e,
                       const CommitmentProgress *progress, const Evidence *evidence, const QStringList &practices)
{
    const auto t = [&](const char *source) { return lang.text(kContext, source); };
    const auto f = [&](const char *source) { return lang.text("Field", source); }; // the forms' own labels
    const auto label = [&](L list, const QString &key) { return key.isEmpty() ? QString() : lang.label(list, key); };
    doc.heading(QStringLiteral("%1. %2").arg(e.number, e.title), 3);
    doc.field(f(QT_TRANSLATE_NOOP("Field", "Lead implementing agency")), e.leadAgency);
    if (progress) {
        QString level = lang.label(L::Completion, progress->level);
        if (progress->overridden)
            level = t(QT_TRANSLATE_NOOP("SelfAssessment", "%1, set by the forum: %2")).arg(level, progress->reason);
        doc.field(f(QT_TRANSLATE_NOOP("Field", "Completion level")), level);
        doc.field(t(QT_TRANSLATE_NOOP("SelfAssessment", "Progress")),
                  lang.text("SelfAssessment", QT_TRANSLATE_N_NOOP("SelfAssessment", "%1 (%2 of %n milestone(s) done)"),
                            progress->milestones)
                      .arg(percent(lang, progress->percent))
                      .arg(progress->milestonesDone));
    }
    QStringList inspired;
    for (const QString &key : practices) {
        const Practice *p = PracticeLibrary::find(key);
        inspired << (p ? QStringLiteral("%1 (%2)").arg(lang.text("Practice", p->title), lang.text("Practice", p->country)) : key);
    }
    doc.field(t(QT_TRANSLATE_NOOP("SelfAssessment", "Practices that inspired it")), inspired.join(QStringLiteral("; ")));
    if (evidence && evidence->total > 0) {
        doc.paragraph(t(QT_TRANSLATE_NOOP("SelfAssessment", "Progress updates giving evidence: %1. The latest:")).arg(evidence->total));
        doc.bullets(evidence->latest);
    } else {
        doc.field(t(QT_TRANSLATE_NOOP("SelfAssessment", "Evidence")), t(QT_TRANSLATE_NOOP("SelfAssessment", "no evidence recorded")));
    }

    if (!e.self && !e.irm) {
        doc.paragraph(t(QT_TRANSLATE_NOOP("SelfAssessment", "Not yet assessed.")));
        return;
    }
    QList<QStringList> rows;
    rows << scaleRow(f(QT_TRANSLATE_NOOP("Field", "Assessed on")), e, [&](const Assessment &a) { return lang.shortDate(a.assessedOn); });
    rows << scaleRow(f(QT_TRANSLATE_NOOP("Field", "Verifiable")), e, [&](const Assessment &a) { return yesNo(lang, a.verifiable); });
    rows << scaleRow(t(QT_TRANSLATE_NOOP("SelfAssessment", "Relevance to OGP values")), e, [&](const Assessment &a) { return relevance(lang, a); });
    rows << scaleRow(f(QT_TRANSLATE_NOOP("Field", "Potential for results")), e, [&](const Assessment &a) { return label(L::PotentialResults, a.potentialResults); });
    rows << scaleRow(f(QT_TRANSLATE_NOOP("Field", "Potential impact")), e, [&](const Assessment &a) { return label(L::PotentialImpact, a.potentialImpact); });
    rows << scaleRow(f(QT_TRANSLATE_NOOP("Field", "Completion")), e, [&](const Assessment &a) { return label(L::Completion, a.completion); });
    rows << scaleRow(f(QT_TRANSLATE_NOOP("Field", "Did it open government?")), e, [&](const Assessment &a) { return label(L::OpenedGovernment, a.openedGovernment); });
    rows << scaleRow(t(QT_TRANSLATE_NOOP("SelfAssessment", "Starred")), e, [&](const Assessment &a) { return yesNo(lang, AssessmentRating::isStarred(a)); });
    doc.table({t(QT_TRANSLATE_NOOP("SelfAssessment", "IRM scale")), lang.label(L::AssessmentSource, key::AssessmentSource::Self),
               lang.label(L::AssessmentSource, key::AssessmentSource::Irm)},
              rows, {34, 33, 33});
    const struct {
        const std::optional<Assessment> &assessment;
        QLatin1StringView source;
    } sources[] = {{e.self, key::AssessmentSource::Self}, {e.irm, key::AssessmentSource::Irm}};
    for (const auto &source : sources) {
        if (!source.assessment)
            continue;
        const QString name = lang.label(L::AssessmentSource, source.source);
        const QString why = AssessmentRating::whyNotStarred(*source.assessment, &lang);
        if (!why.isEmpty())
            doc.field(name, why);
        doc.field(t(QT_TRANSLATE_NOOP("SelfAssessment", "Notes (%1)")).arg(name), source.assessment->notes);
    }
}

} // namespace

std::unique_ptr<QTextDocument> SelfAssessmentReport::build(ForumFile &file, qint64 planId)
{
    const Forum forum = Table<Forum>(file).get(1);
    const ActionPlan plan = Table<ActionPlan>(file).get(planId);
    const DocumentLanguage lang(forum.language);
    const auto t = [&](const char *source) { return lang.text(kContext, source); };
    const QList<CommitmentEvaluation> commitments = AssessmentRating::forPlan(file, planId);
    const PlanEvaluation figures = AssessmentRating::figures(commitments);
    // While the plan's implementation runs (its period not over, the forum not yet evaluating it),
    // what can be written is an interim report, and it says so.
    const bool interim = (plan.stage == key::PlanStage::CoCreate || plan.stage == key::PlanStage::Implement)
        && ForumClock::of(file).today() <= plan.periodEnd;
    const QString title = interim ? t(QT_TRANSLATE_NOOP("SelfAssessment", "DRAFT — Interim self-assessment report"))
                                  : t(QT_TRANSLATE_NOOP("SelfAssessment", "End-of-term self-assessment report"));

    DocumentBuilder doc(title);
    doc.setRunningHead(lang, forum.name, ForumClock::of(file).today());
    doc.title(title, QStringLiteral("%1 — %2").arg(forum.name, plan.title));
    if (interim)
        doc.paragraph(t(QT_TRANSLATE_NOOP("SelfAssessment", "The plan is still in implementation, until %1: this is an interim report, not the end-of-term self-assessment, which is written once the implementation period has ended."))
                          .arg(lang.longDate(plan.periodEnd)));
    doc.field(t(QT_TRANSLATE_NOOP("SelfAssessment", "Action plan")), plan.title);
    doc.field(t(QT_TRANSLATE_NOOP("SelfAssessment", "Period")), period(lang, plan.periodStart, plan.periodEnd));
    doc.field(t(QT_TRANSLATE_NOOP("SelfAssessment", "Stage")), lang.label(L::PlanStage, plan.stage));

    // 1. The plan in figures.
    doc.heading(t(QT_TRANSLATE_NOOP("SelfAssessment", "1. The plan's results in figures")));
    doc.paragraph(lang.text("SelfAssessment", QT_TRANSLATE_N_NOOP("SelfAssessment", "The plan has %n commitment(s)."),
                            figures.commitments)
                  + QLatin1Char(' ')
                  + t(QT_TRANSLATE_NOOP("SelfAssessment", "The forum has assessed %1 of them and the Independent Reporting Mechanism (IRM) %2."))
                        .arg(figures.self.assessed)
                        .arg(figures.irm.assessed));
    doc.paragraph(t(QT_TRANSLATE_NOOP("SelfAssessment", "Starred commitments: %1 in the self-assessment, %2 in the IRM's assessment. A starred commitment is verifiable, relevant to OGP values, of moderate or transformative potential impact, and substantially or fully complete."))
                      .arg(figures.self.starred)
                      .arg(figures.irm.starred));
    const QStringList bySource{lang.label(L::AssessmentSource, key::AssessmentSource::Self), lang.label(L::AssessmentSource, key::AssessmentSource::Irm)};
    const QList<QStringList> completion = sideBySide(lang, L::Completion, figures.self.byCompletion, figures.irm.byCompletion);
    if (!completion.isEmpty())
        doc.table(QStringList{lang.text("Field", QT_TRANSLATE_NOOP("Field", "Completion"))} + bySource, completion, {50, 25, 25});
    const QList<QStringList> opened = sideBySide(lang, L::OpenedGovernment, figures.self.byOpenedGovernment, figures.irm.byOpenedGovernment);
    if (!opened.isEmpty())
        doc.table(QStringList{lang.text("Field", QT_TRANSLATE_NOOP("Field", "Did it open government?"))} + bySource, opened, {50, 25, 25});

    // 2. The process.
    doc.heading(t(QT_TRANSLATE_NOOP("SelfAssessment", "2. The process")));
    doc.heading(t(QT_TRANSLATE_NOOP("SelfAssessment", "Co-creation")), 3);
    const CoCreationSummary cocreation = CoCreationSummary::of(file, planId);
    const QVariantList planPeriod{planId, formatDate(plan.periodStart)};
    const QMap<QString, int> before = grouped(file, QStringLiteral(
        "SELECT kind, count(*) FROM meeting WHERE plan_id = ? AND status NOT IN ('planned', 'cancelled') "
        "AND starts_at < ? GROUP BY kind"), planPeriod);
    int coCreationMeetings = 0;
    for (int n : before)
        coCreationMeetings += n;
    doc.paragraph(lang.text("SelfAssessment",
                            QT_TRANSLATE_N_NOOP("SelfAssessment", "Before the plan started, the forum held %n meeting(s) and event(s) to co-create it."),
                            coCreationMeetings)
                  + QLatin1Char(' ') + cocreation.sentence(lang));

    doc.heading(t(QT_TRANSLATE_NOOP("SelfAssessment", "Participation during implementation")), 3);
    const QMap<QString, int> during = grouped(file, QStringLiteral(
        "SELECT kind, count(*) FROM meeting WHERE plan_id = ? AND status NOT IN ('planned', 'cancelled') "
        "AND starts_at >= ? GROUP BY kind"), planPeriod);
    if (during.isEmpty()) {
        doc.paragraph(t(QT_TRANSLATE_NOOP("SelfAssessment", "No meetings about the plan are recorded since it started.")));
    } else {
        doc.table({t(QT_TRANSLATE_NOOP("SelfAssessment", "Meetings since the plan started")), t(QT_TRANSLATE_NOOP("SelfAssessment", "Held"))},
                  countRows(lang, L::MeetingKind, during), {70, 30});
        const QMap<QString, int> attendance = grouped(file, QStringLiteral(
            "SELECT a.sector, count(*) FROM attendance a JOIN meeting m ON m.id = a.meeting_id WHERE m.plan_id = ? "
            "AND m.status NOT IN ('planned', 'cancelled') AND m.starts_at >= ? "
            "AND a.status IN ('present', 'remote', 'represented') GROUP BY a.sector"), planPeriod);
        if (!attendance.isEmpty())
            doc.table({lang.text("Field", QT_TRANSLATE_NOOP("Field", "Sector")), t(QT_TRANSLATE_NOOP("SelfAssessment", "Attendances"))},
                      countRows(lang, L::Sector, attendance), {70, 30});
    }

    doc.heading(t(QT_TRANSLATE_NOOP("SelfAssessment", "The forum's role")), 3);
    doc.paragraph(t(QT_TRANSLATE_NOOP("SelfAssessment", "%1 led the co-creation of the plan, decided on its process and followed its implementation with the implementing agencies and civil society."))
                      .arg(forum.name));
    Statement approval = file.database().query(QStringLiteral(
        "SELECT m.title, m.starts_at FROM decision d JOIN meeting m ON m.id = d.meeting_id "
        "WHERE d.approves_plan_id = ? AND d.outcome = 'adopted' ORDER BY m.starts_at LIMIT 1"));
    approval.bind(1, planId);
    if (approval.next())
        doc.paragraph(t(QT_TRANSLATE_NOOP("SelfAssessment", "The forum approved the plan at “%1” on %2."))
                          .arg(approval.text(0), lang.longDate(parseWallClock(approval.text(1)).date())));
    approval.reset();
    const QMap<QString, int> members = grouped(file, QStringLiteral(
        "SELECT sector, count(*) FROM member WHERE (term_start IS NULL OR term_start <= ?) "
        "AND (term_end IS NULL OR term_end >= ?) GROUP BY sector"),
        {formatDate(plan.periodEnd), formatDate(plan.periodStart)});
    if (!members.isEmpty())
        doc.table({t(QT_TRANSLATE_NOOP("SelfAssessment", "Members of the forum during the plan")), t(QT_TRANSLATE_NOOP("SelfAssessment", "Members"))},
                  countRows(lang, L::Sector, members), {70, 30});

    // 3. Each commitment.
    doc.heading(t(QT_TRANSLATE_NOOP("SelfAssessment", "3. Final results of each commitment")));
    if (commitments.isEmpty())
        doc.paragraph(t(QT_TRANSLATE_NOOP("SelfAssessment", "The plan has no commitments.")));
    QMap<qint64, CommitmentProgress> progress;
    // Progress as it stood when the plan ended (the day only decides what counts as overdue).
    for (const CommitmentProgress &p : ProgressTracking::forPlan(file, planId, plan.periodEnd))
        progress.insert(p.commitmentId, p);
    const QMap<qint64, Evidence> evidence = evidenceOf(file, planId, lang);
    const QMap<qint64, QStringList> practices = PracticeLibrary::citationsInPlan(file, planId);
    for (const CommitmentEvaluation &e : commitments) {
        const auto p = progress.constFind(e.commitmentId);
        const auto found = evidence.constFind(e.commitmentId);
        commitmentResults(doc, lang, e, p == progress.cend() ? nullptr : &*p, found == evidence.cend() ? nullptr : &*found,
                          practices.value(e.commitmentId));
    }

    // 4. The IRM's assessment beside the forum's.
    doc.heading(t(QT_TRANSLATE_NOOP("SelfAssessment", "4. Response to the IRM's assessment")));
    if (figures.irm.assessed == 0) {
        doc.paragraph(t(QT_TRANSLATE_NOOP("SelfAssessment", "The IRM has not assessed the plan's commitments yet.")));
    } else {
        QStringList differences;
        for (const CommitmentEvaluation &e : commitments) {
            if (!e.self || !e.irm)
                continue;
            QStringList what;
            if (e.self->completion != e.irm->completion)
                what << t(QT_TRANSLATE_NOOP("SelfAssessment", "completion “%1” in the self-assessment, “%2” for the IRM"))
                            .arg(lang.label(L::Completion, e.self->completion), lang.label(L::Completion, e.irm->completion));
            if (AssessmentRating::isStarred(*e.self) != AssessmentRating::isStarred(*e.irm))
                what << (AssessmentRating::isStarred(*e.irm)
                             ? t(QT_TRANSLATE_NOOP("SelfAssessment", "starred by the IRM only"))
                             : t(QT_TRANSLATE_NOOP("SelfAssessment", "starred in the self-assessment only")));
            if (!what.isEmpty())
                differences << QStringLiteral("%1. %2: %3").arg(e.number, e.title, what.join(QStringLiteral("; ")));
        }
        if (differences.isEmpty()) {
            doc.paragraph(t(QT_TRANSLATE_NOOP("SelfAssessment", "The IRM's assessment agrees with the forum's on the completion and the starred rating of every commitment both assessed.")));
        } else {
            doc.paragraph(t(QT_TRANSLATE_NOOP("SelfAssessment", "The IRM's assessment differs from the forum's on these commitments; the forum takes its findings into the lessons below.")));
            doc.bullets(differences);
        }
    }

    // 5. Lessons learned.
    doc.heading(t(QT_TRANSLATE_NOOP("SelfAssessment", "5. Lessons learned and recommendations")));
    const QList<LessonInPlans> lessons = LessonsCarried::ofPlan(file, planId);
    if (lessons.isEmpty())
        doc.paragraph(t(QT_TRANSLATE_NOOP("SelfAssessment", "No lessons have been recorded yet.")));
    for (const QString &kind : Vocabulary::keys(L::LessonKind)) {
        QStringList items;
        for (const LessonInPlans &l : lessons) {
            if (l.lesson.kind != kind)
                continue;
            QString item = l.lesson.text.trimmed();
            if (!l.lesson.recommendation.trimmed().isEmpty())
                item += QStringLiteral(" — ") + t(QT_TRANSLATE_NOOP("SelfAssessment", "Recommendation: %1")).arg(l.lesson.recommendation.trimmed());
            items << item;
        }
        if (items.isEmpty())
            continue;
        doc.heading(lang.label(L::LessonKind, kind), 3);
        doc.bullets(items);
    }

    // 6. Next steps.
    doc.heading(t(QT_TRANSLATE_NOOP("SelfAssessment", "6. Next steps")));
    QMap<QString, int> carried;
    for (const LessonInPlans &l : lessons)
        if (!l.carriedIntoTitle.isEmpty())
            ++carried[l.carriedIntoTitle];
    QStringList next;
    for (auto it = carried.cbegin(); it != carried.cend(); ++it)
        next << t(QT_TRANSLATE_NOOP("SelfAssessment", "Lessons carried into the co-creation of “%1”: %2.")).arg(it.key(), QString::number(it.value()));
    const int waiting = int(lessons.size()) - int(std::accumulate(carried.cbegin(), carried.cend(), 0));
    if (waiting > 0)
        next << t(QT_TRANSLATE_NOOP("SelfAssessment", "Lessons still to be carried into the next plan: %1.")).arg(waiting);
    if (next.isEmpty())
        doc.paragraph(t(QT_TRANSLATE_NOOP("SelfAssessment", "The forum will record its lessons and carry them into the co-creation of the next plan.")));
    else
        doc.bullets(next);
    return doc.take();
}

} // namespace forumdesk
