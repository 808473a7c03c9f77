// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/compliance/StandardsCheck.h"

#include "core/cocreation/CoCreationSummary.h"
#include "core/documents/DocumentLanguage.h"
#include "core/forum/Forum.h"
#include "core/forum/Vocabulary.h"
#include "core/i18n/DateText.h"
#include "core/plans/ActionPlan.h"
#include "core/plans/Commitment.h"
#include "core/plans/CommitmentReview.h"
#include "core/plans/PlanCalendar.h"
#include "core/storage/Database.h"
#include "core/storage/ForumFile.h"
#include "core/storage/Table.h"

#include <QLocale>
#include <QUrl>

#include <algorithm>

namespace forumdesk {

namespace {

using L = Vocabulary::List;
using Kind = ComplianceEvidence::Kind;
using Status = ComplianceStatus;

const char kContext[] = "StandardsCheck";

// A meeting that took place: its minutes may still be pending, but it was not only planned.
const QString kHeld = QStringLiteral("status NOT IN ('planned', 'cancelled')");
// Someone attended: in person, remotely or through an alternate.
const QString kAttended = QStringLiteral("status IN ('present', 'remote', 'represented')");
const QString kAnswered = QStringLiteral("trim(coalesce(response, '')) <> '' AND responded_on IS NOT NULL");

// The words of the check: the interface's (tr) or a document's (the forum's language).
class Wording {
public:
    explicit Wording(const DocumentLanguage *language) : m_language(language) {}

