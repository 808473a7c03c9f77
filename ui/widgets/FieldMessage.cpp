// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/FieldMessage.h"

#include "core/storage/StorageError.h"
#include "ui/widgets/Colours.h"

namespace forumdesk {

FieldMessage::FieldMessage(QWidget *parent) : QLabel(parent)
{
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    setStyleSheet(colours::textStyle(colours::Tone::Bad));
    setAccessibleName(tr("Problem with this field"));
    hide();
}

void FieldMessage::showMessage(const QString &message)
{
    setText(message);
    setVisible(!message.isEmpty());
}

void FieldMessage::clearMessage()
{
    clear();
    hide();
}

bool FieldMessage::passes(const std::function<void()> &check)
{
    try {
        check();
    } catch (const ValidationError &error) {
        showMessage(userMessage(error));
        return false;
    } catch (const StorageError &error) {
        showMessage(error.message());
        return false;
    }
    clearMessage();
    return true;
}

QString userMessage(const ValidationError &error)
{
    return error.reason();
}

} // namespace forumdesk
