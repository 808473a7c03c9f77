// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/forum/VocabularyKeys.h"
#include "core/storage/ForumFile.h"

#include <memory>

namespace forumdesk {

// Creates an empty forum file with its forum row, in the forum's language and time zone (an IANA
// id such as America/Lima; empty: the computer's, ForumClock::computerZone()). A time zone that
// is not a full IANA id is refused with a ValidationError naming it.
std::unique_ptr<ForumFile> createForum(const QString &path, const QString &name,
                                       const QString &language = QString(key::Language::Spanish),
                                       const QString &timeZone = QString());

} // namespace forumdesk
