// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/meetings/MeetingLifecycle.h"

#include "core/forum/ForumClock.h"
#include "core/forum/Vocabulary.h"
#include "core/forum/VocabularyKeys.h"
#include "core/storage/Table.h"

namespace forumdesk {

QStringList MeetingLifecycle::nextStatuses(const QString &status)
{
    if (status == key::MeetingStatus::Planned)
        return {key::MeetingStatus::Held, key::MeetingStatus::Cancelled};
    if (status == key::MeetingStatus::Held)
        return {key::MeetingStatus::MinutesDraft};
    if (status == key::MeetingStatus::MinutesDraft)
        return {key::MeetingStatus::MinutesApproved};
    if (status == key::MeetingStatus::MinutesApproved)
        return {key::MeetingStatus::Published};
    if (status == key::MeetingStatus::Cancelled)
        return {key::MeetingStatus::Planned};
    return {};
}

bool MeetingLifecycle::allows(const QString &from, const QString &to)
{
    return nextStatuses(from).contains(to);
}

QList<Meeting> MeetingLifecycle::approvingMeetings(ForumFile &file, const Meeting &meeting)
{
    return Table<Meeting>(file).list(QStringLiteral("starts_at > ? AND status <> 'cancelled' AND id <> ?"),
                                     {formatWallClock(meeting.startsAt), meeting.id},
                                     QStringLiteral("starts_at, id"));
}

Meeting MeetingLifecycle::moved(ForumFile &file, const Meeting &meeting, const QString &status,
                                qint64 approvedAtMeetingId, const QDate &on)
{
    const auto refuse = [&](const QString &rule, const QString &message) {
        throw ValidationError(QStringLiteral("meeting"), QStringLiteral("status"), rule, message);
    };
    if (!allows(meeting.status, status)) {
        refuse(QStringLiteral("transition"),
               tr("A meeting whose status is “%1” cannot become “%2”")
                   .arg(Vocabulary::label(Vocabulary::List::MeetingStatus, meeting.status),
                        Vocabulary::label(Vocabulary::List::MeetingStatus, status)));
    }
    Meeting after = meeting;
    after.status = status;
    if (status == key::MeetingStatus::MinutesApproved) {
        const auto approving = Table<Meeting>(file).find(approvedAtMeetingId);
        if (!approving)
            refuse(QStringLiteral("approved_at_required"),
                   tr("Choose the later meeting at which these minutes were approved"));
        if (approving->startsAt <= meeting.startsAt || approving->id == meeting.id)
            refuse(QStringLiteral("approved_at_later"),
                   tr("Minutes are approved at a later meeting; “%1” is not after this one").arg(approving->title));
        if (approving->status == key::MeetingStatus::Cancelled)
            refuse(QStringLiteral("approved_at_cancelled"),
                   tr("“%1” was cancelled, so it cannot have approved these minutes").arg(approving->title));
        after.approvedAtMeetingId = approving->id;
    }
    if (status == key::MeetingStatus::Published)
        after.publishedOn = on.isValid() ? on : ForumClock::of(file).today();
    if (status == key::MeetingStatus::Planned) {
        after.approvedAtMeetingId = 0;
        after.publishedOn = QDate();
    }
    return after;
}

Meeting MeetingLifecycle::move(ForumFile &file, qint64 meetingId, const QString &status,
                               qint64 approvedAtMeetingId, const QDate &on)
{
    Table<Meeting> meetings(file);
    Meeting after = moved(file, meetings.get(meetingId), status, approvedAtMeetingId, on);
    meetings.update(after);
    return after;
}

} // namespace forumdesk
