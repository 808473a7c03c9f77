// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

namespace forumdesk {

class Database;

// The change log and tombstones of format 4 (core/storage/schema_v4.sql): the bookkeeping a merge
// of two copies reads to find what each changed since they parted.
namespace changelog {

// The tables that keep no records of the forum but bookkeeping about them (not record kinds).
QStringList bookkeepingTables();
// The tables of records the triggers watch: every table with a uid but the activity log (which
// only grows) and the bookkeeping tables.
QStringList recordTables(Database &db);
// A table's columns, in order (pragma table_info).
QStringList columnsOf(Database &db, const QString &table);
// What a table's reference columns name: column -> the table it refers to and its ON DELETE action.
struct Reference {
    QString table;
    QString onDelete;
};
QHash<QString, Reference> referencesOf(Database &db, const QString &table);
// The columns every record has and no edit changes: id, uid, created_at, updated_at.
bool isBookkeepingColumn(const QString &column);
// Whether the file has the change log (format 4 and later).
bool present(Database &db);
// Makes the triggers that fill the change log and tombstones again, from the live schema: run at
// the end of every migration from format 4 on, so a later format's columns are watched too.
void installTriggers(Database &db);

} // namespace changelog
} // namespace forumdesk
