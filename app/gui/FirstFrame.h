// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QWidget;

namespace forumdesk::bench {

// For forumdesk-bench: once armed, prints "first-frame" on stdout when `window` has painted its next
// frame, then quits the application. The window arms it when a forum has opened; the bench's empty
// window from its start, so that both sides are timed the same way.
class FirstFrameReporter : public QObject {
public:
    FirstFrameReporter(QWidget *window, bool armed);
    void arm() { m_armed = true; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *m_window;
    bool m_armed;
};

} // namespace forumdesk::bench
