// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/cocreation/ContributionTableModel.h"

#include "core/i18n/DateText.h"
#include "core/forum/Vocabulary.h"
#include "ui/widgets/Colours.h"

#include <QColor>
#include <QLocale>

namespace forumdesk {

ContributionTableModel::ContributionTableModel(ForumFile &file, QObject *parent)
    : LazyTableModel<Contribution>(parent), m_file(file)
{
    reload();
}

bool ContributionTableModel::answered(const Contribution &c)
{
    return !c.response.trimmed().isEmpty() && c.respondedOn.isValid();
}

int ContributionTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ContributionTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Contribution &c = rows().at(index.row());
    if (role == IdRole)
        return c.id;
    if (role == Qt::DisplayRole || role == KeyRole) {
        const bool key = role == KeyRole;
        switch (index.column()) {
        case Received: return key ? QVariant(c.receivedOn) : QVariant(dayText(c.receivedOn));
        case Channel: return key ? c.channel : Vocabulary::label(Vocabulary::List::ContributionChannel, c.channel);
        case Author: return c.author;
        case Organization: return c.organization;
        case Sector: return key ? c.sector : Vocabulary::label(Vocabulary::List::Sector, c.sector);
        case Status: return key ? c.status : Vocabulary::label(Vocabulary::List::ContributionStatus, c.status);
        case Responded:
            if (key)
                return answered(c);
            return answered(c) ? dayText(c.respondedOn) : tr("Awaiting");
        }
    }
    if (role == Qt::ToolTipRole) {
        const QString text = c.text.size() > 400 ? c.text.left(399) + QChar(0x2026) : c.text;
        return answered(c) ? tr("%1\n\nResponse: %2").arg(text, c.response) : text;
    }
    if (role == Qt::ForegroundRole && index.column() == Responded && !answered(c))
        return colours::text(colours::Tone::Caution);
    return {};
}

QVariant ContributionTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Received: return tr("Received");
    case Channel: return tr("Channel");
    case Author: return tr("Author");
    case Organization: return tr("Organization");
    case Sector: return tr("Sector");
    case Status: return tr("Status");
    case Responded: return tr("Responded");
    }
    return {};
}

void ContributionTableModel::setQuery(const ContributionQuery &query)
{
    m_query = query;
    reload();
}

qint64 ContributionTableModel::countRows() const
{
    return m_query.count(m_file);
}

QList<Contribution> ContributionTableModel::fetchRows(qint64 offset, qint64 limit) const
{
    return m_query.fetch(m_file, offset, limit);
}

} // namespace forumdesk