    QString t(const char *source) const
    {
        return m_language ? m_language->text(kContext, source) : QCoreApplication::translate(kContext, source);
    }
    QString n(const char *source, int count) const
    {
        QString text = m_language ? m_language->text(kContext, source, count)
                                  : QCoreApplication::translate(kContext, source, nullptr, count);
        // English has no translation file: its "month(s)" becomes "month" or "months" here.
        return text.replace(QLatin1String("(s)"), count == 1 ? QString() : QStringLiteral("s"));
    }
    QString label(L list, const QString &key) const
    {
        return m_language ? m_language->label(list, key) : Vocabulary::label(list, key);
    }
    QString date(const QDate &day) const
    {
        if (m_language)
            return m_language->longDate(day);
        return dayText(day);
    }
    QString number(qint64 value) const { return (m_language ? m_language->locale() : QLocale()).toString(value); }
    // "7 months and 26 days", "5 months", "12 days"
    QString span(const QDate &from, const QDate &to) const
    {
        int months = 0;
        while (from.addMonths(months + 1) <= to)
            ++months;
        const int days = int(from.addMonths(months).daysTo(to));
        const QString monthText = n(QT_TRANSLATE_N_NOOP("StandardsCheck", "%n month(s)"), months);
        const QString dayText = n(QT_TRANSLATE_N_NOOP("StandardsCheck", "%n day(s)"), days);
        if (months == 0)
            return dayText;
        if (days == 0)
            return monthText;
        return t(QT_TRANSLATE_NOOP("StandardsCheck", "%1 and %2")).arg(monthText, dayText);
    }
    QString list(const QStringList &items) const
    {
        return items.join(t(QT_TRANSLATE_NOOP("StandardsCheck", ", ")));
    }

private:
    const DocumentLanguage *m_language;
};

// What every rule reads: the forum, the plan and the day.
struct Scope {
    ForumFile &file;
    Database &db;
    const Wording &w;
    Forum forum;
    ActionPlan plan;
    QDate today;
};

struct MeetingRow {
    qint64 id = 0;
    QString title;
    QDate day;
};

ComplianceEvidence fact(const QString &text)
{
    ComplianceEvidence e;
    e.kind = Kind::Fact;
    e.text = text;
    return e;
}

ComplianceEvidence dateEvidence(const QDate &day, const QString &text)
{
    ComplianceEvidence e;
    e.kind = Kind::Date;
    e.date = day;
    e.text = text;
    return e;
}

ComplianceEvidence meetingEvidence(const Wording &w, const MeetingRow &m, const QString &detail = {})
{
    ComplianceEvidence e;
    e.kind = Kind::Meeting;
    e.id = m.id;
    e.date = m.day;
    e.name = m.title;
    e.text = detail.isEmpty() ? w.t(QT_TRANSLATE_NOOP("StandardsCheck", "%1 — %2")).arg(w.date(m.day), m.title)
                              : w.t(QT_TRANSLATE_NOOP("StandardsCheck", "%1 — %2: %3")).arg(w.date(m.day), m.title, detail);
    return e;
}

ComplianceEvidence more(const Wording &w, qint64 rest)
{
    return fact(w.n(QT_TRANSLATE_N_NOOP("StandardsCheck", "…and %n more"), int(rest)));
}

bool isWebAddress(const QString &text)
{
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    return url.isValid() && (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https"))
        && !url.host().isEmpty();
}

// --- MR 1.1: government and civil society on the forum, under recorded rules ----------------------

struct Composition {
    QMap<QString, int> active;  // sector -> members whose term covers the day
    QMap<QString, int> leaving; // sector -> of those, members whose term ends within kTermEndingDays
};

Composition composition(Scope &s)
{
    Composition c;
    Statement st = s.db.query(QStringLiteral(
        "SELECT sector, count(*), count(*) FILTER (WHERE term_end IS NOT NULL AND term_end < ?2) FROM member "
        "WHERE (term_start IS NULL OR term_start <= ?1) AND (term_end IS NULL OR term_end >= ?1) GROUP BY sector"));
    st.bind(1, formatDate(s.today));
    st.bind(2, formatDate(s.today.addDays(StandardsCheck::kTermEndingDays)));
    while (st.next()) {
        c.active.insert(st.text(0), int(st.int64(1)));
        c.leaving.insert(st.text(0), int(st.int64(2)));
    }
    return c;
}

ComplianceFinding forumMembers(Scope &s, const Composition &c)
{
    const Wording &w = s.w;
    ComplianceFinding f;
    f.key = QStringLiteral("forum_members");
    f.reference = QStringLiteral("MR 1.1");
    f.title = w.t(QT_TRANSLATE_NOOP("StandardsCheck", "Government and civil society sit on the forum, under recorded rules of participation"));
    for (const QString &sector : Vocabulary::keys(L::Sector)) {
        const int count = c.active.value(sector);
        if (count > 0)
            f.evidence << fact(w.t(QT_TRANSLATE_NOOP("StandardsCheck", "%1: %2"))
                                   .arg(w.label(L::Sector, sector),
                                        w.n(QT_TRANSLATE_N_NOOP("StandardsCheck", "%n member(s) today"), count)));
    }
    const QStringList required{QStringLiteral("government"), QStringLiteral("civil_society")};
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
        f.status = Status::NotMet;
        QStringList problems, steps;
        if (!missing.isEmpty()) {
            problems << w.t(QT_TRANSLATE_NOOP("StandardsCheck", "no member of %1 sits on the forum today")).arg(w.list(missing));
            steps << w.t(QT_TRANSLATE_NOOP("StandardsCheck", "Bring %1 onto the forum and record its members on the Members page.")).arg(w.list(missing));
        }
        if (!rules) {
            problems << w.t(QT_TRANSLATE_NOOP("StandardsCheck", "the rules of participation are not recorded"));
            steps << w.t(QT_TRANSLATE_NOOP("StandardsCheck", "Agree the forum's rules of participation, record them in the forum's settings and publish them."));
        }
        f.summary = w.t(QT_TRANSLATE_NOOP("StandardsCheck", "Not met: %1.")).arg(problems.join(QStringLiteral("; ")));
        f.nextStep = steps.join(QLatin1Char(' '));
    } else if (!ending.isEmpty()) {
        f.status = Status::AtRisk;
        QStringList names;
        for (const QString &sector : std::as_const(ending))
            names << w.label(L::Sector, sector).toLower();
        f.summary = w.t(QT_TRANSLATE_NOOP("StandardsCheck", "The terms of every member of %1 end by %2: after that the forum would lack the sector."))
                        .arg(w.list(names), w.date(firstEnd));
        f.nextStep = w.t(QT_TRANSLATE_NOOP("StandardsCheck", "Renew those terms or appoint new members of %1 before %2."))
                         .arg(w.list(names), w.date(firstEnd));
    } else {
        f.status = Status::Met;
        f.summary = w.t(QT_TRANSLATE_NOOP("StandardsCheck", "Government (%1) and civil society (%2) sit on the forum, and its rules of participation are recorded."))
                        .arg(c.active.value(QStringLiteral("government")))
                        .arg(c.active.value(QStringLiteral("civil_society")));
        f.nextStep = w.t(QT_TRANSLATE_NOOP("StandardsCheck", "No action needed; renew members before their terms end."));
    }
    return f;
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
    ComplianceFinding f;
    f.key = QStringLiteral("six_months");
    f.reference = QStringLiteral("MR 1.1");
    f.title = w.t(QT_TRANSLATE_NOOP("StandardsCheck", "The forum meets at least every six months"));

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
            f.status = Status::NotMet;
            f.summary = w.t(QT_TRANSLATE_NOOP("StandardsCheck", "The forum has not held a session in the %1 since %2.")).arg(w.span(since, to), w.date(since));
            f.nextStep = w.t(QT_TRANSLATE_NOOP("StandardsCheck", "Convene a forum session now and record it on the Meetings page."));
        } else {
            f.status = Status::NotApplicable;
            f.summary = w.t(QT_TRANSLATE_NOOP("StandardsCheck", "The forum has not held its first session yet."));
            f.nextStep = w.t(QT_TRANSLATE_NOOP("StandardsCheck", "Hold the forum's first session before %1.")).arg(w.date(due));
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
        f.status = Status::NotMet;
        f.summary = w.n(QT_TRANSLATE_N_NOOP("StandardsCheck", "%n time(s) the forum went more than six months without a session; the longest gap lasted %1."), int(gaps.size()))
                        .arg(w.span(longestFrom, longestTo));
        if (trailing && ongoing)
            f.nextStep = next.id > 0
                ? w.t(QT_TRANSLATE_NOOP("StandardsCheck", "Hold the session planned for %1, or convene one sooner: the last was on %2.")).arg(w.date(next.day), w.date(last.day))
                : w.t(QT_TRANSLATE_NOOP("StandardsCheck", "Convene a forum session now: the last was on %1.")).arg(w.date(last.day));
        else
            f.nextStep = w.t(QT_TRANSLATE_NOOP("StandardsCheck", "Set the date of the next session at each session, no more than six months ahead, and explain the gaps in the self-assessment report."));
        return f;
    }
    if (ongoing && s.today.daysTo(deadline) <= StandardsCheck::kWarningDays && !(next.id > 0 && next.day <= deadline)) {
        f.status = Status::AtRisk;
        f.summary = w.t(QT_TRANSLATE_NOOP("StandardsCheck", "Six months since the last session (%1) are up on %2, and no session is planned by then."))
                        .arg(w.date(last.day), w.date(deadline));
        f.nextStep = w.t(QT_TRANSLATE_NOOP("StandardsCheck", "Convene a forum session before %1.")).arg(w.date(deadline));
        return f;
    }
    f.status = Status::Met;
    f.summary = w.t(QT_TRANSLATE_NOOP("StandardsCheck", "No gap of more than six months between sessions; the longest lasted %1.")).arg(w.span(longestFrom, longestTo));
    f.nextStep = ongoing ? w.t(QT_TRANSLATE_NOOP("StandardsCheck", "Hold the next session before %1.")).arg(w.date(deadline))
                         : w.t(QT_TRANSLATE_NOOP("StandardsCheck", "No action needed."));
    return f;
}

// --- MR 2.1 and 2.2: a website and a document repository -------------------------------------------

ComplianceFinding website(Scope &s)
{
    const Wording &w = s.w;
    ComplianceFinding f;
    f.key = QStringLiteral("website");
    f.reference = QStringLiteral("MR 2.1");
    f.title = w.t(QT_TRANSLATE_NOOP("StandardsCheck", "The forum has a public OGP website"));
    const QString address = s.forum.website.trimmed();
    if (address.isEmpty()) {
        f.status = Status::NotMet;
        f.evidence << fact(w.t(QT_TRANSLATE_NOOP("StandardsCheck", "No website address is recorded")));
        f.summary = w.t(QT_TRANSLATE_NOOP("StandardsCheck", "No website is recorded for the forum."));
        f.nextStep = w.t(QT_TRANSLATE_NOOP("StandardsCheck", "Publish an OGP website (or a page on a government site) and record its address in the forum's settings."));
        return f;
    }
    f.evidence << fact(w.t(QT_TRANSLATE_NOOP("StandardsCheck", "Website: %1")).arg(address));
    if (!isWebAddress(address)) {
        f.status = Status::AtRisk;
        f.summary = w.t(QT_TRANSLATE_NOOP("StandardsCheck", "The website recorded is not a web address (http:// or https://)."));
        f.nextStep = w.t(QT_TRANSLATE_NOOP("StandardsCheck", "Correct the website's address in the forum's settings, so that anyone can open it."));
        return f;
    }
    f.status = Status::Met;
    f.summary = w.t(QT_TRANSLATE_NOOP("StandardsCheck", "The forum's website is recorded."));
    f.nextStep = w.t(QT_TRANSLATE_NOOP("StandardsCheck", "No action needed; keep the website up to date with the forum's work."));
    return f;
}

ComplianceFinding repository(Scope &s)
{
    const Wording &w = s.w;
    ComplianceFinding f;
    f.key = QStringLiteral("repository");
    f.reference = QStringLiteral("MR 2.2");
    f.title = w.t(QT_TRANSLATE_NOOP("StandardsCheck", "The forum keeps a public document repository"));
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
        f.status = Status::NotMet;
        f.summary = w.t(QT_TRANSLATE_NOOP("StandardsCheck", "No document repository is recorded for the forum."));
        f.nextStep = w.t(QT_TRANSLATE_NOOP("StandardsCheck", "Open a public repository for the forum's documents (minutes, contributions, the plan, progress) and record its address in the forum's settings."));
    } else if (!isWebAddress(address)) {
        f.status = Status::AtRisk;
        f.summary = w.t(QT_TRANSLATE_NOOP("StandardsCheck", "The repository recorded is not a web address (http:// or https://)."));
        f.nextStep = w.t(QT_TRANSLATE_NOOP("StandardsCheck", "Correct the repository's address in the forum's settings, so that anyone can open it."));
    } else if (unpublished > 0) {
        f.status = Status::AtRisk;
        f.summary = w.n(QT_TRANSLATE_N_NOOP("StandardsCheck", "The minutes of %n meeting(s) held more than six months ago are not published."), int(unpublished));
        f.nextStep = w.t(QT_TRANSLATE_NOOP("StandardsCheck", "Approve and publish those minutes in the repository, then mark them published on the Meetings page."));
    } else {
        f.status = Status::Met;
        f.summary = w.t(QT_TRANSLATE_NOOP("StandardsCheck", "The forum's repository is recorded, and no minutes older than six months wait to be published."));
        f.nextStep = w.t(QT_TRANSLATE_NOOP("StandardsCheck", "No action needed; publish each meeting's minutes once approved."));
    }
    return f;
}

