// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sample/SampleForum.h"

#include "core/sample/SampleContent.h"

#include "core/cocreation/Contribution.h"
#include "core/cocreation/ContributionLink.h"
#include "core/evaluation/Assessment.h"
#include "core/forum/EligibilityCheck.h"
#include "core/forum/Forum.h"
#include "core/forum/JoiningRecord.h"
#include "core/forum/Member.h"
#include "core/forum/VocabularyKeys.h"
#include "core/i18n/DateText.h"
#include "core/implementation/ProgressUpdate.h"
#include "core/learning/Lesson.h"
#include "core/learning/PracticeCitation.h"
#include "core/meetings/ActionItem.h"
#include "core/meetings/AgendaItem.h"
#include "core/meetings/Attendance.h"
#include "core/meetings/Decision.h"
#include "core/meetings/Intervention.h"
#include "core/meetings/Quorum.h"
#include "core/meetings/Meeting.h"
#include "core/meetings/Vote.h"
#include "core/plans/ActionPlan.h"
#include "core/plans/Commitment.h"
#include "core/plans/Milestone.h"
#include "core/storage/Database.h"
#include "core/storage/Table.h"

#include <QHash>
#include <QSet>
#include <QLocale>
#include <QTimeZone>

#include <algorithm>
#include <cmath>
#include <map>
#include <random>
#include <set>
#include <vector>

namespace forumdesk {

namespace {

using namespace sample;

// The sample's "today": meetings after it are planned, progress stops at it. Fixed, so that two runs
// write the same forum whatever the clock says.
QDate today() { return QDate(2026, 11, 28); }

QDateTime wallClock(const QDate &date, int hour, int minute)
{
    return QDateTime(date, QTime(hour, minute), QTimeZone::utc());
}

QDate nthWeekday(int year, int month, int weekday, int n)
{
    const QDate first(year, month, 1);
    const int offset = (weekday - first.dayOfWeek() + 7) % 7;
    if (n > 0)
        return first.addDays(offset + 7 * (n - 1));
    QDate last = first.addMonths(1).addDays(-1); // n <= 0: the last such weekday
    while (last.dayOfWeek() != weekday)
        last = last.addDays(-1);
    return last;
}

// A fixed-seed die. mt19937's output is the same on every platform; the distributions of <random>
// are not, hence the plain modulo.
class Dice {
public:
    explicit Dice(quint32 seed) : m_engine(seed) {}
    int below(int n) { return n <= 1 ? 0 : int(m_engine() % quint32(n)); }
    int between(int lo, int hi) { return lo + below(hi - lo + 1); }
    bool chance(int percent) { return below(100) < percent; }

private:
    std::mt19937 m_engine;
};

bool attends(const QString &status)
{
    return status == key::AttendanceStatus::Present || status == key::AttendanceStatus::Remote
        || status == key::AttendanceStatus::Represented;
}

struct Person {
    qint64 id = 0;
    QString name;
    QString organization;
    QString sector;
    QString role;
    bool voting = true;
    QDate termStart;
    QDate termEnd;
    int alternate = -1; // index of the person who stands in for this one
    bool activeOn(const QDate &date) const { return termStart <= date && date <= termEnd; }
};

enum class Pace { Complete, Substantial, Limited, OnTrack, Delayed };

struct CommitmentInfo {
    qint64 id = 0;
    int seed = 0;
    QString number;
    QString title;
    QString reporter;  // the lead agency's focal person
    QString presenter; // reporter and agency, as an agenda shows them
    QDate start;
    QDate end;
    double finalPercent = 0; // weighted milestone progress at the plan's close (or today)
    int percentOn(const QDate &date) const
    {
        if (date <= start)
            return 0;
        const double elapsed = std::min(1.0, double(start.daysTo(date)) / double(std::max<qint64>(1, start.daysTo(end))));
        return int(std::lround(elapsed * finalPercent));
    }
};

struct PlanInfo {
    qint64 id = 0;
    QString title;
    QDate start;
    QDate end;
    QDate approvedOn;
    std::vector<CommitmentInfo> commitments;
    std::map<int, std::vector<int>> bySeed; // commitment seed -> indexes into commitments
    std::vector<int> consultations;          // indexes into the meeting specs
};

struct Seat {
    int person = -1; // -1: a guest
    QString name;
    QString organization;
    QString sector;
    QString status = key::AttendanceStatus::Present;
    QString representedBy;
};

struct AgendaSpec {
    QString title;
    QString presenter;
    QString minutes;
    int duration = 15;
    qint64 commitmentId = 0;
};

struct DecisionSpec {
    int agendaItem = -1; // index into MeetingSpec::agenda
    QString text;
    bool vote = false;
    QString majority = key::Majority::Simple;
    int against = 0;
    int abstain = 0;
    qint64 approvesPlanId = 0;
    bool named = false;
};

struct ActionSpec {
    QString text;
    int owner = -1;
    int dueInDays = 30;
    QString status = key::ActionItemStatus::Open;
};

struct MeetingSpec {
    QString kind;
    int plan = -1;
    int number = 0;
    QString title;
    QDateTime startsAt;
    QDateTime endsAt;
    QString place;
    QString link;
    QString status;
    QString notes;
    std::vector<int> convened; // empty: every active member
    std::vector<Seat> guests;
    std::vector<AgendaSpec> agenda;
    std::vector<DecisionSpec> decisions;
    std::vector<ActionSpec> actions;
    // Worked out before writing.
    int chair = -1;
    int secretary = -1;
    std::vector<Seat> seats;
    std::vector<int> approves; // meetings whose minutes this one approves
    int approvedAt = -1;
    QDate publishedOn;
    qint64 id = 0;
    Meeting written;
    QDate date() const { return startsAt.date(); }
    bool held() const { return status != key::MeetingStatus::Planned && status != key::MeetingStatus::Cancelled; }
};

class SampleWriter {
public:
    SampleWriter(ForumFile &file, const SampleOptions &options)
        : m_file(file), m_language(options.language), m_locale(m_language),
          m_forums(file), m_eligibility(file), m_joining(file), m_members(file), m_plans(file),
          m_commitments(file), m_milestones(file), m_progress(file), m_meetings(file), m_agenda(file),
          m_attendance(file), m_decisions(file), m_votes(file), m_actions(file), m_contributions(file),
          m_links(file), m_assessments(file), m_lessons(file), m_citations(file)
    {
        m_file.setActor(QStringLiteral("Forum Desk"));
    }

    void writeSmall();
    void writeLarge();

private:
    QString t(const Bilingual &text) const { return text.in(m_language); }
    // A name, place, address or link: the same in Spanish and English, the French and Portuguese
    // samples have their own.
    QString t(const char *name) const { return translated(name, m_language); }
    QString longDate(const QDate &date) const { return longDayText(date, m_locale); }
    QString personName(Dice &dice, bool *female = nullptr);
    static QString emailFor(const QString &name, const QString &domain);

    void writeForum(const QDate &founded, const QDate &letter, const QDate &joined, const QDate &checked,
                    const QString &poc);
    qint64 writePerson(Person person, const QString &gender, const QString &email, int alternateFor,
                       const QString &notes);
    int writePlan(const QString &title, const QDate &start, const QDate &end, const QString &stage,
                  const QDate &submitted, const QString &introduction, const QString &notes);
    void writeCommitment(int plan, int seed, const QString &number, const QString &title, const QDate &start,
                         const QDate &end, Pace pace, bool setCompletion, int milestoneCount, int updates,
                         const QString &region, const QString &reporter);
    void writeMeetings(std::vector<MeetingSpec> &specs);
    void runLive(MeetingSpec &spec, const std::vector<qint64> &itemIds);
    void seatMeeting(MeetingSpec &spec);
    void addStandingItems(std::vector<MeetingSpec> &specs, int index);
    void writeContribution(int plan, const QDate &received, const QString &channel, int meeting,
                           const ContributionSeed &seed, const QString &status, const QString &response,
                           const QDate &responded, const std::vector<qint64> &linkTo, Dice &dice);
    void writeAssessments(int plan, const QDate &selfOn, const QDate *irmOn);
    int activeWithRole(const QDate &date, const QString &role, const std::vector<int> &among) const;

    ForumFile &m_file;
    QString m_language;
    QLocale m_locale;
    Table<Forum> m_forums;
    Table<EligibilityCheck> m_eligibility;
    Table<JoiningRecord> m_joining;
    Table<Member> m_members;
    Table<ActionPlan> m_plans;
    Table<Commitment> m_commitments;
    Table<Milestone> m_milestones;
    Table<ProgressUpdate> m_progress;
    Table<Meeting> m_meetings;
    Table<AgendaItem> m_agenda;
    Table<Attendance> m_attendance;
    Table<Decision> m_decisions;
    Table<Vote> m_votes;
    Table<ActionItem> m_actions;
    Table<Contribution> m_contributions;
    Table<ContributionLink> m_links;
    Table<Assessment> m_assessments;
    Table<Lesson> m_lessons;
    Table<PracticeCitation> m_citations;

