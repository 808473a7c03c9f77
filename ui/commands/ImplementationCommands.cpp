// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/commands/ImplementationCommands.h"

#include "ui/document/ForumDocument.h"
#include "core/implementation/ProgressTracking.h"
#include "core/plans/Commitment.h"
#include "core/storage/Table.h"

namespace forumdesk {

SetCompletionLevelCommand::SetCompletionLevelCommand(ForumDocument *document, qint64 commitmentId,
                                                     const QString &level, const QString &reason,
                                                     const QDate &today, const QString &text)
    : EditCommand(document, text), m_commitmentId(commitmentId), m_level(level), m_reason(reason), m_today(today)
{
}

void SetCompletionLevelCommand::apply()
{
    ForumFile &file = document()->file();
    if (!m_read) {
        const Commitment before = Table<Commitment>(file).get(m_commitmentId);
        m_levelBefore = before.completionLevel;
        m_reasonBefore = before.completionReason;
        m_read = true;
    }
    ProgressTracking::setLevel(file, m_commitmentId, m_level, m_reason, m_today);
}

void SetCompletionLevelCommand::revert()
{
    Table<Commitment> commitments(document()->file());
    Commitment c = commitments.get(m_commitmentId);
    c.completionLevel = m_levelBefore;
    c.completionReason = m_reasonBefore;
    commitments.update(c);
}

} // namespace forumdesk
