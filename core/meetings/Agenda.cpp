// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/meetings/Agenda.h"

#include "core/forum/Member.h"
#include "core/forum/VocabularyKeys.h"
#include "core/meetings/Attendance.h"
#include "core/storage/Database.h"
#include "core/storage/Table.h"

#include <algorithm>

namespace forumdesk {

namespace {

// Writes the positions of `items` as their index in the list, touching only those that change.
void writePositions(ForumFile &file, QList<AgendaItem> &items)
{
    Table<AgendaItem> table(file);
    for (int i = 0; i < items.size(); ++i) {
        if (items[i].position != i) {
            items[i].position = i;
            table.update(items[i]);
        }
    }
}

} // namespace

QList<AgendaItem> Agenda::of(ForumFile &file, qint64 meetingId)
{
    return Table<AgendaItem>(file).list(QStringLiteral("meeting_id = ?"), {meetingId}, QStringLiteral("position, id"));
}

qint64 Agenda::insert(ForumFile &file, AgendaItem &item, int position)
{
    file.requireWritable();
    Transaction tx(file.database());
    QList<AgendaItem> items = of(file, item.meetingId);
    if (position < 0 || position > items.size())
        position = int(items.size());
    // Make room from the end, so no two items ever share a position on the way.
    for (int i = int(items.size()) - 1; i >= position; --i) {
        items[i].position = i + 1;
        Table<AgendaItem>(file).update(items[i]);
    }
    item.position = position;
    Table<AgendaItem>(file).create(item);
    tx.commit();
    return item.id;
}

AgendaItem Agenda::remove(ForumFile &file, qint64 itemId)
{
    file.requireWritable();
    Transaction tx(file.database());
    const AgendaItem removed = Table<AgendaItem>(file).get(itemId);
    Table<AgendaItem>(file).remove(itemId);
    QList<AgendaItem> items = of(file, removed.meetingId);
    writePositions(file, items);
    tx.commit();
    return removed;
}

void Agenda::move(ForumFile &file, qint64 meetingId, int from, int to)
{
    file.requireWritable();
    Transaction tx(file.database());
    QList<AgendaItem> items = of(file, meetingId);
    if (from < 0 || from >= items.size() || to < 0 || to >= items.size())
        throw ValidationError(QStringLiteral("agenda_item"), QStringLiteral("position"), QStringLiteral("range"),
                              QCoreApplication::translate("Validation", "The agenda has no item at position %1")
                                  .arg(std::max(from, to) + 1));
    items.move(from, to);
    writePositions(file, items);
    tx.commit();
}

void Agenda::renumber(ForumFile &file, qint64 meetingId)
{
    file.requireWritable();
    Transaction tx(file.database());
    QList<AgendaItem> items = of(file, meetingId);
    writePositions(file, items);
    tx.commit();
}

QList<QDateTime> Agenda::expectedTimes(const Meeting &meeting, const QList<AgendaItem> &items)
{
    QList<QDateTime> times;
    QDateTime at = meeting.startsAt;
    for (const AgendaItem &item : items) {
        times << at;
        at = at.addSecs(qint64(item.durationMinutes) * 60);
    }
    times << at;
    return times;
}

QString Agenda::presenterProblem(ForumFile &file, const Meeting &meeting, const QString &presenter)
{
    AgendaItem item;
    item.presenter = presenter;
    return presenterProblems(file, meeting, {item}).value(0);
}

QStringList Agenda::presenterProblems(ForumFile &file, const Meeting &meeting, const QList<AgendaItem> &items)
{
    QStringList problems;
    if (meeting.id <= 0)
        return QStringList(items.size(), QString());
    // Read once for the whole agenda: the attendance, and the members only when it is not taken.
    const QList<Attendance> attendance = Table<Attendance>(file).list(QStringLiteral("meeting_id = ?"), {meeting.id});
    const bool taken = std::any_of(attendance.cbegin(), attendance.cend(), [](const Attendance &a) { return !a.guest; });
    QList<Member> members;
    if (!taken)
        members = Table<Member>(file).list();
    const QDate day = meeting.startsAt.date();
    for (const AgendaItem &item : items) {
        const QString name = item.presenter.section(QStringLiteral(" — "), 0, 0).section(QStringLiteral(" ("), 0, 0).trimmed();
        const auto same = [&](const QString &other) { return other.trimmed().compare(name, Qt::CaseInsensitive) == 0; };
        const auto problem = [&]() -> QString {
            if (name.isEmpty())
                return {};
            for (const Attendance &a : attendance) {
                if (same(a.representedBy) && a.status == key::AttendanceStatus::Represented)
                    return {}; // the alternate who came
                if (!same(a.name))
                    continue;
                if (a.status == key::AttendanceStatus::Absent)
                    return tr("%1 is recorded as absent from this meeting.").arg(name);
                if (a.status == key::AttendanceStatus::Excused)
                    return tr("%1 is recorded as excused from this meeting.").arg(name);
                return {};
            }
            if (taken)
                return tr("%1 is not on this meeting's attendance list.").arg(name);
            for (const Member &member : members)
                if (same(member.name) && (!day.isValid() || ((!member.termStart.isValid() || member.termStart <= day)
                                                              && (!member.termEnd.isValid() || member.termEnd >= day))))
                    return {};
            return tr("%1 is neither a member of the forum on the meeting's day nor one of its guests.").arg(name);
        };
        problems << problem();
    }
    return problems;
}

} // namespace forumdesk
