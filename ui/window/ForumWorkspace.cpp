// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/window/ForumWorkspace.h"
#include "ui/window/SyncCopiesBanner.h"
#include "ui/widgets/PageParts.h"

#include "ui/document/ForumDocument.h"
#include "core/storage/ForumFile.h"
#include "ui/cocreation/CoCreatePage.h"
#include "ui/compliance/CompliancePage.h"
#include "ui/dashboard/DashboardPage.h"
#include "ui/evaluation/EvaluatePage.h"
#include "ui/forum/ForumSettingsPage.h"
#include "ui/implementation/ImplementPage.h"
#include "ui/join/JoinPage.h"
#include "ui/learning/LearnPage.h"
#include "ui/meetings/MeetingsPage.h"
#include "ui/members/MembersPage.h"
#include "ui/widgets/Colours.h"

#include <QFile>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QPixmap>
#include <QPushButton>
#include <QStackedWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace forumdesk {

namespace {
constexpr int PageRole = Qt::UserRole + 1;
}

ForumWorkspace::ForumWorkspace(ForumDocument *document, QWidget *parent)
    : QWidget(parent), m_document(document), m_bannerFrame(new QFrame(this)), m_banner(new QLabel(m_bannerFrame)),
      m_takeOver(new QPushButton(m_bannerFrame)), m_syncCopies(new SyncCopiesBanner(document->path(), this)),
      m_navigation(new QTreeWidget(this)), m_pages(new QStackedWidget(this)),
      m_dashboard(new DashboardPage(document, this))
{
    m_bannerFrame->setObjectName(QStringLiteral("readOnlyBannerFrame"));
    m_bannerFrame->setStyleSheet(colours::noticeStyle(m_bannerFrame->objectName(), colours::Tone::Caution, colours::NoticeShape::Band));
    connect(document, &ForumDocument::folderChanged, m_syncCopies, &SyncCopiesBanner::refresh);
    m_banner->setObjectName(QStringLiteral("readOnlyBanner"));
    m_banner->setWordWrap(true);
    m_banner->setTextFormat(Qt::PlainText);
    m_banner->setText(tr("Read-only: %1 Changes cannot be made; use File ▸ Save a Copy… to keep a copy you can edit.")
                          .arg(document->file().readOnlyMessage()));
    // A lock left on another computer cannot be known to be stale: the user decides.
    const auto holder = document->file().lockHolder();
    m_takeOver->setObjectName(QStringLiteral("takeOverLock"));
    m_takeOver->setText(tr("&Take Over…"));
    m_takeOver->setToolTip(tr("Open the forum for editing here, if Forum Desk on %1 is no longer using it")
                               .arg(holder ? holder->host : QString()));
    m_takeOver->setVisible(holder && holder->onAnotherComputer);
    connect(m_takeOver, &QPushButton::clicked, this, &ForumWorkspace::takeOverRequested);
    auto *bannerLayout = new QHBoxLayout(m_bannerFrame);
    bannerLayout->setContentsMargins(12, 8, 12, 8);
    bannerLayout->addWidget(m_banner, 1);
    bannerLayout->addWidget(m_takeOver, 0, Qt::AlignVCenter);
    m_banner->setVisible(document->isReadOnly());
    m_bannerFrame->setVisible(document->isReadOnly());

    m_navigation->setHeaderHidden(true);
    m_navigation->setRootIsDecorated(false);
    m_navigation->setIndentation(16);
    m_navigation->setIconSize(QSize(20, 20));
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setAccessibleName(tr("Sections"));
    QFont navFont = m_navigation->font();
    navFont.setPointSizeF(navFont.pointSizeF() * 1.08);
    m_navigation->setFont(navFont);
    m_navigation->setStyleSheet(QStringLiteral("QTreeWidget::item { padding: 5px 2px; }"));

    // The Dashboard is shown first; every other page is built when it is first shown or asked
    // for (a large forum's window appears without waiting for ten pages and their layouts).
    addNavigation(Page::Dashboard, QStringLiteral("dashboard"), m_dashboard);
    QTreeWidgetItem *forumItem = addNavigation(Page::ForumSettings, QStringLiteral("forum"), nullptr);
    addNavigation(Page::Members, QStringLiteral("members"), nullptr, forumItem);
    addNavigation(Page::Join, QStringLiteral("join"), nullptr);
    addNavigation(Page::CoCreate, QStringLiteral("cocreate"), nullptr);
    addNavigation(Page::Implement, QStringLiteral("implement"), nullptr);
    addNavigation(Page::Evaluate, QStringLiteral("evaluate"), nullptr);
    addNavigation(Page::Learn, QStringLiteral("learn"), nullptr);
    addNavigation(Page::Compliance, QStringLiteral("compliance"), nullptr);
    addNavigation(Page::Meetings, QStringLiteral("meetings"), nullptr);
    m_navigation->expandAll();
    m_navigation->setItemsExpandable(false);
    m_navigation->setFixedWidth(185);

    connect(m_navigation, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        if (!item)
            return;
        pageWidget(Page(item->data(0, PageRole + 1).toInt()));
        m_pages->setCurrentIndex(item->data(0, PageRole).toInt());
    });
    connect(m_dashboard, &DashboardPage::showMembers, this, [this] { showPage(Page::Members); });
    connect(m_dashboard, &DashboardPage::showForumSettings, this, [this] { showPage(Page::ForumSettings); });
    connect(m_dashboard, &DashboardPage::showJoin, this, [this] { showPage(Page::Join); });

    auto *body = new QHBoxLayout;
    body->setContentsMargins(0, 0, 0, 0);
    body->addWidget(m_navigation);
    body->addWidget(m_pages, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_bannerFrame);
    layout->addWidget(m_syncCopies);
    layout->addLayout(body, 1);
    showPage(Page::Dashboard);
}

