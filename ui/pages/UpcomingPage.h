// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>
#include <QWidget>

namespace forumdesk {

// A stage of the OGP cycle whose page is not built yet: says what it will hold, and what this
// forum file already holds for it, so the page is never blank.
class UpcomingPage : public QWidget {
    Q_OBJECT
public:
    UpcomingPage(const QString &title, const QString &purpose, const QStringList &willHold,
                 const QStringList &alreadyInFile, QWidget *parent = nullptr);
};

} // namespace forumdesk
