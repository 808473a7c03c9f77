// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/meetings/MinutesPanel.h"

#include "core/meetings/SpeakingTime.h"

#include "core/i18n/DateText.h"
#include "ui/document/ForumDocument.h"
#include "ui/commands/Commands.h"
#include "ui/meetings/ActionItemDialog.h"
#include "ui/meetings/DecisionDialog.h"
#include "core/forum/Vocabulary.h"
#include "core/forum/VocabularyKeys.h"
#include "core/meetings/Agenda.h"
#include "core/storage/Table.h"
#include "ui/widgets/CommittingTextEdit.h"
#include "ui/widgets/PageParts.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QHeaderView>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace forumdesk {

namespace {

// A cell that shows its whole text on hover: the columns are narrow.
QTableWidgetItem *cell(const QString &text)
{
    return readOnlyItem(text, text);
}

} // namespace

MinutesPanel::MinutesPanel(ForumDocument *document, QWidget *parent)
    : QWidget(parent), m_document(document), m_items(new QListWidget(this)), m_minutes(new CommittingTextEdit(this)),
      m_decisions(new QTableWidget(this)), m_actions(new QTableWidget(this)),
      m_speaking(new QLabel(this))
{
    m_items->setObjectName(QStringLiteral("minutesItems"));
    m_items->setAccessibleName(tr("Agenda items"));
    m_items->setWordWrap(true);
    m_items->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_minutes->setObjectName(QStringLiteral("itemMinutes"));
    m_minutes->setAccessibleName(tr("Minutes of the agenda item"));
    m_minutes->setPlaceholderText(tr("The discussion of this item, as it will read in the minutes. Saved when you leave the field."));
    setUpTable(m_decisions, {tr("Decision"), tr("Method"), tr("Votes (for / against / abstain)"), tr("Outcome")});
    m_decisions->setObjectName(QStringLiteral("decisions"));
    m_decisions->setAccessibleName(tr("Decisions"));
    setUpTable(m_actions, {tr("Action"), tr("Owner"), tr("Due"), tr("Status")});
    m_actions->setObjectName(QStringLiteral("meetingActions"));
    m_actions->setAccessibleName(tr("Action items"));

    const auto button = [this](const QString &text, void (MinutesPanel::*slot)()) {
        auto *b = new QPushButton(text, this);
        connect(b, &QPushButton::clicked, this, slot);
        m_writeButtons << b;
        return b;
    };
    auto *decisionButtons = new QHBoxLayout;
    decisionButtons->addStretch();
    decisionButtons->addWidget(button(tr("Add &Decision…"), &MinutesPanel::addDecision));
    decisionButtons->addWidget(button(tr("Edit…"), &MinutesPanel::editDecision));
    decisionButtons->addWidget(button(tr("Remove"), &MinutesPanel::removeDecision));
    auto *actionButtons = new QHBoxLayout;
    actionButtons->addStretch();
    actionButtons->addWidget(button(tr("Add Action &Item…"), &MinutesPanel::addActionItem));
    actionButtons->addWidget(button(tr("Edit…"), &MinutesPanel::editActionItem));
    actionButtons->addWidget(button(tr("Remove"), &MinutesPanel::removeActionItem));

    auto *discussion = new QSplitter(Qt::Horizontal, this);
    discussion->addWidget(m_items);
    discussion->addWidget(m_minutes);
    discussion->setStretchFactor(1, 2);
    discussion->setSizes({220, 440});

    auto *decisionBox = new QGroupBox(tr("Decisions"), this);
    auto *decisionLayout = new QVBoxLayout(decisionBox);
    decisionLayout->addWidget(m_decisions);
    decisionLayout->addLayout(decisionButtons);
    auto *actionBox = new QGroupBox(tr("Action items agreed"), this);
    auto *actionLayout = new QVBoxLayout(actionBox);
    actionLayout->addWidget(m_actions);
    actionLayout->addLayout(actionButtons);

    auto *discussionCaption = new QLabel(tr("Discussion per agenda item:"), this);
    discussionCaption->setBuddy(m_items);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(discussionCaption);
    // Decisions and tasks show at least three rows each at 1280x800; the discussion, which has
    // its own scroll bars, gives way first.
    for (QTableWidget *table : {m_decisions, m_actions})
        table->setMinimumHeight(table->horizontalHeader()->sizeHint().height()
                                + 3 * table->verticalHeader()->defaultSectionSize() + 2 * table->frameWidth() + 2);
    discussion->setMinimumHeight(fontMetrics().lineSpacing() * 5);
    layout->addWidget(discussion, 2);
    m_speaking->setObjectName(QStringLiteral("speakingTime"));
    m_speaking->setWordWrap(true);
    m_speaking->setTextFormat(Qt::PlainText);
    m_speaking->hide();
    layout->addWidget(m_speaking);
    layout->addWidget(decisionBox, 3);
    layout->addWidget(actionBox, 3);

    connect(m_items, &QListWidget::currentRowChanged, this, &MinutesPanel::showItem);
    connect(m_minutes, &CommittingTextEdit::editingFinished, this, &MinutesPanel::commitMinutes);
    connect(m_decisions, &QTableWidget::doubleClicked, this, &MinutesPanel::editDecision);
    connect(m_actions, &QTableWidget::doubleClicked, this, &MinutesPanel::editActionItem);
    connect(document, &ForumDocument::changed, this, [this](const ChangeSet &changes) {
        if (changes.touches({RecordKind::AgendaItem, RecordKind::Decision, RecordKind::Vote, RecordKind::ActionItem,
                             RecordKind::Meeting, RecordKind::Intervention}))
            reload();
    });
}

