// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

#include <functional>

class QWidget;

namespace forumdesk {

// A page's or panel's reload, run at once when the widget is on show (or when its window is not on
// screen, as in tests), otherwise once the widget is next shown: switching plans on a large forum
// then reloads only what the user is looking at.
class ReloadWhenShown : public QObject {
public:
    ReloadWhenShown(QWidget *widget, std::function<void()> reload);

    // Reloads now and returns true, or leaves the reload for the next show and returns false.
    bool request();
    // Runs a reload left for later at once, for a hidden widget about to be used.
    void catchUp();
    // Whether a reload now would be seen: the widget is on show, or its window is not on screen.
    bool onShow() const;
    // Leaves the reload for the next show (for a widget that, on show, updates in a lighter way).
    void defer() { m_pending = true; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void run();

    QWidget *m_widget;
    std::function<void()> m_reload;
    bool m_pending = false;
};

} // namespace forumdesk
