// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/plans/PlanDialog.h"

#include "ui/widgets/DateEdit.h"
#include "core/forum/ForumClock.h"
#include "core/forum/Vocabulary.h"
#include "core/plans/PlanCalendar.h"
#include "core/storage/Table.h"
#include "ui/widgets/FieldMessage.h"
#include "ui/widgets/OptionalDateEdit.h"
#include "ui/widgets/Colours.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace forumdesk {

PlanDialog::PlanDialog(ForumFile &file, const ActionPlan &plan, QWidget *parent)
    : QDialog(parent), m_file(file), m_original(plan), m_dueTouched(plan.id > 0),
      m_title(new QLineEdit(this)), m_start(new DateEdit(this)), m_end(new DateEdit(this)),
      m_stage(new QLabel(this)), m_due(new OptionalDateEdit(tr("Due on"), ForumClock::of(m_file).today(), this)),
      m_submitted(new OptionalDateEdit(tr("Submitted"), ForumClock::of(m_file).today(), this)), m_warnings(new QLabel(this)),
      m_message(new FieldMessage(this))
{
    setWindowTitle(plan.id > 0 ? tr("Edit Action Plan") : tr("New Action Plan"));
    m_title->setText(plan.title);
    m_title->setPlaceholderText(tr("e.g. Sixth National Action Plan 2025–2027"));
    m_start->setDate(plan.periodStart);
    m_end->setDate(plan.periodEnd);
    m_stage->setObjectName(QStringLiteral("planStage"));
    m_stage->setTextFormat(Qt::PlainText);
    m_stage->setWordWrap(true);
    m_stage->setText(plan.id > 0 ? tr("%1 (moved on with Plan ▸ Move to Next Stage…, which checks what the step needs)")
                                       .arg(Vocabulary::label(Vocabulary::List::PlanStage, plan.stage))
                                 : tr("%1 (a new plan starts here)").arg(Vocabulary::label(Vocabulary::List::PlanStage, plan.stage)));
    m_due->setDate(plan.dueOn);
    m_submitted->setDate(plan.submittedOn);
    m_warnings->setObjectName(QStringLiteral("planWarnings"));
    m_warnings->setWordWrap(true);
    m_warnings->setTextFormat(Qt::PlainText);
    m_warnings->setStyleSheet(colours::textStyle(colours::Tone::Caution));

    auto *form = new QFormLayout;
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("Period &starts:"), m_start);
    form->addRow(tr("Period &ends:"), m_end);
    form->addRow(tr("Stage:"), m_stage);
    form->addRow(tr("Due date:"), m_due);
    form->addRow(tr("Submitted to OGP:"), m_submitted);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_warnings);
    layout->addWidget(m_message);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, &PlanDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PlanDialog::reject);
    connect(m_start, &QDateEdit::dateChanged, this, [this](const QDate &start) {
        if (!m_dueTouched) {
            const QSignalBlocker blocker(m_due);
            m_due->setDate(PlanCalendar::defaultDueDate(start));
        }
        updateWarnings();
    });
    connect(m_end, &QDateEdit::dateChanged, this, &PlanDialog::updateWarnings);
    connect(m_due, &OptionalDateEdit::dateChanged, this, [this] {
        m_dueTouched = true;
        updateWarnings();
    });
    connect(m_submitted, &OptionalDateEdit::dateChanged, this, &PlanDialog::updateWarnings);
    updateWarnings();
}

ActionPlan PlanDialog::plan() const
{
    ActionPlan p = m_original;
    p.title = m_title->text().trimmed();
    p.periodStart = m_start->date();
    p.periodEnd = m_end->date();
    p.dueOn = m_due->date();
    p.submittedOn = m_submitted->date();
    return p;
}

void PlanDialog::updateWarnings()
{
    const QStringList warnings = PlanCalendar::warnings(plan(), ForumClock::of(m_file).today());
    m_warnings->setText(warnings.join(QLatin1Char('\n')));
    m_warnings->setVisible(!warnings.isEmpty());
}

QString PlanDialog::message() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void PlanDialog::accept()
{
    m_message->clearMessage();
    if (m_end->date() <= m_start->date()) {
        m_message->showMessage(tr("The plan must end after it starts."));
        return;
    }
    if (m_message->passes([&] { Table<ActionPlan>(m_file).validate(plan()); }))
        QDialog::accept();
}

} // namespace forumdesk
