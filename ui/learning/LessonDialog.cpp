// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/learning/LessonDialog.h"

#include "core/forum/Vocabulary.h"
#include "core/forum/VocabularyKeys.h"
#include "core/storage/StorageError.h"
#include "core/storage/Table.h"
#include "ui/widgets/FieldMessage.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace forumdesk {

LessonDialog::LessonDialog(ForumFile &file, const Lesson &lesson, QWidget *parent)
    : QDialog(parent), m_file(file), m_original(lesson), m_kind(new QComboBox(this)),
      m_text(new QPlainTextEdit(this)), m_recommendation(new QPlainTextEdit(this)), m_message(new FieldMessage(this))
{
    setWindowTitle(lesson.id > 0 ? tr("Edit Lesson") : tr("Add Lesson"));
    m_kind->addItem(tr("About the process (co-creation, the forum, participation)"), key::LessonKind::Process);
    m_kind->addItem(tr("About the substance (the commitments and their results)"), key::LessonKind::Substance);
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(lesson.kind)));
    for (QPlainTextEdit *edit : {m_text, m_recommendation}) {
        edit->setTabChangesFocus(true);
        edit->setFixedHeight(edit->fontMetrics().lineSpacing() * 5);
    }
    m_text->setPlaceholderText(tr("What the forum learned in this plan"));
    m_text->setPlainText(lesson.text);
    m_recommendation->setPlaceholderText(tr("What the forum recommends doing in the next plan"));
    m_recommendation->setPlainText(lesson.recommendation);

    auto *form = new QFormLayout;
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("&Lesson:"), m_text);
    form->addRow(tr("&Recommendation:"), m_recommendation);
    form->addRow(QString(), m_message);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(lesson.id > 0 ? tr("Save") : tr("Add"));
    connect(buttons, &QDialogButtonBox::accepted, this, &LessonDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &LessonDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    setMinimumWidth(520);
}

Lesson LessonDialog::lesson() const
{
    Lesson l = m_original;
    l.kind = m_kind->currentData().toString();
    l.text = m_text->toPlainText().trimmed();
    l.recommendation = m_recommendation->toPlainText().trimmed();
    return l;
}

QString LessonDialog::message() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void LessonDialog::accept()
{
    if (!m_message->passes([&] { Table<Lesson>(m_file).validate(lesson()); })) {
        m_text->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace forumdesk
