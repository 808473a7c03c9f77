// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

namespace forumdesk {

// What a path names on disk, looked at without opening it: a named pipe or a device must never be
// opened by mistake (opening a pipe blocks until someone writes to it), and a symbolic link beside
// a forum file could send SQLite's writes anywhere.
struct FileEntry {
    Q_DECLARE_TR_FUNCTIONS(FileEntry)

public:
    enum class Kind { Missing, Regular, Folder, SymbolicLink, NamedPipe, Device, Socket, Other };

    Kind kind = Kind::Missing;
    quint64 device = 0;
    quint64 inode = 0;
    qint64 size = 0;
    qint64 modifiedNs = 0; // last change of the content
    qint64 changedNs = 0;  // last change of the content or of the entry itself (ctime): set by the system

    bool exists() const { return kind != Kind::Missing; }
    bool isRegular() const { return kind == Kind::Regular; }
    // Same file: same device and inode where the system has them, else same size and times.
    bool sameFileAs(const FileEntry &other) const;

    // The entry itself (a link is reported as a link).
    static FileEntry atPath(const QString &path);
    // What the path leads to, links followed.
    static FileEntry following(const QString &path);
    // "a named pipe", "a symbolic link"...: for messages.
    static QString describe(Kind kind);
};

// Reads a regular file whole, up to `maxBytes`, without ever blocking on a named pipe or a device
// swapped in at the last moment (it is opened non-blocking, without following links, and checked).
// `error` says why nothing was read: not a regular file, too big, unreadable. With `followLinks`
// (a file the user chose, such as a CSV to import), a link to a regular file is read too.
QByteArray readRegularFile(const QString &path, qint64 maxBytes, QString *error, bool followLinks = false);
// The first `length` bytes of a regular file, read as readRegularFile does (empty when it is not one).
QByteArray readRegularFileStart(const QString &path, qint64 length);
// The last `length` bytes of a regular file (all of it when shorter), read the same way.
QByteArray readRegularFileEnd(const QString &path, qint64 length);
// Copies a regular file as readRegularFile reads it, streaming, and syncs the copy.
bool copyRegularFile(const QString &from, const QString &to, QString *error);
// Writes a file's data to the disk (fsync); false when the system refuses.
bool syncFile(const QString &path);

// Makes a rename or a removal in `folder` durable: on POSIX systems the folder itself must be
// synced after its entries change. Returns false when the system refuses; elsewhere does nothing.
bool syncFolder(const QString &folder);

} // namespace forumdesk
