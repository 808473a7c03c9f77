// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/forum/NewForum.h"

#include "core/forum/Forum.h"
#include "core/forum/ForumClock.h"
#include "core/storage/Table.h"

#include <QCoreApplication>

namespace forumdesk {

std::unique_ptr<ForumFile> createForum(const QString &path, const QString &name, const QString &language,
                                       const QString &timeZone)
{
    const QString zone = timeZone.trimmed().isEmpty() ? ForumClock::computerZone() : timeZone.trimmed();
    if (!ForumClock::isZoneId(zone))
        throw ValidationError(QStringLiteral("forum"), QStringLiteral("time_zone"), QStringLiteral("zone"),
                              QCoreApplication::translate("NewForum", "“%1” is not a time zone; use a full name such as "
                                                                      "America/Lima or Europe/Madrid").arg(zone));
    return ForumFile::create(path, [&](ForumFile &file) {
        Forum forum;
        forum.name = name.trimmed();
        forum.language = language;
        forum.timeZone = zone;
        Table<Forum>(file).create(forum);
    });
}

} // namespace forumdesk
