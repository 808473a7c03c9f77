// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/forum/MemberRemoval.h"

#include "core/storage/Database.h"
#include "core/storage/ForumFile.h"
#include "core/storage/Table.h"

namespace forumdesk {

namespace {

// Every column that refers to member(id), as schema_v1.sql and schema_v6.sql declare them (ON
// DELETE SET NULL). A removal writes, so the file is of the newest format.
constexpr std::initializer_list<References::Column> kReferences = {
    {"member", "alternate_for"},        {"meeting", "chair_member_id"},
    {"meeting", "secretary_member_id"}, {"attendance", "member_id"},
    {"vote", "member_id"},              {"action_item", "owner_member_id"},
    {"intervention", "member_id"},
};

} // namespace

int MemberRemoval::countReferences(ForumFile &file, qint64 id)
{
    return References::count(file, id, kReferences);
}

MemberRemoval MemberRemoval::remove(ForumFile &file, qint64 id)
{
    file.requireWritable();
    MemberRemoval removal;
    Transaction tx(file.database());
    Table<Member> members(file);
    removal.m_member = members.get(id);
    removal.m_references = References::to(file, id, kReferences);
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
    m_references.restore(file, m_member.id);
    tx.commit();
}

} // namespace forumdesk
