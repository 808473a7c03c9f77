// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/meetings/Quorum.h"

#include "core/forum/Forum.h"
#include "core/forum/VocabularyKeys.h"
#include "core/meetings/Meeting.h"
#include "core/storage/Database.h"
#include "core/storage/Table.h"

namespace forumdesk {

int Quorum::required(int votingMembers, int percent)
{
    return std::max(1, (votingMembers * percent + 99) / 100);
}

QuorumStatus Quorum::of(ForumFile &file, qint64 meetingId, const QDateTime &at)
{
    const Forum forum = Table<Forum>(file).get(1);
    const Meeting meeting = Table<Meeting>(file).get(meetingId);
    const QString day = formatDate(meeting.startsAt.date());
    Database &db = file.database();

    QuorumStatus status;
    status.bothSectorsRequired = forum.quorumBothSectors;
    // The voting members on the day: alternates and observers vote only through the member
    // they stand in for. A member's seat is the one the attendance kept (format 5 on): what
    // they held at the meeting; for a member not marked, or marked before, it is today's.
    const bool seats = file.schemaVersion() >= 5;
    // At a moment of a live meeting: in the room then (arrived, not yet left).
    const bool moment = at.isValid() && file.schemaVersion() >= 6;
    const auto inRoom = [moment](const QString &alias) {
        return moment ? QStringLiteral(" AND (%1arrived_at IS NULL OR %1arrived_at <= ?3) AND (%1left_at IS NULL OR %1left_at > ?3)").arg(alias)
                      : QString();
    };
    Statement st = db.query(QStringLiteral(
        "SELECT m.sector, a.status IN ('present', 'remote', 'represented')%3 "
        "FROM member m LEFT JOIN attendance a ON a.member_id = m.id AND a.meeting_id = ?1 "
        "WHERE coalesce(%1, m.voting) = 1 AND coalesce(%2, m.role) NOT IN ('alternate', 'observer') "
        "AND (m.term_start IS NULL OR m.term_start <= ?2) AND (m.term_end IS NULL OR m.term_end >= ?2)")
                                .arg(seats ? QStringLiteral("CASE WHEN a.role IS NOT NULL THEN a.voting END") : QStringLiteral("NULL"),
                                     seats ? QStringLiteral("a.role") : QStringLiteral("NULL"), inRoom(QStringLiteral("a."))));
    st.bind(1, meetingId).bind(2, day);
    if (moment)
        st.bind(3, formatTimestamp(at));
    while (st.next()) {
        ++status.votingMembers;
        if (st.int64(1) == 1) {
            ++status.presentVoting;
            if (st.text(0) == key::Sector::Government)
                status.governmentPresent = true;
            else if (st.text(0) == key::Sector::CivilSociety)
                status.civilSocietyPresent = true;
        }
    }
    Statement balance = db.query(QStringLiteral(
        "SELECT sector, count(*) FROM attendance WHERE meeting_id = ?1 "
        "AND status IN ('present', 'remote', 'represented')%1 GROUP BY sector").arg(inRoom(QString())));
    balance.bind(1, meetingId);
    if (moment)
        balance.bind(3, formatTimestamp(at));
    while (balance.next())
        status.presentBySector.insert(balance.text(0), int(balance.int64(1)));

    status.required = required(status.votingMembers, forum.quorumPercent);
    status.met = status.presentVoting >= status.required
        && (!status.bothSectorsRequired || (status.governmentPresent && status.civilSocietyPresent));
    return status;
}

} // namespace forumdesk
