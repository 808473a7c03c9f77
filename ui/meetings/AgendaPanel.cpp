// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/meetings/AgendaPanel.h"

#include "core/i18n/DateText.h"
#include "ui/document/ForumDocument.h"
#include "ui/commands/Commands.h"
#include "core/meetings/ActionItemFollowUp.h"
#include "ui/meetings/AgendaModel.h"
#include "core/plans/Commitment.h"
#include "core/storage/Table.h"

#include <QComboBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace forumdesk {

AgendaPanel::AgendaPanel(ForumDocument *document, QWidget *parent)
    : QWidget(parent), m_document(document), m_model(new AgendaModel(document, this)),
      m_view(new QTableView(this)), m_newTitle(new QLineEdit(this)),
      m_add(new QPushButton(tr("&Add Item"), this)), m_remove(new QPushButton(tr("Remove"), this)),
      m_up(new QPushButton(tr("Move &Up"), this)), m_down(new QPushButton(tr("Move &Down"), this)),
      m_commitment(new QComboBox(this)), m_end(new QLabel(this)), m_arising(new QTreeWidget(this))
{
    m_view->setObjectName(QStringLiteral("agenda"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setDragDropMode(QAbstractItemView::InternalMove);
    m_view->setDragEnabled(true);
    m_view->setAcceptDrops(true);
    m_view->setDropIndicatorShown(true);
    m_view->setDragDropOverwriteMode(false);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                            | QAbstractItemView::AnyKeyPressed);
    m_view->verticalHeader()->hide();
    m_view->setWordWrap(false);
    m_view->setAccessibleName(tr("Agenda"));
    m_view->setToolTip(tr("Drag an item, or press Ctrl+Up and Ctrl+Down, to change the order. F2 edits a cell."));
    QHeaderView *header = m_view->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(AgendaModel::Title, QHeaderView::Stretch);
    header->setSectionResizeMode(AgendaModel::Commitment, QHeaderView::Interactive);
    m_view->setColumnWidth(AgendaModel::Commitment, 180);
    m_view->installEventFilter(this);

    m_newTitle->setObjectName(QStringLiteral("newAgendaItem"));
    m_newTitle->setAccessibleName(tr("New agenda item"));
    m_newTitle->setPlaceholderText(tr("New agenda item: type its title and press Enter"));
    // Ctrl+Up and Ctrl+Down in the agenda (see eventFilter): as window shortcuts they would take
    // the keys from every other field of the window.
    m_up->setToolTip(tr("Ctrl+Up in the agenda"));
    m_down->setToolTip(tr("Ctrl+Down in the agenda"));

    auto *adding = new QHBoxLayout;
    adding->addWidget(m_newTitle, 1);
    adding->addWidget(m_add);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_end, 1);
    buttons->addWidget(m_up);
    buttons->addWidget(m_down);
    buttons->addWidget(m_remove);

    auto *commitmentRow = new QHBoxLayout;
    auto *commitmentLabel = new QLabel(tr("The selected item is about &commitment:"), this);
    commitmentLabel->setBuddy(m_commitment);
    commitmentRow->addWidget(commitmentLabel);
    commitmentRow->addWidget(m_commitment, 1);
    m_commitment->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_commitment->setMinimumContentsLength(30);

    auto *arisingBox = new QGroupBox(tr("Matters arising: action items still open from earlier meetings"), this);
    m_arising->setObjectName(QStringLiteral("mattersArising"));
    m_arising->setAccessibleName(tr("Matters arising"));
    m_arising->setRootIsDecorated(false);
    m_arising->setHeaderLabels({tr("Action"), tr("Owner"), tr("Due")});
    m_arising->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_arising->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_arising->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_arising->header()->setStretchLastSection(false);
    auto *arisingLayout = new QVBoxLayout(arisingBox);
    arisingLayout->addWidget(m_arising);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(adding);
    layout->addWidget(m_view, 3);
    layout->addLayout(buttons);
    layout->addLayout(commitmentRow);
    layout->addWidget(arisingBox, 2);

    connect(m_newTitle, &QLineEdit::returnPressed, this, &AgendaPanel::addItem);
    connect(m_add, &QPushButton::clicked, this, &AgendaPanel::addItem);
    connect(m_remove, &QPushButton::clicked, this, &AgendaPanel::removeSelected);
    connect(m_up, &QPushButton::clicked, this, [this] { moveSelected(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveSelected(1); });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &AgendaPanel::updateSelection);
    connect(m_commitment, &QComboBox::activated, this, [this] {
        const int row = selectedRow();
        if (row < 0)
            return;
        const AgendaItem before = m_model->item(row);
        AgendaItem after = before;
        after.commitmentId = m_commitment->currentData().toLongLong();
        if (after.commitmentId != before.commitmentId)
            edit::editAgendaItem(m_document, before, after);
    });
    connect(document, &ForumDocument::changed, this, [this](const ChangeSet &changes) {
        if (changes.touches({RecordKind::AgendaItem, RecordKind::Meeting, RecordKind::ActionItem, RecordKind::Commitment}))
            reload();
    });
}

void AgendaPanel::setMeeting(qint64 meetingId)
{
    m_meetingId = meetingId;
    reload();
}

