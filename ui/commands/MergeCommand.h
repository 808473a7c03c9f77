// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/commands/EditCommand.h"

#include <QByteArray>

namespace forumdesk {

// A merge of another copy of the forum (mergeForums), already written through a connection beside
// the document's own while the window kept answering (MainWindow::mergeFrom), kept as one undoable
// step: `changes` is what it wrote, recorded by ChangeRecorder. The first redo finds it written;
// undo writes the inverse, redo the recording again, so both give back the very same rows and the
// file's change log and tombstones as they were.
class MergeCommand : public EditCommand {
public:
    MergeCommand(ForumDocument *document, const QByteArray &changes, const QString &text);

    // The first redo, as the command is pushed, finds the merge written already: it neither writes
    // nor waits for the file (another program may hold it by then; the merge is still undoable).
    void redo() override;

protected:
    void apply() override;
    void revert() override;

private:
    QByteArray m_changes;
    bool m_written = true; // in the file already: the first redo has nothing to write
};

} // namespace forumdesk
