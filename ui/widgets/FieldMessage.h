// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLabel>

#include <functional>

namespace forumdesk {

class ValidationError;

// The explanation shown right under a field whose value cannot be saved; hidden when all is well.
class FieldMessage : public QLabel {
    Q_OBJECT
public:
    explicit FieldMessage(QWidget *parent = nullptr);
    void showMessage(const QString &message);
    void clearMessage();
    // Runs `check` (a record's validation): true when it passes, which clears the message;
    // otherwise shows what it threw (a ValidationError without its prefix, or a StorageError).
    bool passes(const std::function<void()> &check);
};

// A validation message without the "table.column: " prefix the command line uses.
QString userMessage(const ValidationError &error);

} // namespace forumdesk
