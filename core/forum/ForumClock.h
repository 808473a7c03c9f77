// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QTimeZone>

namespace forumdesk {

class ForumFile;

// What day and time it is where the forum meets: its time zone (Forum::timeZone), not the
// computer's, so that a task due today, the next meeting or the day a contribution is received
// are the same in the window, in `forumdesk-cli` and on a colleague's laptop set to another zone.
// Every "today" of the window and the CLI comes from here.
class ForumClock {
public:
    // The forum's zone; a zone the computer does not know falls back to the computer's.
    explicit ForumClock(const QString &timeZone);
    static ForumClock of(ForumFile &file);

    QDate today() const;
    QDateTime now() const; // in the forum's zone
    const QTimeZone &zone() const { return m_zone; }

    // The computer's time zone as a full IANA id ("America/Lima"): what a new forum starts with.
    // "UTC" when the computer names no zone Forum Desk knows.
    static QString computerZone();
    // Whether `id` is a full IANA time zone id this computer knows ("America/Lima"; not "Lima",
    // not "-05:00"): the only kind a forum keeps.
    static bool isZoneId(const QString &id);
    // The zones to offer in a list: every IANA name this computer knows, sorted.
    static QStringList zoneIds();
    // Whether `id` names UTC itself (UTC, Etc/UTC, GMT...): a forum left on it by mistake shows
    // meetings at the wrong hour in invitations.
    static bool isUtc(const QString &id);

    // For tests: every clock reads `utc` as the present moment (an invalid one: the real time).
    static void fixNow(const QDateTime &utc);

private:
    QTimeZone m_zone;
};

} // namespace forumdesk
