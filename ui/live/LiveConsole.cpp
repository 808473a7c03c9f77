// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/live/LiveConsole.h"

#include "core/forum/Forum.h"
#include "core/forum/ForumClock.h"
#include "core/forum/Member.h"
#include "core/forum/Vocabulary.h"
#include "core/forum/VocabularyKeys.h"
#include "core/meetings/SpeakingTime.h"
#include "core/storage/ChangeSet.h"
#include "core/storage/StorageError.h"
#include "core/storage/Table.h"
#include "ui/commands/Commands.h"
#include "ui/document/ForumDocument.h"
#include "ui/live/LiveText.h"
#include "ui/live/ProjectorWindow.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QCompleter>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QStringListModel>
#include <QTabWidget>
#include <QTableWidget>
#include <QTimeZone>
#include <QUndoStack>
#include <QTimer>
#include <QVBoxLayout>

namespace forumdesk {

namespace {

QList<LiveConsole *> &openConsoles()
{
    static QList<LiveConsole *> consoles;
    return consoles;
}

QAction *shortcut(QWidget *owner, const QKeySequence &keys, const std::function<void()> &run)
{
    auto *action = new QAction(owner);
    action->setShortcut(keys);
    action->setShortcutContext(Qt::WindowShortcut);
    QObject::connect(action, &QAction::triggered, owner, run);
    owner->addAction(action);
    return action;
}

QLabel *big(QWidget *parent, double scale, const char *name)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QString::fromLatin1(name));
    QFont f = label->font();
    f.setPointSizeF(f.pointSizeF() * scale);
    f.setBold(true);
    label->setFont(f);
    label->setTextFormat(Qt::PlainText);
    return label;
}

void colour(QLabel *label, live::Urgency urgency)
{
    QPalette p = label->palette();
    p.setColor(QPalette::WindowText, live::consoleColour(urgency));
    label->setPalette(p);
}

QTableWidgetItem *cell(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    return item;
}

} // namespace

