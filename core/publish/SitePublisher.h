// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/meetings/Meeting.h"
#include "core/publish/Website.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace forumdesk {

class ForumFile;

struct PublishResult {
    int written = 0;    // files made or changed
    int unchanged = 0;  // files already as they should be
    int removed = 0;    // files of an earlier publication no longer published
    bool cancelled = false;
};

// Writes a website into a folder, safely:
// - only inside the folder: every path is the site's own, relative and plain, and no folder or
//   file on the way may be a link;
// - the folder may hold other files: the site's own are listed with their SHA-256 in a manifest
//   (.forumdesk-site.json, never a link), and only those, while still as written, are ever replaced
//   or removed. A file the site would write that is not in the manifest, or was changed since, is
//   someone else's: nothing is written, and the error names it;
// - publishing again writes only what changed (compared byte for byte; documents by what they are
//   made from) and removes what is no longer published;
// - each file is written whole or not at all (QSaveFile).
// `progress(done, total)` is called between files; returning false stops. Stopped or failed, the
// manifest lists what was written, so the next publication knows its files. Errors are StorageError naming the file.
class SitePublisher {
    Q_DECLARE_TR_FUNCTIONS(SitePublisher)

public:
    static constexpr const char *kManifest = ".forumdesk-site.json";

    static PublishResult publish(const Website &site, const QString &folder,
                                 const std::function<bool(int done, int total)> &progress = {});

    // `meeting` with the publication of its minutes recorded on `day` (approved minutes become
    // published); nothing when it has a publication date already or its minutes are not approved.
    static std::optional<Meeting> withPublicationRecorded(ForumFile &file, const Meeting &meeting, const QDate &day);
    // The meetings whose minutes a website shows and whose publication is not recorded yet.
    static QList<qint64> unrecordedMinutes(ForumFile &file);
    // Records the publication of these minutes on `day`, in one transaction (approved minutes
    // become published), before the site is made, so that the site shows them published. Returns
    // the meetings as they were, for putting back (restore) when publishing then fails.
    static QList<Meeting> recordMinutesPublished(ForumFile &file, const QList<qint64> &meetingIds, const QDate &day);
    static void restore(ForumFile &file, const QList<Meeting> &meetings);
};

} // namespace forumdesk
