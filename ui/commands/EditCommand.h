// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QUndoCommand>

namespace forumdesk {

class ForumDocument;

// The base of every edit: one undoable step with a readable text ("Add member Ana Pérez"). Each
// apply/revert is one transaction in the file, so the change is saved as soon as it is made. A
// step that fails (a full disk, a file made read-only meanwhile) is reported, leaves the file as it
// was, and is dropped from the undo stack.
class EditCommand : public QUndoCommand {
public:
    EditCommand(ForumDocument *document, const QString &text);

    void redo() final;
    void undo() final;

protected:
    virtual void apply() = 0;
    virtual void revert() = 0;
    // The table whose views must reload afterwards.
    virtual QString table() const = 0;

    ForumDocument *document() const { return m_document; }

private:
    ForumDocument *m_document;
};

} // namespace forumdesk
