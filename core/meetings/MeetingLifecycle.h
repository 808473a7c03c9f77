// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/meetings/Meeting.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QStringList>

namespace forumdesk {

class ForumFile;

// The path a meeting follows: planned -> held -> minutes_draft -> minutes_approved (at a later
// meeting, which is recorded) -> published; a planned meeting may be cancelled, and a cancelled
// one planned again. A step off this path is refused with a ValidationError on "status".
class MeetingLifecycle {
    Q_DECLARE_TR_FUNCTIONS(MeetingLifecycle)

public:
    // The statuses a meeting in `status` may move to next (not including itself).
    static QStringList nextStatuses(const QString &status);
    static bool allows(const QString &from, const QString &to);
    // The meetings that can have approved `meeting`'s minutes: later ones, not cancelled, soonest first.
    static QList<Meeting> approvingMeetings(ForumFile &file, const Meeting &meeting);
    // `meeting` moved to `status` (not written): minutes_approved records `approvedAtMeetingId`,
    // published records `on` (today when invalid). Throws ValidationError when the step is not allowed.
    static Meeting moved(ForumFile &file, const Meeting &meeting, const QString &status,
                         qint64 approvedAtMeetingId = 0, const QDate &on = {});
    // Moves the stored meeting, in one transaction.
    static Meeting move(ForumFile &file, qint64 meetingId, const QString &status,
                        qint64 approvedAtMeetingId = 0, const QDate &on = {});
};

} // namespace forumdesk
