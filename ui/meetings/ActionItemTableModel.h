// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/meetings/ActionItemFollowUp.h"
#include "ui/widgets/LazyTableModel.h"

namespace forumdesk {

class ForumFile;

// Action items followed across meetings (open, done, cancelled), read a chunk at a time.
class ActionItemTableModel : public LazyTableModel<FollowedActionItem> {
    Q_OBJECT
public:
    enum Column { Action, Owner, Due, Status, AgreedAt, ColumnCount };
    enum Roles { IdRole = Qt::UserRole + 1 };

    explicit ActionItemTableModel(ForumFile &file, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    ActionItemQuery query() const { return m_query; }
    void setQuery(const ActionItemQuery &query);
    ActionItem item(int row) const { return rowAt(row); }
    // The day before which an open item is overdue (shown red): the forum's today.
    void setToday(const QDate &today) { m_today = today; }

protected:
    qint64 countRows() const override;
    QList<FollowedActionItem> fetchRows(qint64 offset, qint64 limit) const override;

private:
    bool overdue(const FollowedActionItem &a) const;

    ForumFile &m_file;
    ActionItemQuery m_query;
    QDate m_today;
};

} // namespace forumdesk