// --- MR 4: a reasoned response to every contribution -----------------------------------------------

ComplianceFinding reasonedResponse(Scope &s)
{
    const Wording &w = s.w;
    ComplianceFinding f;
    f.key = QStringLiteral("reasoned_response");
    f.reference = QStringLiteral("MR 4");
    f.title = w.t(QT_TRANSLATE_NOOP("StandardsCheck", "Every contribution gets a reasoned response"));
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
        f.status = Status::NotApplicable;
        f.evidence << fact(w.t(QT_TRANSLATE_NOOP("StandardsCheck", "No contributions recorded for this plan")));
        f.summary = w.t(QT_TRANSLATE_NOOP("StandardsCheck", "No contributions have been recorded for this plan."));
        f.nextStep = w.t(QT_TRANSLATE_NOOP("StandardsCheck", "Record each contribution received during co-creation on the Co-create page, then answer it."));
        return f;
    }
    f.evidence << fact(w.t(QT_TRANSLATE_NOOP("StandardsCheck", "%1 of %2 contributions have a reasoned response"))
                           .arg(w.number(answered), w.number(received)));
    Statement st = s.db.query(QStringLiteral(
        "SELECT id, author, organization, received_on, channel FROM contribution WHERE plan_id = ? AND NOT (%1) "
        "ORDER BY received_on, id LIMIT ?").arg(kAnswered));
    st.bind(1, s.plan.id);
    st.bind(2, StandardsCheck::kListedItems);
    int listed = 0;
    while (st.next()) {
        ComplianceEvidence e;
        e.kind = Kind::Contribution;
        e.id = st.int64(0);
        e.name = st.text(1);
        e.date = parseDate(st.text(3));
        QString who = e.name.isEmpty() ? w.t(QT_TRANSLATE_NOOP("StandardsCheck", "Anonymous")) : e.name;
        if (!st.text(2).isEmpty())
            who = w.t(QT_TRANSLATE_NOOP("StandardsCheck", "%1 (%2)")).arg(who, st.text(2));
        e.text = w.t(QT_TRANSLATE_NOOP("StandardsCheck", "#%1 — %2, received on %3 (%4): no response yet"))
                     .arg(QString::number(e.id), who, w.date(e.date), w.label(L::ContributionChannel, st.text(4)));
        f.evidence << e;
        ++listed;
    }
    if (awaiting > listed)
        f.evidence << more(w, awaiting - listed);

    if (awaiting == 0) {
        f.status = Status::Met;
        f.summary = w.n(QT_TRANSLATE_N_NOOP("StandardsCheck", "All %n contribution(s) have a reasoned response."), received);
        f.nextStep = w.t(QT_TRANSLATE_NOOP("StandardsCheck", "No action needed; answer each new contribution with the forum's reasons."));
        return f;
    }
    const bool coCreating = s.plan.stage == QLatin1String("co_create") && !s.plan.submittedOn.isValid();
    f.status = coCreating ? Status::AtRisk : Status::NotMet;
    f.summary = w.n(QT_TRANSLATE_N_NOOP("StandardsCheck", "%n contribution(s) still wait for a reasoned response; the oldest was received on %1."), awaiting)
                    .arg(w.date(oldest));
    f.nextStep = coCreating
        ? w.t(QT_TRANSLATE_NOOP("StandardsCheck", "Answer them on the Co-create page before the plan is submitted, the oldest first."))
        : w.t(QT_TRANSLATE_NOOP("StandardsCheck", "Answer them now on the Co-create page and publish the responses: OGP expects a response to each contribution, even after the plan is submitted."));
    return f;
}

