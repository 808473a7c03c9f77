// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/References.h"

#include "core/storage/Database.h"
#include "core/storage/ForumFile.h"

namespace forumdesk {

References References::to(ForumFile &file, qint64 id, std::initializer_list<Column> columns)
{
    References found;
    for (const Column &c : columns) {
        const QString table = QLatin1String(c.table);
        const QString column = QLatin1String(c.column);
        Statement st = file.database().query(QStringLiteral("SELECT id FROM %1 WHERE %2 = ? ORDER BY id").arg(table, column));
        st.bind(1, id);
        while (st.next())
            found.m_rows.append({table, column, st.int64(0)});
    }
    return found;
}

int References::count(ForumFile &file, qint64 id, std::initializer_list<Column> columns)
{
    int count = 0;
    for (const Column &c : columns)
        count += file.database()
                     .scalar(QStringLiteral("SELECT count(*) FROM %1 WHERE %2 = ?")
                                 .arg(QLatin1String(c.table), QLatin1String(c.column)),
                             {id})
                     .toInt();
    return count;
}

void References::restore(ForumFile &file, qint64 id) const
{
    for (const Row &row : m_rows) {
        Statement st = file.database().query(
            QStringLiteral("UPDATE %1 SET %2 = ? WHERE id = ? AND %2 IS NULL").arg(row.table, row.column));
        st.bind(1, id).bind(2, row.id);
        st.run();
    }
}

} // namespace forumdesk