LiveConsole::LiveConsole(ForumDocument *document, qint64 meetingId, QWidget *parent)
    : QWidget(parent, Qt::Window), m_document(document), m_clock(ForumClock::of(document->file())), m_meetingId(meetingId),
      m_timer(new QTimer(this)),
      m_title(big(this, 1.4, "title")), m_meetingClock(new QLabel(this)), m_quorum(new QLabel(this)),
      m_pause(new QPushButton(this)), m_end(new QPushButton(tr("&End Meeting"), this)), m_agenda(new QListWidget(this)),
      m_itemClock(big(this, 2.6, "itemClock")), m_next(new QPushButton(tr("Next Item (F6)"), this)),
      m_speaking(big(this, 1.3, "speaking")), m_speakerField(new QLineEdit(this)), m_limit(new QSpinBox(this)),
      m_queue(new QListWidget(this)), m_floor(new QPushButton(this)), m_time(new QTableWidget(this)),
      m_attendance(new QTableWidget(this)), m_motion(new QLineEdit(this)), m_openVote(new QPushButton(tr("&Open Vote"), this)),
      m_votes(new QTableWidget(this)), m_tally(big(this, 1.2, "tally")), m_closeVote(new QPushButton(tr("&Close Vote"), this)),
      m_countFor(new QSpinBox(this)), m_countAgainst(new QSpinBox(this)), m_countAbstain(new QSpinBox(this)),
      m_setCounts(new QPushButton(tr("Count by &Hands"), this))
{
    setObjectName(QStringLiteral("liveConsole"));
    setAttribute(Qt::WA_DeleteOnClose);
    openConsoles() << this;
    m_members = Table<Member>(document->file())
                    .list(QStringLiteral("term_end IS NULL OR term_end >= ?"), {formatDate(document->today())},
                          QStringLiteral("name COLLATE NAME"));

    // The top: the meeting, its clock and quorum, pause and end.
    m_meetingClock->setObjectName(QStringLiteral("meetingClock"));
    m_quorum->setObjectName(QStringLiteral("quorum"));
    m_quorum->setWordWrap(true);
    m_pause->setToolTip(tr("Stops the speaker and the item's clock until resumed (F7)"));
    auto *top = new QHBoxLayout;
    auto *titles = new QVBoxLayout;
    titles->addWidget(m_title);
    titles->addWidget(m_meetingClock);
    top->addLayout(titles, 2);
    top->addWidget(m_quorum, 2);
    auto *projector = new QPushButton(tr("Pro&jector"), this);
    projector->setToolTip(tr("Shows the meeting on a second screen, or in a window to drag there (F8; Esc on the projector closes it)"));
    top->addWidget(projector);
    top->addWidget(m_pause);
    top->addWidget(m_end);

    // Left: the agenda and the item's clock.
    auto *agendaBox = new QGroupBox(tr("Agenda"), this);
    m_agenda->setObjectName(QStringLiteral("agenda"));
    m_agenda->setAccessibleName(tr("Agenda"));
    m_agenda->setWordWrap(true);
    m_itemClock->setAlignment(Qt::AlignCenter);
    m_itemClock->setAccessibleName(tr("Time left of the item"));
    auto *takeUp = new QPushButton(tr("&Take Up Selected"), this);
    takeUp->setToolTip(tr("Closes the item under way and takes up the one selected"));
    auto *agendaLayout = new QVBoxLayout(agendaBox);
    agendaLayout->addWidget(m_agenda, 1);
    agendaLayout->addWidget(m_itemClock);
    auto *agendaButtons = new QHBoxLayout;
    agendaButtons->addWidget(takeUp);
    agendaButtons->addWidget(m_next);
    agendaLayout->addLayout(agendaButtons);

    // Middle: the list of speakers.
    auto *speakersBox = new QGroupBox(tr("Speakers"), this);
    m_speaking->setWordWrap(true);
    m_speakerField->setObjectName(QStringLiteral("speakerField"));
    m_speakerField->setPlaceholderText(tr("Add a speaker: type a few letters, then Enter (Ctrl+L)"));
    m_speakerField->setAccessibleName(tr("Add a speaker"));
    QStringList names;
    for (const Member &m : std::as_const(m_members))
        names << m.name;
    auto *completer = new QCompleter(new QStringListModel(names, this), this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    m_speakerField->setCompleter(completer);
    m_limit->setRange(0, 30);
    m_limit->setSpecialValueText(tr("No limit"));
    m_limit->setSuffix(tr(" min"));
    m_limit->setAccessibleName(tr("Time limit per intervention"));
    m_queue->setObjectName(QStringLiteral("queue"));
    m_queue->setAccessibleName(tr("Waiting to speak"));
    m_floor->setObjectName(QStringLiteral("floor"));
    auto *up = new QPushButton(tr("Up"), this);
    auto *down = new QPushButton(tr("Down"), this);
    auto *remove = new QPushButton(tr("Remove"), this);
    up->setToolTip(tr("Moves the speaker up the list (Alt+Up)"));
    down->setToolTip(tr("Moves the speaker down the list (Alt+Down)"));
    remove->setToolTip(tr("Takes the speaker off the list (Delete)"));
    m_time->setObjectName(QStringLiteral("speakingTime"));
    m_time->setAccessibleName(tr("Speaking time by sector and gender"));
    m_time->setColumnCount(3);
    m_time->setHorizontalHeaderLabels({tr("Speaking time"), tr("This item"), tr("Meeting")});
    m_time->verticalHeader()->hide();
    m_time->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_time->setEditTriggers(QAbstractItemView::NoEditTriggers);
    auto *addRow = new QHBoxLayout;
    addRow->addWidget(m_speakerField, 1);
    auto *limitLabel = new QLabel(tr("&Limit:"), this);
    limitLabel->setBuddy(m_limit);
    addRow->addWidget(limitLabel);
    addRow->addWidget(m_limit);
    auto *queueButtons = new QHBoxLayout;
    queueButtons->addWidget(m_floor, 1);
    queueButtons->addWidget(up);
    queueButtons->addWidget(down);
    queueButtons->addWidget(remove);
    auto *speakersLayout = new QVBoxLayout(speakersBox);
    speakersLayout->addWidget(m_speaking);
    speakersLayout->addLayout(addRow);
    speakersLayout->addWidget(m_queue, 2);
    speakersLayout->addLayout(queueButtons);
    speakersLayout->addWidget(m_time, 2);

    // Right: attendance and votes.
    auto *tabs = new QTabWidget(this);
    m_attendance->setObjectName(QStringLiteral("liveAttendance"));
    m_attendance->setAccessibleName(tr("Members and their arrival"));
    m_attendance->setColumnCount(3);
    m_attendance->setHorizontalHeaderLabels({tr("Member"), tr("Sector"), tr("In the room")});
    m_attendance->verticalHeader()->hide();
    m_attendance->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_attendance->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_attendance->setSelectionMode(QAbstractItemView::SingleSelection);
    m_attendance->setEditTriggers(QAbstractItemView::NoEditTriggers);
    auto *arrived = new QPushButton(tr("&Arrived"), this);
    auto *left = new QPushButton(tr("Le&ft"), this);
    auto *guest = new QPushButton(tr("Add G&uest…"), this);
    arrived->setToolTip(tr("The selected member is in the room from now (Ctrl+Shift+A)"));
    left->setToolTip(tr("The selected member left the room now (Ctrl+Shift+E)"));
    auto *attendancePage = new QWidget(this);
    auto *attendanceLayout = new QVBoxLayout(attendancePage);
    attendanceLayout->addWidget(m_attendance, 1);
    auto *attendanceButtons = new QHBoxLayout;
    attendanceButtons->addWidget(arrived);
    attendanceButtons->addWidget(left);
    attendanceButtons->addWidget(guest);
    attendanceLayout->addLayout(attendanceButtons);
    tabs->addTab(attendancePage, tr("Attendance"));

    auto *votePage = new QWidget(this);
    m_motion->setObjectName(QStringLiteral("motion"));
    m_motion->setPlaceholderText(tr("The motion put to the vote"));
    m_motion->setAccessibleName(tr("Motion"));
    m_votes->setObjectName(QStringLiteral("votes"));
    m_votes->setAccessibleName(tr("Votes by member"));
    m_votes->setColumnCount(4);
    m_votes->setHorizontalHeaderLabels({tr("Member"), tr("For"), tr("Against"), tr("Abstain")});
    m_votes->verticalHeader()->hide();
    m_votes->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_votes->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tally->setWordWrap(true);
    auto *cancelVote = new QPushButton(tr("Ca&ncel Vote"), this);
    auto *motionRow = new QHBoxLayout;
    motionRow->addWidget(m_motion, 1);
    motionRow->addWidget(m_openVote);
    auto *voteButtons = new QHBoxLayout;
    voteButtons->addWidget(m_tally, 1);
    voteButtons->addWidget(cancelVote);
    voteButtons->addWidget(m_closeVote);
    // Or counted by hands: the three counts, which replace any votes by name.
    auto *counts = new QHBoxLayout;
    const std::pair<QSpinBox *, QString> countBoxes[] = {{m_countFor, tr("For")}, {m_countAgainst, tr("Against")}, {m_countAbstain, tr("Abstain")}};
    for (const auto &entry : countBoxes) {
        entry.first->setRange(0, 999);
        entry.first->setAccessibleName(entry.second);
        auto *label = new QLabel(entry.second + QLatin1Char(':'), this);
        label->setBuddy(entry.first);
        counts->addWidget(label);
        counts->addWidget(entry.first);
    }
    m_setCounts->setToolTip(tr("Records the counts of a show of hands instead of votes by name"));
    counts->addWidget(m_setCounts);
    counts->addStretch(1);
    auto *voteLayout = new QVBoxLayout(votePage);
    voteLayout->addLayout(motionRow);
    voteLayout->addWidget(m_votes, 1);
    voteLayout->addLayout(counts);
    voteLayout->addLayout(voteButtons);
    tabs->addTab(votePage, tr("Vote"));

    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(agendaBox);
    split->addWidget(speakersBox);
    split->addWidget(tabs);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 4);
    split->setStretchFactor(2, 4);
    split->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(split, 1);

    connect(m_pause, &QPushButton::clicked, this, &LiveConsole::togglePause);
    connect(m_end, &QPushButton::clicked, this, [this] { endMeeting(true); });
    connect(projector, &QPushButton::clicked, this, &LiveConsole::showProjector);
    connect(m_next, &QPushButton::clicked, this, &LiveConsole::nextItem);
    connect(takeUp, &QPushButton::clicked, this, [this] {
        const int row = m_agenda->currentRow();
        if (row < 0 || row >= m_state.agenda.size())
            return;
        const AgendaItem item = m_state.agenda.at(row);
        step(tr("Take up “%1”").arg(edit::brief(item.title)),
             [this, id = item.id, at = now()](ForumFile &file) { LiveMeeting::takeUp(file, m_meetingId, id, at); });
    });
    connect(m_agenda, &QListWidget::itemActivated, takeUp, &QPushButton::click);
    connect(m_speakerField, &QLineEdit::returnPressed, this, &LiveConsole::addSpeakerFromText);
    connect(m_floor, &QPushButton::clicked, this, &LiveConsole::toggleSpeaker);
    connect(up, &QPushButton::clicked, this, [this] { moveSelectedSpeaker(-1); });
    connect(down, &QPushButton::clicked, this, [this] { moveSelectedSpeaker(1); });
    connect(remove, &QPushButton::clicked, this, &LiveConsole::removeSelectedSpeaker);
    connect(arrived, &QPushButton::clicked, this, [this] { markArrived(selectedMember()); });
    connect(left, &QPushButton::clicked, this, [this] { markLeft(selectedMember()); });
    connect(guest, &QPushButton::clicked, this, [this] {
        bool ok = false;
        QString name;
        if (!modal([&] { name = QInputDialog::getText(this, tr("Add Guest"), tr("Name of the guest:"), QLineEdit::Normal, QString(), &ok).trimmed(); })
            || !ok || name.isEmpty())
            return;
        QStringList sectors;
        for (const QString &key : Vocabulary::keys(Vocabulary::List::Sector))
            sectors << Vocabulary::label(Vocabulary::List::Sector, key);
        QString sector;
        if (!modal([&] { sector = QInputDialog::getItem(this, tr("Add Guest"), tr("Sector of %1:").arg(name), sectors, 0, false, &ok); }) || !ok)
            return;
        const QString key = Vocabulary::keys(Vocabulary::List::Sector).value(int(sectors.indexOf(sector)));
        step(tr("Add guest %1").arg(name),
             [this, name, key, at = now()](ForumFile &file) { LiveMeeting::addGuest(file, m_meetingId, name, QString(), key, at); });
    });
    connect(m_openVote, &QPushButton::clicked, this, [this] { openVote(m_motion->text()); });
    connect(m_closeVote, &QPushButton::clicked, this, &LiveConsole::closeVote);
    connect(m_setCounts, &QPushButton::clicked, this,
            [this] { setCounts(m_countFor->value(), m_countAgainst->value(), m_countAbstain->value()); });
    connect(cancelVote, &QPushButton::clicked, this, [this] {
        if (!m_state.openVote)
            return;
        step(tr("Cancel the vote"), [id = m_state.openVote->decision.id](ForumFile &file) { LiveMeeting::cancelVote(file, id); });
    });

    shortcut(this, QKeySequence(Qt::Key_F5), [this] { toggleSpeaker(); });
    shortcut(this, QKeySequence(Qt::Key_F6), [this] { nextItem(); });
    shortcut(this, QKeySequence(Qt::Key_F7), [this] { togglePause(); });
    shortcut(this, QKeySequence(Qt::CTRL | Qt::Key_L), [this] { m_speakerField->setFocus(Qt::ShortcutFocusReason); });
    shortcut(this, QKeySequence(Qt::ALT | Qt::Key_Up), [this] { moveSelectedSpeaker(-1); });
    shortcut(this, QKeySequence(Qt::ALT | Qt::Key_Down), [this] { moveSelectedSpeaker(1); });
    shortcut(this, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A), [this] { markArrived(selectedMember()); });
    shortcut(this, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E), [this] { markLeft(selectedMember()); });
    auto *del = new QAction(m_queue);
    del->setShortcut(QKeySequence::Delete);
    del->setShortcutContext(Qt::WidgetShortcut);
    connect(del, &QAction::triggered, this, &LiveConsole::removeSelectedSpeaker);
    m_queue->addAction(del);
    // Undo and redo from the console as from the main window (not while a merge writes beside).
    shortcut(this, QKeySequence::Undo, [this] {
        if (m_document && !m_document->isWorkingBeside())
            m_document->undoStack()->undo();
    });
    shortcut(this, QKeySequence::Redo, [this] {
        if (m_document && !m_document->isWorkingBeside())
            m_document->undoStack()->redo();
    });
    shortcut(this, QKeySequence(Qt::Key_F8), [this] { toggleProjector(); });
    // Enter (or a double click) on a waiting speaker gives them the floor out of turn.
    connect(m_queue, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        if (!item || !m_state.meeting.isLive())
            return;
        const qint64 id = item->data(Qt::UserRole).toLongLong();
        step(tr("Give the floor to %1").arg(item->text().section(QStringLiteral(" — "), 0, 0)),
             [id, at = now()](ForumFile &file) { LiveMeeting::startSpeaker(file, id, at); });
    });

    connect(document, &ForumDocument::changed, this, [this](const ChangeSet &changes) {
        if (changes.touches({RecordKind::Meeting, RecordKind::AgendaItem, RecordKind::Intervention, RecordKind::Attendance,
                             RecordKind::Decision, RecordKind::Vote, RecordKind::Member}))
            reload();
    });
    connect(document, &ForumDocument::changedOutside, this, &LiveConsole::reload);
    // The forum closed: its console goes with it (after any dialog it has open).
    connect(document, &QObject::destroyed, this, [this] {
        m_timer->stop();
        m_orphaned = true;
        hide();
        if (m_modals == 0)
            deleteLater();
    });
    m_timer->setInterval(1000);
    connect(m_timer, &QTimer::timeout, this, &LiveConsole::tick);
    m_timer->start();
    resize(1280, 760);
    reload();
    setWindowTitle(tr("Live Meeting — %1").arg(m_state.meeting.title));
}

