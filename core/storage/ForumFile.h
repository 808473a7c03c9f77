// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/Migration.h"
#include "core/storage/PartialFile.h"
#include "core/storage/PassedChecks.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <exception>
#include <functional>
#include <memory>
#include <optional>
#include <thread>
#include <vector>

class QLockFile;
class QTemporaryDir;

namespace forumdesk {

class Database;
class StorageError;

struct OpenOptions {
    bool readOnly = false;     // open read-only even when the file could be written
    bool fullCheck = false;    // the full check even when the file passed it unchanged before
    bool takeOverLock = false; // take over a lock left by a Forum Desk on another computer
    // Of a full check, leave the reading of every page, index and CHECK rule to
    // checkDeferredIntegrity() (the header, format and exact schema are still checked here), so
    // that it may run on another thread while the caller reads, writing nothing until it passed.
    // Only for a read-only open.
    bool deferIntegrity = false;
    std::vector<MigrationStep> migrations = standardMigrations();
};

// Who holds a forum's lock: the Forum Desk that has it open for writing.
struct LockHolder {
    QString application;
    QString host;
    qint64 processId = 0;
    QDateTime since;             // when it took the lock (local time)
    bool onAnotherComputer = false;
    QString describe() const;    // "Forum Desk on LAPTOP (process 123) since 5 Dec 2026, 09:30"
};

// One forum = one SQLite file (*.ogpforum). Opening checks the file before anything can change it:
// a refused file throws StorageError with the reason, and its bytes are never touched. A file that
// can only be read (newer format, read-only file or folder, held by another Forum Desk) opens
// read-only and says why.
//
// Sharing: readers never fail because someone writes (they wait, bounded, for a commit to end);
// only a journal whose writer is gone is taken for a crash's. The checks run on the connection that
// is then kept, and a file replaced while it was being opened is opened again. Files beside the
// forum that are not regular files (a named pipe as its journal, say) are refused, never waited on.
//
// Checking: a file arriving from elsewhere, or changed outside Forum Desk, gets the full check
// (integrity_check with indexes and constraints, CHECK rules, the exact schema); a file that passed
// it and has not changed since (see PassedChecks) opens with the schema check only.
class ForumFile {
    Q_DECLARE_TR_FUNCTIONS(ForumFile)

public:
    enum class ReadOnlyReason { None, Requested, NewerFormat, FileNotWritable, FolderNotWritable, Locked };

    // Creates a new forum file at `path` (which must not exist): the schema, then `initialise`
    // (the forum row, say) in one transaction, written beside and renamed into place, so a failure
    // leaves no half file.
    static std::unique_ptr<ForumFile> create(const QString &path,
                                             const std::function<void(ForumFile &)> &initialise,
                                             const OpenOptions &options = {});
    static std::unique_ptr<ForumFile> open(const QString &path, const OpenOptions &options = {});
    ~ForumFile();

    // The path as the user gave it (absolute); filePath() is the file it leads to, links resolved.
    QString path() const { return m_path; }
    QString filePath() const { return m_filePath; }
    Database &database() const { return *m_db; }
    int schemaVersion() const { return m_schemaVersion; }
    static int currentSchemaVersion();

    bool isReadOnly() const { return m_readOnlyReason != ReadOnlyReason::None; }
    ReadOnlyReason readOnlyReason() const { return m_readOnlyReason; }
    // A sentence for the user: why the file is open read-only (empty when it is not).
    QString readOnlyMessage() const { return m_readOnlyMessage; }
    // When read-only because another Forum Desk holds the forum: who, where and since when.
    std::optional<LockHolder> lockHolder() const { return m_lockHolder; }
    // Why a take-over asked for (OpenOptions::takeOverLock) did not happen; empty when it did or
    // was not asked for.
    QString takeOverFailure() const { return m_takeOverFailure; }
    // The copy kept before this open migrated the file to the current format (empty if none).
    QString backupPath() const { return m_backupPath; }
    // Whether opening ran the full check (a new or changed file), or found it passed unchanged.
    bool fullyCheckedAtOpen() const { return m_fullyChecked; }
    // Whether the full check's integrity part was left to checkDeferredIntegrity()
    // (OpenOptions::deferIntegrity and a file that needed the full check).
    bool integrityDeferred() const { return m_integrityDeferred; }
    // That integrity part, through a connection of its own (so it may run on another thread while
    // this one is used), on the state of the file that open() saw: throws the refusal open() would
    // have thrown; a file changed since the open is refused as one that kept changing. Once it
    // passed, the file is remembered as checked, as after an open. Does nothing when nothing was
    // deferred.
    void checkDeferredIntegrity() const;