void MinutesPanel::setMeeting(qint64 meetingId)
{
    m_meetingId = meetingId;
    reload();
    if (m_items->count() > 0)
        m_items->setCurrentRow(0);
}

void MinutesPanel::showSpeakingTime()
{
    const SpeakingTime time = m_meetingId > 0 ? SpeakingTime::ofMeeting(m_document->file(), m_meetingId) : SpeakingTime();
    m_speaking->setVisible(!time.isEmpty());
    if (time.isEmpty())
        return;
    const QLocale locale;
    QStringList parts;
    for (const QString &sector : Vocabulary::keys(Vocabulary::List::Sector)) {
        const SpeakingTime::Share share = time.bySector.value(sector);
        if (share.turns > 0)
            parts << tr("%1 %2 min (%3 %)")
                         .arg(Vocabulary::label(Vocabulary::List::Sector, sector), locale.toString(double(share.seconds) / 60.0, 'f', 1))
                         .arg(qRound(100.0 * time.sectorShare(sector)));
    }
    const qint64 women = time.byGender.value(QStringLiteral("female")).seconds;
    m_speaking->setText(tr("Speaking time, as timed live: %1 — %n intervention(s); women %2 % of the time.", nullptr, time.total.turns)
                            .arg(parts.join(QStringLiteral(", ")))
                            .arg(time.total.seconds > 0 ? qRound(100.0 * double(women) / double(time.total.seconds)) : 0));
}

void MinutesPanel::reload()
{
    const int current = m_items->currentRow();
    m_agenda = m_meetingId > 0 ? Agenda::of(m_document->file(), m_meetingId) : QList<AgendaItem>();
    {
        const QSignalBlocker blocker(m_items);
        m_items->clear();
        for (const AgendaItem &item : std::as_const(m_agenda))
            m_items->addItem(tr("%1. %2").arg(item.position + 1).arg(item.title));
        if (current >= 0 && current < m_items->count())
            m_items->setCurrentRow(current);
    }
    showItem();
    showSpeakingTime();

    const QLocale locale;
    m_decisionRows = m_meetingId > 0 ? Table<Decision>(m_document->file()).list(QStringLiteral("meeting_id = ?"), {m_meetingId})
                                     : QList<Decision>();
    m_decisions->setRowCount(int(m_decisionRows.size()));
    for (int row = 0; row < m_decisionRows.size(); ++row) {
        const Decision &d = m_decisionRows[row];
        m_decisions->setItem(row, 0, cell(d.text));
        m_decisions->setItem(row, 1, cell(Vocabulary::label(Vocabulary::List::DecisionMethod, d.method)));
        m_decisions->setItem(row, 2, cell(d.method == key::DecisionMethod::Vote
                                              ? tr("%1 / %2 / %3").arg(d.votesFor).arg(d.votesAgainst).arg(d.votesAbstain)
                                              : QString()));
        m_decisions->setItem(row, 3, cell(Vocabulary::label(Vocabulary::List::DecisionOutcome, d.outcome)));
    }
    m_actionRows = m_meetingId > 0 ? Table<ActionItem>(m_document->file()).list(QStringLiteral("meeting_id = ?"), {m_meetingId})
                                   : QList<ActionItem>();
    m_actions->setRowCount(int(m_actionRows.size()));
    for (int row = 0; row < m_actionRows.size(); ++row) {
        const ActionItem &a = m_actionRows[row];
        m_actions->setItem(row, 0, cell(a.text));
        m_actions->setItem(row, 1, cell(a.owner));
        m_actions->setItem(row, 2, cell(a.dueOn.isValid() ? dayText(a.dueOn, locale) : QString()));
        m_actions->setItem(row, 3, cell(Vocabulary::label(Vocabulary::List::ActionItemStatus, a.status)));
    }
    const bool writable = !m_document->isReadOnly() && m_meetingId > 0;
    for (QPushButton *b : std::as_const(m_writeButtons))
        b->setEnabled(writable);
    m_minutes->setReadOnly(!writable);
}

