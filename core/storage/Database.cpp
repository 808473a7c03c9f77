// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/Database.h"

#include "core/storage/ForumVfs.h"
#include "core/storage/StorageError.h"

#include <QCollator>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QThread>

#define SQLITE_ENABLE_PREUPDATE_HOOK
#include <sqlite3.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstring>
#include <iterator>
#include <mutex>
#include <utility>

namespace forumdesk {

namespace {

StorageError::Kind kindFor(int code)
{
    if (code == SQLITE_READONLY_ROLLBACK)
        return StorageError::Kind::Changed; // a writer crashed just now: open again, to recover it
    switch (code & 0xff) {
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        return StorageError::Kind::Corrupt;
    case SQLITE_FULL:
        return StorageError::Kind::DiskFull;
    case SQLITE_READONLY:
        return StorageError::Kind::ReadOnly;
    case SQLITE_CANTOPEN:
    case SQLITE_PERM:
    case SQLITE_AUTH:
        return StorageError::Kind::CannotOpen;
    case SQLITE_IOERR:
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return StorageError::Kind::Io;
    case SQLITE_CONSTRAINT:
        return StorageError::Kind::Constraint;
    default:
        return StorageError::Kind::Internal;
    }
}

QString plainReason(int code, const char *sqliteMessage)
{
    switch (code & 0xff) {
    case SQLITE_FULL:
        return QCoreApplication::translate("Database", "the disk is full");
    case SQLITE_READONLY:
        return QCoreApplication::translate("Database", "the file or its folder is read-only");
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        return QCoreApplication::translate("Database", "the file is damaged (%1)")
            .arg(QString::fromUtf8(sqliteMessage));
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return QCoreApplication::translate("Database", "the file is busy in another program, which held it "
                                                       "for more than %1 seconds; try again in a moment")
            .arg(Database::kBusyLimitMs / 1000);
    default:
        return QString::fromUtf8(sqliteMessage);
    }
}

// People's and places' names sort as a reader expects (Á with A, ñ after n), not by byte value.
int compareNames(void *, int leftSize, const void *left, int rightSize, const void *right)
{
    static thread_local QCollator collator = [] {
        QCollator c{QLocale(QLocale::Spanish)};
        c.setCaseSensitivity(Qt::CaseInsensitive);
        c.setNumericMode(true);
        return c;
    }();
    return collator.compare(QString::fromUtf8(static_cast<const char *>(left), leftSize),
                            QString::fromUtf8(static_cast<const char *>(right), rightSize));
}

// search_fold(text): foldForSearch for SQL. Plain ASCII, most of what is searched, is only
// lower-cased, byte by byte.
void searchFold(sqlite3_context *context, int, sqlite3_value **values)
{
    if (sqlite3_value_type(values[0]) == SQLITE_NULL) {
        sqlite3_result_null(context);
        return;
    }
    const auto *text = reinterpret_cast<const char *>(sqlite3_value_text(values[0]));
    const int size = sqlite3_value_bytes(values[0]);
    bool ascii = true;
    for (int i = 0; i < size && ascii; ++i)
        ascii = static_cast<unsigned char>(text[i]) < 0x80;
    if (ascii) {
        QByteArray lower(text, size);
        for (char &c : lower)
            if (c >= 'A' && c <= 'Z')
                c = char(c - 'A' + 'a');
        sqlite3_result_text(context, lower.constData(), int(lower.size()), SQLITE_TRANSIENT);
        return;
    }
    const QByteArray folded = foldForSearch(QString::fromUtf8(text, size)).toUtf8();
    sqlite3_result_text(context, folded.constData(), int(folded.size()), SQLITE_TRANSIENT);
}

// forumdesk_plain_timestamp(value): 1 when `value` is text of the form YYYY-MM-DDTHH:MM:SSZ (years
// 1000 to 9999) naming a real day and time, for which strftime('%Y-%m-%dT%H:%M:%SZ', value) gives
// `value` back; 0 otherwise (other text may still pass that rule: ask strftime). A shortcut for
// CheckConstraints::scan, which reads every row's times.
void plainTimestamp(sqlite3_context *context, int, sqlite3_value **values)
{
    bool plain = false;
    if (sqlite3_value_type(values[0]) == SQLITE_TEXT && sqlite3_value_bytes(values[0]) == 20) {
        const auto *t = sqlite3_value_text(values[0]);
        const auto digits = [t](int at, int count, int &value) {
            value = 0;
            for (int i = at; i < at + count; ++i) {
                if (t[i] < '0' || t[i] > '9')
                    return false;
                value = value * 10 + (t[i] - '0');
            }
            return true;
        };
        int year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0;
        if (digits(0, 4, year) && t[4] == '-' && digits(5, 2, month) && t[7] == '-' && digits(8, 2, day) && t[10] == 'T'
            && digits(11, 2, hour) && t[13] == ':' && digits(14, 2, minute) && t[16] == ':' && digits(17, 2, second)
            && t[19] == 'Z' && year >= 1000 && month >= 1 && month <= 12 && day >= 1 && hour <= 23 && minute <= 59
            && second <= 59) {
            static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
            const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
            plain = day <= kDays[month - 1] + (month == 2 && leap ? 1 : 0);
        }
    }
    sqlite3_result_int(context, plain ? 1 : 0);
}

} // namespace

QString foldForSearch(const QString &text)
{
    QString out;
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    out.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        const QChar::Category category = c.category();
        if (category == QChar::Mark_NonSpacing || category == QChar::Mark_SpacingCombining
            || category == QChar::Mark_Enclosing)
            continue;
        out += c;
    }
    return out.toCaseFolded();
}

