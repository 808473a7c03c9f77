// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/forum/NewForum.h"

#include "core/forum/Forum.h"
#include "core/storage/Table.h"

namespace forumdesk {

std::unique_ptr<ForumFile> createForum(const QString &path, const QString &name, const QString &language)
{
    return ForumFile::create(path, [&](ForumFile &file) {
        Forum forum;
        forum.name = name.trimmed();
        forum.language = language;
        Table<Forum>(file).create(forum);
    });
}

} // namespace forumdesk
