// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/meetings/ActionItem.h"

#include <QDialog>

class QComboBox;
class QPlainTextEdit;

namespace forumdesk {

class FieldMessage;
class ForumFile;
class OptionalDateEdit;

// Adds or edits an action item agreed at a meeting: what, who (a member or anyone named), by when.
class ActionItemDialog : public QDialog {
    Q_OBJECT
public:
    ActionItemDialog(ForumFile &file, const ActionItem &item, QWidget *parent = nullptr);

    ActionItem item() const;
    void accept() override;

    QPlainTextEdit *textEdit() const { return m_text; }
    QComboBox *ownerBox() const { return m_owner; }
    OptionalDateEdit *dueEdit() const { return m_due; }
    QString message() const;

private:
    ForumFile &m_file;
    ActionItem m_original;
    QPlainTextEdit *m_text;
    QComboBox *m_owner;
    OptionalDateEdit *m_due;
    QComboBox *m_decision;
    FieldMessage *m_message;
};

} // namespace forumdesk