// --- MR 5.1: two meetings a year on implementation results with civil society ----------------------

ComplianceFinding implementationMeetings(Scope &s)
{
    const Wording &w = s.w;
    ComplianceFinding f;
    f.key = QStringLiteral("implementation_meetings");
    f.reference = QStringLiteral("MR 5.1");
    f.title = w.t(QT_TRANSLATE_NOOP("StandardsCheck", "At least two meetings a year present implementation results to civil society"));
    QDate start = s.plan.periodStart;
    if (s.plan.submittedOn.isValid() && s.plan.submittedOn > start)
        start = s.plan.submittedOn;
    const QDate end = std::min(s.plan.periodEnd, s.today);
    if (s.plan.stage == QLatin1String("co_create") || s.today < start) {
        f.status = Status::NotApplicable;
        f.evidence << dateEvidence(start, w.t(QT_TRANSLATE_NOOP("StandardsCheck", "Implementation starts on %1")).arg(w.date(start)));
        f.summary = w.t(QT_TRANSLATE_NOOP("StandardsCheck", "The plan's implementation has not started."));
        f.nextStep = w.t(QT_TRANSLATE_NOOP("StandardsCheck", "Once implementation starts, hold at least two meetings a year where the implementing agencies present their results to civil society."));
        return f;
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
        f.status = Status::NotMet;
        f.summary = w.t(QT_TRANSLATE_NOOP("StandardsCheck", "Too few meetings presented implementation results to civil society in %1."))
                        .arg(w.list(shortYears));
        f.nextStep = w.t(QT_TRANSLATE_NOOP("StandardsCheck", "Hold at least two such meetings every year. If they took place, link their agenda items to the commitments presented and record who attended from civil society."));
    } else if (currentShort > 0) {
        f.status = Status::AtRisk;
        f.summary = w.n(QT_TRANSLATE_N_NOOP("StandardsCheck", "%n more meeting(s) with civil society on implementation results are needed in %1."), currentShort)
                        .arg(QString::number(currentYear));
        f.nextStep = w.t(QT_TRANSLATE_NOOP("StandardsCheck", "Before %1, hold a meeting where the implementing agencies present their commitments' results to civil society, with the agenda items linked to the commitments."))
                         .arg(w.date(std::min(s.plan.periodEnd, QDate(currentYear, 12, 31))));
    } else {
        f.status = Status::Met;
        f.summary = w.t(QT_TRANSLATE_NOOP("StandardsCheck", "Every year of implementation so far had enough meetings presenting results to civil society."));
        f.nextStep = w.t(QT_TRANSLATE_NOOP("StandardsCheck", "No action needed; keep two such meetings on each year's calendar."));
    }
    return f;
}

