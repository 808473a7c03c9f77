// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/Statement.h"

#include "core/storage/Database.h"
#include "core/storage/StorageError.h"

#include <QDate>
#include <QDateTime>

#include <sqlite3.h>

#include <cstring>

#include <algorithm>

namespace forumdesk {

Statement::Statement(Database &db, const QString &sql, sqlite3_stmt *stmt)
    : m_db(&db), m_sql(sql), m_stmt(stmt)
{
}

Statement::~Statement()
{
    if (m_stmt)
        m_db->giveBack(m_sql, m_stmt);
}

Statement::Statement(Statement &&other) noexcept
    : m_db(other.m_db), m_sql(std::move(other.m_sql)), m_stmt(other.m_stmt)
{
    other.m_stmt = nullptr;
}

Statement &Statement::bind(int position, const QVariant &value)
{
    int rc = SQLITE_OK;
    if (value.isNull()) {
        rc = sqlite3_bind_null(m_stmt, position);
    } else {
        switch (value.typeId()) {
        case QMetaType::Bool:
        case QMetaType::Int:
        case QMetaType::UInt:
        case QMetaType::LongLong:
        case QMetaType::ULongLong:
        case QMetaType::Long:
            rc = sqlite3_bind_int64(m_stmt, position, value.toLongLong());
            break;
        case QMetaType::Double:
        case QMetaType::Float:
            rc = sqlite3_bind_double(m_stmt, position, value.toDouble());
            break;
        case QMetaType::QByteArray: {
            const QByteArray bytes = value.toByteArray();
            rc = sqlite3_bind_blob64(m_stmt, position, bytes.constData(), bytes.size(),
                                     SQLITE_TRANSIENT);
            break;
        }
        default: {
            const QByteArray utf8 = value.toString().toUtf8();
            rc = sqlite3_bind_text64(m_stmt, position, utf8.constData(), utf8.size(),
                                     SQLITE_TRANSIENT, SQLITE_UTF8);
        }
        }
    }
    if (rc != SQLITE_OK)
        m_db->fail(rc, m_sql);
    return *this;
}

Statement &Statement::bindValueOf(int position, const Statement &source, int column)
{
    int rc = SQLITE_OK;
    const std::string_view utf8 =
        sqlite3_column_type(source.m_stmt, column) == SQLITE_TEXT ? source.bytes(column) : std::string_view();
    if (!std::all_of(utf8.begin(), utf8.end(), [](char c) { return uchar(c) < 0x80; })) {
        const QByteArray mended = QString::fromUtf8(utf8.data(), qsizetype(utf8.size())).toUtf8();
        rc = sqlite3_bind_text64(m_stmt, position, mended.constData(), sqlite3_uint64(mended.size()), SQLITE_TRANSIENT,
                                 SQLITE_UTF8);
    } else {
        rc = sqlite3_bind_value(m_stmt, position, sqlite3_column_value(source.m_stmt, column));
    }
    if (rc != SQLITE_OK)
        m_db->fail(rc, m_sql);
    return *this;
}

Statement &Statement::bindAll(const QVariantList &values)
{
    for (int i = 0; i < values.size(); ++i)
        bind(i + 1, values.at(i));
    return *this;
}

bool Statement::next()
{
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    sqlite3_reset(m_stmt);
    m_db->fail(rc, m_sql);
}

void Statement::run()
{
    while (next()) {
    }
}

void Statement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

int Statement::columnCount() const { return sqlite3_column_count(m_stmt); }

QString Statement::columnName(int column) const
{
    return QString::fromUtf8(sqlite3_column_name(m_stmt, column));
}

QVariant Statement::value(int column) const
{
    switch (sqlite3_column_type(m_stmt, column)) {
    case SQLITE_INTEGER: return QVariant(qint64(sqlite3_column_int64(m_stmt, column)));
    case SQLITE_FLOAT: return QVariant(sqlite3_column_double(m_stmt, column));
    case SQLITE_TEXT: return QVariant(text(column));
    case SQLITE_BLOB: {
        const auto *data = static_cast<const char *>(sqlite3_column_blob(m_stmt, column));
        return QVariant(QByteArray(data, sqlite3_column_bytes(m_stmt, column)));
    }
    default: return QVariant();
    }
}

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

qint64 Statement::int64(int column) const { return sqlite3_column_int64(m_stmt, column); }
double Statement::real(int column) const { return sqlite3_column_double(m_stmt, column); }

QString Statement::text(int column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    return data ? QString::fromUtf8(data, sqlite3_column_bytes(m_stmt, column)) : QString();
}

std::string_view Statement::bytes(int column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    return data ? std::string_view(data, size_t(sqlite3_column_bytes(m_stmt, column))) : std::string_view();
}

bool Statement::holdsSameAs(int column, const Statement &other, int otherColumn) const
{
    const int type = sqlite3_column_type(m_stmt, column);
    if (type != sqlite3_column_type(other.m_stmt, otherColumn))
        return false;
    switch (type) {
    case SQLITE_NULL: return true;
    case SQLITE_INTEGER: return sqlite3_column_int64(m_stmt, column) == sqlite3_column_int64(other.m_stmt, otherColumn);
    case SQLITE_FLOAT: return sqlite3_column_double(m_stmt, column) == sqlite3_column_double(other.m_stmt, otherColumn);
    default: {
        // Text as the UTF-8 it is stored in (asked as text, it is not converted), blobs as they are.
        const void *mine = type == SQLITE_TEXT ? static_cast<const void *>(sqlite3_column_text(m_stmt, column))
                                               : sqlite3_column_blob(m_stmt, column);
        const void *theirs = type == SQLITE_TEXT ? static_cast<const void *>(sqlite3_column_text(other.m_stmt, otherColumn))
                                                 : sqlite3_column_blob(other.m_stmt, otherColumn);
        const int size = sqlite3_column_bytes(m_stmt, column);
        if (size != sqlite3_column_bytes(other.m_stmt, otherColumn))
            return false;
        return size == 0 || (mine && theirs && std::memcmp(mine, theirs, size_t(size)) == 0); // no bytes: out of memory
    }
    }
}

} // namespace forumdesk
