// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/commands/MoveStageCommand.h"

#include "ui/document/ForumDocument.h"
#include "core/plans/StageGate.h"

#include <QCoreApplication>

namespace forumdesk {

MoveStageCommand::MoveStageCommand(ForumDocument *document, qint64 planId, const QString &fromStage,
                                   const QString &toStage, const QString &reason, const QString &text)
    : EditCommand(document, text), m_planId(planId), m_from(fromStage), m_to(toStage), m_reason(reason)
{
}

void MoveStageCommand::apply()
{
    StageGate::move(document()->file(), m_planId, m_to, m_reason);
}

void MoveStageCommand::revert()
{
    // Undoing a step back moves the plan forward again: through a gate it was already let past, so
    // the undo is its reason (and the log says so).
    StageGate::move(document()->file(), m_planId, m_from,
                    QCoreApplication::translate("Commands", "Undo of “%1”").arg(text()));
}

} // namespace forumdesk
