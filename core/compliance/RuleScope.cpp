// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/compliance/RuleScope.h"

#include "core/storage/Database.h"

namespace forumdesk::compliance {

const QString kHeld = QStringLiteral("status NOT IN ('planned', 'cancelled')");
const QString kAttended = QStringLiteral("status IN ('present', 'remote', 'represented')");

ComplianceFinding finding(const QString &key, const QString &reference, const QString &title, const QString &source)
{
    ComplianceFinding f;
    f.key = key;
    f.reference = reference;
    f.title = title;
    f.source = source;
    return f;
}

ComplianceFinding &conclude(ComplianceFinding &f, ComplianceStatus status, const QString &summary, const QString &nextStep)
{
    f.status = status;
    f.summary = summary;
    f.nextStep = nextStep;
    return f;
}

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

ComplianceEvidence meetingEvidence(const Wording &w, const MeetingRow &m, const QString &detail)
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

} // namespace forumdesk::compliance