Database::Database(const QString &path, Mode mode) : m_path(path), m_mode(mode)
{
    // Once a process, before SQLite's first use: no statistics of its memory (nothing here asks for
    // them, and keeping them takes a lock shared by every connection around each allocation, which
    // a merge's two threads otherwise take turns at). Where SQLite was already in use (a test opening
    // a file with sqlite3 itself first), it keeps its statistics.
    static std::once_flag configured;
    std::call_once(configured, [] {
        sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
        sqlite3_initialize();
    });
    int flags = SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_NOFOLLOW;
    switch (mode) {
    case Mode::ReadOnly: flags |= SQLITE_OPEN_READONLY; break;
    case Mode::ReadWrite: flags |= SQLITE_OPEN_READWRITE; break;
    case Mode::Create: flags |= SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE; break;
    }
    const QByteArray native = sqliteFileName(path);
    const bool inMemory = path == QLatin1String(":memory:");
    takeVfsRefusal();
    const int rc = sqlite3_open_v2(native.constData(), &m_db, flags, inMemory ? nullptr : forumVfsName());
    if (rc != SQLITE_OK) {
        QString reason = takeVfsRefusal();
        if (reason.isEmpty())
            reason = m_db ? plainReason(rc, sqlite3_errmsg(m_db)) : QString();
        sqlite3_close_v2(m_db);
        m_db = nullptr;
        throw StorageError(StorageError::Kind::CannotOpen,
                           QCoreApplication::translate("Database", "Cannot open %1: %2")
                               .arg(QDir::toNativeSeparators(path), reason));
    }
    sqlite3_extended_result_codes(m_db, 1);
    // Another connection (the Dashboard's worker, a CLI run, a colleague's Forum Desk) holds the
    // file for one transaction at a time: wait for it rather than fail with "the file is busy".
    sqlite3_busy_handler(m_db, &Database::busyWait, this);
    sqlite3_preupdate_hook(m_db, &Database::rowWritten, this);
    sqlite3_rollback_hook(m_db, [](void *self) { static_cast<Database *>(self)->m_uncommitted.clear(); }, this);
    sqlite3_create_collation_v2(m_db, "NAME", SQLITE_UTF8, nullptr, compareNames, nullptr);
    sqlite3_create_function_v2(m_db, "search_fold", 1, SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS, nullptr,
                               searchFold, nullptr, nullptr, nullptr);
    sqlite3_create_function_v2(m_db, "forumdesk_plain_timestamp", 1, SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_DIRECTONLY,
                               nullptr, plainTimestamp, nullptr, nullptr, nullptr);
    // Hardening for files that come from someone else (docs/architecture.md, The forum file, shared).
    int ignored = 0;
    sqlite3_db_config(m_db, SQLITE_DBCONFIG_DEFENSIVE, 1, &ignored);
    sqlite3_db_config(m_db, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, &ignored);
    sqlite3_db_config(m_db, SQLITE_DBCONFIG_ENABLE_LOAD_EXTENSION, 0, &ignored);
    sqlite3_db_config(m_db, SQLITE_DBCONFIG_ENABLE_TRIGGER, 0, &ignored);
    sqlite3_db_config(m_db, SQLITE_DBCONFIG_ENABLE_VIEW, 0, &ignored);
    sqlite3_db_config(m_db, SQLITE_DBCONFIG_DQS_DDL, 0, &ignored);
    sqlite3_db_config(m_db, SQLITE_DBCONFIG_DQS_DML, 0, &ignored);
    try {
        exec(QStringLiteral("PRAGMA cell_size_check=ON; PRAGMA mmap_size=0; PRAGMA foreign_keys=ON;"));
        // A file opened for writing may belong to someone else until it has been checked: its journal
        // mode is set by ForumFile after the checks (setting it on a WAL file would write to it).
        if (mode == Mode::Create)
            exec(QStringLiteral("PRAGMA journal_mode=DELETE; PRAGMA synchronous=FULL;"));
    } catch (...) {
        sqlite3_close_v2(m_db);
        m_db = nullptr;
        throw;
    }
}

