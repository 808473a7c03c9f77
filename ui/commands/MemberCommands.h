// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/forum/Member.h"

class QUndoCommand;

namespace forumdesk {

class ForumDocument;

// The member edits, with the texts the Edit menu shows ("Add member Ana Pérez").
QUndoCommand *addMemberCommand(ForumDocument *document, const Member &member);
QUndoCommand *editMemberCommand(ForumDocument *document, const Member &before, const Member &after);
QUndoCommand *removeMemberCommand(ForumDocument *document, const Member &member);

} // namespace forumdesk
