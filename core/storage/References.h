// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

#include <initializer_list>

namespace forumdesk {

class ForumFile;

// The rows that name one record through columns the file empties when that record goes
// (ON DELETE SET NULL in core/storage/schema_v1.sql): the decisions taken on an agenda item, the
// action items agreed with a decision, the seats a member held. A removal keeps them before it
// deletes, so that its undo can name the record again in the same rows.
class References {
public:
    struct Column {
        const char *table;
        const char *column;
    };

    // The rows whose `columns` name `id` now.
    static References to(ForumFile &file, qint64 id, std::initializer_list<Column> columns);
    static int count(ForumFile &file, qint64 id, std::initializer_list<Column> columns);

    // Names `id` again in every kept row where the file emptied it (a row changed since, by an
    // edit not undone, keeps its new value). Not a new edit, so neither validated nor logged,
    // like the emptying it undoes.
    void restore(ForumFile &file, qint64 id) const;
    int size() const { return int(m_rows.size()); }

private:
    struct Row {
        QString table;
        QString column;
        qint64 id = 0;
    };
    QList<Row> m_rows;
};

} // namespace forumdesk
