// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/forum/Member.h"
#include "core/forum/MemberQuery.h"

#include "ui/widgets/LazyTableModel.h"

#include <QDate>
#include <QList>

namespace forumdesk {

class ForumFile;

// The forum's members as a table, read from the file a chunk at a time as the view scrolls
// (LazyTableModel), sorted and filtered in SQL by a MemberQuery.
class MemberTableModel : public LazyTableModel<Member> {
    Q_OBJECT
public:
    enum Column { Name, Organization, Sector, Role, Gender, TermStart, TermEnd, Voting, ColumnCount };
    enum Roles { IdRole = Qt::UserRole + 1, KeyRole };
    explicit MemberTableModel(ForumFile &file, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    MemberQuery query() const { return m_query; }
    void setQuery(const MemberQuery &query);
    Member member(int row) const { return rowAt(row); }

protected:
    qint64 countRows() const override;
    QList<Member> fetchRows(qint64 offset, qint64 limit) const override;

private:
    ForumFile &m_file;
    MemberQuery m_query;
};

} // namespace forumdesk
