// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
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
class SyncCopiesBanner;

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
    // Each page is built when it is first shown or asked for here.
    DashboardPage *dashboardPage() const { return m_dashboard; }
    ForumSettingsPage *forumSettingsPage() const;
    MembersPage *membersPage() const;
    JoinPage *joinPage() const;
    MeetingsPage *meetingsPage() const;
    CoCreatePage *coCreatePage() const;
    ImplementPage *implementPage() const;
    EvaluatePage *evaluatePage() const;
    LearnPage *learnPage() const;
    CompliancePage *compliancePage() const;
    bool isPageBuilt(Page which) const { return m_built.contains(which); }
    QLabel *readOnlyBanner() const { return m_banner; }
    // Shown when the forum is held by a Forum Desk on another computer (a crash there, say).
    QPushButton *takeOverButton() const { return m_takeOver; }
    // Shown when a sync tool left conflict copies of the forum beside it.
    SyncCopiesBanner *syncCopiesBanner() const { return m_syncCopies; }

signals:
    void takeOverRequested();

public:
    QTreeWidget *navigation() const { return m_navigation; }

private:
    QWidget *pageWidget(Page page) const;
    QTreeWidgetItem *addNavigation(Page page, const QString &iconName, QWidget *widget,
                                   QTreeWidgetItem *parentItem = nullptr);

    ForumDocument *m_document;
    QFrame *m_bannerFrame;
    QLabel *m_banner;
    QPushButton *m_takeOver;
    SyncCopiesBanner *m_syncCopies;
    QTreeWidget *m_navigation;
    QStackedWidget *m_pages;
    DashboardPage *m_dashboard;
    mutable QHash<Page, QWidget *> m_built;
};

} // namespace forumdesk
