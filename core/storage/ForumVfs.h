// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace forumdesk {

// Every Forum Desk connection opens its file through this SQLite VFS: the system's own, with the
// files SQLite keeps beside a forum looked at before SQLite touches them. A journal that is a named
// pipe, a device, a socket or a symbolic link is refused instead of opened (a pipe would block for
// ever, a link would send the journal's writes elsewhere), a write-ahead log is never opened (forum
// files use a rollback journal only; a planted "-wal" would otherwise be read as part of the file),
// and a "-wal" beside a forum is not even seen.
const char *forumVfsName();

// A path as SQLite takes it (sqlite3_open_v2, and the names its VFS hands over), and back. SQLite
// passes the bytes on to the system unchanged on Unix, where open() takes QFile::encodeName's bytes;
// on Windows it reads them as UTF-8 and opens the file by its UTF-16 name, and the ANSI code page
// of QFile::encodeName would turn every name outside it into question marks.
QByteArray sqliteFileName(const QString &path);
QString fromSqliteFileName(const char *name);

// Why the VFS refused to open a file on this thread since the last call (empty when it did not);
// a connection's error message names the file and the reason with it.
QString takeVfsRefusal();

} // namespace forumdesk
