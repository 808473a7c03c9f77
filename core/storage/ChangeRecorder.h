// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

struct sqlite3_session;

namespace forumdesk {

class Database;

// Records, with SQLite's session extension, every row a piece of work writes through one
// connection (every table, the bookkeeping ones included), as a changeset that can be inverted and
// applied again: the undo and redo of an edit too large to describe record by record (a merge).
class ChangeRecorder {
public:
    // Starts recording on `db`. Throws StorageError when the session cannot be made.
    explicit ChangeRecorder(Database &db);
    ~ChangeRecorder();
    ChangeRecorder(const ChangeRecorder &) = delete;
    ChangeRecorder &operator=(const ChangeRecorder &) = delete;

    // Stops recording and returns what was written since it started (rows written and then removed
    // again leave nothing); the rows are noted as written by the connection (Database::takeWritten).
    QByteArray finish();

    // The changeset that undoes `changeset`.
    static QByteArray inverted(const QByteArray &changeset);
    // Writes `changeset` through `db`, inside the caller's transaction, with the change log's
    // triggers quiet (merge_state, when the file has one), so that the file's bookkeeping comes back
    // exactly as recorded. A row already gone (removed with its parent by a cascade) is skipped; a
    // bookkeeping row that differs takes the changeset's values, and so does a record that differs
    // only in its updated_at (an edit made and undone since); a record that differs from what
    // the changeset expects (someone changed it since) or a constraint broken throws StorageError,
    // and the caller's transaction rolls back.
    static void apply(Database &db, const QByteArray &changeset);

private:
    void stop();

    Database &m_db;
    sqlite3_session *m_session = nullptr;
};

} // namespace forumdesk