LiveConsole::~LiveConsole()
{
    openConsoles().removeAll(this);
}

bool LiveConsole::modal(const std::function<void()> &run)
{
    ++m_modals;
    run();
    --m_modals;
    if (m_orphaned) {
        if (m_modals == 0)
            deleteLater();
        return false;
    }
    return m_document != nullptr;
}

LiveConsole *LiveConsole::open(ForumDocument *document, qint64 meetingId, QWidget *parent)
{
    const auto meeting = Table<Meeting>(document->file()).find(meetingId);
    if (!meeting)
        return nullptr;
    if (!meeting->isLive()) {
        if (const QString refused = LiveMeeting::refusal(*meeting); !refused.isEmpty()) {
            QMessageBox::information(parent, tr("Start Meeting"), refused);
            return nullptr;
        }
        const QDateTime at = ForumClock::of(document->file()).now().toUTC();
        if (!edit::live(document, tr("Start meeting “%1”").arg(edit::brief(meeting->title)),
                        [meetingId, at](ForumFile &file) { LiveMeeting::start(file, meetingId, at); }))
            return nullptr;
    }
    for (LiveConsole *console : std::as_const(openConsoles()))
        if (console->m_document == document && console->m_meetingId == meetingId) {
            console->reload();
            console->show();
            console->raise();
            console->activateWindow();
            return console;
        }
    auto *console = new LiveConsole(document, meetingId, parent);
    console->show();
    return console;
}

