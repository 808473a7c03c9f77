// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/DataPackageCheck.h"

#include "core/exchange/Csv.h"

#include <QDate>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

namespace forumdesk::test {

namespace {

QByteArray readFile(const QString &path, bool *ok)
{
    QFile f(path);
    *ok = f.open(QIODevice::ReadOnly);
    return *ok ? f.readAll() : QByteArray();
}

// A CSV cell or JSON value as text, and whether it is a value at all.
bool fits(const QString &type, const QJsonValue &json, const QString &text, bool fromCsv)
{
    if (type == QLatin1String("string"))
        return fromCsv || json.isString();
    if (type == QLatin1String("boolean"))
        return fromCsv ? (text == QLatin1String("true") || text == QLatin1String("false")) : json.isBool();
    if (type == QLatin1String("integer")) {
        if (!fromCsv)
            return json.isDouble() && json.toDouble() == double(qint64(json.toDouble()));
        static const QRegularExpression integer(QStringLiteral("^[+-]?[0-9]+$"));
        return integer.match(text).hasMatch();
    }
    if (type == QLatin1String("number")) {
        if (!fromCsv)
            return json.isDouble();
        bool ok = false;
        text.toDouble(&ok);
        return ok;
    }
    const QString value = fromCsv ? text : json.toString();
    if (!fromCsv && !json.isString())
        return false;
    if (type == QLatin1String("date")) {
        static const QRegularExpression date(QStringLiteral("^[0-9]{4}-[0-9]{2}-[0-9]{2}$"));
        return date.match(value).hasMatch() && QDate::fromString(value, Qt::ISODate).isValid();
    }
    if (type == QLatin1String("datetime")) {
        static const QRegularExpression datetime(
            QStringLiteral("^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(Z|[+-][0-9]{2}:[0-9]{2})$"));
        return datetime.match(value).hasMatch() && QDateTime::fromString(value, Qt::ISODate).isValid();
    }
    return false; // a type the check does not know
}

} // namespace

QStringList checkDataPackage(const QString &folder, int limit)
{
    QStringList problems;
    auto problem = [&](const QString &text) {
        if (problems.size() < limit)
            problems << text;
    };
    bool ok = false;
    QJsonParseError error;
    const QJsonObject package = QJsonDocument::fromJson(readFile(QDir(folder).filePath(QStringLiteral("datapackage.json")), &ok), &error).object();
    if (!ok || error.error != QJsonParseError::NoError)
        return {QStringLiteral("datapackage.json is missing or not JSON")};
    static const QRegularExpression name(QStringLiteral("^[-a-z0-9._/]+$"));
    if (!name.match(package.value(QStringLiteral("name")).toString()).hasMatch())
        problem(QStringLiteral("package name “%1” is not lower case letters, digits, - . _").arg(package.value(QStringLiteral("name")).toString()));
    const QJsonArray licences = package.value(QStringLiteral("licenses")).toArray();
    if (licences.isEmpty() || licences.at(0).toObject().value(QStringLiteral("name")).toString().isEmpty())
        problem(QStringLiteral("no licence"));
    if (!QDateTime::fromString(package.value(QStringLiteral("created")).toString(), Qt::ISODate).isValid())
        problem(QStringLiteral("no valid “created” date"));

    // First pass: every resource's rows as text, its uids; second: the foreign keys.
    struct Rows {
        QJsonObject schema;
        QList<QHash<QString, QString>> rows;
    };
    QHash<QString, Rows> all;
    QHash<QString, QSet<QString>> uids;
    const QJsonArray resources = package.value(QStringLiteral("resources")).toArray();
    if (resources.isEmpty())
        problem(QStringLiteral("no resources"));
    for (const QJsonValue &r : resources) {
        const QJsonObject resource = r.toObject();
        const QString rname = resource.value(QStringLiteral("name")).toString();
        if (!name.match(rname).hasMatch())
            problem(QStringLiteral("resource name “%1” is not valid").arg(rname));
        const QString path = resource.value(QStringLiteral("path")).toString();
        if (path.isEmpty() || path.contains(QStringLiteral("..")) || QDir::isAbsolutePath(path)) {
            problem(QStringLiteral("%1: path “%2” is not a relative path in the package").arg(rname, path));
            continue;
        }
        const QJsonObject schema = resource.value(QStringLiteral("schema")).toObject();
        QStringList fieldNames;
        for (const QJsonValue &f : schema.value(QStringLiteral("fields")).toArray())
            fieldNames << f.toObject().value(QStringLiteral("name")).toString();
        const QByteArray bytes = readFile(QDir(folder).filePath(path), &ok);
        if (!ok) {
            problem(QStringLiteral("%1: %2 is missing").arg(rname, path));
            continue;
        }
        const QString format = resource.value(QStringLiteral("format")).toString();
        Rows rows;
        rows.schema = schema;
        // Every row as (field -> JSON value, text), checked one field at a time.
        QList<QList<std::pair<QJsonValue, QString>>> values;
        if (format == QLatin1String("csv")) {
            QList<QStringList> records = Csv::parse(Csv::decode(bytes).text);
            if (records.isEmpty() || records.first() != fieldNames) {
                problem(QStringLiteral("%1: the header is not the schema's fields").arg(rname));
                continue;
            }
            records.removeFirst();
            for (const QStringList &record : records) {
                if (record.size() != fieldNames.size()) {
                    problem(QStringLiteral("%1: a row of %2 cells, not %3").arg(rname).arg(record.size()).arg(fieldNames.size()));
                    continue;
                }
                QList<std::pair<QJsonValue, QString>> row;
                for (const QString &cell : record)
                    row.append({QJsonValue(), cell});
                values << row;
            }
        } else if (format == QLatin1String("json")) {
            const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
            if (error.error != QJsonParseError::NoError || !document.isArray()) {
                problem(QStringLiteral("%1: not a JSON array").arg(rname));
                continue;
            }
            for (const QJsonValue &v : document.array()) {
                const QJsonObject object = v.toObject();
                QStringList keys = object.keys();
                QStringList expected = fieldNames;
                keys.sort();
                expected.sort();
                if (keys != expected) {
                    problem(QStringLiteral("%1: an object's keys are not the schema's fields").arg(rname));
                    continue;
                }
                QList<std::pair<QJsonValue, QString>> row;
                for (const QString &field : fieldNames) {
                    const QJsonValue value = object.value(field);
                    row.append({value, value.isNull() ? QString() : value.toVariant().toString()});
                }
                values << row;
            }
        } else {
            problem(QStringLiteral("%1: format “%2”").arg(rname, format));
            continue;
        }
        const QJsonArray fields = schema.value(QStringLiteral("fields")).toArray();
        QHash<QString, QSet<QString>> seen;
        const QString primaryKey = schema.value(QStringLiteral("primaryKey")).toString();
        int line = 1;
        for (const auto &row : std::as_const(values)) {
            ++line;
            QHash<QString, QString> texts;
            for (int i = 0; i < fields.size(); ++i) {
                const QJsonObject field = fields.at(i).toObject();
                const QString fname = field.value(QStringLiteral("name")).toString();
                const QJsonObject constraints = field.value(QStringLiteral("constraints")).toObject();
                const bool fromCsv = format == QLatin1String("csv");
                const bool missing = fromCsv ? row.at(i).second.isEmpty() : row.at(i).first.isNull();
                texts.insert(fname, missing ? QString() : row.at(i).second);
                const QString where = QStringLiteral("%1 row %2, %3").arg(rname).arg(line).arg(fname);
                if (missing) {
                    if (constraints.value(QStringLiteral("required")).toBool() || fname == primaryKey)
                        problem(where + QStringLiteral(": required, missing"));
                    continue;
                }
                if (!fits(field.value(QStringLiteral("type")).toString(), row.at(i).first, row.at(i).second, fromCsv))
                    problem(where + QStringLiteral(": “%1” is not a %2").arg(row.at(i).second, field.value(QStringLiteral("type")).toString()));
                const QJsonArray allowed = constraints.value(QStringLiteral("enum")).toArray();
                if (!allowed.isEmpty() && !allowed.contains(QJsonValue(row.at(i).second)))
                    problem(where + QStringLiteral(": “%1” is not one of the keys allowed").arg(row.at(i).second));
                if (constraints.value(QStringLiteral("unique")).toBool() && fname != primaryKey) {
                    if (seen[fname].contains(row.at(i).second))
                        problem(where + QStringLiteral(": “%1” twice in a unique field").arg(row.at(i).second));
                    seen[fname].insert(row.at(i).second);
                }
            }
            if (!primaryKey.isEmpty()) {
                const QString key = texts.value(primaryKey);
                if (uids[rname].contains(key))
                    problem(QStringLiteral("%1 row %2: %3 “%4” twice").arg(rname).arg(line).arg(primaryKey, key));
                uids[rname].insert(key);
            }
            rows.rows << texts;
        }
        all.insert(rname, rows);
    }
    for (auto it = all.cbegin(); it != all.cend(); ++it) {
        for (const QJsonValue &fk : it->schema.value(QStringLiteral("foreignKeys")).toArray()) {
            const QString field = fk.toObject().value(QStringLiteral("fields")).toString();
            const QJsonObject reference = fk.toObject().value(QStringLiteral("reference")).toObject();
            const QString target = reference.value(QStringLiteral("resource")).toString();
            if (!all.contains(target)) {
                problem(QStringLiteral("%1: foreign key to a resource “%2” the package does not hold").arg(it.key(), target));
                continue;
            }
            for (const auto &row : it->rows) {
                const QString value = row.value(field);
                if (!value.isEmpty() && !uids.value(target).contains(value))
                    problem(QStringLiteral("%1: %2 “%3” names no row of %4").arg(it.key(), field, value, target));
            }
        }
    }
    return problems;
}

} // namespace forumdesk::test
