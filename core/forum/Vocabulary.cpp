// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/forum/Vocabulary.h"

#include <QCoreApplication>

#include <utility>
#include <vector>

namespace forumdesk {

namespace {

using Entries = std::vector<std::pair<const char *, const char *>>;

const Entries &entries(Vocabulary::List list)
{
    using L = Vocabulary::List;
    static const Entries scope{{"national", QT_TRANSLATE_NOOP("Vocabulary", "National")},
                               {"local", QT_TRANSLATE_NOOP("Vocabulary", "Local")}};
    static const Entries language{{"es", QT_TRANSLATE_NOOP("Vocabulary", "Spanish")},
                                  {"en", QT_TRANSLATE_NOOP("Vocabulary", "English")},
                                  {"fr", QT_TRANSLATE_NOOP("Vocabulary", "French")},
                                  {"pt", QT_TRANSLATE_NOOP("Vocabulary", "Portuguese")}};
    static const Entries decisionRule{{"consensus", QT_TRANSLATE_NOOP("Vocabulary", "Consensus")},
                                      {"simple", QT_TRANSLATE_NOOP("Vocabulary", "Simple majority")},
                                      {"two_thirds", QT_TRANSLATE_NOOP("Vocabulary", "Two-thirds majority")}};
    static const Entries sector{{"government", QT_TRANSLATE_NOOP("Vocabulary", "Government")},
                                {"civil_society", QT_TRANSLATE_NOOP("Vocabulary", "Civil society")},
                                {"academia", QT_TRANSLATE_NOOP("Vocabulary", "Academia")},
                                {"private_sector", QT_TRANSLATE_NOOP("Vocabulary", "Private sector")},
                                {"other", QT_TRANSLATE_NOOP("Vocabulary", "Other")}};
    static const Entries role{{"chair", QT_TRANSLATE_NOOP("Vocabulary", "Chair")},
                              {"co_chair", QT_TRANSLATE_NOOP("Vocabulary", "Co-chair")},
                              {"secretary", QT_TRANSLATE_NOOP("Vocabulary", "Secretary")},
                              {"member", QT_TRANSLATE_NOOP("Vocabulary", "Member")},
                              {"alternate", QT_TRANSLATE_NOOP("Vocabulary", "Alternate")},
                              {"observer", QT_TRANSLATE_NOOP("Vocabulary", "Observer")}};
    static const Entries gender{{"female", QT_TRANSLATE_NOOP("Vocabulary", "Female")},
                                {"male", QT_TRANSLATE_NOOP("Vocabulary", "Male")},
                                {"non_binary", QT_TRANSLATE_NOOP("Vocabulary", "Non-binary")},
                                {"other", QT_TRANSLATE_NOOP("Vocabulary", "Other")},
                                {"undisclosed", QT_TRANSLATE_NOOP("Vocabulary", "Prefers not to say")}};
    static const Entries criterion{
        {"fiscal_transparency", QT_TRANSLATE_NOOP("Vocabulary", "Fiscal transparency")},
        {"access_to_information", QT_TRANSLATE_NOOP("Vocabulary", "Access to information")},
        {"asset_disclosure", QT_TRANSLATE_NOOP("Vocabulary", "Asset disclosure")},
        {"citizen_engagement", QT_TRANSLATE_NOOP("Vocabulary", "Citizen engagement")},
        {"values_check", QT_TRANSLATE_NOOP("Vocabulary", "OGP values check")}};
    static const Entries stage{{"co_create", QT_TRANSLATE_NOOP("Vocabulary", "Co-creation")},
                               {"implement", QT_TRANSLATE_NOOP("Vocabulary", "Implementation")},
                               {"evaluate", QT_TRANSLATE_NOOP("Vocabulary", "Evaluation")},
                               {"learn", QT_TRANSLATE_NOOP("Vocabulary", "Learning")},
                               {"closed", QT_TRANSLATE_NOOP("Vocabulary", "Closed")}};
    static const Entries frontier{
        {"useful_information", QT_TRANSLATE_NOOP("Vocabulary", "Useful information for citizens")},
        {"service_feedback", QT_TRANSLATE_NOOP("Vocabulary", "Feedback on public services")},
        {"policy_participation", QT_TRANSLATE_NOOP("Vocabulary", "Participation in policy")},
        {"excluded_groups", QT_TRANSLATE_NOOP("Vocabulary", "Including excluded groups")},
        {"public_resources", QT_TRANSLATE_NOOP("Vocabulary", "Public resources and anti-corruption")}};
    static const Entries progress{{"not_started", QT_TRANSLATE_NOOP("Vocabulary", "Not started")},
                                  {"on_track", QT_TRANSLATE_NOOP("Vocabulary", "On track")},
                                  {"delayed", QT_TRANSLATE_NOOP("Vocabulary", "Delayed")},
                                  {"completed", QT_TRANSLATE_NOOP("Vocabulary", "Completed")},
                                  {"cancelled", QT_TRANSLATE_NOOP("Vocabulary", "Cancelled")}};
    static const Entries meetingKind{{"forum_session", QT_TRANSLATE_NOOP("Vocabulary", "Forum session")},
                                     {"consultation", QT_TRANSLATE_NOOP("Vocabulary", "Consultation")},
                                     {"working_group", QT_TRANSLATE_NOOP("Vocabulary", "Working group")},
                                     {"public_event", QT_TRANSLATE_NOOP("Vocabulary", "Public event")}};
    static const Entries meetingStatus{{"planned", QT_TRANSLATE_NOOP("Vocabulary", "Planned")},
                                       {"held", QT_TRANSLATE_NOOP("Vocabulary", "Held")},
                                       {"minutes_draft", QT_TRANSLATE_NOOP("Vocabulary", "Minutes in draft")},
                                       {"minutes_approved", QT_TRANSLATE_NOOP("Vocabulary", "Minutes approved")},
                                       {"published", QT_TRANSLATE_NOOP("Vocabulary", "Published")},
                                       {"cancelled", QT_TRANSLATE_NOOP("Vocabulary", "Cancelled")}};
    static const Entries attendance{{"present", QT_TRANSLATE_NOOP("Vocabulary", "Present")},
                                    {"remote", QT_TRANSLATE_NOOP("Vocabulary", "Remote")},
                                    {"excused", QT_TRANSLATE_NOOP("Vocabulary", "Excused")},
                                    {"absent", QT_TRANSLATE_NOOP("Vocabulary", "Absent")},
                                    {"represented", QT_TRANSLATE_NOOP("Vocabulary", "Represented by alternate")}};
    static const Entries method{{"consensus", QT_TRANSLATE_NOOP("Vocabulary", "Consensus")},
                                {"vote", QT_TRANSLATE_NOOP("Vocabulary", "Vote")}};
    static const Entries majority{{"consensus", QT_TRANSLATE_NOOP("Vocabulary", "Consensus")},
                                  {"simple", QT_TRANSLATE_NOOP("Vocabulary", "Simple majority")},
                                  {"two_thirds", QT_TRANSLATE_NOOP("Vocabulary", "Two-thirds majority")}};
    static const Entries outcome{{"adopted", QT_TRANSLATE_NOOP("Vocabulary", "Adopted")},
                                 {"rejected", QT_TRANSLATE_NOOP("Vocabulary", "Rejected")},
                                 {"deferred", QT_TRANSLATE_NOOP("Vocabulary", "Deferred")}};
    static const Entries choice{{"for", QT_TRANSLATE_NOOP("Vocabulary", "For")},
                                {"against", QT_TRANSLATE_NOOP("Vocabulary", "Against")},
                                {"abstain", QT_TRANSLATE_NOOP("Vocabulary", "Abstain")}};
    static const Entries actionStatus{{"open", QT_TRANSLATE_NOOP("Vocabulary", "Open")},
                                      {"done", QT_TRANSLATE_NOOP("Vocabulary", "Done")},
                                      {"cancelled", QT_TRANSLATE_NOOP("Vocabulary", "Cancelled")}};
    static const Entries channel{{"meeting", QT_TRANSLATE_NOOP("Vocabulary", "Meeting")},
                                 {"workshop", QT_TRANSLATE_NOOP("Vocabulary", "Workshop")},
                                 {"online", QT_TRANSLATE_NOOP("Vocabulary", "Online")},
                                 {"email", QT_TRANSLATE_NOOP("Vocabulary", "Email")},
                                 {"letter", QT_TRANSLATE_NOOP("Vocabulary", "Letter")},
                                 {"other", QT_TRANSLATE_NOOP("Vocabulary", "Other")}};
    static const Entries contributionStatus{
        {"received", QT_TRANSLATE_NOOP("Vocabulary", "Received")},
        {"under_review", QT_TRANSLATE_NOOP("Vocabulary", "Under review")},
        {"incorporated", QT_TRANSLATE_NOOP("Vocabulary", "Incorporated")},
        {"partially_incorporated", QT_TRANSLATE_NOOP("Vocabulary", "Partially incorporated")},
        {"not_incorporated", QT_TRANSLATE_NOOP("Vocabulary", "Not incorporated")},
        {"duplicate", QT_TRANSLATE_NOOP("Vocabulary", "Duplicate")}};
    static const Entries source{{"self", QT_TRANSLATE_NOOP("Vocabulary", "Self-assessment")},
                                {"irm", QT_TRANSLATE_NOOP("Vocabulary", "IRM")}};
    static const Entries results{{"unclear", QT_TRANSLATE_NOOP("Vocabulary", "Unclear")},
                                 {"modest", QT_TRANSLATE_NOOP("Vocabulary", "Modest")},
                                 {"substantial", QT_TRANSLATE_NOOP("Vocabulary", "Substantial")}};
    static const Entries impact{{"none", QT_TRANSLATE_NOOP("Vocabulary", "None")},
                                {"minor", QT_TRANSLATE_NOOP("Vocabulary", "Minor")},
                                {"moderate", QT_TRANSLATE_NOOP("Vocabulary", "Moderate")},
                                {"transformative", QT_TRANSLATE_NOOP("Vocabulary", "Transformative")}};
    static const Entries completion{{"no_evidence", QT_TRANSLATE_NOOP("Vocabulary", "No evidence available")},
                                    {"not_started", QT_TRANSLATE_NOOP("Vocabulary", "Not started")},
                                    {"limited", QT_TRANSLATE_NOOP("Vocabulary", "Limited")},
                                    {"substantial", QT_TRANSLATE_NOOP("Vocabulary", "Substantial")},
                                    {"complete", QT_TRANSLATE_NOOP("Vocabulary", "Complete")}};
    static const Entries opened{{"worsened", QT_TRANSLATE_NOOP("Vocabulary", "Worsened")},
                                {"did_not_change", QT_TRANSLATE_NOOP("Vocabulary", "Did not change")},
                                {"marginal", QT_TRANSLATE_NOOP("Vocabulary", "Marginal")},
                                {"major", QT_TRANSLATE_NOOP("Vocabulary", "Major")},
                                {"outstanding", QT_TRANSLATE_NOOP("Vocabulary", "Outstanding")}};
    static const Entries lessonKind{{"process", QT_TRANSLATE_NOOP("Vocabulary", "Process")},
                                    {"substance", QT_TRANSLATE_NOOP("Vocabulary", "Substance")}};
    switch (list) {
    case L::Scope: return scope;
    case L::Language: return language;
    case L::DecisionRule: return decisionRule;
    case L::Sector: return sector;
    case L::Role: return role;
    case L::Gender: return gender;
    case L::EligibilityCriterion: return criterion;
    case L::PlanStage: return stage;
    case L::Frontier: return frontier;
    case L::ProgressStatus: return progress;
    case L::MeetingKind: return meetingKind;
    case L::MeetingStatus: return meetingStatus;
    case L::AttendanceStatus: return attendance;
    case L::DecisionMethod: return method;
    case L::Majority: return majority;
    case L::DecisionOutcome: return outcome;
    case L::VoteChoice: return choice;
    case L::ActionItemStatus: return actionStatus;
    case L::ContributionChannel: return channel;
    case L::ContributionStatus: return contributionStatus;
    case L::AssessmentSource: return source;
    case L::PotentialResults: return results;
    case L::PotentialImpact: return impact;
    case L::Completion: return completion;
    case L::OpenedGovernment: return opened;
    case L::LessonKind: return lessonKind;
    }
    return scope;
}

} // namespace

QStringList Vocabulary::keys(List list)
{
    QStringList result;
    for (const auto &[key, label] : entries(list))
        result << QString::fromLatin1(key);
    return result;
}

const char *Vocabulary::sourceText(List list, const QString &key)
{
    for (const auto &[k, text] : entries(list))
        if (key == QLatin1String(k))
            return text;
    return nullptr;
}

QString Vocabulary::label(List list, const QString &key)
{
    const char *text = sourceText(list, key);
    return text ? QCoreApplication::translate("Vocabulary", text) : key;
}

} // namespace forumdesk
