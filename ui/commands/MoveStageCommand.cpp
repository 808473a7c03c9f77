// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands/MoveStageCommand.h"

#include "ForumDocument.h"
#include "forum/Vocabulary.h"
#include "plans/StageGate.h"
#include "widgets/PageParts.h"

#include <QCoreApplication>

namespace forumdesk {

MoveStageCommand::MoveStageCommand(ForumDocument *document, qint64 planId, const QString &fromStage,
                                   const QString &toStage, const QString &reason, const QString &planTitle)
    : EditCommand(document, QCoreApplication::translate("Commands", "Move “%1” to %2")
                                .arg(brief(planTitle), Vocabulary::label(Vocabulary::List::PlanStage, toStage))),
      m_planId(planId), m_from(fromStage), m_to(toStage), m_reason(reason)
{
}

void MoveStageCommand::apply()
{
    StageGate::move(document()->file(), m_planId, m_to, m_reason);
}

void MoveStageCommand::revert()
{
    StageGate::move(document()->file(), m_planId, m_from, QString());
}

} // namespace forumdesk
