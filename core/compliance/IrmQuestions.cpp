// SPDX-License-Identifier: GPL-3.0-or-later
// The IRM's three questions of an action plan (was the process collaborative, is the plan relevant
// and verifiable, could it be more ambitious), answered from the forum's data with the figures
// behind each answer.
#include "core/compliance/IrmQuestions.h"

#include "core/cocreation/CoCreationSummary.h"
#include "core/compliance/RuleScope.h"
#include "core/forum/VocabularyKeys.h"
#include "core/plans/Commitment.h"
#include "core/plans/CommitmentReview.h"
#include "core/storage/Database.h"

namespace forumdesk::compliance {

namespace {

QString sectorCounts(const Wording &w, const QMap<QString, int> &counts)
{
    QStringList parts;
    for (const QString &sector : Vocabulary::keys(L::Sector))
        if (counts.value(sector) > 0)
            parts << w.t(QT_TRANSLATE_NOOP("StandardsCheck", "%1 %2")).arg(w.number(counts.value(sector)), w.label(L::Sector, sector).toLower());
    return parts.isEmpty() ? w.t(QT_TRANSLATE_NOOP("StandardsCheck", "none")) : w.list(parts);
}

IrmAnswer collaborative(Scope &s, const Composition &c)
{
    const Wording &w = s.w;
    IrmAnswer a;
    a.key = QStringLiteral("collaborative");
    a.question = w.t(QT_TRANSLATE_NOOP("StandardsCheck", "Was the process collaborative and open?"));
    const CoCreationSummary cocreation = CoCreationSummary::of(s.file, s.plan.id);
    Statement st = s.db.query(QStringLiteral(
        "SELECT count(*), count(*) FILTER (WHERE EXISTS (SELECT 1 FROM attendance t WHERE t.meeting_id = m.id "
        "AND t.sector = 'civil_society' AND t.%1)) FROM meeting m WHERE m.plan_id = ?1 AND m.%2 AND m.starts_at < ?2")
                                  .arg(kAttended, kHeld));
    st.bind(1, s.plan.id);
    st.bind(2, formatDate(s.today.addDays(1)));
    int held = 0, withCivil = 0;
    if (st.next()) {
        held = int(st.int64(0));
        withCivil = int(st.int64(1));
    }
    int nonGovernment = 0;
    for (auto it = cocreation.bySector.cbegin(); it != cocreation.bySector.cend(); ++it)
        if (it.key() != key::Sector::Government)
            nonGovernment += it.value();

    a.data << w.t(QT_TRANSLATE_NOOP("StandardsCheck", "Members today: %1")).arg(sectorCounts(w, c.active));
    a.data << w.t(QT_TRANSLATE_NOOP("StandardsCheck", "Contributions received: %1 (%2); with a reasoned response: %3"))
                  .arg(w.number(cocreation.received), sectorCounts(w, cocreation.bySector), w.number(cocreation.answered));
    a.data << w.t(QT_TRANSLATE_NOOP("StandardsCheck", "Meetings of the plan held with civil society present: %1 of %2"))
                  .arg(w.number(withCivil), w.number(held));

    QStringList gaps;
    if (c.active.value(key::Sector::Government) == 0 || c.active.value(key::Sector::CivilSociety) == 0)
        gaps << w.t(QT_TRANSLATE_NOOP("StandardsCheck", "the forum lacks government or civil-society members"));
    if (nonGovernment == 0)
        gaps << w.t(QT_TRANSLATE_NOOP("StandardsCheck", "no contribution came from outside government"));
    if (cocreation.received == 0 || cocreation.answered < cocreation.received)
        gaps << w.t(QT_TRANSLATE_NOOP("StandardsCheck", "not every contribution has a reasoned response"));
    if (held == 0 || 2 * withCivil < held)
        gaps << w.t(QT_TRANSLATE_NOOP("StandardsCheck", "civil society attended fewer than half of the plan's meetings"));
    if (gaps.isEmpty()) {
        a.tone = IrmAnswer::Tone::Good;
        a.verdict = w.t(QT_TRANSLATE_NOOP("StandardsCheck", "Yes: both sectors sit on the forum, contributions came from outside government and were all answered, and civil society attended most meetings."));
    } else {
        a.tone = gaps.size() <= 2 ? IrmAnswer::Tone::Mixed : IrmAnswer::Tone::Poor;
        a.verdict = (gaps.size() <= 2 ? w.t(QT_TRANSLATE_NOOP("StandardsCheck", "Partly: %1."))
                                      : w.t(QT_TRANSLATE_NOOP("StandardsCheck", "Not yet: %1.")))
                        .arg(gaps.join(QStringLiteral("; ")));
    }
    return a;
}

// The assessment the IRM questions go by: the IRM's where there is one, else the self-assessment.
const QString kPreferredAssessment = QStringLiteral(
    "(a.source = 'irm' OR NOT EXISTS (SELECT 1 FROM assessment b WHERE b.commitment_id = a.commitment_id AND b.source = 'irm'))");

struct CommitmentCounts {
    int total = 0;
    int withValue = 0;       // access to information, civic participation or public accountability
    int technologyAlone = 0;
    int withFrontier = 0;
    int participationOrAccountability = 0;
    int assessed = 0;
    int verifiable = 0;
    int relevant = 0;
    int substantialResults = 0;
    int strongImpact = 0;     // moderate or transformative
    int ambitious = 0;        // either of the two above
};

CommitmentCounts commitmentCounts(Scope &s)
{
    CommitmentCounts c;
    Statement st = s.db.query(QStringLiteral(
        "SELECT count(*), "
        "  count(*) FILTER (WHERE value_access_information OR value_civic_participation OR value_public_accountability), "
        "  count(*) FILTER (WHERE value_technology_innovation AND NOT (value_access_information OR value_civic_participation OR value_public_accountability)), "
        "  count(*) FILTER (WHERE frontiers <> ''), "
        "  count(*) FILTER (WHERE value_civic_participation OR value_public_accountability) "
        "FROM commitment WHERE plan_id = ?"));
    st.bind(1, s.plan.id);
    if (st.next()) {
        c.total = int(st.int64(0));
        c.withValue = int(st.int64(1));
        c.technologyAlone = int(st.int64(2));
        c.withFrontier = int(st.int64(3));
        c.participationOrAccountability = int(st.int64(4));
    }
    Statement as = s.db.query(QStringLiteral(
        "SELECT count(*), count(*) FILTER (WHERE a.verifiable), "
        "  count(*) FILTER (WHERE a.relevance_access_information OR a.relevance_civic_participation OR a.relevance_public_accountability), "
        "  count(*) FILTER (WHERE a.potential_results = 'substantial'), "
        "  count(*) FILTER (WHERE a.potential_impact IN ('moderate', 'transformative')), "
        "  count(*) FILTER (WHERE a.potential_results = 'substantial' OR a.potential_impact IN ('moderate', 'transformative')) "
        "FROM assessment a JOIN commitment c ON c.id = a.commitment_id WHERE c.plan_id = ? AND %1").arg(kPreferredAssessment));
    as.bind(1, s.plan.id);
    if (as.next()) {
        c.assessed = int(as.int64(0));
        c.verifiable = int(as.int64(1));
        c.relevant = int(as.int64(2));
        c.substantialResults = int(as.int64(3));
        c.strongImpact = int(as.int64(4));
        c.ambitious = int(as.int64(5));
    }
    return c;
}

IrmAnswer relevant(Scope &s, const CommitmentCounts &c)
{
    const Wording &w = s.w;
    IrmAnswer a;
    a.key = QStringLiteral("relevant");
    a.question = w.t(QT_TRANSLATE_NOOP("StandardsCheck", "Is the plan relevant, assessable and verifiable?"));
    if (c.total == 0) {
        a.tone = IrmAnswer::Tone::Unknown;
        a.verdict = w.t(QT_TRANSLATE_NOOP("StandardsCheck", "Not yet: the plan has no commitments."));
        return a;
    }
    // The template's gaps, commitment by commitment, as the Co-create page names them.
    Statement ids = s.db.query(QStringLiteral("SELECT id, number, title FROM commitment WHERE plan_id = ? ORDER BY %1")
                                   .arg(Commitment::planOrder()));
    ids.bind(1, s.plan.id);
    struct Row {
        qint64 id;
        QString number;
        QString title;
    };
    QList<Row> rows;
    while (ids.next())
        rows.append({ids.int64(0), ids.text(1), ids.text(2)});
    int complete = 0, gapCount = 0;
    QStringList incomplete;
    for (const Row &row : std::as_const(rows)) {
        const int gaps = int(CommitmentReview::gaps(s.file, row.id).size());
        gapCount += gaps;
        if (gaps == 0)
            ++complete;
        else if (incomplete.size() < StandardsCheck::kListedItems)
            incomplete << w.n(QT_TRANSLATE_N_NOOP("StandardsCheck", "Commitment %1 (%2): %n gap(s) in the template"), gaps).arg(row.number, row.title);
    }
    Statement ms = s.db.query(QStringLiteral(
        "SELECT count(*), count(*) FILTER (WHERE trim(coalesce(m.deliverable, '')) <> '' AND m.end_on IS NOT NULL) "
        "FROM milestone m JOIN commitment c ON c.id = m.commitment_id WHERE c.plan_id = ?"));
    ms.bind(1, s.plan.id);
    int milestones = 0, verifiableMilestones = 0;
    if (ms.next()) {
        milestones = int(ms.int64(0));
        verifiableMilestones = int(ms.int64(1));
    }

    a.data << w.t(QT_TRANSLATE_NOOP("StandardsCheck", "Commitments with an OGP value (access to information, civic participation or public accountability): %1 of %2"))
                  .arg(w.number(c.withValue), w.number(c.total));
    if (c.technologyAlone > 0)
        a.data << w.t(QT_TRANSLATE_NOOP("StandardsCheck", "Commitments with technology and innovation alone, which OGP does not count: %1")).arg(w.number(c.technologyAlone));
    a.data << w.t(QT_TRANSLATE_NOOP("StandardsCheck", "Commitments that fill in OGP's template: %1 of %2 (%3 gaps in all)"))
                  .arg(w.number(complete), w.number(c.total), w.number(gapCount));
    a.data << w.t(QT_TRANSLATE_NOOP("StandardsCheck", "Milestones with an expected output and an end date: %1 of %2"))
                  .arg(w.number(verifiableMilestones), w.number(milestones));
    if (c.assessed > 0)
        a.data << w.t(QT_TRANSLATE_NOOP("StandardsCheck", "Assessed commitments (the IRM's assessment, else the self-assessment): %1; verifiable: %2; relevant to an OGP value: %3"))
                      .arg(w.number(c.assessed), w.number(c.verifiable), w.number(c.relevant));
    else
        a.data << w.t(QT_TRANSLATE_NOOP("StandardsCheck", "No commitment has been assessed yet"));
    a.data << incomplete;

    const bool allVerifiable = c.assessed == 0 || c.verifiable == c.assessed;
    const bool fewVerifiable = c.assessed > 0 && 2 * c.verifiable < c.assessed;
    if (complete == c.total && allVerifiable) {
        a.tone = IrmAnswer::Tone::Good;
        a.verdict = w.t(QT_TRANSLATE_NOOP("StandardsCheck", "Yes: every commitment has an OGP value and fills in OGP's template."));
        return a;
    }
    QStringList findings;
    if (complete < c.total)
        findings << w.t(QT_TRANSLATE_NOOP("StandardsCheck", "%1 of %2 commitments fill in OGP's template with an OGP value"))
                        .arg(w.number(complete), w.number(c.total));
    else
        findings << w.t(QT_TRANSLATE_NOOP("StandardsCheck", "every commitment fills in OGP's template with an OGP value"));
    if (!allVerifiable)
        findings << w.t(QT_TRANSLATE_NOOP("StandardsCheck", "%1 of %2 assessed commitments are verifiable"))
                        .arg(w.number(c.verifiable), w.number(c.assessed));
    const bool poor = 2 * complete < c.total || fewVerifiable;
    a.tone = poor ? IrmAnswer::Tone::Poor : IrmAnswer::Tone::Mixed;
    a.verdict = (poor ? w.t(QT_TRANSLATE_NOOP("StandardsCheck", "Not yet: %1."))
                      : w.t(QT_TRANSLATE_NOOP("StandardsCheck", "Partly: %1.")))
                    .arg(findings.join(QStringLiteral("; ")));
    return a;
}

IrmAnswer ambitious(Scope &s, const CommitmentCounts &c)
{
    const Wording &w = s.w;
    IrmAnswer a;
    a.key = QStringLiteral("ambitious");
    a.question = w.t(QT_TRANSLATE_NOOP("StandardsCheck", "Could the plan be more ambitious?"));
    if (c.total == 0) {
        a.tone = IrmAnswer::Tone::Unknown;
        a.verdict = w.t(QT_TRANSLATE_NOOP("StandardsCheck", "Not yet known: the plan has no commitments."));
        return a;
    }
    if (c.assessed > 0) {
        a.data << w.t(QT_TRANSLATE_NOOP("StandardsCheck", "Assessed commitments (the IRM's assessment, else the self-assessment): %1 of %2"))
                      .arg(w.number(c.assessed), w.number(c.total));
        a.data << w.t(QT_TRANSLATE_NOOP("StandardsCheck", "Substantial potential for results: %1; moderate or transformative potential impact: %2"))
                      .arg(w.number(c.substantialResults), w.number(c.strongImpact));
    } else {
        a.data << w.t(QT_TRANSLATE_NOOP("StandardsCheck", "No commitment has been assessed yet"));
    }
    a.data << w.t(QT_TRANSLATE_NOOP("StandardsCheck", "Commitments on a frontier of open government: %1 of %2"))
                  .arg(w.number(c.withFrontier), w.number(c.total));
    a.data << w.t(QT_TRANSLATE_NOOP("StandardsCheck", "Commitments on civic participation or public accountability: %1 of %2"))
                  .arg(w.number(c.participationOrAccountability), w.number(c.total));
    if (c.technologyAlone > 0)
        a.data << w.t(QT_TRANSLATE_NOOP("StandardsCheck", "Commitments with technology and innovation alone: %1")).arg(w.number(c.technologyAlone));

    // Assessments say it best; before there are any, the frontiers a plan takes on.
    const int strong = c.assessed > 0 ? c.ambitious : c.withFrontier;
    const int of = c.assessed > 0 ? c.assessed : c.total;
    const QString basis = c.assessed > 0
        ? w.t(QT_TRANSLATE_NOOP("StandardsCheck", "%1 of %2 assessed commitments have a substantial potential for results or a moderate or transformative potential impact"))
        : w.t(QT_TRANSLATE_NOOP("StandardsCheck", "%1 of %2 commitments take on a frontier of open government (no assessment yet)"));
    const QString because = basis.arg(w.number(strong), w.number(of));
    if (2 * strong >= of && c.technologyAlone == 0) {
        a.tone = IrmAnswer::Tone::Good;
        a.verdict = w.t(QT_TRANSLATE_NOOP("StandardsCheck", "Only at the margins: %1.")).arg(because);
    } else if (4 * strong >= of) {
        a.tone = IrmAnswer::Tone::Mixed;
        a.verdict = w.t(QT_TRANSLATE_NOOP("StandardsCheck", "Yes: only %1.")).arg(because);
    } else {
        a.tone = IrmAnswer::Tone::Poor;
        a.verdict = w.t(QT_TRANSLATE_NOOP("StandardsCheck", "Yes, much more: only %1.")).arg(because);
    }
    return a;
}

} // namespace

QList<IrmAnswer> irmAnswers(Scope &s, const Composition &members)
{
    const CommitmentCounts commitments = commitmentCounts(s);
    return {collaborative(s, members), relevant(s, commitments), ambitious(s, commitments)};
}

} // namespace forumdesk::compliance
