// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/meetings/AgendaModel.h"

#include "ui/document/ForumDocument.h"
#include "ui/commands/Commands.h"
#include "core/meetings/Agenda.h"
#include "core/storage/Database.h"
#include "core/storage/Table.h"

#include <QApplication>
#include <QLocale>
#include <QStyle>
#include <QMimeData>

namespace forumdesk {

namespace {
const QString rowMime = QStringLiteral("application/x-forumdesk-agenda-row");
}

AgendaModel::AgendaModel(ForumDocument *document, QObject *parent)
    : QAbstractTableModel(parent), m_document(document)
{
}

void AgendaModel::setMeeting(qint64 meetingId)
{
    m_meeting = Meeting();
    m_meeting.id = meetingId;
    reload();
}

void AgendaModel::reload()
{
    beginResetModel();
    m_items.clear();
    m_times.clear();
    m_commitments.clear();
    m_presenterProblems.clear();
    if (m_meeting.id > 0) {
        if (auto meeting = Table<Meeting>(m_document->file()).find(m_meeting.id)) {
            m_meeting = *meeting;
            m_items = Agenda::of(m_document->file(), m_meeting.id);
            m_times = Agenda::expectedTimes(m_meeting, m_items);
            m_presenterProblems = Agenda::presenterProblems(m_document->file(), m_meeting, m_items);
            Statement st = m_document->file().database().query(QStringLiteral(
                "SELECT id, number || '. ' || title FROM commitment "
                "WHERE id IN (SELECT commitment_id FROM agenda_item WHERE meeting_id = ?)"));
            st.bind(1, m_meeting.id);
            while (st.next())
                m_commitments.insert(st.int64(0), st.text(1));
        } else {
            m_meeting = Meeting();
        }
    }
    endResetModel();
}

int AgendaModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int AgendaModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AgendaModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AgendaItem &item = m_items.at(index.row());
    if (role == IdRole)
        return item.id;
    if (role == Qt::DisplayRole || role == Qt::EditRole) {
        switch (index.column()) {
        case Number: return index.row() + 1;
        case Starts: return QLocale().toString(m_times.value(index.row()).time(), QLocale::ShortFormat);
        case Title: return item.title;
        case Presenter: return item.presenter;
        case Duration:
            return role == Qt::EditRole ? QVariant(item.durationMinutes) : QVariant(tr("%n min", nullptr, item.durationMinutes));
        case Commitment: return m_commitments.value(item.commitmentId);
        }
    }
    // A presenter who is absent or unknown is flagged by a sign and says why, not by colour alone.
    if (index.column() == Presenter && !m_presenterProblems.value(index.row()).isEmpty()) {
        if (role == Qt::DecorationRole)
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        if (role == Qt::ToolTipRole || role == Qt::AccessibleDescriptionRole)
            return m_presenterProblems.value(index.row());
    }
    if (role == Qt::ToolTipRole && index.column() == Starts)
        return tr("Expected to start at %1").arg(QLocale().toString(m_times.value(index.row()).time(), QLocale::ShortFormat));
    if (role == Qt::ToolTipRole && (index.column() == Title || index.column() == Commitment))
        return index.column() == Title ? item.title : m_commitments.value(item.commitmentId);
    if (role == Qt::TextAlignmentRole && (index.column() == Number || index.column() == Duration || index.column() == Starts))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant AgendaModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Number: return tr("No.");
    case Starts: return tr("Starts");
    case Title: return tr("Item");
    case Presenter: return tr("Presenter");
    case Duration: return tr("Duration");
    case Commitment: return tr("Commitment");
    }
    return {};
}

Qt::ItemFlags AgendaModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return m_document->isReadOnly() ? Qt::NoItemFlags : Qt::ItemIsDropEnabled;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (!m_document->isReadOnly()) {
        f |= Qt::ItemIsDragEnabled;
        if (index.column() == Title || index.column() == Presenter || index.column() == Duration)
            f |= Qt::ItemIsEditable;
    }
    return f;
}

bool AgendaModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !index.isValid() || m_document->isReadOnly())
        return false;
    const AgendaItem before = m_items.at(index.row());
    AgendaItem after = before;
    switch (index.column()) {
    case Title: after.title = value.toString().trimmed(); break;
    case Presenter: after.presenter = value.toString().trimmed(); break;
    case Duration: after.durationMinutes = value.toInt(); break;
    default: return false;
    }
    if (after.title == before.title && after.presenter == before.presenter && after.durationMinutes == before.durationMinutes)
        return false;
    edit::editAgendaItem(m_document, before, after);
    return true;
}

Qt::DropActions AgendaModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

QStringList AgendaModel::mimeTypes() const
{
    return {rowMime};
}

QMimeData *AgendaModel::mimeData(const QModelIndexList &indexes) const
{
    if (indexes.isEmpty())
        return nullptr;
    auto *mime = new QMimeData;
    mime->setData(rowMime, QByteArray::number(indexes.first().row()));
    return mime;
}

bool AgendaModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                               const QModelIndex &parent)
{
    Q_UNUSED(column)
    if (action != Qt::MoveAction || !data || !data->hasFormat(rowMime) || m_items.isEmpty())
        return false;
    const int from = data->data(rowMime).toInt();
    int to = row >= 0 ? row : (parent.isValid() ? parent.row() : int(m_items.size()));
    // Dropping below the item itself means "after the rows before it".
    if (to > from)
        --to;
    to = std::clamp(to, 0, int(m_items.size()) - 1);
    if (from != to)
        moveItem(from, to);
    // The move is done through the command: tell the view not to remove the dragged row itself.
    return false;
}

void AgendaModel::moveItem(int from, int to)
{
    if (from < 0 || from >= m_items.size() || to < 0 || to >= m_items.size() || from == to)
        return;
    edit::moveAgendaItem(m_document, m_meeting.id, from, to, m_items.at(from).title);
}

} // namespace forumdesk
