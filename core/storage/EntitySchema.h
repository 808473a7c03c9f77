// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/StorageError.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <functional>
#include <limits>
#include <variant>
#include <vector>

namespace forumdesk {

// How a C++ member is stored in its column.
enum class FieldType {
    Text,          // QString; empty -> NULL unless required
    Integer,       // int or qint64
    Real,          // double
    Boolean,       // bool -> 0/1
    Date,          // QDate -> 'YYYY-MM-DD'; invalid -> NULL
    WallClock,     // QDateTime (its date and time only) -> 'YYYY-MM-DDTHH:MM', the forum's local time
    Timestamp,     // QDateTime, a moment -> 'YYYY-MM-DDTHH:MM:SSZ' in UTC (format 6: a live meeting's times)
    Reference,     // qint64 id of another table's row; 0 -> NULL
    Enumeration,   // QString key out of a fixed list
    KeyList,       // QStringList -> 'a;b;c'
};

QString formatDate(const QDate &date);
QDate parseDate(const QString &text);
QString formatWallClock(const QDateTime &when);
QDateTime parseWallClock(const QString &text);
QString formatTimestamp(const QDateTime &utc);
QDateTime parseTimestamp(const QString &text);
// A value as a validation message shows it.
inline QString shown(const QDate &date) { return formatDate(date); }
inline QString shown(const QDateTime &when) { return formatWallClock(when).replace(QLatin1Char('T'), QLatin1Char(' ')); }

// The earliest and latest dates a forum file accepts: far enough for any real forum, near enough
// to catch a typing slip such as 2205 for 2025.
inline QDate earliestDate() { return QDate(1900, 1, 1); }
inline QDate latestDate() { return QDate(2199, 12, 31); }

// One column of an entity: its name, type, member, and the rules a value must keep. The rules
// mirror the CHECK constraints of the schema, so a user sees a readable message before SQLite
// would refuse the row.
template <class T>
struct Field {
    using Member = std::variant<QString T::*, qint64 T::*, int T::*, double T::*, bool T::*,
                                QDate T::*, QDateTime T::*, QStringList T::*>;
    QString column;
    const char *label; // translatable, context "Field"
    FieldType type;
    Member member;
    bool required = false;
    int maxLength = 0;
    QStringList allowed;         // for Enumeration and KeyList
    double minimum = std::numeric_limits<double>::lowest();
    double maximum = std::numeric_limits<double>::max();
    QString references;          // table name, for Reference
    bool zeroIsNone = false;     // an Integer whose 0 means "not given" (stored as NULL)
    int sinceFormat = 1;         // the file format that added the column: a file of an earlier
                                 // format, open read-only as it is, reads it as empty

    Field &isRequired() { required = true; return *this; }
    Field &maxChars(int n) { maxLength = n; return *this; }
    Field &oneOf(QStringList keys) { allowed = std::move(keys); return *this; }
    Field &between(double lo, double hi) { minimum = lo; maximum = hi; return *this; }
    Field &refersTo(QString table) { references = std::move(table); return *this; }
    Field &optionalNumber() { zeroIsNone = true; return *this; }
    Field &since(int format) { sinceFormat = format; return *this; }

    QVariant load(const T &record) const;   // C++ value -> SQL value
    void store(T &record, const QVariant &value) const; // SQL value -> C++ value
};

class ForumFile;

// A record-level rule over several fields (an end before its start, say), or over the record and
// the rest of the forum (no more votes than voting members present). `check` returns an empty
// string when the rule is kept; otherwise the message. `field` and `rule` name what broke.
template <class T>
struct CrossCheck {
    using InFile = std::function<QString(const T &, ForumFile &)>;
    CrossCheck(QString field_, QString rule_, std::function<QString(const T &)> recordOnly)
        : field(std::move(field_)), rule(std::move(rule_)),
          check([recordOnly](const T &record, ForumFile &) { return recordOnly(record); })
    {
    }
    CrossCheck(QString field_, QString rule_, InFile inFile)
        : field(std::move(field_)), rule(std::move(rule_)), check(std::move(inFile))
    {
    }
    QString field;
    QString rule;
    InFile check;
};

// Everything the generic Table<T> needs to know about an entity.
template <class T>
struct EntitySchema {
    QString table;
    const char *label; // translatable, context "Entity": "member", "action plan"
    std::vector<Field<T>> fields;
    std::vector<CrossCheck<T>> crossChecks;
    std::function<QString(const T &)> describe; // a short readable name for the activity log
};

template <class T>
Field<T> field(const char *column, const char *label, FieldType type, typename Field<T>::Member member)
{
    Field<T> f;
    f.column = QString::fromLatin1(column);
    f.label = label;
    f.type = type;
    f.member = member;
    return f;
}

template <class T>
QVariant Field<T>::load(const T &record) const
{
    return std::visit([&](auto ptr) -> QVariant {
        const auto &value = record.*ptr;
        using V = std::decay_t<decltype(value)>;
        if constexpr (std::is_same_v<V, QString>) {
            if (value.isEmpty() && !required)
                return QVariant();
            return value;
        } else if constexpr (std::is_same_v<V, qint64> || std::is_same_v<V, int>) {
            if ((type == FieldType::Reference || zeroIsNone) && value == 0)
                return QVariant();
            return QVariant(qint64(value));
        } else if constexpr (std::is_same_v<V, double>) {
            return QVariant(value);
        } else if constexpr (std::is_same_v<V, bool>) {
            return QVariant(qint64(value ? 1 : 0));
        } else if constexpr (std::is_same_v<V, QDate>) {
            return value.isValid() ? QVariant(formatDate(value)) : QVariant();
        } else if constexpr (std::is_same_v<V, QDateTime>) {
            if (!value.isValid())
                return QVariant();
            return QVariant(type == FieldType::Timestamp ? formatTimestamp(value) : formatWallClock(value));
        } else {
            return QVariant(value.join(QLatin1Char(';')));
        }
    }, member);
}

template <class T>
void Field<T>::store(T &record, const QVariant &sql) const
{
    std::visit([&](auto ptr) {
        auto &value = record.*ptr;
        using V = std::decay_t<decltype(value)>;
        if constexpr (std::is_same_v<V, QString>) {
            value = sql.isNull() ? QString() : sql.toString();
        } else if constexpr (std::is_same_v<V, qint64>) {
            value = sql.toLongLong();
        } else if constexpr (std::is_same_v<V, int>) {
            value = sql.toInt();
        } else if constexpr (std::is_same_v<V, double>) {
            value = sql.toDouble();
        } else if constexpr (std::is_same_v<V, bool>) {
            value = sql.toLongLong() != 0;
        } else if constexpr (std::is_same_v<V, QDate>) {
            value = sql.isNull() ? QDate() : parseDate(sql.toString());
        } else if constexpr (std::is_same_v<V, QDateTime>) {
            value = sql.isNull() ? QDateTime()
                : type == FieldType::Timestamp ? parseTimestamp(sql.toString()) : parseWallClock(sql.toString());
        } else {
            const QString text = sql.toString();
            value = text.isEmpty() ? QStringList() : text.split(QLatin1Char(';'));
        }
    }, member);
}

} // namespace forumdesk
