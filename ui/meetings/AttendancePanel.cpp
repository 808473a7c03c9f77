// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/meetings/AttendancePanel.h"

#include "ui/document/ForumDocument.h"
#include "ui/commands/Commands.h"
#include "core/forum/Vocabulary.h"
#include "core/forum/VocabularyKeys.h"
#include "core/meetings/Meeting.h"
#include "core/meetings/Quorum.h"
#include "core/storage/StorageError.h"
#include "core/storage/Table.h"
#include "ui/widgets/FieldMessage.h"
#include "ui/widgets/PageParts.h"
#include "ui/widgets/Colours.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace forumdesk {

namespace {

struct Mark {
    QLatin1StringView status;
    Qt::Key key;
};
const Mark marks[] = {{key::AttendanceStatus::Present, Qt::Key_P}, {key::AttendanceStatus::Remote, Qt::Key_R},
                      {key::AttendanceStatus::Excused, Qt::Key_E}, {key::AttendanceStatus::Absent, Qt::Key_A},
                      {key::AttendanceStatus::Represented, Qt::Key_S}};

} // namespace

AttendancePanel::AttendancePanel(ForumDocument *document, QWidget *parent)
    : QWidget(parent), m_document(document), m_members(new QTableWidget(this)), m_guests(new QTableWidget(this)),
      m_quorum(new QLabel(this)), m_balance(new QLabel(this)),
      m_addGuest(new QPushButton(tr("Add &Guest…"), this)), m_removeGuest(new QPushButton(tr("Remove Guest"), this))
{
    m_members->setObjectName(QStringLiteral("attendance"));
    m_members->setAccessibleName(tr("Members' attendance"));
    setUpTable(m_members, {tr("Member"), tr("Sector"), tr("Attendance")});
    // The name is what the roll call reads: the attendance column keeps a fixed width and elides.
    m_members->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Interactive);
    m_members->setColumnWidth(2, 150);
    m_members->installEventFilter(this);
    m_guests->setObjectName(QStringLiteral("guests"));
    m_guests->setAccessibleName(tr("Guests"));
    setUpTable(m_guests, {tr("Guest"), tr("Organization"), tr("Sector")});

    // Three then two: in one row the five marks made the page wider than a 1280-pixel screen.
    auto *buttons = new QGridLayout;
    const QStringList texts{tr("&Present (P)"), tr("&Remote (R)"), tr("&Excused (E)"), tr("&Absent (A)"),
                            tr("Repre&sented (S)…")};
    for (int i = 0; i < 5; ++i) {
        auto *button = new QPushButton(texts[i], this);
        const QString status = marks[i].status;
        connect(button, &QPushButton::clicked, this, [this, status] {
            const QModelIndexList rows = m_members->selectionModel()->selectedRows();
            if (!rows.isEmpty())
                mark(rows.first().row(), status);
        });
        buttons->addWidget(button, i / 3, i % 3);
        m_markButtons << button;
    }

    auto *hint = new QLabel(tr("Choose a member and press P, R, E, A or S; the next member is selected for you."), this);
    hint->setWordWrap(true);

    m_quorum->setObjectName(QStringLiteral("quorum"));
    m_quorum->setWordWrap(true);
    m_quorum->setTextFormat(Qt::PlainText);
    m_balance->setObjectName(QStringLiteral("sectorBalance"));
    m_balance->setWordWrap(true);
    m_balance->setTextFormat(Qt::PlainText);
    auto *quorumBox = new QGroupBox(tr("Quorum"), this);
    auto *quorumLayout = new QVBoxLayout(quorumBox);
    quorumLayout->addWidget(m_quorum);
    auto *balanceCaption = new QLabel(tr("<b>Present by sector</b>"), this);
    quorumLayout->addWidget(balanceCaption);
    quorumLayout->addWidget(m_balance);
    quorumLayout->addStretch();
    quorumBox->setMinimumWidth(190);
    quorumBox->setMaximumWidth(210);

    auto *guestButtons = new QHBoxLayout;
    guestButtons->addStretch();
    guestButtons->addWidget(m_addGuest);
    guestButtons->addWidget(m_removeGuest);
    auto *guestBox = new QGroupBox(tr("Guests"), this);
    auto *guestLayout = new QVBoxLayout(guestBox);
    guestLayout->addWidget(m_guests);
    guestLayout->addLayout(guestButtons);

    auto *left = new QVBoxLayout;
    left->addWidget(hint);
    left->addWidget(m_members, 3);
    left->addLayout(buttons);
    left->addWidget(guestBox, 1);
    auto *layout = new QHBoxLayout(this);
    layout->addLayout(left, 1);
    layout->addWidget(quorumBox);

    connect(m_addGuest, &QPushButton::clicked, this, &AttendancePanel::askGuest);
    connect(m_removeGuest, &QPushButton::clicked, this, &AttendancePanel::removeSelectedGuest);
    connect(document, &ForumDocument::changed, this, [this](const ChangeSet &changes) {
        if (changes.touches({RecordKind::Attendance, RecordKind::Member, RecordKind::Meeting, RecordKind::Forum}))
            reload();
    });
}

