// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/meetings/MeetingsPage.h"

#include "core/forum/Vocabulary.h"
#include "core/forum/VocabularyKeys.h"
#include "core/meetings/IcsCalendar.h"
#include "core/meetings/LiveMeeting.h"
#include "core/storage/Table.h"
#include "ui/commands/Commands.h"
#include "ui/document/DocumentExport.h"
#include "ui/document/ForumDocument.h"
#include "ui/meetings/ActionItemsPanel.h"
#include "ui/live/LiveConsole.h"
#include "ui/meetings/MeetingDetailsPanel.h"
#include "ui/meetings/MeetingEditor.h"
#include "ui/meetings/MeetingTableModel.h"
#include "ui/widgets/PageParts.h"
#include "ui/widgets/ReloadWhenShown.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace forumdesk {

MeetingsPage::MeetingsPage(ForumDocument *document, QWidget *parent)
    : QWidget(parent), m_document(document), m_model(new MeetingTableModel(document->file(), this)),
      m_view(new QTableView(this)), m_editor(new MeetingEditor(document, this)),
      m_actionItems(new ActionItemsPanel(document, this)), m_sections(new QTabWidget(this)),
      m_splitter(new QSplitter(Qt::Horizontal, this)), m_when(new QComboBox(this)), m_kind(new QComboBox(this)),
      m_planOnly(new QCheckBox(tr("Plan in the toolbar only"), this)), m_search(new QLineEdit(this)),
      m_count(new QLabel(this)), m_add(new QPushButton(tr("&New Meeting"), this)),
      m_upcoming(new QPushButton(tr("Upcoming (.ics)…"), this)), m_live(new QPushButton(tr("Start Meeting (F9)"), this))
{
    m_reload = new ReloadWhenShown(this, [this] { applyFilter(); });
    auto *title = pageTitle(tr("Meetings"), this);

    m_when->addItem(tr("Upcoming"), int(MeetingQuery::When::Upcoming));
    m_when->addItem(tr("Past"), int(MeetingQuery::When::Past));
    m_when->addItem(tr("All meetings"), int(MeetingQuery::When::All));
    m_kind->addItem(tr("All kinds"), QString());
    for (const QString &key : Vocabulary::keys(Vocabulary::List::MeetingKind))
        m_kind->addItem(Vocabulary::label(Vocabulary::List::MeetingKind, key), key);
    m_planOnly->setToolTip(tr("Only the meetings of the action plan chosen in the toolbar"));
    m_search->setPlaceholderText(tr("Find by title or place"));
    m_search->setAccessibleName(tr("Find meetings"));
    m_search->setClearButtonEnabled(true);
    m_upcoming->setToolTip(tr("Invitations to every upcoming meeting, in one calendar file"));

    // Two short rows rather than one long one: the list shares the page with the editor.
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_when, 1);
    filters->addWidget(m_kind, 1);
    auto *search = new QHBoxLayout;
    search->addWidget(m_search, 1);
    search->addWidget(m_planOnly);

    m_view->setObjectName(QStringLiteral("meetings"));
    m_view->setAccessibleName(tr("Meetings"));
    m_view->setModel(m_model);
    setUpRecordView(m_view);
    m_view->setAlternatingRowColors(true);
    QHeaderView *header = m_view->horizontalHeader();
    // The list shares the page with the editor: the date, the title and the status; the kind and
    // the place are in the title's tooltip, and the user can show their columns again.
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(MeetingTableModel::Title, QHeaderView::Stretch);
    header->setSectionsMovable(false);
    m_view->setColumnHidden(MeetingTableModel::Kind, true);
    m_view->setColumnHidden(MeetingTableModel::Place, true);

    m_count->setWordWrap(true); // a long count wraps rather than widening the page
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_count, 1);
    buttons->addWidget(m_upcoming);
    buttons->addWidget(m_live);
    buttons->addWidget(m_add);
    m_live->setObjectName(QStringLiteral("startMeeting"));
    m_live->setToolTip(tr("Runs the selected meeting live: speakers, times, arrivals and votes, with a projector view"));
    m_live->setEnabled(false);

    auto *listSide = new QWidget(this);
    auto *listLayout = new QVBoxLayout(listSide);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addLayout(filters);
    listLayout->addLayout(search);
    listLayout->addWidget(m_view, 1);
    listLayout->addLayout(buttons);
    m_splitter->addWidget(listSide);
    m_splitter->addWidget(m_editor);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setSizes({430, 650});
    m_splitter->setChildrenCollapsible(false);

    m_sections->addTab(m_splitter, tr("Meetings"));
    m_sections->addTab(m_actionItems, tr("Action Items"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(m_sections, 1);

    auto *searchDelay = new QTimer(this);
    searchDelay->setSingleShot(true);
    searchDelay->setInterval(250);
    connect(m_search, &QLineEdit::textChanged, searchDelay, qOverload<>(&QTimer::start));
    connect(searchDelay, &QTimer::timeout, this, &MeetingsPage::applyFilter);
    connect(m_when, &QComboBox::currentIndexChanged, this, &MeetingsPage::applyFilter);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &MeetingsPage::applyFilter);
    connect(m_planOnly, &QCheckBox::toggled, this, &MeetingsPage::applyFilter);
    connect(document, &ForumDocument::currentPlanChanged, this, &MeetingsPage::applyFilterWhenShown);
    connect(m_add, &QPushButton::clicked, this, &MeetingsPage::addMeeting);
    connect(m_upcoming, &QPushButton::clicked, this, &MeetingsPage::exportUpcoming);
    // F9 anywhere on the page, as the console's own keys are function keys too.
    auto *liveKey = new QAction(this);
    liveKey->setShortcut(QKeySequence(Qt::Key_F9));
    liveKey->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(liveKey, &QAction::triggered, m_live, [this] {
        if (m_live->isEnabled())
            m_live->click();
    });
    addAction(liveKey);
    connect(m_live, &QPushButton::clicked, this, [this] {
        if (const qint64 id = selectedId(); id > 0)
            LiveConsole::open(m_document, id, window());
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &MeetingsPage::selectionChanged);
    connect(document, &ForumDocument::changed, this, [this](const ChangeSet &changes) {
        if (!changes.touches(RecordKind::Meeting))
            return;
        updateLiveButton();
        if (m_reload->onShow())
            refresh();
        else
            m_reload->defer();
    });
    m_add->setEnabled(!document->isReadOnly());
    applyFilter();
}

void MeetingsPage::applyFilterWhenShown()
{
    m_reload->request();
}

void MeetingsPage::applyFilter()
{
    MeetingQuery query = m_model->query();
    query.when = MeetingQuery::When(m_when->currentData().toInt());
    query.today = m_document->today();
    query.kind = m_kind->currentData().toString();
    query.planId = m_planOnly->isChecked() ? m_document->currentPlanId() : 0;
    query.text = m_search->text();
    m_model->setQuery(query);
    refresh();
}

void MeetingsPage::refresh()
{
    const qint64 selected = m_editor->meetingId();
    m_model->reload();
    const int row = selected > 0 ? m_model->rowOf(selected) : -1;
    if (row >= 0) {
        const QSignalBlocker blocker(m_view->selectionModel());
        m_view->selectRow(row);
    }
    if (selected > 0 && !Table<Meeting>(m_document->file()).find(selected))
        m_editor->setMeeting(0); // an undone creation
    const qint64 all = Table<Meeting>(m_document->file()).count();
    const QString search = m_search->text().trimmed();
    if (m_model->matchingCount() == 0 && all > 0)
        m_count->setText(search.isEmpty() ? tr("No meeting matches these filters.")
                                          : tr("No meeting matches “%1” (case and accents are ignored).").arg(search));
    else
        m_count->setText(m_model->matchingCount() == all
                             ? tr("%n meeting(s)", nullptr, int(all))
                             : tr("%1 of %2 meetings shown").arg(m_model->matchingCount()).arg(all));
}

qint64 MeetingsPage::selectedId() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : rows.first().data(MeetingTableModel::IdRole).toLongLong();
}

