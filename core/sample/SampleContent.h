// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The words of the sample forum, Spanish and English side by side. Everything here is fictional:
// the Republic of Montealto, its people and its plans. SampleForum.cpp decides what goes where.
// The French and Portuguese sample forums (a francophone West African republic, a lusophone one)
// take their words from SampleFrench.cpp and SamplePortuguese.cpp: SampleTranslations.h.

#include "core/forum/VocabularyKeys.h"
#include "core/sample/SampleTranslations.h"

#include <QString>

#include <vector>

namespace forumdesk::sample {

// One piece of human text: Spanish and English here, French and Portuguese by the English text.
struct Bilingual {
    const char *es;
    const char *en;
    // The text in `language` ("es", "en", "fr" or "pt").
    QString in(const QString &language) const
    {
        if (language == key::Language::Spanish)
            return QString::fromUtf8(es);
        return translated(en, language);
    }
};

struct ForumText {
    Bilingual name;
    Bilingual jurisdiction;
    Bilingual termsOfReference;
    Bilingual participationRules;
    Bilingual pocInstitution;
    Bilingual joiningNotes;
    Bilingual joinedNote; // a member who joined when the Forum was renewed
    Bilingual leftNote;   // a member whose term ended
};
const ForumText &forumText();

struct EligibilitySeed {
    QLatin1StringView criterion; // key::EligibilityCriterion
    Bilingual evidence;
};
const std::vector<EligibilitySeed> &eligibility();

// How a member's term relates to the sample's timeline.
enum class Term { Founding, Joined2023, Left2023 };

struct MemberSeed {
    const char *name;
    Bilingual organization;
    const char *emailDomain;
    QLatin1StringView sector; // key::Sector
    QLatin1StringView role;   // key::Role
    QLatin1StringView gender; // key::Gender; empty: not recorded
    int alternateFor;   // index into members(), -1 for none
    Term term;
};
const std::vector<MemberSeed> &members();

struct PlanSeed {
    Bilingual title;
    Bilingual introduction;
    Bilingual notes;
};
// The closed first plan, then the second plan in implementation.
const std::vector<PlanSeed> &plans();

struct MilestoneSeed {
    Bilingual activity;
    Bilingual deliverable;
};

// The lead agency's contact person for a commitment (OGP's template). An empty name leaves the
// contact out.
struct ContactSeed {
    const char *name;
    Bilingual title; // title and department
    const char *email; // at the lead agency's domain, as members' addresses are
    const char *phone;
};

struct CommitmentSeed {
    Bilingual title;
    Bilingual leadAgency;
    Bilingual responsibleUnit; // the team inside the lead agency that reports progress
    Bilingual supportingGovernment;
    Bilingual supportingOther;
    Bilingual problem;
    Bilingual statusQuo;
    Bilingual description;
    Bilingual solution;
    Bilingual budget;
    Bilingual linksOtherPlans;
    Bilingual themes; // ';'-separated tags
    bool accessToInformation;
    bool civicParticipation;
    bool publicAccountability;
    bool technologyInnovation;
    std::vector<QLatin1StringView> frontiers; // key::Frontier
    std::vector<MilestoneSeed> milestones;
    // The rest of OGP's commitment template (format 3).
    Bilingual briefDescription; // one or two sentences, well under Commitment::kBriefDescriptionChars
    Bilingual causes;
    Bilingual expectedResults;
    // How the commitment advances each OGP value it claims; empty for the values it does not claim.
    Bilingual advancesTransparency;   // accessToInformation
    Bilingual advancesAccountability; // publicAccountability
    Bilingual advancesParticipation;  // civicParticipation
    ContactSeed contact;
    std::vector<QLatin1StringView> policyAreas; // key::PolicyArea
};
// The first plan's commitments (firstPlanCommitments() of them), then the second plan's.
const std::vector<CommitmentSeed> &commitments();
int firstPlanCommitments();
// The reference practices (PracticeLibrary keys, ';'-separated) that inspired the commitment of
// commitments() at `index`; empty for most of them.
const char *citedPractices(int index);

struct AgendaSeed {
    Bilingual title;
    Bilingual minutes;
    int durationMinutes;
    int presenter;  // index into members(), -1 for a guest or nobody
    int commitment; // index into commitments(), -1 for none
};

struct DecisionSeed {
    int agendaItem; // index into the meeting's own agenda seeds, -1 for none
    Bilingual text;
    bool vote;
    QLatin1StringView majority; // key::Majority
    int against;
    int abstain;
    int approvesPlan; // index into plans(), -1 for none
    bool namedVotes;
};

struct ActionSeed {
    Bilingual text;
    int owner;     // index into members()
    int dueInDays; // after the meeting
    QLatin1StringView status; // key::ActionItemStatus
};

struct GuestSeed {
    const char *name;
    Bilingual organization;
    QLatin1StringView sector; // key::Sector
};
const std::vector<GuestSeed> &guests();

struct MeetingSeed {
    QLatin1StringView kind; // key::MeetingKind
    int plan; // index into plans()
    int year, month, day, hour, minute, durationMinutes;
    Bilingual title;
    Bilingual place;
    const char *link;
    QLatin1StringView status; // key::MeetingStatus
    std::vector<AgendaSeed> agenda;
    std::vector<DecisionSeed> decisions;
    std::vector<ActionSeed> actions;
    std::vector<int> guests; // indexes into guests()
    std::vector<int> members; // for working groups and public events: who is convened (empty: all)
    Bilingual notes;
};
const std::vector<MeetingSeed> &meetings();

// Standing agenda items of a forum session. %1, %2... are filled in by SampleForum.cpp.
struct StandingText {
    Bilingual openingTitle;
    Bilingual openingMinutes;     // %1 voting members attending, %2 voting members, %3 time
    Bilingual minutesTitle;
    Bilingual minutesMinutes;     // %1 list of meetings
    Bilingual minutesDecision;    // %1 list of meetings
    Bilingual closingTitle;
    Bilingual closingMinutes;
    Bilingual meetingReference;   // %1 title, %2 date
    Bilingual listSeparator;
    Bilingual quorumNote;         // %1 attending, %2 voting members
    Bilingual cancelledNote;
    Bilingual plannedNote;
};
const StandingText &standing();

struct ContributionSeed {
    Bilingual text;
    int commitment; // index into commitments(); -1: not about any commitment
    int reason;     // for those about no commitment: index into responses().notIncorporated
};
const std::vector<ContributionSeed> &contributions();

// Reasoned responses. %1 commitment number, %2 commitment title (for the first three); the
// not-incorporated ones are whole reasons.
struct ResponseText {
    std::vector<Bilingual> incorporated;
    std::vector<Bilingual> partiallyIncorporated;
    std::vector<Bilingual> notIncorporated;
    Bilingual duplicate; // %1 date of the first contribution, %2 commitment number
    Bilingual underReview;
};
const ResponseText &responses();

// Progress narratives by progress status. %1 milestone deliverable, %2 percent.
struct ProgressText {
    std::vector<Bilingual> notStarted;
    std::vector<Bilingual> onTrack;
    std::vector<Bilingual> delayed;
    std::vector<Bilingual> completed;
    std::vector<Bilingual> cancelled;
    Bilingual evidencePrefix; // where evidence documents are published
};
const ProgressText &progress();

struct AssessmentText {
    Bilingual selfNote;      // %1 completion label text
    Bilingual irmNote;
    Bilingual irmStarred;
    Bilingual completionReason; // %1 percent of weighted milestones completed
    std::vector<Bilingual> completionLabels; // no_evidence .. complete, in Vocabulary order
};
const AssessmentText &assessment();

struct LessonSeed {
    QLatin1StringView kind; // key::LessonKind
    Bilingual text;
    Bilingual recommendation;
};
const std::vector<LessonSeed> &lessons();

// Name parts and organisations for the people of the large forum and the contributions' authors.
const std::vector<const char *> &givenNames();
const std::vector<const char *> &familyNames();
struct OrganizationSeed {
    Bilingual name;
    QLatin1StringView sector; // key::Sector
};
const std::vector<OrganizationSeed> &organizations();

// Texts the large forum varies its content with.
struct LargeText {
    Bilingual planTitle;          // %1 ordinal, %2 first year, %3 last year
    std::vector<Bilingual> ordinals;
    Bilingual planIntroduction;
    std::vector<Bilingual> regions; // suffixes that tell repeated commitments apart
    Bilingual commitmentTitle;    // %1 seed title, %2 region
    Bilingual extraMilestone;     // %1 region
    Bilingual extraDeliverable;
    Bilingual sessionTitle;       // %1 number
    Bilingual workingGroupTitle;  // %1 topic
    std::vector<Bilingual> workingGroupTopics;
    Bilingual consultationTitle;  // %1 commitment title
    Bilingual publicEventTitle;   // %1 plan title
    std::vector<Bilingual> places;
    Bilingual progressItem;       // %1 number, %2 title
    Bilingual progressMinutes;    // %1 number, %2 percent
    std::vector<Bilingual> otherItems;
    std::vector<Bilingual> otherMinutes;
    std::vector<Bilingual> decisions;
    std::vector<Bilingual> actions;
    Bilingual approvePlan;        // %1 plan title
    Bilingual approvePlanItem;
    Bilingual approvePlanMinutes;
    Bilingual contactTitle;       // a commitment's contact: %1 responsible unit, %2 lead agency
};
const LargeText &large();

} // namespace forumdesk::sample
