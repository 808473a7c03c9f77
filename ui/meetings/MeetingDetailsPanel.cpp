// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/meetings/MeetingDetailsPanel.h"

#include "core/i18n/DateText.h"
#include "ui/widgets/DateEdit.h"
#include "ui/document/ForumDocument.h"
#include "ui/commands/Commands.h"
#include "core/forum/Member.h"
#include "core/forum/Vocabulary.h"
#include "core/forum/VocabularyKeys.h"
#include "core/meetings/MeetingLifecycle.h"
#include "core/storage/Table.h"
#include "ui/widgets/CommittingTextEdit.h"
#include "ui/widgets/FieldMessage.h"
#include "ui/widgets/OptionalDateEdit.h"
#include "ui/widgets/PageParts.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QFormLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSpinBox>
#include <QVBoxLayout>

namespace forumdesk {

namespace {

void select(QComboBox *box, const QVariant &data)
{
    const int index = box->findData(data);
    box->setCurrentIndex(index < 0 ? 0 : index);
}

} // namespace

MeetingDetailsPanel::MeetingDetailsPanel(ForumDocument *document, QWidget *parent)
    : QWidget(parent), m_document(document), m_status(new QComboBox(this)),
      m_statusMessage(new FieldMessage(this)), m_form(new QFormLayout)
{
    m_form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);

    auto *kind = new QComboBox(this);
    for (const QString &key : Vocabulary::keys(Vocabulary::List::MeetingKind))
        kind->addItem(Vocabulary::label(Vocabulary::List::MeetingKind, key), key);
    add(QStringLiteral("kind"), tr("&Kind:"), kind, [kind](const Meeting &m) { select(kind, m.kind); },
        [kind](Meeting &m) { m.kind = kind->currentData().toString(); });
    connect(kind, &QComboBox::activated, this, [this] { commit(QStringLiteral("kind")); });

    auto *title = new QLineEdit(this);
    title->setPlaceholderText(tr("Such as “Ordinary session 12”"));
    add(QStringLiteral("title"), tr("&Title:"), title, [title](const Meeting &m) { title->setText(m.title); },
        [title](Meeting &m) { m.title = title->text().trimmed(); });
    connect(title, &QLineEdit::editingFinished, this, [this] { commit(QStringLiteral("title")); });

    auto *number = new QSpinBox(this);
    number->setRange(0, 100000);
    number->setSpecialValueText(tr("None"));
    add(QStringLiteral("number"), tr("Session &number:"), number, [number](const Meeting &m) { number->setValue(m.number); },
        [number](Meeting &m) { m.number = number->value(); });
    connect(number, &QSpinBox::editingFinished, this, [this] { commit(QStringLiteral("number")); });

    const auto dateTimeEdit = [this] {
        return new DateTimeEdit(this);
    };
    auto *starts = dateTimeEdit();
    add(QStringLiteral("starts_at"), tr("&Starts:"), starts, [starts](const Meeting &m) { starts->showDateTime(m.startsAt); },
        [starts](Meeting &m) {
            // The end follows the start, keeping the meeting's length.
            const qint64 length = m.startsAt.secsTo(m.endsAt);
            m.startsAt = QDateTime(starts->date(), starts->time());
            m.endsAt = m.startsAt.addSecs(length);
        });
    connect(starts, &QDateTimeEdit::editingFinished, this, [this] { commit(QStringLiteral("starts_at")); });
    auto *ends = dateTimeEdit();
    add(QStringLiteral("ends_at"), tr("&Ends:"), ends, [ends](const Meeting &m) { ends->showDateTime(m.endsAt); },
        [ends](Meeting &m) { m.endsAt = QDateTime(ends->date(), ends->time()); });
    connect(ends, &QDateTimeEdit::editingFinished, this, [this] { commit(QStringLiteral("ends_at")); });

    auto *place = new QLineEdit(this);
    place->setPlaceholderText(tr("Room, building, town"));
    add(QStringLiteral("place"), tr("&Place:"), place, [place](const Meeting &m) { place->setText(m.place); },
        [place](Meeting &m) { m.place = place->text().trimmed(); });
    connect(place, &QLineEdit::editingFinished, this, [this] { commit(QStringLiteral("place")); });
    auto *link = new QLineEdit(this);
    link->setPlaceholderText(tr("https://… for those who join by video"));
    add(QStringLiteral("link"), tr("&Video link:"), link, [link](const Meeting &m) { link->setText(m.link); },
        [link](Meeting &m) { m.link = link->text().trimmed(); });
    connect(link, &QLineEdit::editingFinished, this, [this] { commit(QStringLiteral("link")); });

    auto *plan = new QComboBox(this);
    add(QStringLiteral("plan_id"), tr("Action p&lan:"), plan, [plan](const Meeting &m) { select(plan, m.planId); },
        [plan](Meeting &m) { m.planId = plan->currentData().toLongLong(); });
    connect(plan, &QComboBox::activated, this, [this] { commit(QStringLiteral("plan_id")); });

