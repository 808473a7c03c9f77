// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/EntitySchema.h"
#include "core/storage/Record.h"

#include <QJsonArray>
#include <QJsonObject>

namespace forumdesk {

// A record as a JSON object: id, uid, created_at, updated_at and every field under its column name.
// Dates stay ISO strings, booleans are true/false, references an id or null, key lists arrays.
template <class T>
QJsonObject recordToJson(const T &record)
{
    QJsonObject object{{QStringLiteral("id"), record.id},
                       {QStringLiteral("uid"), record.uid},
                       {QStringLiteral("created_at"), formatTimestamp(record.createdAt)},
                       {QStringLiteral("updated_at"), formatTimestamp(record.updatedAt)}};
    for (const auto &f : T::schema().fields) {
        const QVariant value = f.load(record);
        switch (f.type) {
        case FieldType::Boolean:
            object.insert(f.column, value.toLongLong() != 0);
            break;
        case FieldType::KeyList:
            object.insert(f.column, QJsonArray::fromStringList(
                                        value.toString().split(QLatin1Char(';'), Qt::SkipEmptyParts)));
            break;
        default:
            object.insert(f.column, QJsonValue::fromVariant(value));
        }
    }
    return object;
}

template <class T>
QJsonArray recordsToJson(const QList<T> &records)
{
    QJsonArray array;
    for (const T &record : records)
        array.append(recordToJson(record));
    return array;
}

} // namespace forumdesk