LiveConsole *LiveConsole::resumeIfLive(ForumDocument *document, QWidget *parent)
{
    if (document->file().schemaVersion() < 6)
        return nullptr;
    const QList<Meeting> live = Table<Meeting>(document->file())
                                    .list(QStringLiteral("live_started_at IS NOT NULL AND live_ended_at IS NULL"), {},
                                          QStringLiteral("live_started_at DESC LIMIT 1"));
    if (live.isEmpty())
        return nullptr;
    return open(document, live.first().id, parent);
}

bool LiveConsole::step(const QString &text, std::function<void(ForumFile &)> work)
{
    if (!m_document || m_orphaned)
        return false;
    if (m_document->isWorkingBeside()) { // a merge is writing: the step waits for it
        QApplication::beep();
        return false;
    }
    return edit::live(m_document, text, std::move(work));
}

QDateTime LiveConsole::now() const
{
    return m_clock.now().toUTC();
}

void LiveConsole::reload()
{
    if (!m_document || m_orphaned)
        return;
    try {
        m_state = LiveMeeting::load(m_document->file(), m_meetingId, now());
    } catch (const StorageError &error) {
        if (error.kind() == StorageError::Kind::NotFound)
            close(); // the meeting is gone (removed, or an undo of its creation)
        return; // busy for a moment, or the disk gone: the next change or reload tries again
    }
    showState();
}

