// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/meetings/Meeting.h"
#include "core/meetings/MeetingQuery.h"
#include "ui/widgets/LazyTableModel.h"

namespace forumdesk {

class ForumFile;

// The forum's meetings, upcoming or past, read a chunk at a time and filtered in SQL by a
// MeetingQuery; kind and status shown with their labels.
class MeetingTableModel : public LazyTableModel<Meeting> {
    Q_OBJECT
public:
    enum Column { When, Title, Kind, Status, Place, ColumnCount };
    enum Roles { IdRole = Qt::UserRole + 1, KeyRole };

    explicit MeetingTableModel(ForumFile &file, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    MeetingQuery query() const { return m_query; }
    void setQuery(const MeetingQuery &query);
    Meeting meeting(int row) const { return rowAt(row); }

protected:
    qint64 countRows() const override;
    QList<Meeting> fetchRows(qint64 offset, qint64 limit) const override;

private:
    ForumFile &m_file;
    MeetingQuery m_query;
};

} // namespace forumdesk
