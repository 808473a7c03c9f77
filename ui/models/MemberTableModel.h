// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "forum/Member.h"
#include "forum/MemberQuery.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QList>

namespace forumdesk {

class ForumFile;

// The forum's members as a table, read from the file a chunk at a time as the view scrolls
// (canFetchMore/fetchMore), sorted and filtered in SQL by a MemberQuery.
class MemberTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Name, Organization, Sector, Role, Gender, TermStart, TermEnd, Voting, ColumnCount };
    enum Roles { IdRole = Qt::UserRole + 1, KeyRole };
    static constexpr int chunkSize = 50;

    explicit MemberTableModel(ForumFile &file, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    MemberQuery query() const { return m_query; }
    void setQuery(const MemberQuery &query);
    // Reads the file again (after an edit or undo), keeping the filter and order.
    void reload();

    // How many members match the filter, loaded or not.
    qint64 matchingCount() const { return m_total; }
    Member member(int row) const { return m_rows.value(row); }
    // The row of a member, loading further chunks until it is found; -1 when the filter hides it.
    int rowOf(qint64 memberId);

private:
    ForumFile &m_file;
    MemberQuery m_query;
    QList<Member> m_rows;
    qint64 m_total = 0;
};

} // namespace forumdesk