    Dice m_dice{20200312};
    Dice m_consents{20240521}; // contributors' consent to be named
    std::vector<Person> m_people;
    std::vector<PlanInfo> m_planInfo;
    std::vector<MeetingSpec> m_specs;
    std::set<QString> m_usedNames;
};

QString SampleWriter::personName(Dice &dice, bool *female)
{
    const auto &given = givenNames();
    const auto &family = familyNames();
    for (;;) {
        const int g = dice.below(int(given.size()));
        const QString name = t(given[size_t(g)]) + QLatin1Char(' ')
            + t(family[size_t(dice.below(int(family.size())))]) + QLatin1Char(' ')
            + t(family[size_t(dice.below(int(family.size())))]);
        if (m_usedNames.insert(name).second) {
            if (female)
                *female = g % 2 == 0; // the list alternates women's and men's names
            return name;
        }
    }
}

QString SampleWriter::emailFor(const QString &name, const QString &domain)
{
    const QStringList parts = name.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QString local = parts.value(0) + QLatin1Char('.') + parts.value(parts.size() > 2 ? parts.size() - 2 : 1);
    local = local.normalized(QString::NormalizationForm_D).toLower();
    QString ascii;
    for (const QChar c : local)
        if (c.unicode() < 128)
            ascii += c;
    return ascii + QLatin1Char('@') + domain;
}

void SampleWriter::writeForum(const QDate &founded, const QDate &letter, const QDate &joined,
                              const QDate &checked, const QString &poc)
{
    const ForumText &text = forumText();
    Forum forum;
    forum.name = t(text.name);
    forum.scope = key::Scope::National;
    forum.jurisdiction = t(text.jurisdiction);
    forum.language = m_language;
    forum.timeZone = t("America/Lima");
    forum.termsOfReference = t(text.termsOfReference);
    forum.participationRules = t(text.participationRules);
    forum.decisionRule = key::DecisionRule::Consensus;
    forum.quorumPercent = 50;
    forum.quorumBothSectors = true;
    forum.website = t("https://gobiernoabierto.montealto.example");
    forum.repositoryUrl = t("https://gobiernoabierto.montealto.example/repositorio");
    forum.pocName = poc;
    forum.pocEmail = emailFor(forum.pocName, t("transparencia.gob.montealto.example"));
    forum.foundedOn = founded;
    m_forums.create(forum);

    JoiningRecord joining;
    joining.letterOfIntentOn = letter;
    joining.joinedOn = joined;
    joining.pocName = forum.pocName;
    joining.pocInstitution = t(text.pocInstitution);
    joining.pocEmail = forum.pocEmail;
    joining.notes = t(text.joiningNotes);
    m_joining.create(joining);

    for (const EligibilitySeed &seed : eligibility()) {
        EligibilityCheck check;
        check.criterion = seed.criterion;
        check.met = true;
        check.evidence = t(seed.evidence);
        check.checkedOn = checked;
        m_eligibility.create(check);
    }
}

qint64 SampleWriter::writePerson(Person person, const QString &gender, const QString &email, int alternateFor,
                                 const QString &notes)
{
    Member member;
    member.name = person.name;
    member.organization = person.organization;
    member.sector = person.sector;
    member.role = person.role;
    member.gender = gender;
    member.email = email;
    member.termStart = person.termStart;
    member.termEnd = person.termEnd;
    member.voting = person.voting;
    member.alternateFor = alternateFor >= 0 ? m_people[size_t(alternateFor)].id : 0;
    member.notes = notes;
    person.id = m_members.create(member);
    m_people.push_back(person);
    if (alternateFor >= 0)
        m_people[size_t(alternateFor)].alternate = int(m_people.size()) - 1;
    return person.id;
}

int SampleWriter::writePlan(const QString &title, const QDate &start, const QDate &end, const QString &stage,
                            const QDate &submitted, const QString &introduction, const QString &notes)
{
    ActionPlan plan;
    plan.title = title;
    plan.periodStart = start;
    plan.periodEnd = end;
    plan.stage = stage;
    plan.dueOn = QDate(start.year() - 1, 8, 31);
    plan.submittedOn = submitted;
    plan.introduction = introduction;
    plan.notes = notes;
    PlanInfo info;
    info.id = m_plans.create(plan);
    info.title = title;
    info.start = start;
    info.end = end;
    info.approvedOn = submitted;
    m_planInfo.push_back(std::move(info));
    return int(m_planInfo.size()) - 1;
}

void SampleWriter::writeCommitment(int planIndex, int seedIndex, const QString &number, const QString &title,
                                   const QDate &start, const QDate &end, Pace pace, bool setCompletion,
                                   int milestoneCount, int updates, const QString &region,
                                   const QString &reporter)
{
    PlanInfo &plan = m_planInfo[size_t(planIndex)];
    const CommitmentSeed &seed = commitments()[size_t(seedIndex)];
    const ProgressText &progressText = progress();
    const bool live = pace == Pace::OnTrack || pace == Pace::Delayed;
    const QDate cutoff = live ? today() : std::min(today(), plan.end.addDays(60));

    // Plan the milestones first: the commitment's completion level depends on them.
    struct Plan {
        QString activity;
        QString deliverable;
        QDate start;
        QDate end;
        double weight = 1;
        int finalPercent = 100;
        bool cancelled = false;
    };
    const int count = milestoneCount > 0 ? milestoneCount : int(seed.milestones.size());
    const qint64 span = start.daysTo(end);
    std::vector<Plan> planned;
    static const double weights[] = {1, 1, 1.5, 2, 3};
    for (int k = 0; k < count; ++k) {
        Plan m;
        if (k < int(seed.milestones.size())) {
            m.activity = t(seed.milestones[size_t(k)].activity);
            m.deliverable = t(seed.milestones[size_t(k)].deliverable);
        } else {
            m.activity = t(large().extraMilestone).arg(region);
            m.deliverable = t(large().extraDeliverable);
        }
        // Consecutive stretches that overlap a little, the last one ending with the commitment.
        m.start = start.addDays(span * k / count - (k > 0 ? std::min<qint64>(20, span / (4 * count)) : 0));
        m.end = k == count - 1 ? end : start.addDays(span * (k + 1) / count - 1);
        m.weight = weights[m_dice.below(5)];
        switch (pace) {
        case Pace::Complete:
            break;
        case Pace::Substantial:
            if (k == count - 1)
                m.finalPercent = m_dice.between(55, 85);
            break;
        case Pace::Limited:
            if (k == 1)
                m.finalPercent = m_dice.between(35, 60);
            else if (k > 1)
                m.finalPercent = k == count - 1 ? 0 : m_dice.between(5, 25);
            m.cancelled = k == count - 1;
            break;
        case Pace::OnTrack:
        case Pace::Delayed: {
            const bool slow = pace == Pace::Delayed;
            if (m.start > today()) {
                m.finalPercent = 0;
            } else if (m.end <= today()) {
                m.finalPercent = slow && m.end.daysTo(today()) < 300 ? m_dice.between(45, 85) : 100;
            } else {
                const double elapsed = double(m.start.daysTo(today())) / double(std::max<qint64>(1, m.start.daysTo(m.end)));
                m.finalPercent = std::clamp(int(std::lround(elapsed * (slow ? 55 : 100))), 0, 95);
            }
            break;
        }
        }
        planned.push_back(m);
    }
    double weighted = 0, total = 0;
    for (const Plan &m : planned) {
        weighted += m.weight * (m.cancelled ? 0 : m.finalPercent);
        total += m.weight;
    }
    const double percent = total > 0 ? weighted / total : 0;

    Commitment c;
    c.planId = plan.id;
    c.number = number;
    c.title = title;
    c.startOn = start;
    c.endOn = end;
    c.leadAgency = t(seed.leadAgency);
    c.supportingGovernment = t(seed.supportingGovernment);
    c.supportingOther = t(seed.supportingOther);
    c.problem = t(seed.problem);
    c.statusQuo = t(seed.statusQuo);
    c.description = t(seed.description);
    c.solution = t(seed.solution);
    c.valueAccessInformation = seed.accessToInformation;
    c.valueCivicParticipation = seed.civicParticipation;
    c.valuePublicAccountability = seed.publicAccountability;
    c.valueTechnologyInnovation = seed.technologyInnovation;
    c.budget = t(seed.budget);
    c.linksOtherPlans = t(seed.linksOtherPlans);
    for (QLatin1StringView frontier : seed.frontiers)
        c.frontiers << frontier;
    c.themes = t(seed.themes).split(QLatin1Char(';'), Qt::SkipEmptyParts);
    c.briefDescription = t(seed.briefDescription);
    c.causes = t(seed.causes);
    c.expectedResults = t(seed.expectedResults);
    c.advancesTransparency = t(seed.advancesTransparency);
    c.advancesAccountability = t(seed.advancesAccountability);
    c.advancesParticipation = t(seed.advancesParticipation);
    if (region.isEmpty()) {
        c.contactName = t(seed.contact.name);
        c.contactTitle = t(seed.contact.title);
        c.contactEmail = t(seed.contact.email);
    } else if (*seed.contact.name) {
        // The large forum repeats the seeds over two decades: each of its commitments has its own
        // focal person, the one who reports its progress, at the seed's agency.
        c.contactName = reporter;
        c.contactTitle = t(large().contactTitle).arg(t(seed.responsibleUnit), t(seed.leadAgency));
        c.contactEmail = emailFor(reporter, t(seed.contact.email).section(QLatin1Char('@'), 1));
    }
    c.contactPhone = QString::fromLatin1(seed.contact.phone);
    for (QLatin1StringView area : seed.policyAreas)
        c.policyAreas << area;
    if (setCompletion) {
        c.completionLevel = percent >= 99.5 ? key::Completion::Complete
            : percent >= 70 ? key::Completion::Substantial
            : percent > 0   ? key::Completion::Limited
                            : key::Completion::NotStarted;
        c.completionReason = t(assessment().completionReason).arg(int(std::lround(percent)));
    }
    CommitmentInfo info;
    info.id = m_commitments.create(c);
    info.seed = seedIndex;
    info.number = number;
    info.title = title;
    info.reporter = reporter;
    info.presenter = reporter + QStringLiteral(" — ") + t(seed.leadAgency);
    info.start = start;
    info.end = end;
    info.finalPercent = percent;
    for (const QString &key : QString::fromLatin1(citedPractices(seedIndex)).split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        PracticeCitation citation;
        citation.commitmentId = info.id;
        citation.practice = key;
        m_citations.create(citation);
    }

    const QString unit = t(seed.responsibleUnit);
    const QString planSlug = QString::number(plan.start.year());
    for (int k = 0; k < count; ++k) {
        const Plan &m = planned[size_t(k)];
        Milestone milestone;
        milestone.commitmentId = info.id;
        milestone.position = k;
        milestone.activity = m.activity;
        milestone.deliverable = m.deliverable;
        milestone.responsible = unit;
        milestone.startOn = m.start;
        milestone.endOn = m.end;
        milestone.weight = m.weight;
        const qint64 milestoneId = m_milestones.create(milestone);

        if (m.start > cutoff)
            continue; // nothing to report yet
        const QDate last = std::min(cutoff, m.end.addDays(20));
        const qint64 days = std::max<qint64>(1, m.start.daysTo(last));
        int n = updates > 0 ? updates : int(std::clamp<qint64>(days / 45 + 1, 2, 6));
        if (m.finalPercent == 0)
            n = 1;
        n = int(std::min<qint64>(n, days));
        for (int u = 0; u < n; ++u) {
            ProgressUpdate update;
            update.milestoneId = milestoneId;
            update.reportedOn = m.start.addDays(std::max<qint64>(1, days * (u + 1) / n));
            update.percent = int(std::lround(double(m.finalPercent) * (u + 1) / n));
            update.percent = std::clamp(update.percent, 0, 100);
            const bool lastOne = u == n - 1;
            const std::vector<Bilingual> *texts = &progressText.onTrack;
            if (m.cancelled && lastOne) {
                update.status = key::ProgressStatus::Cancelled;
                texts = &progressText.cancelled;
            } else if (update.percent >= 100) {
                update.status = key::ProgressStatus::Completed;
                texts = &progressText.completed;
            } else if (update.percent == 0) {
                update.status = key::ProgressStatus::NotStarted;
                texts = &progressText.notStarted;
            } else if (update.reportedOn > m.end || (pace != Pace::Complete && pace != Pace::OnTrack
                                                      && m.finalPercent < 100 && 2 * u >= n)) {
                update.status = key::ProgressStatus::Delayed;
                texts = &progressText.delayed;
            } else {
                update.status = key::ProgressStatus::OnTrack;
            }
            QString narrative = t((*texts)[size_t(u + k) % texts->size()]);
            // Not every narrative mentions the percent.
            narrative = narrative.contains(QLatin1String("%2"))
                ? narrative.arg(m.deliverable, QString::number(update.percent))
                : narrative.arg(m.deliverable);
            update.narrative = narrative;
            if (update.status != key::ProgressStatus::NotStarted)
                update.evidence = t(progressText.evidencePrefix)
                    + QStringLiteral("%1/c%2-h%3-%4.pdf").arg(planSlug, number).arg(k + 1).arg(u + 1);
            update.reporter = reporter;
            m_progress.create(update);
        }
    }
    plan.bySeed[seedIndex].push_back(int(plan.commitments.size()));
    plan.commitments.push_back(info);
}

int SampleWriter::activeWithRole(const QDate &date, const QString &role, const std::vector<int> &among) const
{
    for (int i = 0; i < int(m_people.size()); ++i) {
        const Person &p = m_people[size_t(i)];
        if (p.role == role && p.activeOn(date)
            && (among.empty() || std::find(among.begin(), among.end(), i) != among.end()))
            return i;
    }
    return -1;
}

// Who was called, who came: chair and secretary always come; alternates appear only when they stand
// in for their member.
void SampleWriter::seatMeeting(MeetingSpec &spec)
{
    const QDate date = spec.date();
    const bool session = spec.kind == key::MeetingKind::ForumSession || spec.kind == key::MeetingKind::PublicEvent;
    spec.chair = activeWithRole(date, session ? key::Role::Chair : key::Role::CoChair, {});
    if (spec.chair < 0)
        spec.chair = activeWithRole(date, key::Role::Chair, {});
    spec.secretary = activeWithRole(date, key::Role::Secretary, {});
    std::vector<int> called;
    if (spec.convened.empty()) {
        for (int i = 0; i < int(m_people.size()); ++i)
            if (m_people[size_t(i)].activeOn(date) && m_people[size_t(i)].role != key::Role::Alternate)
                called.push_back(i);
    } else {
        for (int i : spec.convened)
            if (m_people[size_t(i)].activeOn(date))
                called.push_back(i);
        for (int i : {spec.chair, spec.secretary})
            if (i >= 0 && std::find(called.begin(), called.end(), i) == called.end())
                called.insert(called.begin(), i);
    }
    if (!spec.held())
        return;
    const bool onlineOnly = spec.place.isEmpty() && !spec.link.isEmpty();
    const bool inPersonOnly = spec.link.isEmpty();
    for (int i : called) {
        const Person &p = m_people[size_t(i)];
        Seat seat;
        seat.person = i;
        seat.name = p.name;
        seat.organization = p.organization;
        seat.sector = p.sector;
        if (i != spec.chair && i != spec.secretary) {
            const int roll = m_dice.below(100);
            if (roll < 70)
                seat.status = key::AttendanceStatus::Present;
            else if (roll < 82)
                seat.status = key::AttendanceStatus::Remote;
            else if (roll < 91)
                seat.status = key::AttendanceStatus::Excused;
            else if (roll < 95)
                seat.status = key::AttendanceStatus::Absent;
            else
                seat.status = key::AttendanceStatus::Represented;
            if (seat.status == key::AttendanceStatus::Represented) {
                if (p.alternate >= 0 && m_people[size_t(p.alternate)].activeOn(date))
                    seat.representedBy = m_people[size_t(p.alternate)].name;
                else
                    seat.status = key::AttendanceStatus::Excused;
            }
        }
        if (onlineOnly && seat.status == key::AttendanceStatus::Present)
            seat.status = key::AttendanceStatus::Remote;
        if (inPersonOnly && seat.status == key::AttendanceStatus::Remote)
            seat.status = key::AttendanceStatus::Present;
        spec.seats.push_back(seat);
    }
    for (Seat guest : spec.guests) {
        guest.status = onlineOnly ? key::AttendanceStatus::Remote : key::AttendanceStatus::Present;
        spec.seats.push_back(guest);
    }
}

// The forum session's standing items: opening with the quorum, approval of earlier minutes, closing.
void SampleWriter::addStandingItems(std::vector<MeetingSpec> &specs, int index)
{
    MeetingSpec &spec = specs[size_t(index)];
    if (spec.kind != key::MeetingKind::ForumSession || spec.status == key::MeetingStatus::Cancelled)
        return;
    const StandingText &text = standing();
    const bool held = spec.held();
    const QString chairName = spec.chair >= 0 ? m_people[size_t(spec.chair)].name : QString();
    const QString secretaryName = spec.secretary >= 0 ? m_people[size_t(spec.secretary)].name : QString();

    int votingMembers = 0, votingPresent = 0;
    for (const Person &p : m_people)
        if (p.voting && p.activeOn(spec.date()))
            ++votingMembers;
    for (const Seat &seat : spec.seats)
        if (seat.person >= 0 && m_people[size_t(seat.person)].voting && attends(seat.status))
            ++votingPresent;

    std::vector<AgendaSpec> before;
    AgendaSpec opening;
    opening.title = t(text.openingTitle);
    opening.presenter = chairName;
    opening.duration = 10;
    if (held)
        opening.minutes = t(text.openingMinutes).arg(votingPresent).arg(votingMembers)
                              .arg(spec.startsAt.time().toString(QStringLiteral("HH:mm")));
    before.push_back(opening);

    // Meetings whose minutes come to this session: approved here, or (for a planned session)
    // the drafts waiting for it.
    std::vector<int> listed = spec.approves;
    if (!held) {
        for (int i = 0; i < index; ++i)
            if (specs[size_t(i)].status == key::MeetingStatus::MinutesDraft)
                listed.push_back(i);
    }
    if (!listed.empty()) {
        QStringList names;
        for (int i : listed)
            names << t(text.meetingReference).arg(specs[size_t(i)].title, longDate(specs[size_t(i)].date()));
        const QString joined = names.join(t(text.listSeparator));
        AgendaSpec approval;
        approval.title = t(text.minutesTitle);
        approval.presenter = secretaryName;
        approval.duration = 10;
        if (held) {
            approval.minutes = t(text.minutesMinutes).arg(joined);
            DecisionSpec decision;
            decision.agendaItem = 1; // position after the opening
            decision.text = t(text.minutesDecision).arg(joined);
            decision.majority = key::Majority::Consensus;
            spec.decisions.insert(spec.decisions.begin(), decision);
        }
        before.push_back(approval);
    }
    const int shift = int(before.size());
    for (size_t d = spec.approves.empty() || !held ? 0 : 1; d < spec.decisions.size(); ++d)
        if (spec.decisions[d].agendaItem >= 0)
            spec.decisions[d].agendaItem += shift;
    spec.agenda.insert(spec.agenda.begin(), before.begin(), before.end());

    AgendaSpec closing;
    closing.title = t(text.closingTitle);
    closing.presenter = chairName;
    closing.duration = 5;
    if (held)
        closing.minutes = t(text.closingMinutes);
    spec.agenda.push_back(closing);
    if (held)
        spec.notes = t(text.quorumNote).arg(votingPresent).arg(votingMembers);
}

// A meeting as the live console recorded it: when it began, each item's actual times, who spoke
// for how long (government a little more than civil society, as forums often find), who came late
// or left early, and when each decision was taken with the quorum then. Its own dice, seeded by the
// meeting, leave the rest of the sample as it was.
void SampleWriter::runLive(MeetingSpec &spec, const std::vector<qint64> &itemIds)
{
    Dice dice(quint32(spec.id * 7919 + 17));
    const QTimeZone zone(t("America/Lima").toUtf8()); // the forum's own zone, as writeForum sets it
    const QDateTime begin = QDateTime(spec.startsAt.date(), spec.startsAt.time(), zone).toUTC().addSecs(60 * dice.below(9));
    QList<Attendance> rows = m_attendance.list(QStringLiteral("meeting_id = ?"), {spec.id}, QStringLiteral("id"));
    QHash<qint64, QString> genders;
    for (Statement st = m_file.database().query(QStringLiteral("SELECT id, coalesce(gender, '') FROM member")); st.next();)
        genders.insert(st.int64(0), st.text(1));
    QList<int> speakers; // attendance rows in the room who may ask for the floor
    for (int r = 0; r < rows.size(); ++r) {
        Attendance &a = rows[r];
        if (!attends(a.status) || a.status == key::AttendanceStatus::Represented)
            continue;
        // The chair and the secretary open the meeting; a few others come late.
        const bool opens = a.memberId && (a.memberId == spec.written.chairMemberId || a.memberId == spec.written.secretaryMemberId);
        a.arrivedAt = begin.addSecs(!opens && dice.chance(15) ? 60 * dice.between(5, 25) : -60 * dice.below(10));
        speakers << r;
    }
    Table<Intervention> interventions(m_file);
    QDateTime clock = begin;
    int position = 0;
    for (size_t i = 0; i < itemIds.size(); ++i) {
        AgendaItem item = m_agenda.get(itemIds[i]);
        item.startedAt = clock;
        const int turns = speakers.isEmpty() ? 0 : dice.between(1, std::min<int>(5, int(speakers.size())));
        for (int k = 0; k < turns; ++k) {
            const Attendance &a = rows.at(speakers.at(dice.below(int(speakers.size()))));
            Intervention turn;
            turn.meetingId = spec.id;
            turn.agendaItemId = item.id;
            turn.memberId = a.memberId;
            turn.name = a.name;
            turn.organization = a.organization;
            turn.sector = a.sector;
            turn.gender = genders.value(a.memberId);
            turn.position = position++;
            turn.limitSeconds = dice.chance(30) ? 180 : 0;
            const int base = a.sector == key::Sector::Government ? 150 : a.sector == key::Sector::CivilSociety ? 110 : 90;
            turn.startedAt = clock.addSecs(dice.between(10, 40));
            turn.endedAt = turn.startedAt.addSecs(base + dice.between(-60, 120));
            clock = turn.endedAt;
            interventions.create(turn);
        }
        clock = std::max(clock.addSecs(30), item.startedAt.addSecs(qint64(item.durationMinutes) * 60 * dice.between(80, 120) / 100));
        item.endedAt = clock;
        m_agenda.update(item);
    }
    const QDateTime end = clock.addSecs(60 * dice.between(1, 5));
    for (int r : std::as_const(speakers)) {
        Attendance &a = rows[r];
        if (a.arrivedAt > end)
            a.arrivedAt = begin;
        if (dice.chance(10))
            a.leftAt = std::max(a.arrivedAt, end.addSecs(-60 * dice.between(10, 30)));
        m_attendance.update(a);
    }
    // Each decision taken as its item closed, with the quorum in the room then.
    for (Decision d : m_decisions.list(QStringLiteral("meeting_id = ?"), {spec.id})) {
        QDateTime taken = end;
        for (size_t i = 0; i < itemIds.size(); ++i)
            if (itemIds[i] == d.agendaItemId)
                taken = m_agenda.get(d.agendaItemId).endedAt.addSecs(-30);
        const QuorumStatus quorum = Quorum::of(m_file, spec.id, taken);
        d.takenAt = taken;
        d.quorumPresent = quorum.presentVoting;
        d.quorumRequired = quorum.required;
        d.quorumMet = quorum.met;
        m_decisions.update(d);
    }
    spec.written.liveStartedAt = begin;
    spec.written.liveEndedAt = end;
    m_meetings.update(spec.written);
}

void SampleWriter::writeMeetings(std::vector<MeetingSpec> &specs)
{
    std::stable_sort(specs.begin(), specs.end(),
                     [](const MeetingSpec &a, const MeetingSpec &b) { return a.startsAt < b.startsAt; });
    // Minutes are approved at the next forum session that took place; without one, they stay drafts.
    for (int i = 0; i < int(specs.size()); ++i) {
        MeetingSpec &spec = specs[size_t(i)];
        if (spec.status != key::MeetingStatus::MinutesApproved && spec.status != key::MeetingStatus::Published)
            continue;
        for (int j = i + 1; j < int(specs.size()); ++j) {
            const MeetingSpec &later = specs[size_t(j)];
            if (later.kind == key::MeetingKind::ForumSession && later.held() && later.startsAt > spec.startsAt) {
                spec.approvedAt = j;
                break;
            }
        }
        if (spec.approvedAt < 0) {
            spec.status = key::MeetingStatus::MinutesDraft;
            continue;
        }
        specs[size_t(spec.approvedAt)].approves.push_back(i);
        if (spec.status == key::MeetingStatus::Published) {
            spec.publishedOn = specs[size_t(spec.approvedAt)].date().addDays(7);
            if (spec.publishedOn > today()) {
                spec.status = key::MeetingStatus::MinutesApproved;
                spec.publishedOn = QDate();
            }
        }
    }
    for (MeetingSpec &spec : specs)
        seatMeeting(spec);
    for (int i = 0; i < int(specs.size()); ++i)
        addStandingItems(specs, i);

    for (MeetingSpec &spec : specs) {
        Meeting meeting;
        meeting.planId = spec.plan >= 0 ? m_planInfo[size_t(spec.plan)].id : 0;
        meeting.kind = spec.kind;
        meeting.number = spec.number;
        meeting.title = spec.title;
        meeting.startsAt = spec.startsAt;
        meeting.endsAt = spec.endsAt;
        meeting.place = spec.place;
        meeting.link = spec.link;
        const int noticeDays = spec.kind == key::MeetingKind::WorkingGroup ? 7 : 14;
        const QDate notice = spec.date().addDays(-noticeDays);
        if (notice <= today())
            meeting.noticeSentOn = notice;
        meeting.status = spec.status;
        if (spec.chair >= 0) {
            meeting.chairMemberId = m_people[size_t(spec.chair)].id;
            meeting.chairName = m_people[size_t(spec.chair)].name;
        }
        if (spec.secretary >= 0) {
            meeting.secretaryMemberId = m_people[size_t(spec.secretary)].id;
            meeting.secretaryName = m_people[size_t(spec.secretary)].name;
        }
        meeting.publishedOn = spec.publishedOn;
        meeting.notes = spec.notes;
        if (spec.status == key::MeetingStatus::Planned && meeting.noticeSentOn.isValid() && meeting.notes.isEmpty())
            meeting.notes = t(standing().plannedNote);
        if (spec.status == key::MeetingStatus::Cancelled && meeting.notes.isEmpty())
            meeting.notes = t(standing().cancelledNote);
        spec.id = m_meetings.create(meeting);
        spec.written = meeting;

        std::vector<qint64> itemIds;
        for (int a = 0; a < int(spec.agenda.size()); ++a) {
            const AgendaSpec &a0 = spec.agenda[size_t(a)];
            AgendaItem item;
            item.meetingId = spec.id;
            item.position = a;
            item.title = a0.title;
            item.presenter = a0.presenter;
            item.durationMinutes = a0.duration;
            item.minutes = spec.held() ? a0.minutes : QString();
            item.commitmentId = a0.commitmentId;
            itemIds.push_back(m_agenda.create(item));
        }
        if (!spec.held())
            continue;

        // A member who presents an item came to the meeting.
        QSet<QString> presenters;
        for (const AgendaSpec &a0 : spec.agenda)
            presenters << a0.presenter.section(QStringLiteral(" — "), 0, 0).trimmed().toLower();
        for (Seat &seat : spec.seats)
            if (presenters.contains(seat.name.toLower()) && !attends(seat.status)) {
                seat.status = key::AttendanceStatus::Present;
                seat.representedBy.clear();
            }
        std::vector<int> voters; // seats that may vote
        for (int s = 0; s < int(spec.seats.size()); ++s) {
            const Seat &seat = spec.seats[size_t(s)];
            Attendance row;
            row.meetingId = spec.id;
            row.memberId = seat.person >= 0 ? m_people[size_t(seat.person)].id : 0;
            row.name = seat.name;
            row.organization = seat.organization;
            row.sector = seat.sector;
            row.status = seat.status;
            row.representedBy = seat.representedBy;
            row.guest = seat.person < 0;
            if (seat.person >= 0) {
                row.role = m_people[size_t(seat.person)].role;
                row.voting = m_people[size_t(seat.person)].voting;
            }
            m_attendance.create(row);
            if (seat.person >= 0 && m_people[size_t(seat.person)].voting && attends(seat.status))
                voters.push_back(seat.person);
        }
        // Whoever presented an item and is not on the list came as a guest (an agency's focal
        // person reporting progress): the attendance says so, as the window asks it to.
        QSet<QString> listed;
        for (const Seat &seat : spec.seats)
            listed << seat.name.toLower() << seat.representedBy.toLower();
        for (const AgendaSpec &a0 : spec.agenda) {
            const QString name = a0.presenter.section(QStringLiteral(" — "), 0, 0).trimmed();
            if (name.isEmpty() || listed.contains(name.toLower()))
                continue;
            listed << name.toLower();
            Attendance row;
            row.meetingId = spec.id;
            row.name = name;
            row.organization = a0.presenter.section(QStringLiteral(" — "), 1).trimmed();
            row.sector = row.organization.isEmpty() ? QString(key::Sector::Other) : QString(key::Sector::Government);
            row.status = key::AttendanceStatus::Present;
            row.guest = true;
            m_attendance.create(row);
        }

        std::vector<qint64> decisionIds;
        for (const DecisionSpec &d : spec.decisions) {
            Decision decision;
            decision.meetingId = spec.id;
            if (d.agendaItem >= 0 && d.agendaItem < int(itemIds.size()))
                decision.agendaItemId = itemIds[size_t(d.agendaItem)];
            decision.text = d.text;
            decision.approvesPlanId = d.approvesPlanId;
            const int eligible = int(voters.size());
            if (d.vote && eligible > 0) {
                decision.method = key::DecisionMethod::Vote;
                decision.majority = d.majority;
                decision.votesAgainst = std::min(d.against, eligible);
                decision.votesAbstain = std::min(d.abstain, eligible - decision.votesAgainst);
                decision.votesFor = eligible - decision.votesAgainst - decision.votesAbstain;
                const int cast = decision.votesFor + decision.votesAgainst + decision.votesAbstain;
                const bool adopted = d.majority == key::Majority::TwoThirds
                    ? 3 * decision.votesFor >= 2 * cast
                    : decision.votesFor > decision.votesAgainst;
                decision.outcome = adopted ? key::DecisionOutcome::Adopted : key::DecisionOutcome::Rejected;
            } else {
                decision.method = key::DecisionMethod::Consensus;
                decision.majority = key::Majority::Consensus;
            }
            const qint64 decisionId = m_decisions.create(decision);
            decisionIds.push_back(decisionId);
            if (decision.method == key::DecisionMethod::Vote && d.named) {
                // Those against and abstaining are taken from the end of the roll: civil society and
                // academia sit there, as in most forums' rolls.
                for (int v = 0; v < eligible; ++v) {
                    const Person &p = m_people[size_t(voters[size_t(v)])];
                    Vote vote;
                    vote.decisionId = decisionId;
                    vote.memberId = p.id;
                    vote.name = p.name;
                    const int fromEnd = eligible - 1 - v;
                    vote.choice = fromEnd < decision.votesAgainst ? key::VoteChoice::Against
                        : fromEnd < decision.votesAgainst + decision.votesAbstain ? key::VoteChoice::Abstain
                                                                                  : key::VoteChoice::For;
                    m_votes.create(vote);
                }
            }
        }

        for (int a = 0; a < int(spec.actions.size()); ++a) {
            const ActionSpec &spec0 = spec.actions[size_t(a)];
            ActionItem action;
            action.meetingId = spec.id;
            if (!decisionIds.empty())
                action.decisionId = decisionIds[size_t(a) % decisionIds.size()];
            action.text = spec0.text;
            if (spec0.owner >= 0) {
                action.owner = m_people[size_t(spec0.owner)].name;
                action.ownerMemberId = m_people[size_t(spec0.owner)].id;
            }
            action.dueOn = spec.date().addDays(spec0.dueInDays);
            action.status = spec0.status;
            if (spec0.status == key::ActionItemStatus::Done)
                action.closedOn = std::min(today(), std::max(spec.date().addDays(1), action.dueOn.addDays(-m_dice.below(10))));
            else if (spec0.status == key::ActionItemStatus::Cancelled)
                action.closedOn = std::min(today(), action.dueOn);
            m_actions.create(action);
        }
        // The sessions of the last two years were run in the live console.
        if (spec.date() >= today().addYears(-2) && spec.kind != key::MeetingKind::PublicEvent)
            runLive(spec, itemIds);
    }

    // The approving session exists only now.
    for (MeetingSpec &spec : specs) {
        if (spec.approvedAt < 0)
            continue;
        spec.written.approvedAtMeetingId = specs[size_t(spec.approvedAt)].id;
        m_meetings.update(spec.written);
    }
}

void SampleWriter::writeContribution(int planIndex, const QDate &received, const QString &channel, int meeting,
                                     const ContributionSeed &seed, const QString &status,
                                     const QString &response, const QDate &responded,
                                     const std::vector<qint64> &linkTo, Dice &dice)
{
    Contribution c;
    c.planId = m_planInfo[size_t(planIndex)].id;
    c.receivedOn = received;
    c.channel = channel;
    const int kind = dice.below(100);
    if (kind < 5) {
        c.sector = key::Sector::Other; // anonymous
    } else if (kind < 45) {
        c.author = personName(dice);
        c.sector = key::Sector::CivilSociety;
    } else {
        const auto &orgs = organizations();
        const OrganizationSeed &org = orgs[size_t(dice.below(int(orgs.size())))];
        c.author = personName(dice);
        c.organization = t(org.name);
        c.sector = org.sector;
    }
    // Most people who sign agree to be named, those writing for an organisation more often. A die of
    // its own, so that the other dice roll as they always have.
    if (!c.author.isEmpty())
        c.authorConsents = m_consents.chance(c.organization.isEmpty() ? 60 : 75);
    c.text = t(seed.text);
    c.meetingId = meeting >= 0 ? m_specs[size_t(meeting)].id : 0;
    c.status = status;
    c.response = response;
    c.respondedOn = responded;
    const qint64 id = m_contributions.create(c);
    for (qint64 commitmentId : linkTo) {
        ContributionLink link;
        link.contributionId = id;
        link.commitmentId = commitmentId;
        m_links.create(link);
    }
}

void SampleWriter::writeAssessments(int planIndex, const QDate &selfOn, const QDate *irmOn)
{
    static const QLatin1StringView results[] = {
        key::PotentialResults::Substantial, key::PotentialResults::Modest, key::PotentialResults::Substantial,
        key::PotentialResults::Modest, key::PotentialResults::Modest, key::PotentialResults::Unclear,
        key::PotentialResults::Modest};
    static const QLatin1StringView impacts[] = {
        key::PotentialImpact::Transformative, key::PotentialImpact::Moderate, key::PotentialImpact::Moderate,
        key::PotentialImpact::Moderate, key::PotentialImpact::Minor, key::PotentialImpact::Minor,
        key::PotentialImpact::Moderate};
    const AssessmentText &text = assessment();
    const QStringList completionKeys = {key::Completion::NoEvidence, key::Completion::NotStarted,
                                        key::Completion::Limited, key::Completion::Substantial,
                                        key::Completion::Complete};
    const PlanInfo &plan = m_planInfo[size_t(planIndex)];
    for (const CommitmentInfo &info : plan.commitments) {
        const CommitmentSeed &seed = commitments()[size_t(info.seed)];
        const double p = info.finalPercent;
        const int level = p >= 99.5 ? 4 : p >= 70 ? 3 : p > 0 ? 2 : 1;
        for (int source = 0; source < (irmOn ? 2 : 1); ++source) {
            Assessment a;
            a.commitmentId = info.id;
            a.source = source == 0 ? key::AssessmentSource::Self : key::AssessmentSource::Irm;
            a.assessedOn = source == 0 ? selfOn : *irmOn;
            a.verifiable = !(source == 1 && info.seed % 7 == 5);
            a.relevanceAccessInformation = seed.accessToInformation;
            a.relevanceCivicParticipation = seed.civicParticipation;
            a.relevancePublicAccountability = seed.publicAccountability;
            // The IRM counts technology only on top of another value, and is stricter about it.
            a.relevanceTechnologyInnovation = seed.technologyInnovation && source == 0;
            a.potentialResults = results[info.seed % 7];
            a.potentialImpact = impacts[info.seed % 7];
            a.completion = completionKeys[level];
            const bool strong = a.potentialImpact == key::PotentialImpact::Transformative
                || a.potentialImpact == key::PotentialImpact::Moderate;
            a.openedGovernment = level == 4 ? (strong ? key::OpenedGovernment::Major : key::OpenedGovernment::Marginal)
                : level == 3               ? key::OpenedGovernment::Marginal
                                           : key::OpenedGovernment::DidNotChange;
            if (source == 1 && level == 4 && info.seed % 7 == 0)
                a.openedGovernment = key::OpenedGovernment::Outstanding;
            const bool starred = a.verifiable && strong && level >= 3
                && (a.relevanceAccessInformation || a.relevanceCivicParticipation || a.relevancePublicAccountability);
            a.notes = source == 0 ? t(text.selfNote).arg(t(text.completionLabels[size_t(level)]))
                : starred         ? t(text.irmStarred)
                                  : t(text.irmNote);
            m_assessments.create(a);
        }
    }
}

// ---------------------------------------------------------------------------------------------
// The small forum: two plans, about twenty members, a dozen and a half meetings.

void SampleWriter::writeSmall()
{
    const ForumText &forum = forumText();
    const auto &memberSeeds = members();
    writeForum(QDate(2020, 2, 20), QDate(2019, 9, 16), QDate(2019, 12, 10), QDate(2019, 8, 30),
               t(memberSeeds[0].name));
    for (const MemberSeed &seed : memberSeeds)
        m_usedNames.insert(t(seed.name));
    for (const MemberSeed &seed : memberSeeds) {
        Person p;
        p.name = t(seed.name);
        p.organization = t(seed.organization);
        p.sector = seed.sector;
        p.role = seed.role;
        p.voting = p.role != key::Role::Secretary && p.role != key::Role::Alternate
            && p.role != key::Role::Observer;
        QString notes;
        switch (seed.term) {
        case Term::Founding:
            p.termStart = QDate(2020, 3, 1);
            p.termEnd = QDate(2027, 6, 30);
            break;
        case Term::Joined2023:
            p.termStart = QDate(2023, 7, 1);
            p.termEnd = QDate(2027, 6, 30);
            notes = t(forum.joinedNote);
            break;
        case Term::Left2023:
            p.termStart = QDate(2020, 3, 1);
            p.termEnd = QDate(2023, 6, 30);
            notes = t(forum.leftNote);
            break;
        }
        writePerson(p, seed.gender, emailFor(p.name, t(seed.emailDomain)),
                    seed.alternateFor, notes);
    }

    const auto &planSeeds = plans();
    writePlan(t(planSeeds[0].title), QDate(2021, 1, 1), QDate(2022, 8, 31), key::PlanStage::Closed,
              QDate(2020, 8, 27), t(planSeeds[0].introduction), t(planSeeds[0].notes));
    writePlan(t(planSeeds[1].title), QDate(2025, 1, 1), QDate(2027, 8, 31), key::PlanStage::Implement,
              QDate(2024, 8, 29), t(planSeeds[1].introduction), t(planSeeds[1].notes));

    // First plan: four complete, two substantial, one limited (as its closing session says).
    static const Pace firstPaces[] = {Pace::Complete, Pace::Complete, Pace::Substantial, Pace::Complete,
                                      Pace::Substantial, Pace::Complete, Pace::Limited};
    // Second plan: three delayed (4, 6 and 7), as the mid-term report says.
    static const Pace secondPaces[] = {Pace::OnTrack, Pace::OnTrack, Pace::OnTrack, Pace::Delayed,
                                       Pace::OnTrack, Pace::Delayed, Pace::Delayed, Pace::OnTrack};
    const int first = firstPlanCommitments();
    const int all = int(commitments().size());
    Dice names(777);
    for (int s = 0; s < all; ++s) {
        const bool second = s >= first;
        const PlanInfo &plan = m_planInfo[second ? 1 : 0];
        const int number = second ? s - first + 1 : s + 1;
        const QDate start = plan.start.addMonths(m_dice.below(3));
        const QDate end = plan.end.addMonths(-m_dice.below(3));
        writeCommitment(second ? 1 : 0, s, QString::number(number), t(commitments()[size_t(s)].title), start,
                        end, second ? secondPaces[s - first] : firstPaces[s], !second, 0, 0, QString(),
                        personName(names));
    }

    // Meetings, from the seeds.
    auto commitmentFor = [&](int seed) -> const CommitmentInfo * {
        for (const PlanInfo &plan : m_planInfo)
            for (const CommitmentInfo &c : plan.commitments)
                if (c.seed == seed)
                    return &c;
        return nullptr;
    };
    std::map<QString, int> numbers;
    for (const MeetingSeed &seed : meetings()) {
        MeetingSpec spec;
        spec.kind = seed.kind;
        spec.plan = seed.plan;
        spec.number = ++numbers[spec.kind];
        spec.title = t(seed.title);
        const QDate date(seed.year, seed.month, seed.day);
        spec.startsAt = wallClock(date, seed.hour, seed.minute);
        spec.endsAt = spec.startsAt.addSecs(60 * seed.durationMinutes);
        spec.place = t(seed.place);
        spec.link = t(seed.link);
        spec.status = seed.status;
        spec.notes = t(seed.notes);
        spec.convened = seed.members;
        for (int g : seed.guests) {
            const GuestSeed &guest = guests()[size_t(g)];
            Seat seat;
            seat.name = t(guest.name);
            seat.organization = t(guest.organization);
            seat.sector = guest.sector;
            spec.guests.push_back(seat);
        }
        for (const AgendaSeed &a : seed.agenda) {
            AgendaSpec item;
            item.title = t(a.title);
            item.minutes = t(a.minutes);
            item.duration = a.durationMinutes;
            const CommitmentInfo *c = a.commitment >= 0 ? commitmentFor(a.commitment) : nullptr;
            if (c)
                item.commitmentId = c->id;
            if (a.presenter >= 0)
                item.presenter = m_people[size_t(a.presenter)].name;
            else if (c)
                item.presenter = c->presenter;
            else if (!spec.guests.empty())
                item.presenter = spec.guests.front().name;
            spec.agenda.push_back(item);
        }
        for (const DecisionSeed &d : seed.decisions) {
            DecisionSpec decision;
            decision.agendaItem = d.agendaItem;
            decision.text = t(d.text);
            decision.vote = d.vote;
            decision.majority = d.majority;
            decision.against = d.against;
            decision.abstain = d.abstain;
            decision.approvesPlanId = d.approvesPlan >= 0 ? m_planInfo[size_t(d.approvesPlan)].id : 0;
            decision.named = d.namedVotes;
            spec.decisions.push_back(decision);
        }
        for (const ActionSeed &a : seed.actions)
            spec.actions.push_back({t(a.text), a.owner, a.dueInDays, a.status});
        m_specs.push_back(spec);
    }
    writeMeetings(m_specs);
    auto meetingOn = [&](const QDate &date) {
        for (int i = 0; i < int(m_specs.size()); ++i)
            if (m_specs[size_t(i)].date() == date)
                return i;
        return -1;
    };

    // Contributions: every topic once per plan, the general ones split between plans, and a second
    // wave (campaigns and duplicates) on the most popular topics.
    const auto &seeds = contributions();
    const ResponseText &answers = responses();
    Dice dice(4242);
    struct Window {
        QDate from, to, approval;
        std::vector<std::pair<int, int>> atMeetings; // (seed, meeting index)
    };
    const Window windows[2] = {
        {QDate(2020, 4, 2), QDate(2020, 7, 31), QDate(2020, 8, 13),
         {{0, meetingOn(QDate(2020, 5, 14))}, {1, meetingOn(QDate(2020, 5, 14))}, {2, meetingOn(QDate(2020, 5, 14))},
          {3, meetingOn(QDate(2020, 5, 14))}, {5, meetingOn(QDate(2020, 5, 14))}}},
        {QDate(2024, 4, 18), QDate(2024, 7, 31), QDate(2024, 8, 15),
         {{20, meetingOn(QDate(2024, 4, 18))}, {22, meetingOn(QDate(2024, 4, 18))}, {16, meetingOn(QDate(2024, 5, 23))},
          {17, meetingOn(QDate(2024, 5, 23))}, {26, meetingOn(QDate(2024, 5, 23))}, {27, meetingOn(QDate(2024, 5, 23))}}},
    };
    for (int planIndex = 0; planIndex < 2; ++planIndex) {
        const Window &w = windows[planIndex];
        const PlanInfo &plan = m_planInfo[size_t(planIndex)];
        std::vector<int> topics, popular; // popular: proposals about a commitment, sent again
        for (int s = 0; s < int(seeds.size()); ++s) {
            const int c = seeds[size_t(s)].commitment;
            if (c >= 0 ? ((c >= first) == (planIndex == 1)) : (s % 2 == planIndex))
                topics.push_back(s);
            if (c >= 0 && (c >= first) == (planIndex == 1))
                popular.push_back(s);
        }
        const int waves = planIndex == 0 ? 9 : 11; // the second wave: 28 and 32 in all
        std::map<int, QDate> firstReceived;
        std::map<int, QString> firstStatus;
        const qint64 window = w.from.daysTo(w.to);
        for (int round = 0; round < int(topics.size()) + waves; ++round) {
            const bool again = round >= int(topics.size());
            const int s = again ? popular[size_t((round - int(topics.size())) * 3 % int(popular.size()))]
                                : topics[size_t(round)];
            const ContributionSeed &seed = seeds[size_t(s)];
            int meeting = -1;
            if (!again)
                for (const auto &[seedIndex, m] : w.atMeetings)
                    if (seedIndex == s)
                        meeting = m;
            QDate received;
            QString channel;
            if (meeting >= 0) {
                received = m_specs[size_t(meeting)].date();
                channel = m_specs[size_t(meeting)].kind == key::MeetingKind::Consultation
                    ? key::ContributionChannel::Workshop
                    : key::ContributionChannel::Meeting;
            } else {
                received = again ? std::min(w.to, firstReceived[s].addDays(dice.between(3, 30)))
                                 : w.from.addDays(dice.below(int(window) - 30));
                static const QLatin1StringView channels[] = {
                    key::ContributionChannel::Online, key::ContributionChannel::Online, key::ContributionChannel::Online,
                    key::ContributionChannel::Email, key::ContributionChannel::Email, key::ContributionChannel::Letter,
                    key::ContributionChannel::Other};
                channel = channels[dice.below(7)];
            }
            const QDate responded = std::max(received, std::min(received.addDays(dice.between(10, 40)),
                                                                w.approval.addDays(10)));
            QString status, response;
            std::vector<qint64> links;
            const CommitmentInfo *c = nullptr;
            if (seed.commitment >= 0) {
                const auto &idx = plan.bySeed.at(seed.commitment);
                c = &plan.commitments[size_t(idx.front())];
            }
            if (!c) {
                status = key::ContributionStatus::NotIncorporated;
                response = t(answers.notIncorporated[size_t(seed.reason)]);
            } else if (again && firstStatus[s] != key::ContributionStatus::NotIncorporated && round % 3 == 0) {
                status = key::ContributionStatus::Duplicate;
                response = t(answers.duplicate).arg(longDate(firstReceived[s]), c->number);
            } else {
                const bool partly = again ? firstStatus[s] == key::ContributionStatus::PartiallyIncorporated : dice.chance(35);
                const auto &list = partly ? answers.partiallyIncorporated : answers.incorporated;
                status = partly ? key::ContributionStatus::PartiallyIncorporated : key::ContributionStatus::Incorporated;
                response = t(list[size_t(round) % list.size()]).arg(c->number, c->title);
                links.push_back(c->id);
            }
            if (!again) {
                firstReceived[s] = received;
                firstStatus[s] = status;
            }
            writeContribution(planIndex, received, channel, meeting, seed, status, response, responded, links, dice);
        }
    }

    const QDate irmOn(2023, 5, 31);
    writeAssessments(0, QDate(2022, 10, 20), &irmOn);
    for (int l = 0; l < int(lessons().size()); ++l) {
        const LessonSeed &seed = lessons()[size_t(l)];
        Lesson lesson;
        lesson.planId = m_planInfo[0].id;
        lesson.kind = seed.kind;
        lesson.text = t(seed.text);
        lesson.recommendation = t(seed.recommendation);
        lesson.carriedIntoPlanId = l < 4 ? m_planInfo[1].id : 0;
        m_lessons.create(lesson);
    }
}

// ---------------------------------------------------------------------------------------------
// The large forum: ten plans over two decades, a big forum meeting every month, for performance work.

void SampleWriter::writeLarge()
{
    const LargeText &text = large();
    const auto &orgs = organizations();
    Dice dice(1234567);

    // Seven three-year cohorts of thirty members each; the last cohort's secretary is the point of
    // contact, so the people are made up before the forum row is written.
    struct Pending {
        Person person;
        QString gender;
        int alternateFor = -1;
    };
    std::vector<Pending> pending;
    for (int cohort = 0; cohort < 7; ++cohort) {
        const QDate from = QDate(2007, 7, 1).addYears(3 * cohort);
        const QDate to = from.addYears(3).addDays(-1);
        const int base = int(pending.size());
        for (int k = 0; k < 30; ++k) {
            Pending entry;
            Person &p = entry.person;
            bool female = false;
            p.name = personName(dice, &female);
            p.termStart = from;
            p.termEnd = to;
            if (k == 0 || k == 1) {
                p.sector = key::Sector::Government;
                p.role = k == 0 ? key::Role::Secretary : key::Role::Chair;
            } else if (k == 2) {
                p.sector = key::Sector::CivilSociety;
                p.role = key::Role::CoChair;
            } else if (k < 23) {
                static const QLatin1StringView mix[] = {
                    key::Sector::Government, key::Sector::CivilSociety, key::Sector::Government, key::Sector::CivilSociety,
                    key::Sector::Academia, key::Sector::Government, key::Sector::CivilSociety, key::Sector::PrivateSector,
                    key::Sector::Government, key::Sector::CivilSociety};
                p.sector = mix[(k - 3) % 10];
                p.role = key::Role::Member;
            } else if (k < 27) {
                static const int stands[] = {3, 4, 6, 7};
                entry.alternateFor = base + stands[k - 23];
                p.sector = pending[size_t(entry.alternateFor)].person.sector;
                p.role = key::Role::Alternate;
            } else {
                p.sector = k == 29 ? key::Sector::Other : key::Sector::Government;
                p.role = key::Role::Observer;
            }
            p.voting = p.role != key::Role::Secretary && p.role != key::Role::Alternate
                && p.role != key::Role::Observer;
            if (entry.alternateFor >= 0) {
                p.organization = pending[size_t(entry.alternateFor)].person.organization;
            } else if (p.sector == key::Sector::Other) {
                p.organization = t(members()[20].organization); // the international cooperation programme
            } else {
                std::vector<int> fits;
                for (int o = 0; o < int(orgs.size()); ++o)
                    if (p.sector == orgs[size_t(o)].sector)
                        fits.push_back(o);
                p.organization = t(orgs[size_t(fits[size_t(dice.below(int(fits.size())))])].name);
            }
            entry.gender = dice.chance(6) ? QString() : female ? key::Gender::Female : key::Gender::Male;
            pending.push_back(entry);
        }
    }
    writeForum(QDate(2007, 3, 15), QDate(2006, 11, 6), QDate(2007, 2, 26), QDate(2006, 10, 16),
               pending[6 * 30].person.name);
    for (const Pending &entry : pending)
        writePerson(entry.person, entry.gender, emailFor(entry.person.name, t("correo.montealto.example")),
                    entry.alternateFor, QString());

    // Ten plans: January of an even year to August of the next; co-creation from April to July of
    // the year before, approval at the August session.
    const int planCount = 10, perPlan = 62;
    for (int i = 0; i < planCount; ++i) {
        const QDate start(2008 + 2 * i, 1, 1);
        const QDate end(2009 + 2 * i, 8, 31);
        const QString stage = i < 8 ? key::PlanStage::Closed : i == 8 ? key::PlanStage::Evaluate : key::PlanStage::Implement;
        const QDate session = nthWeekday(start.year() - 1, 8, 4, 2);
        writePlan(t(text.planTitle).arg(t(text.ordinals[size_t(i)])).arg(start.year()).arg(end.year()), start, end,
                  stage, session.addDays(dice.between(3, 12)), t(text.planIntroduction), QString());
        for (int n = 0; n < perPlan; ++n) {
            const int seed = (n + 3 * i) % int(commitments().size());
            const QString region = t(text.regions[size_t((n / int(commitments().size()) + i) % text.regions.size())]);
            const QString title = t(text.commitmentTitle).arg(t(commitments()[size_t(seed)].title), region);
            Pace pace;
            const int roll = dice.below(100);
            if (i < 9)
                pace = roll < 45 ? Pace::Complete : roll < 80 ? Pace::Substantial : Pace::Limited;
            else
                pace = roll < 70 ? Pace::OnTrack : Pace::Delayed;
            writeCommitment(i, seed, QString::number(n + 1), title, start.addDays(dice.below(46)),
                            end.addDays(-dice.below(46)), pace, i < 9, 5, 11 + (n % 2), region, personName(dice));
        }
    }

    // Meetings, month by month from the forum's first session to the ones already called.
    auto planFor = [&](const QDate &date, bool cocreation) {
        for (int i = 0; i < planCount; ++i) {
            const PlanInfo &p = m_planInfo[size_t(i)];
            if (cocreation ? date < p.start : date <= p.end)
                return i;
        }
        return planCount - 1;
    };
    auto randomMembers = [&](const QDate &date, int count) {
        std::vector<int> active;
        for (int i = 0; i < int(m_people.size()); ++i)
            if (m_people[size_t(i)].activeOn(date) && m_people[size_t(i)].role == key::Role::Member)
                active.push_back(i);
        std::vector<int> chosen;
        for (int k = 0; k < count && !active.empty(); ++k) {
            const int at = dice.below(int(active.size()));
            chosen.push_back(active[size_t(at)]);
            active.erase(active.begin() + at);
        }
        return chosen;
    };
    auto randomGuests = [&](int count) {
        std::vector<Seat> seats;
        for (int k = 0; k < count; ++k) {
            const OrganizationSeed &org = orgs[size_t(dice.below(int(orgs.size())))];
            Seat seat;
            seat.name = personName(dice);
            seat.organization = t(org.name);
            seat.sector = org.sector;
            seats.push_back(seat);
        }
        return seats;
    };
    auto pastStatus = [&](const QDate &date) {
        if (date > today())
            return key::MeetingStatus::Planned;
        if (date.daysTo(today()) < 10)
            return key::MeetingStatus::Held;
        return dice.chance(88) ? key::MeetingStatus::Published : key::MeetingStatus::MinutesApproved;
    };
    auto commitmentItems = [&](MeetingSpec &spec, int count) {
        const PlanInfo &plan = m_planInfo[size_t(spec.plan)];
        const int offset = dice.below(perPlan);
        for (int k = 0; k < count; ++k) {
            const CommitmentInfo &c = plan.commitments[size_t((offset + k * 7) % perPlan)];
            AgendaSpec item;
            item.title = t(text.progressItem).arg(c.number, c.title);
            item.presenter = c.presenter;
            item.minutes = t(text.progressMinutes).arg(c.number).arg(c.percentOn(spec.date()));
            item.duration = dice.between(8, 20);
            item.commitmentId = c.id;
            spec.agenda.push_back(item);
        }
    };
    auto otherItems = [&](MeetingSpec &spec, int count) {
        for (int k = 0; k < count; ++k) {
            const int o = dice.below(int(text.otherItems.size()));
            AgendaSpec item;
            item.title = t(text.otherItems[size_t(o)]);
            item.minutes = t(text.otherMinutes[size_t(o)]);
            item.duration = dice.between(5, 20);
            spec.agenda.push_back(item);
        }
    };
    auto actions = [&](MeetingSpec &spec, int count, const std::vector<int> &owners) {
        for (int k = 0; k < count; ++k) {
            ActionSpec action;
            action.text = t(text.actions[size_t(dice.below(int(text.actions.size())))]);
            action.owner = owners.empty() ? -1 : owners[size_t(dice.below(int(owners.size())))];
            action.dueInDays = dice.between(15, 60);
            const QDate due = spec.date().addDays(action.dueInDays);
            const int roll = dice.below(100);
            action.status = due >= today() ? key::ActionItemStatus::Open
                : roll < 82               ? key::ActionItemStatus::Done
                : roll < 88               ? key::ActionItemStatus::Cancelled
                                          : key::ActionItemStatus::Open;
            spec.actions.push_back(action);
        }
    };
    std::map<QString, int> numbers;
    auto addMeeting = [&](MeetingSpec spec) {
        spec.number = ++numbers[spec.kind];
        m_specs.push_back(std::move(spec));
        return int(m_specs.size()) - 1;
    };
    const QString forumLink = t("https://reuniones.montealto.example/foro-multiactor");
    for (QDate month(2007, 8, 1); month <= QDate(2027, 1, 1); month = month.addMonths(1)) {
        const int y = month.year(), m = month.month();
        // Regular session, second Thursday.
        {
            MeetingSpec spec;
            spec.kind = key::MeetingKind::ForumSession;
            const QDate date = nthWeekday(y, m, 4, 2);
            spec.plan = planFor(date, false);
            spec.title = t(text.sessionTitle).arg(numbers[spec.kind] + 1);
            spec.startsAt = wallClock(date, 10, 0);
            spec.place = t(text.places[0]);
            spec.link = y >= 2020 ? forumLink : QString();
            spec.status = pastStatus(date);
            const int approving = [&] {
                for (int i = 0; i < planCount; ++i)
                    if (m == 8 && m_planInfo[size_t(i)].start.year() == y + 1)
                        return i;
                return -1;
            }();
            if (approving >= 0) {
                spec.plan = approving;
                AgendaSpec item;
                item.title = t(text.approvePlanItem);
                item.minutes = t(text.approvePlanMinutes);
                const int coChair = activeWithRole(date, key::Role::CoChair, {});
                item.presenter = coChair >= 0 ? m_people[size_t(coChair)].name : QString();
                item.duration = 40;
                spec.agenda.push_back(item);
                DecisionSpec decision;
                decision.agendaItem = 0;
                decision.text = t(text.approvePlan).arg(m_planInfo[size_t(approving)].title);
                decision.vote = true;
                decision.majority = key::Majority::TwoThirds;
                decision.against = dice.below(3);
                decision.abstain = dice.below(4);
                decision.approvesPlanId = m_planInfo[size_t(approving)].id;
                decision.named = true;
                spec.decisions.push_back(decision);
            }
            const int progressCount = dice.between(7, 10);
            commitmentItems(spec, progressCount);
            otherItems(spec, dice.between(5, 7));
            const int decisionCount = dice.between(1, 2);
            for (int k = 0; k < decisionCount; ++k) {
                DecisionSpec decision;
                decision.agendaItem = int(spec.agenda.size()) - 1 - k;
                decision.text = t(text.decisions[size_t(dice.below(int(text.decisions.size())))]);
                decision.vote = dice.chance(30);
                decision.against = dice.below(4);
                decision.abstain = dice.below(3);
                decision.named = decision.vote && dice.chance(25);
                spec.decisions.push_back(decision);
            }
            int minutes = 0;
            for (const AgendaSpec &a : spec.agenda)
                minutes += a.duration;
            spec.endsAt = spec.startsAt.addSecs(60 * (minutes + 40));
            actions(spec, 2, randomMembers(date, 4));
            addMeeting(std::move(spec));
        }
        // Working groups: fourth Tuesday, and first Tuesday of even months.
        for (int which = 0; which < (m % 2 == 0 ? 2 : 1); ++which) {
            MeetingSpec spec;
            spec.kind = key::MeetingKind::WorkingGroup;
            const QDate date = nthWeekday(y, m, 2, which == 0 ? 4 : 1);
            spec.plan = planFor(date, false);
            const auto &topic = text.workingGroupTopics[size_t((y * 12 + m + which) % text.workingGroupTopics.size())];
            spec.title = t(text.workingGroupTitle).arg(t(topic));
            spec.startsAt = wallClock(date, 15, 0);
            spec.place = t(text.places[1]);
            spec.link = y >= 2020 ? t("https://reuniones.montealto.example/grupos-de-trabajo") : QString();
            spec.status = date < today() && dice.chance(3) ? key::MeetingStatus::Cancelled : pastStatus(date);
            spec.convened = randomMembers(date, 6);
            commitmentItems(spec, dice.between(5, 7));
            otherItems(spec, dice.between(4, 5));
            DecisionSpec decision;
            decision.agendaItem = 0;
            decision.text = t(text.decisions[size_t(dice.below(int(text.decisions.size())))]);
            spec.decisions.push_back(decision);
            int minutes = 0;
            for (const AgendaSpec &a : spec.agenda)
                minutes += a.duration;
            spec.endsAt = spec.startsAt.addSecs(60 * (minutes + 20));
            actions(spec, 1, spec.convened);
            addMeeting(std::move(spec));
        }
        // Co-creation workshops, April to July of odd years: first and third Wednesday.
        if (y % 2 == 1 && m >= 4 && m <= 7) {
            for (int which : {1, 3}) {
                MeetingSpec spec;
                spec.kind = key::MeetingKind::Consultation;
                const QDate date = nthWeekday(y, m, 3, which);
                spec.plan = planFor(date, true);
                const int seed = (m * 2 + which + y) % int(commitments().size());
                spec.title = t(text.consultationTitle).arg(t(commitments()[size_t(seed)].title));
                spec.startsAt = wallClock(date, 17, 0);
                spec.endsAt = spec.startsAt.addSecs(3 * 3600);
                spec.place = t(text.places[size_t(3 + (m + which) % 3)]);
                spec.link = y >= 2020 && which == 3 ? t("https://reuniones.montealto.example/cocreacion") : QString();
                spec.status = pastStatus(date);
                spec.convened = randomMembers(date, 3);
                spec.guests = randomGuests(dice.between(6, 10));
                otherItems(spec, dice.between(6, 8));
                m_planInfo[size_t(spec.plan)].consultations.push_back(addMeeting(std::move(spec)));
            }
        }
        // A public accountability event every March.
        if (m == 3) {
            MeetingSpec spec;
            spec.kind = key::MeetingKind::PublicEvent;
            const QDate date = nthWeekday(y, m, 4, 0);
            spec.plan = planFor(date, false);
            spec.title = t(text.publicEventTitle).arg(m_planInfo[size_t(spec.plan)].title);
            spec.startsAt = wallClock(date, 18, 0);
            spec.endsAt = spec.startsAt.addSecs(150 * 60);
            spec.place = t(text.places[2]);
            spec.status = pastStatus(date);
            spec.convened = randomMembers(date, 3);
            spec.guests = randomGuests(dice.between(8, 12));
            commitmentItems(spec, 3);
            otherItems(spec, dice.between(2, 4));
            addMeeting(std::move(spec));
        }
    }
    writeMeetings(m_specs);
    // writeMeetings sorted the specs: find each plan's consultations again.
    for (PlanInfo &plan : m_planInfo)
        plan.consultations.clear();
    for (int i = 0; i < int(m_specs.size()); ++i)
        if (m_specs[size_t(i)].kind == key::MeetingKind::Consultation && m_specs[size_t(i)].held())
            m_planInfo[size_t(m_specs[size_t(i)].plan)].consultations.push_back(i);

    // Contributions: about a thousand per plan, during its co-creation.
    const auto &seeds = contributions();
    const ResponseText &answers = responses();
    for (int i = 0; i < planCount; ++i) {
        const PlanInfo &plan = m_planInfo[size_t(i)];
        const QDate from(plan.start.year() - 1, 4, 1);
        const QDate to(plan.start.year() - 1, 7, 31);
        const QDate answerBy(plan.start.year() - 1, 8, 31);
        std::map<int, QDate> firstReceived;
        for (int k = 0; k < 1025; ++k) {
            const int s = dice.below(int(seeds.size()));
            const ContributionSeed &seed = seeds[size_t(s)];
            int meeting = -1;
            QDate received;
            QString channel;
            if (!plan.consultations.empty() && dice.chance(15)) {
                meeting = plan.consultations[size_t(dice.below(int(plan.consultations.size())))];
                received = m_specs[size_t(meeting)].date();
                channel = key::ContributionChannel::Workshop;
            } else {
                received = from.addDays(dice.below(int(from.daysTo(to)) + 1));
                static const QLatin1StringView channels[] = {
                    key::ContributionChannel::Online, key::ContributionChannel::Online, key::ContributionChannel::Online,
                    key::ContributionChannel::Email, key::ContributionChannel::Email, key::ContributionChannel::Letter,
                    key::ContributionChannel::Other};
                channel = channels[dice.below(7)];
            }
            const QDate responded = std::max(received, std::min(received.addDays(dice.between(7, 45)), answerBy));
            QString status, response;
            std::vector<qint64> links;
            const auto found = seed.commitment >= 0 ? plan.bySeed.find(seed.commitment) : plan.bySeed.end();
            const int roll = dice.below(100);
            if (found == plan.bySeed.end()) {
                status = key::ContributionStatus::NotIncorporated;
                response = t(answers.notIncorporated[size_t(seed.reason >= 0 ? seed.reason : roll % 4)]);
            } else {
                const CommitmentInfo &c = plan.commitments[size_t(found->second[size_t(dice.below(int(found->second.size())))])];
                const auto earlier = firstReceived.find(s);
                if (i == planCount - 1 && roll < 2) {
                    status = key::ContributionStatus::UnderReview;
                    response = t(answers.underReview);
                } else if (earlier != firstReceived.end() && earlier->second < received && roll < 15) {
                    status = key::ContributionStatus::Duplicate;
                    response = t(answers.duplicate).arg(longDate(earlier->second), c.number);
                } else if (roll < 60) {
                    status = key::ContributionStatus::Incorporated;
                    response = t(answers.incorporated[size_t(k) % answers.incorporated.size()]).arg(c.number, c.title);
                    links.push_back(c.id);
                } else if (roll < 85) {
                    status = key::ContributionStatus::PartiallyIncorporated;
                    response = t(answers.partiallyIncorporated[size_t(k) % answers.partiallyIncorporated.size()])
                                   .arg(c.number, c.title);
                    links.push_back(c.id);
                } else {
                    status = key::ContributionStatus::NotIncorporated;
                    response = t(answers.notIncorporated[3]);
                }
                if (earlier == firstReceived.end() || received < earlier->second)
                    firstReceived[s] = received;
            }
            const bool answered = status != key::ContributionStatus::UnderReview;
            writeContribution(i, received, channel, meeting, seed, status, response,
                              answered ? responded : QDate(), links, dice);
        }
    }

    // Evaluation and learning for every finished plan.
    for (int i = 0; i < planCount - 1; ++i) {
        const PlanInfo &plan = m_planInfo[size_t(i)];
        const QDate selfOn = plan.end.addMonths(2);
        const QDate irmOn = plan.end.addMonths(9);
        writeAssessments(i, selfOn, irmOn <= today() ? &irmOn : nullptr);
        for (const LessonSeed &seed : lessons()) {
            Lesson lesson;
            lesson.planId = plan.id;
            lesson.kind = seed.kind;
            lesson.text = t(seed.text);
            lesson.recommendation = t(seed.recommendation);
            lesson.carriedIntoPlanId = m_planInfo[size_t(i + 1)].id;
            m_lessons.create(lesson);
        }
    }
}

} // namespace

std::unique_ptr<ForumFile> createSampleForum(const QString &path, const SampleOptions &options)
{
    return ForumFile::create(path, [&](ForumFile &file) {
        SampleWriter writer(file, options);
        if (options.size == SampleOptions::Size::Large)
            writer.writeLarge();
        else
            writer.writeSmall();
    });
}

} // namespace forumdesk
