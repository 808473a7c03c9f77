// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace forumdesk {

// The copies of a forum that file-sync tools leave beside it when two computers changed it before
// they synchronised, which nobody notices unless told:
//   Syncthing  "NAME.sync-conflict-20261205-101500-ABCDEF7.ogpforum"
//   Nextcloud  "NAME (conflicted copy 2026-12-05 101500).ogpforum"
//   Dropbox    "NAME (Ana's conflicted copy 2026-12-05).ogpforum"
// and the copy Forum Desk keeps of an open forum whose file a sync tool replaced under it
// ("NAME (kept copy 2026-12-05 101500).ogpforum", keptCopyPath(), in the language Forum Desk speaks).
struct SyncCopy {
    enum class Tool { Syncthing, Nextcloud, Dropbox, ForumDesk };
    QString path;
    Tool tool;
    QDateTime modified;
};

class SyncCopies {
public:
    // The conflict copies of `forumPath` in its folder, oldest first: regular files only (a link, a
    // folder or a pipe with such a name is not a copy).
    static QList<SyncCopy> beside(const QString &forumPath);
    // Whether `fileName` is one of `forumPath`'s conflict copies by its name.
    static std::optional<SyncCopy::Tool> toolOf(const QString &forumPath, const QString &fileName);
    // The folder beside the forum where copies that are merged, or identical, are moved:
    // "NAME (merged copies)", in the language Forum Desk speaks. Nothing is deleted.
    static QString asideFolder(const QString &forumPath);
    // Moves `copyPath` into asideFolder(), keeping its name (numbered if the name is taken there);
    // returns where it went. Throws StorageError naming what failed.
    static QString moveAside(const QString &forumPath, const QString &copyPath);
    // Whether two files hold the same bytes.
    static bool sameBytes(const QString &a, const QString &b);
    // A name for the copy Forum Desk keeps of an open forum whose file was replaced under it.
    static QString keptCopyPath(const QString &forumPath, const QDateTime &when);
    // "kept copy" in the language Forum Desk speaks, fit for a file name (toolOf knows a kept copy in any).
    static QString keptCopyWords();
};

} // namespace forumdesk
