// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/evaluation/AssessmentRating.h"

#include "core/documents/DocumentLanguage.h"
#include "core/forum/Vocabulary.h"
#include "core/forum/VocabularyKeys.h"
#include "core/plans/Commitment.h"
#include "core/storage/Database.h"
#include "core/storage/ForumFile.h"

namespace forumdesk {

namespace {

using L = Vocabulary::List;

QString text(const DocumentLanguage *lang, const char *source)
{
    return lang ? lang->text("AssessmentRating", source) : QCoreApplication::translate("AssessmentRating", source);
}

QString label(const DocumentLanguage *lang, L list, const QString &key)
{
    return lang ? lang->label(list, key) : Vocabulary::label(list, key);
}

// The columns of an assessment, qualified by `alias`: id, uid, times, then the schema's fields.
QStringList assessmentColumns(const QString &alias)
{
    QStringList columns;
    for (const char *column : {"id", "uid", "created_at", "updated_at"})
        columns << alias + QLatin1Char('.') + QLatin1String(column);
    for (const auto &f : Assessment::schema().fields)
        columns << alias + QLatin1Char('.') + f.column;
    return columns;
}

std::optional<Assessment> assessmentAt(const Statement &st, int first)
{
    if (st.isNull(first))
        return std::nullopt;
    Assessment a;
    a.id = st.int64(first);
    a.uid = st.text(first + 1);
    a.createdAt = parseTimestamp(st.text(first + 2));
    a.updatedAt = parseTimestamp(st.text(first + 3));
    const auto &fields = Assessment::schema().fields;
    for (size_t i = 0; i < fields.size(); ++i)
        fields[i].store(a, st.value(first + 4 + int(i)));
    return a;
}

void count(EvaluationCounts &counts, const std::optional<Assessment> &assessment)
{
    if (!assessment)
        return;
    ++counts.assessed;
    if (AssessmentRating::isStarred(*assessment))
        ++counts.starred;
    if (!assessment->completion.isEmpty())
        ++counts.byCompletion[assessment->completion];
    if (!assessment->openedGovernment.isEmpty())
        ++counts.byOpenedGovernment[assessment->openedGovernment];
}

} // namespace

bool AssessmentRating::isRelevant(const Assessment &a)
{
    // Technology and innovation counts only on top of one of the three values.
    return a.relevanceAccessInformation || a.relevanceCivicParticipation || a.relevancePublicAccountability;
}

bool AssessmentRating::hasStrongPotential(const Assessment &a)
{
    if (!a.potentialImpact.isEmpty())
        return a.potentialImpact == key::PotentialImpact::Moderate || a.potentialImpact == key::PotentialImpact::Transformative;
    return a.potentialResults == key::PotentialResults::Substantial;
}

bool AssessmentRating::isSubstantiallyComplete(const Assessment &a)
{
    return a.completion == key::Completion::Substantial || a.completion == key::Completion::Complete;
}

QList<AssessmentRating::Condition> AssessmentRating::missing(const Assessment &a)
{
    QList<Condition> result;
    if (!a.verifiable)
        result << Condition::Verifiable;
    if (!isRelevant(a))
        result << Condition::Relevant;
    if (!hasStrongPotential(a))
        result << Condition::Potential;
    if (!isSubstantiallyComplete(a))
        result << Condition::Completion;
    return result;
}

QStringList AssessmentRating::missingTexts(const Assessment &a, const DocumentLanguage *lang)
{
    QStringList texts;
    for (Condition condition : missing(a)) {
        switch (condition) {
        case Condition::Verifiable:
            texts << text(lang, QT_TRANSLATE_NOOP("AssessmentRating", "it is not verifiable"));
            break;
        case Condition::Relevant:
            texts << (a.relevanceTechnologyInnovation
                          ? text(lang, QT_TRANSLATE_NOOP("AssessmentRating", "it is relevant to technology and innovation only, which counts only together with access to information, civic participation or public accountability"))
                          : text(lang, QT_TRANSLATE_NOOP("AssessmentRating", "it is not relevant to access to information, civic participation or public accountability")));
            break;
        case Condition::Potential:
            if (!a.potentialImpact.isEmpty())
                texts << text(lang, QT_TRANSLATE_NOOP("AssessmentRating", "its potential impact is “%1”, not moderate or transformative"))
                             .arg(label(lang, L::PotentialImpact, a.potentialImpact));
            else if (!a.potentialResults.isEmpty())
                texts << text(lang, QT_TRANSLATE_NOOP("AssessmentRating", "its potential for results is “%1”, not substantial"))
                             .arg(label(lang, L::PotentialResults, a.potentialResults));
            else
                texts << text(lang, QT_TRANSLATE_NOOP("AssessmentRating", "its potential impact has not been assessed"));
            break;
        case Condition::Completion:
            texts << (a.completion.isEmpty()
                          ? text(lang, QT_TRANSLATE_NOOP("AssessmentRating", "its completion has not been assessed"))
                          : text(lang, QT_TRANSLATE_NOOP("AssessmentRating", "its completion is “%1”, not substantial or complete"))
                                .arg(label(lang, L::Completion, a.completion)));
            break;
        }
    }
    return texts;
}

QString AssessmentRating::whyNotStarred(const Assessment &a, const DocumentLanguage *lang)
{
    const QStringList texts = missingTexts(a, lang);
    if (texts.isEmpty())
        return QString();
    return text(lang, QT_TRANSLATE_NOOP("AssessmentRating", "Not starred: %1.")).arg(texts.join(QStringLiteral("; ")));
}

QList<CommitmentEvaluation> AssessmentRating::forPlan(ForumFile &file, qint64 planId)
{
    const QStringList self = assessmentColumns(QStringLiteral("s"));
    const QStringList irm = assessmentColumns(QStringLiteral("i"));
    Statement st = file.database().query(
        QStringLiteral("SELECT c.id, c.number, c.title, coalesce(c.lead_agency, ''), coalesce(c.completion_level, ''), %1, %2 "
                       "FROM commitment c "
                       "LEFT JOIN assessment s ON s.commitment_id = c.id AND s.source = 'self' "
                       "LEFT JOIN assessment i ON i.commitment_id = c.id AND i.source = 'irm' "
                       "WHERE c.plan_id = ? ORDER BY %3")
            .arg(self.join(QStringLiteral(", ")), irm.join(QStringLiteral(", ")), Commitment::planOrder(QStringLiteral("c"))));
    st.bind(1, planId);
    QList<CommitmentEvaluation> result;
    while (st.next()) {
        CommitmentEvaluation e;
        e.commitmentId = st.int64(0);
        e.number = st.text(1);
        e.title = st.text(2);
        e.leadAgency = st.text(3);
        e.completionLevel = st.text(4);
        e.self = assessmentAt(st, 5);
        e.irm = assessmentAt(st, 5 + int(self.size()));
        result << e;
    }
    return result;
}

PlanEvaluation AssessmentRating::figures(const QList<CommitmentEvaluation> &commitments)
{
    PlanEvaluation figures;
    figures.commitments = int(commitments.size());
    for (const CommitmentEvaluation &e : commitments) {
        count(figures.self, e.self);
        count(figures.irm, e.irm);
    }
    return figures;
}

} // namespace forumdesk
