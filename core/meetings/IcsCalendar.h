// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDate>
#include <QList>

namespace forumdesk {

class ForumFile;

// Meeting invitations as an iCalendar file (RFC 5545): one VEVENT per meeting with a UID that
// stays the same across exports and copies of the forum (so calendars update, not duplicate),
// DTSTART/DTEND in the forum's time zone with its VTIMEZONE, LOCATION, and the agenda in
// DESCRIPTION, in the forum's language.
class IcsCalendar {
public:
    static QByteArray build(ForumFile &file, const QList<qint64> &meetingIds);
    // Meetings still to come on `today` (in the forum's own clock), not cancelled, soonest first.
    static QList<qint64> upcoming(ForumFile &file, const QDate &today);
};

} // namespace forumdesk
