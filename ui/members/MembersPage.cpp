// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/members/MembersPage.h"

#include "core/forum/MemberComposition.h"
#include "core/forum/Vocabulary.h"
#include "core/storage/Table.h"
#include "ui/commands/Commands.h"
#include "ui/document/ForumDocument.h"
#include "ui/forum/CompositionPanel.h"
#include "ui/members/MemberDialog.h"
#include "ui/members/MemberTableModel.h"
#include "ui/widgets/PageParts.h"

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

MembersPage::MembersPage(ForumDocument *document, QWidget *parent)
    : QWidget(parent), m_document(document), m_model(new MemberTableModel(document->file(), this)),
      m_view(new QTableView(this)), m_composition(new CompositionPanel(this)),
      m_search(new QLineEdit(this)), m_sector(new QComboBox(this)), m_role(new QComboBox(this)),
      m_active(new QCheckBox(tr("Active today"), this)), m_count(new QLabel(this)),
      m_add(new QPushButton(tr("&Add Member…"), this)), m_edit(new QPushButton(tr("&Edit…"), this)),
      m_remove(new QPushButton(tr("&Remove"), this))
{
    auto *title = pageTitle(tr("Members"), this);

    m_search->setPlaceholderText(tr("Find by name or organization"));
    m_search->setAccessibleName(tr("Find members"));
    m_view->setAccessibleName(tr("Members"));
    m_search->setClearButtonEnabled(true);
    m_sector->addItem(tr("All sectors"), QString());
    for (const QString &key : Vocabulary::keys(Vocabulary::List::Sector))
        m_sector->addItem(Vocabulary::label(Vocabulary::List::Sector, key), key);
    m_role->addItem(tr("All roles"), QString());
    for (const QString &key : Vocabulary::keys(Vocabulary::List::Role))
        m_role->addItem(Vocabulary::label(Vocabulary::List::Role, key), key);
    m_active->setToolTip(tr("Only members whose term covers today"));

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_search, 2);
    filters->addWidget(m_sector, 1);
    filters->addWidget(m_role, 1);
    filters->addWidget(m_active);

    m_view->setModel(m_model);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(MemberTableModel::Name, Qt::AscendingOrder);
    setUpRecordView(m_view);
    m_view->setAlternatingRowColors(true);
    // Short columns fit their content (the loaded rows); the name and the organization, the long
    // ones, start at a readable width and the user can widen them. A stretched organization
    // column was squeezed to nothing when the window is narrow and the labels are long (Spanish).
    QHeaderView *header = m_view->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(MemberTableModel::Name, QHeaderView::Interactive);
    header->setSectionResizeMode(MemberTableModel::Organization, QHeaderView::Interactive);
    header->setStretchLastSection(true);
    m_view->setColumnWidth(MemberTableModel::Name, 190);
    m_view->setColumnWidth(MemberTableModel::Organization, 230);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_count);
    buttons->addStretch();
    buttons->addWidget(m_add);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_remove);

    auto *left = new QVBoxLayout;
    left->addLayout(filters);
    left->addWidget(m_view, 1);
    left->addLayout(buttons);

    m_composition->setMinimumWidth(190);
    m_composition->setMaximumWidth(215);
    auto *body = new QHBoxLayout;
    body->addLayout(left, 1);
    body->addWidget(m_composition);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addLayout(body, 1);

    auto *searchDelay = new QTimer(this);
    searchDelay->setSingleShot(true);
    searchDelay->setInterval(250);
    connect(m_search, &QLineEdit::textChanged, searchDelay, qOverload<>(&QTimer::start));
    connect(searchDelay, &QTimer::timeout, this, &MembersPage::applyFilter);
    connect(m_sector, &QComboBox::currentIndexChanged, this, &MembersPage::applyFilter);
    connect(m_role, &QComboBox::currentIndexChanged, this, &MembersPage::applyFilter);
    connect(m_active, &QCheckBox::toggled, this, &MembersPage::applyFilter);
    connect(m_add, &QPushButton::clicked, this, &MembersPage::addMember);
    connect(m_edit, &QPushButton::clicked, this, &MembersPage::editSelected);
    connect(m_remove, &QPushButton::clicked, this, &MembersPage::removeSelected);
    connect(m_view, &QTableView::doubleClicked, this, &MembersPage::editSelected);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &MembersPage::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &MembersPage::updateButtons);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &MembersPage::updateButtons);
    connect(document, &ForumDocument::changed, this, [this](const ChangeSet &changes) {
        if (changes.touches(RecordKind::Member))
            refresh();
    });

    m_add->setEnabled(!document->isReadOnly());
    refresh();
}

