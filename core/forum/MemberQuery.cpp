// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/forum/MemberQuery.h"

#include "core/forum/Vocabulary.h"
#include "core/storage/Table.h"

namespace forumdesk {

namespace {

// Orders enumeration keys as the vocabulary lists them (government first), not alphabetically by
// key, which would mean nothing to a reader in any language.
QString vocabularyOrder(const QString &column, Vocabulary::List list)
{
    QString sql = QStringLiteral("CASE %1").arg(column);
    const QStringList keys = Vocabulary::keys(list);
    for (int i = 0; i < keys.size(); ++i)
        sql += QStringLiteral(" WHEN '%1' THEN %2").arg(keys[i]).arg(i);
    return sql + QStringLiteral(" ELSE %1 END").arg(keys.size());
}

} // namespace

QString MemberQuery::where(QVariantList &binds) const
{
    QStringList conditions;
    if (!sector.isEmpty()) {
        conditions << QStringLiteral("sector = ?");
        binds << sector;
    }
    if (!role.isEmpty()) {
        conditions << QStringLiteral("role = ?");
        binds << role;
    }
    if (activeOnly) {
        const QString day = formatDate(activeOn);
        conditions << QStringLiteral("(term_start IS NULL OR term_start <= ?) AND (term_end IS NULL OR term_end >= ?)");
        binds << day << day;
    }
    if (!text.trimmed().isEmpty()) {
        conditions << searchCondition({QStringLiteral("name"), QStringLiteral("organization")}, text, binds);
    }
    return conditions.join(QStringLiteral(" AND "));
}

QString MemberQuery::orderBy() const
{
    QString key;
    switch (sortKey) {
    case SortKey::Name: key = QStringLiteral("name COLLATE NAME"); break;
    case SortKey::Organization: key = QStringLiteral("coalesce(organization, '') COLLATE NAME"); break;
    case SortKey::Sector: key = vocabularyOrder(QStringLiteral("sector"), Vocabulary::List::Sector); break;
    case SortKey::Role: key = vocabularyOrder(QStringLiteral("role"), Vocabulary::List::Role); break;
    case SortKey::Gender: key = vocabularyOrder(QStringLiteral("gender"), Vocabulary::List::Gender); break;
    case SortKey::TermStart: key = QStringLiteral("coalesce(term_start, '')"); break;
    case SortKey::TermEnd: key = QStringLiteral("coalesce(term_end, '9999')"); break;
    case SortKey::Voting: key = QStringLiteral("voting"); break;
    }
    const QString direction = descending ? QStringLiteral(" DESC") : QString();
    // The name and id as tie-breakers keep pages stable between fetches.
    return key + direction + QStringLiteral(", name COLLATE NAME, id");
}

qint64 MemberQuery::count(ForumFile &file) const
{
    return Table<Member>(file).countMatching(*this);
}

QList<Member> MemberQuery::fetch(ForumFile &file, qint64 offset, qint64 limit) const
{
    return Table<Member>(file).pageMatching(*this, orderBy(), offset, limit);
}

} // namespace forumdesk
