// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What every rule of the standards check and every IRM question reads (the forum, the plan, the
// day), how they word what they find (the interface's language or a document's), and the small
// helpers that make a finding and its evidence. Internal to core/compliance: StandardsCheck.cpp
// holds the rules, IrmQuestions.cpp the IRM's three questions.

#include "core/compliance/StandardsCheck.h"
#include "core/documents/DocumentLanguage.h"
#include "core/forum/Forum.h"
#include "core/forum/Vocabulary.h"
#include "core/i18n/DateText.h"
#include "core/plans/ActionPlan.h"

#include <QCoreApplication>
#include <QLocale>
#include <QMap>

namespace forumdesk {

class Database;
class ForumFile;

namespace compliance {

using L = Vocabulary::List;
using Kind = ComplianceEvidence::Kind;
using Status = ComplianceStatus;

inline constexpr char kContext[] = "StandardsCheck";

// SQL conditions on a meeting's or an attendance's status.
// A meeting that took place: its minutes may still be pending, but it was not only planned.
extern const QString kHeld;
// Someone attended: in person, remotely or through an alternate.
extern const QString kAttended;

// The words of the check: the interface's (tr) or a document's (the forum's language).
class Wording {
public:
    explicit Wording(const DocumentLanguage *language) : m_language(language) {}

    const DocumentLanguage *language() const { return m_language; }
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


// A finding with its key, reference, title and the OGP text it rests on; its status, summary and
// next step come with conclude().
ComplianceFinding finding(const QString &key, const QString &reference, const QString &title, const QString &source);
// Sets what a finding concludes: its status, the sentence that says what the data shows and what to
// do now. Returns the finding, so that a rule can end with `return conclude(f, ...)`.
ComplianceFinding &conclude(ComplianceFinding &f, ComplianceStatus status, const QString &summary, const QString &nextStep);

ComplianceEvidence fact(const QString &text);
ComplianceEvidence dateEvidence(const QDate &day, const QString &text);
ComplianceEvidence meetingEvidence(const Wording &w, const MeetingRow &m, const QString &detail = {});
// "…and 12 more", after a list cut at StandardsCheck::kListedItems.
ComplianceEvidence more(const Wording &w, qint64 rest);

// The forum's members on the day, by sector: read once, used by MR 1.1 and the IRM's first question.
struct Composition {
    QMap<QString, int> active;  // sector -> members whose term covers the day
    QMap<QString, int> leaving; // sector -> of those, members whose term ends within kTermEndingDays
};

Composition composition(Scope &s);

} // namespace compliance
} // namespace forumdesk
