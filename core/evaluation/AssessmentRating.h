// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/evaluation/Assessment.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace forumdesk {

class DocumentLanguage;
class ForumFile;

// One commitment of a plan with its two assessments: the forum's self-assessment and the IRM's.
struct CommitmentEvaluation {
    qint64 commitmentId = 0;
    QString number;
    QString title;
    QString leadAgency;
    QString completionLevel;        // the level set during implementation (empty: none set)
    std::optional<Assessment> self; // source "self"
    std::optional<Assessment> irm;  // source "irm"

    // The assessment that rates the commitment: the IRM's when there is one, else the forum's own.
    const Assessment *deciding() const { return irm ? &*irm : self ? &*self : nullptr; }
};

// The figures of one source of assessments over a plan's commitments.
struct EvaluationCounts {
    int assessed = 0;                     // commitments with an assessment of this source
    int starred = 0;
    QMap<QString, int> byCompletion;      // Completion key -> commitments (assessments giving one)
    QMap<QString, int> byOpenedGovernment; // OpenedGovernment key -> commitments (those rated)
};

struct PlanEvaluation {
    int commitments = 0;
    EvaluationCounts self;
    EvaluationCounts irm;
};

// The IRM's rating rules over an assessment (the IRM's scales, as its reports give them), and a plan's evaluation.
//
// Starred = verifiable + relevant + strong potential + substantial or complete completion, where
//  - relevant means relevant to access to information, civic participation or public
//    accountability: technology and innovation counts only on top of one of those, never alone;
//  - strong potential is judged on the older potential impact scale when the assessment gives it
//    (moderate or transformative), since the starred rule is defined on that scale; an assessment
//    on the newer scale only (potential for results, no potential impact) qualifies with
//    "substantial", the top of that scale, as "moderate or transformative" is the top of the
//    older one. No potential recorded on either scale does not qualify.
class AssessmentRating {
    Q_DECLARE_TR_FUNCTIONS(AssessmentRating)

public:
    enum class Condition { Verifiable, Relevant, Potential, Completion };

    static bool isRelevant(const Assessment &assessment);
    static bool hasStrongPotential(const Assessment &assessment);
    static bool isSubstantiallyComplete(const Assessment &assessment);
    // The starred conditions the assessment does not meet, in the order above (empty: starred).
    static QList<Condition> missing(const Assessment &assessment);
    static bool isStarred(const Assessment &assessment) { return missing(assessment).isEmpty(); }
    // One phrase per missing condition ("it is not verifiable"...), naming the values that fall
    // short; in the interface's language, or in `lang` (a document's) when given.
    static QStringList missingTexts(const Assessment &assessment, const DocumentLanguage *lang = nullptr);
    // "Not starred: it is not verifiable; ..." or an empty string when the assessment is starred.
    static QString whyNotStarred(const Assessment &assessment, const DocumentLanguage *lang = nullptr);

    // Every commitment of a plan, in plan order, with its self and IRM assessments: one SQL query.
    static QList<CommitmentEvaluation> forPlan(ForumFile &file, qint64 planId);
    // The plan's figures for each source: assessed, starred, by completion level, by "Did it open
    // government?". Counted over the rows forPlan() read (a plan has tens of commitments), so the
    // starred rule is the one above and nowhere else.
    static PlanEvaluation figures(const QList<CommitmentEvaluation> &commitments);
    static PlanEvaluation figuresForPlan(ForumFile &file, qint64 planId) { return figures(forPlan(file, planId)); }
};

} // namespace forumdesk
