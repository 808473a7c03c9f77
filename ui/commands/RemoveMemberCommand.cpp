// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/commands/RemoveMemberCommand.h"

#include "ui/document/ForumDocument.h"

#include <QCoreApplication>

namespace forumdesk {

RemoveMemberCommand::RemoveMemberCommand(ForumDocument *document, qint64 memberId, const QString &memberName)
    : EditCommand(document, QCoreApplication::translate("Commands", "Remove member %1").arg(memberName)),
      m_memberId(memberId)
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
