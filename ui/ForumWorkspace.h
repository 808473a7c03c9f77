// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QFrame;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTreeWidget;
class QTreeWidgetItem;

namespace forumdesk {

class CoCreatePage;
class CompliancePage;
class DashboardPage;
class EvaluatePage;
class ForumDocument;
class ForumSettingsPage;
class ImplementPage;
class JoinPage;
class LearnPage;
class MeetingsPage;
class MembersPage;

// What the window shows while a forum is open: the read-only banner, the navigation through the
// OGP cycle, and the page chosen.
class ForumWorkspace : public QWidget {
    Q_OBJECT
public:
    enum class Page { Dashboard, ForumSettings, Members, Join, CoCreate, Implement, Evaluate, Learn, Compliance, Meetings };

    explicit ForumWorkspace(ForumDocument *document, QWidget *parent = nullptr);

    Page currentPage() const;
    void showPage(Page page);
    QString pageTitle(Page page) const;

    ForumDocument *document() const { return m_document; }
    DashboardPage *dashboardPage() const { return m_dashboard; }
    ForumSettingsPage *forumSettingsPage() const { return m_settings; }
    MembersPage *membersPage() const { return m_members; }
    JoinPage *joinPage() const { return m_join; }
    MeetingsPage *meetingsPage() const { return m_meetings; }
    CoCreatePage *coCreatePage() const { return m_coCreate; }
    ImplementPage *implementPage() const { return m_implement; }
    EvaluatePage *evaluatePage() const { return m_evaluate; }
    LearnPage *learnPage() const { return m_learn; }
    CompliancePage *compliancePage() const { return m_compliance; }
    QLabel *readOnlyBanner() const { return m_banner; }
    // Shown when the forum is held by a Forum Desk on another computer (a crash there, say).
    QPushButton *takeOverButton() const { return m_takeOver; }

signals:
    void takeOverRequested();

public:
    QTreeWidget *navigation() const { return m_navigation; }

private:
    QTreeWidgetItem *addNavigation(Page page, const QString &iconName, QWidget *widget,
                                   QTreeWidgetItem *parentItem = nullptr);

    ForumDocument *m_document;
    QFrame *m_bannerFrame;
    QLabel *m_banner;
    QPushButton *m_takeOver;
    QTreeWidget *m_navigation;
    QStackedWidget *m_pages;
    DashboardPage *m_dashboard;
    ForumSettingsPage *m_settings;
    MembersPage *m_members;
    JoinPage *m_join;
    MeetingsPage *m_meetings;
    CoCreatePage *m_coCreate;
    ImplementPage *m_implement;
    EvaluatePage *m_evaluate;
    LearnPage *m_learn;
    CompliancePage *m_compliance;
};

} // namespace forumdesk
