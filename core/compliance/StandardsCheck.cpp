// SPDX-License-Identifier: GPL-3.0-or-later
// OGP's minimum requirements and calendar, rule by rule (see StandardsCheck.h for the thresholds);
// what they share is in RuleScope, the IRM's questions in IrmQuestions.
#include "core/compliance/StandardsCheck.h"

#include "core/compliance/IrmQuestions.h"
#include "core/cocreation/ContributorName.h"
#include "core/compliance/RuleScope.h"
#include "core/forum/VocabularyKeys.h"
#include "core/plans/PlanCalendar.h"
#include "core/storage/Database.h"
#include "core/storage/ForumFile.h"
#include "core/storage/Table.h"

#include <QUrl>

#include <algorithm>

namespace forumdesk {

using namespace compliance;

namespace {

// A contribution has a reasoned response: the response and the day it was given.
const QString kAnswered = QStringLiteral("trim(coalesce(response, '')) <> '' AND responded_on IS NOT NULL");

bool isWebAddress(const QString &text)
{
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    return url.isValid() && (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https"))
        && !url.host().isEmpty();
}

// --- MR 1.1: government and civil society on the forum, under recorded rules ----------------------

ComplianceFinding forumMembers(Scope &s, const Composition &c)
{
    const Wording &w = s.w;
    ComplianceFinding f = finding(QStringLiteral("forum_members"), QStringLiteral("MR 1.1"),
                                  w.t(QT_TRANSLATE_NOOP("StandardsCheck", "Government and civil society sit on the forum, under recorded rules of participation")),
                                  w.t(QT_TRANSLATE_NOOP("StandardsCheck", "OGP Participation and Co-Creation Standards (2021), Standard 1, minimum requirement 1.1: a space for ongoing dialogue with both government and civil-society members that meets regularly (at least every six months), with its basic rules on participation public. This check covers its members and rules; the next, its meetings.")));
    for (const QString &sector : Vocabulary::keys(L::Sector)) {
        const int count = c.active.value(sector);
        if (count > 0)
            f.evidence << fact(w.t(QT_TRANSLATE_NOOP("StandardsCheck", "%1: %2"))
                                   .arg(w.label(L::Sector, sector),
                                        w.n(QT_TRANSLATE_N_NOOP("StandardsCheck", "%n member(s) today"), count)));
    }
    const QStringList required{key::Sector::Government, key::Sector::CivilSociety};
    QStringList missing;
    QStringList ending; // sectors whose every member leaves soon
    for (const QString &sector : required) {
        if (c.active.value(sector) == 0) {
            missing << w.label(L::Sector, sector).toLower();
            f.evidence << fact(w.t(QT_TRANSLATE_NOOP("StandardsCheck", "%1: no member today")).arg(w.label(L::Sector, sector)));
        } else if (c.leaving.value(sector) == c.active.value(sector)) {
            ending << sector;
        }
    }
    const bool rules = !s.forum.participationRules.trimmed().isEmpty();
    f.evidence << fact(rules ? w.t(QT_TRANSLATE_NOOP("StandardsCheck", "Rules of participation: recorded"))
                             : w.t(QT_TRANSLATE_NOOP("StandardsCheck", "Rules of participation: not recorded")));
    QDate firstEnd;
    for (const QString &sector : std::as_const(ending)) {
        Statement st = s.db.query(QStringLiteral(
            "SELECT id, name, term_end FROM member WHERE sector = ?2 AND (term_start IS NULL OR term_start <= ?1) "
            "AND term_end >= ?1 ORDER BY term_end, name COLLATE NAME, id"));
        st.bind(1, formatDate(s.today));
        st.bind(2, sector);
        while (st.next()) {
            ComplianceEvidence e;
            e.kind = Kind::Member;
            e.id = st.int64(0);
            e.name = st.text(1);
            e.date = parseDate(st.text(2));
            e.text = w.t(QT_TRANSLATE_NOOP("StandardsCheck", "%1 (%2): term ends on %3"))
                         .arg(e.name, w.label(L::Sector, sector), w.date(e.date));
            if (!firstEnd.isValid() || e.date < firstEnd)
                firstEnd = e.date;
            f.evidence << e;
        }
    }

    if (!missing.isEmpty() || !rules) {
        QStringList problems, steps;
        if (!missing.isEmpty()) {
            problems << w.t(QT_TRANSLATE_NOOP("StandardsCheck", "no member of %1 sits on the forum today")).arg(w.list(missing));
            steps << w.t(QT_TRANSLATE_NOOP("StandardsCheck", "Bring %1 onto the forum and record its members on the Members page.")).arg(w.list(missing));
        }
        if (!rules) {
            problems << w.t(QT_TRANSLATE_NOOP("StandardsCheck", "the rules of participation are not recorded"));
            steps << w.t(QT_TRANSLATE_NOOP("StandardsCheck", "Agree the forum's rules of participation, record them in the forum's settings and publish them."));
        }
        return conclude(f, Status::NotMet, w.t(QT_TRANSLATE_NOOP("StandardsCheck", "Not met: %1.")).arg(problems.join(QStringLiteral("; "))),
                        steps.join(QLatin1Char(' ')));
    } else if (!ending.isEmpty()) {
        QStringList names;
        for (const QString &sector : std::as_const(ending))
            names << w.label(L::Sector, sector).toLower();
        return conclude(f, Status::AtRisk,
                        w.t(QT_TRANSLATE_NOOP("StandardsCheck", "The terms of every member of %1 end by %2: after that the forum would lack the sector."))
                            .arg(w.list(names), w.date(firstEnd)),
                        w.t(QT_TRANSLATE_NOOP("StandardsCheck", "Renew those terms or appoint new members of %1 before %2."))
                            .arg(w.list(names), w.date(firstEnd)));
    }
    return conclude(f, Status::Met,
                    w.t(QT_TRANSLATE_NOOP("StandardsCheck", "Government (%1) and civil society (%2) sit on the forum, and its rules of participation are recorded."))
                        .arg(c.active.value(key::Sector::Government))
                        .arg(c.active.value(key::Sector::CivilSociety)),
                    w.t(QT_TRANSLATE_NOOP("StandardsCheck", "No action needed; renew members before their terms end.")));
}

// --- MR 1.1: the forum meets at least every six months --------------------------------------------

QList<MeetingRow> heldSessions(Scope &s, const QDate &from, const QDate &to)
{
    // The sessions of the cycle, and the last one before it: the first gap runs from there.
    Statement st = s.db.query(QStringLiteral(
        "SELECT id, title, substr(starts_at, 1, 10) FROM ("
        "  SELECT id, title, starts_at FROM meeting WHERE kind = 'forum_session' AND %1 AND starts_at >= ?1 AND starts_at < ?2"
        "  UNION ALL SELECT * FROM (SELECT id, title, starts_at FROM meeting WHERE kind = 'forum_session' AND %1"
        "    AND starts_at < ?1 ORDER BY starts_at DESC, id DESC LIMIT 1)"
        ") ORDER BY starts_at, id").arg(kHeld));
    st.bind(1, formatDate(from));
    st.bind(2, formatDate(to.addDays(1)));
    QList<MeetingRow> rows;
    while (st.next())
        rows.append({st.int64(0), st.text(1), parseDate(st.text(2))});
    return rows;
}

ComplianceEvidence gapEvidence(const Wording &w, const MeetingRow &from, const MeetingRow *to, const QDate &until)
{
    ComplianceEvidence e;
    e.kind = Kind::Gap;
    e.id = from.id;
    e.date = from.day;
    e.name = from.title;
    e.otherId = to ? to->id : 0;
    e.until = to ? to->day : until;
    if (to)
        e.text = w.t(QT_TRANSLATE_NOOP("StandardsCheck", "%1 without a session: from %2 (%3) to %4 (%5)"))
                     .arg(w.span(from.day, to->day), w.date(from.day), from.title, w.date(to->day), to->title);
    else
        e.text = w.t(QT_TRANSLATE_NOOP("StandardsCheck", "%1 without a session: from %2 (%3) to %4"))
                     .arg(w.span(from.day, until), w.date(from.day), from.title, w.date(until));
    return e;
}

ComplianceFinding sixMonths(Scope &s)
{
    const Wording &w = s.w;
    ComplianceFinding f = finding(QStringLiteral("six_months"), QStringLiteral("MR 1.1"),
                                  w.t(QT_TRANSLATE_NOOP("StandardsCheck", "The forum meets at least every six months")),
                                  w.t(QT_TRANSLATE_NOOP("StandardsCheck", "OGP Participation and Co-Creation Standards (2021), Standard 1, minimum requirement 1.1: the space for dialogue meets regularly, at least every six months. This check covers its meetings; the one before, its members and rules.")));

    // The plan's cycle: from its first meeting (co-creation starts before the plan) or its start,
    // to its end or its last meeting (the self-assessment comes after), and never after today.
    Statement bounds = s.db.query(QStringLiteral(
        "SELECT min(substr(starts_at, 1, 10)) FILTER (WHERE status <> 'cancelled'), "
        "  max(substr(starts_at, 1, 10)) FILTER (WHERE %1) FROM meeting WHERE plan_id = ?").arg(kHeld));
    bounds.bind(1, s.plan.id);
    QDate from = s.plan.periodStart;
    QDate to = s.plan.periodEnd;
    if (bounds.next()) {
        if (!bounds.isNull(0))
            from = std::min(from, parseDate(bounds.text(0)));
        if (!bounds.isNull(1))
            to = std::max(to, parseDate(bounds.text(1)));
    }
    from = std::min(from, s.today);
    to = std::min(to, s.today);
    const bool ongoing = to == s.today;

    const QList<MeetingRow> sessions = heldSessions(s, from, to);
    if (sessions.isEmpty()) {
        const QDate since = s.forum.foundedOn.isValid() ? std::min(s.forum.foundedOn, from) : from;
        const QDate due = since.addMonths(StandardsCheck::kSessionMonths);
        f.evidence << dateEvidence(since, s.forum.foundedOn.isValid()
                                              ? w.t(QT_TRANSLATE_NOOP("StandardsCheck", "Forum founded on %1")).arg(w.date(since))
                                              : w.t(QT_TRANSLATE_NOOP("StandardsCheck", "The plan's cycle began on %1")).arg(w.date(since)));
        f.evidence << fact(w.t(QT_TRANSLATE_NOOP("StandardsCheck", "No forum session held yet")));
        if (to > due) {
            conclude(f, Status::NotMet,
                     w.t(QT_TRANSLATE_NOOP("StandardsCheck", "The forum has not held a session in the %1 since %2.")).arg(w.span(since, to), w.date(since)),
                     w.t(QT_TRANSLATE_NOOP("StandardsCheck", "Convene a forum session now and record it on the Meetings page.")));
        } else {
            conclude(f, Status::NotApplicable,
                     w.t(QT_TRANSLATE_NOOP("StandardsCheck", "The forum has not held its first session yet.")),
                     w.t(QT_TRANSLATE_NOOP("StandardsCheck", "Hold the forum's first session before %1.")).arg(w.date(due)));
        }
        return f;
    }

    QList<ComplianceEvidence> gaps;
    QDate longestFrom = sessions.first().day, longestTo = sessions.first().day;
    for (qsizetype i = 1; i < sessions.size(); ++i) {
        const MeetingRow &a = sessions.at(i - 1), &b = sessions.at(i);
        if (a.day.daysTo(b.day) > longestFrom.daysTo(longestTo)) {
            longestFrom = a.day;
            longestTo = b.day;
        }
        if (b.day > a.day.addMonths(StandardsCheck::kSessionMonths))
            gaps << gapEvidence(w, a, &b, {});
    }
    const MeetingRow &last = sessions.last();
    const QDate deadline = last.day.addMonths(StandardsCheck::kSessionMonths);
    const bool trailing = to > deadline;
    if (trailing)
        gaps << gapEvidence(w, last, nullptr, to);
    if (last.day.daysTo(to) > longestFrom.daysTo(longestTo)) {
        longestFrom = last.day;
        longestTo = to;
    }

    // The next session planned, if any, as the way out of a gap that is opening.
    MeetingRow next;
    if (ongoing) {
        Statement st = s.db.query(QStringLiteral(
            "SELECT id, title, substr(starts_at, 1, 10) FROM meeting WHERE kind = 'forum_session' "
            "AND status = 'planned' AND starts_at >= ? ORDER BY starts_at, id LIMIT 1"));
        st.bind(1, formatDate(s.today));
        if (st.next())
            next = {st.int64(0), st.text(1), parseDate(st.text(2))};
    }

    f.evidence << gaps;
    f.evidence << fact(w.t(QT_TRANSLATE_NOOP("StandardsCheck", "%1 from %2 to %3; the longest gap: %4"))
                           .arg(w.n(QT_TRANSLATE_N_NOOP("StandardsCheck", "%n forum session(s) held"), int(sessions.size())),
                                w.date(sessions.first().day), w.date(to), w.span(longestFrom, longestTo)));
    // The latest sessions matter most; a forum that meets monthly has dozens in a cycle.
    const qsizetype skipped = std::max<qsizetype>(0, sessions.size() - StandardsCheck::kListedItems);
    if (skipped > 0)
        f.evidence << fact(w.n(QT_TRANSLATE_N_NOOP("StandardsCheck", "%n earlier session(s) not listed"), int(skipped)));
    for (qsizetype i = skipped; i < sessions.size(); ++i)
        f.evidence << meetingEvidence(w, sessions.at(i));
    if (next.id > 0) {
        ComplianceEvidence planned = meetingEvidence(w, next);
        planned.text = w.t(QT_TRANSLATE_NOOP("StandardsCheck", "%1 — %2 (planned)")).arg(w.date(next.day), next.title);
        f.evidence << planned;
    }

    if (!gaps.isEmpty()) {
        const QString summary = w.n(QT_TRANSLATE_N_NOOP("StandardsCheck", "%n time(s) the forum went more than six months without a session; the longest gap lasted %1."), int(gaps.size()))
                                    .arg(w.span(longestFrom, longestTo));
        if (!(trailing && ongoing))
            return conclude(f, Status::NotMet, summary,
                            w.t(QT_TRANSLATE_NOOP("StandardsCheck", "Set the date of the next session at each session, no more than six months ahead, and explain the gaps in the self-assessment report.")));
        return conclude(f, Status::NotMet, summary,
                        next.id > 0
                            ? w.t(QT_TRANSLATE_NOOP("StandardsCheck", "Hold the session planned for %1, or convene one sooner: the last was on %2.")).arg(w.date(next.day), w.date(last.day))
                            : w.t(QT_TRANSLATE_NOOP("StandardsCheck", "Convene a forum session now: the last was on %1.")).arg(w.date(last.day)));
    }
    if (ongoing && s.today.daysTo(deadline) <= StandardsCheck::kWarningDays && !(next.id > 0 && next.day <= deadline)) {
        return conclude(f, Status::AtRisk,
                        w.t(QT_TRANSLATE_NOOP("StandardsCheck", "Six months since the last session (%1) are up on %2, and no session is planned by then."))
                            .arg(w.date(last.day), w.date(deadline)),
                        w.t(QT_TRANSLATE_NOOP("StandardsCheck", "Convene a forum session before %1.")).arg(w.date(deadline)));
    }
    return conclude(f, Status::Met,
                    w.t(QT_TRANSLATE_NOOP("StandardsCheck", "No gap of more than six months between sessions; the longest lasted %1.")).arg(w.span(longestFrom, longestTo)),
                    ongoing ? w.t(QT_TRANSLATE_NOOP("StandardsCheck", "Hold the next session before %1.")).arg(w.date(deadline))
                         : w.t(QT_TRANSLATE_NOOP("StandardsCheck", "No action needed.")));
}

// --- MR 2.1 and 2.2: a website and a document repository -------------------------------------------

ComplianceFinding website(Scope &s)
{
    const Wording &w = s.w;
    ComplianceFinding f = finding(QStringLiteral("website"), QStringLiteral("MR 2.1"),
                                  w.t(QT_TRANSLATE_NOOP("StandardsCheck", "The forum has a public OGP website")),
                                  w.t(QT_TRANSLATE_NOOP("StandardsCheck", "OGP Participation and Co-Creation Standards (2021), Standard 2, minimum requirement 2.1: a public OGP website dedicated to the member's participation in OGP is maintained.")));
    const QString address = s.forum.website.trimmed();
    if (address.isEmpty()) {
        f.evidence << fact(w.t(QT_TRANSLATE_NOOP("StandardsCheck", "No website address is recorded")));
        return conclude(f, Status::NotMet,
                        w.t(QT_TRANSLATE_NOOP("StandardsCheck", "No website is recorded for the forum.")),
                        w.t(QT_TRANSLATE_NOOP("StandardsCheck", "Publish an OGP website (or a page on a government site) and record its address in the forum's settings.")));
    }
    f.evidence << fact(w.t(QT_TRANSLATE_NOOP("StandardsCheck", "Website: %1")).arg(address));
    if (!isWebAddress(address)) {
        return conclude(f, Status::AtRisk,
                        w.t(QT_TRANSLATE_NOOP("StandardsCheck", "The website recorded is not a web address (http:// or https://).")),
                        w.t(QT_TRANSLATE_NOOP("StandardsCheck", "Correct the website's address in the forum's settings, so that anyone can open it.")));
    }
    return conclude(f, Status::Met,
                    w.t(QT_TRANSLATE_NOOP("StandardsCheck", "The forum's website is recorded.")),
                    w.t(QT_TRANSLATE_NOOP("StandardsCheck", "No action needed; keep the website up to date with the forum's work.")));
}

ComplianceFinding repository(Scope &s)
{
    const Wording &w = s.w;
    ComplianceFinding f = finding(QStringLiteral("repository"), QStringLiteral("MR 2.2"),
                                  w.t(QT_TRANSLATE_NOOP("StandardsCheck", "The forum keeps a public document repository")),
                                  w.t(QT_TRANSLATE_NOOP("StandardsCheck", "OGP Participation and Co-Creation Standards (2021), Standard 2, minimum requirement 2.2: a publicly available document repository, updated at least twice a year (OGP glossary, “Repository”).")));
    const QString address = s.forum.repositoryUrl.trimmed();
    f.evidence << fact(address.isEmpty() ? w.t(QT_TRANSLATE_NOOP("StandardsCheck", "No repository address is recorded"))
                                         : w.t(QT_TRANSLATE_NOOP("StandardsCheck", "Repository: %1")).arg(address));

    Statement totals = s.db.query(QStringLiteral(
        "SELECT count(*), count(*) FILTER (WHERE status = 'published') FROM meeting WHERE plan_id = ?1 AND %1 AND starts_at < ?2").arg(kHeld));
    totals.bind(1, s.plan.id);
    totals.bind(2, formatDate(s.today.addDays(1)));
    if (totals.next() && totals.int64(0) > 0)
        f.evidence << fact(w.t(QT_TRANSLATE_NOOP("StandardsCheck", "Minutes published: %1 of %2 meetings of the plan held"))
                               .arg(totals.int64(1)).arg(totals.int64(0)));

    // Minutes wait for the next session's approval, up to six months: older ones are overdue.
    Statement st = s.db.query(QStringLiteral(
        "SELECT id, title, substr(starts_at, 1, 10), status, count(*) OVER () FROM meeting "
        "WHERE plan_id = ?1 AND status IN ('held', 'minutes_draft', 'minutes_approved') AND starts_at < ?2 "
        "ORDER BY starts_at, id LIMIT ?3"));
    st.bind(1, s.plan.id);
    st.bind(2, formatDate(s.today.addMonths(-StandardsCheck::kUnpublishedMonths)));
    st.bind(3, StandardsCheck::kListedItems);
    qint64 unpublished = 0;
    QList<ComplianceEvidence> waiting;
    while (st.next()) {
        unpublished = st.int64(4);
        waiting << meetingEvidence(w, {st.int64(0), st.text(1), parseDate(st.text(2))},
                                   w.t(QT_TRANSLATE_NOOP("StandardsCheck", "%1, not published"))
                                       .arg(w.label(L::MeetingStatus, st.text(3))));
    }
    f.evidence << waiting;
    if (unpublished > waiting.size())
        f.evidence << more(w, unpublished - waiting.size());

    if (address.isEmpty()) {
        conclude(f, Status::NotMet,
                 w.t(QT_TRANSLATE_NOOP("StandardsCheck", "No document repository is recorded for the forum.")),
                 w.t(QT_TRANSLATE_NOOP("StandardsCheck", "Open a public repository for the forum's documents (minutes, contributions, the plan, progress) and record its address in the forum's settings.")));
    } else if (!isWebAddress(address)) {
        conclude(f, Status::AtRisk,
                 w.t(QT_TRANSLATE_NOOP("StandardsCheck", "The repository recorded is not a web address (http:// or https://).")),
                 w.t(QT_TRANSLATE_NOOP("StandardsCheck", "Correct the repository's address in the forum's settings, so that anyone can open it.")));
    } else if (unpublished > 0) {
        conclude(f, Status::AtRisk,
                 w.n(QT_TRANSLATE_N_NOOP("StandardsCheck", "The minutes of %n meeting(s) held more than six months ago are not published."), int(unpublished)),
                 w.t(QT_TRANSLATE_NOOP("StandardsCheck", "Approve and publish those minutes in the repository, then mark them published on the Meetings page.")));
    } else {
        conclude(f, Status::Met,
                 w.t(QT_TRANSLATE_NOOP("StandardsCheck", "The forum's repository is recorded, and no minutes older than six months wait to be published.")),
                 w.t(QT_TRANSLATE_NOOP("StandardsCheck", "No action needed; publish each meeting's minutes once approved.")));
    }
    return f;
}

// --- Standard 4: a reasoned response to every contribution -----------------------------------------------

ComplianceFinding reasonedResponse(Scope &s)
{
    const Wording &w = s.w;
    ComplianceFinding f = finding(QStringLiteral("reasoned_response"), QStringLiteral("Standard 4"),
                                  w.t(QT_TRANSLATE_NOOP("StandardsCheck", "Every contribution gets a reasoned response")),
                                  w.t(QT_TRANSLATE_NOOP("StandardsCheck", "OGP Participation and Co-Creation Standards (2021), Standard 4: a reasoned response to stakeholders, explaining why their ideas were or were not included in the action plan (OGP glossary, “Reasoned response”).")));
    Statement totals = s.db.query(QStringLiteral(
        "SELECT count(*), count(*) FILTER (WHERE %1), min(received_on) FILTER (WHERE NOT (%1)) FROM contribution WHERE plan_id = ?").arg(kAnswered));
    totals.bind(1, s.plan.id);
    int received = 0, answered = 0;
    QDate oldest;
    if (totals.next()) {
        received = int(totals.int64(0));
        answered = int(totals.int64(1));
        oldest = totals.isNull(2) ? QDate() : parseDate(totals.text(2));
    }
    const int awaiting = received - answered;
    if (received == 0) {
        f.evidence << fact(w.t(QT_TRANSLATE_NOOP("StandardsCheck", "No contributions recorded for this plan")));
        return conclude(f, Status::NotApplicable,
                        w.t(QT_TRANSLATE_NOOP("StandardsCheck", "No contributions have been recorded for this plan.")),
                        w.t(QT_TRANSLATE_NOOP("StandardsCheck", "Record each contribution received during co-creation on the Co-create page, then answer it.")));
    }
    f.evidence << fact(w.t(QT_TRANSLATE_NOOP("StandardsCheck", "%1 of %2 contributions have a reasoned response"))
                           .arg(w.number(answered), w.number(received)));
    Statement st = s.db.query(QStringLiteral(
        "SELECT id, author, organization, received_on, channel, %2 FROM contribution WHERE plan_id = ? AND NOT (%1) "
        "ORDER BY received_on, id LIMIT ?")
                                  .arg(kAnswered,
                                       // Format 3 records consent; an older file read as it is names nobody.
                                       s.file.schemaVersion() >= 3 ? QStringLiteral("author_consents") : QStringLiteral("0")));
    st.bind(1, s.plan.id);
    st.bind(2, StandardsCheck::kListedItems);
    int listed = 0;
    while (st.next()) {
        ComplianceEvidence e;
        e.kind = Kind::Contribution;
        e.id = st.int64(0);
        // The report is published: a person is named only with their consent, as in the response report.
        const bool consents = st.int64(5) != 0;
        e.name = consents ? st.text(1) : QString();
        e.date = parseDate(st.text(3));
        const QString who = contributorName(st.text(1), st.text(2), consents, w.language());
        e.text = w.t(QT_TRANSLATE_NOOP("StandardsCheck", "#%1 — %2, received on %3 (%4): no response yet"))
                     .arg(QString::number(e.id), who, w.date(e.date), w.label(L::ContributionChannel, st.text(4)));
        f.evidence << e;
        ++listed;
    }
    if (awaiting > listed)
        f.evidence << more(w, awaiting - listed);

    if (awaiting == 0) {
        return conclude(f, Status::Met,
                        w.n(QT_TRANSLATE_N_NOOP("StandardsCheck", "All %n contribution(s) have a reasoned response."), received),
                        w.t(QT_TRANSLATE_NOOP("StandardsCheck", "No action needed; answer each new contribution with the forum's reasons.")));
    }
    const bool coCreating = s.plan.stage == key::PlanStage::CoCreate && !s.plan.submittedOn.isValid();
    return conclude(f, coCreating ? Status::AtRisk : Status::NotMet,
                    w.n(QT_TRANSLATE_N_NOOP("StandardsCheck", "%n contribution(s) still wait for a reasoned response; the oldest was received on %1."), awaiting)
                        .arg(w.date(oldest)),
                    coCreating
                        ? w.t(QT_TRANSLATE_NOOP("StandardsCheck", "Answer them on the Co-create page before the plan is submitted, the oldest first."))
                        : w.t(QT_TRANSLATE_NOOP("StandardsCheck", "Answer them now on the Co-create page and publish the responses: OGP expects a response to each contribution, even after the plan is submitted.")));
}

// --- MR 5.1: two meetings a year on implementation results with civil society ----------------------

ComplianceFinding implementationMeetings(Scope &s)
{
    const Wording &w = s.w;
    ComplianceFinding f = finding(QStringLiteral("implementation_meetings"), QStringLiteral("MR 5.1"),
                                  w.t(QT_TRANSLATE_NOOP("StandardsCheck", "At least two meetings a year present implementation results to civil society")),
                                  w.t(QT_TRANSLATE_NOOP("StandardsCheck", "OGP Participation and Co-Creation Standards (2021), Standard 5, minimum requirement 5.1: the forum holds at least two meetings every year with civil society to present results on the implementation of the action plan and collect comments (OGP National Handbook, “Implementing action plans”).")));
    QDate start = s.plan.periodStart;
    if (s.plan.submittedOn.isValid() && s.plan.submittedOn > start)
        start = s.plan.submittedOn;
    const QDate end = std::min(s.plan.periodEnd, s.today);
    if (s.plan.stage == key::PlanStage::CoCreate || s.today < start) {
        f.evidence << dateEvidence(start, w.t(QT_TRANSLATE_NOOP("StandardsCheck", "Implementation starts on %1")).arg(w.date(start)));
        return conclude(f, Status::NotApplicable,
                        w.t(QT_TRANSLATE_NOOP("StandardsCheck", "The plan's implementation has not started.")),
                        w.t(QT_TRANSLATE_NOOP("StandardsCheck", "Once implementation starts, hold at least two meetings a year where the implementing agencies present their results to civil society.")));
    }
    f.evidence << dateEvidence(start, w.t(QT_TRANSLATE_NOOP("StandardsCheck", "Implementation from %1 to %2")).arg(w.date(start), w.date(end)));

    // Meetings held in the implementation period where one of the plan's commitments was on the
    // agenda and civil society attended, with their number in each calendar year.
    Statement st = s.db.query(QStringLiteral(
        "SELECT id, title, day, presented, civil, count(*) OVER (PARTITION BY substr(day, 1, 4)) FROM ("
        "  SELECT m.id, m.title, substr(m.starts_at, 1, 10) AS day,"
        "    (SELECT count(DISTINCT a.commitment_id) FROM agenda_item a JOIN commitment c ON c.id = a.commitment_id"
        "      WHERE a.meeting_id = m.id AND c.plan_id = ?1) AS presented,"
        "    (SELECT count(*) FROM attendance t WHERE t.meeting_id = m.id AND t.sector = 'civil_society' AND t.%1) AS civil"
        "  FROM meeting m WHERE m.%2 AND m.starts_at >= ?2 AND m.starts_at < ?3"
        ") WHERE presented > 0 AND civil > 0 ORDER BY day, id").arg(kAttended, kHeld));
    st.bind(1, s.plan.id);
    st.bind(2, formatDate(start));
    st.bind(3, formatDate(end.addDays(1)));
    QMap<int, int> perYear;
    QMap<int, QList<ComplianceEvidence>> meetings;
    while (st.next()) {
        const MeetingRow m{st.int64(0), st.text(1), parseDate(st.text(2))};
        perYear[m.day.year()] = int(st.int64(5));
        if (meetings[m.day.year()].size() < StandardsCheck::kListedItems)
            meetings[m.day.year()] << meetingEvidence(
                w, m, w.t(QT_TRANSLATE_NOOP("StandardsCheck", "%1, %2"))
                          .arg(w.n(QT_TRANSLATE_N_NOOP("StandardsCheck", "%n commitment(s) presented"), int(st.int64(3))),
                               w.n(QT_TRANSLATE_N_NOOP("StandardsCheck", "%n civil-society participant(s)"), int(st.int64(4)))));
    }

    QStringList shortYears;
    int currentShort = 0; // meetings still needed this year
    int currentYear = 0;
    for (int year = start.year(); year <= end.year(); ++year) {
        const QDate yearStart = std::max(start, QDate(year, 1, 1));
        const QDate yearEnd = std::min(s.plan.periodEnd, QDate(year, 12, 31));
        const int required = PlanCalendar::monthsCovered(yearStart, yearEnd) >= 6 ? StandardsCheck::kMeetingsPerYear : 1;
        const int held = perYear.value(year);
        const bool complete = yearEnd < s.today;
        const QString heldText = w.n(QT_TRANSLATE_N_NOOP("StandardsCheck", "%n meeting(s)"), held);
        f.evidence << fact((complete ? w.t(QT_TRANSLATE_NOOP("StandardsCheck", "%1: %2 of %3 expected"))
                                     : w.t(QT_TRANSLATE_NOOP("StandardsCheck", "%1 (year under way): %2 of %3 expected")))
                               .arg(QString::number(year), heldText, w.number(required)));
        f.evidence << meetings.value(year);
        if (held > int(meetings.value(year).size()))
            f.evidence << more(w, held - meetings.value(year).size());
        if (held >= required)
            continue;
        if (complete) {
            shortYears << QString::number(year);
        } else {
            currentShort = required - held;
            currentYear = year;
        }
    }

    if (!shortYears.isEmpty()) {
        conclude(f, Status::NotMet,
                 w.t(QT_TRANSLATE_NOOP("StandardsCheck", "Too few meetings presented implementation results to civil society in %1."))
                 .arg(w.list(shortYears)),
                 w.t(QT_TRANSLATE_NOOP("StandardsCheck", "Hold at least two such meetings every year. If they took place, link their agenda items to the commitments presented and record who attended from civil society.")));
    } else if (currentShort > 0) {
        conclude(f, Status::AtRisk,
                 w.n(QT_TRANSLATE_N_NOOP("StandardsCheck", "%n more meeting(s) with civil society on implementation results are needed in %1."), currentShort)
                 .arg(QString::number(currentYear)),
                 w.t(QT_TRANSLATE_NOOP("StandardsCheck", "Before %1, hold a meeting where the implementing agencies present their commitments' results to civil society, with the agenda items linked to the commitments."))
                  .arg(w.date(std::min(s.plan.periodEnd, QDate(currentYear, 12, 31)))));
    } else {
        conclude(f, Status::Met,
                 w.t(QT_TRANSLATE_NOOP("StandardsCheck", "Every year of implementation so far had enough meetings presenting results to civil society.")),
                 w.t(QT_TRANSLATE_NOOP("StandardsCheck", "No action needed; keep two such meetings on each year's calendar.")));
    }
    return f;
}

// --- Calendar: submitted by its due date, and at least 20 months long (both from OGP's dates and deadlines) ------------------------------

ComplianceFinding submission(Scope &s)
{
    const Wording &w = s.w;
    ComplianceFinding f = finding(QStringLiteral("submission"), QStringLiteral("Calendar"),
                                  w.t(QT_TRANSLATE_NOOP("StandardsCheck", "The plan is submitted by its due date")),
                                  w.t(QT_TRANSLATE_NOOP("StandardsCheck", "OGP, “Country and OGP Local dates and deadlines”: action plans are due on 31 August; a plan delivered more than four months late (after 1 January of the next year) acts contrary to OGP process.")));
    ActionPlan plan = s.plan;
    const bool ownDate = plan.dueOn.isValid();
    if (!ownDate)
        plan.dueOn = PlanCalendar::defaultDueDate(plan.periodStart);
    const QDate due = plan.dueOn;
    f.evidence << dateEvidence(due, ownDate ? w.t(QT_TRANSLATE_NOOP("StandardsCheck", "Due on %1")).arg(w.date(due))
                                            : w.t(QT_TRANSLATE_NOOP("StandardsCheck", "Due on %1 (OGP's 31 August before the plan starts)")).arg(w.date(due)));
    if (plan.submittedOn.isValid())
        f.evidence << dateEvidence(plan.submittedOn, w.t(QT_TRANSLATE_NOOP("StandardsCheck", "Submitted on %1")).arg(w.date(plan.submittedOn)));
    else
        f.evidence << fact(w.t(QT_TRANSLATE_NOOP("StandardsCheck", "Not submitted yet")));
    Statement approvals = s.db.query(QStringLiteral(
        "SELECT m.id, m.title, substr(m.starts_at, 1, 10) FROM decision d JOIN meeting m ON m.id = d.meeting_id "
        "WHERE d.approves_plan_id = ? AND d.outcome = 'adopted' ORDER BY m.starts_at, m.id"));
    approvals.bind(1, plan.id);
    while (approvals.next())
        f.evidence << meetingEvidence(w, {approvals.int64(0), approvals.text(1), parseDate(approvals.text(2))},
                                      w.t(QT_TRANSLATE_NOOP("StandardsCheck", "the forum approved the plan")));

    const int monthsLate = PlanCalendar::monthsLate(plan, s.today);
    const bool contrary = monthsLate > PlanCalendar::kLateMonths;
    const QString contraryText = w.t(QT_TRANSLATE_NOOP("StandardsCheck", "More than four months late: OGP considers this acting contrary to process."));
    if (plan.submittedOn.isValid()) {
        if (plan.submittedOn <= due) {
            return conclude(f, Status::Met,
                            w.t(QT_TRANSLATE_NOOP("StandardsCheck", "Submitted on %1, on time for its due date (%2).")).arg(w.date(plan.submittedOn), w.date(due)),
                            w.t(QT_TRANSLATE_NOOP("StandardsCheck", "No action needed.")));
        }
        f.evidence << fact(w.t(QT_TRANSLATE_NOOP("StandardsCheck", "Late by %1")).arg(w.span(due, plan.submittedOn)));
        QString summary = w.t(QT_TRANSLATE_NOOP("StandardsCheck", "Submitted on %1, %2 after its due date (%3).")).arg(w.date(plan.submittedOn), w.span(due, plan.submittedOn), w.date(due));
        if (contrary) {
            summary += QLatin1Char(' ') + contraryText;
            f.evidence << fact(contraryText);
        }
        return conclude(f, Status::NotMet, summary,
                        w.t(QT_TRANSLATE_NOOP("StandardsCheck", "Explain the delay in the self-assessment report, and start the next plan's co-creation early enough to submit it by 31 August.")));
    }
    if (s.today > due) {
        f.evidence << fact(w.t(QT_TRANSLATE_NOOP("StandardsCheck", "Late by %1 today")).arg(w.span(due, s.today)));
        QString summary = w.t(QT_TRANSLATE_NOOP("StandardsCheck", "Due on %1 and not submitted: %2 late.")).arg(w.date(due), w.span(due, s.today));
        if (contrary) {
            summary += QLatin1Char(' ') + contraryText;
            f.evidence << fact(contraryText);
        }
        return conclude(f, Status::NotMet, summary,
                        contrary
                            ? w.t(QT_TRANSLATE_NOOP("StandardsCheck", "Submit the plan to OGP as soon as the forum approves it, and record the date with Edit Plan on the Co-create page. If it was submitted, record that date."))
                            : w.t(QT_TRANSLATE_NOOP("StandardsCheck", "Submit the plan to OGP before %1, when it would be more than four months late, and record the date with Edit Plan on the Co-create page. If it was submitted, record that date."))
                                  .arg(w.date(due.addMonths(PlanCalendar::kLateMonths + 1))));
    }
    const int daysLeft = int(s.today.daysTo(due));
    f.evidence << fact(w.n(QT_TRANSLATE_N_NOOP("StandardsCheck", "%n day(s) left"), daysLeft));
    if (daysLeft <= StandardsCheck::kWarningDays)
        return conclude(f, Status::AtRisk,
                        w.n(QT_TRANSLATE_N_NOOP("StandardsCheck", "Due on %1, in %n day(s), and not submitted yet."), daysLeft).arg(w.date(due)),
                        w.t(QT_TRANSLATE_NOOP("StandardsCheck", "Finish the co-creation, have the forum approve the plan and submit it by %1.")).arg(w.date(due)));
    return conclude(f, Status::NotApplicable,
                    w.t(QT_TRANSLATE_NOOP("StandardsCheck", "Not due until %1.")).arg(w.date(due)),
                    w.t(QT_TRANSLATE_NOOP("StandardsCheck", "Plan the co-creation so that the forum can approve the plan before %1.")).arg(w.date(due)));
}

ComplianceFinding planPeriod(Scope &s)
{
    const Wording &w = s.w;
    ComplianceFinding f = finding(QStringLiteral("plan_period"), QStringLiteral("Calendar"),
                                  w.t(QT_TRANSLATE_NOOP("StandardsCheck", "The plan covers at least 20 months")),
                                  w.t(QT_TRANSLATE_NOOP("StandardsCheck", "OGP, “Country and OGP Local dates and deadlines”: action plans cover a period of implementation of at least 20 months, ending on 31 August of the second year of implementation. (The page predates OGP's four-year plans; check it against OGP's current handbook.)")));
    const int months = PlanCalendar::monthsCovered(s.plan.periodStart, s.plan.periodEnd);
    f.evidence << dateEvidence(s.plan.periodStart, w.t(QT_TRANSLATE_NOOP("StandardsCheck", "Starts on %1")).arg(w.date(s.plan.periodStart)));
    f.evidence << dateEvidence(s.plan.periodEnd, w.t(QT_TRANSLATE_NOOP("StandardsCheck", "Ends on %1")).arg(w.date(s.plan.periodEnd)));
    f.evidence << fact(w.n(QT_TRANSLATE_N_NOOP("StandardsCheck", "Covers %n month(s)"), months));
    const bool endsInAugust = s.plan.periodEnd.month() == 8 && s.plan.periodEnd.day() == 31;
    if (months < PlanCalendar::kMinimumMonths) {
        conclude(f, Status::NotMet,
                 w.n(QT_TRANSLATE_N_NOOP("StandardsCheck", "The plan covers %n month(s); OGP asks for at least 20."), months),
                 w.t(QT_TRANSLATE_NOOP("StandardsCheck", "Extend the plan's period to at least 20 months with Edit Plan on the Co-create page, or agree the shorter period with OGP.")));
    } else if (!endsInAugust) {
        const QDate august(s.plan.periodEnd.year(), 8, 31);
        conclude(f, Status::AtRisk,
                 w.t(QT_TRANSLATE_NOOP("StandardsCheck", "The plan ends on %1; OGP's implementation periods end on 31 August of the plan's last year."))
                     .arg(w.date(s.plan.periodEnd)),
                 w.t(QT_TRANSLATE_NOOP("StandardsCheck", "Check the end date with OGP's calendar; consider ending the plan on %1."))
                     .arg(w.date(august < s.plan.periodStart.addMonths(PlanCalendar::kMinimumMonths) ? august.addYears(1) : august)));
    } else {
        conclude(f, Status::Met,
                 w.n(QT_TRANSLATE_N_NOOP("StandardsCheck", "The plan covers %n months and ends on 31 August."), months),
                 w.t(QT_TRANSLATE_NOOP("StandardsCheck", "No action needed.")));
    }
    return f;
}


} // namespace

int StandardsCheck::count(ComplianceStatus status) const
{
    return int(std::count_if(findings.cbegin(), findings.cend(), [status](const ComplianceFinding &f) { return f.status == status; }));
}

const ComplianceFinding *StandardsCheck::finding(const QString &key) const
{
    for (const ComplianceFinding &f : findings)
        if (f.key == key)
            return &f;
    return nullptr;
}

QString StandardsCheck::statusLabel(ComplianceStatus status, const DocumentLanguage *language)
{
    const Wording w(language);
    switch (status) {
    case ComplianceStatus::Met: return w.t(QT_TRANSLATE_NOOP("StandardsCheck", "Met"));
    case ComplianceStatus::AtRisk: return w.t(QT_TRANSLATE_NOOP("StandardsCheck", "At risk"));
    case ComplianceStatus::NotMet: return w.t(QT_TRANSLATE_NOOP("StandardsCheck", "Not met"));
    case ComplianceStatus::NotApplicable: return w.t(QT_TRANSLATE_NOOP("StandardsCheck", "Not applicable"));
    }
    return {};
}

QString StandardsCheck::referenceLabel(const QString &reference, const DocumentLanguage *language)
{
    if (reference == QLatin1String("Calendar"))
        return Wording(language).t(QT_TRANSLATE_NOOP("StandardsCheck", "Calendar"));
    if (reference.startsWith(QLatin1String("Standard ")))
        return Wording(language).t(QT_TRANSLATE_NOOP("StandardsCheck", "Standard %1")).arg(reference.mid(9));
    return reference;
}

QString StandardsCheck::summaryLine(const DocumentLanguage *language) const
{
    const Wording w(language);
    QStringList parts{w.n(QT_TRANSLATE_N_NOOP("StandardsCheck", "%n met"), count(ComplianceStatus::Met)),
                      w.n(QT_TRANSLATE_N_NOOP("StandardsCheck", "%n at risk"), count(ComplianceStatus::AtRisk)),
                      w.n(QT_TRANSLATE_N_NOOP("StandardsCheck", "%n not met"), count(ComplianceStatus::NotMet))};
    if (const int na = count(ComplianceStatus::NotApplicable); na > 0)
        parts << w.n(QT_TRANSLATE_N_NOOP("StandardsCheck", "%n not applicable"), na);
    return w.list(parts);
}

StandardsCheck StandardsCheck::evaluate(ForumFile &file, qint64 planId, const QDate &today, const DocumentLanguage *language)
{
    const Wording w(language);
    Scope s{file, file.database(), w, Table<Forum>(file).get(1), Table<ActionPlan>(file).get(planId), today};
    StandardsCheck check;
    check.planId = planId;
    check.planTitle = s.plan.title;
    check.today = today;
    const Composition members = composition(s);
    check.findings << forumMembers(s, members) << sixMonths(s) << website(s) << repository(s)
                   << reasonedResponse(s) << implementationMeetings(s) << submission(s) << planPeriod(s);
    check.irmAnswers = compliance::irmAnswers(s, members);
    return check;
}

} // namespace forumdesk