void LiveConsole::tick()
{
    m_state.now = QDateTime::fromSecsSinceEpoch(now().toSecsSinceEpoch(), QTimeZone::utc());
    showClocks();
    if (m_projector)
        m_projector->show(m_state);
}

void LiveConsole::showState()
{
    m_title->setText(m_state.meeting.title);
    const bool live = m_state.meeting.isLive();
    m_pause->setText(m_state.isPaused() ? tr("&Resume (F7)") : tr("&Pause (F7)"));
    m_pause->setEnabled(live);
    m_end->setEnabled(live);
    m_next->setEnabled(live);
    m_floor->setEnabled(live);
    m_speakerField->setEnabled(live);
    m_openVote->setEnabled(live && !m_state.openVote);
    m_closeVote->setEnabled(live && m_state.openVote.has_value());
    m_setCounts->setEnabled(live && m_state.openVote.has_value());
    m_floor->setText(m_state.speaking() ? tr("&Stop Speaker (F5)") : tr("&Give the Floor (F5)"));
    const QuorumStatus &q = m_state.quorum;
    m_quorum->setText(tr("In the room: %1 of %2 voting members (%3 required). %4")
                          .arg(q.presentVoting)
                          .arg(q.votingMembers)
                          .arg(q.required)
                          .arg(q.met ? tr("Quorum met.") : tr("No quorum.")));
    colour(m_quorum, q.met ? live::Urgency::Normal : live::Urgency::Red);
    fillAgenda();
    fillSpeakers();
    fillAttendance();
    fillVote();
    showClocks();
    if (m_projector)
        m_projector->show(m_state);
}

void LiveConsole::showClocks()
{
    QString meetingText = m_state.meeting.liveEndedAt.isValid() ? tr("Ended after %1").arg(live::clock(m_state.meetingElapsed()))
                                                                : tr("Under way for %1").arg(live::clock(m_state.meetingElapsed()));
    if (m_state.isPaused())
        meetingText += QStringLiteral(" — ") + tr("paused");
    m_meetingClock->setText(meetingText);
    if (const AgendaItem *item = m_state.currentItem()) {
        const qint64 remaining = m_state.itemRemaining();
        const live::Urgency urgency = live::urgency(remaining, qint64(item->durationMinutes) * 60);
        m_itemClock->setText(remaining < 0 ? tr("%1 over time").arg(live::clock(-remaining)) : tr("%1 left").arg(live::clock(remaining)));
        colour(m_itemClock, urgency);
    } else {
        m_itemClock->setText(tr("No item under way"));
        colour(m_itemClock, live::Urgency::Normal);
    }
    if (const auto speaking = m_state.speaking()) {
        const qint64 elapsed = m_state.speakerElapsed();
        QString text = tr("Speaking: %1 (%2), %3").arg(speaking->name, Vocabulary::label(Vocabulary::List::Sector, speaking->sector), live::clock(elapsed));
        live::Urgency urgency = live::Urgency::Normal;
        if (speaking->limitSeconds > 0) {
            text += tr(" of %1").arg(live::clock(speaking->limitSeconds));
            urgency = live::urgency(speaking->limitSeconds - elapsed, speaking->limitSeconds);
            if (elapsed > speaking->limitSeconds)
                text += QStringLiteral(" — ") + tr("over the limit");
        }
        m_speaking->setText(text);
        colour(m_speaking, urgency);
    } else {
        m_speaking->setText(m_state.isPaused() ? tr("Paused: nobody has the floor.") : tr("Nobody has the floor."));
        colour(m_speaking, live::Urgency::Normal);
    }
    fillSpeakingTime();
}

void LiveConsole::fillAgenda()
{
    const int row = m_agenda->currentRow();
    m_agenda->clear();
    for (int i = 0; i < m_state.agenda.size(); ++i) {
        const AgendaItem &item = m_state.agenda.at(i);
        QString state;
        if (i == m_state.current)
            state = tr("under way");
        else if (item.endedAt.isValid())
            state = tr("done, %1").arg(live::clock(m_state.itemElapsed(item)));
        else
            state = tr("%n min planned", nullptr, item.durationMinutes);
        auto *entry = new QListWidgetItem(QStringLiteral("%1. %2 — %3").arg(i + 1).arg(item.title, state), m_agenda);
        if (i == m_state.current) {
            QFont f = entry->font();
            f.setBold(true);
            entry->setFont(f);
        }
    }
    m_agenda->setCurrentRow(row >= 0 && row < m_agenda->count() ? row : m_state.current);
}

