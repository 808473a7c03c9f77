// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/compliance/IrmQuestions.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace forumdesk {

class DocumentLanguage;
class ForumFile;

enum class ComplianceStatus { Met, AtRisk, NotMet, NotApplicable };

// One fact a finding rests on, structured so that a view can name it and link to it, with the
// whole line already written out (`text`) for lists and documents.
struct ComplianceEvidence {
    enum class Kind {
        Meeting,      // `id` a meeting, `date` its day, `name` its title
        Contribution, // `id` a contribution, `date` received on, `name` its author (empty: anonymous)
        Member,       // `id` a member, `date` the end of their term, `name` their name
        Gap,          // between two forum sessions: `id` and `date` the earlier one, `otherId` and
                      // `until` the later one (`otherId` 0: no later session, `until` the day the
                      // gap is measured to)
        Date,         // a date compared (due, submitted, period): `date`
        Fact,         // a count or a recorded value
    };
    Kind kind = Kind::Fact;
    qint64 id = 0;
    qint64 otherId = 0;
    QDate date;
    QDate until;
    QString name;
    QString text;
};

// One OGP minimum requirement or calendar rule, evaluated from the forum's own data.
struct ComplianceFinding {
    QString key;       // stable, for tests and links: see StandardsCheck::evaluate
    QString reference; // "MR 1.1", "MR 2.1", "MR 2.2", "Standard 4", "MR 5.1", "Calendar": as OGP numbers it
    QString title;
    QString source;    // where OGP states the rule: the document, its section and what it asks
    ComplianceStatus status = ComplianceStatus::NotApplicable;
    QString summary;   // one sentence: what the data shows
    QList<ComplianceEvidence> evidence;
    QString nextStep;  // what to do now (for a rule that is met, how to keep it so)
};

// Whether a forum meets OGP's minimum requirements and calendar for one action plan, on a given
// day, with the evidence and the next step for each rule, and the IRM's three questions. Every
// count is made in SQL; texts are in the interface's language, or in `language` (a document's):
// their source strings are marked in the context "StandardsCheck".
//
// The rules, their keys and the thresholds of their statuses:
//  - "forum_members" (MR 1.1): government and civil-society members whose term covers the day, and
//    participation rules recorded. Not met without either sector or without rules; at risk when
//    every member of one of the two sectors leaves within kTermEndingDays.
//  - "six_months" (MR 1.1): held forum sessions (kind forum_session; not planned, not cancelled)
//    over the plan's cycle: from its first meeting of any kind or its start, whichever is earlier,
//    to its end or its last meeting, whichever is later, and not after the day; the last session
//    before the cycle opens the first gap. Not met when two consecutive sessions, or the last one
//    and the end of the cycle, are more than six months apart. At risk when six months since the
//    last session fall within kWarningDays and no session is planned by then. Not applicable
//    while the forum has held no session and six months have not passed since it was founded
//    (or, without a founding date, since the cycle began).
//  - "website" (MR 2.1) and "repository" (MR 2.2): the addresses recorded for the forum. Not met
//    when empty; at risk when the address is not a web (http, https) address. The repository is
//    also at risk while minutes of the plan's meetings held more than six months ago are not
//    published.
//  - "reasoned_response" (Standard 4): contributions to the plan without a reasoned response (a
//    response and its date). Not applicable without contributions; at risk while the plan is in
//    co-creation and not submitted; not met once it has moved on or been submitted.
//  - "implementation_meetings" (MR 5.1): per calendar year of implementation (from the later of
//    the plan's start and its submission, to the earlier of its end and the day), held meetings
//    where an agenda item presented one of the plan's commitments and civil society (a member or
//    a guest) attended: at least two a year, one in a year of which implementation covers fewer
//    than six months. Not applicable in co-creation or before implementation starts; at risk when
//    the current year is short so far; not met when a past year was short.
//  - "submission" (Calendar): the plan's due date, or else 31 August before it starts, against
//    the day it was submitted. Met on time; not met when late (more than PlanCalendar::kLateMonths
//    months late is acting contrary to process) or when due and not submitted; at risk within
//    kWarningDays of the due date; not applicable before then.
//  - "plan_period" (Calendar): not met under PlanCalendar::kMinimumMonths months; at risk when it
//    does not end on 31 August, as OGP's implementation periods do.
struct StandardsCheck {
    static constexpr int kSessionMonths = 6;
    static constexpr int kWarningDays = 30;
    static constexpr int kTermEndingDays = 60;
    static constexpr int kMeetingsPerYear = 2;
    static constexpr int kUnpublishedMonths = 6;
    // A list of contributions or meetings in the evidence stops after this many, with a count of
    // the rest: the large forums have thousands.
    static constexpr int kListedItems = 20;

    qint64 planId = 0;
    QString planTitle;
    QDate today;
    QList<ComplianceFinding> findings; // in the order of the keys above
    QList<IrmAnswer> irmAnswers;       // collaborative, relevant, ambitious

    int count(ComplianceStatus status) const;
    const ComplianceFinding *finding(const QString &key) const;

    // Throws StorageError (NotFound) when the plan does not exist.
    static StandardsCheck evaluate(ForumFile &file, qint64 planId, const QDate &today,
                                   const DocumentLanguage *language = nullptr);
    static QString statusLabel(ComplianceStatus status, const DocumentLanguage *language = nullptr);
    // A finding's reference as shown: "MR 1.1" as OGP writes it, "Standard 4" and "Calendar" translated.
    static QString referenceLabel(const QString &reference, const DocumentLanguage *language = nullptr);
    // "3 met, 2 at risk, 2 not met, 1 not applicable"
    QString summaryLine(const DocumentLanguage *language = nullptr) const;
};

} // namespace forumdesk
