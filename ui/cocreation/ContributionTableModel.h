// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/cocreation/Contribution.h"
#include "core/cocreation/ContributionQuery.h"
#include "ui/widgets/LazyTableModel.h"

namespace forumdesk {

class ForumFile;

// The public contributions of a plan, latest first, read a chunk at a time and filtered in SQL by
// a ContributionQuery; channel, sector and status shown with their labels.
class ContributionTableModel : public LazyTableModel<Contribution> {
    Q_OBJECT
public:
    enum Column { Received, Channel, Author, Organization, Sector, Status, Responded, ColumnCount };
    enum Roles { IdRole = Qt::UserRole + 1, KeyRole };

    explicit ContributionTableModel(ForumFile &file, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    ContributionQuery query() const { return m_query; }
    void setQuery(const ContributionQuery &query);
    Contribution contribution(int row) const { return rowAt(row); }
    // Answered = a reasoned response with its date, as CoCreationSummary counts it.
    static bool answered(const Contribution &c);

protected:
    qint64 countRows() const override;
    QList<Contribution> fetchRows(qint64 offset, qint64 limit) const override;

private:
    ForumFile &m_file;
    ContributionQuery m_query;
};

} // namespace forumdesk
