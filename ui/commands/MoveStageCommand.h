// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/commands/EditCommand.h"

namespace forumdesk {

// Moves a plan one stage on or back through its gate (StageGate::move), with the reason the user
// gave for going on while something is missing; the activity log keeps the move, the missing
// items and the reason. Undo moves the plan back (a step back needs no gate, and is logged too).
class MoveStageCommand : public EditCommand {
public:
    MoveStageCommand(ForumDocument *document, qint64 planId, const QString &fromStage, const QString &toStage,
                     const QString &reason, const QString &text);

protected:
    void apply() override;
    void revert() override;

private:
    qint64 m_planId;
    QString m_from;
    QString m_to;
    QString m_reason;
};

} // namespace forumdesk
