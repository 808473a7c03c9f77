// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/members/MemberDialog.h"

#include "core/forum/ForumClock.h"
#include "core/forum/Vocabulary.h"
#include "core/storage/Table.h"
#include "ui/widgets/FieldMessage.h"
#include "ui/widgets/OptionalDateEdit.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace forumdesk {

namespace {

void fill(QComboBox *box, Vocabulary::List list)
{
    for (const QString &key : Vocabulary::keys(list))
        box->addItem(Vocabulary::label(list, key), key);
}

void select(QComboBox *box, const QString &key)
{
    const int index = box->findData(key);
    box->setCurrentIndex(index < 0 ? 0 : index);
}

} // namespace

MemberDialog::MemberDialog(ForumFile &file, const Member &member, QWidget *parent)
    : QDialog(parent), m_file(file), m_original(member),
      m_name(new QLineEdit(this)), m_organization(new QLineEdit(this)),
      m_sector(new QComboBox(this)), m_role(new QComboBox(this)), m_gender(new QComboBox(this)),
      m_email(new QLineEdit(this)), m_phone(new QLineEdit(this)),
      m_termStart(new OptionalDateEdit(tr("Known"), ForumClock::of(m_file).today(), this)),
      m_termEnd(new OptionalDateEdit(tr("Known"), ForumClock::of(m_file).today(), this)),
      m_voting(new QCheckBox(tr("Has a vote in the forum's decisions"), this)),
      m_notes(new QPlainTextEdit(this))
{
    setWindowTitle(member.id > 0 ? tr("Edit Member") : tr("Add Member"));
    fill(m_sector, Vocabulary::List::Sector);
    fill(m_role, Vocabulary::List::Role);
    m_gender->addItem(tr("Not given"), QString());
    fill(m_gender, Vocabulary::List::Gender);
    m_name->setPlaceholderText(tr("Full name, as in the minutes"));
    m_organization->setPlaceholderText(tr("Ministry, organization or university"));
    m_email->setPlaceholderText(tr("name@example.org"));
    m_notes->setTabChangesFocus(true);
    m_notes->setFixedHeight(m_notes->fontMetrics().lineSpacing() * 4);
    m_name->setObjectName(QStringLiteral("name"));
    m_organization->setObjectName(QStringLiteral("organization"));
    m_sector->setObjectName(QStringLiteral("sector"));
    m_role->setObjectName(QStringLiteral("role"));

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    const auto row = [&](const QString &label, QWidget *field, const QString &column) {
        auto *message = new FieldMessage(this);
        m_messages.insert(column, message);
        auto *box = new QVBoxLayout;
        box->setSpacing(2);
        box->addWidget(field);
        box->addWidget(message);
        auto *caption = new QLabel(label, this);
        caption->setBuddy(field);
        form->addRow(caption, box);
    };
    row(tr("&Name:"), m_name, QStringLiteral("name"));
    row(tr("&Organization:"), m_organization, QStringLiteral("organization"));
    row(tr("&Sector:"), m_sector, QStringLiteral("sector"));
    row(tr("&Role:"), m_role, QStringLiteral("role"));
    row(tr("&Gender:"), m_gender, QStringLiteral("gender"));
    row(tr("&Email:"), m_email, QStringLiteral("email"));
    row(tr("&Phone:"), m_phone, QStringLiteral("phone"));
    row(tr("Term &start:"), m_termStart, QStringLiteral("term_start"));
    row(tr("Term &end:"), m_termEnd, QStringLiteral("term_end"));
    row(tr("Voting:"), m_voting, QStringLiteral("voting"));
    row(tr("No&tes:"), m_notes, QStringLiteral("notes"));
    // The quorum and the vote count an alternate or an observer only in place of the member they
    // represent: say so where the vote is ticked, instead of leaving them out without a word.
    m_votingNote = new QLabel(this);
    m_votingNote->setObjectName(QStringLiteral("votingNote"));
    m_votingNote->setWordWrap(true);
    m_votingNote->setText(tr("An alternate or an observer votes, and counts toward the quorum, only in place of the "
                             "member they represent at a meeting (marked on the attendance list)."));
    form->insertRow(form->rowCount() - 1, QString(), m_votingNote);
    connect(m_voting, &QCheckBox::toggled, this, &MemberDialog::updateVotingNote);
    connect(m_role, &QComboBox::currentIndexChanged, this, &MemberDialog::updateVotingNote);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons = buttons;
    buttons->button(QDialogButtonBox::Ok)->setText(member.id > 0 ? tr("Save") : tr("Add"));
    connect(buttons, &QDialogButtonBox::accepted, this, &MemberDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &MemberDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    setMinimumWidth(480);
    setMember(member);
    updateVotingNote();
}

void MemberDialog::updateVotingNote()
{
    const QString role = m_role->currentData().toString();
    m_votingNote->setVisible(m_voting->isChecked()
                             && (role == QLatin1String("alternate") || role == QLatin1String("observer")));
}

bool MemberDialog::votingNoteShown() const
{
    return !m_votingNote->isHidden();
}

void MemberDialog::setReadOnly(bool readOnly)
{
    for (QWidget *field : std::initializer_list<QWidget *>{m_name, m_organization, m_sector, m_role, m_gender, m_email,
                                                            m_phone, m_termStart, m_termEnd, m_voting})
        field->setEnabled(!readOnly);
    m_notes->setReadOnly(readOnly);
    m_buttons->setStandardButtons(readOnly ? QDialogButtonBox::Close
                                           : QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    if (readOnly)
        setWindowTitle(tr("Member"));
}

void MemberDialog::setMember(const Member &member)
{
    m_name->setText(member.name);
    m_organization->setText(member.organization);
    select(m_sector, member.sector);
    select(m_role, member.role);
    select(m_gender, member.gender);
    m_email->setText(member.email);
    m_phone->setText(member.phone);
    m_termStart->setDate(member.termStart);
    m_termEnd->setDate(member.termEnd);
    m_voting->setChecked(member.voting);
    m_notes->setPlainText(member.notes);
}

Member MemberDialog::member() const
{
    Member m = m_original;
    m.name = m_name->text().trimmed();
    m.organization = m_organization->text().trimmed();
    m.sector = m_sector->currentData().toString();
    m.role = m_role->currentData().toString();
    m.gender = m_gender->currentData().toString();
    m.email = m_email->text().trimmed();
    m.phone = m_phone->text().trimmed();
    m.termStart = m_termStart->date();
    m.termEnd = m_termEnd->date();
    m.voting = m_voting->isChecked();
    m.notes = m_notes->toPlainText().trimmed();
    return m;
}

QString MemberDialog::messageFor(const QString &column) const
{
    const FieldMessage *message = m_messages.value(column);
    return message && !message->isHidden() ? message->text() : QString();
}

void MemberDialog::accept()
{
    for (FieldMessage *message : std::as_const(m_messages))
        message->clearMessage();
    try {
        Table<Member>(m_file).validate(member());
    } catch (const ValidationError &error) {
        FieldMessage *message = m_messages.value(error.field());
        if (!message)
            message = m_messages.value(QStringLiteral("name"));
        message->showMessage(userMessage(error));
        return;
    }
    QDialog::accept();
}

} // namespace forumdesk
