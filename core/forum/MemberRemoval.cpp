// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/forum/MemberRemoval.h"

#include "core/storage/Database.h"
#include "core/storage/ForumFile.h"
#include "core/storage/Table.h"

#include <utility>

namespace forumdesk {

namespace {

// Every column that refers to member(id), as schema_v1.sql declares them (ON DELETE SET NULL).
const std::pair<const char *, const char *> kReferences[] = {
    {"member", "alternate_for"},     {"meeting", "chair_member_id"},
    {"meeting", "secretary_member_id"}, {"attendance", "member_id"},
    {"vote", "member_id"},           {"action_item", "owner_member_id"},
};

} // namespace

int MemberRemoval::countReferences(ForumFile &file, qint64 id)
{
    int count = 0;
    for (const auto &[table, column] : kReferences)
        count += file.database()
                     .scalar(QStringLiteral("SELECT count(*) FROM %1 WHERE %2 = ?")
                                 .arg(QLatin1String(table), QLatin1String(column)),
                             {id})
                     .toInt();
    return count;
}

MemberRemoval MemberRemoval::remove(ForumFile &file, qint64 id)
{
    file.requireWritable();
    MemberRemoval removal;
    Transaction tx(file.database());
    Table<Member> members(file);
    removal.m_member = members.get(id);
    for (const auto &[table, column] : kReferences) {
        Statement st = file.database().query(QStringLiteral("SELECT id FROM %1 WHERE %2 = ?")
                                                 .arg(QLatin1String(table), QLatin1String(column)));
        st.bind(1, id);
        while (st.next())
            removal.m_references.push_back({QLatin1String(table), QLatin1String(column), st.int64(0)});
    }
    members.remove(id);
    tx.commit();
    return removal;
}

void MemberRemoval::restore(ForumFile &file) const
{
    file.requireWritable();
    Transaction tx(file.database());
    Member member = m_member;
    Table<Member>(file).create(member);
    for (const Reference &ref : m_references) {
        Statement st = file.database().query(
            QStringLiteral("UPDATE %1 SET %2 = ? WHERE id = ?").arg(ref.table, ref.column));
        st.bind(1, m_member.id).bind(2, ref.rowId);
        st.run();
    }
    tx.commit();
}

} // namespace forumdesk