void Database::allowCheckedTriggers()
{
    int ignored = 0;
    sqlite3_db_config(m_db, SQLITE_DBCONFIG_ENABLE_TRIGGER, 1, &ignored);
}

Database::TriggersOff::TriggersOff(Database &db) : m_db(db)
{
    sqlite3_db_config(m_db.m_db, SQLITE_DBCONFIG_ENABLE_TRIGGER, -1, &m_was);
    if (m_was)
        sqlite3_db_config(m_db.m_db, SQLITE_DBCONFIG_ENABLE_TRIGGER, 0, nullptr);
}

Database::TriggersOff::~TriggersOff()
{
    if (m_was)
        sqlite3_db_config(m_db.m_db, SQLITE_DBCONFIG_ENABLE_TRIGGER, 1, nullptr);
}

Database::~Database()
{
    for (auto &[sql, stmts] : m_cache)
        for (sqlite3_stmt *stmt : stmts)
            sqlite3_finalize(stmt);
    sqlite3_close_v2(m_db);
}

Statement Database::query(const QString &sql)
{
    auto it = m_cache.find(sql);
    if (it != m_cache.end() && !it->second.empty()) {
        sqlite3_stmt *stmt = it->second.back();
        it->second.pop_back();
        return Statement(*this, sql, stmt);
    }
    sqlite3_stmt *stmt = nullptr;
    const QByteArray utf8 = sql.toUtf8();
    const int rc = sqlite3_prepare_v3(m_db, utf8.constData(), int(utf8.size()),
                                      SQLITE_PREPARE_PERSISTENT, &stmt, nullptr);
    if (rc != SQLITE_OK)
        fail(rc, QStringLiteral("prepare: %1").arg(sql.left(80)));
    return Statement(*this, sql, stmt);
}

void Database::giveBack(const QString &sql, sqlite3_stmt *stmt)
{
    sqlite3_reset(stmt);
    sqlite3_clear_bindings(stmt);
    m_cache[sql].push_back(stmt);
}

void Database::exec(const QString &sql)
{
    char *error = nullptr;
    const int rc = sqlite3_exec(m_db, sql.toUtf8().constData(), nullptr, nullptr, &error);
    sqlite3_free(error);
    if (rc != SQLITE_OK)
        fail(rc, sql.left(80));
}

QVariant Database::scalar(const QString &sql, const QVariantList &binds)
{
    Statement st = query(sql);
    st.bindAll(binds);
    return st.next() ? st.value(0) : QVariant();
}

qint64 Database::lastInsertId() const { return sqlite3_last_insert_rowid(m_db); }
int Database::changes() const { return sqlite3_changes(m_db); }
bool Database::inTransaction() const { return sqlite3_get_autocommit(m_db) == 0; }

