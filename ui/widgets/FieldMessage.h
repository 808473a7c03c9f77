// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLabel>

namespace forumdesk {

class ValidationError;

// The explanation shown right under a field whose value cannot be saved; hidden when all is well.
class FieldMessage : public QLabel {
    Q_OBJECT
public:
    explicit FieldMessage(QWidget *parent = nullptr);
    void showMessage(const QString &message);
    void clearMessage();
};

// A validation message without the "table.column: " prefix the command line uses.
QString userMessage(const ValidationError &error);

} // namespace forumdesk
