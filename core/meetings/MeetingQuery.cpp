// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/meetings/MeetingQuery.h"

#include "core/storage/Table.h"

namespace forumdesk {

QString MeetingQuery::where(QVariantList &binds) const
{
    QStringList conditions;
    const QString day = formatDate(today);
    if (when == When::Upcoming) {
        conditions << QStringLiteral("starts_at >= ?");
        binds << day;
    } else if (when == When::Past) {
        conditions << QStringLiteral("starts_at < ?");
        binds << day;
    }
    if (!kind.isEmpty()) {
        conditions << QStringLiteral("kind = ?");
        binds << kind;
    }
    if (planId > 0) {
        conditions << QStringLiteral("plan_id = ?");
        binds << planId;
    }
    if (!text.trimmed().isEmpty()) {
        conditions << searchCondition({QStringLiteral("title"), QStringLiteral("place")}, text, binds);
    }
    return conditions.join(QStringLiteral(" AND "));
}

QString MeetingQuery::orderBy() const
{
    // The id as tie-breaker keeps pages stable between fetches.
    return when == When::Upcoming ? QStringLiteral("starts_at, id") : QStringLiteral("starts_at DESC, id DESC");
}

qint64 MeetingQuery::count(ForumFile &file) const
{
    return Table<Meeting>(file).countMatching(*this);
}

QList<Meeting> MeetingQuery::fetch(ForumFile &file, qint64 offset, qint64 limit) const
{
    return Table<Meeting>(file).pageMatching(*this, orderBy(), offset, limit);
}

} // namespace forumdesk