void MembersPage::applyFilter()
{
    MemberQuery query = m_model->query();
    query.text = m_search->text();
    query.sector = m_sector->currentData().toString();
    query.role = m_role->currentData().toString();
    query.activeOnly = m_active->isChecked();
    query.activeOn = m_document->today();
    m_model->setQuery(query);
}

void MembersPage::refresh()
{
    const qint64 selected = selectedId();
    m_model->reload();
    if (selected > 0) {
        const int row = m_model->rowOf(selected);
        if (row >= 0)
            m_view->selectRow(row);
    }
    m_composition->setComposition(MemberComposition::compute(m_document->file()));
    updateButtons();
}

void MembersPage::updateButtons()
{
    const bool chosen = selectedId() > 0;
    m_edit->setEnabled(chosen);
    m_remove->setEnabled(chosen && !m_document->isReadOnly());
    m_edit->setText(m_document->isReadOnly() ? tr("&View…") : tr("&Edit…"));
    const qint64 all = Table<Member>(m_document->file()).count();
    const QString search = m_search->text().trimmed();
    if (m_model->matchingCount() == 0 && all > 0)
        m_count->setText(search.isEmpty() ? tr("No member matches these filters.")
                                          : tr("No member matches “%1” (case and accents are ignored).").arg(search));
    else
        m_count->setText(m_model->matchingCount() == all
                             ? tr("Members: %1").arg(all)
                             : tr("%1 of %2 members shown").arg(m_model->matchingCount()).arg(all));
}

QString MembersPage::countText() const
{
    return m_count->text();
}

qint64 MembersPage::selectedId() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return 0;
    return rows.first().data(MemberTableModel::IdRole).toLongLong();
}

MemberDialog *MembersPage::createAddDialog()
{
    Member member;
    member.termStart = m_document->today();
    // A new member joins under the filter the user is looking at.
    if (!m_sector->currentData().toString().isEmpty())
        member.sector = m_sector->currentData().toString();
    if (!m_role->currentData().toString().isEmpty())
        member.role = m_role->currentData().toString();
    return new MemberDialog(m_document->file(), member, this);
}

MemberDialog *MembersPage::createEditDialog(qint64 memberId)
{
    const auto member = Table<Member>(m_document->file()).find(memberId);
    if (!member)
        return nullptr;
    return new MemberDialog(m_document->file(), *member, this);
}

void MembersPage::commitDialog(MemberDialog *dialog)
{
    const Member after = dialog->member();
    if (after.id == 0) {
        const qint64 id = edit::addMember(m_document, after);
        if (id <= 0)
            return; // refused; the document said why
        // Show the new member, even when the filter would hide them.
        int row = m_model->rowOf(id);
        if (row < 0) {
            m_search->clear();
            m_sector->setCurrentIndex(0);
            m_role->setCurrentIndex(0);
            m_active->setChecked(false);
            applyFilter();
            row = m_model->rowOf(id);
        }
        if (row >= 0) {
            m_view->selectRow(row);
            m_view->scrollTo(m_model->index(row, 0));
        }
        return;
    }
    const auto before = Table<Member>(m_document->file()).find(after.id);
    if (before)
        edit::editMember(m_document, *before, after);
}

void MembersPage::addMember()
{
    if (m_document->isReadOnly())
        return;
    MemberDialog *dialog = createAddDialog();
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { commitDialog(dialog); });
    dialog->open();
}

void MembersPage::editSelected()
{
    const qint64 id = selectedId();
    if (id <= 0)
        return;
    MemberDialog *dialog = createEditDialog(id);
    if (!dialog)
        return;
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (m_document->isReadOnly()) {
        dialog->setReadOnly(true);
    } else {
        connect(dialog, &QDialog::accepted, this, [this, dialog] { commitDialog(dialog); });
    }
    dialog->open();
}

void MembersPage::removeSelected()
{
    const qint64 id = selectedId();
    if (id <= 0 || m_document->isReadOnly())
        return;
    if (const auto member = Table<Member>(m_document->file()).find(id))
        edit::removeMember(m_document, *member);
}

void MembersPage::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

} // namespace forumdesk