// --- Calendar: submitted by its due date, and at least 20 months long ------------------------------

ComplianceFinding submission(Scope &s)
{
    const Wording &w = s.w;
    ComplianceFinding f;
    f.key = QStringLiteral("submission");
    f.reference = QStringLiteral("Calendar");
    f.title = w.t(QT_TRANSLATE_NOOP("StandardsCheck", "The plan is submitted by its due date"));
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
            f.status = Status::Met;
            f.summary = w.t(QT_TRANSLATE_NOOP("StandardsCheck", "Submitted on %1, on time for its due date (%2).")).arg(w.date(plan.submittedOn), w.date(due));
            f.nextStep = w.t(QT_TRANSLATE_NOOP("StandardsCheck", "No action needed."));
            return f;
        }
        f.status = Status::NotMet;
        f.evidence << fact(w.t(QT_TRANSLATE_NOOP("StandardsCheck", "Late by %1")).arg(w.span(due, plan.submittedOn)));
        f.summary = w.t(QT_TRANSLATE_NOOP("StandardsCheck", "Submitted on %1, %2 after its due date (%3).")).arg(w.date(plan.submittedOn), w.span(due, plan.submittedOn), w.date(due));
        if (contrary) {
            f.summary += QLatin1Char(' ') + contraryText;
            f.evidence << fact(contraryText);
        }
        f.nextStep = w.t(QT_TRANSLATE_NOOP("StandardsCheck", "Explain the delay in the self-assessment report, and start the next plan's co-creation early enough to submit it by 31 August."));
        return f;
    }
    if (s.today > due) {
        f.status = Status::NotMet;
        f.evidence << fact(w.t(QT_TRANSLATE_NOOP("StandardsCheck", "Late by %1 today")).arg(w.span(due, s.today)));
        f.summary = w.t(QT_TRANSLATE_NOOP("StandardsCheck", "Due on %1 and not submitted: %2 late.")).arg(w.date(due), w.span(due, s.today));
        if (contrary) {
            f.summary += QLatin1Char(' ') + contraryText;
            f.evidence << fact(contraryText);
        }
        f.nextStep = contrary
            ? w.t(QT_TRANSLATE_NOOP("StandardsCheck", "Submit the plan to OGP as soon as the forum approves it, and record the date with Edit Plan on the Co-create page. If it was submitted, record that date."))
            : w.t(QT_TRANSLATE_NOOP("StandardsCheck", "Submit the plan to OGP before %1, when it would be more than four months late, and record the date with Edit Plan on the Co-create page. If it was submitted, record that date."))
                  .arg(w.date(due.addMonths(PlanCalendar::kLateMonths + 1)));
        return f;
    }
    const int daysLeft = int(s.today.daysTo(due));
    f.evidence << fact(w.n(QT_TRANSLATE_N_NOOP("StandardsCheck", "%n day(s) left"), daysLeft));
    if (daysLeft <= StandardsCheck::kWarningDays) {
        f.status = Status::AtRisk;
        f.summary = w.n(QT_TRANSLATE_N_NOOP("StandardsCheck", "Due on %1, in %n day(s), and not submitted yet."), daysLeft).arg(w.date(due));
        f.nextStep = w.t(QT_TRANSLATE_NOOP("StandardsCheck", "Finish the co-creation, have the forum approve the plan and submit it by %1.")).arg(w.date(due));
    } else {
        f.status = Status::NotApplicable;
        f.summary = w.t(QT_TRANSLATE_NOOP("StandardsCheck", "Not due until %1.")).arg(w.date(due));
        f.nextStep = w.t(QT_TRANSLATE_NOOP("StandardsCheck", "Plan the co-creation so that the forum can approve the plan before %1.")).arg(w.date(due));
    }
    return f;
}

