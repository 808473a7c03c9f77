// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/meetings/ActionItemsPanel.h"

#include "core/forum/Vocabulary.h"
#include "core/forum/VocabularyKeys.h"
#include "core/storage/Table.h"
#include "ui/commands/Commands.h"
#include "ui/document/ForumDocument.h"
#include "ui/meetings/ActionItemTableModel.h"
#include "ui/widgets/PageParts.h"
#include "ui/widgets/ReloadWhenShown.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace forumdesk {

ActionItemsPanel::ActionItemsPanel(ForumDocument *document, QWidget *parent)
    : QWidget(parent), m_document(document), m_model(new ActionItemTableModel(document->file(), this)),
      m_view(new QTableView(this)), m_status(new QComboBox(this)),
      m_planOnly(new QCheckBox(tr("Only meetings of the plan chosen in the toolbar"), this)), m_count(new QLabel(this)),
      m_done(new QPushButton(tr("Mark &Done"), this)), m_cancel(new QPushButton(tr("&Cancel Item"), this)),
      m_reopen(new QPushButton(tr("&Reopen"), this)), m_search(new QLineEdit(this))
{
    m_search->setObjectName(QStringLiteral("actionItemSearch"));
    m_search->setPlaceholderText(tr("Find by task or owner"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Find action items"));
    m_reload = new ReloadWhenShown(this, [this] { applyFilter(); });
    m_status->addItem(tr("Open"), key::ActionItemStatus::Open);
    m_status->addItem(tr("Done"), key::ActionItemStatus::Done);
    m_status->addItem(tr("Cancelled"), key::ActionItemStatus::Cancelled);
    m_status->addItem(tr("All"), QString());
    auto *filters = new QHBoxLayout;
    auto *statusLabel = new QLabel(tr("&Show:"), this);
    statusLabel->setBuddy(m_status);
    filters->addWidget(statusLabel);
    filters->addWidget(m_status);
    filters->addWidget(m_search, 1);
    filters->addWidget(m_planOnly);

    m_view->setObjectName(QStringLiteral("actionItems"));
    m_view->setAccessibleName(tr("Action items"));
    m_view->setModel(m_model);
    setUpRecordView(m_view);
    m_view->setAlternatingRowColors(true);
    QHeaderView *header = m_view->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ActionItemTableModel::Action, QHeaderView::Stretch);
    header->setSectionResizeMode(ActionItemTableModel::AgreedAt, QHeaderView::Interactive);
    m_view->setColumnWidth(ActionItemTableModel::AgreedAt, 240);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_count);
    buttons->addStretch();
    buttons->addWidget(m_done);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_reopen);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);

    connect(m_status, &QComboBox::currentIndexChanged, this, &ActionItemsPanel::applyFilter);
    auto *searchDelay = new QTimer(this);
    searchDelay->setSingleShot(true);
    searchDelay->setInterval(250);
    connect(m_search, &QLineEdit::textChanged, searchDelay, qOverload<>(&QTimer::start));
    connect(searchDelay, &QTimer::timeout, this, &ActionItemsPanel::applyFilter);
    connect(m_planOnly, &QCheckBox::toggled, this, &ActionItemsPanel::applyFilter);
    connect(document, &ForumDocument::currentPlanChanged, this, &ActionItemsPanel::applyFilterWhenShown);
    connect(m_done, &QPushButton::clicked, this, [this] { setSelectedStatus(key::ActionItemStatus::Done); });
    connect(m_cancel, &QPushButton::clicked, this, [this] { setSelectedStatus(key::ActionItemStatus::Cancelled); });
    connect(m_reopen, &QPushButton::clicked, this, [this] { setSelectedStatus(key::ActionItemStatus::Open); });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ActionItemsPanel::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ActionItemsPanel::updateButtons);
    connect(document, &ForumDocument::changed, this, [this](const ChangeSet &changes) {
        if (!changes.touches({RecordKind::ActionItem, RecordKind::Meeting, RecordKind::Member}))
            return;
        if (m_reload->onShow())
            refresh();
        else
            m_reload->defer();
    });
    applyFilter();
}

void ActionItemsPanel::applyFilterWhenShown()
{
    m_reload->request();
}

void ActionItemsPanel::applyFilter()
{
    ActionItemQuery query = m_model->query();
    query.status = m_status->currentData().toString();
    query.planId = m_planOnly->isChecked() ? m_document->currentPlanId() : 0;
    query.text = m_search->text();
    m_model->setToday(m_document->today());
    m_model->setQuery(query);
    updateButtons();
}

void ActionItemsPanel::refresh()
{
    m_model->setToday(m_document->today());
    m_model->reload();
    updateButtons();
}

QString ActionItemsPanel::countText() const
{
    return m_count->text();
}

qint64 ActionItemsPanel::selectedId() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : rows.first().data(ActionItemTableModel::IdRole).toLongLong();
}

void ActionItemsPanel::updateButtons()
{
    const qint64 id = selectedId();
    QString status;
    for (int row = 0; id > 0 && row < m_model->rowCount(); ++row) {
        if (m_model->item(row).id == id)
            status = m_model->item(row).status;
    }
    const bool writable = !m_document->isReadOnly();
    m_done->setEnabled(writable && status == key::ActionItemStatus::Open);
    m_cancel->setEnabled(writable && status == key::ActionItemStatus::Open);
    m_reopen->setEnabled(writable && !status.isEmpty() && status != key::ActionItemStatus::Open);
    const QString search = m_search->text().trimmed();
    if (m_model->matchingCount() == 0 && !search.isEmpty())
        m_count->setText(tr("No action item matches “%1” (case and accents are ignored).").arg(search));
    else
        m_count->setText(tr("%n action item(s)", nullptr, int(m_model->matchingCount())));
}

void ActionItemsPanel::setSelectedStatus(const QString &status)
{
    const qint64 id = selectedId();
    if (id <= 0 || m_document->isReadOnly())
        return;
    const auto before = Table<ActionItem>(m_document->file()).find(id);
    if (!before || before->status == status)
        return;
    try {
        const ActionItem after = status == key::ActionItemStatus::Open ? ActionItemFollowUp::reopened(*before)
                                                                       : ActionItemFollowUp::closed(*before, status, m_document->today());
        edit::followUpActionItem(m_document, *before, after);
    } catch (const StorageError &error) {
        m_document->reportFailure(error.message());
    }
}

} // namespace forumdesk
