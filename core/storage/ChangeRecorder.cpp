// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/ChangeRecorder.h"

#include "core/storage/ChangeSet.h"
#include "core/storage/Database.h"
#include "core/storage/StorageError.h"

#include <QCoreApplication>

#include <cstring>

#define SQLITE_ENABLE_SESSION
#define SQLITE_ENABLE_PREUPDATE_HOOK
#include <sqlite3.h>

namespace forumdesk {

namespace {

struct Words {
    Q_DECLARE_TR_FUNCTIONS(ChangeRecorder)
};

[[noreturn]] void fail(int rc, const QString &what)
{
    throw StorageError(rc == SQLITE_NOMEM ? StorageError::Kind::Internal : StorageError::Kind::Io,
                       QStringLiteral("%1: %2").arg(what, QString::fromUtf8(sqlite3_errstr(rc))));
}

bool sameValue(sqlite3_value *a, sqlite3_value *b)
{
    const int type = sqlite3_value_type(a);
    if (type != sqlite3_value_type(b))
        return false;
    switch (type) {
    case SQLITE_NULL: return true;
    case SQLITE_INTEGER: return sqlite3_value_int64(a) == sqlite3_value_int64(b);
    case SQLITE_FLOAT: return sqlite3_value_double(a) == sqlite3_value_double(b);
    default: {
        const int size = sqlite3_value_bytes(a);
        return size == sqlite3_value_bytes(b) && std::memcmp(sqlite3_value_blob(a), sqlite3_value_blob(b), size_t(size)) == 0;
    }
    }
}

// Whether the record in the file differs from what the changeset expects only in its
// `updated_at` (the fourth column of every record table): an edit made and undone since, whose
// undo stamped the time again, left the record as it was.
bool onlyTimeDiffers(sqlite3_changeset_iter *it, int columns)
{
    constexpr int updatedAt = 3;
    for (int column = 0; column < columns; ++column) {
        if (column == updatedAt)
            continue;
        sqlite3_value *expected = nullptr;
        sqlite3_value *found = nullptr;
        if (sqlite3changeset_old(it, column, &expected) != SQLITE_OK || !expected)
            continue; // a column the change does not look at
        if (sqlite3changeset_conflict(it, column, &found) != SQLITE_OK || !found || !sameValue(expected, found))
            return false;
    }
    return true;
}

int onConflict(void *, int conflict, sqlite3_changeset_iter *it)
{
    const char *table = nullptr;
    int columns = 0;
    int op = 0;
    int indirect = 0;
    sqlite3changeset_op(it, &table, &columns, &op, &indirect);
    // The file's own bookkeeping comes back as recorded; a record that differs from what the
    // changeset expects was changed by someone else since, and is never overwritten.
    const bool bookkeeping = table && !recordKindOf(QLatin1String(table));
    switch (conflict) {
    case SQLITE_CHANGESET_NOTFOUND:
        return SQLITE_CHANGESET_OMIT; // removed already, with its parent
    case SQLITE_CHANGESET_DATA:
        return bookkeeping || (columns > 3 && onlyTimeDiffers(it, columns)) ? SQLITE_CHANGESET_REPLACE : SQLITE_CHANGESET_ABORT;
    case SQLITE_CHANGESET_CONFLICT:
        return bookkeeping ? SQLITE_CHANGESET_REPLACE : SQLITE_CHANGESET_ABORT;
    default:
        return SQLITE_CHANGESET_ABORT; // a constraint or a reference broken: the whole step fails
    }
}

} // namespace

ChangeRecorder::ChangeRecorder(Database &db) : m_db(db)
{
    m_db.pauseRowHook(); // the session takes the connection's pre-update hook
    int rc = sqlite3session_create(db.handle(), "main", &m_session);
    if (rc == SQLITE_OK)
        rc = sqlite3session_attach(m_session, nullptr); // every table
    if (rc != SQLITE_OK) {
        stop();
        fail(rc, Words::tr("Cannot record the changes"));
    }
}

ChangeRecorder::~ChangeRecorder()
{
    stop();
}

void ChangeRecorder::stop()
{
    if (m_session)
        sqlite3session_delete(m_session);
    m_session = nullptr;
    m_db.resumeRowHook();
}

QByteArray ChangeRecorder::finish()
{
    int size = 0;
    void *bytes = nullptr;
    const int rc = m_session ? sqlite3session_changeset(m_session, &size, &bytes) : SQLITE_MISUSE;
    stop();
    if (rc != SQLITE_OK)
        fail(rc, Words::tr("Cannot record the changes"));
    QByteArray result(static_cast<const char *>(bytes), size);
    sqlite3_free(bytes);
    // Each row, as the connection's hook would have noted it: the views hear of what changed.
    sqlite3_changeset_iter *it = nullptr;
    if (!result.isEmpty() && sqlite3changeset_start(&it, int(result.size()), result.data()) == SQLITE_OK) {
        while (sqlite3changeset_next(it) == SQLITE_ROW) {
            const char *table = nullptr;
            int columns = 0;
            int op = 0;
            int indirect = 0;
            unsigned char *primaryKey = nullptr;
            if (sqlite3changeset_op(it, &table, &columns, &op, &indirect) != SQLITE_OK
                || sqlite3changeset_pk(it, &primaryKey, &columns) != SQLITE_OK)
                continue;
            const std::optional<RecordKind> kind = recordKindOf(QLatin1String(table));
            if (!kind)
                continue;
            for (int column = 0; column < columns; ++column) {
                if (!primaryKey[column])
                    continue;
                sqlite3_value *value = nullptr;
                if ((op == SQLITE_INSERT ? sqlite3changeset_new(it, column, &value) : sqlite3changeset_old(it, column, &value))
                        == SQLITE_OK
                    && value)
                    m_db.noteWritten(*kind, sqlite3_value_int64(value));
                break;
            }
        }
        sqlite3changeset_finalize(it);
    }
    return result;
}

QByteArray ChangeRecorder::inverted(const QByteArray &changeset)
{
    if (changeset.isEmpty())
        return {};
    int size = 0;
    void *bytes = nullptr;
    const int rc = sqlite3changeset_invert(int(changeset.size()), const_cast<char *>(changeset.constData()), &size, &bytes);
    if (rc != SQLITE_OK)
        fail(rc, Words::tr("Cannot undo the changes"));
    QByteArray result(static_cast<const char *>(bytes), size);
    sqlite3_free(bytes);
    return result;
}

void ChangeRecorder::apply(Database &db, const QByteArray &changeset)
{
    if (changeset.isEmpty())
        return;
    const bool quiet = db.scalar(QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = 'merge_state'"))
                           .toInt() == 1;
    if (quiet)
        db.exec(QStringLiteral("INSERT OR REPLACE INTO merge_state (id, theirs) VALUES (1, 'replay')"));
    const int rc = sqlite3changeset_apply(db.handle(), int(changeset.size()), const_cast<char *>(changeset.constData()),
                                          nullptr, onConflict, nullptr);
    if (quiet)
        db.exec(QStringLiteral("DELETE FROM merge_state"));
    if (rc != SQLITE_OK)
        throw StorageError(StorageError::Kind::Constraint,
                           Words::tr("The change cannot be undone or redone: the records it wrote have changed since (%1)")
                               .arg(QString::fromUtf8(sqlite3_errstr(rc))));
}

} // namespace forumdesk
