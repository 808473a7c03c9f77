// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/forum/Member.h"
#include "core/meetings/Attendance.h"

#include <QCoreApplication>
#include <QList>
#include <optional>

namespace forumdesk {

class ForumFile;

// One member on a meeting's attendance sheet, with what was recorded for them (if anything).
struct AttendanceLine {
    Member member;
    std::optional<Attendance> attendance;
};

// Who is expected at a meeting and who came: the members whose term covers its day (and anyone
// already recorded), by sector then name, and the guests.
class AttendanceSheet {
    Q_DECLARE_TR_FUNCTIONS(AttendanceSheet)

public:
    static QList<AttendanceLine> members(ForumFile &file, qint64 meetingId);
    static QList<Attendance> guests(ForumFile &file, qint64 meetingId);
    // The attendance of `memberId` with `status` (not written): their existing row changed, or a
    // new row with the member's name, organization and sector as they are today (kept in the
    // minutes if the member is removed later). "represented" needs the alternate's name.
    static Attendance marked(ForumFile &file, qint64 meetingId, qint64 memberId, const QString &status,
                             const QString &representedBy = {});
    static Attendance mark(ForumFile &file, qint64 meetingId, qint64 memberId, const QString &status,
                           const QString &representedBy = {});
    // The existing attendance row of a member at a meeting.
    static std::optional<Attendance> find(ForumFile &file, qint64 meetingId, qint64 memberId);
};

} // namespace forumdesk
