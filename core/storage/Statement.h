// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QVariant>
#include <QVariantList>

#include <string_view>

struct sqlite3_stmt;

namespace forumdesk {

class Database;

// A prepared statement borrowed from the Database's cache. Binding follows SQLite's 1-based
// positions; values are QVariants (null QVariant -> SQL NULL). Move-only; resets on destruction so
// no read lock outlives the scope.
class Statement {
public:
    Statement(Database &db, const QString &sql, sqlite3_stmt *stmt);
    ~Statement();
    Statement(Statement &&other) noexcept;
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;
    Statement &operator=(Statement &&) = delete;

    Statement &bind(int position, const QVariant &value);
    Statement &bindAll(const QVariantList &values);
    // Binds the value of `source`'s column as SQLite holds it (integer, real, blob or NULL as is;
    // text that is not plain ASCII goes through Qt's UTF-8 as a QString would, broken sequences
    // mended alike), without a QVariant. `source` must be on a row.
    Statement &bindValueOf(int position, const Statement &source, int column);
    // Steps once: true when a row is available, false when done.
    bool next();
    // Steps to the end, for statements that return no rows.
    void run();
    void reset();

    int columnCount() const;
    QString columnName(int column) const;
    QVariant value(int column) const;
    bool isNull(int column) const;
    qint64 int64(int column) const;
    double real(int column) const;
    QString text(int column) const;
    // The column as the bytes SQLite holds (its text form; empty for NULL), valid until the next
    // step, reset or read of that column in another form.
    std::string_view bytes(int column) const;
    // Whether the column holds what `other`'s column holds, as SQLite holds them: the same type and
    // the same bytes (1 and 1.0 differ here), read without changing either's type (a number is not
    // made text, as bytes() would). Both must be on a row.
    bool holdsSameAs(int column, const Statement &other, int otherColumn) const;

private:
    Database *m_db;
    QString m_sql;
    sqlite3_stmt *m_stmt;
};

} // namespace forumdesk