void LiveConsole::fillSpeakers()
{
    // Members and the meeting's guests, as they are typed.
    if (auto *names = qobject_cast<QStringListModel *>(m_speakerField->completer()->model())) {
        QStringList list;
        for (const Member &m : std::as_const(m_members))
            list << m.name;
        for (const Attendance &a : std::as_const(m_state.attendance))
            if (a.guest)
                list << a.name;
        if (names->stringList() != list)
            names->setStringList(list);
    }
    const qint64 selected = m_queue->currentItem() ? m_queue->currentItem()->data(Qt::UserRole).toLongLong() : 0;
    m_queue->clear();
    for (const Intervention &waiting : m_state.waiting()) {
        QString text = QStringLiteral("%1 — %2").arg(waiting.name, Vocabulary::label(Vocabulary::List::Sector, waiting.sector));
        if (waiting.limitSeconds > 0)
            text += QStringLiteral(" (%1)").arg(tr("%n min", nullptr, waiting.limitSeconds / 60));
        auto *entry = new QListWidgetItem(text, m_queue);
        entry->setData(Qt::UserRole, waiting.id);
        if (waiting.id == selected)
            m_queue->setCurrentItem(entry);
    }
    if (!m_queue->currentItem() && m_queue->count() > 0)
        m_queue->setCurrentRow(0);
}

void LiveConsole::fillAttendance()
{
    const qint64 selected = selectedMember();
    // The forum's members, then the meeting's guests (by their attendance row: a negative id).
    QList<const Attendance *> guests;
    for (const Attendance &a : std::as_const(m_state.attendance))
        if (a.guest || a.memberId == 0)
            guests << &a;
    m_attendance->setRowCount(int(m_members.size() + guests.size()));
    const QTimeZone zone = m_clock.zone();
    for (int row = 0; row < m_members.size() + guests.size(); ++row) {
        const bool guest = row >= m_members.size();
        Member m;
        if (guest) {
            const Attendance *g = guests.at(row - m_members.size());
            m.id = -g->id;
            m.name = tr("%1 (guest)").arg(g->name);
            m.sector = g->sector;
        } else {
            m = m_members.at(row);
        }
        const Attendance *a = guest ? guests.at(row - m_members.size()) : m_state.attendanceOf(m.id);
        QString where = tr("not arrived");
        if (a && a->leftAt.isValid())
            where = tr("left at %1").arg(QLocale().toString(a->leftAt.toTimeZone(zone).time(), QLocale::ShortFormat));
        else if (a && LiveMeetingState::inRoom(*a))
            where = a->arrivedAt.isValid() ? tr("since %1").arg(QLocale().toString(a->arrivedAt.toTimeZone(zone).time(), QLocale::ShortFormat))
                                           : Vocabulary::label(Vocabulary::List::AttendanceStatus, a->status);
        else if (a)
            where = Vocabulary::label(Vocabulary::List::AttendanceStatus, a->status);
        auto *name = cell(m.name);
        name->setData(Qt::UserRole, m.id);
        m_attendance->setItem(row, 0, name);
        m_attendance->setItem(row, 1, cell(Vocabulary::label(Vocabulary::List::Sector, m.sector)));
        m_attendance->setItem(row, 2, cell(where));
        if (m.id == selected)
            m_attendance->selectRow(row);
    }
    m_attendance->resizeColumnToContents(1);
    m_attendance->resizeColumnToContents(2);
}

void LiveConsole::fillVote()
{
    m_votes->setRowCount(0);
    if (!m_state.openVote) {
        m_tally->setText(tr("No vote is open."));
        return;
    }
    const DecisionRecord &vote = m_state.openVote.value();
    m_motion->setText(vote.decision.text);
    // The voting members in the room, a click each.
    int row = 0;
    for (const Member &m : std::as_const(m_members)) {
        const Attendance *a = m_state.attendanceOf(m.id);
        if (!a || !LiveMeetingState::inRoom(*a) || !a->hadVote(m))
            continue;
        m_votes->insertRow(row);
        m_votes->setItem(row, 0, cell(m.name));
        QString cast;
        for (const Vote &v : vote.votes)
            if (v.memberId == m.id)
                cast = v.choice;
        int column = 1;
        for (const QString &choice : {QString(key::VoteChoice::For), QString(key::VoteChoice::Against), QString(key::VoteChoice::Abstain)}) {
            auto *button = new QPushButton(Vocabulary::label(Vocabulary::List::VoteChoice, choice), m_votes);
            button->setCheckable(true);
            button->setChecked(cast == choice);
            button->setAccessibleName(tr("%1: %2").arg(m.name, Vocabulary::label(Vocabulary::List::VoteChoice, choice)));
            connect(button, &QPushButton::clicked, this, [this, id = m.id, choice, cast] { castVote(id, cast == choice ? QString() : choice); });
            m_votes->setCellWidget(row, column++, button);
        }
        ++row;
    }
    const Decision &d = vote.decision;
    for (const auto &[box, value] : {std::pair{m_countFor, d.votesFor}, {m_countAgainst, d.votesAgainst}, {m_countAbstain, d.votesAbstain}}) {
        const QSignalBlocker blocker(box);
        box->setValue(value);
    }
    m_tally->setText(tr("For %1, against %2, abstentions %3 — rule: %4")
                         .arg(d.votesFor)
                         .arg(d.votesAgainst)
                         .arg(d.votesAbstain)
                         .arg(Vocabulary::label(Vocabulary::List::Majority, d.majority)));
}

