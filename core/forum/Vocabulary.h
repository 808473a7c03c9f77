// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace forumdesk {

// The fixed lists of the forum's world (sectors, roles, stages, IRM scales...): stored as English
// keys, shown through translated labels. The keys match the schema's CHECK constraints.
class Vocabulary {
public:
    enum class List {
        Scope, Language, DecisionRule, Sector, Role, Gender, EligibilityCriterion, PlanStage,
        Frontier, ProgressStatus, MeetingKind, MeetingStatus, AttendanceStatus, DecisionMethod,
        Majority, DecisionOutcome, VoteChoice, ActionItemStatus, ContributionChannel,
        ContributionStatus, AssessmentSource, PotentialResults, PotentialImpact, Completion,
        OpenedGovernment, LessonKind, PolicyArea,
    };

    static QStringList keys(List list);
    // The label in the current translation (QCoreApplication's translators); the key itself when
    // it is not in the list.
    static QString label(List list, const QString &key);
    // The English source text of a key's label (for translating into another language than the
    // interface's, as documents do); nullptr when the key is not in the list.
    static const char *sourceText(List list, const QString &key);
};

} // namespace forumdesk
