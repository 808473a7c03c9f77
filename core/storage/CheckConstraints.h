// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace forumdesk {

class Database;

// The CHECK constraints of a table, as written in its CREATE TABLE statement, and a scan of a
// file's rows against them. SQLite's integrity_check skips CHECK constraints on a read-only
// connection, and a file read by the CLI or a second window is open read-only; a row that breaks
// one would make a later write fail, so it is looked for here.
class CheckConstraints {
public:
    // The expression inside every CHECK (...) of `createTableSql`, in order.
    static QStringList of(const QString &createTableSql);
    // One line per row of `table` (at most `limit`) that breaks one of `expressions`.
    static QStringList scan(Database &db, const QString &table, const QStringList &expressions, int limit = 20);
};

} // namespace forumdesk
