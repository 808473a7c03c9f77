// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/members/MemberTableModel.h"

#include "core/forum/Vocabulary.h"
#include "core/i18n/DateText.h"
#include "ui/widgets/Colours.h"

#include <QColor>
#include <QLocale>

namespace forumdesk {

MemberTableModel::MemberTableModel(ForumFile &file, QObject *parent)
    : LazyTableModel<Member>(parent), m_file(file)
{
    reload();
}

int MemberTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MemberTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Member &m = rows().at(index.row());
    const QLocale locale;
    if (role == IdRole)
        return m.id;
    if (role == Qt::DisplayRole || role == KeyRole) {
        const bool key = role == KeyRole;
        switch (index.column()) {
        case Name: return m.name;
        case Organization: return m.organization;
        case Sector: return key ? m.sector : Vocabulary::label(Vocabulary::List::Sector, m.sector);
        case Role: return key ? m.role : Vocabulary::label(Vocabulary::List::Role, m.role);
        case Gender:
            if (key)
                return m.gender;
            return m.gender.isEmpty() ? QString() : Vocabulary::label(Vocabulary::List::Gender, m.gender);
        case TermStart:
            if (key)
                return m.termStart;
            return dayText(m.termStart, locale);
        case TermEnd:
            if (key)
                return m.termEnd;
            return m.termEnd.isValid() ? dayText(m.termEnd, locale) : tr("open");
        case Voting:
            if (key)
                return m.voting;
            return m.voting ? tr("Yes") : tr("No");
        }
    }
    // A former member's greyed name says why in its tooltip, and to a screen reader in its description.
    if ((role == Qt::ToolTipRole || role == Qt::AccessibleDescriptionRole) && index.column() == Name) {
        const QDate today = m_query.activeOn; // the forum's today (MembersPage)
        if (m.termEnd.isValid() && m.termEnd < today)
            return tr("Term ended on %1").arg(locale.toString(m.termEnd, QLocale::LongFormat));
        if (m.termStart.isValid() && m.termStart > today)
            return tr("Term starts on %1").arg(locale.toString(m.termStart, QLocale::LongFormat));
        return m.email;
    }
    if (role == Qt::ForegroundRole) {
        const QDate today = m_query.activeOn;
        const bool active = (!m.termStart.isValid() || m.termStart <= today)
            && (!m.termEnd.isValid() || m.termEnd >= today);
        if (!active)
            return colours::text(colours::Tone::Muted);
    }
    return {};
}

QVariant MemberTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name: return tr("Name");
    case Organization: return tr("Organization");
    case Sector: return tr("Sector");
    case Role: return tr("Role");
    case Gender: return tr("Gender");
    case TermStart: return tr("Term start");
    case TermEnd: return tr("Term end");
    case Voting: return tr("Voting");
    }
    return {};
}

void MemberTableModel::sort(int column, Qt::SortOrder order)
{
    static const MemberQuery::SortKey keys[] = {
        MemberQuery::SortKey::Name,   MemberQuery::SortKey::Organization, MemberQuery::SortKey::Sector,
        MemberQuery::SortKey::Role,   MemberQuery::SortKey::Gender,       MemberQuery::SortKey::TermStart,
        MemberQuery::SortKey::TermEnd, MemberQuery::SortKey::Voting};
    if (column < 0 || column >= ColumnCount)
        return;
    MemberQuery query = m_query;
    query.sortKey = keys[column];
    query.descending = order == Qt::DescendingOrder;
    // Rows not loaded yet cannot be moved: a new order is a fresh first chunk.
    setQuery(query);
}

void MemberTableModel::setQuery(const MemberQuery &query)
{
    m_query = query;
    reload();
}

qint64 MemberTableModel::countRows() const
{
    return m_query.count(m_file);
}

QList<Member> MemberTableModel::fetchRows(qint64 offset, qint64 limit) const
{
    return m_query.fetch(m_file, offset, limit);
}

} // namespace forumdesk
