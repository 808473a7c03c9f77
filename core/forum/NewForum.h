// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/forum/VocabularyKeys.h"
#include "core/storage/ForumFile.h"

#include <memory>

namespace forumdesk {

// Creates an empty forum file with its forum row, in the forum's language.
std::unique_ptr<ForumFile> createForum(const QString &path, const QString &name,
                                       const QString &language = QString(key::Language::Spanish));

} // namespace forumdesk
