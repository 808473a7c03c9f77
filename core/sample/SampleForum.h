// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/forum/VocabularyKeys.h"
#include "core/storage/ForumFile.h"

#include <memory>

namespace forumdesk {

struct SampleOptions {
    enum class Size { Small, Large };
    QString language = key::Language::Spanish; // es, en, fr or pt
    Size size = Size::Small;
};

// Writes a realistic, fictional forum (every record kind, named by the others, in the forum's
// language: core/sample/SampleContent.h) to `path`, in one transaction, and returns it open.
std::unique_ptr<ForumFile> createSampleForum(const QString &path, const SampleOptions &options = {});

} // namespace forumdesk
