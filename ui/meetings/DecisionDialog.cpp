// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/meetings/DecisionDialog.h"

#include "core/forum/Vocabulary.h"
#include "core/forum/VocabularyKeys.h"
#include "core/meetings/Agenda.h"
#include "core/meetings/AttendanceSheet.h"
#include "core/forum/Forum.h"
#include "core/storage/Table.h"
#include "ui/widgets/FieldMessage.h"
#include "ui/widgets/Colours.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace forumdesk {

namespace {

void fill(QComboBox *box, Vocabulary::List list)
{
    for (const QString &key : Vocabulary::keys(list))
        box->addItem(Vocabulary::label(list, key), key);
}

void select(QComboBox *box, const QVariant &data)
{
    const int index = box->findData(data);
    box->setCurrentIndex(index < 0 ? 0 : index);
}

} // namespace

DecisionDialog::DecisionDialog(ForumFile &file, const DecisionRecord &record, QWidget *parent)
    : QDialog(parent), m_file(file), m_original(record), m_text(new QPlainTextEdit(this)), m_item(new QComboBox(this)),
      m_method(new QComboBox(this)), m_majority(new QComboBox(this)), m_for(new QSpinBox(this)),
      m_against(new QSpinBox(this)), m_abstain(new QSpinBox(this)),
      m_named(new QGroupBox(tr("Record each member's vote"), this)), m_votes(new QTableWidget(this)),
      m_outcome(new QComboBox(this)), m_suggestion(new QLabel(this)), m_message(new FieldMessage(this)),
      m_voteArea(new QWidget(this))
{
    setWindowTitle(record.decision.id > 0 ? tr("Edit Decision") : tr("Add Decision"));
    m_text->setTabChangesFocus(true);
    m_text->setFixedHeight(m_text->fontMetrics().lineSpacing() * 4);
    m_text->setPlaceholderText(tr("What the forum agreed, as it will read in the minutes"));
    m_item->addItem(tr("No particular item"), qint64(0));
    for (const AgendaItem &item : Agenda::of(file, record.decision.meetingId))
        m_item->addItem(tr("%1. %2").arg(item.position + 1).arg(item.title), item.id);
    fill(m_method, Vocabulary::List::DecisionMethod);
    fill(m_majority, Vocabulary::List::Majority);
    fill(m_outcome, Vocabulary::List::DecisionOutcome);
    for (QSpinBox *box : {m_for, m_against, m_abstain})
        box->setRange(0, 100000);

    // Named votes: the members who had a vote at the meeting (the seat its attendance kept), marked
    // present, remote or represented.
    for (const AttendanceLine &line : AttendanceSheet::members(file, record.decision.meetingId)) {
        if (line.attendance && line.attendance->hadVote(line.member)
            && QStringList{key::AttendanceStatus::Present, key::AttendanceStatus::Remote, key::AttendanceStatus::Represented}
                   .contains(line.attendance->status))
            m_voters << std::pair{line.member.id, line.attendance->name};
    }
    m_votes->setColumnCount(2);
    m_votes->setHorizontalHeaderLabels({tr("Member"), tr("Vote")});
    m_votes->verticalHeader()->hide();
    m_votes->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_votes->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_votes->setRowCount(int(m_voters.size()));
    for (int row = 0; row < m_voters.size(); ++row) {
        auto *name = new QTableWidgetItem(m_voters[row].second);
        name->setFlags(Qt::ItemIsEnabled);
        m_votes->setItem(row, 0, name);
        auto *choice = new QComboBox(m_votes);
        choice->setAccessibleName(tr("Vote of %1").arg(m_voters[row].second));
        choice->addItem(tr("No vote recorded"), QString());
        fill(choice, Vocabulary::List::VoteChoice);
        for (const Vote &v : record.votes) {
            if (v.memberId == m_voters[row].first)
                select(choice, v.choice);
        }
        connect(choice, &QComboBox::currentIndexChanged, this, &DecisionDialog::updateOutcome);
        m_votes->setCellWidget(row, 1, choice);
    }
    m_named->setCheckable(true);
    m_named->setChecked(!record.votes.isEmpty());
    auto *namedLayout = new QVBoxLayout(m_named);
    namedLayout->addWidget(m_votes);
    if (m_voters.isEmpty()) {
        m_named->setEnabled(false);
        m_named->setToolTip(tr("Mark attendance first: named votes are taken from the voting members present."));
    }

    auto *counts = new QFormLayout;
    counts->addRow(tr("&For:"), m_for);
    counts->addRow(tr("A&gainst:"), m_against);
    counts->addRow(tr("Abs&tentions:"), m_abstain);
    auto *voteLayout = new QVBoxLayout(m_voteArea);
    voteLayout->setContentsMargins(0, 0, 0, 0);
    voteLayout->addLayout(counts);
    voteLayout->addWidget(m_named);

    auto *form = new QFormLayout;
    form->addRow(tr("&Decision:"), m_text);
    form->addRow(tr("Agenda &item:"), m_item);
    form->addRow(tr("&Method:"), m_method);
    form->addRow(tr("Ma&jority required:"), m_majority);
    form->addRow(QString(), m_voteArea);
    form->addRow(tr("&Outcome:"), m_outcome);
    form->addRow(QString(), m_suggestion);
    form->addRow(QString(), m_message);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(record.decision.id > 0 ? tr("Save") : tr("Add"));
    connect(buttons, &QDialogButtonBox::accepted, this, &DecisionDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &DecisionDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    setMinimumWidth(520);

    m_text->setPlainText(record.decision.text);
    select(m_item, record.decision.agendaItemId);
    select(m_method, record.decision.method);
    select(m_majority, record.decision.majority);
    m_for->setValue(record.decision.votesFor);
    m_against->setValue(record.decision.votesAgainst);
    m_abstain->setValue(record.decision.votesAbstain);
    select(m_outcome, record.decision.outcome);
    m_outcomeChosen = record.decision.id > 0;

    for (QSpinBox *box : {m_for, m_against, m_abstain})
        connect(box, &QSpinBox::valueChanged, this, &DecisionDialog::updateOutcome);
    // A vote counts by the forum's own majority (simple when the forum decides by consensus), and
    // consensus needs no majority: choosing the method sets it, until the secretary picks one.
    connect(m_method, &QComboBox::currentIndexChanged, this, [this] {
        if (m_majorityChosen)
            return; // the secretary's own choice stays
        const bool vote = m_method->currentData().toString() == key::DecisionMethod::Vote;
        if (vote) {
            const auto forum = Table<Forum>(m_file).find(1);
            const QString rule = forum ? forum->decisionRule : QString();
            select(m_majority, rule == key::DecisionRule::TwoThirds ? QString(key::Majority::TwoThirds)
                                                                      : QString(key::Majority::Simple));
        } else {
            select(m_majority, QString(key::Majority::Consensus));
        }
    });
    connect(m_majority, &QComboBox::activated, this, [this] { m_majorityChosen = true; });
    m_majorityChosen = record.decision.id > 0; // a saved decision keeps its majority
    connect(m_method, &QComboBox::currentIndexChanged, this, &DecisionDialog::updateOutcome);
    connect(m_majority, &QComboBox::currentIndexChanged, this, &DecisionDialog::updateOutcome);
    connect(m_named, &QGroupBox::toggled, this, &DecisionDialog::updateOutcome);
    connect(m_outcome, &QComboBox::activated, this, [this] { m_outcomeChosen = true; });
    updateOutcome();
}

void DecisionDialog::setCounts(int votesFor, int votesAgainst, int votesAbstain)
{
    m_for->setValue(votesFor);
    m_against->setValue(votesAgainst);
    m_abstain->setValue(votesAbstain);
}

DecisionRecord DecisionDialog::record() const
{
    DecisionRecord r = m_original;
    r.decision.text = m_text->toPlainText().trimmed();
    r.decision.agendaItemId = m_item->currentData().toLongLong();
    r.decision.method = m_method->currentData().toString();
    r.decision.majority = m_majority->currentData().toString();
    r.decision.votesFor = m_for->value();
    r.decision.votesAgainst = m_against->value();
    r.decision.votesAbstain = m_abstain->value();
    r.votes.clear();
    if (m_named->isChecked() && m_named->isEnabled()) {
        for (int row = 0; row < m_voters.size(); ++row) {
            const auto *choice = qobject_cast<QComboBox *>(m_votes->cellWidget(row, 1));
            if (!choice || choice->currentData().toString().isEmpty())
                continue;
            Vote vote;
            vote.memberId = m_voters[row].first;
            vote.name = m_voters[row].second;
            vote.choice = choice->currentData().toString();
            r.votes << vote;
        }
    }
    r.tally();
    r.decision.outcome = m_outcome->currentData().toString();
    return r;
}

void DecisionDialog::updateOutcome()
{
    const bool vote = m_method->currentData().toString() == key::DecisionMethod::Vote;
    m_voteArea->setVisible(vote);
    const bool named = m_named->isChecked() && m_named->isEnabled();
    for (QSpinBox *box : {m_for, m_against, m_abstain})
        box->setEnabled(!named);
    DecisionRecord r = record();
    if (named) {
        const QSignalBlocker a(m_for), b(m_against), c(m_abstain);
        m_for->setValue(r.decision.votesFor);
        m_against->setValue(r.decision.votesAgainst);
        m_abstain->setValue(r.decision.votesAbstain);
    }
    const QString suggested = r.suggestedOutcome();
    m_suggestion->setText(vote ? tr("By the majority required, the vote gives: %1")
                                     .arg(Vocabulary::label(Vocabulary::List::DecisionOutcome, suggested))
                               : QString());
    m_suggestion->setVisible(vote);
    if (!m_outcomeChosen)
        select(m_outcome, suggested);
    adjustSize();
}

QString DecisionDialog::message() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void DecisionDialog::accept()
{
    if (m_message->passes([&] { Table<Decision>(m_file).validate(record().decision); }))
        QDialog::accept();
}

} // namespace forumdesk
