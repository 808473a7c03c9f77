// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace forumdesk {

// The forums opened last, newest first, kept with QSettings.
class RecentFiles {
public:
    static constexpr int maximum = 8;

    static QStringList list();          // only the files that still exist
    static void add(const QString &path);
    static void remove(const QString &path);
    static void clear();
};

} // namespace forumdesk