void MinutesPanel::showItem()
{
    const int row = m_items->currentRow();
    const QSignalBlocker blocker(m_minutes);
    m_minutes->setPlainText(row >= 0 && row < m_agenda.size() ? m_agenda[row].minutes : QString());
    m_minutes->setEnabled(row >= 0);
}

void MinutesPanel::commitMinutes()
{
    const int row = m_items->currentRow();
    if (row < 0 || row >= m_agenda.size() || m_document->isReadOnly())
        return;
    const AgendaItem before = m_agenda[row];
    AgendaItem after = before;
    after.minutes = m_minutes->toPlainText().trimmed();
    if (after.minutes != before.minutes)
        edit::editAgendaItem(m_document, before, after);
}

DecisionDialog *MinutesPanel::createDecisionDialog(qint64 decisionId)
{
    DecisionRecord record = decisionId > 0 ? DecisionRecord::load(m_document->file(), decisionId)
                                           : DecisionRecord::proposed(m_document->file(), m_meetingId);
    const int item = m_items->currentRow();
    if (decisionId == 0 && item >= 0 && item < m_agenda.size())
        record.decision.agendaItemId = m_agenda[item].id;
    return new DecisionDialog(m_document->file(), record, this);
}

void MinutesPanel::commitDecisionDialog(DecisionDialog *dialog)
{
    const DecisionRecord after = dialog->record();
    if (after.decision.id > 0)
        edit::editDecision(m_document, DecisionRecord::load(m_document->file(), after.decision.id), after);
    else
        edit::addDecision(m_document, after);
}

ActionItemDialog *MinutesPanel::createActionItemDialog(qint64 itemId)
{
    ActionItem item;
    item.meetingId = m_meetingId;
    if (itemId > 0)
        item = Table<ActionItem>(m_document->file()).get(itemId);
    return new ActionItemDialog(m_document->file(), item, this);
}

void MinutesPanel::commitActionItemDialog(ActionItemDialog *dialog)
{
    const ActionItem after = dialog->item();
    if (after.id > 0)
        edit::editActionItem(m_document, Table<ActionItem>(m_document->file()).get(after.id), after);
    else
        edit::addActionItem(m_document, after);
}

void MinutesPanel::addDecision()
{
    if (m_document->isReadOnly() || m_meetingId <= 0)
        return;
    DecisionDialog *dialog = createDecisionDialog();
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { commitDecisionDialog(dialog); });
    dialog->open();
}

void MinutesPanel::editDecision()
{
    const int row = m_decisions->currentRow();
    if (row < 0 || row >= m_decisionRows.size() || m_document->isReadOnly())
        return;
    DecisionDialog *dialog = createDecisionDialog(m_decisionRows[row].id);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { commitDecisionDialog(dialog); });
    dialog->open();
}

void MinutesPanel::removeDecision()
{
    const int row = m_decisions->currentRow();
    if (row < 0 || row >= m_decisionRows.size() || m_document->isReadOnly())
        return;
    const DecisionRecord before = DecisionRecord::load(m_document->file(), m_decisionRows[row].id);
    edit::removeDecision(m_document, before);
}

void MinutesPanel::addActionItem()
{
    if (m_document->isReadOnly() || m_meetingId <= 0)
        return;
    ActionItemDialog *dialog = createActionItemDialog();
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { commitActionItemDialog(dialog); });
    dialog->open();
}

void MinutesPanel::editActionItem()
{
    const int row = m_actions->currentRow();
    if (row < 0 || row >= m_actionRows.size() || m_document->isReadOnly())
        return;
    ActionItemDialog *dialog = createActionItemDialog(m_actionRows[row].id);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { commitActionItemDialog(dialog); });
    dialog->open();
}

void MinutesPanel::removeActionItem()
{
    const int row = m_actions->currentRow();
    if (row < 0 || row >= m_actionRows.size() || m_document->isReadOnly())
        return;
    edit::removeActionItem(m_document, m_actionRows[row]);
}

} // namespace forumdesk
