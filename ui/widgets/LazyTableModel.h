// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>
#include <QList>

namespace forumdesk {

// A table over a long query, read from the file a chunk at a time as the view scrolls
// (canFetchMore/fetchMore). Subclasses say how many rows match and how to read a page; Row has
// an `id`.
template <class Row>
class LazyTableModel : public QAbstractTableModel {
public:
    static constexpr int chunkSize = 50;

    using QAbstractTableModel::QAbstractTableModel;

    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_rows.size());
    }
    bool canFetchMore(const QModelIndex &parent) const override
    {
        return !parent.isValid() && m_rows.size() < m_total;
    }
    void fetchMore(const QModelIndex &parent) override
    {
        if (parent.isValid() || m_rows.size() >= m_total)
            return;
        const QList<Row> chunk = fetchRows(m_rows.size(), chunkSize);
        if (chunk.isEmpty()) {
            m_total = m_rows.size(); // the file changed under us: stop asking
            return;
        }
        this->beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + chunk.size() - 1));
        m_rows.append(chunk);
        this->endInsertRows();
    }

    // Reads the file again (after an edit or undo), keeping the filter and order.
    void reload()
    {
        this->beginResetModel();
        m_total = countRows();
        m_rows = fetchRows(0, chunkSize);
        this->endResetModel();
    }
    // How many rows match, loaded or not.
    qint64 matchingCount() const { return m_total; }
    Row rowAt(int row) const { return m_rows.value(row); }
    // The row of a record, loading further chunks until it is found; -1 when the filter hides it.
    int rowOf(qint64 id)
    {
        for (;;) {
            for (int row = 0; row < m_rows.size(); ++row) {
                if (m_rows.at(row).id == id)
                    return row;
            }
            if (!canFetchMore({}))
                return -1;
            fetchMore({});
        }
    }

protected:
    virtual qint64 countRows() const = 0;
    virtual QList<Row> fetchRows(qint64 offset, qint64 limit) const = 0;
    const QList<Row> &rows() const { return m_rows; }

private:
    QList<Row> m_rows;
    qint64 m_total = 0;
};

} // namespace forumdesk