ComplianceFinding planPeriod(Scope &s)
{
    const Wording &w = s.w;
    ComplianceFinding f;
    f.key = QStringLiteral("plan_period");
    f.reference = QStringLiteral("Calendar");
    f.title = w.t(QT_TRANSLATE_NOOP("StandardsCheck", "The plan covers at least 20 months"));
    const int months = PlanCalendar::monthsCovered(s.plan.periodStart, s.plan.periodEnd);
    f.evidence << dateEvidence(s.plan.periodStart, w.t(QT_TRANSLATE_NOOP("StandardsCheck", "Starts on %1")).arg(w.date(s.plan.periodStart)));
    f.evidence << dateEvidence(s.plan.periodEnd, w.t(QT_TRANSLATE_NOOP("StandardsCheck", "Ends on %1")).arg(w.date(s.plan.periodEnd)));
    f.evidence << fact(w.n(QT_TRANSLATE_N_NOOP("StandardsCheck", "Covers %n month(s)"), months));
    const bool endsInAugust = s.plan.periodEnd.month() == 8 && s.plan.periodEnd.day() == 31;
    if (months < PlanCalendar::kMinimumMonths) {
        f.status = Status::NotMet;
        f.summary = w.n(QT_TRANSLATE_N_NOOP("StandardsCheck", "The plan covers %n month(s); OGP asks for at least 20."), months);
        f.nextStep = w.t(QT_TRANSLATE_NOOP("StandardsCheck", "Extend the plan's period to at least 20 months with Edit Plan on the Co-create page, or agree the shorter period with OGP."));
    } else if (!endsInAugust) {
        f.status = Status::AtRisk;
        const QDate august(s.plan.periodEnd.year(), 8, 31);
        f.summary = w.t(QT_TRANSLATE_NOOP("StandardsCheck", "The plan ends on %1; OGP's implementation periods end on 31 August of the plan's last year."))
                        .arg(w.date(s.plan.periodEnd));
        f.nextStep = w.t(QT_TRANSLATE_NOOP("StandardsCheck", "Check the end date with OGP's calendar; consider ending the plan on %1."))
                         .arg(w.date(august < s.plan.periodStart.addMonths(PlanCalendar::kMinimumMonths) ? august.addYears(1) : august));
    } else {
        f.status = Status::Met;
        f.summary = w.n(QT_TRANSLATE_N_NOOP("StandardsCheck", "The plan covers %n months and ends on 31 August."), months);
        f.nextStep = w.t(QT_TRANSLATE_NOOP("StandardsCheck", "No action needed."));
    }
    return f;
}