    // Throws StorageError(ReadOnly) with readOnlyMessage() when the file is open read-only.
    void requireWritable() const;

    // Who is making changes: written in the activity log.
    QString actor() const { return m_actor; }
    void setActor(const QString &name) { m_actor = name; }
    void logActivity(const QString &action, const QString &entity, const QString &entityUid,
                     const QString &summary);

    enum class CopyTarget { MustNotExist, Replace };
    // A consistent copy of the forum (VACUUM INTO), written beside `target` and renamed into place.
    // It reads through a connection of its own, so it may run on a worker thread. An existing
    // target is replaced only when asked: StorageError(AlreadyExists) otherwise.
    void saveCopy(const QString &target, CopyTarget mode = CopyTarget::MustNotExist) const;
    // A copy of the file's bytes as last committed, read through this connection (so also inside
    // a transaction that has written nothing yet: a merge keeps ours so before writing; and what
    // this forum holds even when its path names another file now, which a sync tool put there). Faster
    // than saveCopy for a large file; `target` must not exist (StorageError(AlreadyExists)).
    void keepCopy(const QString &target) const;
    // keepCopy in two halves, so that the bytes are read and written (and synced) on a thread of
    // its own while the caller goes on: the copy is made of the file as the caller's open
    // transaction found it, through this connection's file, so nothing may be written through the
    // connection (the caller only reads) until finish() or the copy is dropped. finish() waits and
    // puts the copy under its name, with keepCopy's errors; a copy dropped unfinished leaves nothing.
    class BackgroundCopy {
    public:
        ~BackgroundCopy();
        BackgroundCopy(const BackgroundCopy &) = delete;
        BackgroundCopy &operator=(const BackgroundCopy &) = delete;
        void finish();

    private:
        friend class ForumFile;
        BackgroundCopy(const ForumFile &file, const QString &target);
        [[noreturn]] void fail(const StorageError &e) const;

        const ForumFile &m_file;
        QString m_target;
        std::unique_ptr<PartialFile> m_partial;
        std::thread m_thread;
        std::exception_ptr m_error;
    };
    // Throws as keepCopy does; also when no transaction is open on this connection.
    std::unique_ptr<BackgroundCopy> keepCopyInBackground(const QString &target) const;

    // Another connection to this forum, for work a worker thread does while the window keeps
    // answering (a merge): writable when this one is (this one's lock stands for both: it is the
    // same Forum Desk), not checked again (this one was), with the same actor. It must not outlive
    // this one, and is used by one thread at a time. Throws StorageError(Changed) when the path
    // names another file than this one reads now (a sync tool replaced it).
    std::unique_ptr<ForumFile> openBeside() const;

    // The full check on the open connection: integrity (pages, indexes, UNIQUE and NOT NULL),
    // CHECK rules, the exact schema, references. One line per problem (empty when sound).
    QStringList verify() const;

private:
    ForumFile() = default;
    static std::unique_ptr<ForumFile> openOnce(const QString &path, const OpenOptions &options, bool remember);
    static std::unique_ptr<ForumFile> openChecked(const QString &path, const OpenOptions &options, bool remember);
    void keepBackup(int version);
    void copyBytes(const QString &target, PartialFile::Target mode) const;
    void rememberOwnChanges();

    QString m_path;
    QString m_filePath;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<QLockFile> m_lock;
    std::unique_ptr<QTemporaryDir> m_scratch; // a recovered copy read in place of a crashed file
    int m_schemaVersion = 0;
    ReadOnlyReason m_readOnlyReason = ReadOnlyReason::None;
    QString m_readOnlyMessage;
    std::optional<LockHolder> m_lockHolder;
    QString m_takeOverFailure;
    QString m_backupPath;
    QString m_actor;
    std::vector<MigrationStep> m_migrations;
    bool m_fullyChecked = false;
    bool m_integrityDeferred = false;
    bool m_rememberDeferred = false; // remember the file as checked once checkDeferredIntegrity() passed
    FileFingerprint m_deferredFingerprint; // the state open() saw, when the integrity part was deferred
    bool m_remember = true;     // keep PassedChecks up to date after this connection's own commits
    qint64 m_dataVersion = -1;  // PRAGMA data_version when last known to hold only our own changes
};

} // namespace forumdesk
