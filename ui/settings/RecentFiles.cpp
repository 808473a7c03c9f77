// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/settings/RecentFiles.h"

#include <QFileInfo>
#include <QSettings>

namespace forumdesk {

namespace {
const QString kKey = QStringLiteral("files/recent");

QStringList stored()
{
    return QSettings().value(kKey).toStringList();
}
} // namespace

QStringList RecentFiles::list()
{
    QStringList existing;
    for (const QString &path : stored()) {
        if (QFileInfo(path).isFile())
            existing << path;
    }
    return existing;
}

void RecentFiles::add(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList files = stored();
    files.removeAll(absolute);
    files.prepend(absolute);
    while (files.size() > maximum)
        files.removeLast();
    QSettings().setValue(kKey, files);
}

void RecentFiles::remove(const QString &path)
{
    QStringList files = stored();
    files.removeAll(QFileInfo(path).absoluteFilePath());
    QSettings().setValue(kKey, files);
}

void RecentFiles::clear()
{
    QSettings().remove(kKey);
}

} // namespace forumdesk
