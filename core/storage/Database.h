// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Statement.h"

#include <QString>
#include <QVariant>
#include <QVariantList>

#include <memory>
#include <unordered_map>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace forumdesk {

// An open SQLite connection, hardened for untrusted files: defensive mode, no extension loading,
// untrusted schema, no triggers or views run, cell size checks. Names sort with COLLATE NAME (a
// collation aware of accents, registered on every connection). Prepared statements are cached by
// their SQL text, which makes bulk writes (the large sample forum) fast.
class Database {
public:
    enum class Mode { ReadOnly, ReadWrite, Create };

    Database(const QString &path, Mode mode);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    sqlite3 *handle() const { return m_db; }
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

private:
    friend class Statement;
    void giveBack(const QString &sql, sqlite3_stmt *stmt);

    sqlite3 *m_db = nullptr;
    QString m_path;
    Mode m_mode;
    std::unordered_map<QString, std::vector<sqlite3_stmt *>> m_cache;
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
    bool m_done = false;
};

} // namespace forumdesk