    auto *chair = new QComboBox(this);
    add(QStringLiteral("chair_member_id"), tr("&Chair:"), chair,
        [chair](const Meeting &m) {
            select(chair, m.chairMemberId);
            if (m.chairMemberId == 0 && !m.chairName.isEmpty())
                chair->setItemText(0, m.chairName); // the name as it was, for a member since removed
        },
        [chair](Meeting &m) {
            m.chairMemberId = chair->currentData().toLongLong();
            if (m.chairMemberId > 0)
                m.chairName = chair->currentText();
            else if (chair->currentIndex() == 0 && chair->itemText(0) == tr("Not chosen"))
                m.chairName.clear();
        });
    connect(chair, &QComboBox::activated, this, [this] { commit(QStringLiteral("chair_member_id")); });
    auto *secretary = new QComboBox(this);
    add(QStringLiteral("secretary_member_id"), tr("Se&cretary:"), secretary,
        [secretary](const Meeting &m) {
            select(secretary, m.secretaryMemberId);
            if (m.secretaryMemberId == 0 && !m.secretaryName.isEmpty())
                secretary->setItemText(0, m.secretaryName);
        },
        [secretary](Meeting &m) {
            m.secretaryMemberId = secretary->currentData().toLongLong();
            if (m.secretaryMemberId > 0)
                m.secretaryName = secretary->currentText();
            else if (secretary->currentIndex() == 0 && secretary->itemText(0) == tr("Not chosen"))
                m.secretaryName.clear();
        });
    connect(secretary, &QComboBox::activated, this, [this] { commit(QStringLiteral("secretary_member_id")); });

    auto *notice = new OptionalDateEdit(tr("Sent"), m_document->today(), this);
    add(QStringLiteral("notice_sent_on"), tr("N&otice sent on:"), notice,
        [notice](const Meeting &m) { notice->setDate(m.noticeSentOn); },
        [notice](Meeting &m) { m.noticeSentOn = notice->date(); });
    connect(notice, &OptionalDateEdit::editingFinished, this, [this] { commit(QStringLiteral("notice_sent_on")); });

    m_status->setObjectName(QStringLiteral("status"));
    m_status->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_status->setMinimumContentsLength(16);
    m_status->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    auto *statusBox = new QVBoxLayout;
    statusBox->setSpacing(2);
    statusBox->addWidget(m_status);
    statusBox->addWidget(m_statusMessage);
    auto *statusCaption = new QLabel(tr("St&atus:"), this);
    statusCaption->setBuddy(m_status);
    m_form->addRow(statusCaption, statusBox);
    connect(m_status, &QComboBox::activated, this, &MeetingDetailsPanel::statusChosen);

    auto *notes = new CommittingTextEdit(this);
    notes->setFixedHeight(notes->fontMetrics().lineSpacing() * 4);
    add(QStringLiteral("notes"), tr("No&tes:"), notes, [notes](const Meeting &m) { notes->setPlainText(m.notes); },
        [notes](Meeting &m) { m.notes = notes->toPlainText().trimmed(); });
    connect(notes, &CommittingTextEdit::editingFinished, this, [this] { commit(QStringLiteral("notes")); });

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addStretch();

    connect(document, &ForumDocument::changed, this, [this](const ChangeSet &changes) {
        if (changes.touches({RecordKind::Meeting, RecordKind::Member, RecordKind::ActionPlan}))
            reload();
    });
}

void MeetingDetailsPanel::add(const QString &column, const QString &label, QWidget *widget,
                              std::function<void(const Meeting &)> show, std::function<void(Meeting &)> take)
{
    Editor editor;
    editor.widget = widget;
    editor.message = new FieldMessage(this);
    editor.show = std::move(show);
    editor.take = std::move(take);
    widget->setObjectName(column);
    // Lists of long names (plans, members) take the width of the form, not of their first item.
    if (auto *combo = qobject_cast<QComboBox *>(widget)) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(16);
        combo->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    }
    auto *box = new QVBoxLayout;
    box->setSpacing(2);
    box->addWidget(widget);
    box->addWidget(editor.message);
    auto *caption = new QLabel(label, this);
    caption->setBuddy(widget);
    m_form->addRow(caption, box);
    m_editors.insert(column, editor);
}

void MeetingDetailsPanel::fillChoices()
{
    auto *plan = qobject_cast<QComboBox *>(editor(QStringLiteral("plan_id")));
    plan->clear();
    plan->addItem(tr("No action plan"), qint64(0));
    for (const ActionPlan &p : m_document->plans())
        plan->addItem(p.title, p.id);
    const QList<Member> members = Table<Member>(m_document->file()).list({}, {}, QStringLiteral("name COLLATE NAME, id"));
    for (const char *column : {"chair_member_id", "secretary_member_id"}) {
        auto *box = qobject_cast<QComboBox *>(editor(QString::fromLatin1(column)));
        box->clear();
        box->addItem(tr("Not chosen"), qint64(0));
        for (const Member &m : members)
            box->addItem(m.name, m.id);
    }
}

