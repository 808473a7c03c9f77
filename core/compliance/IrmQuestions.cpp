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

// One question with what the IRM looks for and where OGP says so; the figures follow.
IrmAnswer question(const QString &key, const QString &text, const QString &looksFor, const QString &source)
{
    IrmAnswer a;
    a.key = key;
    a.question = text;
    a.looksFor = looksFor;
    a.source = source;
    return a;
}

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
    IrmAnswer a = question(QStringLiteral("collaborative"), w.t(QT_TRANSLATE_NOOP("StandardsCheck", "Did co-creation meet the Standards, and how much did the public influence the plan?")),
                           w.t(QT_TRANSLATE_NOOP("StandardsCheck", "The IRM reviews whether the co-creation process met the minimum requirements of the Participation and Co-Creation Standards, and the level of public influence on the action plan.")),
                           w.t(QT_TRANSLATE_NOOP("StandardsCheck", "OGP, Independent Reporting Mechanism: Action Plan Review.")));
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

    a.data << w.t(QT_TRANSLATE_NOOP("StandardsCheck", "Contributions from outside government: %1 of %2"))
                  .arg(w.number(nonGovernment), w.number(cocreation.received));
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
        "  count(*) FILTER (WHERE a.potential_impact IN ('moderate', 'transformative')) "
        "FROM assessment a JOIN commitment c ON c.id = a.commitment_id WHERE c.plan_id = ? AND %1").arg(kPreferredAssessment));
    as.bind(1, s.plan.id);
    if (as.next()) {
        c.assessed = int(as.int64(0));
        c.verifiable = int(as.int64(1));
        c.relevant = int(as.int64(2));
        c.substantialResults = int(as.int64(3));
        c.strongImpact = int(as.int64(4));
    }
    return c;
}

IrmAnswer relevant(Scope &s, const CommitmentCounts &c)
{
    const Wording &w = s.w;
    IrmAnswer a = question(QStringLiteral("relevant"), w.t(QT_TRANSLATE_NOOP("StandardsCheck", "Are the commitments verifiable, with an open-government lens?")),
                           w.t(QT_TRANSLATE_NOOP("StandardsCheck", "Verifiable: the commitment sets out objectively verifiable activities, so that its implementation can be assessed. Open-government lens: it sets out to make a policy area, an institution or a decision-making process more transparent, participatory or accountable to the public.")),
                           w.t(QT_TRANSLATE_NOOP("StandardsCheck", "OGP glossary, “Verifiability” and “Relevance”; IRM Action Plan Review.")));
    if (c.total == 0) {
        a.data << w.t(QT_TRANSLATE_NOOP("StandardsCheck", "The plan has no commitments yet"));
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

    return a;
}

IrmAnswer ambitious(Scope &s, const CommitmentCounts &c)
{
    const Wording &w = s.w;
    IrmAnswer a = question(QStringLiteral("ambitious"), w.t(QT_TRANSLATE_NOOP("StandardsCheck", "What potential for results do the commitments have?")),
                           w.t(QT_TRANSLATE_NOOP("StandardsCheck", "Potential for results: unclear (it continues ongoing practice), modest (a positive but standalone change, such as a website, a data release, training or a pilot) or substantial (a possible game changer: binding and institutionalised change).")),
                           w.t(QT_TRANSLATE_NOOP("StandardsCheck", "OGP glossary, “Ambition”: the potential for results the IRM assesses since the 2020 action plans.")));
    if (c.total == 0) {
        a.data << w.t(QT_TRANSLATE_NOOP("StandardsCheck", "The plan has no commitments yet"));
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

    return a;
}

} // namespace

QList<IrmAnswer> irmAnswers(Scope &s, const Composition &members)
{
    const CommitmentCounts commitments = commitmentCounts(s);
    return {collaborative(s, members), relevant(s, commitments), ambitious(s, commitments)};
}

} // namespace forumdesk::compliance