void Database::fail(int code, const QString &what) const
{
    Q_UNUSED(what)
    const QString refusal = takeVfsRefusal();
    if (!refusal.isEmpty())
        throw StorageError(StorageError::Kind::CannotOpen, refusal);
    throw StorageError(kindFor(code), plainReason(code, sqlite3_errmsg(m_db)));
}

int Database::busyWait(void *self, int attempt)
{
    auto *db = static_cast<Database *>(self);
    // A monotonic clock: a change of the computer's time must not shorten or stretch the wait.
    const auto monotonicMs = [] {
        return qint64(std::chrono::duration_cast<std::chrono::milliseconds>(
                          std::chrono::steady_clock::now().time_since_epoch())
                          .count());
    };
    const qint64 now = monotonicMs();
    if (attempt == 0)
        db->m_waitStartedMs = now;
    const qint64 waited = now - db->m_waitStartedMs;
    if (waited >= kBusyLimitMs)
        return 0;
    // Short steps first: a single-record edit holds the file for a few milliseconds.
    static constexpr int kSteps[] = {1, 1, 2, 2, 5, 5, 10, 10, 20, 20, 50};
    const int step = attempt < int(std::size(kSteps)) ? kSteps[attempt] : 100;
    QThread::msleep(ulong(step));
    db->m_waitedMs += monotonicMs() - now;
    return 1;
}

sqlite3_file *Database::mainFile() const
{
    sqlite3_file *file = nullptr;
    if (sqlite3_file_control(m_db, "main", SQLITE_FCNTL_FILE_POINTER, &file) != SQLITE_OK || !file
        || !file->pMethods)
        throw StorageError(StorageError::Kind::Io,
                           QCoreApplication::translate("Database", "%1 is not open").arg(QDir::toNativeSeparators(m_path)));
    return file;
}

qint64 Database::fileSize() const
{
    sqlite3_file *file = mainFile();
    sqlite3_int64 size = 0;
    const int rc = file->pMethods->xFileSize(file, &size);
    if (rc != SQLITE_OK)
        throw StorageError(StorageError::Kind::Io, plainReason(rc, "cannot read the file's size"));
    return size;
}

QByteArray Database::readFileBytes(qint64 offset, qint64 length) const
{
    return readFileBytes(mainFile(), fileSize(), offset, length);
}

QByteArray Database::readFileBytes(sqlite3_file *file, qint64 size, qint64 offset, qint64 length)
{
    if (offset >= size || length <= 0)
        return {};
    QByteArray bytes(int(std::min(length, size - offset)), Qt::Uninitialized);
    const int rc = file->pMethods->xRead(file, bytes.data(), int(bytes.size()), offset);
    if (rc != SQLITE_OK && rc != SQLITE_IOERR_SHORT_READ)
        throw StorageError(StorageError::Kind::Io, plainReason(rc, "the file cannot be read"));
    return bytes;
}

bool Database::fileHasMoved() const
{
    int moved = 0;
    if (sqlite3_file_control(m_db, "main", SQLITE_FCNTL_HAS_MOVED, &moved) != SQLITE_OK)
        return false; // a system that cannot tell
    return moved != 0;
}

ReadTransaction::ReadTransaction(Database &db) : m_db(db), m_own(!db.inTransaction())
{
    if (!m_own)
        return;
    m_db.exec(QStringLiteral("BEGIN"));
    try {
        m_db.scalar(QStringLiteral("SELECT count(*) FROM sqlite_schema")); // takes the read lock now
    } catch (...) {
        sqlite3_exec(m_db.handle(), "ROLLBACK", nullptr, nullptr, nullptr);
        throw;
    }
}

ReadTransaction::~ReadTransaction()
{
    if (m_own && m_db.inTransaction())
        sqlite3_exec(m_db.handle(), "COMMIT", nullptr, nullptr, nullptr);
}

