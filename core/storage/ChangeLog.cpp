// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/ChangeLog.h"

#include "core/storage/Database.h"

#include <QHash>

namespace forumdesk::changelog {

namespace {

const QString kTimeNow = QStringLiteral("strftime('%Y-%m-%dT%H:%M:%SZ', 'now')");

} // namespace

bool isBookkeepingColumn(const QString &column)
{
    return column == QLatin1String("id") || column == QLatin1String("uid")
        || column == QLatin1String("created_at") || column == QLatin1String("updated_at");
}

QStringList columnsOf(Database &db, const QString &table)
{
    QStringList columns;
    Statement st = db.query(QStringLiteral("SELECT name FROM pragma_table_info(?) ORDER BY cid"));
    st.bind(1, table);
    while (st.next())
        columns << st.text(0);
    return columns;
}

QHash<QString, Reference> referencesOf(Database &db, const QString &table)
{
    QHash<QString, Reference> references;
    Statement st = db.query(QStringLiteral("SELECT \"from\", \"table\", on_delete FROM pragma_foreign_key_list(?)"));
    st.bind(1, table);
    while (st.next())
        references.insert(st.text(0), {st.text(1), st.text(2)});
    return references;
}

QStringList bookkeepingTables()
{
    return {QStringLiteral("change_log"), QStringLiteral("merge_state"), QStringLiteral("tombstone")};
}

QStringList recordTables(Database &db)
{
    QStringList tables;
    Statement st = db.query(QStringLiteral(
        "SELECT s.name FROM sqlite_schema AS s WHERE s.type = 'table' AND s.name NOT LIKE 'sqlite%' "
        "AND EXISTS (SELECT 1 FROM pragma_table_info(s.name) AS c WHERE c.name = 'uid') ORDER BY s.name"));
    while (st.next()) {
        const QString name = st.text(0);
        if (name != QLatin1String("activity") && !bookkeepingTables().contains(name))
            tables << name;
    }
    return tables;
}

bool present(Database &db)
{
    return !db.scalar(QStringLiteral("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'change_log'")).isNull();
}

void installTriggers(Database &db)
{
    QStringList old;
    {
        Statement st = db.query(QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'trigger' ORDER BY name"));
        while (st.next())
            old << st.text(0);
    }
    for (const QString &name : std::as_const(old))
        db.exec(QStringLiteral("DROP TRIGGER \"%1\"").arg(name));

    for (const QString &table : recordTables(db)) {
        const QHash<QString, Reference> references = referencesOf(db, table);
        QStringList fields;
        for (const QString &column : columnsOf(db, table)) {
            if (isBookkeepingColumn(column))
                continue;
            // A reference is logged as the uid of the record it named: ids differ between copies.
            const QString value = references.contains(column)
                ? QStringLiteral("(SELECT uid FROM %1 WHERE id = old.%2)").arg(references.value(column).table, column)
                : QStringLiteral("old.%1").arg(column);
            fields << QStringLiteral("SELECT '%1' AS field, %2 AS value WHERE old.%1 IS NOT new.%1").arg(column, value);
        }
        if (!fields.isEmpty())
            db.exec(QStringLiteral(
                        "CREATE TRIGGER %1_changed AFTER UPDATE ON %1 WHEN NOT EXISTS (SELECT 1 FROM merge_state) BEGIN "
                        "INSERT INTO change_log (uid, at, table_name, row_uid, field, old_value) "
                        "SELECT lower(hex(randomblob(16))), %2, '%1', old.uid, field, value FROM (%3); END")
                        .arg(table, kTimeNow, fields.join(QStringLiteral(" UNION ALL "))));
        db.exec(QStringLiteral(
                    "CREATE TRIGGER %1_removed AFTER DELETE ON %1 WHEN NOT EXISTS (SELECT 1 FROM merge_state WHERE theirs = 'replay') BEGIN "
                    "INSERT OR REPLACE INTO tombstone (uid, table_name, removed_at, actor) VALUES "
                    "(old.uid, '%1', %2, (SELECT actor FROM activity ORDER BY id DESC LIMIT 1)); END")
                    .arg(table, kTimeNow));
        db.exec(QStringLiteral("CREATE TRIGGER %1_added AFTER INSERT ON %1 WHEN NOT EXISTS (SELECT 1 FROM merge_state WHERE theirs = 'replay') BEGIN "
                               "DELETE FROM tombstone WHERE uid = new.uid; END")
                    .arg(table));
    }
}

} // namespace forumdesk::changelog
