// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/meetings/ActionItemFollowUp.h"

#include "core/forum/ForumClock.h"
#include "core/forum/VocabularyKeys.h"
#include "core/meetings/Meeting.h"
#include "core/storage/Database.h"
#include "core/storage/Table.h"

namespace forumdesk {

QList<ActionItem> ActionItemFollowUp::mattersArising(ForumFile &file, qint64 meetingId)
{
    const Meeting meeting = Table<Meeting>(file).get(meetingId);
    return Table<ActionItem>(file).list(
        QStringLiteral("status = 'open' AND meeting_id IN (SELECT id FROM meeting WHERE starts_at < ?)"),
        {formatWallClock(meeting.startsAt)}, QStringLiteral("due_on IS NULL, due_on, id"));
}

ActionItem ActionItemFollowUp::closed(const ActionItem &item, const QString &status, const QDate &on)
{
    if (status != key::ActionItemStatus::Done && status != key::ActionItemStatus::Cancelled)
        throw ValidationError(QStringLiteral("action_item"), QStringLiteral("status"), QStringLiteral("closing"),
                              tr("An action item is closed as done or cancelled, not “%1”").arg(status));
    ActionItem after = item;
    after.status = status;
    after.closedOn = on;
    return after;
}

ActionItem ActionItemFollowUp::reopened(const ActionItem &item)
{
    ActionItem after = item;
    after.status = key::ActionItemStatus::Open;
    after.closedOn = QDate();
    return after;
}

ActionItem ActionItemFollowUp::close(ForumFile &file, qint64 itemId, const QString &status, const QDate &on)
{
    Table<ActionItem> items(file);
    ActionItem after = closed(items.get(itemId), status, on.isValid() ? on : ForumClock::of(file).today());
    items.update(after);
    return after;
}

QString ActionItemQuery::where(QVariantList &binds) const
{
    QStringList conditions;
    if (!status.isEmpty()) {
        conditions << QStringLiteral("status = ?");
        binds << status;
    }
    if (planId > 0) {
        conditions << QStringLiteral("meeting_id IN (SELECT id FROM meeting WHERE plan_id = ?)");
        binds << planId;
    }
    if (overdueOn.isValid()) {
        conditions << QStringLiteral("due_on < ?");
        binds << formatDate(overdueOn);
    }
    if (!text.trimmed().isEmpty())
        conditions << searchCondition({QStringLiteral("text"), QStringLiteral("owner")}, text, binds);
    return conditions.join(QStringLiteral(" AND "));
}

qint64 ActionItemQuery::count(ForumFile &file) const
{
    return Table<ActionItem>(file).countMatching(*this);
}

QList<FollowedActionItem> ActionItemQuery::fetch(ForumFile &file, qint64 offset, qint64 limit) const
{
    const QList<ActionItem> items =
        Table<ActionItem>(file).pageMatching(*this, QStringLiteral("due_on IS NULL, due_on, id"), offset, limit);
    QList<FollowedActionItem> rows;
    QStringList ids;
    for (const ActionItem &item : items) {
        FollowedActionItem row;
        static_cast<ActionItem &>(row) = item;
        rows << row;
        ids << QString::number(item.meetingId);
    }
    if (rows.isEmpty())
        return rows;
    // One query for the meetings of the whole page.
    Statement st = file.database().query(
        QStringLiteral("SELECT id, title, starts_at FROM meeting WHERE id IN (%1)").arg(ids.join(QLatin1Char(','))));
    QHash<qint64, std::pair<QString, QDateTime>> meetings;
    while (st.next())
        meetings.insert(st.int64(0), {st.text(1), parseWallClock(st.text(2))});
    for (FollowedActionItem &row : rows) {
        row.meetingTitle = meetings.value(row.meetingId).first;
        row.meetingStartsAt = meetings.value(row.meetingId).second;
    }
    return rows;
}

} // namespace forumdesk
