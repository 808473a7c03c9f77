// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QUndoCommand>

#include <functional>

namespace forumdesk {

class ForumDocument;

// The base of every edit: one undoable step with a readable text ("Add member Ana Pérez"). Each
// apply/revert runs here in one transaction of the file, opened after checking that the file can
// be written, so the change is saved as soon as it is made and no command opens its own. What the
// transaction wrote (ChangeSet, from the storage layer) is announced once to every view. A step
// that fails (a full disk, a file made read-only meanwhile) is reported, leaves the file as it was,
// and is dropped from the undo stack.
class EditCommand : public QUndoCommand {
public:
    EditCommand(ForumDocument *document, const QString &text);

    void redo() override; // MergeCommand's first redo finds its step written already
    void undo() final;

protected:
    virtual void apply() = 0;
    virtual void revert() = 0;

    ForumDocument *document() const { return m_document; }

private:
    void run(const std::function<void()> &step);

    ForumDocument *m_document;
};

} // namespace forumdesk
