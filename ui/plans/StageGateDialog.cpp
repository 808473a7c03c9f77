// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/plans/StageGateDialog.h"

#include "ui/document/ForumDocument.h"
#include "ui/commands/Commands.h"
#include "core/forum/Vocabulary.h"
#include "core/plans/ActionPlan.h"
#include "core/plans/StageGate.h"
#include "core/storage/StorageError.h"
#include "core/storage/Table.h"
#include "ui/widgets/FieldMessage.h"
#include "ui/widgets/Colours.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace forumdesk {

StageGateDialog::StageGateDialog(const QString &planTitle, const QString &fromStage, const QString &toStage,
                                 const QStringList &missing, QWidget *parent)
    : QDialog(parent), m_missingItems(missing), m_missing(new QListWidget(this)), m_reason(new QPlainTextEdit(this)),
      m_move(nullptr), m_message(new FieldMessage(this))
{
    const bool forward = StageGate::nextStage(fromStage) == toStage;
    const QString from = Vocabulary::label(Vocabulary::List::PlanStage, fromStage);
    const QString to = Vocabulary::label(Vocabulary::List::PlanStage, toStage);
    setWindowTitle(forward ? tr("Move to the Next Stage") : tr("Move Back a Stage"));

    auto *step = new QLabel(tr("“%1” moves from %2 to %3.").arg(planTitle, from, to), this);
    step->setWordWrap(true);
    step->setTextFormat(Qt::PlainText);
    auto *verdict = new QLabel(this);
    verdict->setObjectName(QStringLiteral("gateVerdict"));
    verdict->setWordWrap(true);
    verdict->setTextFormat(Qt::PlainText);
    auto *reasonLabel = new QLabel(tr("&Go on anyway, because:"), this);
    reasonLabel->setBuddy(m_reason);

    m_missing->setObjectName(QStringLiteral("missingItems"));
    m_missing->setWordWrap(true);
    m_missing->setAlternatingRowColors(true);
    m_missing->setSelectionMode(QAbstractItemView::NoSelection);
    m_missing->setSpacing(2);
    m_missing->setStyleSheet(QStringLiteral("QListWidget { %1 }").arg(colours::textStyle(colours::Tone::Caution)));
    for (const QString &item : missing)
        new QListWidgetItem(item, m_missing);
    m_reason->setTabChangesFocus(true);
    m_reason->setFixedHeight(m_reason->fontMetrics().lineSpacing() * 4);
    m_reason->setPlaceholderText(tr("Why the forum moves on before this is done; the activity log keeps it"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_move = buttons->button(QDialogButtonBox::Ok);
    m_move->setText(tr("Move to %1").arg(to));

    if (!forward) {
        verdict->setText(tr("A step back needs no check; the activity log keeps it. Records made in %1 stay as they are.").arg(from));
    } else if (missing.isEmpty()) {
        verdict->setText(tr("Nothing is missing: the plan is ready for %1.").arg(to.toLower()));
    } else {
        verdict->setText(tr("What %1 needs and the plan still lacks (%n item(s)):", nullptr, int(missing.size())).arg(to.toLower()));
        m_move->setText(tr("Move Anyway"));
    }
    m_missing->setVisible(!missing.isEmpty());
    reasonLabel->setVisible(!missing.isEmpty());
    m_reason->setVisible(!missing.isEmpty());

    connect(buttons, &QDialogButtonBox::accepted, this, &StageGateDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &StageGateDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(step);
    layout->addWidget(verdict);
    layout->addWidget(m_missing, 1);
    layout->addWidget(reasonLabel);
    layout->addWidget(m_reason);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    setMinimumWidth(600);
    if (!missing.isEmpty()) {
        resize(680, 480);
        m_reason->setFocus(); // what the user has to do here is give the reason
    }
}

QString StageGateDialog::reason() const
{
    return m_reason->toPlainText().trimmed();
}

QString StageGateDialog::message() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void StageGateDialog::accept()
{
    m_message->clearMessage();
    if (!m_missingItems.isEmpty() && reason().isEmpty()) {
        m_message->showMessage(tr("Something is missing: give the reason the forum goes on anyway, or cancel and complete it first."));
        m_reason->setFocus();
        return;
    }
    QDialog::accept();
}

bool StageGateDialog::moveCurrentPlan(ForumDocument *document, QWidget *parent, bool forward)
{
    if (document->isReadOnly())
        return false;
    try {
        ForumFile &file = document->file();
        const auto plan = Table<ActionPlan>(file).find(document->currentPlanId());
        if (!plan)
            return false;
        const QString to = forward ? StageGate::nextStage(plan->stage) : StageGate::previousStage(plan->stage);
        if (to.isEmpty()) {
            auto *box = new QMessageBox(QMessageBox::Information, forward ? tr("Move to the Next Stage") : tr("Move Back a Stage"),
                                        forward ? tr("“%1” is closed: it has no further stage.").arg(plan->title)
                                                : tr("“%1” is in co-creation, the first stage.").arg(plan->title),
                                        QMessageBox::Ok, parent);
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->open();
            return false;
        }
        const QStringList missing = StageGate::check(file, plan->id, to);
        StageGateDialog dialog(plan->title, plan->stage, to, missing, parent);
        if (dialog.exec() != QDialog::Accepted)
            return false;
        return edit::movePlanStage(document, *plan, to, dialog.reason());
    } catch (const StorageError &error) {
        document->reportFailure(error.message());
        return false;
    }
}

} // namespace forumdesk
