// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/forum/Vocabulary.h"
#include "core/forum/VocabularyKeys.h"

#include <QCoreApplication>

#include <utility>
#include <vector>

namespace forumdesk {

namespace {

using Entries = std::vector<std::pair<QLatin1StringView, const char *>>;

const Entries &entries(Vocabulary::List list)
{
    using L = Vocabulary::List;
    static const Entries scope{{key::Scope::National, QT_TRANSLATE_NOOP("Vocabulary", "National")},
                               {key::Scope::Local, QT_TRANSLATE_NOOP("Vocabulary", "Local")}};
    static const Entries language{{key::Language::Spanish, QT_TRANSLATE_NOOP("Vocabulary", "Spanish")},
                                  {key::Language::English, QT_TRANSLATE_NOOP("Vocabulary", "English")},
                                  {key::Language::French, QT_TRANSLATE_NOOP("Vocabulary", "French")},
                                  {key::Language::Portuguese, QT_TRANSLATE_NOOP("Vocabulary", "Portuguese")}};
    static const Entries decisionRule{{key::DecisionRule::Consensus, QT_TRANSLATE_NOOP("Vocabulary", "Consensus")},
                                      {key::DecisionRule::Simple, QT_TRANSLATE_NOOP("Vocabulary", "Simple majority")},
                                      {key::DecisionRule::TwoThirds, QT_TRANSLATE_NOOP("Vocabulary", "Two-thirds majority")}};
    static const Entries sector{{key::Sector::Government, QT_TRANSLATE_NOOP("Vocabulary", "Government")},
                                {key::Sector::CivilSociety, QT_TRANSLATE_NOOP("Vocabulary", "Civil society")},
                                {key::Sector::Academia, QT_TRANSLATE_NOOP("Vocabulary", "Academia")},
                                {key::Sector::PrivateSector, QT_TRANSLATE_NOOP("Vocabulary", "Private sector")},
                                {key::Sector::Other, QT_TRANSLATE_NOOP("Vocabulary", "Other")}};
    static const Entries role{{key::Role::Chair, QT_TRANSLATE_NOOP("Vocabulary", "Chair")},
                              {key::Role::CoChair, QT_TRANSLATE_NOOP("Vocabulary", "Co-chair")},
                              {key::Role::Secretary, QT_TRANSLATE_NOOP("Vocabulary", "Secretary")},
                              {key::Role::Member, QT_TRANSLATE_NOOP("Vocabulary", "Member")},
                              {key::Role::Alternate, QT_TRANSLATE_NOOP("Vocabulary", "Alternate")},
                              {key::Role::Observer, QT_TRANSLATE_NOOP("Vocabulary", "Observer")}};
    static const Entries gender{{key::Gender::Female, QT_TRANSLATE_NOOP("Vocabulary", "Female")},
                                {key::Gender::Male, QT_TRANSLATE_NOOP("Vocabulary", "Male")},
                                {key::Gender::NonBinary, QT_TRANSLATE_NOOP("Vocabulary", "Non-binary")},
                                {key::Gender::Other, QT_TRANSLATE_NOOP("Vocabulary", "Other")},
                                {key::Gender::Undisclosed, QT_TRANSLATE_NOOP("Vocabulary", "Prefers not to say")}};
    static const Entries criterion{
        {key::EligibilityCriterion::FiscalTransparency, QT_TRANSLATE_NOOP("Vocabulary", "Fiscal transparency")},
        {key::EligibilityCriterion::AccessToInformation, QT_TRANSLATE_NOOP("Vocabulary", "Access to information")},
        {key::EligibilityCriterion::AssetDisclosure, QT_TRANSLATE_NOOP("Vocabulary", "Asset disclosure")},
        {key::EligibilityCriterion::CitizenEngagement, QT_TRANSLATE_NOOP("Vocabulary", "Citizen engagement")},
        {key::EligibilityCriterion::ValuesCheck, QT_TRANSLATE_NOOP("Vocabulary", "OGP values check")}};
    static const Entries stage{{key::PlanStage::CoCreate, QT_TRANSLATE_NOOP("Vocabulary", "Co-creation")},
                               {key::PlanStage::Implement, QT_TRANSLATE_NOOP("Vocabulary", "Implementation")},
                               {key::PlanStage::Evaluate, QT_TRANSLATE_NOOP("Vocabulary", "Evaluation")},
                               {key::PlanStage::Learn, QT_TRANSLATE_NOOP("Vocabulary", "Learning")},
                               {key::PlanStage::Closed, QT_TRANSLATE_NOOP("Vocabulary", "Closed")}};
    static const Entries frontier{
        {key::Frontier::UsefulInformation, QT_TRANSLATE_NOOP("Vocabulary", "Useful information for citizens")},
        {key::Frontier::ServiceFeedback, QT_TRANSLATE_NOOP("Vocabulary", "Feedback on public services")},
        {key::Frontier::PolicyParticipation, QT_TRANSLATE_NOOP("Vocabulary", "Participation in policy")},
        {key::Frontier::ExcludedGroups, QT_TRANSLATE_NOOP("Vocabulary", "Including excluded groups")},
        {key::Frontier::PublicResources, QT_TRANSLATE_NOOP("Vocabulary", "Public resources and anti-corruption")}};
    static const Entries progress{{key::ProgressStatus::NotStarted, QT_TRANSLATE_NOOP("Vocabulary", "Not started")},
                                  {key::ProgressStatus::OnTrack, QT_TRANSLATE_NOOP("Vocabulary", "On track")},
                                  {key::ProgressStatus::Delayed, QT_TRANSLATE_NOOP("Vocabulary", "Delayed")},
                                  {key::ProgressStatus::Completed, QT_TRANSLATE_NOOP("Vocabulary", "Completed")},
                                  {key::ProgressStatus::Cancelled, QT_TRANSLATE_NOOP("Vocabulary", "Cancelled")}};
    static const Entries meetingKind{{key::MeetingKind::ForumSession, QT_TRANSLATE_NOOP("Vocabulary", "Forum session")},
                                     {key::MeetingKind::Consultation, QT_TRANSLATE_NOOP("Vocabulary", "Consultation")},
                                     {key::MeetingKind::WorkingGroup, QT_TRANSLATE_NOOP("Vocabulary", "Working group")},
                                     {key::MeetingKind::PublicEvent, QT_TRANSLATE_NOOP("Vocabulary", "Public event")}};
    static const Entries meetingStatus{{key::MeetingStatus::Planned, QT_TRANSLATE_NOOP("Vocabulary", "Planned")},
                                       {key::MeetingStatus::Held, QT_TRANSLATE_NOOP("Vocabulary", "Held")},
                                       {key::MeetingStatus::MinutesDraft, QT_TRANSLATE_NOOP("Vocabulary", "Minutes in draft")},
                                       {key::MeetingStatus::MinutesApproved, QT_TRANSLATE_NOOP("Vocabulary", "Minutes approved")},
                                       {key::MeetingStatus::Published, QT_TRANSLATE_NOOP("Vocabulary", "Published")},
                                       {key::MeetingStatus::Cancelled, QT_TRANSLATE_NOOP("Vocabulary", "Cancelled")}};
    static const Entries attendance{{key::AttendanceStatus::Present, QT_TRANSLATE_NOOP("Vocabulary", "Present")},
                                    {key::AttendanceStatus::Remote, QT_TRANSLATE_NOOP("Vocabulary", "Remote")},
                                    {key::AttendanceStatus::Excused, QT_TRANSLATE_NOOP("Vocabulary", "Excused")},
                                    {key::AttendanceStatus::Absent, QT_TRANSLATE_NOOP("Vocabulary", "Absent")},
                                    {key::AttendanceStatus::Represented, QT_TRANSLATE_NOOP("Vocabulary", "Represented by alternate")}};
    static const Entries method{{key::DecisionMethod::Consensus, QT_TRANSLATE_NOOP("Vocabulary", "Consensus")},
                                {key::DecisionMethod::Vote, QT_TRANSLATE_NOOP("Vocabulary", "Vote")}};
    static const Entries majority{{key::Majority::Consensus, QT_TRANSLATE_NOOP("Vocabulary", "Consensus")},
                                  {key::Majority::Simple, QT_TRANSLATE_NOOP("Vocabulary", "Simple majority")},
                                  {key::Majority::TwoThirds, QT_TRANSLATE_NOOP("Vocabulary", "Two-thirds majority")}};
    static const Entries outcome{{key::DecisionOutcome::Adopted, QT_TRANSLATE_NOOP("Vocabulary", "Adopted")},
                                 {key::DecisionOutcome::Rejected, QT_TRANSLATE_NOOP("Vocabulary", "Rejected")},
                                 {key::DecisionOutcome::Deferred, QT_TRANSLATE_NOOP("Vocabulary", "Deferred")}};
    static const Entries choice{{key::VoteChoice::For, QT_TRANSLATE_NOOP("Vocabulary", "For")},
                                {key::VoteChoice::Against, QT_TRANSLATE_NOOP("Vocabulary", "Against")},
                                {key::VoteChoice::Abstain, QT_TRANSLATE_NOOP("Vocabulary", "Abstain")}};
    static const Entries actionStatus{{key::ActionItemStatus::Open, QT_TRANSLATE_NOOP("Vocabulary", "Open")},
                                      {key::ActionItemStatus::Done, QT_TRANSLATE_NOOP("Vocabulary", "Done")},
                                      {key::ActionItemStatus::Cancelled, QT_TRANSLATE_NOOP("Vocabulary", "Cancelled")}};
    static const Entries channel{{key::ContributionChannel::Meeting, QT_TRANSLATE_NOOP("Vocabulary", "Meeting")},
                                 {key::ContributionChannel::Workshop, QT_TRANSLATE_NOOP("Vocabulary", "Workshop")},
                                 {key::ContributionChannel::Online, QT_TRANSLATE_NOOP("Vocabulary", "Online")},
                                 {key::ContributionChannel::Email, QT_TRANSLATE_NOOP("Vocabulary", "Email")},
                                 {key::ContributionChannel::Letter, QT_TRANSLATE_NOOP("Vocabulary", "Letter")},
                                 {key::ContributionChannel::Other, QT_TRANSLATE_NOOP("Vocabulary", "Other")}};
    static const Entries contributionStatus{
        {key::ContributionStatus::Received, QT_TRANSLATE_NOOP("Vocabulary", "Received")},
        {key::ContributionStatus::UnderReview, QT_TRANSLATE_NOOP("Vocabulary", "Under review")},
        {key::ContributionStatus::Incorporated, QT_TRANSLATE_NOOP("Vocabulary", "Incorporated")},
        {key::ContributionStatus::PartiallyIncorporated, QT_TRANSLATE_NOOP("Vocabulary", "Partially incorporated")},
        {key::ContributionStatus::NotIncorporated, QT_TRANSLATE_NOOP("Vocabulary", "Not incorporated")},
        {key::ContributionStatus::Duplicate, QT_TRANSLATE_NOOP("Vocabulary", "Duplicate")}};
    static const Entries source{{key::AssessmentSource::Self, QT_TRANSLATE_NOOP("Vocabulary", "Self-assessment")},
                                {key::AssessmentSource::Irm, QT_TRANSLATE_NOOP("Vocabulary", "IRM")}};
    static const Entries results{{key::PotentialResults::Unclear, QT_TRANSLATE_NOOP("Vocabulary", "Unclear")},
                                 {key::PotentialResults::Modest, QT_TRANSLATE_NOOP("Vocabulary", "Modest")},
                                 {key::PotentialResults::Substantial, QT_TRANSLATE_NOOP("Vocabulary", "Substantial")}};
    static const Entries impact{{key::PotentialImpact::NoImpact, QT_TRANSLATE_NOOP("Vocabulary", "None")},
                                {key::PotentialImpact::Minor, QT_TRANSLATE_NOOP("Vocabulary", "Minor")},
                                {key::PotentialImpact::Moderate, QT_TRANSLATE_NOOP("Vocabulary", "Moderate")},
                                {key::PotentialImpact::Transformative, QT_TRANSLATE_NOOP("Vocabulary", "Transformative")}};
    static const Entries completion{{key::Completion::NoEvidence, QT_TRANSLATE_NOOP("Vocabulary", "No evidence available")},
                                    {key::Completion::NotStarted, QT_TRANSLATE_NOOP("Vocabulary", "Not started")},
                                    {key::Completion::Limited, QT_TRANSLATE_NOOP("Vocabulary", "Limited")},
                                    {key::Completion::Substantial, QT_TRANSLATE_NOOP("Vocabulary", "Substantial")},
                                    {key::Completion::Complete, QT_TRANSLATE_NOOP("Vocabulary", "Complete")}};
    static const Entries opened{{key::OpenedGovernment::Worsened, QT_TRANSLATE_NOOP("Vocabulary", "Worsened")},
                                {key::OpenedGovernment::DidNotChange, QT_TRANSLATE_NOOP("Vocabulary", "Did not change")},
                                {key::OpenedGovernment::Marginal, QT_TRANSLATE_NOOP("Vocabulary", "Marginal")},
                                {key::OpenedGovernment::Major, QT_TRANSLATE_NOOP("Vocabulary", "Major")},
                                {key::OpenedGovernment::Outstanding, QT_TRANSLATE_NOOP("Vocabulary", "Outstanding")}};
    static const Entries lessonKind{{key::LessonKind::Process, QT_TRANSLATE_NOOP("Vocabulary", "Process")},
                                    {key::LessonKind::Substance, QT_TRANSLATE_NOOP("Vocabulary", "Substance")}};
    static const Entries policyArea{
        {key::PolicyArea::AntiCorruption, QT_TRANSLATE_NOOP("Vocabulary", "Anti-corruption")},
        {key::PolicyArea::BeneficialOwnership, QT_TRANSLATE_NOOP("Vocabulary", "Beneficial ownership")},
        {key::PolicyArea::CivicSpace, QT_TRANSLATE_NOOP("Vocabulary", "Civic space")},
        {key::PolicyArea::ClimateEnvironment, QT_TRANSLATE_NOOP("Vocabulary", "Climate and environment")},
        {key::PolicyArea::DigitalGovernance, QT_TRANSLATE_NOOP("Vocabulary", "Digital governance")},
        {key::PolicyArea::Education, QT_TRANSLATE_NOOP("Vocabulary", "Education")},
        {key::PolicyArea::FiscalOpenness, QT_TRANSLATE_NOOP("Vocabulary", "Fiscal openness")},
        {key::PolicyArea::GenderInclusion, QT_TRANSLATE_NOOP("Vocabulary", "Gender and inclusion")},
        {key::PolicyArea::Health, QT_TRANSLATE_NOOP("Vocabulary", "Health")},
        {key::PolicyArea::Justice, QT_TRANSLATE_NOOP("Vocabulary", "Justice")},
        {key::PolicyArea::NaturalResources, QT_TRANSLATE_NOOP("Vocabulary", "Natural resources")},
        {key::PolicyArea::OpenContracting, QT_TRANSLATE_NOOP("Vocabulary", "Open contracting")},
        {key::PolicyArea::PublicParticipation, QT_TRANSLATE_NOOP("Vocabulary", "Public participation")},
        {key::PolicyArea::PublicServiceDelivery, QT_TRANSLATE_NOOP("Vocabulary", "Public service delivery")},
        {key::PolicyArea::RightToInformation, QT_TRANSLATE_NOOP("Vocabulary", "Right to information")},
        {key::PolicyArea::WaterSanitation, QT_TRANSLATE_NOOP("Vocabulary", "Water and sanitation")},
        {key::PolicyArea::Other, QT_TRANSLATE_NOOP("Vocabulary", "Other")}};
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
    case L::PolicyArea: return policyArea;
    }
    return scope;
}

} // namespace

QStringList Vocabulary::keys(List list)
{
    QStringList result;
    for (const auto &[key, label] : entries(list))
        result << QString(key);
    return result;
}

const char *Vocabulary::sourceText(List list, const QString &key)
{
    for (const auto &[k, text] : entries(list))
        if (key == k)
            return text;
    return nullptr;
}

QString Vocabulary::label(List list, const QString &key)
{
    const char *text = sourceText(list, key);
    return text ? QCoreApplication::translate("Vocabulary", text) : key;
}

} // namespace forumdesk