// --- The IRM's three questions ------------------------------------------------------------------

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
    IrmAnswer a;
    a.key = QStringLiteral("collaborative");
    a.question = w.t(QT_TRANSLATE_NOOP("StandardsCheck", "Was the process collaborative and open?"));
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
        if (it.key() != QLatin1String("government"))
            nonGovernment += it.value();

    a.data << w.t(QT_TRANSLATE_NOOP("StandardsCheck", "Members today: %1")).arg(sectorCounts(w, c.active));
    a.data << w.t(QT_TRANSLATE_NOOP("StandardsCheck", "Contributions received: %1 (%2); with a reasoned response: %3"))
                  .arg(w.number(cocreation.received), sectorCounts(w, cocreation.bySector), w.number(cocreation.answered));
    a.data << w.t(QT_TRANSLATE_NOOP("StandardsCheck", "Meetings of the plan held with civil society present: %1 of %2"))
                  .arg(w.number(withCivil), w.number(held));

    QStringList gaps;
    if (c.active.value(QStringLiteral("government")) == 0 || c.active.value(QStringLiteral("civil_society")) == 0)
        gaps << w.t(QT_TRANSLATE_NOOP("StandardsCheck", "the forum lacks government or civil-society members"));
    if (nonGovernment == 0)
        gaps << w.t(QT_TRANSLATE_NOOP("StandardsCheck", "no contribution came from outside government"));
    if (cocreation.received == 0 || cocreation.answered < cocreation.received)
        gaps << w.t(QT_TRANSLATE_NOOP("StandardsCheck", "not every contribution has a reasoned response"));
    if (held == 0 || 2 * withCivil < held)
        gaps << w.t(QT_TRANSLATE_NOOP("StandardsCheck", "civil society attended fewer than half of the plan's meetings"));
    if (gaps.isEmpty()) {
        a.tone = IrmAnswer::Tone::Good;
        a.verdict = w.t(QT_TRANSLATE_NOOP("StandardsCheck", "Yes: both sectors sit on the forum, contributions came from outside government and were all answered, and civil society attended most meetings."));
    } else {
        a.tone = gaps.size() <= 2 ? IrmAnswer::Tone::Mixed : IrmAnswer::Tone::Poor;
        a.verdict = (gaps.size() <= 2 ? w.t(QT_TRANSLATE_NOOP("StandardsCheck", "Partly: %1."))
                                      : w.t(QT_TRANSLATE_NOOP("StandardsCheck", "Not yet: %1.")))
                        .arg(gaps.join(QStringLiteral("; ")));
    }
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
    int ambitious = 0;        // either of the two above
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
        "  count(*) FILTER (WHERE a.potential_impact IN ('moderate', 'transformative')), "
        "  count(*) FILTER (WHERE a.potential_results = 'substantial' OR a.potential_impact IN ('moderate', 'transformative')) "
        "FROM assessment a JOIN commitment c ON c.id = a.commitment_id WHERE c.plan_id = ? AND %1").arg(kPreferredAssessment));
    as.bind(1, s.plan.id);
    if (as.next()) {
        c.assessed = int(as.int64(0));
        c.verifiable = int(as.int64(1));
        c.relevant = int(as.int64(2));
        c.substantialResults = int(as.int64(3));
        c.strongImpact = int(as.int64(4));
        c.ambitious = int(as.int64(5));
    }
    return c;
}

