// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/meetings/IcsCalendar.h"

#include "core/documents/DocumentLanguage.h"
#include "core/forum/ForumClock.h"
#include "core/forum/VocabularyKeys.h"
#include "core/meetings/MeetingDossier.h"
#include "core/storage/Database.h"
#include "core/storage/Table.h"

#include <QTimeZone>

namespace forumdesk {

namespace {

// TEXT values escape backslash, semicolon, comma and new lines (RFC 5545, 3.3.11).
QString escaped(const QString &text)
{
    QString out;
    for (const QChar c : text) {
        if (c == QLatin1Char('\\') || c == QLatin1Char(';') || c == QLatin1Char(','))
            out += QLatin1Char('\\') + QString(c);
        else if (c == QLatin1Char('\n'))
            out += QStringLiteral("\\n");
        else if (c != QLatin1Char('\r'))
            out += c;
    }
    return out;
}

// Content lines end in CRLF and fold at 75 octets without splitting a UTF-8 character.
void addLine(QByteArray &out, const QString &line)
{
    const QByteArray utf8 = line.toUtf8();
    qsizetype start = 0;
    int limit = 75;
    while (utf8.size() - start > limit) {
        qsizetype end = start + limit;
        while (end > start && (uchar(utf8.at(end)) & 0xC0) == 0x80)
            --end; // do not cut inside a multi-byte character
        out += utf8.mid(start, end - start) + "\r\n ";
        start = end;
        limit = 74; // the folded line's leading space counts
    }
    out += utf8.mid(start) + "\r\n";
}

QString localStamp(const QDateTime &wallClock)
{
    return wallClock.toString(QStringLiteral("yyyyMMdd'T'HHmmss"));
}

QString offsetText(int seconds)
{
    const QChar sign = seconds < 0 ? QLatin1Char('-') : QLatin1Char('+');
    seconds = std::abs(seconds);
    return QStringLiteral("%1%2%3").arg(sign).arg(seconds / 3600, 2, 10, QLatin1Char('0'))
        .arg((seconds % 3600) / 60, 2, 10, QLatin1Char('0'));
}

// The forum's zone as a VTIMEZONE: its rule changes in the years the meetings span, written out
// as dated observances (no RRULE), or a single STANDARD where the zone keeps one offset.
void addTimeZone(QByteArray &out, const QTimeZone &zone, int firstYear, int lastYear)
{
    addLine(out, QStringLiteral("BEGIN:VTIMEZONE"));
    addLine(out, QStringLiteral("TZID:") + QString::fromLatin1(zone.id()));
    const QDateTime from(QDate(firstYear - 1, 1, 1), QTime(0, 0), QTimeZone::utc());
    const QDateTime to(QDate(lastYear + 1, 12, 31), QTime(23, 59), QTimeZone::utc());
    const auto transitions = zone.transitions(from, to);
    if (transitions.isEmpty()) {
        const int offset = zone.offsetFromUtc(from);
        addLine(out, QStringLiteral("BEGIN:STANDARD"));
        addLine(out, QStringLiteral("DTSTART:19700101T000000"));
        addLine(out, QStringLiteral("TZOFFSETFROM:") + offsetText(offset));
        addLine(out, QStringLiteral("TZOFFSETTO:") + offsetText(offset));
        addLine(out, QStringLiteral("END:STANDARD"));
    }
    for (const auto &t : transitions) {
        const int before = zone.offsetFromUtc(t.atUtc.addSecs(-1));
        const bool daylight = t.daylightTimeOffset != 0;
        const QString kind = daylight ? QStringLiteral("DAYLIGHT") : QStringLiteral("STANDARD");
        addLine(out, QStringLiteral("BEGIN:") + kind);
        addLine(out, QStringLiteral("DTSTART:") + localStamp(t.atUtc.addSecs(before)));
        addLine(out, QStringLiteral("TZOFFSETFROM:") + offsetText(before));
        addLine(out, QStringLiteral("TZOFFSETTO:") + offsetText(t.offsetFromUtc));
        if (!t.abbreviation.isEmpty())
            addLine(out, QStringLiteral("TZNAME:") + escaped(t.abbreviation));
        addLine(out, QStringLiteral("END:") + kind);
    }
    addLine(out, QStringLiteral("END:VTIMEZONE"));
}

QString description(const MeetingDossier &d, const DocumentLanguage &lang)
{
    QStringList lines;
    if (!d.agenda.isEmpty()) {
        lines << lang.text("Notice", QT_TRANSLATE_NOOP("Notice", "Agenda")) + QLatin1Char(':');
        for (int i = 0; i < d.agenda.size(); ++i) {
            const AgendaItem &item = d.agenda.at(i);
            lines << (item.presenter.isEmpty() ? QStringLiteral("%1. %2").arg(i + 1).arg(item.title)
                                               : QStringLiteral("%1. %2 (%3)").arg(i + 1).arg(item.title, item.presenter));
        }
    }
    if (!d.meeting.link.isEmpty())
        lines << lang.text("Notice", QT_TRANSLATE_NOOP("Notice", "Video link")) + QStringLiteral(": ") + d.meeting.link;
    return lines.join(QLatin1Char('\n'));
}

} // namespace

QByteArray IcsCalendar::build(ForumFile &file, const QList<qint64> &meetingIds)
{
    QList<MeetingDossier> dossiers;
    for (qint64 id : meetingIds)
        dossiers << MeetingDossier::load(file, id);
    const Forum forum = Table<Forum>(file).get(1);
    const DocumentLanguage lang(forum.language);
    const QTimeZone zone(forum.timeZone.toLatin1());
    const bool zoned = zone.isValid() && !ForumClock::isUtc(forum.timeZone);

    QByteArray out;
    addLine(out, QStringLiteral("BEGIN:VCALENDAR"));
    addLine(out, QStringLiteral("VERSION:2.0"));
    addLine(out, QStringLiteral("PRODID:-//Forum Desk//Forum Desk//%1").arg(forum.language.toUpper()));
    addLine(out, QStringLiteral("CALSCALE:GREGORIAN"));
    addLine(out, QStringLiteral("METHOD:PUBLISH"));
    addLine(out, QStringLiteral("X-WR-CALNAME:") + escaped(forum.name));
    if (zoned && !dossiers.isEmpty()) {
        int first = 9999, last = 0;
        for (const auto &d : dossiers) {
            first = std::min(first, d.meeting.startsAt.date().year());
            last = std::max(last, d.meeting.endsAt.date().year());
        }
        addTimeZone(out, zone, first, last);
    }
    for (const MeetingDossier &d : dossiers) {
        const Meeting &m = d.meeting;
        const auto when = [&](const char *name, const QDateTime &wallClock) {
            if (zoned)
                return QStringLiteral("%1;TZID=%2:%3").arg(QLatin1String(name), QString::fromLatin1(zone.id()), localStamp(wallClock));
            return QStringLiteral("%1:%2Z").arg(QLatin1String(name), localStamp(wallClock));
        };
        addLine(out, QStringLiteral("BEGIN:VEVENT"));
        addLine(out, QStringLiteral("UID:%1@forumdesk").arg(m.uid));
        addLine(out, QStringLiteral("DTSTAMP:") + m.updatedAt.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")));
        addLine(out, when("DTSTART", m.startsAt));
        addLine(out, when("DTEND", m.endsAt));
        addLine(out, QStringLiteral("SUMMARY:") + escaped(QStringLiteral("%1: %2").arg(forum.name, m.title)));
        const QString where = m.place.isEmpty() ? m.link : m.place;
        if (!where.isEmpty())
            addLine(out, QStringLiteral("LOCATION:") + escaped(where));
        const QString text = description(d, lang);
        if (!text.isEmpty())
            addLine(out, QStringLiteral("DESCRIPTION:") + escaped(text));
        addLine(out, QStringLiteral("STATUS:") + (m.status == key::MeetingStatus::Cancelled ? QStringLiteral("CANCELLED")
                                                                                            : QStringLiteral("CONFIRMED")));
        // Each saved change to the meeting is a new version for calendars that already have it.
        addLine(out, QStringLiteral("SEQUENCE:%1").arg(qMax<qint64>(0, m.createdAt.secsTo(m.updatedAt))));
        addLine(out, QStringLiteral("END:VEVENT"));
    }
    addLine(out, QStringLiteral("END:VCALENDAR"));
    return out;
}

QList<qint64> IcsCalendar::upcoming(ForumFile &file, const QDate &today)
{
    QList<qint64> ids;
    Statement st = file.database().query(QStringLiteral(
        "SELECT id FROM meeting WHERE starts_at >= ? AND status <> 'cancelled' ORDER BY starts_at, id"));
    st.bind(1, formatDate(today));
    while (st.next())
        ids << st.int64(0);
    return ids;
}

} // namespace forumdesk
