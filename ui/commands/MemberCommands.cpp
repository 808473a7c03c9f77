// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/commands/MemberCommands.h"

#include "ui/commands/RecordCommand.h"
#include "ui/commands/RemoveMemberCommand.h"

#include <QCoreApplication>

namespace forumdesk {

QUndoCommand *addMemberCommand(ForumDocument *document, const Member &member)
{
    return new RecordCommand<Member>(document, std::nullopt, member,
                                     QCoreApplication::translate("Commands", "Add member %1").arg(member.name));
}

QUndoCommand *editMemberCommand(ForumDocument *document, const Member &before, const Member &after)
{
    return new RecordCommand<Member>(document, before, after,
                                     QCoreApplication::translate("Commands", "Edit member %1").arg(after.name));
}

QUndoCommand *removeMemberCommand(ForumDocument *document, const Member &member)
{
    return new RemoveMemberCommand(document, member.id, member.name);
}

} // namespace forumdesk