void MeetingsPage::selectionChanged()
{
    const qint64 id = selectedId();
    if (id > 0 && id != m_editor->meetingId())
        m_editor->setMeeting(id);
    updateLiveButton();
}

void MeetingsPage::updateLiveButton()
{
    const qint64 id = selectedId();
    const auto meeting = id > 0 ? Table<Meeting>(m_document->file()).find(id) : std::nullopt;
    const bool live = meeting && meeting->isLive();
    m_live->setText(live ? tr("Resume Meeting (F9)") : tr("Start Meeting (F9)"));
    const QString refused = meeting ? LiveMeeting::refusal(*meeting) : QString();
    m_live->setEnabled(meeting && refused.isEmpty() && !m_document->isReadOnly() && m_document->file().schemaVersion() >= 6);
    m_live->setToolTip(refused.isEmpty() ? tr("Runs the selected meeting live: speakers, times, arrivals and votes, with a projector view")
                                         : refused);
}

void MeetingsPage::showMeeting(qint64 meetingId)
{
    m_reload->catchUp();
    int row = m_model->rowOf(meetingId);
    if (row < 0) {
        const QSignalBlocker a(m_when), b(m_kind), c(m_planOnly), d(m_search);
        m_when->setCurrentIndex(m_when->findData(int(MeetingQuery::When::All)));
        m_kind->setCurrentIndex(0);
        m_planOnly->setChecked(false);
        m_search->clear();
        applyFilter();
        row = m_model->rowOf(meetingId);
    }
    m_editor->setMeeting(meetingId);
    if (row >= 0) {
        m_view->selectRow(row);
        m_view->scrollTo(m_model->index(row, 0));
    }
    m_sections->setCurrentIndex(0);
}

qint64 MeetingsPage::addMeeting()
{
    if (m_document->isReadOnly())
        return 0;
    Meeting meeting;
    meeting.title = tr("New meeting");
    meeting.kind = m_kind->currentData().toString().isEmpty() ? key::MeetingKind::ForumSession : m_kind->currentData().toString();
    std::tie(meeting.startsAt, meeting.endsAt) = Meeting::suggestedTimes(m_document->file(), meeting.kind, m_document->today());
    meeting.planId = m_document->currentPlanId();
    const qint64 id = edit::addMeeting(m_document, meeting);
    if (id <= 0)
        return 0;
    showMeeting(id);
    m_editor->tabs()->setCurrentIndex(MeetingEditor::DetailsTab);
    if (QWidget *titleEdit = m_editor->details()->editor(QStringLiteral("title"))) {
        titleEdit->setFocus();
        if (auto *line = qobject_cast<QLineEdit *>(titleEdit))
            line->selectAll();
    }
    return id;
}

void MeetingsPage::exportUpcoming()
{
    const QList<qint64> ids = IcsCalendar::upcoming(m_document->file(), m_document->today());
    m_editor->exporter()->chooseAndWriteCalendar(ids, tr("Upcoming meetings"));
}

} // namespace forumdesk
