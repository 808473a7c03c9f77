// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLatin1StringView>

// The keys of the Vocabulary lists, one constant per key, so that code compares a record's status
// with key::MeetingStatus::Cancelled rather than with a string typed again. The file stores the
// keys themselves; Vocabulary gives their translated labels; SchemaAgreementTest checks that each
// list here, the Vocabulary and the schema's CHECK rules agree (docs/architecture.md).
namespace forumdesk::key {

namespace Scope {
inline constexpr QLatin1StringView National{"national"};
inline constexpr QLatin1StringView Local{"local"};
// Every key of the list, in the Vocabulary's order.
inline constexpr QLatin1StringView all[] = {National, Local};
} // namespace Scope

namespace Language {
inline constexpr QLatin1StringView Spanish{"es"};
inline constexpr QLatin1StringView English{"en"};
inline constexpr QLatin1StringView French{"fr"};
inline constexpr QLatin1StringView Portuguese{"pt"};
// Every key of the list, in the Vocabulary's order.
inline constexpr QLatin1StringView all[] = {Spanish, English, French, Portuguese};
} // namespace Language

namespace DecisionRule {
inline constexpr QLatin1StringView Consensus{"consensus"};
inline constexpr QLatin1StringView Simple{"simple"};
inline constexpr QLatin1StringView TwoThirds{"two_thirds"};
// Every key of the list, in the Vocabulary's order.
inline constexpr QLatin1StringView all[] = {Consensus, Simple, TwoThirds};
} // namespace DecisionRule

namespace Sector {
inline constexpr QLatin1StringView Government{"government"};
inline constexpr QLatin1StringView CivilSociety{"civil_society"};
inline constexpr QLatin1StringView Academia{"academia"};
inline constexpr QLatin1StringView PrivateSector{"private_sector"};
inline constexpr QLatin1StringView Other{"other"};
// Every key of the list, in the Vocabulary's order.
inline constexpr QLatin1StringView all[] = {Government, CivilSociety, Academia, PrivateSector, Other};
} // namespace Sector

namespace Role {
inline constexpr QLatin1StringView Chair{"chair"};
inline constexpr QLatin1StringView CoChair{"co_chair"};
inline constexpr QLatin1StringView Secretary{"secretary"};
inline constexpr QLatin1StringView Member{"member"};
inline constexpr QLatin1StringView Alternate{"alternate"};
inline constexpr QLatin1StringView Observer{"observer"};
// Every key of the list, in the Vocabulary's order.
inline constexpr QLatin1StringView all[] = {Chair, CoChair, Secretary, Member, Alternate, Observer};
} // namespace Role

namespace Gender {
inline constexpr QLatin1StringView Female{"female"};
inline constexpr QLatin1StringView Male{"male"};
inline constexpr QLatin1StringView NonBinary{"non_binary"};
inline constexpr QLatin1StringView Other{"other"};
inline constexpr QLatin1StringView Undisclosed{"undisclosed"};
// Every key of the list, in the Vocabulary's order.
inline constexpr QLatin1StringView all[] = {Female, Male, NonBinary, Other, Undisclosed};
} // namespace Gender

namespace EligibilityCriterion {
inline constexpr QLatin1StringView FiscalTransparency{"fiscal_transparency"};
inline constexpr QLatin1StringView AccessToInformation{"access_to_information"};
inline constexpr QLatin1StringView AssetDisclosure{"asset_disclosure"};
inline constexpr QLatin1StringView CitizenEngagement{"citizen_engagement"};
inline constexpr QLatin1StringView ValuesCheck{"values_check"};
// Every key of the list, in the Vocabulary's order.
inline constexpr QLatin1StringView all[] = {FiscalTransparency, AccessToInformation, AssetDisclosure, CitizenEngagement, ValuesCheck};
} // namespace EligibilityCriterion

namespace PlanStage {
inline constexpr QLatin1StringView CoCreate{"co_create"};
inline constexpr QLatin1StringView Implement{"implement"};
inline constexpr QLatin1StringView Evaluate{"evaluate"};
inline constexpr QLatin1StringView Learn{"learn"};
inline constexpr QLatin1StringView Closed{"closed"};
// Every key of the list, in the Vocabulary's order.
inline constexpr QLatin1StringView all[] = {CoCreate, Implement, Evaluate, Learn, Closed};
} // namespace PlanStage

namespace Frontier {
inline constexpr QLatin1StringView UsefulInformation{"useful_information"};
inline constexpr QLatin1StringView ServiceFeedback{"service_feedback"};
inline constexpr QLatin1StringView PolicyParticipation{"policy_participation"};
inline constexpr QLatin1StringView ExcludedGroups{"excluded_groups"};
inline constexpr QLatin1StringView PublicResources{"public_resources"};
// Every key of the list, in the Vocabulary's order.
inline constexpr QLatin1StringView all[] = {UsefulInformation, ServiceFeedback, PolicyParticipation, ExcludedGroups, PublicResources};
} // namespace Frontier

namespace ProgressStatus {
inline constexpr QLatin1StringView NotStarted{"not_started"};
inline constexpr QLatin1StringView OnTrack{"on_track"};
inline constexpr QLatin1StringView Delayed{"delayed"};
inline constexpr QLatin1StringView Completed{"completed"};
inline constexpr QLatin1StringView Cancelled{"cancelled"};
// Every key of the list, in the Vocabulary's order.
inline constexpr QLatin1StringView all[] = {NotStarted, OnTrack, Delayed, Completed, Cancelled};
} // namespace ProgressStatus

namespace MeetingKind {
inline constexpr QLatin1StringView ForumSession{"forum_session"};
inline constexpr QLatin1StringView Consultation{"consultation"};
inline constexpr QLatin1StringView WorkingGroup{"working_group"};
inline constexpr QLatin1StringView PublicEvent{"public_event"};
// Every key of the list, in the Vocabulary's order.
inline constexpr QLatin1StringView all[] = {ForumSession, Consultation, WorkingGroup, PublicEvent};
} // namespace MeetingKind

namespace MeetingStatus {
inline constexpr QLatin1StringView Planned{"planned"};
inline constexpr QLatin1StringView Held{"held"};
inline constexpr QLatin1StringView MinutesDraft{"minutes_draft"};
inline constexpr QLatin1StringView MinutesApproved{"minutes_approved"};
inline constexpr QLatin1StringView Published{"published"};
inline constexpr QLatin1StringView Cancelled{"cancelled"};
// Every key of the list, in the Vocabulary's order.
inline constexpr QLatin1StringView all[] = {Planned, Held, MinutesDraft, MinutesApproved, Published, Cancelled};
} // namespace MeetingStatus

namespace AttendanceStatus {
inline constexpr QLatin1StringView Present{"present"};
inline constexpr QLatin1StringView Remote{"remote"};
inline constexpr QLatin1StringView Excused{"excused"};
inline constexpr QLatin1StringView Absent{"absent"};
inline constexpr QLatin1StringView Represented{"represented"};
// Every key of the list, in the Vocabulary's order.
inline constexpr QLatin1StringView all[] = {Present, Remote, Excused, Absent, Represented};
} // namespace AttendanceStatus

namespace DecisionMethod {
inline constexpr QLatin1StringView Consensus{"consensus"};
inline constexpr QLatin1StringView Vote{"vote"};
// Every key of the list, in the Vocabulary's order.
inline constexpr QLatin1StringView all[] = {Consensus, Vote};
} // namespace DecisionMethod

namespace Majority {
inline constexpr QLatin1StringView Consensus{"consensus"};
inline constexpr QLatin1StringView Simple{"simple"};
inline constexpr QLatin1StringView TwoThirds{"two_thirds"};
// Every key of the list, in the Vocabulary's order.
inline constexpr QLatin1StringView all[] = {Consensus, Simple, TwoThirds};
} // namespace Majority

namespace DecisionOutcome {
inline constexpr QLatin1StringView Adopted{"adopted"};
inline constexpr QLatin1StringView Rejected{"rejected"};
inline constexpr QLatin1StringView Deferred{"deferred"};
// Every key of the list, in the Vocabulary's order.
inline constexpr QLatin1StringView all[] = {Adopted, Rejected, Deferred};
} // namespace DecisionOutcome

namespace VoteChoice {
inline constexpr QLatin1StringView For{"for"};
inline constexpr QLatin1StringView Against{"against"};
inline constexpr QLatin1StringView Abstain{"abstain"};
// Every key of the list, in the Vocabulary's order.
inline constexpr QLatin1StringView all[] = {For, Against, Abstain};
} // namespace VoteChoice

namespace ActionItemStatus {
inline constexpr QLatin1StringView Open{"open"};
inline constexpr QLatin1StringView Done{"done"};
inline constexpr QLatin1StringView Cancelled{"cancelled"};
// Every key of the list, in the Vocabulary's order.
inline constexpr QLatin1StringView all[] = {Open, Done, Cancelled};
} // namespace ActionItemStatus

namespace ContributionChannel {
inline constexpr QLatin1StringView Meeting{"meeting"};
inline constexpr QLatin1StringView Workshop{"workshop"};
inline constexpr QLatin1StringView Online{"online"};
inline constexpr QLatin1StringView Email{"email"};
inline constexpr QLatin1StringView Letter{"letter"};
inline constexpr QLatin1StringView Other{"other"};
// Every key of the list, in the Vocabulary's order.
inline constexpr QLatin1StringView all[] = {Meeting, Workshop, Online, Email, Letter, Other};
} // namespace ContributionChannel

namespace ContributionStatus {
inline constexpr QLatin1StringView Received{"received"};
inline constexpr QLatin1StringView UnderReview{"under_review"};
inline constexpr QLatin1StringView Incorporated{"incorporated"};
inline constexpr QLatin1StringView PartiallyIncorporated{"partially_incorporated"};
inline constexpr QLatin1StringView NotIncorporated{"not_incorporated"};
inline constexpr QLatin1StringView Duplicate{"duplicate"};
// Every key of the list, in the Vocabulary's order.
inline constexpr QLatin1StringView all[] = {Received, UnderReview, Incorporated, PartiallyIncorporated, NotIncorporated, Duplicate};
} // namespace ContributionStatus

namespace AssessmentSource {
inline constexpr QLatin1StringView Self{"self"};
inline constexpr QLatin1StringView Irm{"irm"};
// Every key of the list, in the Vocabulary's order.
inline constexpr QLatin1StringView all[] = {Self, Irm};
} // namespace AssessmentSource

namespace PotentialResults {
inline constexpr QLatin1StringView Unclear{"unclear"};
inline constexpr QLatin1StringView Modest{"modest"};
inline constexpr QLatin1StringView Substantial{"substantial"};
// Every key of the list, in the Vocabulary's order.
inline constexpr QLatin1StringView all[] = {Unclear, Modest, Substantial};
} // namespace PotentialResults

namespace PotentialImpact {
inline constexpr QLatin1StringView NoImpact{"none"};
inline constexpr QLatin1StringView Minor{"minor"};
inline constexpr QLatin1StringView Moderate{"moderate"};
inline constexpr QLatin1StringView Transformative{"transformative"};
// Every key of the list, in the Vocabulary's order.
inline constexpr QLatin1StringView all[] = {NoImpact, Minor, Moderate, Transformative};
} // namespace PotentialImpact

namespace Completion {
inline constexpr QLatin1StringView NoEvidence{"no_evidence"};
inline constexpr QLatin1StringView NotStarted{"not_started"};
inline constexpr QLatin1StringView Limited{"limited"};
inline constexpr QLatin1StringView Substantial{"substantial"};
inline constexpr QLatin1StringView Complete{"complete"};
// Every key of the list, in the Vocabulary's order.
inline constexpr QLatin1StringView all[] = {NoEvidence, NotStarted, Limited, Substantial, Complete};
} // namespace Completion

namespace OpenedGovernment {
inline constexpr QLatin1StringView Worsened{"worsened"};
inline constexpr QLatin1StringView DidNotChange{"did_not_change"};
inline constexpr QLatin1StringView Marginal{"marginal"};
inline constexpr QLatin1StringView Major{"major"};
inline constexpr QLatin1StringView Outstanding{"outstanding"};
// Every key of the list, in the Vocabulary's order.
inline constexpr QLatin1StringView all[] = {Worsened, DidNotChange, Marginal, Major, Outstanding};
} // namespace OpenedGovernment

namespace LessonKind {
inline constexpr QLatin1StringView Process{"process"};
inline constexpr QLatin1StringView Substance{"substance"};
// Every key of the list, in the Vocabulary's order.
inline constexpr QLatin1StringView all[] = {Process, Substance};
} // namespace LessonKind

// OGP's policy areas, as its Open Gov Guide and policy-area fact sheets name them (the Support Unit
// reviews its own list each year; "other" keeps what it does not name).
namespace PolicyArea {
inline constexpr QLatin1StringView AntiCorruption{"anti_corruption"};
inline constexpr QLatin1StringView BeneficialOwnership{"beneficial_ownership"};
inline constexpr QLatin1StringView CivicSpace{"civic_space"};
inline constexpr QLatin1StringView ClimateEnvironment{"climate_environment"};
inline constexpr QLatin1StringView DigitalGovernance{"digital_governance"};
inline constexpr QLatin1StringView Education{"education"};
inline constexpr QLatin1StringView FiscalOpenness{"fiscal_openness"};
inline constexpr QLatin1StringView GenderInclusion{"gender_inclusion"};
inline constexpr QLatin1StringView Health{"health"};
inline constexpr QLatin1StringView Justice{"justice"};
inline constexpr QLatin1StringView NaturalResources{"natural_resources"};
inline constexpr QLatin1StringView OpenContracting{"open_contracting"};
inline constexpr QLatin1StringView PublicParticipation{"public_participation"};
inline constexpr QLatin1StringView PublicServiceDelivery{"public_service_delivery"};
inline constexpr QLatin1StringView RightToInformation{"right_to_information"};
inline constexpr QLatin1StringView WaterSanitation{"water_sanitation"};
inline constexpr QLatin1StringView Other{"other"};
// Every key of the list, in the Vocabulary's order.
inline constexpr QLatin1StringView all[] = {AntiCorruption, BeneficialOwnership, CivicSpace, ClimateEnvironment, DigitalGovernance, Education, FiscalOpenness, GenderInclusion, Health, Justice, NaturalResources, OpenContracting, PublicParticipation, PublicServiceDelivery, RightToInformation, WaterSanitation, Other};
} // namespace PolicyArea

} // namespace forumdesk::key
