// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/meetings/Agenda.h"

#include "core/storage/Database.h"
#include "core/storage/Table.h"

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

} // namespace forumdesk
