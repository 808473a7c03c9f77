// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/FirstFrame.h"

#include <QApplication>
#include <QEvent>
#include <QTimer>
#include <QWidget>

#include <cstdio>

namespace forumdesk::bench {

FirstFrameReporter::FirstFrameReporter(QWidget *window, bool armed)
    : QObject(window), m_window(window), m_armed(armed)
{
    qApp->installEventFilter(this);
}

bool FirstFrameReporter::eventFilter(QObject *watched, QEvent *event)
{
    if (m_armed && event->type() == QEvent::Paint && watched->isWidgetType()
        && static_cast<QWidget *>(watched)->window() == m_window) {
        m_armed = false;
        // A frame's widgets are all painted and flushed within this one event: report after it.
        QTimer::singleShot(0, qApp, [] {
            std::printf("first-frame\n");
            std::fflush(stdout);
            QApplication::exit(0);
        });
    }
    return false;
}

} // namespace forumdesk::bench
