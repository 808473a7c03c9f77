// SPDX-License-Identifier: GPL-3.0-or-later
#include "pages/UpcomingPage.h"

#include "widgets/PageParts.h"

#include <QLabel>
#include <QVBoxLayout>

namespace forumdesk {

namespace {

QString bulletList(const QStringList &items)
{
    QString html = QStringLiteral("<ul>");
    for (const QString &item : items)
        html += QStringLiteral("<li>%1</li>").arg(item.toHtmlEscaped());
    return html + QStringLiteral("</ul>");
}

} // namespace

UpcomingPage::UpcomingPage(const QString &title, const QString &purpose, const QStringList &willHold,
                           const QStringList &alreadyInFile, QWidget *parent)
    : QWidget(parent)
{
    auto *heading = pageTitle(title, this);

    auto *text = new QLabel(this);
    text->setWordWrap(true);
    text->setTextFormat(Qt::RichText);
    text->setObjectName(QStringLiteral("upcomingText"));
    QString html = QStringLiteral("<p>%1</p>").arg(purpose.toHtmlEscaped());
    html += QStringLiteral("<p><b>%1</b></p>").arg(tr("This page is coming in a later version of Forum Desk. It will hold:").toHtmlEscaped());
    html += bulletList(willHold);
    if (!alreadyInFile.isEmpty()) {
        html += QStringLiteral("<p><b>%1</b></p>").arg(tr("This forum file already keeps:").toHtmlEscaped());
        html += bulletList(alreadyInFile);
        html += QStringLiteral("<p>%1</p>").arg(tr("Nothing is lost in the meantime: the command line "
                                                   "(forumdesk-cli list) shows these records today.").toHtmlEscaped());
    }
    text->setText(html);
    text->setMaximumWidth(760);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(text);
    layout->addStretch();
}

} // namespace forumdesk
