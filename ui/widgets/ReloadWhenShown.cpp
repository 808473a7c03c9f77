// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/ReloadWhenShown.h"

#include <QEvent>
#include <QWidget>

namespace forumdesk {

ReloadWhenShown::ReloadWhenShown(QWidget *widget, std::function<void()> reload)
    : QObject(widget), m_widget(widget), m_reload(std::move(reload))
{
    widget->installEventFilter(this);
}

bool ReloadWhenShown::onShow() const
{
    return m_widget->isVisible() || !m_widget->window()->isVisible();
}

bool ReloadWhenShown::request()
{
    if (onShow()) {
        run();
        return true;
    }
    m_pending = true;
    return false;
}

void ReloadWhenShown::catchUp()
{
    if (m_pending)
        run();
}

void ReloadWhenShown::run()
{
    m_pending = false;
    m_reload();
}

bool ReloadWhenShown::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_widget && event->type() == QEvent::Show)
        catchUp();
    return QObject::eventFilter(watched, event);
}

} // namespace forumdesk
