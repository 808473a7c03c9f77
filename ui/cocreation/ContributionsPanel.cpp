// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/cocreation/ContributionsPanel.h"

#include "core/cocreation/CoCreationSummary.h"
#include "core/cocreation/ContributionImport.h"
#include "core/cocreation/ContributionLinks.h"
#include "core/forum/Vocabulary.h"
#include "core/storage/StorageError.h"
#include "core/storage/Table.h"
#include "ui/cocreation/ContributionDialog.h"
#include "ui/cocreation/ContributionTableModel.h"
#include "ui/cocreation/ImportPreviewDialog.h"
#include "ui/commands/Commands.h"
#include "ui/document/ForumDocument.h"
#include "ui/widgets/PageParts.h"
#include "ui/widgets/ReloadWhenShown.h"

#include <QCheckBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace forumdesk {

ContributionsPanel::ContributionsPanel(ForumDocument *document, QWidget *parent)
    : QWidget(parent), m_document(document), m_model(new ContributionTableModel(document->file(), this)),
      m_view(new QTableView(this)), m_awaiting(new QCheckBox(tr("&Awaiting a response only"), this)),
      m_search(new QLineEdit(this)), m_counts(new QLabel(this)), m_add(new QPushButton(tr("&New Contribution…"), this)),
      m_edit(new QPushButton(tr("&Edit…"), this)), m_remove(new QPushButton(tr("&Remove"), this)),
      m_import(new QPushButton(tr("Import from &CSV…"), this))
{
    m_reload = new ReloadWhenShown(this, [this] { applyFilter(); });
    m_search->setPlaceholderText(tr("Find by author, organization or text"));
    m_search->setAccessibleName(tr("Find contributions"));
    m_search->setClearButtonEnabled(true);
    m_awaiting->setToolTip(tr("Contributions without a reasoned response and its date (OGP standard 4)"));
    m_counts->setObjectName(QStringLiteral("contributionCounts"));
    m_counts->setWordWrap(true);
    m_counts->setTextFormat(Qt::PlainText);

    m_view->setObjectName(QStringLiteral("contributions"));
    m_view->setAccessibleName(tr("Contributions"));
    m_view->setModel(m_model);
    setUpRecordView(m_view);
    m_view->setAlternatingRowColors(true);
    QHeaderView *header = m_view->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ContributionTableModel::Author, QHeaderView::Stretch);
    header->setSectionResizeMode(ContributionTableModel::Organization, QHeaderView::Stretch);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_search, 1);
    filters->addWidget(m_awaiting);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_import);
    buttons->addWidget(m_remove);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_add);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_counts);
    layout->addLayout(buttons);

    auto *searchDelay = new QTimer(this);
    searchDelay->setSingleShot(true);
    searchDelay->setInterval(250);
    connect(m_search, &QLineEdit::textChanged, searchDelay, qOverload<>(&QTimer::start));
    connect(searchDelay, &QTimer::timeout, this, &ContributionsPanel::applyFilter);
    connect(m_awaiting, &QCheckBox::toggled, this, &ContributionsPanel::applyFilter);
    connect(document, &ForumDocument::currentPlanChanged, this, &ContributionsPanel::applyFilterWhenShown);
    connect(document, &ForumDocument::changed, this, [this](const ChangeSet &changes) {
        if (!changes.touches({RecordKind::Contribution, RecordKind::ContributionLink, RecordKind::ActionPlan}))
            return;
        if (m_reload->onShow())
            refresh();
        else
            m_reload->defer();
    });
    connect(m_add, &QPushButton::clicked, this, &ContributionsPanel::addContribution);
    connect(m_edit, &QPushButton::clicked, this, [this] { editContribution(selectedId()); });
    connect(m_view, &QTableView::doubleClicked, this, [this] { editContribution(selectedId()); });
    connect(m_remove, &QPushButton::clicked, this, &ContributionsPanel::removeSelected);
    connect(m_import, &QPushButton::clicked, this, &ContributionsPanel::chooseAndImport);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        const bool chosen = selectedId() > 0;
        m_edit->setEnabled(chosen);
        m_remove->setEnabled(chosen && !m_document->isReadOnly());
    });
    applyFilter();
}

void ContributionsPanel::applyFilterWhenShown()
{
    m_reload->request();
}

void ContributionsPanel::applyFilter()
{
    ContributionQuery query = m_model->query();
    // No plan yet: show nothing rather than every plan's contributions.
    query.planId = m_document->currentPlanId() > 0 ? m_document->currentPlanId() : -1;
    query.awaitingOnly = m_awaiting->isChecked();
    query.text = m_search->text();
    m_model->setQuery(query);
    refresh();
}

