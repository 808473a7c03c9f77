// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/commands/RemoveMemberCommand.h"

#include "ui/document/ForumDocument.h"

namespace forumdesk {

RemoveMemberCommand::RemoveMemberCommand(ForumDocument *document, qint64 memberId, const QString &text)
    : EditCommand(document, text), m_memberId(memberId)
{
}

void RemoveMemberCommand::apply()
{
    m_removal = MemberRemoval::remove(document()->file(), m_memberId);
}

void RemoveMemberCommand::revert()
{
    if (m_removal)
        m_removal->restore(document()->file());
}

} // namespace forumdesk
