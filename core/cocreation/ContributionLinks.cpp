// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/cocreation/ContributionLinks.h"

#include "core/cocreation/ContributionLink.h"
#include "core/storage/Table.h"

namespace forumdesk {

QList<qint64> ContributionLinks::commitmentsOf(ForumFile &file, qint64 contributionId)
{
    QList<qint64> ids;
    for (const ContributionLink &link : Table<ContributionLink>(file).list(
             QStringLiteral("contribution_id = ?"), {contributionId}, QStringLiteral("commitment_id")))
        ids << link.commitmentId;
    return ids;
}

QList<qint64> ContributionLinks::contributionsOf(ForumFile &file, qint64 commitmentId)
{
    QList<qint64> ids;
    for (const ContributionLink &link : Table<ContributionLink>(file).list(
             QStringLiteral("commitment_id = ?"), {commitmentId}, QStringLiteral("contribution_id")))
        ids << link.contributionId;
    return ids;
}

void ContributionLinks::setCommitments(ForumFile &file, qint64 contributionId, const QList<qint64> &commitmentIds)
{
    Transaction tx(file.database());
    Table<ContributionLink> links(file);
    const QList<ContributionLink> existing = links.list(QStringLiteral("contribution_id = ?"), {contributionId});
    for (const ContributionLink &link : existing) {
        if (!commitmentIds.contains(link.commitmentId))
            links.remove(link.id);
    }
    for (qint64 commitmentId : commitmentIds) {
        const bool linked = std::any_of(existing.begin(), existing.end(),
                                        [commitmentId](const ContributionLink &l) { return l.commitmentId == commitmentId; });
        if (linked)
            continue;
        ContributionLink link;
        link.contributionId = contributionId;
        link.commitmentId = commitmentId;
        links.create(link);
    }
    tx.commit();
}

QList<ContributionLink> ContributionLinks::linksOf(ForumFile &file, qint64 contributionId)
{
    return Table<ContributionLink>(file).list(QStringLiteral("contribution_id = ?"), {contributionId});
}

void ContributionLinks::restoreLinks(ForumFile &file, qint64 contributionId, const QList<ContributionLink> &links)
{
    Transaction tx(file.database());
    Table<ContributionLink> table(file);
    const QList<ContributionLink> existing = linksOf(file, contributionId);
    const auto holds = [](const QList<ContributionLink> &list, qint64 id) {
        return std::any_of(list.begin(), list.end(), [id](const ContributionLink &l) { return l.id == id; });
    };
    for (const ContributionLink &link : existing)
        if (!holds(links, link.id))
            table.remove(link.id);
    for (ContributionLink link : links)
        if (!holds(existing, link.id))
            table.create(link);
    tx.commit();
}

} // namespace forumdesk