void AgendaPanel::reload()
{
    const qint64 selected = selectedRow() >= 0 ? m_model->item(selectedRow()).id : 0;
    m_model->setMeeting(m_meetingId);
    // None when the meeting is gone (its creation undone): the page then clears the editor.
    const auto meeting = m_meetingId > 0 ? Table<Meeting>(m_document->file()).find(m_meetingId) : std::nullopt;
    const bool writable = !m_document->isReadOnly() && meeting.has_value();
    m_newTitle->setEnabled(writable);
    m_add->setEnabled(writable);
    const QList<AgendaItem> items = m_model->items();
    for (int row = 0; row < items.size(); ++row) {
        if (items[row].id == selected)
            selectRow(row);
    }
    const QDateTime end = m_model->expectedEnd();
    if (m_model->rowCount() == 0) {
        m_end->setText(tr("No items yet."));
    } else {
        int total = 0;
        for (const AgendaItem &item : items)
            total += item.durationMinutes;
        QString text = tr("%n item(s), %1 min; expected end %2", nullptr, int(items.size()))
                           .arg(total)
                           .arg(QLocale().toString(end.time(), QLocale::ShortFormat));
        if (meeting && end > meeting->endsAt)
            text = tr("%1 — later than the meeting's planned end (%2)").arg(text, QLocale().toString(meeting->endsAt.time(), QLocale::ShortFormat));
        m_end->setText(text);
    }
    m_end->setObjectName(QStringLiteral("expectedEnd"));

    // The commitments of the meeting's plan.
    {
        const QSignalBlocker blocker(m_commitment);
        m_commitment->clear();
        m_commitment->addItem(tr("None"), qint64(0));
        if (meeting && meeting->planId > 0) {
            for (const Commitment &c : Table<Commitment>(m_document->file()).list(QStringLiteral("plan_id = ?"), {meeting->planId},
                                                                                  QStringLiteral("number, id")))
                m_commitment->addItem(tr("%1. %2").arg(c.number, c.title), c.id);
        }
    }

    m_arising->clear();
    if (meeting) {
        const QLocale locale;
        for (const ActionItem &a : ActionItemFollowUp::mattersArising(m_document->file(), m_meetingId)) {
            auto *row = new QTreeWidgetItem(m_arising, {a.text, a.owner,
                                                        a.dueOn.isValid() ? dayText(a.dueOn, locale) : QString()});
            row->setToolTip(0, a.text);
        }
    }
    updateSelection();
}

int AgendaPanel::selectedRow() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.first().row();
}

void AgendaPanel::selectRow(int row)
{
    m_view->setCurrentIndex(m_model->index(row, AgendaModel::Title));
    m_view->selectRow(row);
}

void AgendaPanel::updateSelection()
{
    const int row = selectedRow();
    const bool writable = !m_document->isReadOnly();
    m_remove->setEnabled(writable && row >= 0);
    m_up->setEnabled(writable && row > 0);
    m_down->setEnabled(writable && row >= 0 && row < m_model->rowCount() - 1);
    m_commitment->setEnabled(writable && row >= 0 && m_commitment->count() > 1);
    const QSignalBlocker blocker(m_commitment);
    const int index = row >= 0 ? m_commitment->findData(m_model->item(row).commitmentId) : 0;
    m_commitment->setCurrentIndex(index < 0 ? 0 : index);
}

void AgendaPanel::addItem()
{
    if (m_document->isReadOnly() || m_meetingId <= 0 || m_newTitle->text().trimmed().isEmpty())
        return;
    AgendaItem item;
    item.meetingId = m_meetingId;
    item.title = m_newTitle->text().trimmed();
    // After the selected item, or at the end.
    const int row = selectedRow();
    const int position = row >= 0 ? row + 1 : m_model->rowCount();
    const qint64 added = edit::addAgendaItem(m_document, item, position);
    m_newTitle->clear();
    for (int r = 0; r < m_model->rowCount(); ++r) {
        if (added > 0 && m_model->item(r).id == added)
            selectRow(r);
    }
}

void AgendaPanel::removeSelected()
{
    const int row = selectedRow();
    if (row < 0 || m_document->isReadOnly())
        return;
    edit::removeAgendaItem(m_document, m_model->item(row));
    if (m_model->rowCount() > 0)
        selectRow(std::min(row, m_model->rowCount() - 1));
}

void AgendaPanel::moveSelected(int step)
{
    const int row = selectedRow();
    const int to = row + step;
    if (row < 0 || to < 0 || to >= m_model->rowCount() || m_document->isReadOnly())
        return;
    const qint64 id = m_model->item(row).id;
    m_model->moveItem(row, to);
    for (int r = 0; r < m_model->rowCount(); ++r) {
        if (m_model->item(r).id == id)
            selectRow(r);
    }
    m_view->setFocus();
}

bool AgendaPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->modifiers() == Qt::ControlModifier && (key->key() == Qt::Key_Up || key->key() == Qt::Key_Down)) {
            moveSelected(key->key() == Qt::Key_Up ? -1 : 1);
            return true;
        }
        if (key->key() == Qt::Key_Delete && key->modifiers() == Qt::NoModifier) {
            removeSelected();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace forumdesk
