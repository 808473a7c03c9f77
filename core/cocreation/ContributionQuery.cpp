// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/cocreation/ContributionQuery.h"

#include "core/storage/Table.h"

namespace forumdesk {

QString ContributionQuery::where(QVariantList &binds) const
{
    QStringList conditions;
    if (planId > 0) {
        conditions << QStringLiteral("plan_id = ?");
        binds << planId;
    }
    if (awaitingOnly)
        conditions << QStringLiteral("(trim(coalesce(response, '')) = '' OR responded_on IS NULL)");
    if (!sector.isEmpty()) {
        conditions << QStringLiteral("sector = ?");
        binds << sector;
    }
    if (!channel.isEmpty()) {
        conditions << QStringLiteral("channel = ?");
        binds << channel;
    }
    if (!text.trimmed().isEmpty()) {
        conditions << searchCondition({QStringLiteral("author"), QStringLiteral("organization"), QStringLiteral("text")},
                                      text, binds);
    }
    return conditions.join(QStringLiteral(" AND "));
}

QString ContributionQuery::orderBy() const
{
    // The id as tie-breaker keeps pages stable between fetches.
    return QStringLiteral("received_on DESC, id DESC");
}

qint64 ContributionQuery::count(ForumFile &file) const
{
    return Table<Contribution>(file).countMatching(*this);
}

QList<Contribution> ContributionQuery::fetch(ForumFile &file, qint64 offset, qint64 limit) const
{
    return Table<Contribution>(file).pageMatching(*this, orderBy(), offset, limit);
}

} // namespace forumdesk
