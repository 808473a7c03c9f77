// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/commands/EditCommand.h"
#include "core/forum/MemberRemoval.h"

#include <optional>

namespace forumdesk {

// Removes a member; undo brings them back with the same id and the meetings, attendance, votes
// and action items that named them.
class RemoveMemberCommand : public EditCommand {
public:
    RemoveMemberCommand(ForumDocument *document, qint64 memberId, const QString &text);

protected:
    void apply() override;
    void revert() override;

private:
    qint64 m_memberId;
    std::optional<MemberRemoval> m_removal;
};

} // namespace forumdesk
