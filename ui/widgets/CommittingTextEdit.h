// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPlainTextEdit>

namespace forumdesk {

// A multi-line text field that says when the user is done with it (focus leaves), like
// QLineEdit::editingFinished, so a long text is saved as one undoable change, not per keystroke.
class CommittingTextEdit : public QPlainTextEdit {
    Q_OBJECT
public:
    explicit CommittingTextEdit(QWidget *parent = nullptr);

signals:
    void editingFinished();

protected:
    void focusOutEvent(QFocusEvent *event) override;
};

} // namespace forumdesk