void MeetingDetailsPanel::setMeeting(qint64 meetingId)
{
    m_meeting = Meeting();
    m_meeting.id = meetingId;
    for (const Editor &e : std::as_const(m_editors))
        e.message->clearMessage();
    m_statusMessage->clearMessage();
    reload();
}

void MeetingDetailsPanel::reload()
{
    const auto meeting = m_meeting.id > 0 ? Table<Meeting>(m_document->file()).find(m_meeting.id) : std::nullopt;
    setEnabled(meeting.has_value());
    if (!meeting) {
        // No meeting chosen: empty fields, not the last meeting's values or a made-up date.
        for (const Editor &e : std::as_const(m_editors)) {
            const QSignalBlocker blocker(e.widget);
            e.show(Meeting());
        }
        m_status->clear();
        return;
    }
    m_meeting = *meeting;
    fillChoices();
    for (const Editor &e : std::as_const(m_editors)) {
        const QSignalBlocker blocker(e.widget);
        e.show(m_meeting);
        e.widget->setEnabled(!m_document->isReadOnly());
    }
    m_status->clear();
    m_status->addItem(Vocabulary::label(Vocabulary::List::MeetingStatus, m_meeting.status), m_meeting.status);
    for (const QString &next : MeetingLifecycle::nextStatuses(m_meeting.status))
        m_status->addItem(tr("→ %1").arg(Vocabulary::label(Vocabulary::List::MeetingStatus, next)), next);
    QString tip;
    if (m_meeting.status == key::MeetingStatus::MinutesApproved || m_meeting.status == key::MeetingStatus::Published) {
        if (auto at = Table<Meeting>(m_document->file()).find(m_meeting.approvedAtMeetingId))
            tip = tr("Minutes approved at “%1” (%2)").arg(at->title, dayText(at->startsAt.date()));
    }
    m_status->setToolTip(tip);
    m_status->setEnabled(!m_document->isReadOnly());
}

QString MeetingDetailsPanel::messageFor(const QString &column) const
{
    const FieldMessage *message = column == QLatin1String("status") ? m_statusMessage : m_editors.value(column).message;
    return message && !message->isHidden() ? message->text() : QString();
}

void MeetingDetailsPanel::commit(const QString &column)
{
    if (m_document->isReadOnly() || !m_editors.contains(column) || m_meeting.id <= 0)
        return;
    // The meeting may be gone: a field left (editingFinished) as the undo of its creation hides it.
    const auto current = Table<Meeting>(m_document->file()).find(m_meeting.id);
    if (!current)
        return;
    Editor &editor = m_editors[column];
    const Meeting before = *current;
    Meeting after = before;
    editor.take(after);
    bool same = true;
    for (const auto &f : Meeting::schema().fields)
        same = same && f.load(before) == f.load(after);
    for (const Editor &e : std::as_const(m_editors))
        e.message->clearMessage();
    if (same)
        return;
    try {
        Table<Meeting>(m_document->file()).validate(after);
    } catch (const ValidationError &error) {
        FieldMessage *message = m_editors.contains(error.field()) ? m_editors[error.field()].message : editor.message;
        message->showMessage(userMessage(error));
        return;
    }
    edit::editMeeting(m_document, before, after, fieldLabel<Meeting>(column));
}

bool MeetingDetailsPanel::changeStatus(const QString &status, qint64 approvedAtMeetingId)
{
    m_statusMessage->clearMessage();
    const auto current = Table<Meeting>(m_document->file()).find(m_meeting.id);
    if (!current)
        return false;
    const Meeting before = *current;
    try {
        const Meeting after = MeetingLifecycle::moved(m_document->file(), before, status, approvedAtMeetingId);
        edit::moveMeeting(m_document, before, after);
        return true;
    } catch (const ValidationError &error) {
        m_statusMessage->showMessage(userMessage(error));
        reload();
        return false;
    }
}

void MeetingDetailsPanel::statusChosen(int index)
{
    const QString status = m_status->itemData(index).toString();
    if (index <= 0 || status.isEmpty())
        return;
    qint64 approvedAt = 0;
    if (status == key::MeetingStatus::MinutesApproved) {
        const QList<Meeting> candidates = MeetingLifecycle::approvingMeetings(m_document->file(), m_meeting);
        if (candidates.isEmpty()) {
            m_statusMessage->showMessage(tr("Minutes are approved at a later meeting: add that meeting first."));
            reload();
            return;
        }
        QStringList names;
        for (const Meeting &m : candidates)
            names << tr("%1 (%2)").arg(m.title, dayText(m.startsAt.date()));
        bool ok = false;
        const QString chosen = QInputDialog::getItem(this, tr("Approve Minutes"),
                                                     tr("At which meeting were these minutes approved?"),
                                                     names, 0, false, &ok);
        if (!ok) {
            reload();
            return;
        }
        approvedAt = candidates.value(int(names.indexOf(chosen))).id;
    }
    changeStatus(status, approvedAt);
}

} // namespace forumdesk
