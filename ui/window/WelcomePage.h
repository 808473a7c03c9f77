// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;

namespace forumdesk {

// What the window shows when no forum is open: start a new forum, open one, try the sample, or
// pick up a recent file.
class WelcomePage : public QWidget {
    Q_OBJECT
public:
    explicit WelcomePage(QWidget *parent = nullptr);

    void setRecentFiles(const QStringList &paths);
    QListWidget *recentList() const { return m_recent; }
    QPushButton *sampleButton() const { return m_sample; }

signals:
    void newForumRequested();
    void openRequested();
    void sampleRequested();
    void recentRequested(const QString &path);

private:
    QListWidget *m_recent;
    QLabel *m_noRecent;
    QPushButton *m_sample;
};

} // namespace forumdesk
