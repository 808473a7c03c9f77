// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/window/WelcomePage.h"

#include <QDir>
#include <QFileInfo>
#include <QIcon>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace forumdesk {

WelcomePage::WelcomePage(QWidget *parent)
    : QWidget(parent), m_recent(new QListWidget(this)), m_noRecent(new QLabel(this)),
      m_sample(new QPushButton(this))
{
    auto *logo = new QLabel(this);
    logo->setPixmap(QIcon(QStringLiteral(":/forumdesk/icons/forumdesk.svg")).pixmap(72, 72));
    auto *title = new QLabel(tr("Forum Desk"), this);
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 2.2);
    big.setBold(true);
    title->setFont(big);
    title->setObjectName(QStringLiteral("pageTitle"));
    auto *subtitle = new QLabel(tr("For the secretariat of an Open Government Partnership multi-stakeholder forum: "
                                   "members, meetings, the action plan and its progress, in one file that works offline."),
                                this);
    subtitle->setWordWrap(true);

    auto *header = new QHBoxLayout;
    header->addWidget(logo, 0, Qt::AlignTop);
    auto *titles = new QVBoxLayout;
    titles->addWidget(title);
    titles->addWidget(subtitle);
    header->addLayout(titles, 1);

    auto *newForum = new QPushButton(QIcon(QStringLiteral(":/forumdesk/icons/new.svg")), tr("New Forum…"), this);
    auto *open = new QPushButton(QIcon(QStringLiteral(":/forumdesk/icons/open.svg")), tr("Open…"), this);
    m_sample->setIcon(QIcon(QStringLiteral(":/forumdesk/icons/sample.svg")));
    m_sample->setText(tr("Open the Sample Forum"));
    m_sample->setToolTip(tr("A fictional forum with members, plans, commitments and meetings, to try Forum Desk"));
    for (QPushButton *button : {newForum, open, m_sample}) {
        button->setIconSize(QSize(24, 24));
        button->setMinimumHeight(40);
        button->setStyleSheet(QStringLiteral("text-align: left; padding-left: 10px; padding-right: 10px;"));
    }
    auto *actions = new QVBoxLayout;
    auto *start = new QLabel(tr("Start"), this);
    QFont bold = start->font();
    bold.setBold(true);
    start->setFont(bold);
    actions->addWidget(start);
    actions->addWidget(newForum);
    actions->addWidget(open);
    actions->addWidget(m_sample);
    actions->addStretch();

    auto *recentTitle = new QLabel(tr("Recent forums"), this);
    recentTitle->setFont(bold);
    m_noRecent->setText(tr("Forums you open will be listed here."));
    m_noRecent->setWordWrap(true);
    m_recent->setObjectName(QStringLiteral("recentForums"));
    m_recent->setAlternatingRowColors(true);
    auto *recent = new QVBoxLayout;
    recent->addWidget(recentTitle);
    recent->addWidget(m_noRecent);
    recent->addWidget(m_recent, 1);
    recent->addStretch();

    auto *columns = new QHBoxLayout;
    columns->addLayout(actions, 2);
    columns->addSpacing(24);
    columns->addLayout(recent, 3);

    auto *inner = new QWidget(this);
    auto *innerLayout = new QVBoxLayout(inner);
    innerLayout->addLayout(header);
    innerLayout->addSpacing(24);
    innerLayout->addLayout(columns, 1);
    inner->setMaximumWidth(860);
    inner->setMaximumHeight(560);

    auto *outer = new QHBoxLayout(this);
    outer->addStretch();
    outer->addWidget(inner, 10);
    outer->addStretch();

    connect(newForum, &QPushButton::clicked, this, &WelcomePage::newForumRequested);
    connect(open, &QPushButton::clicked, this, &WelcomePage::openRequested);
    connect(m_sample, &QPushButton::clicked, this, &WelcomePage::sampleRequested);
    connect(m_recent, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        emit recentRequested(item->data(Qt::UserRole).toString());
    });
}

void WelcomePage::setRecentFiles(const QStringList &paths)
{
    m_recent->clear();
    for (const QString &path : paths) {
        const QFileInfo info(path);
        auto *item = new QListWidgetItem(tr("%1\n%2").arg(info.completeBaseName(), QDir::toNativeSeparators(info.absolutePath())),
                                         m_recent);
        item->setData(Qt::UserRole, path);
        item->setToolTip(QDir::toNativeSeparators(path));
        item->setIcon(QIcon(QStringLiteral(":/forumdesk/icons/forum.svg")));
    }
    m_recent->setVisible(!paths.isEmpty());
    m_noRecent->setVisible(paths.isEmpty());
}

} // namespace forumdesk
