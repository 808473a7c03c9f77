// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/meetings/MeetingTableModel.h"

#include "core/i18n/DateText.h"
#include "core/forum/Vocabulary.h"
#include "core/forum/VocabularyKeys.h"
#include "ui/widgets/Colours.h"

#include <QColor>
#include <QFont>
#include <QLocale>

namespace forumdesk {

MeetingTableModel::MeetingTableModel(ForumFile &file, QObject *parent)
    : LazyTableModel<Meeting>(parent), m_file(file)
{
    reload();
}

int MeetingTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MeetingTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Meeting &m = rows().at(index.row());
    if (role == IdRole)
        return m.id;
    if (role == Qt::DisplayRole || role == KeyRole) {
        const bool key = role == KeyRole;
        switch (index.column()) {
        case When:
            if (key)
                return m.startsAt;
            return dayTimeText(m.startsAt);
        case Title: return m.title;
        case Kind: return key ? m.kind : Vocabulary::label(Vocabulary::List::MeetingKind, m.kind);
        case Status: return key ? m.status : Vocabulary::label(Vocabulary::List::MeetingStatus, m.status);
        case Place: return m.place.isEmpty() ? m.link : m.place;
        }
    }
    if (role == Qt::ToolTipRole && index.column() == Title) {
        const QString where = m.place.isEmpty() ? m.link : m.place;
        return where.isEmpty() ? tr("%1\n%2").arg(m.title, Vocabulary::label(Vocabulary::List::MeetingKind, m.kind))
                               : tr("%1\n%2, %3").arg(m.title, Vocabulary::label(Vocabulary::List::MeetingKind, m.kind), where);
    }
    if (role == Qt::ForegroundRole && m.status == key::MeetingStatus::Cancelled)
        return colours::text(colours::Tone::Muted);
    if (role == Qt::FontRole && m.status == key::MeetingStatus::Cancelled && index.column() == Title) {
        QFont font;
        font.setStrikeOut(true);
        return font;
    }
    return {};
}

QVariant MeetingTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case When: return tr("Date");
    case Title: return tr("Title");
    case Kind: return tr("Kind");
    case Status: return tr("Status");
    case Place: return tr("Place or link");
    }
    return {};
}

void MeetingTableModel::setQuery(const MeetingQuery &query)
{
    m_query = query;
    reload();
}

qint64 MeetingTableModel::countRows() const
{
    return m_query.count(m_file);
}

QList<Meeting> MeetingTableModel::fetchRows(qint64 offset, qint64 limit) const
{
    return m_query.fetch(m_file, offset, limit);
}

} // namespace forumdesk
