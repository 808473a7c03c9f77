// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/implementation/ProgressDialogs.h"

#include "ui/widgets/DateEdit.h"
#include "core/forum/ForumClock.h"
#include "core/forum/Vocabulary.h"
#include "core/storage/StorageError.h"
#include "core/storage/Table.h"
#include "ui/settings/Preferences.h"
#include "ui/widgets/FieldMessage.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace forumdesk {

ProgressUpdateDialog::ProgressUpdateDialog(ForumFile &file, qint64 milestoneId, const QString &activity,
                                           int percent, QWidget *parent)
    : QDialog(parent), m_file(file), m_milestoneId(milestoneId), m_date(new DateEdit(ForumClock::of(m_file).today(), this)),
      m_percent(new QSpinBox(this)), m_status(new QComboBox(this)), m_narrative(new QPlainTextEdit(this)),
      m_evidence(new QLineEdit(this)), m_browse(new QPushButton(tr("&Browse…"), this)),
      m_reporter(new QLineEdit(Preferences::userName(), this)), m_message(new FieldMessage(this))
{
    setWindowTitle(tr("Add Progress Update"));
    auto *milestone = new QLabel(activity, this);
    milestone->setWordWrap(true);
    milestone->setTextFormat(Qt::PlainText);
    m_percent->setRange(0, 100);
    m_percent->setSuffix(tr(" %"));
    m_percent->setValue(percent);
    for (const QString &key : Vocabulary::keys(Vocabulary::List::ProgressStatus))
        m_status->addItem(Vocabulary::label(Vocabulary::List::ProgressStatus, key), key);
    const int onTrack = m_status->findData(ProgressUpdate().status);
    m_status->setCurrentIndex(onTrack < 0 ? 0 : onTrack);
    m_narrative->setTabChangesFocus(true);
    m_narrative->setFixedHeight(m_narrative->fontMetrics().lineSpacing() * 5);
    m_narrative->setPlaceholderText(tr("What was done since the last update"));
    m_evidence->setPlaceholderText(tr("A link, or a file"));
    m_browse->setToolTip(tr("Choose a file as evidence"));
    connect(m_browse, &QPushButton::clicked, this, &ProgressUpdateDialog::browse);

    auto *evidence = new QHBoxLayout;
    evidence->addWidget(m_evidence, 1);
    evidence->addWidget(m_browse);
    auto *form = new QFormLayout;
    form->addRow(tr("Milestone:"), milestone);
    form->addRow(tr("&Date:"), m_date);
    form->addRow(tr("&Progress:"), m_percent);
    form->addRow(tr("&Status:"), m_status);
    form->addRow(tr("&Narrative:"), m_narrative);
    // A row holding a layout gets no buddy from the form: without one, "&Evidence:" would show
    // its ampersand and Alt+E would reach nothing.
    auto *evidenceLabel = new QLabel(tr("&Evidence:"), this);
    evidenceLabel->setBuddy(m_evidence);
    form->addRow(evidenceLabel, evidence);
    form->addRow(tr("&Reported by:"), m_reporter);
    form->addRow(QString(), m_message);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Add"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ProgressUpdateDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ProgressUpdateDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    setMinimumWidth(500);
}

void ProgressUpdateDialog::browse()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Evidence"), m_evidence->text());
    if (!path.isEmpty())
        m_evidence->setText(QDir::toNativeSeparators(path));
}

ProgressUpdate ProgressUpdateDialog::update() const
{
    ProgressUpdate u;
    u.milestoneId = m_milestoneId;
    u.reportedOn = m_date->date();
    u.percent = m_percent->value();
    u.status = m_status->currentData().toString();
    u.narrative = m_narrative->toPlainText().trimmed();
    u.evidence = m_evidence->text().trimmed();
    u.reporter = m_reporter->text().trimmed();
    return u;
}

QString ProgressUpdateDialog::message() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void ProgressUpdateDialog::accept()
{
    if (m_message->passes([&] { Table<ProgressUpdate>(m_file).validate(update()); }))
        QDialog::accept();
}

CompletionLevelDialog::CompletionLevelDialog(const CommitmentProgress &progress, const QString &setLevel,
                                             QWidget *parent)
    : QDialog(parent), m_progress(progress), m_level(new QComboBox(this)), m_reason(new QPlainTextEdit(this)),
      m_message(new FieldMessage(this))
{
    setWindowTitle(tr("Set Completion Level"));
    auto *commitment = new QLabel(progress.number.isEmpty() ? progress.title
                                                            : tr("%1. %2").arg(progress.number, progress.title),
                                  this);
    commitment->setWordWrap(true);
    commitment->setTextFormat(Qt::PlainText);
    auto *suggested = new QLabel(tr("Progress %1 % suggests “%2”.")
                                     .arg(qRound(progress.percent))
                                     .arg(Vocabulary::label(Vocabulary::List::Completion, progress.suggestedLevel)),
                                 this);
    suggested->setWordWrap(true);
    m_level->addItem(tr("As progress suggests"), QString());
    for (const QString &key : Vocabulary::keys(Vocabulary::List::Completion))
        m_level->addItem(Vocabulary::label(Vocabulary::List::Completion, key), key);
    const int current = m_level->findData(setLevel);
    m_level->setCurrentIndex(current < 0 ? 0 : current);
    m_reason->setTabChangesFocus(true);
    m_reason->setFixedHeight(m_reason->fontMetrics().lineSpacing() * 4);
    m_reason->setPlaceholderText(tr("Why the forum sets a level other than the one progress suggests"));
    m_reason->setPlainText(progress.reason);

    auto *form = new QFormLayout;
    form->addRow(tr("Commitment:"), commitment);
    form->addRow(QString(), suggested);
    form->addRow(tr("&Level:"), m_level);
    form->addRow(tr("&Reason:"), m_reason);
    form->addRow(QString(), m_message);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Set"));
    connect(buttons, &QDialogButtonBox::accepted, this, &CompletionLevelDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &CompletionLevelDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    setMinimumWidth(460);
}

QString CompletionLevelDialog::level() const
{
    return m_level->currentData().toString();
}

QString CompletionLevelDialog::reason() const
{
    return m_reason->toPlainText().trimmed();
}

QString CompletionLevelDialog::message() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void CompletionLevelDialog::accept()
{
    m_message->clearMessage();
    // The core's own rule, checked before anything is written.
    try {
        ProgressTracking::checkLevel(m_progress, level(), reason());
    } catch (const ValidationError &e) {
        m_message->showMessage(e.reason());
        m_reason->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace forumdesk
