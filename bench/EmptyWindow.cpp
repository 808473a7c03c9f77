// SPDX-License-Identifier: GPL-3.0-or-later
// An empty Qt main window of Forum Desk's size, reporting its first frame as forumdesk does.
#include "app/gui/FirstFrame.h"

#include <QApplication>
#include <QMainWindow>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QMainWindow window;
    window.resize(1180, 760); // Forum Desk's first size
    new forumdesk::bench::FirstFrameReporter(&window, true);
    window.show();
    return app.exec();
}
