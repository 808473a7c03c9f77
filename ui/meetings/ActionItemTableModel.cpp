// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/meetings/ActionItemTableModel.h"

#include "core/i18n/DateText.h"
#include "core/forum/Vocabulary.h"
#include "core/forum/VocabularyKeys.h"
#include "ui/widgets/Colours.h"

#include <QColor>
#include <QLocale>

namespace forumdesk {

ActionItemTableModel::ActionItemTableModel(ForumFile &file, QObject *parent)
    : LazyTableModel<FollowedActionItem>(parent), m_file(file)
{
    reload();
}

int ActionItemTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool ActionItemTableModel::overdue(const FollowedActionItem &a) const
{
    return a.status == key::ActionItemStatus::Open && a.dueOn.isValid() && a.dueOn < m_today;
}

QVariant ActionItemTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const FollowedActionItem &a = rows().at(index.row());
    const QLocale locale;
    if (role == IdRole)
        return a.id;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Action: return a.text;
        case Owner: return a.owner;
        case Due:
            if (!a.dueOn.isValid())
                return QString();
            // Overdue in words as well as in red: status is never colour alone.
            return overdue(a) ? tr("%1 (overdue)").arg(dayText(a.dueOn, locale)) : dayText(a.dueOn, locale);
        case Status:
            if (a.status != key::ActionItemStatus::Open && a.closedOn.isValid())
                return tr("%1 on %2").arg(Vocabulary::label(Vocabulary::List::ActionItemStatus, a.status),
                                         dayText(a.closedOn, locale));
            return Vocabulary::label(Vocabulary::List::ActionItemStatus, a.status);
        case AgreedAt:
            return tr("%1 (%2)").arg(a.meetingTitle, dayText(a.meetingStartsAt.date(), locale));
        }
    }
    if (role == Qt::ToolTipRole && index.column() == Action)
        return a.text;
    if (role == Qt::ForegroundRole && index.column() == Due && overdue(a))
        return colours::text(colours::Tone::Bad);
    return {};
}

QVariant ActionItemTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Action: return tr("Action");
    case Owner: return tr("Owner");
    case Due: return tr("Due");
    case Status: return tr("Status");
    case AgreedAt: return tr("Agreed at");
    }
    return {};
}

void ActionItemTableModel::setQuery(const ActionItemQuery &query)
{
    m_query = query;
    reload();
}

qint64 ActionItemTableModel::countRows() const
{
    return m_query.count(m_file);
}

QList<FollowedActionItem> ActionItemTableModel::fetchRows(qint64 offset, qint64 limit) const
{
    return m_query.fetch(m_file, offset, limit);
}

} // namespace forumdesk