void AttendancePanel::setMeeting(qint64 meetingId)
{
    m_meetingId = meetingId;
    reload();
    if (m_members->rowCount() > 0)
        m_members->selectRow(0);
}

int AttendancePanel::rowOfMember(qint64 memberId) const
{
    for (int row = 0; row < m_lines.size(); ++row) {
        if (m_lines[row].member.id == memberId)
            return row;
    }
    return -1;
}

bool AttendancePanel::hasMeeting() const
{
    // Not when the meeting is gone (its creation undone): the page then clears the editor.
    return m_meetingId > 0 && Table<Meeting>(m_document->file()).find(m_meetingId).has_value();
}

void AttendancePanel::reload()
{
    const int selected = m_members->currentRow();
    const bool shown = hasMeeting();
    m_lines = shown ? AttendanceSheet::members(m_document->file(), m_meetingId) : QList<AttendanceLine>();
    m_members->setRowCount(int(m_lines.size()));
    for (int row = 0; row < m_lines.size(); ++row) {
        const AttendanceLine &line = m_lines[row];
        // The name as recorded at the meeting, which stays in the minutes.
        const QString name = line.attendance ? line.attendance->name : line.member.name;
        m_members->setItem(row, 0, readOnlyItem(name));
        m_members->item(row, 0)->setToolTip(line.member.organization);
        m_members->setItem(row, 1, readOnlyItem(Vocabulary::label(Vocabulary::List::Sector, line.member.sector)));
        QString status = tr("Not recorded");
        if (line.attendance) {
            status = line.attendance->status == key::AttendanceStatus::Represented
                         ? tr("Represented by %1").arg(line.attendance->representedBy)
                         : Vocabulary::label(Vocabulary::List::AttendanceStatus, line.attendance->status);
        }
        auto *statusCell = readOnlyItem(status, status);
        if (!line.attendance)
            statusCell->setForeground(colours::text(colours::Tone::Muted));
        m_members->setItem(row, 2, statusCell);
        if (line.attendance ? !line.attendance->hadVote(line.member) : !line.member.voting)
            m_members->item(row, 0)->setToolTip(tr("%1 (no vote in the forum's decisions)").arg(line.member.organization));
    }
    if (selected >= 0 && selected < m_members->rowCount())
        m_members->selectRow(selected);

    m_guestRows = shown ? AttendanceSheet::guests(m_document->file(), m_meetingId) : QList<Attendance>();
    m_guests->setRowCount(int(m_guestRows.size()));
    for (int row = 0; row < m_guestRows.size(); ++row) {
        const Attendance &g = m_guestRows[row];
        m_guests->setItem(row, 0, readOnlyItem(g.name));
        m_guests->setItem(row, 1, readOnlyItem(g.organization));
        m_guests->setItem(row, 2, readOnlyItem(Vocabulary::label(Vocabulary::List::Sector, g.sector)));
    }
    const bool writable = !m_document->isReadOnly() && shown;
    for (QPushButton *button : std::as_const(m_markButtons))
        button->setEnabled(writable);
    m_addGuest->setEnabled(writable);
    m_removeGuest->setEnabled(writable && !m_guestRows.isEmpty());
    updateQuorum();
}

