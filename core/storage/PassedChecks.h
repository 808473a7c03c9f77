// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/FileEntry.h"

#include <QByteArray>
#include <QString>

namespace forumdesk {

class Database;

// What identifies one state of a forum file: where it is and which file it is, its size and
// times (the change time is set by the system on any change, and cannot be set back), SQLite's
// file change counter and schema cookie, and a hash of its first page.
struct FileFingerprint {
    QString path;
    FileEntry entry;
    quint32 changeCounter = 0;
    quint32 schemaCookie = 0;
    int formatVersion = 0;
    QByteArray firstPageHash;

    bool operator==(const FileFingerprint &other) const;
    // Read through `db` while it holds a read lock, so the bytes agree with each other.
    static FileFingerprint of(const Database &db, const QString &path);
};

// The states of forum files that passed the full check on this computer, kept in the user's data
// folder and shared by the window and the command line. A file unchanged since then opens without
// the full scan; anything changed outside Forum Desk gets it again. It is a cache: losing it costs
// one full check, and a record that cannot be written is no error.
class PassedChecks {
public:
    static bool contains(const FileFingerprint &fingerprint);
    static void remember(const FileFingerprint &fingerprint);
    static void forget(const QString &path);
    static QString folder();
};

} // namespace forumdesk
