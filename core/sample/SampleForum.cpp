// SPDX-License-Identifier: GPL-3.0-or-later
#include "SampleForum.h"

#include "forum/NewForum.h"

namespace forumdesk {

std::unique_ptr<ForumFile> createSampleForum(const QString &path, const SampleOptions &options)
{
    return createForum(path, QStringLiteral("Foro Multiactor de Gobierno Abierto"), options.language);
}

} // namespace forumdesk
