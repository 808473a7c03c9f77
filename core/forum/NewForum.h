// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/ForumFile.h"

#include <memory>

namespace forumdesk {

// Creates an empty forum file with its forum row, in the forum's language.
std::unique_ptr<ForumFile> createForum(const QString &path, const QString &name,
                                       const QString &language = QStringLiteral("es"));

} // namespace forumdesk
