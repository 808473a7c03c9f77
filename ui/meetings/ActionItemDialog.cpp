// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/meetings/ActionItemDialog.h"

#include "core/forum/ForumClock.h"
#include "core/forum/Member.h"
#include "core/meetings/Decision.h"
#include "core/storage/Table.h"
#include "ui/widgets/FieldMessage.h"
#include "ui/widgets/OptionalDateEdit.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace forumdesk {

ActionItemDialog::ActionItemDialog(ForumFile &file, const ActionItem &item, QWidget *parent)
    : QDialog(parent), m_file(file), m_original(item), m_text(new QPlainTextEdit(this)), m_owner(new QComboBox(this)),
      m_due(new OptionalDateEdit(tr("Has a due date"), ForumClock::of(m_file).today(), this)), m_decision(new QComboBox(this)),
      m_message(new FieldMessage(this))
{
    setWindowTitle(item.id > 0 ? tr("Edit Action Item") : tr("Add Action Item"));
    m_text->setTabChangesFocus(true);
    m_text->setFixedHeight(m_text->fontMetrics().lineSpacing() * 3);
    m_text->setPlaceholderText(tr("What is to be done"));
    m_owner->setEditable(true);
    m_owner->setInsertPolicy(QComboBox::NoInsert);
    m_owner->addItem(QString(), qint64(0));
    for (const Member &m : Table<Member>(file).list({}, {}, QStringLiteral("name COLLATE NAME, id")))
        m_owner->addItem(m.name, m.id);
    m_owner->lineEdit()->setPlaceholderText(tr("A member, or anyone else by name"));
    m_decision->addItem(tr("No particular decision"), qint64(0));
    for (const Decision &d : Table<Decision>(file).list(QStringLiteral("meeting_id = ?"), {item.meetingId}))
        m_decision->addItem(d.text.left(80), d.id);

    auto *form = new QFormLayout;
    form->addRow(tr("&Action:"), m_text);
    form->addRow(tr("&Owner:"), m_owner);
    form->addRow(tr("D&ue on:"), m_due);
    form->addRow(tr("From &decision:"), m_decision);
    form->addRow(QString(), m_message);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(item.id > 0 ? tr("Save") : tr("Add"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ActionItemDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ActionItemDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    setMinimumWidth(460);

    m_text->setPlainText(item.text);
    m_owner->setCurrentText(item.owner);
    m_due->setDate(item.dueOn);
    const int decision = m_decision->findData(item.decisionId);
    m_decision->setCurrentIndex(decision < 0 ? 0 : decision);
}

ActionItem ActionItemDialog::item() const
{
    ActionItem a = m_original;
    a.text = m_text->toPlainText().trimmed();
    a.owner = m_owner->currentText().trimmed();
    const int index = m_owner->findText(a.owner);
    a.ownerMemberId = index > 0 ? m_owner->itemData(index).toLongLong() : 0;
    a.dueOn = m_due->date();
    a.decisionId = m_decision->currentData().toLongLong();
    return a;
}

QString ActionItemDialog::message() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void ActionItemDialog::accept()
{
    if (m_message->passes([&] { Table<ActionItem>(m_file).validate(item()); }))
        QDialog::accept();
}

} // namespace forumdesk
