// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/Database.h"
#include "core/storage/EntitySchema.h"
#include "core/storage/ForumFile.h"
#include "core/storage/Record.h"
#include "core/storage/StorageError.h"

#include <QList>
#include <QUuid>

#include <optional>

namespace forumdesk {

// The typed API of one table: create, read, update, delete and list records of type T, where T
// derives from Record and has `static const EntitySchema<T> &schema()`. Every change is one
// transaction (a savepoint inside a caller's transaction), validated first, and logged.
template <class T>
class Table {
public:
    explicit Table(ForumFile &file) : m_file(file), m_schema(T::schema()) {}

    // Validates, assigns id and uid (unless set) and timestamps, inserts. Returns the id.
    qint64 create(T &record);
    std::optional<T> find(qint64 id) const;
    std::optional<T> findByUid(const QString &uid) const;
    // Like find, but a missing record is an error that names the table and id.
    T get(qint64 id) const;
    // Writes the record's fields (validated) and its time of change; a record whose fields are all
    // as stored is left as it is, unlogged.
    void update(T &record);
    void remove(qint64 id);
    // Creates removed records again, each with its id and uid (the undo of a removal).
    void restore(const QList<T> &records)
    {
        for (T record : records)
            create(record);
    }
    // `where` is an SQL condition over this table's columns with ? placeholders.
    QList<T> list(const QString &where = {}, const QVariantList &binds = {},
                  const QString &orderBy = QStringLiteral("id")) const;
    qint64 count(const QString &where = {}, const QVariantList &binds = {}) const;
    // One page of list(): at most `limit` records from the `offset`th on. `orderBy` should end
    // with a unique key (the id), so that pages read one after another neither skip nor repeat.
    QList<T> page(const QString &where, const QVariantList &binds, const QString &orderBy, qint64 offset,
                  qint64 limit) const;
    // count() and page() for a query object (MemberQuery...) that gives its condition with
    // `QString where(QVariantList &binds) const`.
    template <class Query>
    qint64 countMatching(const Query &query) const
    {
        QVariantList binds;
        const QString condition = query.where(binds);
        return count(condition, binds);
    }
    template <class Query>
    QList<T> pageMatching(const Query &query, const QString &orderBy, qint64 offset, qint64 limit) const
    {
        QVariantList binds;
        const QString condition = query.where(binds);
        return page(condition, binds, orderBy, offset, limit);
    }
    // Throws ValidationError naming the first field that breaks a rule.
    void validate(const T &record) const;

    const EntitySchema<T> &schema() const { return m_schema; }

private:
    QString columnList() const;
    T fromRow(const Statement &st) const;
    void validateField(const Field<T> &f, const T &record) const;
    [[noreturn]] void invalid(const Field<T> &f, const char *rule, const QString &message) const;
    QString label(const Field<T> &f) const
    {
        return QCoreApplication::translate("Field", f.label);
    }

