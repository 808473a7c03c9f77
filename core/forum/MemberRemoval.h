// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/forum/Member.h"
#include "core/storage/References.h"


namespace forumdesk {

class ForumFile;

// Removing a member sets the rows that named them (meeting chair and secretary, attendance,
// votes, action-item owners, alternates) to no one. A removal remembers those rows so that undoing
// it puts the member back with the same id and uid and every reference restored.
class MemberRemoval {
public:
    // Removes the member `id` in one transaction and returns what undo needs.
    static MemberRemoval remove(ForumFile &file, qint64 id);
    // Puts the member and their references back, in one transaction.
    void restore(ForumFile &file) const;

    const Member &member() const { return m_member; }
    // How many other rows referred to the member (shown so a user knows what a removal touches).
    int referenceCount() const { return m_references.size(); }
    static int countReferences(ForumFile &file, qint64 id);

private:
    Member m_member;
    References m_references;
};

} // namespace forumdesk
