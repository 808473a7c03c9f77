// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/commands/EditCommand.h"

#include "ui/document/ForumDocument.h"
#include "core/storage/StorageError.h"

namespace forumdesk {

EditCommand::EditCommand(ForumDocument *document, const QString &text)
    : QUndoCommand(text), m_document(document)
{
}

void EditCommand::redo()
{
    try {
        apply();
        m_document->notifyChanged(table());
    } catch (const StorageError &error) {
        setObsolete(true);
        m_document->reportFailure(error.message());
        m_document->notifyChanged(table());
    }
}

void EditCommand::undo()
{
    try {
        revert();
        m_document->notifyChanged(table());
    } catch (const StorageError &error) {
        setObsolete(true);
        m_document->reportFailure(error.message());
        m_document->notifyChanged(table());
    }
}

} // namespace forumdesk