    ForumFile &m_file;
    const EntitySchema<T> &m_schema;
};

template <class T>
QString Table<T>::columnList() const
{
    QStringList columns{QStringLiteral("id"), QStringLiteral("uid"), QStringLiteral("created_at"),
                        QStringLiteral("updated_at")};
    // A column newer than the file's format (a file of an earlier format, read as it is) reads as
    // empty; such a file is never written.
    const int format = m_file.schemaVersion();
    for (const auto &f : m_schema.fields)
        columns << (f.sinceFormat <= format ? f.column : QStringLiteral("NULL"));
    return columns.join(QStringLiteral(", "));
}

template <class T>
T Table<T>::fromRow(const Statement &st) const
{
    T record;
    record.id = st.int64(0);
    record.uid = st.text(1);
    record.createdAt = parseTimestamp(st.text(2));
    record.updatedAt = parseTimestamp(st.text(3));
    for (size_t i = 0; i < m_schema.fields.size(); ++i)
        m_schema.fields[i].store(record, st.value(int(i) + 4));
    return record;
}

template <class T>
void Table<T>::invalid(const Field<T> &f, const char *rule, const QString &message) const
{
    throw ValidationError(m_schema.table, f.column, QString::fromLatin1(rule), message);
}

template <class T>
void Table<T>::validateField(const Field<T> &f, const T &record) const
{
    const QVariant value = f.load(record);
    switch (f.type) {
    case FieldType::Text:
    case FieldType::Enumeration: {
        const QString text = value.toString();
        if (f.required && text.trimmed().isEmpty())
            invalid(f, "required", QCoreApplication::translate("Validation", "“%1” is required").arg(label(f)));
        if (f.maxLength > 0 && text.size() > f.maxLength)
            invalid(f, "max_length", QCoreApplication::translate("Validation", "“%1” is longer than %2 characters").arg(label(f)).arg(f.maxLength));
        if (f.type == FieldType::Enumeration && !text.isEmpty() && !f.allowed.contains(text))
            invalid(f, "one_of", QCoreApplication::translate("Validation", "“%1” must be one of %2, not “%3”")
                                     .arg(label(f), f.allowed.join(QStringLiteral(", ")), text));
        break;
    }
    case FieldType::KeyList:
        for (const QString &key : value.toString().split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
            if (!f.allowed.isEmpty() && !f.allowed.contains(key))
                invalid(f, "one_of", QCoreApplication::translate("Validation", "“%1” must be among %2, not “%3”")
                                         .arg(label(f), f.allowed.join(QStringLiteral(", ")), key));
        }
        break;
    case FieldType::Integer:
    case FieldType::Real: {
        if (value.isNull())
            break;
        const double number = value.toDouble();
        if (number < f.minimum || number > f.maximum)
            invalid(f, "range", QCoreApplication::translate("Validation", "“%1” must be between %2 and %3, not %4")
                                    .arg(label(f)).arg(f.minimum).arg(f.maximum).arg(number));
        break;
    }
    case FieldType::Boolean:
        break;
    case FieldType::Date:
    case FieldType::WallClock:
    case FieldType::Timestamp: {
        if (value.isNull()) {
            if (f.required)
                invalid(f, "required", QCoreApplication::translate("Validation", "“%1” is required").arg(label(f)));
            break;
        }
        const QDate date = QDate::fromString(value.toString().left(10), Qt::ISODate);
        if (date < earliestDate() || date > latestDate())
            invalid(f, "date_range", QCoreApplication::translate("Validation", "“%1” must be between %2 and %3, not %4")
                                         .arg(label(f), formatDate(earliestDate()),
                                              formatDate(latestDate()), value.toString()));
        break;
    }
    case FieldType::Reference: {
        if (value.isNull()) {
            if (f.required)
                invalid(f, "required", QCoreApplication::translate("Validation", "“%1” is required").arg(label(f)));
            break;
        }
        const QVariant found = m_file.database().scalar(
            QStringLiteral("SELECT 1 FROM %1 WHERE id = ?").arg(f.references), {value});
        if (found.isNull())
            invalid(f, "exists", QCoreApplication::translate("Validation", "“%1” refers to %2 %3, which does not exist")
                                     .arg(label(f), f.references).arg(value.toLongLong()));
        break;
    }
    }
}

template <class T>
void Table<T>::validate(const T &record) const
{
    for (const auto &f : m_schema.fields)
        validateField(f, record);
    for (const auto &cross : m_schema.crossChecks) {
        const QString message = cross.check(record, m_file);
        if (!message.isEmpty())
            throw ValidationError(m_schema.table, cross.field, cross.rule, message);
    }
}

template <class T>
qint64 Table<T>::create(T &record)
{
    m_file.requireWritable();
    validate(record);
    Transaction tx(m_file.database());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (record.uid.isEmpty())
        record.uid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    record.createdAt = now;
    record.updatedAt = now;
    // A record that already has an id (an undone delete being restored) keeps it, so rows that
    // referred to it find it again.
    QStringList marks;
    for (size_t i = 0; i < m_schema.fields.size() + 4; ++i)
        marks << QStringLiteral("?");
    Statement st = m_file.database().query(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                                               .arg(m_schema.table, columnList(),
                                                    marks.join(QStringLiteral(", "))));
    st.bind(1, record.id > 0 ? QVariant(record.id) : QVariant());
    st.bind(2, record.uid).bind(3, formatTimestamp(now)).bind(4, formatTimestamp(now));
    for (size_t i = 0; i < m_schema.fields.size(); ++i)
        st.bind(int(i) + 5, m_schema.fields[i].load(record));
    st.run();
    record.id = m_file.database().lastInsertId();
    m_file.logActivity(QStringLiteral("create"), m_schema.table, record.uid, m_schema.describe(record));
    tx.commit();
    return record.id;
}

template <class T>
std::optional<T> Table<T>::find(qint64 id) const
{
    Statement st = m_file.database().query(
        QStringLiteral("SELECT %1 FROM %2 WHERE id = ?").arg(columnList(), m_schema.table));
    st.bind(1, id);
    if (!st.next())
        return std::nullopt;
    return fromRow(st);
}

template <class T>
std::optional<T> Table<T>::findByUid(const QString &uid) const
{
    Statement st = m_file.database().query(
        QStringLiteral("SELECT %1 FROM %2 WHERE uid = ?").arg(columnList(), m_schema.table));
    st.bind(1, uid);
    if (!st.next())
        return std::nullopt;
    return fromRow(st);
}

template <class T>
T Table<T>::get(qint64 id) const
{
    if (auto found = find(id))
        return *found;
    throw StorageError(StorageError::Kind::NotFound,
                       QCoreApplication::translate("Validation", "There is no %1 with id %2")
                           .arg(m_schema.table).arg(id));
}

template <class T>
void Table<T>::update(T &record)
{
    m_file.requireWritable();
    validate(record);
    Transaction tx(m_file.database());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    // A save that changes no field writes nothing: the record keeps its time of change, the log
    // and the views hear of nothing (SQLite compares, with the column's own affinity).
    QStringList sets{QStringLiteral("updated_at = ?")};
    QStringList same;
    for (const auto &f : m_schema.fields) {
        sets << f.column + QStringLiteral(" = ?");
        same << f.column + QStringLiteral(" IS ?");
    }
    Statement st = m_file.database().query(QStringLiteral("UPDATE %1 SET %2 WHERE id = ? AND NOT (%3)")
                                               .arg(m_schema.table, sets.join(QStringLiteral(", ")),
                                                    same.isEmpty() ? QStringLiteral("0") : same.join(QStringLiteral(" AND "))));
    const int count = int(m_schema.fields.size());
    st.bind(1, formatTimestamp(now));
    for (int i = 0; i < count; ++i) {
        const QVariant value = m_schema.fields[size_t(i)].load(record);
        st.bind(i + 2, value);
        st.bind(count + 3 + i, value);
    }
    st.bind(count + 2, record.id);
    st.run();
    if (m_file.database().changes() == 0) {
        get(record.id); // throws NotFound
        tx.commit();
        return; // unchanged
    }
    record.updatedAt = now;
    m_file.logActivity(QStringLiteral("update"), m_schema.table, record.uid, m_schema.describe(record));
    tx.commit();
}

template <class T>
void Table<T>::remove(qint64 id)
{
    m_file.requireWritable();
    Transaction tx(m_file.database());
    const T record = get(id);
    Statement st = m_file.database().query(
        QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(m_schema.table));
    st.bind(1, id);
    st.run();
    m_file.logActivity(QStringLiteral("delete"), m_schema.table, record.uid, m_schema.describe(record));
    tx.commit();
}

template <class T>
QList<T> Table<T>::list(const QString &where, const QVariantList &binds, const QString &orderBy) const
{
    QString sql = QStringLiteral("SELECT %1 FROM %2").arg(columnList(), m_schema.table);
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where;
    sql += QStringLiteral(" ORDER BY ") + orderBy;
    Statement st = m_file.database().query(sql);
    st.bindAll(binds);
    QList<T> records;
    while (st.next())
        records.append(fromRow(st));
    return records;
}

template <class T>
qint64 Table<T>::count(const QString &where, const QVariantList &binds) const
{
    QString sql = QStringLiteral("SELECT count(*) FROM %1").arg(m_schema.table);
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where;
    return m_file.database().scalar(sql, binds).toLongLong();
}

template <class T>
QList<T> Table<T>::page(const QString &where, const QVariantList &binds, const QString &orderBy, qint64 offset,
                        qint64 limit) const
{
    return list(where, binds, orderBy + QStringLiteral(" LIMIT %1 OFFSET %2").arg(limit).arg(offset));
}

// A LIKE pattern (with ESCAPE '\\') that matches any text containing `text` as typed: the
// wildcards % and _ in it are taken literally. For what people type in a search box, see
// searchCondition().
inline QString containsPattern(const QString &text)
{
    QString pattern = text;
    pattern.replace(QLatin1String("\\"), QLatin1String("\\\\"))
        .replace(QLatin1String("%"), QLatin1String("\\%"))
        .replace(QLatin1String("_"), QLatin1String("\\_"));
    return QStringLiteral("%") + pattern + QStringLiteral("%");
}

// The condition that `text`, as typed in a search box, appears in any of `columns`, whatever the
// case and accents ("lucia" finds "Lucía", "PENA" finds "Peña"), with its binds added to `binds`.
// Compares through the search_fold() SQL function every Database has (foldForSearch).
inline QString searchCondition(const QStringList &columns, const QString &text, QVariantList &binds)
{
    const QString pattern = containsPattern(foldForSearch(text.trimmed()));
    QStringList any;
    for (const QString &column : columns) {
        any << QStringLiteral("search_fold(%1) LIKE ? ESCAPE '\\'").arg(column);
        binds << pattern;
    }
    return QStringLiteral("(") + any.join(QStringLiteral(" OR ")) + QStringLiteral(")");
}

} // namespace forumdesk
