// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;

namespace forumdesk {

class ForumDocument;

// Home: the forum at a glance — members and the MR 1.1 check, joining OGP, the current action
// plan — with the next step for each.
class DashboardPage : public QWidget {
    Q_OBJECT
public:
    explicit DashboardPage(ForumDocument *document, QWidget *parent = nullptr);

    QString membersText() const;

signals:
    void showMembers();
    void showForumSettings();
    void showJoin();

private:
    void reload();

    ForumDocument *m_document;
    QLabel *m_title;
    QLabel *m_forum;
    QLabel *m_members;
    QLabel *m_join;
    QLabel *m_plan;
};

} // namespace forumdesk
