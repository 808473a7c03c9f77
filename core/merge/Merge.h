// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/merge/MergeReport.h"

#include <QHash>
#include <QString>

#include <functional>
#include <optional>

namespace forumdesk {

class ForumFile;

struct MergeOptions {
    bool dryRun = false;                  // compute everything, write nothing
    MergePrefer prefer = MergePrefer::Ask;
    bool force = false;                   // merge even a copy of another forum (another forum uid)
    // Choices made for conflicts, by MergeConflict::key() (a review dialog's answers)...
    QHash<QString, MergeResolution> resolutions;
    // ...or asked conflict by conflict; nullopt (or Unresolved) falls back to `prefer`.
    std::function<std::optional<MergeResolution>(const MergeConflict &)> resolve;
};

// Merges THEIRS, another copy of the same forum, into OURS, field by field (docs/architecture.md,
// "Merging two copies"): records are matched by uid, references translated through uids, what each
// side changed since the copies parted is read from their change logs (format 4), removals from
// their tombstones. THEIRS is opened read-only and never changed. OURS is written in one
// transaction after a copy of it is kept beside it, and only when no conflict is left unresolved;
// a dry run writes nothing. Throws StorageError, with ours unchanged, when THEIRS cannot be read
// (missing, damaged, altered, of a newer format), is OURS itself, or is another forum (unless
// `force`).
MergeReport mergeForums(ForumFile &ours, const QString &theirsPath, const MergeOptions &options = {});

// What merging THEIRS would do, for a person to review: a dry run that settles every conflict as
// ours so that it can count what would come in, its conflicts then handed back unsettled.
MergeReport previewMerge(ForumFile &ours, const QString &theirsPath);

// Where the copy of `oursPath` kept before a merge at `when` goes: NAME.before-merge-YYYYMMDD-HHMMSS.ogpforum.
QString beforeMergePath(const QString &oursPath, const QDateTime &when);

} // namespace forumdesk
