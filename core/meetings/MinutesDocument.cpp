// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/meetings/MinutesDocument.h"

#include "core/documents/DocumentBuilder.h"
#include "core/documents/DocumentLanguage.h"
#include "core/forum/ForumClock.h"
#include "core/forum/VocabularyKeys.h"
#include "core/meetings/SpeakingTime.h"
#include "core/meetings/MeetingDossier.h"
#include "core/storage/StorageError.h"

#include <QCoreApplication>

#include <algorithm>

namespace forumdesk {

namespace {

using L = Vocabulary::List;

QString sessionName(const MeetingDossier &d, const DocumentLanguage &lang)
{
    const QString kind = lang.label(L::MeetingKind, d.meeting.kind);
    if (d.meeting.number > 0)
        return lang.text("Minutes", QT_TRANSLATE_NOOP("Minutes", "%1 no. %2")).arg(kind).arg(d.meeting.number);
    return kind;
}

QString whenText(const Meeting &m, const DocumentLanguage &lang)
{
    return lang.text("Minutes", QT_TRANSLATE_NOOP("Minutes", "%1, from %2 to %3"))
        .arg(lang.longDate(m.startsAt.date()), lang.time(m.startsAt), lang.time(m.endsAt));
}

QString whereText(const Meeting &m)
{
    if (!m.place.isEmpty() && !m.link.isEmpty())
        return QStringLiteral("%1 — %2").arg(m.place, m.link);
    return m.place.isEmpty() ? m.link : m.place;
}

// A moment kept in UTC, as the forum's clock showed it.
QString clockText(const QDateTime &utc, const MeetingDossier &d, const DocumentLanguage &lang)
{
    return lang.time(utc.toTimeZone(ForumClock(d.forum.timeZone).zone()));
}

QString durationText(qint64 seconds, const DocumentLanguage &lang)
{
    if (seconds < 60)
        return lang.text("Minutes", QT_TRANSLATE_NOOP("Minutes", "%1 s")).arg(seconds);
    if (seconds < 3600)
        return lang.text("Minutes", QT_TRANSLATE_NOOP("Minutes", "%1 min %2 s")).arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
    return lang.text("Minutes", QT_TRANSLATE_NOOP("Minutes", "%1 h %2 min")).arg(seconds / 3600).arg((seconds % 3600) / 60, 2, 10, QLatin1Char('0'));
}

// Speaking time by sector and by gender: who had the floor, and for how long.
void speakingTables(DocumentBuilder &doc, const SpeakingTime &time, const DocumentLanguage &lang)
{
    const auto t = [&](const char *source) { return lang.text("Minutes", source); };
    const auto share = [&](qint64 seconds) {
        return time.total.seconds > 0 ? lang.text("Minutes", QT_TRANSLATE_NOOP("Minutes", "%1%")).arg(qRound(100.0 * double(seconds) / double(time.total.seconds)))
                                      : QString();
    };
    const QStringList headers{t(QT_TRANSLATE_NOOP("Minutes", "Sector")), t(QT_TRANSLATE_NOOP("Minutes", "Interventions")),
                              t(QT_TRANSLATE_NOOP("Minutes", "Speaking time")), t(QT_TRANSLATE_NOOP("Minutes", "Share"))};
    QList<QStringList> rows;
    for (const QString &sector : Vocabulary::keys(Vocabulary::List::Sector)) {
        const SpeakingTime::Share s = time.bySector.value(sector);
        if (s.turns > 0)
            rows << QStringList{lang.label(Vocabulary::List::Sector, sector), QString::number(s.turns), durationText(s.seconds, lang), share(s.seconds)};
    }
    rows << QStringList{t(QT_TRANSLATE_NOOP("Minutes", "Total")), QString::number(time.total.turns), durationText(time.total.seconds, lang), QString()};
    doc.table(headers, rows);
    QStringList genderHeaders = headers;
    genderHeaders[0] = t(QT_TRANSLATE_NOOP("Minutes", "Gender"));
    rows.clear();
    QStringList genders = Vocabulary::keys(Vocabulary::List::Gender);
    genders << QString();
    for (const QString &gender : std::as_const(genders)) {
        const SpeakingTime::Share s = time.byGender.value(gender);
        if (s.turns > 0)
            rows << QStringList{gender.isEmpty() ? t(QT_TRANSLATE_NOOP("Minutes", "Not recorded")) : lang.label(Vocabulary::List::Gender, gender),
                                QString::number(s.turns), durationText(s.seconds, lang), share(s.seconds)};
    }
    doc.table(genderHeaders, rows);
    QStringList speakerHeaders = headers;
    speakerHeaders[0] = t(QT_TRANSLATE_NOOP("Minutes", "Speaker"));
    rows.clear();
    for (const SpeakingTime::Speaker &s : time.speakers)
        rows << QStringList{QStringLiteral("%1 (%2)").arg(s.name, lang.label(Vocabulary::List::Sector, s.sector)),
                            QString::number(s.share.turns), durationText(s.share.seconds, lang), share(s.share.seconds)};
    doc.table(speakerHeaders, rows);
}

QString actionDue(const ActionItem &a, const DocumentLanguage &lang)
{
    return a.dueOn.isValid() ? lang.shortDate(a.dueOn) : lang.text("Minutes", QT_TRANSLATE_NOOP("Minutes", "no date"));
}

// `asOf` valid: each item's status as it stood that day (an item closed later was still open), and
// an item still open past its deadline on that day says it is overdue.
QList<QStringList> actionRows(const QList<ActionItem> &actions, const DocumentLanguage &lang, const QDate &asOf = {})
{
    QList<QStringList> rows;
    for (const ActionItem &a : actions) {
        const bool closedSince = asOf.isValid() && a.status != key::ActionItemStatus::Open && a.closedOn.isValid()
            && a.closedOn > asOf;
        const QString status = closedSince ? QString(key::ActionItemStatus::Open) : a.status;
        QString shown = lang.label(L::ActionItemStatus, status);
        if (status == key::ActionItemStatus::Open && asOf.isValid() && a.dueOn.isValid() && a.dueOn < asOf)
            shown = lang.text("Minutes", QT_TRANSLATE_NOOP("Minutes", "Overdue"));
        rows << QStringList{a.text, a.owner, actionDue(a, lang), shown};
    }
    return rows;
}

// What is sent instead of minutes for a meeting that did not take place.
std::unique_ptr<QTextDocument> cancellationNotice(const MeetingDossier &d, const DocumentLanguage &lang)
{
    const auto t = [&](const char *source) { return lang.text("Minutes", source); };
    const Meeting &m = d.meeting;
    const QString title = t(QT_TRANSLATE_NOOP("Minutes", "Notice of cancellation"));
    DocumentBuilder doc(title + QStringLiteral(" — ") + m.title);
    doc.setRunningHead(lang, d.forum.name, m.startsAt.date());
    doc.title(d.forum.name, title);
    doc.heading(m.title);
    doc.paragraph(t(QT_TRANSLATE_NOOP("Minutes", "This meeting was cancelled and did not take place; it has no minutes.")));
    doc.field(t(QT_TRANSLATE_NOOP("Minutes", "It was to take place")), whenText(m, lang));
    doc.field(t(QT_TRANSLATE_NOOP("Minutes", "Place")), whereText(m));
    if (!m.notes.trimmed().isEmpty()) {
        doc.heading(t(QT_TRANSLATE_NOOP("Minutes", "Notes")), 3);
        doc.paragraph(m.notes);
    }
    doc.heading(t(QT_TRANSLATE_NOOP("Minutes", "Next meeting")), 3);
    if (d.nextMeeting)
        doc.paragraph(QStringLiteral("%1 — %2. %3").arg(d.nextMeeting->title, whenText(*d.nextMeeting, lang),
                                                         whereText(*d.nextMeeting)));
    else
        doc.paragraph(t(QT_TRANSLATE_NOOP("Minutes", "To be set.")));
    doc.signature(m.secretaryName, t(QT_TRANSLATE_NOOP("Minutes", "Secretary")));
    return doc.take();
}

QString quorumWhenTaken(const Decision &d, const MeetingDossier &dossier, const DocumentLanguage &lang)
{
    if (!d.takenAt.isValid())
        return {};
    const QString met = d.quorumMet ? lang.text("Minutes", QT_TRANSLATE_NOOP("Minutes", "quorum met"))
                                    : lang.text("Minutes", QT_TRANSLATE_NOOP("Minutes", "quorum not met"));
    return lang.text("Minutes", QT_TRANSLATE_NOOP("Minutes", "Taken at %1, with %2 voting members present (%3 required): %4."))
        .arg(clockText(d.takenAt, dossier, lang))
        .arg(d.quorumPresent)
        .arg(d.quorumRequired)
        .arg(met);
}

QString voteLine(const Decision &d, const DocumentLanguage &lang)
{
    const QString outcome = lang.label(L::DecisionOutcome, d.outcome);
    if (d.method != key::DecisionMethod::Vote)
        return lang.text("Minutes", QT_TRANSLATE_NOOP("Minutes", "By consensus: %1")).arg(outcome);
    return lang.text("Minutes", QT_TRANSLATE_NOOP("Minutes", "Vote (%1): %2 for, %3 against, %4 abstentions: %5"))
        .arg(lang.label(L::Majority, d.majority))
        .arg(d.votesFor)
        .arg(d.votesAgainst)
        .arg(d.votesAbstain)
        .arg(outcome);
}

void decisionBlock(DocumentBuilder &doc, const MeetingDossier &d, const Decision &decision,
                   const DocumentLanguage &lang)
{
    doc.paragraph(decision.text);
    QStringList details{voteLine(decision, lang)};
    if (const QString quorum = quorumWhenTaken(decision, d, lang); !quorum.isEmpty())
        details << quorum;
    for (const Vote &vote : d.votes.value(decision.id))
        details << QStringLiteral("%1: %2").arg(vote.name, lang.label(L::VoteChoice, vote.choice));
    doc.bullets(details);
}

} // namespace

std::unique_ptr<QTextDocument> MinutesDocument::build(ForumFile &file, qint64 meetingId)
{
    const MeetingDossier dossier = MeetingDossier::load(file, meetingId);
    return build(dossier, DocumentLanguage(dossier.forum.language));
}

QString MinutesDocument::refusal(const Meeting &meeting)
{
    // A meeting under way in the live console writes its (draft) minutes as it runs.
    if (meeting.status == key::MeetingStatus::Planned && !meeting.isLive())
        return QCoreApplication::translate("MinutesDocument", "“%1” is still planned: it has minutes once it has been held. "
                                                              "Mark it as held on the Meetings page, or export its notice instead.")
            .arg(meeting.title);
    return {};
}

std::unique_ptr<QTextDocument> MinutesDocument::build(const MeetingDossier &d, const DocumentLanguage &lang)
{
    const auto t = [&](const char *source) { return lang.text("Minutes", source); };
    const Meeting &m = d.meeting;
    if (const QString refused = refusal(m); !refused.isEmpty())
        throw StorageError(StorageError::Kind::Validation, refused);
    if (m.status == key::MeetingStatus::Cancelled)
        return cancellationNotice(d, lang);
    // Until they are approved, minutes say so on their title.
    const bool draft = m.status == key::MeetingStatus::Held || m.status == key::MeetingStatus::MinutesDraft
        || m.status == key::MeetingStatus::Planned; // under way
    const auto drafted = [&](const QString &text) {
        return draft ? t(QT_TRANSLATE_NOOP("Minutes", "DRAFT — %1")).arg(text) : text;
    };
    DocumentBuilder doc(drafted(t(QT_TRANSLATE_NOOP("Minutes", "Minutes")) + QStringLiteral(" — ") + m.title));
    doc.setRunningHead(lang, d.forum.name, m.startsAt.date());
    doc.title(d.forum.name, drafted(t(QT_TRANSLATE_NOOP("Minutes", "Minutes of the %1")).arg(sessionName(d, lang))));
    doc.heading(m.title);
    doc.field(t(QT_TRANSLATE_NOOP("Minutes", "Date")), whenText(m, lang));
    if (m.liveStartedAt.isValid())
        doc.field(t(QT_TRANSLATE_NOOP("Minutes", "Actual time")),
                  m.liveEndedAt.isValid()
                      ? t(QT_TRANSLATE_NOOP("Minutes", "from %1 to %2")).arg(clockText(m.liveStartedAt, d, lang), clockText(m.liveEndedAt, d, lang))
                      : t(QT_TRANSLATE_NOOP("Minutes", "from %1 (under way)")).arg(clockText(m.liveStartedAt, d, lang)));
    doc.field(t(QT_TRANSLATE_NOOP("Minutes", "Place")), whereText(m));
    doc.field(t(QT_TRANSLATE_NOOP("Minutes", "Chair")), m.chairName);
    doc.field(t(QT_TRANSLATE_NOOP("Minutes", "Secretary")), m.secretaryName);

    doc.heading(t(QT_TRANSLATE_NOOP("Minutes", "Attendance")));
    QString currentSector;
    QList<QStringList> rows;
    const QStringList headers{t(QT_TRANSLATE_NOOP("Minutes", "Name")), t(QT_TRANSLATE_NOOP("Minutes", "Organization")),
                              t(QT_TRANSLATE_NOOP("Minutes", "Role")), t(QT_TRANSLATE_NOOP("Minutes", "Attendance"))};
    const auto flush = [&] {
        if (!rows.isEmpty())
            doc.table(headers, rows, {28, 34, 16, 22}); // the same columns for every sector
        rows.clear();
    };
    bool guestsStarted = false;
    for (const Attendance &a : d.attendance) {
        const QString group = a.guest ? QStringLiteral("guest") : a.sector;
        if (group != currentSector) {
            flush();
            currentSector = group;
            if (a.guest) {
                guestsStarted = true;
                doc.heading(t(QT_TRANSLATE_NOOP("Minutes", "Guests")), 3);
            } else {
                doc.heading(lang.label(L::Sector, a.sector), 3);
            }
        }
        QString status = lang.label(L::AttendanceStatus, a.status);
        if (a.status == key::AttendanceStatus::Represented && !a.representedBy.isEmpty())
            status = t(QT_TRANSLATE_NOOP("Minutes", "Represented by %1")).arg(a.representedBy);
        if (guestsStarted)
            status = QStringLiteral("%1 (%2)").arg(status, lang.label(L::Sector, a.sector));
        // Taken live: who came after the start, and who left before the end.
        const bool late = a.arrivedAt.isValid() && m.liveStartedAt.isValid() && a.arrivedAt > m.liveStartedAt;
        const bool early = a.leftAt.isValid() && (!m.liveEndedAt.isValid() || a.leftAt < m.liveEndedAt);
        if (late && early)
            status += QLatin1Char(' ') + t(QT_TRANSLATE_NOOP("Minutes", "(%1–%2)")).arg(clockText(a.arrivedAt, d, lang), clockText(a.leftAt, d, lang));
        else if (late)
            status += QLatin1Char(' ') + t(QT_TRANSLATE_NOOP("Minutes", "(from %1)")).arg(clockText(a.arrivedAt, d, lang));
        else if (early)
            status += QLatin1Char(' ') + t(QT_TRANSLATE_NOOP("Minutes", "(left %1)")).arg(clockText(a.leftAt, d, lang));
        // Who sits with a vote, as an alternate or as an observer; a guest has no role on the forum.
        const QString role = a.guest || !d.memberRoles.contains(a.memberId)
            ? t(QT_TRANSLATE_NOOP("Minutes", "Guest"))
            : lang.label(L::Role, d.memberRoles.value(a.memberId));
        rows << QStringList{a.name, a.organization, role, status};
    }
    flush();
    if (d.attendance.isEmpty())
        doc.paragraph(t(QT_TRANSLATE_NOOP("Minutes", "No attendance was recorded.")));

    doc.heading(t(QT_TRANSLATE_NOOP("Minutes", "Quorum")), 3);
    QString quorum = lang.text("Minutes", QT_TRANSLATE_N_NOOP("Minutes", "%1 of %2 voting members present; %n required."),
                               d.quorum.required)
                         .arg(d.quorum.presentVoting)
                         .arg(d.quorum.votingMembers);
    if (d.quorum.bothSectorsRequired)
        quorum += QLatin1Char(' ') + t(QT_TRANSLATE_NOOP("Minutes", "The rules ask for government and civil society to be present."));
    quorum += QLatin1Char(' ') + (d.quorum.met ? t(QT_TRANSLATE_NOOP("Minutes", "The quorum was met."))
                                               : t(QT_TRANSLATE_NOOP("Minutes", "The quorum was not met.")));
    doc.paragraph(quorum);

    doc.heading(t(QT_TRANSLATE_NOOP("Minutes", "Agenda")));
    QStringList agenda;
    for (const AgendaItem &item : d.agenda)
        agenda << item.title;
    doc.numbered(agenda);

    doc.heading(t(QT_TRANSLATE_NOOP("Minutes", "Discussion")));
    for (int i = 0; i < d.agenda.size(); ++i) {
        const AgendaItem &item = d.agenda.at(i);
        doc.heading(QStringLiteral("%1. %2").arg(i + 1).arg(item.title), 3);
        doc.field(t(QT_TRANSLATE_NOOP("Minutes", "Presented by")), item.presenter);
        if (item.startedAt.isValid()) {
            if (item.endedAt.isValid()) {
                const qint64 seconds = std::max<qint64>(0, item.startedAt.secsTo(item.endedAt) - item.pausedSeconds);
                const QString span = t(QT_TRANSLATE_NOOP("Minutes", "%1 to %2")).arg(clockText(item.startedAt, d, lang), clockText(item.endedAt, d, lang));
                doc.field(t(QT_TRANSLATE_NOOP("Minutes", "Time")),
                          t(QT_TRANSLATE_NOOP("Minutes", "%1 (%2 of %3 min planned)")).arg(span, durationText(seconds, lang)).arg(item.durationMinutes));
            } else {
                doc.field(t(QT_TRANSLATE_NOOP("Minutes", "Time")),
                          t(QT_TRANSLATE_NOOP("Minutes", "from %1 (under way)")).arg(clockText(item.startedAt, d, lang)));
            }
        }
        QStringList speakers;
        for (const Intervention &turn : d.interventions)
            if (turn.agendaItemId == item.id)
                speakers << t(QT_TRANSLATE_NOOP("Minutes", "%1 (%2), %3"))
                                .arg(turn.name, lang.label(L::Sector, turn.sector), durationText(turn.secondsAt(turn.endedAt), lang));
        doc.field(t(QT_TRANSLATE_NOOP("Minutes", "Speakers")), speakers.join(QStringLiteral("; ")));
        doc.field(t(QT_TRANSLATE_NOOP("Minutes", "Commitment")), d.commitmentTitles.value(item.commitmentId));
        if (!item.minutes.trimmed().isEmpty())
            doc.paragraph(item.minutes);
        for (const Decision &decision : d.decisions)
            if (decision.agendaItemId == item.id) {
                doc.field(t(QT_TRANSLATE_NOOP("Minutes", "Decision")), QString());
                decisionBlock(doc, d, decision, lang);
            }
    }

    if (!d.interventions.isEmpty()) {
        doc.heading(t(QT_TRANSLATE_NOOP("Minutes", "Speaking time")));
        doc.paragraph(t(QT_TRANSLATE_NOOP("Minutes", "Time each sector and gender had the floor, as timed during the meeting.")));
        speakingTables(doc, SpeakingTime::of(d.interventions, 0, QDateTime()), lang);
    }

    doc.heading(t(QT_TRANSLATE_NOOP("Minutes", "Decisions")));
    if (d.decisions.isEmpty())
        doc.paragraph(t(QT_TRANSLATE_NOOP("Minutes", "No decisions were taken.")));
    for (int i = 0; i < d.decisions.size(); ++i) {
        doc.heading(t(QT_TRANSLATE_NOOP("Minutes", "Decision %1")).arg(i + 1), 3);
        decisionBlock(doc, d, d.decisions.at(i), lang);
    }

    doc.heading(t(QT_TRANSLATE_NOOP("Minutes", "Action items")));
    const QStringList actionHeaders{t(QT_TRANSLATE_NOOP("Minutes", "Action")), t(QT_TRANSLATE_NOOP("Minutes", "Responsible")),
                                    t(QT_TRANSLATE_NOOP("Minutes", "Deadline")), t(QT_TRANSLATE_NOOP("Minutes", "Status"))};
    if (d.actions.isEmpty())
        doc.paragraph(t(QT_TRANSLATE_NOOP("Minutes", "No action items were agreed.")));
    else
        // As they stood when approved (never a day still to come).
        doc.table(actionHeaders,
                  actionRows(d.actions, lang, d.approvedAt ? std::min(d.approvedAt->startsAt.date(), d.today) : QDate()),
                  {40, 24, 20, 16});

    doc.heading(t(QT_TRANSLATE_NOOP("Minutes", "Next meeting")));
    if (d.nextMeeting)
        doc.paragraph(QStringLiteral("%1 — %2. %3").arg(d.nextMeeting->title, whenText(*d.nextMeeting, lang),
                                                         whereText(*d.nextMeeting)));
    else
        doc.paragraph(t(QT_TRANSLATE_NOOP("Minutes", "To be set.")));

    doc.heading(t(QT_TRANSLATE_NOOP("Minutes", "Approval")));
    if (d.approvedAt)
        doc.paragraph(t(QT_TRANSLATE_NOOP("Minutes", "These minutes were approved at “%1” on %2."))
                          .arg(d.approvedAt->title, lang.longDate(d.approvedAt->startsAt.date())));
    else
        doc.paragraph(t(QT_TRANSLATE_NOOP("Minutes", "Draft minutes, to be approved at a later meeting.")));
    doc.signature(m.chairName, t(QT_TRANSLATE_NOOP("Minutes", "Chair")));
    doc.signature(m.secretaryName, t(QT_TRANSLATE_NOOP("Minutes", "Secretary")));
    return doc.take();
}

std::unique_ptr<QTextDocument> MeetingNotice::build(ForumFile &file, qint64 meetingId)
{
    const MeetingDossier dossier = MeetingDossier::load(file, meetingId);
    return build(dossier, DocumentLanguage(dossier.forum.language));
}

std::unique_ptr<QTextDocument> MeetingNotice::build(const MeetingDossier &d, const DocumentLanguage &lang)
{
    const auto t = [&](const char *source) { return lang.text("Notice", source); };
    const Meeting &m = d.meeting;
    DocumentBuilder doc(t(QT_TRANSLATE_NOOP("Notice", "Notice")) + QStringLiteral(" — ") + m.title);
    doc.setRunningHead(lang, d.forum.name, m.startsAt.date());
    doc.title(d.forum.name, t(QT_TRANSLATE_NOOP("Notice", "Notice of meeting")));
    doc.heading(m.title);
    doc.paragraph(t(QT_TRANSLATE_NOOP("Notice", "The members of the forum are invited to the %1 “%2”, to be held on %3."))
                      .arg(sessionName(d, lang).toLower(), m.title, whenText(m, lang)));
    doc.field(t(QT_TRANSLATE_NOOP("Notice", "Date")), whenText(m, lang));
    doc.field(t(QT_TRANSLATE_NOOP("Notice", "Place")), m.place);
    doc.field(t(QT_TRANSLATE_NOOP("Notice", "Video link")), m.link);
    doc.field(t(QT_TRANSLATE_NOOP("Notice", "Chair")), m.chairName);
    if (m.noticeSentOn.isValid())
        doc.field(t(QT_TRANSLATE_NOOP("Notice", "Notice sent on")), lang.longDate(m.noticeSentOn));
    if (m.status == key::MeetingStatus::Cancelled)
        doc.paragraph(t(QT_TRANSLATE_NOOP("Notice", "This meeting has been cancelled.")));
    // How to answer, and where the documents are.
    if (!d.forum.pocEmail.trimmed().isEmpty())
        doc.paragraph(d.forum.pocName.trimmed().isEmpty()
                          ? t(QT_TRANSLATE_NOOP("Notice", "Please confirm your attendance, or send your apologies, to %1."))
                                .arg(d.forum.pocEmail.trimmed())
                          : t(QT_TRANSLATE_NOOP("Notice", "Please confirm your attendance, or send your apologies, to %1 (%2)."))
                                .arg(d.forum.pocName.trimmed(), d.forum.pocEmail.trimmed()));
    if (!d.forum.repositoryUrl.trimmed().isEmpty())
        doc.field(t(QT_TRANSLATE_NOOP("Notice", "Documents for the meeting")), d.forum.repositoryUrl.trimmed());

    doc.heading(t(QT_TRANSLATE_NOOP("Notice", "Agenda")));
    QList<QStringList> rows;
    QDateTime clock = m.startsAt;
    for (int i = 0; i < d.agenda.size(); ++i) {
        const AgendaItem &item = d.agenda.at(i);
        rows << QStringList{QString::number(i + 1), lang.time(clock), item.title, item.presenter,
                            t(QT_TRANSLATE_NOOP("Notice", "%1 min")).arg(item.durationMinutes)};
        clock = clock.addSecs(qint64(item.durationMinutes) * 60);
    }
    if (rows.isEmpty())
        doc.paragraph(t(QT_TRANSLATE_NOOP("Notice", "The agenda will follow.")));
    else
        doc.table({QStringLiteral("#"), t(QT_TRANSLATE_NOOP("Notice", "Time")), t(QT_TRANSLATE_NOOP("Notice", "Item")),
                   t(QT_TRANSLATE_NOOP("Notice", "Presenter")), t(QT_TRANSLATE_NOOP("Notice", "Duration"))},
                  rows);

    if (!d.mattersArising.isEmpty()) {
        doc.heading(t(QT_TRANSLATE_NOOP("Notice", "Matters arising")));
        doc.paragraph(t(QT_TRANSLATE_NOOP("Notice", "Action items still open from earlier meetings:")));
        doc.table({t(QT_TRANSLATE_NOOP("Notice", "Action")), t(QT_TRANSLATE_NOOP("Notice", "Responsible")),
                   t(QT_TRANSLATE_NOOP("Notice", "Deadline")), t(QT_TRANSLATE_NOOP("Notice", "Status"))},
                  // Overdue as of the day the notice went out (or today, before it has).
                  actionRows(d.mattersArising, lang, m.noticeSentOn.isValid() ? m.noticeSentOn : d.today));
    }
    if (!m.notes.trimmed().isEmpty()) {
        doc.heading(t(QT_TRANSLATE_NOOP("Notice", "Documents and notes")));
        doc.paragraph(m.notes);
    }
    doc.signature(m.secretaryName, t(QT_TRANSLATE_NOOP("Notice", "Secretary")));
    return doc.take();
}

} // namespace forumdesk
