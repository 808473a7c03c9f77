// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/meetings/AttendanceSheet.h"

#include "core/forum/VocabularyKeys.h"
#include "core/meetings/Meeting.h"
#include "core/storage/Table.h"

namespace forumdesk {

namespace {
const QString sectorOrder = QStringLiteral(
    "CASE sector WHEN 'government' THEN 0 WHEN 'civil_society' THEN 1 WHEN 'academia' THEN 2 "
    "WHEN 'private_sector' THEN 3 ELSE 4 END, name COLLATE NAME, id");
}

QList<AttendanceLine> AttendanceSheet::members(ForumFile &file, qint64 meetingId)
{
    const Meeting meeting = Table<Meeting>(file).get(meetingId);
    const QString day = formatDate(meeting.startsAt.date());
    QHash<qint64, Attendance> recorded;
    for (const Attendance &a : Table<Attendance>(file).list(QStringLiteral("meeting_id = ? AND member_id IS NOT NULL"), {meetingId}))
        recorded.insert(a.memberId, a);
    QList<AttendanceLine> lines;
    const QList<Member> members = Table<Member>(file).list(
        QStringLiteral("((term_start IS NULL OR term_start <= ?) AND (term_end IS NULL OR term_end >= ?)) "
                       "OR id IN (SELECT member_id FROM attendance WHERE meeting_id = ?)"),
        {day, day, meetingId}, sectorOrder);
    for (const Member &m : members) {
        AttendanceLine line{m, std::nullopt};
        if (recorded.contains(m.id))
            line.attendance = recorded.value(m.id);
        lines << line;
    }
    return lines;
}

QList<Attendance> AttendanceSheet::guests(ForumFile &file, qint64 meetingId)
{
    return Table<Attendance>(file).list(QStringLiteral("meeting_id = ? AND (guest = 1 OR member_id IS NULL)"),
                                        {meetingId}, sectorOrder);
}

std::optional<Attendance> AttendanceSheet::find(ForumFile &file, qint64 meetingId, qint64 memberId)
{
    const QList<Attendance> rows = Table<Attendance>(file).list(
        QStringLiteral("meeting_id = ? AND member_id = ?"), {meetingId, memberId});
    if (rows.isEmpty())
        return std::nullopt;
    return rows.first();
}

Attendance AttendanceSheet::marked(ForumFile &file, qint64 meetingId, qint64 memberId, const QString &status,
                                   const QString &representedBy)
{
    Attendance row;
    if (auto existing = find(file, meetingId, memberId)) {
        row = *existing;
    } else {
        row.meetingId = meetingId;
        row.seat(Table<Member>(file).get(memberId));
    }
    row.status = status;
    if (status == key::AttendanceStatus::Represented) {
        row.representedBy = representedBy.trimmed();
        if (row.representedBy.isEmpty())
            throw ValidationError(QStringLiteral("attendance"), QStringLiteral("represented_by"), QStringLiteral("required"),
                                  tr("Give the name of the alternate who represents %1").arg(row.name));
    } else {
        row.representedBy.clear();
    }
    return row;
}

Attendance AttendanceSheet::mark(ForumFile &file, qint64 meetingId, qint64 memberId, const QString &status,
                                 const QString &representedBy)
{
    Attendance row = marked(file, meetingId, memberId, status, representedBy);
    if (row.id > 0)
        Table<Attendance>(file).update(row);
    else
        Table<Attendance>(file).create(row);
    return row;
}

} // namespace forumdesk