IrmAnswer relevant(Scope &s, const CommitmentCounts &c)
{
    const Wording &w = s.w;
    IrmAnswer a;
    a.key = QStringLiteral("relevant");
    a.question = w.t(QT_TRANSLATE_NOOP("StandardsCheck", "Is the plan relevant, assessable and verifiable?"));
    if (c.total == 0) {
        a.tone = IrmAnswer::Tone::Unknown;
        a.verdict = w.t(QT_TRANSLATE_NOOP("StandardsCheck", "Not yet: the plan has no commitments."));
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

    const bool allVerifiable = c.assessed == 0 || c.verifiable == c.assessed;
    const bool fewVerifiable = c.assessed > 0 && 2 * c.verifiable < c.assessed;
    if (complete == c.total && allVerifiable) {
        a.tone = IrmAnswer::Tone::Good;
        a.verdict = w.t(QT_TRANSLATE_NOOP("StandardsCheck", "Yes: every commitment has an OGP value and fills in OGP's template."));
        return a;
    }
    QStringList findings;
    if (complete < c.total)
        findings << w.t(QT_TRANSLATE_NOOP("StandardsCheck", "%1 of %2 commitments fill in OGP's template with an OGP value"))
                        .arg(w.number(complete), w.number(c.total));
    else
        findings << w.t(QT_TRANSLATE_NOOP("StandardsCheck", "every commitment fills in OGP's template with an OGP value"));
    if (!allVerifiable)
        findings << w.t(QT_TRANSLATE_NOOP("StandardsCheck", "%1 of %2 assessed commitments are verifiable"))
                        .arg(w.number(c.verifiable), w.number(c.assessed));
    const bool poor = 2 * complete < c.total || fewVerifiable;
    a.tone = poor ? IrmAnswer::Tone::Poor : IrmAnswer::Tone::Mixed;
    a.verdict = (poor ? w.t(QT_TRANSLATE_NOOP("StandardsCheck", "Not yet: %1."))
                      : w.t(QT_TRANSLATE_NOOP("StandardsCheck", "Partly: %1.")))
                    .arg(findings.join(QStringLiteral("; ")));
    return a;
}

IrmAnswer ambitious(Scope &s, const CommitmentCounts &c)
{
    const Wording &w = s.w;
    IrmAnswer a;
    a.key = QStringLiteral("ambitious");
    a.question = w.t(QT_TRANSLATE_NOOP("StandardsCheck", "Could the plan be more ambitious?"));
    if (c.total == 0) {
        a.tone = IrmAnswer::Tone::Unknown;
        a.verdict = w.t(QT_TRANSLATE_NOOP("StandardsCheck", "Not yet known: the plan has no commitments."));
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

    // Assessments say it best; before there are any, the frontiers a plan takes on.
    const int strong = c.assessed > 0 ? c.ambitious : c.withFrontier;
    const int of = c.assessed > 0 ? c.assessed : c.total;
    const QString basis = c.assessed > 0
        ? w.t(QT_TRANSLATE_NOOP("StandardsCheck", "%1 of %2 assessed commitments have a substantial potential for results or a moderate or transformative potential impact"))
        : w.t(QT_TRANSLATE_NOOP("StandardsCheck", "%1 of %2 commitments take on a frontier of open government (no assessment yet)"));
    const QString because = basis.arg(w.number(strong), w.number(of));
    if (2 * strong >= of && c.technologyAlone == 0) {
        a.tone = IrmAnswer::Tone::Good;
        a.verdict = w.t(QT_TRANSLATE_NOOP("StandardsCheck", "Only at the margins: %1.")).arg(because);
    } else if (4 * strong >= of) {
        a.tone = IrmAnswer::Tone::Mixed;
        a.verdict = w.t(QT_TRANSLATE_NOOP("StandardsCheck", "Yes: only %1.")).arg(because);
    } else {
        a.tone = IrmAnswer::Tone::Poor;
        a.verdict = w.t(QT_TRANSLATE_NOOP("StandardsCheck", "Yes, much more: only %1.")).arg(because);
    }
    return a;
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

QString StandardsCheck::toneLabel(IrmAnswer::Tone tone, const DocumentLanguage *language)
{
    const Wording w(language);
    switch (tone) {
    case IrmAnswer::Tone::Good: return w.t(QT_TRANSLATE_NOOP("StandardsCheck", "Strong"));
    case IrmAnswer::Tone::Mixed: return w.t(QT_TRANSLATE_NOOP("StandardsCheck", "In part"));
    case IrmAnswer::Tone::Poor: return w.t(QT_TRANSLATE_NOOP("StandardsCheck", "Weak"));
    case IrmAnswer::Tone::Unknown: return w.t(QT_TRANSLATE_NOOP("StandardsCheck", "Not enough data"));
    }
    return {};
}

QString StandardsCheck::referenceLabel(const QString &reference, const DocumentLanguage *language)
{
    if (reference == QLatin1String("Calendar"))
        return Wording(language).t(QT_TRANSLATE_NOOP("StandardsCheck", "Calendar"));
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
    const CommitmentCounts commitments = commitmentCounts(s);
    check.irmAnswers << collaborative(s, members) << relevant(s, commitments) << ambitious(s, commitments);
    return check;
}

} // namespace forumdesk