void LiveConsole::fillSpeakingTime()
{
    const qint64 item = m_state.currentItem() ? m_state.currentItem()->id : -1;
    const SpeakingTime forItem = SpeakingTime::of(m_state.interventions, item, m_state.now);
    const SpeakingTime forMeeting = SpeakingTime::of(m_state.interventions, 0, m_state.now);
    QList<std::pair<QString, std::pair<qint64, qint64>>> rows;
    for (const QString &sector : Vocabulary::keys(Vocabulary::List::Sector)) {
        const qint64 meeting = forMeeting.bySector.value(sector).seconds;
        if (meeting > 0 || sector == key::Sector::Government || sector == key::Sector::CivilSociety)
            rows.append({Vocabulary::label(Vocabulary::List::Sector, sector), {forItem.bySector.value(sector).seconds, meeting}});
    }
    QStringList genders = Vocabulary::keys(Vocabulary::List::Gender);
    genders << QString();
    for (const QString &gender : std::as_const(genders)) {
        const qint64 meeting = forMeeting.byGender.value(gender).seconds;
        if (meeting > 0)
            rows.append({gender.isEmpty() ? tr("Gender not recorded") : Vocabulary::label(Vocabulary::List::Gender, gender),
                         {forItem.byGender.value(gender).seconds, meeting}});
    }
    m_time->setRowCount(int(rows.size()));
    for (int r = 0; r < rows.size(); ++r) {
        m_time->setItem(r, 0, cell(rows.at(r).first));
        m_time->setItem(r, 1, cell(live::clock(rows.at(r).second.first)));
        m_time->setItem(r, 2, cell(live::clock(rows.at(r).second.second)));
    }
}

qint64 LiveConsole::selectedMember() const
{
    const int row = m_attendance->currentRow();
    if (row < 0 || !m_attendance->item(row, 0))
        return 0;
    return m_attendance->item(row, 0)->data(Qt::UserRole).toLongLong();
}

void LiveConsole::toggleSpeaker()
{
    if (!m_state.meeting.isLive())
        return;
    if (const auto speaking = m_state.speaking()) {
        step(tr("Stop %1 speaking").arg(speaking->name),
             [this, at = now()](ForumFile &file) { LiveMeeting::stopSpeaker(file, m_meetingId, at); });
        return;
    }
    // The next in the list; Enter on a waiting speaker gives the floor out of turn.
    const QList<Intervention> waiting = m_state.waiting();
    if (waiting.isEmpty())
        return;
    const qint64 id = waiting.first().id;
    QString name;
    for (const Intervention &i : std::as_const(m_state.interventions))
        if (i.id == id)
            name = i.name;
    step(tr("Give the floor to %1").arg(name), [id, at = now()](ForumFile &file) { LiveMeeting::startSpeaker(file, id, at); });
}

void LiveConsole::nextItem()
{
    if (!m_state.meeting.isLive())
        return;
    step(tr("Take up the next item"), [this, at = now()](ForumFile &file) { LiveMeeting::nextItem(file, m_meetingId, at); });
}

void LiveConsole::togglePause()
{
    if (!m_state.meeting.isLive())
        return;
    if (m_state.isPaused())
        step(tr("Resume the meeting"), [this, at = now()](ForumFile &file) { LiveMeeting::resume(file, m_meetingId, at); });
    else
        step(tr("Pause the meeting"), [this, at = now()](ForumFile &file) { LiveMeeting::pause(file, m_meetingId, at); });
}

void LiveConsole::addSpeakerFromText()
{
    const QString typed = m_speakerField->text().trimmed();
    if (typed.isEmpty())
        return;
    // A member by name (or the one member whose name holds what was typed), else a guest present.
    Speaker speaker;
    QList<const Member *> matches;
    for (const Member &m : std::as_const(m_members)) {
        if (m.name.compare(typed, Qt::CaseInsensitive) == 0) {
            matches = {&m};
            break;
        }
        if (m.name.contains(typed, Qt::CaseInsensitive))
            matches << &m;
    }
    if (matches.size() == 1) {
        speaker.memberId = matches.first()->id;
        speaker.name = matches.first()->name;
    } else {
        for (const Attendance &a : std::as_const(m_state.attendance))
            if (a.guest && a.name.contains(typed, Qt::CaseInsensitive)) {
                speaker.name = a.name;
                speaker.organization = a.organization;
                speaker.sector = a.sector;
            }
    }
    if (speaker.name.isEmpty()) {
        modal([&] {
            QMessageBox::information(this, tr("Add a Speaker"),
                                     matches.size() > 1 ? tr("Several members match “%1”: type more of the name.").arg(typed)
                                                        : tr("Nobody called “%1” is a member or a guest of this meeting. Add them as a guest first.").arg(typed));
        });
        return;
    }
    const int limit = m_limit->value() * 60;
    const bool memberArrives = speaker.memberId && (!m_state.attendanceOf(speaker.memberId)
                                                    || !LiveMeetingState::inRoom(*m_state.attendanceOf(speaker.memberId)));
    if (step(tr("Add %1 to the speakers").arg(speaker.name), [this, speaker, limit, memberArrives, at = now()](ForumFile &file) {
            if (memberArrives) // whoever asks for the floor is in the room
                LiveMeeting::arrive(file, m_meetingId, speaker.memberId, at);
            LiveMeeting::addSpeaker(file, m_meetingId, speaker, limit);
        }))
        m_speakerField->clear();
}

