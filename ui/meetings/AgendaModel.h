// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/meetings/AgendaItem.h"
#include "core/meetings/Meeting.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>
#include <QList>

namespace forumdesk {

class ForumDocument;

// One meeting's agenda in order, with each item's expected start. Titles, presenters and
// durations are edited in place and items are dragged to a new place; each change is an undoable
// command pushed to the document.
class AgendaModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Number, Starts, Title, Presenter, Duration, Commitment, ColumnCount };
    enum Roles { IdRole = Qt::UserRole + 1 };

    explicit AgendaModel(ForumDocument *document, QObject *parent = nullptr);

    void setMeeting(qint64 meetingId);
    qint64 meetingId() const { return m_meeting.id; }
    void reload();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::DropActions supportedDropActions() const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

    AgendaItem item(int row) const { return m_items.value(row); }
    QList<AgendaItem> items() const { return m_items; }
    // When the agenda is expected to end (the meeting's start plus every duration).
    QDateTime expectedEnd() const { return m_times.isEmpty() ? QDateTime() : m_times.last(); }
    // Pushes the command that moves the item at `from` to `to`.
    void moveItem(int from, int to);

private:
    ForumDocument *m_document;
    Meeting m_meeting;
    QList<AgendaItem> m_items;
    QList<QDateTime> m_times;
    QHash<qint64, QString> m_commitments;
    QStringList m_presenterProblems; // per row: why its presenter looks wrong, or empty
};

} // namespace forumdesk
