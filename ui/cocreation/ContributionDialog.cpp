// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/cocreation/ContributionDialog.h"

#include "core/i18n/DateText.h"
#include "ui/widgets/DateEdit.h"
#include "core/forum/ForumClock.h"
#include "core/forum/Vocabulary.h"
#include "core/meetings/Meeting.h"
#include "core/plans/Commitment.h"
#include "core/storage/Table.h"
#include "ui/widgets/FieldMessage.h"
#include "ui/widgets/OptionalDateEdit.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace forumdesk {

namespace {

void fill(QComboBox *box, Vocabulary::List list, const QString &current)
{
    for (const QString &key : Vocabulary::keys(list))
        box->addItem(Vocabulary::label(list, key), key);
    box->setCurrentIndex(std::max(0, box->findData(current)));
}

} // namespace

ContributionDialog::ContributionDialog(ForumFile &file, const Contribution &contribution,
                                       const QList<qint64> &commitmentIds, QWidget *parent)
    : QDialog(parent), m_file(file), m_original(contribution), m_received(new DateEdit(this)),
      m_channel(new QComboBox(this)), m_author(new QLineEdit(this)), m_organization(new QLineEdit(this)),
      m_consent(new QCheckBox(tr("The author agrees to be &named in published documents"), this)),
      m_sector(new QComboBox(this)), m_text(new QPlainTextEdit(this)), m_meeting(new QComboBox(this)),
      m_status(new QComboBox(this)), m_response(new QPlainTextEdit(this)),
      m_responded(new OptionalDateEdit(tr("Responded on"), ForumClock::of(m_file).today(), this)), m_commitments(new QListWidget(this)),
      m_message(new FieldMessage(this))
{
    setWindowTitle(contribution.id > 0 ? tr("Edit Contribution") : tr("New Contribution"));
    m_received->setDate(contribution.receivedOn.isValid() ? contribution.receivedOn : ForumClock::of(m_file).today());
    fill(m_channel, Vocabulary::List::ContributionChannel, contribution.channel);
    fill(m_sector, Vocabulary::List::Sector, contribution.sector);
    fill(m_status, Vocabulary::List::ContributionStatus, contribution.status);
    m_author->setText(contribution.author);
    m_organization->setText(contribution.organization);
    m_consent->setChecked(contribution.authorConsents);
    m_consent->setToolTip(tr("Without consent, published documents call the author “a citizen” and name only the organisation"));
    m_text->setPlainText(contribution.text);
    m_text->setTabChangesFocus(true);
    m_response->setPlainText(contribution.response);
    m_response->setTabChangesFocus(true);
    m_response->setPlaceholderText(tr("What was done with the contribution, and why"));
    m_responded->setDate(contribution.respondedOn);

    m_meeting->addItem(tr("Not raised at a meeting"), qint64(0));
    for (const Meeting &m : Table<Meeting>(file).list({}, {}, QStringLiteral("starts_at DESC, id")))
        m_meeting->addItem(tr("%1 – %2").arg(dayText(m.startsAt.date()), m.title), m.id);
    m_meeting->setCurrentIndex(std::max(0, m_meeting->findData(contribution.meetingId)));

    m_commitments->setObjectName(QStringLiteral("fedCommitments"));
    m_commitments->setAccessibleName(tr("Commitments it fed"));
    // Whole titles, wrapped: "4. Participation of young people in…" tells nothing apart.
    m_commitments->setWordWrap(true);
    m_commitments->setTextElideMode(Qt::ElideNone);
    m_commitments->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_commitments->setResizeMode(QListView::Adjust);
    for (const Commitment &c : Table<Commitment>(file).list(QStringLiteral("plan_id = ?"), {contribution.planId},
                                                            QStringLiteral("number, id"))) {
        auto *item = new QListWidgetItem(c.number.isEmpty() ? c.title : tr("%1. %2").arg(c.number, c.title), m_commitments);
        item->setData(Qt::UserRole, c.id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(commitmentIds.contains(c.id) ? Qt::Checked : Qt::Unchecked);
    }

    auto *received = new QFormLayout;
    received->addRow(tr("&Received on:"), m_received);
    received->addRow(tr("C&hannel:"), m_channel);
    received->addRow(tr("&Author:"), m_author);
    received->addRow(QString(), m_consent);
    received->addRow(tr("&Organization:"), m_organization);
    received->addRow(tr("&Sector:"), m_sector);
    received->addRow(tr("Raised at &meeting:"), m_meeting);
    received->addRow(tr("&Text:"), m_text);
    // Labels above their fields: the reasoned response, the heart of the record, takes the
    // column's whole width instead of what a long label leaves of it.
    auto *answer = new QFormLayout;
    answer->setRowWrapPolicy(QFormLayout::WrapAllRows);
    m_response->setMinimumHeight(m_response->fontMetrics().lineSpacing() * 6);
    answer->addRow(tr("Stat&us:"), m_status);
    answer->addRow(tr("Reasoned &response:"), m_response);
    answer->addRow(QString(), m_responded);
    answer->addRow(tr("Commitments it &fed:"), m_commitments);
    auto *receivedBox = new QGroupBox(tr("Contribution"), this);
    receivedBox->setLayout(received);
    auto *answerBox = new QGroupBox(tr("What became of it"), this);
    answerBox->setLayout(answer);
    auto *columns = new QHBoxLayout;
    // The response and the commitments' titles need room as much as the contribution does.
    answerBox->setMinimumWidth(380);
    columns->addWidget(receivedBox, 5);
    columns->addWidget(answerBox, 4);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    resize(960, 600);

    connect(buttons, &QDialogButtonBox::accepted, this, &ContributionDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ContributionDialog::reject);
    // Writing a response dates it today, unless the user gives another date.
    connect(m_response, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_response->toPlainText().trimmed().isEmpty() && !m_responded->date().isValid())
            m_responded->setDate(ForumClock::of(m_file).today());
    });
}

Contribution ContributionDialog::contribution() const
{
    Contribution c = m_original;
    c.receivedOn = m_received->date();
    c.channel = m_channel->currentData().toString();
    c.author = m_author->text().trimmed();
    c.organization = m_organization->text().trimmed();
    c.authorConsents = m_consent->isChecked();
    c.sector = m_sector->currentData().toString();
    c.text = m_text->toPlainText().trimmed();
    c.meetingId = m_meeting->currentData().toLongLong();
    c.status = m_status->currentData().toString();
    c.response = m_response->toPlainText().trimmed();
    c.respondedOn = m_responded->date();
    return c;
}

QList<qint64> ContributionDialog::commitmentIds() const
{
    QList<qint64> ids;
    for (int i = 0; i < m_commitments->count(); ++i) {
        if (m_commitments->item(i)->checkState() == Qt::Checked)
            ids << m_commitments->item(i)->data(Qt::UserRole).toLongLong();
    }
    return ids;
}

QString ContributionDialog::message() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void ContributionDialog::accept()
{
    m_message->clearMessage();
    const Contribution c = contribution();
    if (c.respondedOn.isValid() && c.respondedOn < c.receivedOn) {
        m_message->showMessage(tr("The response cannot be dated before the contribution was received."));
        return;
    }
    if (m_message->passes([&] { Table<Contribution>(m_file).validate(c); }))
        QDialog::accept();
}

} // namespace forumdesk