QString ForumWorkspace::pageTitle(Page page) const
{
    switch (page) {
    case Page::Dashboard: return tr("Dashboard");
    case Page::ForumSettings: return tr("Forum");
    case Page::Members: return tr("Members");
    case Page::Join: return tr("Join");
    case Page::CoCreate: return tr("Co-create");
    case Page::Implement: return tr("Implement");
    case Page::Evaluate: return tr("Evaluate");
    case Page::Learn: return tr("Learn");
    case Page::Compliance: return tr("Compliance");
    case Page::Meetings: return tr("Meetings");
    }
    return QString();
}

QTreeWidgetItem *ForumWorkspace::addNavigation(Page page, const QString &iconName, QWidget *widget,
                                               QTreeWidgetItem *parentItem)
{
    auto *item = parentItem ? new QTreeWidgetItem(parentItem) : new QTreeWidgetItem(m_navigation);
    item->setText(0, pageTitle(page));
    const QString iconPath = QStringLiteral(":/forumdesk/icons/%1.svg").arg(iconName);
    if (QFile::exists(iconPath)) {
        item->setIcon(0, QIcon(iconPath));
    } else {
        // No icon drawn yet: a blank one keeps the name in line with the others.
        QPixmap blank(m_navigation->iconSize());
        blank.fill(Qt::transparent);
        item->setIcon(0, QIcon(blank));
    }
    // A page not built yet holds its place in the stack with an empty widget.
    if (widget)
        m_built[page] = widget;
    item->setData(0, PageRole, m_pages->addWidget(widget ? widget : new QWidget(m_pages)));
    item->setData(0, PageRole + 1, int(page));
    return item;
}

QWidget *ForumWorkspace::pageWidget(Page page) const
{
    if (QWidget *built = m_built.value(page))
        return built;
    auto *self = const_cast<ForumWorkspace *>(this); // building a page does not change what is shown
    QWidget *widget = nullptr;
    switch (page) {
    case Page::Dashboard: widget = m_dashboard; break;
    case Page::ForumSettings: widget = new ForumSettingsPage(m_document, self); break;
    case Page::Members: widget = new MembersPage(m_document, self); break;
    case Page::Join: widget = new JoinPage(m_document, self); break;
    case Page::CoCreate: widget = new CoCreatePage(m_document, self); break;
    case Page::Implement: widget = new ImplementPage(m_document, self); break;
    case Page::Evaluate: widget = new EvaluatePage(m_document, self); break;
    case Page::Learn: widget = new LearnPage(m_document, self); break;
    case Page::Compliance: widget = new CompliancePage(m_document, self); break;
    case Page::Meetings: widget = new MeetingsPage(m_document, self); break;
    }
    QTreeWidgetItemIterator it(m_navigation);
    for (; *it; ++it) {
        if ((*it)->data(0, PageRole + 1).toInt() != int(page))
            continue;
        const int index = (*it)->data(0, PageRole).toInt();
        QWidget *placeholder = m_pages->widget(index);
        const bool current = m_pages->currentIndex() == index;
        m_pages->insertWidget(index, widget);
        m_pages->removeWidget(placeholder);
        delete placeholder;
        if (current)
            m_pages->setCurrentIndex(index);
        break;
    }
    m_built[page] = widget;
    return widget;
}

ForumSettingsPage *ForumWorkspace::forumSettingsPage() const
{
    return static_cast<ForumSettingsPage *>(pageWidget(Page::ForumSettings));
}

MembersPage *ForumWorkspace::membersPage() const
{
    return static_cast<MembersPage *>(pageWidget(Page::Members));
}

JoinPage *ForumWorkspace::joinPage() const
{
    return static_cast<JoinPage *>(pageWidget(Page::Join));
}

MeetingsPage *ForumWorkspace::meetingsPage() const
{
    return static_cast<MeetingsPage *>(pageWidget(Page::Meetings));
}

CoCreatePage *ForumWorkspace::coCreatePage() const
{
    return static_cast<CoCreatePage *>(pageWidget(Page::CoCreate));
}

ImplementPage *ForumWorkspace::implementPage() const
{
    return static_cast<ImplementPage *>(pageWidget(Page::Implement));
}

EvaluatePage *ForumWorkspace::evaluatePage() const
{
    return static_cast<EvaluatePage *>(pageWidget(Page::Evaluate));
}

LearnPage *ForumWorkspace::learnPage() const
{
    return static_cast<LearnPage *>(pageWidget(Page::Learn));
}

CompliancePage *ForumWorkspace::compliancePage() const
{
    return static_cast<CompliancePage *>(pageWidget(Page::Compliance));
}

ForumWorkspace::Page ForumWorkspace::currentPage() const
{
    const QTreeWidgetItem *item = m_navigation->currentItem();
    return item ? Page(item->data(0, PageRole + 1).toInt()) : Page::Dashboard;
}

void ForumWorkspace::showPage(Page page)
{
    QTreeWidgetItemIterator it(m_navigation);
    while (*it) {
        if ((*it)->data(0, PageRole + 1).toInt() == int(page)) {
            pageWidget(page);
            m_navigation->setCurrentItem(*it);
            m_pages->setCurrentIndex((*it)->data(0, PageRole).toInt());
            return;
        }
        ++it;
    }
}

} // namespace forumdesk
