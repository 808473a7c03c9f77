// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/ChangeSet.h"
#include "core/storage/Statement.h"

#include <QString>
#include <QVariant>
#include <QVariantList>

#include <functional>
#include <memory>
#include <unordered_map>
#include <vector>

struct sqlite3;
struct sqlite3_file;
struct sqlite3_stmt;

namespace forumdesk {

// Text as a search compares it: lower case, without accents or other marks ("Lucía Peña" ->
// "lucia pena"). Every Database offers it to SQL as search_fold(text).
QString foldForSearch(const QString &text);

// An open SQLite connection, hardened for untrusted files: defensive mode, no extension loading,
// untrusted schema, no triggers or views run, cell size checks, and the files beside it looked at
// before SQLite opens them (ForumVfs). Names sort with COLLATE NAME (a collation aware of accents,
// registered on every connection). Prepared statements are cached by their SQL text, which makes
// bulk writes (the large sample forum) fast. When another program holds the file, the connection
// waits for it (up to busyLimitMs) instead of failing.
class Database {
public:
    enum class Mode { ReadOnly, ReadWrite, Create };
    static constexpr int kBusyLimitMs = 10000;

    // Opening reads nothing but the file's first bytes; no statement has run yet.
    Database(const QString &path, Mode mode);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    sqlite3 *handle() const { return m_db; }
    // Lets the file's own triggers run (they never do on a new connection: a file from someone else
    // is untrusted). Only for a file whose exact schema has been checked: the change log's triggers
    // (core/storage/ChangeLog.h) are then the only ones it has.
    void allowCheckedTriggers();
    // Keeps the triggers from running while it lives (then as they were): for writes a trigger would
    // leave alone anyway, such as the merge's updates, which the change log's triggers skip. SQLite
    // prepares the statements again without them, which spares each row their program.
    class TriggersOff {
    public:
        explicit TriggersOff(Database &db);
        ~TriggersOff();
        TriggersOff(const TriggersOff &) = delete;
        TriggersOff &operator=(const TriggersOff &) = delete;

    private:
        Database &m_db;
        int m_was = 0;
    };
    QString path() const { return m_path; }
    bool isReadOnly() const { return m_mode == Mode::ReadOnly; }

    // A statement ready to bind and step; it goes back to the cache when the Statement ends.
    Statement query(const QString &sql);
    // Runs one or more statements that take no parameters and return nothing of interest.
    void exec(const QString &sql);
    // Runs a statement and returns the first column of its first row (null when no row).
    QVariant scalar(const QString &sql, const QVariantList &binds = {});
    qint64 lastInsertId() const;
    int changes() const;
    bool inTransaction() const;

    // Turns the last SQLite error into a StorageError; `what` says what was being done.
    [[noreturn]] void fail(int code, const QString &what) const;

    // The file's own bytes, read through the connection's open file (never through a second file
    // handle: on POSIX systems closing any handle of a file drops every lock this process holds on
    // it, a writer's included). Reading takes no lock: hold one (a read transaction, or
    // SharedFileLock) for bytes that must agree with each other.
    qint64 fileSize() const;
    QByteArray readFileBytes(qint64 offset, qint64 length) const;
    // The same from a file mainFile() gave, `size` bytes long, without the connection: another
    // thread may read so while the connection's own thread reads (nothing may write meanwhile).
    static QByteArray readFileBytes(sqlite3_file *file, qint64 size, qint64 offset, qint64 length);
    // True when the path no longer names the file this connection has open (renamed, replaced or
    // removed since it was opened).
    bool fileHasMoved() const;
    sqlite3_file *mainFile() const;

    // Milliseconds spent waiting for other programs holding the file, since the connection opened.
    qint64 waitedMs() const { return m_waitedMs; }
    // Called after every outermost transaction commits on this connection.
    void setAfterCommit(std::function<void()> hook) { m_afterCommit = std::move(hook); }
    // Every row written through this connection by the transactions committed since the last call:
    // SQLite reports each insert, update and delete (the file's own cascades included), what a
    // rolled-back transaction or savepoint wrote is forgotten.
    ChangeSet takeWritten();
    // SQLite's session extension (ChangeRecorder) needs the connection's one pre-update hook for
    // itself: while it records, the rows written are not noted here, and it notes them afterwards.
    void pauseRowHook();
    void resumeRowHook();
    void noteWritten(RecordKind kind, qint64 id);

private:
    friend class Statement;
    friend class Transaction;
    void giveBack(const QString &sql, sqlite3_stmt *stmt);
    static int busyWait(void *self, int attempt);
    static void rowWritten(void *self, sqlite3 *db, int op, const char *schema, const char *table,
                           long long oldKey, long long newKey);

    sqlite3 *m_db = nullptr;
    QString m_path;
    Mode m_mode;
    std::unordered_map<QString, std::vector<sqlite3_stmt *>> m_cache;
    qint64 m_waitedMs = 0;
    qint64 m_waitStartedMs = 0;
    std::function<void()> m_afterCommit;
    std::vector<std::pair<RecordKind, qint64>> m_uncommitted; // written in the open transaction
    ChangeSet m_committed;
};

// A read transaction: what is read inside it is one consistent state of the file, and nobody
// commits until it ends. Inside a transaction already open, it does nothing.
class ReadTransaction {
public:
    explicit ReadTransaction(Database &db);
    ~ReadTransaction();
    ReadTransaction(const ReadTransaction &) = delete;
    ReadTransaction &operator=(const ReadTransaction &) = delete;

private:
    Database &m_db;
    bool m_own;
};

// A shared lock on the database file taken directly through SQLite's file layer, for reading its
// bytes while nothing may change them: even while a crash journal waits to be replayed, which
// SQLite itself would not let a read-only connection do. Waits (bounded) while a writer commits.
class SharedFileLock {
public:
    explicit SharedFileLock(const Database &db);
    ~SharedFileLock();
    SharedFileLock(const SharedFileLock &) = delete;
    SharedFileLock &operator=(const SharedFileLock &) = delete;
    // SQLite's own test for a live writer: another connection holds the RESERVED lock.
    bool writerActive() const;

private:
    sqlite3_file *m_file;
};

// One unit of work: the outermost is BEGIN IMMEDIATE ... COMMIT, nested ones are savepoints. Rolls
// back unless commit() was called, so an exception leaves the file as it was.
class Transaction {
public:
    explicit Transaction(Database &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;
    void commit();

private:
    Database &m_db;
    QString m_savepoint; // empty for the outermost transaction
    std::size_t m_writtenBefore; // rows the connection had written when this unit began
    bool m_done = false;
};

} // namespace forumdesk
