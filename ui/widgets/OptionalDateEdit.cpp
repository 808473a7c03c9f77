// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/OptionalDateEdit.h"

#include "ui/widgets/DateEdit.h"
#include "core/storage/EntitySchema.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QSignalBlocker>

namespace forumdesk {

OptionalDateEdit::OptionalDateEdit(const QString &checkText, const QDate &suggested, QWidget *parent)
    : QWidget(parent), m_set(new QCheckBox(checkText, this)), m_edit(new DateEdit(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_set);
    layout->addWidget(m_edit);
    layout->addStretch();
    m_edit->setDate(suggested);
    m_edit->setEnabled(false);
    m_set->setObjectName(QStringLiteral("set"));
    m_edit->setObjectName(QStringLiteral("date"));
    // Named by what the check box says ("Starts", "Sent") until a form row names it (AccessibleStyle).
    m_edit->setAccessibleName(QString(checkText).remove(QLatin1Char('&')));
    // Whoever gives this the focus (a form label's Alt+letter) reaches the check box while the date
    // is unset, the date once it is set.
    setFocusProxy(m_set);
    connect(m_set, &QCheckBox::toggled, this, [this](bool on) {
        setFocusProxy(on ? static_cast<QWidget *>(m_edit) : m_set);
        m_edit->setEnabled(on);
        emit dateChanged(date());
        emit editingFinished();
    });
    connect(m_edit, &QDateEdit::dateChanged, this, [this] { emit dateChanged(date()); });
    connect(m_edit, &QDateEdit::editingFinished, this, &OptionalDateEdit::editingFinished);
}

void OptionalDateEdit::setFieldName(const QString &name)
{
    m_edit->setAccessibleName(name);
    m_set->setAccessibleDescription(name);
}

QDate OptionalDateEdit::date() const
{
    return m_set->isChecked() ? m_edit->date() : QDate();
}

void OptionalDateEdit::setDate(const QDate &date)
{
    const QSignalBlocker blockSet(m_set);
    const QSignalBlocker blockEdit(m_edit);
    m_set->setChecked(date.isValid());
    m_edit->setEnabled(date.isValid());
    setFocusProxy(date.isValid() ? static_cast<QWidget *>(m_edit) : m_set);
    if (date.isValid())
        m_edit->setDate(date);
}

} // namespace forumdesk
