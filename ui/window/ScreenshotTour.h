// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

namespace forumdesk {

class MainWindow;

// Renders the window's main views to PNG files (for the README and for looking at the interface
// without a display): the welcome screen, then the sample forum's pages and the member dialog.
class ScreenshotTour : public QObject {
    Q_OBJECT
public:
    ScreenshotTour(MainWindow *window, const QString &folder, const QString &suffix, QObject *parent = nullptr);
    // Starts; finished() comes when every picture is written (or one failed).
    void start();

signals:
    void finished(bool ok);

private:
    void shoot(const QString &name);
    void shootDialog(QWidget *dialog, const QString &name);
    void tour();
    void coCreateTour();
    void contributionDialogs();
    void largerScreen();
    void mergeTour();
    void dashboardTour();
    void implementTour();
    void evaluateLearnTour();
    void meetingsTour();

    MainWindow *m_window;
    QString m_folder;
    QString m_suffix;
    bool m_ok = true;
};

} // namespace forumdesk
