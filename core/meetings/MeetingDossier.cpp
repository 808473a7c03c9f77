// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/meetings/MeetingDossier.h"

#include "core/forum/ForumClock.h"

#include "core/meetings/ActionItemFollowUp.h"
#include "core/storage/Database.h"
#include "core/storage/Table.h"

namespace forumdesk {

MeetingDossier MeetingDossier::load(ForumFile &file, qint64 meetingId)
{
    MeetingDossier d;
    d.forum = Table<Forum>(file).get(1);
    d.meeting = Table<Meeting>(file).get(meetingId);
    d.today = ForumClock::of(file).today();
    const QVariantList id{meetingId};
    d.agenda = Table<AgendaItem>(file).list(QStringLiteral("meeting_id = ?"), id, QStringLiteral("position, id"));
    d.attendance = Table<Attendance>(file).list(
        QStringLiteral("meeting_id = ?"), id,
        QStringLiteral("guest, CASE sector WHEN 'government' THEN 0 WHEN 'civil_society' THEN 1 "
                       "WHEN 'academia' THEN 2 WHEN 'private_sector' THEN 3 ELSE 4 END, name COLLATE NAME"));
    // A vote still open in the live console decided nothing yet.
    d.decisions = Table<Decision>(file).list(file.schemaVersion() >= 6 ? QStringLiteral("meeting_id = ? AND vote_open = 0")
                                                                       : QStringLiteral("meeting_id = ?"),
                                             id, QStringLiteral("id"));
    if (file.schemaVersion() >= 6)
        d.interventions = Table<Intervention>(file).list(QStringLiteral("meeting_id = ? AND ended_at IS NOT NULL"), id,
                                                         QStringLiteral("started_at, id"));
    for (const Vote &vote : Table<Vote>(file).list(
             QStringLiteral("decision_id IN (SELECT id FROM decision WHERE meeting_id = ?)"), id,
             QStringLiteral("name COLLATE NAME")))
        d.votes[vote.decisionId].append(vote);
    d.actions = Table<ActionItem>(file).list(QStringLiteral("meeting_id = ?"), id, QStringLiteral("due_on IS NULL, due_on, id"));
    const QString starts = formatWallClock(d.meeting.startsAt);
    d.mattersArising = ActionItemFollowUp::mattersArising(file, meetingId);
    d.quorum = Quorum::of(file, meetingId);
    const auto next = Table<Meeting>(file).list(
        QStringLiteral("starts_at > ? AND status <> 'cancelled' AND kind = ?"), {starts, d.meeting.kind},
        QStringLiteral("starts_at LIMIT 1"));
    if (!next.isEmpty())
        d.nextMeeting = next.first();
    if (d.meeting.approvedAtMeetingId)
        d.approvedAt = Table<Meeting>(file).find(d.meeting.approvedAtMeetingId);
    Statement st = file.database().query(QStringLiteral(
        "SELECT c.id, c.number || '. ' || c.title FROM commitment c "
        "WHERE c.id IN (SELECT commitment_id FROM agenda_item WHERE meeting_id = ?)"));
    st.bind(1, meetingId);
    while (st.next())
        d.commitmentTitles.insert(st.int64(0), st.text(1));
    // The role each member held at the meeting (kept with the attendance from format 5 on), else
    // their role today.
    Statement roles = file.database().query(QStringLiteral(
        "SELECT m.id, coalesce(%1, m.role) FROM attendance a JOIN member m ON m.id = a.member_id "
        "WHERE a.meeting_id = ?").arg(file.schemaVersion() >= 5 ? QStringLiteral("a.role") : QStringLiteral("NULL")));
    roles.bind(1, meetingId);
    while (roles.next())
        d.memberRoles.insert(roles.int64(0), roles.text(1));
    return d;
}

} // namespace forumdesk