void AttendancePanel::updateQuorum()
{
    if (!hasMeeting()) {
        m_quorum->clear();
        m_balance->clear();
        return;
    }
    const QuorumStatus q = Quorum::of(m_document->file(), m_meetingId);
    QString text = tr("%1 of %2 voting members present; %n needed.", nullptr, q.required).arg(q.presentVoting).arg(q.votingMembers);
    if (q.bothSectorsRequired && !(q.governmentPresent && q.civilSocietyPresent))
        text += QLatin1Char('\n') + tr("The forum's rule also needs government and civil society present.");
    text += QLatin1String("\n\n") + (q.met ? tr("Quorum met") : tr("No quorum yet"));
    m_quorum->setText(text);
    m_quorum->setStyleSheet(colours::textStyle(q.met ? colours::Tone::Good : colours::Tone::Bad));
    QStringList lines;
    int total = 0;
    for (auto it = q.presentBySector.cbegin(); it != q.presentBySector.cend(); ++it)
        total += it.value();
    for (const QString &key : Vocabulary::keys(Vocabulary::List::Sector)) {
        const int n = q.presentBySector.value(key);
        if (n > 0)
            lines << tr("%1: %2 (%3%)").arg(Vocabulary::label(Vocabulary::List::Sector, key)).arg(n).arg(total ? 100 * n / total : 0);
    }
    m_balance->setText(lines.isEmpty() ? tr("Nobody present yet") : lines.join(QLatin1Char('\n')));
}

void AttendancePanel::mark(int row, const QString &status, const QString &alternate)
{
    if (row < 0 || row >= m_lines.size() || m_document->isReadOnly() || m_meetingId <= 0)
        return;
    const AttendanceLine line = m_lines[row];
    QString representedBy = alternate;
    if (status == key::AttendanceStatus::Represented && representedBy.trimmed().isEmpty()) {
        bool ok = false;
        representedBy = QInputDialog::getText(this, tr("Represented by an Alternate"),
                                              tr("Name of the alternate who represents %1:").arg(line.member.name),
                                              QLineEdit::Normal, line.attendance ? line.attendance->representedBy : QString(), &ok);
        if (!ok || representedBy.trimmed().isEmpty())
            return;
    }
    try {
        const Attendance after = AttendanceSheet::marked(m_document->file(), m_meetingId, line.member.id, status, representedBy);
        if (line.attendance && line.attendance->status == after.status && line.attendance->representedBy == after.representedBy) {
            // Already so: just move on.
        } else {
            edit::markAttendance(m_document, line.attendance, after);
        }
    } catch (const StorageError &error) {
        m_document->reportFailure(error.message());
        return;
    }
    // A roll call goes down the list.
    const int next = std::min(row + 1, m_members->rowCount() - 1);
    m_members->selectRow(next);
    m_members->setCurrentCell(next, 0);
}

void AttendancePanel::addGuest(const QString &name, const QString &organization, const QString &sector)
{
    if (m_document->isReadOnly() || m_meetingId <= 0 || name.trimmed().isEmpty())
        return;
    Attendance guest;
    guest.meetingId = m_meetingId;
    guest.guest = true;
    guest.name = name.trimmed();
    guest.organization = organization.trimmed();
    guest.sector = sector;
    guest.status = key::AttendanceStatus::Present;
    edit::addGuest(m_document, guest);
}

void AttendancePanel::askGuest()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Add Guest"));
    auto *name = new QLineEdit(&dialog);
    auto *organization = new QLineEdit(&dialog);
    auto *sector = new QComboBox(&dialog);
    for (const QString &key : Vocabulary::keys(Vocabulary::List::Sector))
        sector->addItem(Vocabulary::label(Vocabulary::List::Sector, key), key);
    auto *message = new FieldMessage(&dialog);
    auto *form = new QFormLayout(&dialog);
    form->addRow(tr("&Name:"), name);
    form->addRow(QString(), message);
    form->addRow(tr("&Organization:"), organization);
    form->addRow(tr("&Sector:"), sector);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, [&] {
        if (name->text().trimmed().isEmpty()) {
            message->showMessage(tr("Give the guest's name, as it will appear in the minutes"));
            return;
        }
        dialog.accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    dialog.setMinimumWidth(380);
    if (dialog.exec() == QDialog::Accepted)
        addGuest(name->text(), organization->text(), sector->currentData().toString());
}

void AttendancePanel::removeSelectedGuest()
{
    const int row = m_guests->currentRow();
    if (row < 0 || row >= m_guestRows.size() || m_document->isReadOnly())
        return;
    edit::removeGuest(m_document, m_guestRows[row]);
}

bool AttendancePanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_members && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->modifiers() == Qt::NoModifier || key->modifiers() == Qt::ShiftModifier) {
            for (const Mark &m : marks) {
                if (key->key() == m.key) {
                    mark(m_members->currentRow(), m.status);
                    return true;
                }
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace forumdesk
