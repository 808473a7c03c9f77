// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/ForumVfs.h"

#include "core/storage/FileEntry.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <cstring>
#include <mutex>

#include <sqlite3.h>

namespace forumdesk {

namespace {

thread_local QString t_refusal;

sqlite3_vfs *g_base = nullptr;
sqlite3_vfs g_vfs;

bool endsWith(const char *name, const char *suffix)
{
    const size_t n = std::strlen(name), s = std::strlen(suffix);
    return n >= s && std::memcmp(name + n - s, suffix, s) == 0;
}

int refuse(const char *name, const QString &reason)
{
    t_refusal = QCoreApplication::translate("ForumVfs", "“%1” beside the forum file is %2; Forum Desk will not "
                                                        "use it. Remove it or move the forum file to another folder")
                    .arg(QDir::toNativeSeparators(fromSqliteFileName(name)), reason);
    return SQLITE_CANTOPEN;
}

int vfsOpen(sqlite3_vfs *, sqlite3_filename name, sqlite3_file *file, int flags, int *outFlags)
{
    if (name && (flags & (SQLITE_OPEN_MAIN_JOURNAL | SQLITE_OPEN_SUPER_JOURNAL | SQLITE_OPEN_WAL))) {
        if (flags & SQLITE_OPEN_WAL) {
            // SQLite asks for the log because the file's header says WAL: another program switched
            // the file over (a "-wal" lying beside a rollback file is never even looked at).
            file->pMethods = nullptr;
            QString forum = fromSqliteFileName(name);
            if (forum.endsWith(QLatin1String("-wal")))
                forum.chop(4);
            t_refusal = QCoreApplication::translate(
                            "ForumVfs", "another program switched “%1” to write-ahead logging (WAL) while it was "
                                        "open, which Forum Desk does not use because it is unsafe on shared folders; "
                                        "switch it back with that program (PRAGMA journal_mode=DELETE) or open a copy "
                                        "saved before")
                            .arg(QDir::toNativeSeparators(forum));
            return SQLITE_CANTOPEN;
        }
        if (flags & SQLITE_OPEN_SUPER_JOURNAL) {
            // Named by a journal, and deleted by SQLite after a replay: Forum Desk never writes one.
            file->pMethods = nullptr;
            return refuse(name, QCoreApplication::translate("ForumVfs", "a super-journal, which forum files never use"));
        }
        const FileEntry entry = FileEntry::atPath(fromSqliteFileName(name));
        if (entry.exists() && !entry.isRegular()) {
            file->pMethods = nullptr;
            return refuse(name, FileEntry::describe(entry.kind));
        }
    }
    return g_base->xOpen(g_base, name, file, flags, outFlags);
}

int vfsAccess(sqlite3_vfs *, const char *name, int flags, int *result)
{
    // SQLite reads a "-wal" beside a file as part of it whatever the file's header says. Forum files
    // never have one, so one that is there was not written by Forum Desk: it is never looked at.
    if (name && endsWith(name, "-wal")) {
        *result = 0;
        return SQLITE_OK;
    }
    return g_base->xAccess(g_base, name, flags, result);
}

int vfsDelete(sqlite3_vfs *, const char *name, int syncDir)
{
    // A forum's connection deletes its own journal after each commit and nothing else: whatever
    // else a hostile file could make SQLite ask to delete stays.
    if (!name || !endsWith(name, "-journal"))
        return SQLITE_IOERR_DELETE;
    return g_base->xDelete(g_base, name, syncDir);
}
int vfsFullPathname(sqlite3_vfs *, const char *name, int size, char *out)
{
    return g_base->xFullPathname(g_base, name, size, out);
}
void *vfsDlOpen(sqlite3_vfs *, const char *) { return nullptr; } // extensions are never loaded
void vfsDlError(sqlite3_vfs *, int size, char *message)
{
    if (size > 0)
        std::snprintf(message, size_t(size), "%s", "extensions are not loaded");
}
void (*vfsDlSym(sqlite3_vfs *, void *, const char *))(void) { return nullptr; }
void vfsDlClose(sqlite3_vfs *, void *) {}
int vfsRandomness(sqlite3_vfs *, int size, char *out) { return g_base->xRandomness(g_base, size, out); }
int vfsSleep(sqlite3_vfs *, int microseconds) { return g_base->xSleep(g_base, microseconds); }
int vfsCurrentTime(sqlite3_vfs *, double *now) { return g_base->xCurrentTime(g_base, now); }
int vfsGetLastError(sqlite3_vfs *, int size, char *message)
{
    return g_base->xGetLastError ? g_base->xGetLastError(g_base, size, message) : 0;
}
int vfsCurrentTimeInt64(sqlite3_vfs *, sqlite3_int64 *now)
{
    if (g_base->iVersion >= 2 && g_base->xCurrentTimeInt64)
        return g_base->xCurrentTimeInt64(g_base, now);
    double days = 0;
    const int rc = g_base->xCurrentTime(g_base, &days);
    *now = sqlite3_int64(days * 86400000.0);
    return rc;
}

} // namespace

const char *forumVfsName()
{
    static std::once_flag once;
    std::call_once(once, [] {
        sqlite3_initialize();
        g_base = sqlite3_vfs_find(nullptr);
        std::memset(&g_vfs, 0, sizeof g_vfs);
        g_vfs.iVersion = 2;
        g_vfs.szOsFile = g_base->szOsFile;
        g_vfs.mxPathname = g_base->mxPathname;
        g_vfs.zName = "forumdesk";
        g_vfs.xOpen = vfsOpen;
        g_vfs.xDelete = vfsDelete;
        g_vfs.xAccess = vfsAccess;
        g_vfs.xFullPathname = vfsFullPathname;
        g_vfs.xDlOpen = vfsDlOpen;
        g_vfs.xDlError = vfsDlError;
        g_vfs.xDlSym = vfsDlSym;
        g_vfs.xDlClose = vfsDlClose;
        g_vfs.xRandomness = vfsRandomness;
        g_vfs.xSleep = vfsSleep;
        g_vfs.xCurrentTime = vfsCurrentTime;
        g_vfs.xGetLastError = vfsGetLastError;
        g_vfs.xCurrentTimeInt64 = vfsCurrentTimeInt64;
        sqlite3_vfs_register(&g_vfs, 0);
    });
    return g_vfs.zName;
}

QByteArray sqliteFileName(const QString &path)
{
#ifdef Q_OS_WIN
    return path.toUtf8();
#else
    return QFile::encodeName(path);
#endif
}

QString fromSqliteFileName(const char *name)
{
#ifdef Q_OS_WIN
    return QString::fromUtf8(name);
#else
    return QFile::decodeName(name);
#endif
}

QString takeVfsRefusal()
{
    QString refusal;
    refusal.swap(t_refusal);
    return refusal;
}

} // namespace forumdesk
