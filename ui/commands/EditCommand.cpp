// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/commands/EditCommand.h"

#include "core/storage/Database.h"
#include "core/storage/StorageError.h"
#include "ui/document/ForumDocument.h"

namespace forumdesk {

EditCommand::EditCommand(ForumDocument *document, const QString &text)
    : QUndoCommand(text), m_document(document)
{
}

void EditCommand::redo()
{
    run([this] { apply(); });
}

void EditCommand::undo()
{
    run([this] { revert(); });
}

void EditCommand::run(const std::function<void()> &step)
{
    ForumFile &file = m_document->file();
    Database &database = file.database();
    database.takeWritten(); // what was written before this step is not this step's
    try {
        file.requireWritable();
        Transaction tx(database);
        step();
        tx.commit();
        m_document->notifyChanged(database.takeWritten());
    } catch (const StorageError &error) {
        // Nothing was written, but a view may show the value that could not be saved: every view
        // reloads what the file holds.
        database.takeWritten();
        setObsolete(true);
        m_document->reportFailure(error.message());
        m_document->notifyChanged(ChangeSet::everything());
    }
}

} // namespace forumdesk
