// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/CommittingTextEdit.h"

namespace forumdesk {

CommittingTextEdit::CommittingTextEdit(QWidget *parent) : QPlainTextEdit(parent)
{
    setTabChangesFocus(true);
}

void CommittingTextEdit::focusOutEvent(QFocusEvent *event)
{
    QPlainTextEdit::focusOutEvent(event);
    emit editingFinished();
}

} // namespace forumdesk