void ContributionsPanel::refresh()
{
    const qint64 selected = selectedId();
    m_model->reload();
    const int row = selected > 0 ? m_model->rowOf(selected) : -1;
    if (row >= 0)
        m_view->selectRow(row);
    const qint64 planId = m_document->currentPlanId();
    const bool hasPlan = planId > 0;
    const bool writable = !m_document->isReadOnly() && hasPlan;
    m_add->setEnabled(writable);
    m_import->setEnabled(writable);
    m_edit->setEnabled(selectedId() > 0);
    m_remove->setEnabled(writable && selectedId() > 0);
    if (!hasPlan) {
        m_counts->setText(tr("Choose or create an action plan to log its contributions."));
        return;
    }
    const CoCreationSummary summary = CoCreationSummary::of(m_document->file(), planId);
    QStringList sectors;
    for (auto it = summary.bySector.cbegin(); it != summary.bySector.cend(); ++it)
        sectors << tr("%1 %2").arg(Vocabulary::label(Vocabulary::List::Sector, it.key())).arg(it.value());
    QStringList channels;
    for (auto it = summary.byChannel.cbegin(); it != summary.byChannel.cend(); ++it)
        channels << tr("%1 %2").arg(Vocabulary::label(Vocabulary::List::ContributionChannel, it.key())).arg(it.value());
    QStringList lines;
    lines << tr("%n contribution(s) received", nullptr, summary.received) + QStringLiteral(" · ")
                 + tr("%n answered", nullptr, summary.answered) + QStringLiteral(" · ")
                 + tr("%n awaiting a response", nullptr, summary.awaiting) + QStringLiteral(" · ")
                 + tr("%n incorporated", nullptr, summary.incorporated);
    if (!sectors.isEmpty())
        lines << tr("By sector: %1").arg(sectors.join(QStringLiteral(", ")));
    if (!channels.isEmpty())
        lines << tr("By channel: %1").arg(channels.join(QStringLiteral(", ")));
    const QString search = m_search->text().trimmed();
    if (m_model->matchingCount() == 0 && summary.received > 0)
        lines << (search.isEmpty() ? tr("No contribution matches these filters.")
                                   : tr("No contribution matches “%1” (case and accents are ignored).").arg(search));
    else if (m_model->matchingCount() != summary.received)
        lines << tr("%1 of %2 shown").arg(m_model->matchingCount()).arg(summary.received);
    m_counts->setText(lines.join(QLatin1Char('\n')));
}

qint64 ContributionsPanel::selectedId() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : rows.first().data(ContributionTableModel::IdRole).toLongLong();
}

qint64 ContributionsPanel::addContribution()
{
    if (m_document->isReadOnly() || m_document->currentPlanId() <= 0)
        return 0;
    Contribution c;
    c.planId = m_document->currentPlanId();
    c.receivedOn = m_document->today();
    ContributionDialog dialog(m_document->file(), c, {}, this);
    if (dialog.exec() != QDialog::Accepted)
        return 0;
    const qint64 id = edit::addContribution(m_document, dialog.contribution(), dialog.commitmentIds());
    if (id <= 0)
        return 0;
    const int row = m_model->rowOf(id);
    if (row >= 0)
        m_view->selectRow(row);
    return id;
}

void ContributionsPanel::editContribution(qint64 id)
{
    if (id <= 0)
        return;
    const auto before = Table<Contribution>(m_document->file()).find(id);
    if (!before)
        return;
    const QList<qint64> linksBefore = ContributionLinks::commitmentsOf(m_document->file(), id);
    ContributionDialog dialog(m_document->file(), *before, linksBefore, this);
    if (m_document->isReadOnly())
        dialog.setEnabled(false);
    if (dialog.exec() != QDialog::Accepted || m_document->isReadOnly())
        return;
    edit::editContribution(m_document, *before, dialog.contribution(), dialog.commitmentIds());
}

void ContributionsPanel::removeSelected()
{
    const qint64 id = selectedId();
    if (id <= 0 || m_document->isReadOnly())
        return;
    const auto before = Table<Contribution>(m_document->file()).find(id);
    if (!before)
        return;
    edit::removeContribution(m_document, *before);
}

void ContributionsPanel::chooseAndImport()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import Contributions"), QString(),
                                                      tr("Comma-separated values (*.csv *.txt);;All files (*)"));
    if (!path.isEmpty())
        importFile(path);
}

int ContributionsPanel::importFile(const QString &path)
{
    const qint64 planId = m_document->currentPlanId();
    if (planId <= 0 || m_document->isReadOnly())
        return 0;
    const QString name = QFileInfo(path).fileName();
    ImportPreviewDialog preview(ContributionImport::readFile(m_document->file(), path, planId), name, this);
    if (preview.exec() != QDialog::Accepted || !preview.import().acceptable())
        return 0;
    const int imported = edit::importContributions(m_document, preview.import(), name);
    if (imported > 0 && preview.import().importableCount() < preview.import().rows().size())
        reportSkipped(name, imported, preview.import());
    return imported;
}

void ContributionsPanel::reportSkipped(const QString &fileName, int imported, const ContributionImport &import)
{
    // Which rows stayed out and why, at once; the whole list behind "Show Details" when it is long.
    const QStringList skipped = import.skippedRows(); // a line per problem: a row may have several
    constexpr int kShown = 12;
    QStringList shown = skipped.mid(0, kShown);
    if (skipped.size() > kShown)
        shown << tr("… and %n more (see the details).", nullptr, int(skipped.size()) - kShown);
    QMessageBox box(QMessageBox::Information, tr("Import Contributions"),
                    tr("%n contribution(s) imported from “%1”.", nullptr, imported).arg(fileName) + QLatin1Char('\n')
                        + tr("%n row(s) skipped:", nullptr, import.problemRowCount() + import.duplicateCount()),
                    QMessageBox::Ok, this);
    box.setObjectName(QStringLiteral("importSkipped"));
    box.setInformativeText(shown.join(QLatin1Char('\n')));
    if (skipped.size() > kShown)
        box.setDetailedText(skipped.join(QLatin1Char('\n')));
    box.exec();
}

} // namespace forumdesk