SharedFileLock::SharedFileLock(const Database &db) : m_file(db.mainFile())
{
    QElapsedTimer waited;
    waited.start();
    for (int attempt = 0;; ++attempt) {
        const int rc = m_file->pMethods->xLock(m_file, SQLITE_LOCK_SHARED);
        if (rc == SQLITE_OK)
            return;
        if ((rc & 0xff) != SQLITE_BUSY || waited.elapsed() >= Database::kBusyLimitMs)
            throw StorageError(StorageError::Kind::Io,
                               QCoreApplication::translate("Database", "Cannot read %1: %2")
                                   .arg(QDir::toNativeSeparators(db.path()), plainReason(rc, "the file cannot be locked")));
        QThread::msleep(attempt < 10 ? 2 : 20);
    }
}

SharedFileLock::~SharedFileLock()
{
    m_file->pMethods->xUnlock(m_file, SQLITE_LOCK_NONE);
}

bool SharedFileLock::writerActive() const
{
    int reserved = 0;
    if (m_file->pMethods->xCheckReservedLock(m_file, &reserved) != SQLITE_OK)
        return true; // cannot tell: do not take a live writer's journal for a crash's
    return reserved != 0;
}

void Database::rowWritten(void *self, sqlite3 *db, int op, const char *schema, const char *table,
                          long long oldKey, long long newKey)
{
    if (std::strcmp(schema, "main") != 0)
        return;
    const std::optional<RecordKind> kind = recordKindOf(QLatin1String(table, qsizetype(std::strlen(table))));
    if (!kind)
        return;
    auto *database = static_cast<Database *>(self);
    const bool autocommit = sqlite3_get_autocommit(db) != 0;
    const auto note = [&](qint64 key) {
        if (autocommit)
            database->m_committed.add(*kind, key); // a statement outside a transaction commits alone
        else
            database->m_uncommitted.emplace_back(*kind, key);
    };
    note(op == SQLITE_INSERT ? newKey : oldKey);
    if (op == SQLITE_UPDATE && newKey != oldKey)
        note(newKey);
}

ChangeSet Database::takeWritten()
{
    return std::exchange(m_committed, ChangeSet());
}

void Database::pauseRowHook()
{
    sqlite3_preupdate_hook(m_db, nullptr, nullptr);
}

void Database::resumeRowHook()
{
    sqlite3_preupdate_hook(m_db, &Database::rowWritten, this);
}

void Database::noteWritten(RecordKind kind, qint64 id)
{
    if (sqlite3_get_autocommit(m_db) != 0)
        m_committed.add(kind, id);
    else
        m_uncommitted.emplace_back(kind, id);
}

Transaction::Transaction(Database &db) : m_db(db), m_writtenBefore(db.m_uncommitted.size())
{
    static std::atomic<quint64> counter = 0; // connections on several threads nest transactions
    if (!db.inTransaction()) {
        db.exec(QStringLiteral("BEGIN IMMEDIATE"));
    } else {
        m_savepoint = QStringLiteral("fd_sp%1").arg(++counter);
        db.exec(QStringLiteral("SAVEPOINT ") + m_savepoint);
    }
}

Transaction::~Transaction()
{
    if (m_done)
        return;
    // Rolling back cannot report errors from a destructor; SQLite rolls back on its own when the
    // connection closes if this fails.
    char *error = nullptr;
    const QByteArray sql = m_savepoint.isEmpty()
        ? QByteArray("ROLLBACK")
        : QStringLiteral("ROLLBACK TO %1; RELEASE %1").arg(m_savepoint).toUtf8();
    sqlite3_exec(m_db.handle(), sql.constData(), nullptr, nullptr, &error);
    sqlite3_free(error);
    if (m_writtenBefore < m_db.m_uncommitted.size())
        m_db.m_uncommitted.resize(m_writtenBefore);
}

void Transaction::commit()
{
    m_db.exec(m_savepoint.isEmpty() ? QStringLiteral("COMMIT")
                                    : QStringLiteral("RELEASE ") + m_savepoint);
    m_done = true;
    if (!m_savepoint.isEmpty())
        return;
    for (const auto &[kind, id] : m_db.m_uncommitted)
        m_db.m_committed.add(kind, id);
    m_db.m_uncommitted.clear();
    if (m_db.m_afterCommit)
        m_db.m_afterCommit();
}

} // namespace forumdesk