void LiveConsole::moveSelectedSpeaker(int delta)
{
    if (!m_queue->currentItem())
        return;
    const qint64 id = m_queue->currentItem()->data(Qt::UserRole).toLongLong();
    step(delta < 0 ? tr("Move a speaker up") : tr("Move a speaker down"),
         [id, delta](ForumFile &file) { LiveMeeting::moveSpeaker(file, id, delta); });
}

void LiveConsole::removeSelectedSpeaker()
{
    if (!m_queue->currentItem())
        return;
    const qint64 id = m_queue->currentItem()->data(Qt::UserRole).toLongLong();
    step(tr("Take a speaker off the list"), [id](ForumFile &file) { LiveMeeting::removeSpeaker(file, id); });
}

void LiveConsole::markArrived(qint64 memberId)
{
    if (!memberId)
        return;
    if (memberId < 0) { // a guest, by attendance row
        step(tr("A guest comes back"), [id = -memberId, at = now()](ForumFile &file) { LiveMeeting::guestReturns(file, id, at); });
        return;
    }
    const auto member = std::find_if(m_members.cbegin(), m_members.cend(), [&](const Member &m) { return m.id == memberId; });
    step(tr("%1 arrives").arg(member != m_members.cend() ? member->name : QString()),
         [this, memberId, at = now()](ForumFile &file) { LiveMeeting::arrive(file, m_meetingId, memberId, at); });
}

void LiveConsole::markLeft(qint64 memberId)
{
    if (!memberId)
        return;
    if (memberId < 0) {
        step(tr("A guest leaves"), [id = -memberId, at = now()](ForumFile &file) { LiveMeeting::guestLeaves(file, id, at); });
        return;
    }
    const auto member = std::find_if(m_members.cbegin(), m_members.cend(), [&](const Member &m) { return m.id == memberId; });
    step(tr("%1 leaves").arg(member != m_members.cend() ? member->name : QString()),
         [this, memberId, at = now()](ForumFile &file) { LiveMeeting::leave(file, m_meetingId, memberId, at); });
}

void LiveConsole::openVote(const QString &text)
{
    if (text.trimmed().isEmpty()) {
        m_motion->setFocus();
        return;
    }
    step(tr("Open the vote on “%1”").arg(edit::brief(text)),
         [this, text, at = now()](ForumFile &file) { LiveMeeting::openVote(file, m_meetingId, text, at); });
}

void LiveConsole::castVote(qint64 memberId, const QString &choice)
{
    if (!m_state.openVote)
        return;
    const auto member = std::find_if(m_members.cbegin(), m_members.cend(), [&](const Member &m) { return m.id == memberId; });
    const QString name = member != m_members.cend() ? member->name : QString();
    step(choice.isEmpty() ? tr("Take back the vote of %1").arg(name) : tr("Vote of %1").arg(name),
         [id = m_state.openVote->decision.id, memberId, choice](ForumFile &file) { LiveMeeting::castVote(file, id, memberId, choice); });
}

void LiveConsole::setCounts(int votesFor, int votesAgainst, int votesAbstain)
{
    if (!m_state.openVote)
        return;
    step(tr("Count the vote by hands: %1 for, %2 against, %3 abstentions").arg(votesFor).arg(votesAgainst).arg(votesAbstain),
         [id = m_state.openVote->decision.id, votesFor, votesAgainst, votesAbstain](ForumFile &file) {
             LiveMeeting::setCounts(file, id, votesFor, votesAgainst, votesAbstain);
         });
}

void LiveConsole::closeVote()
{
    if (!m_state.openVote)
        return;
    if (step(tr("Close the vote on “%1”").arg(edit::brief(m_state.openVote->decision.text)),
             [id = m_state.openVote->decision.id, at = now()](ForumFile &file) { LiveMeeting::closeVote(file, id, at); }))
        m_motion->clear();
}

void LiveConsole::endMeeting(bool ask)
{
    if (!m_state.meeting.isLive())
        return;
    if (ask) {
        QMessageBox::StandardButton answer = QMessageBox::No;
        if (!modal([&] {
                answer = QMessageBox::question(this, tr("End Meeting"),
                                               tr("End “%1” now? The speaker stops, the item under way closes and the meeting is marked as held.")
                                                   .arg(m_state.meeting.title));
            })
            || answer != QMessageBox::Yes)
            return;
    }
    step(tr("End meeting “%1”").arg(edit::brief(m_state.meeting.title)),
         [this, at = now()](ForumFile &file) { LiveMeeting::end(file, m_meetingId, at); });
}

void LiveConsole::showProjector()
{
    if (!m_document)
        return;
    if (!m_projector) {
        const Forum forum = Table<Forum>(m_document->file()).get(1);
        // A window of its own, owned by the console: it goes when the console or the forum does,
        // and never keeps the program running on its own.
        m_projector = new ProjectorWindow(forum.name, forum.language, this);
        m_projector->setAttribute(Qt::WA_DeleteOnClose);
        m_projector->show(m_state);
        m_projector->placeOnSecondScreen();
    }
    m_projector->raise();
}

void LiveConsole::toggleProjector()
{
    if (m_projector)
        m_projector->close();
    else
        showProjector();
}

void LiveConsole::closeEvent(QCloseEvent *event)
{
    // Closing the console leaves the meeting as it is: it comes back with the forum, or from the
    // Meetings page's Start Meeting.
    if (m_projector)
        m_projector->close();
    event->accept();
}

} // namespace forumdesk
