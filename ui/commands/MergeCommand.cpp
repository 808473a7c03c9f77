// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/commands/MergeCommand.h"

#include "core/storage/ChangeRecorder.h"
#include "core/storage/Database.h"
#include "ui/document/ForumDocument.h"

namespace forumdesk {

MergeCommand::MergeCommand(ForumDocument *document, const QByteArray &changes, const QString &text)
    : EditCommand(document, text), m_changes(changes)
{
}

void MergeCommand::redo()
{
    if (m_written) {
        m_written = false;
        return;
    }
    EditCommand::redo();
}

void MergeCommand::apply()
{
    ChangeRecorder::apply(document()->file().database(), m_changes);
}

void MergeCommand::revert()
{
    ChangeRecorder::apply(document()->file().database(), ChangeRecorder::inverted(m_changes));
}

} // namespace forumdesk
