// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/window/NewForumDialog.h"

#include "core/forum/ForumClock.h"
#include "core/forum/Vocabulary.h"
#include "ui/widgets/FieldMessage.h"
#include "ui/widgets/Colours.h"

#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QTimeZone>
#include <QVBoxLayout>

namespace forumdesk {

NewForumDialog::NewForumDialog(const QString &folder, const QString &language, QWidget *parent)
    : QDialog(parent), m_name(new QLineEdit(this)), m_language(new QComboBox(this)), m_timeZone(new QComboBox(this)),
      m_folder(new QLineEdit(QDir::toNativeSeparators(folder), this)), m_fileName(new QLineEdit(this)),
      m_path(new QLabel(this)), m_message(new FieldMessage(this))
{
    setWindowTitle(tr("New Forum"));
    m_name->setPlaceholderText(tr("For example: Foro Multiactor de Gobierno Abierto"));
    for (const QString &key : Vocabulary::keys(Vocabulary::List::Language))
        m_language->addItem(Vocabulary::label(Vocabulary::List::Language, key), key);
    m_language->setCurrentIndex(qMax(0, m_language->findData(language)));
    m_language->setToolTip(tr("Minutes, plans and reports are written in this language"));
    m_timeZone->setObjectName(QStringLiteral("timeZone"));
    m_timeZone->setEditable(true);
    m_timeZone->setInsertPolicy(QComboBox::NoInsert);
    m_timeZone->addItems(ForumClock::zoneIds());
    m_timeZone->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_timeZone->completer()->setFilterMode(Qt::MatchContains);
    m_timeZone->setCurrentText(ForumClock::computerZone());
    connect(m_timeZone, &QComboBox::currentTextChanged, m_message, &FieldMessage::clearMessage);
    m_timeZone->setToolTip(tr("Where the forum meets: meeting times, notices and invitations (.ics) use this time zone"));
    auto *browse = new QPushButton(tr("Browse…"), this);
    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(browse);
    m_path->setWordWrap(true);
    m_path->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // Dark enough to read (gray on white is below WCAG's 4.5:1).
    m_path->setStyleSheet(colours::textStyle(colours::Tone::Muted));
    m_timeZone->setMinimumContentsLength(28);
    m_timeZone->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tr("Forum &name:"), m_name);
    form->addRow(tr("&Documents in:"), m_language);
    form->addRow(tr("&Time zone:"), m_timeZone);
    auto *folderLabel = new QLabel(tr("Save in &folder:"), this);
    folderLabel->setBuddy(m_folder);
    form->addRow(folderLabel, folderRow);
    form->addRow(tr("File na&me:"), m_fileName);
    // The path and any problem take the dialog's whole width: a long path or message is not
    // squeezed into the field column.
    form->addRow(m_path);
    form->addRow(m_message);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Create Forum"));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    setMinimumWidth(620);

    connect(buttons, &QDialogButtonBox::accepted, this, &NewForumDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &NewForumDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, [this](const QString &name) {
        if (!m_fileNameEdited)
            m_fileName->setText(fileNameFor(name));
        updatePath();
    });
    connect(m_fileName, &QLineEdit::textEdited, this, [this] {
        m_fileNameEdited = true;
        updatePath();
    });
    connect(m_folder, &QLineEdit::textChanged, this, &NewForumDialog::updatePath);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString chosen = QFileDialog::getExistingDirectory(this, tr("Save the Forum in"), m_folder->text());
        if (!chosen.isEmpty())
            m_folder->setText(QDir::toNativeSeparators(chosen));
    });
    updatePath();
}

QString NewForumDialog::fileNameFor(const QString &forumName)
{
    QString base = forumName.trimmed();
    base.replace(QRegularExpression(QStringLiteral("[\\\\/:*?\"<>|\\x00-\\x1f]")), QStringLiteral(" "));
    base = base.simplified();
    if (base.startsWith(QLatin1Char('.')))
        base.remove(0, 1);
    if (base.isEmpty())
        return QString();
    return base.left(120) + QStringLiteral(".ogpforum");
}

QString NewForumDialog::forumName() const
{
    return m_name->text().trimmed();
}

QString NewForumDialog::forumLanguage() const
{
    return m_language->currentData().toString();
}

QString NewForumDialog::forumTimeZone() const
{
    return m_timeZone->currentText().trimmed();
}

QString NewForumDialog::filePath() const
{
    QString name = m_fileName->text().trimmed();
    if (name.isEmpty())
        return QString();
    if (!name.endsWith(QLatin1String(".ogpforum"), Qt::CaseInsensitive))
        name += QStringLiteral(".ogpforum");
    return QDir(QDir::fromNativeSeparators(m_folder->text().trimmed())).filePath(name);
}

void NewForumDialog::updatePath()
{
    // A problem shown is about what was there before this change: the user is correcting it.
    m_message->clearMessage();
    const QString path = filePath();
    m_path->setText(path.isEmpty() ? QString() : tr("The forum will be saved as %1").arg(QDir::toNativeSeparators(path)));
}

QString NewForumDialog::problem() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void NewForumDialog::accept()
{
    if (forumName().isEmpty()) {
        m_message->showMessage(tr("Give the forum a name."));
        m_name->setFocus();
        return;
    }
    if (!ForumClock::isZoneId(forumTimeZone())) {
        m_message->showMessage(tr("“%1” is not a time zone; choose one from the list, such as America/Lima.")
                                   .arg(forumTimeZone()));
        m_timeZone->setFocus();
        return;
    }
    const QFileInfo folder(QDir::fromNativeSeparators(m_folder->text().trimmed()));
    if (!folder.isDir()) {
        m_message->showMessage(tr("The folder %1 does not exist.").arg(m_folder->text()));
        return;
    }
    if (!folder.isWritable()) {
        m_message->showMessage(tr("Forum Desk cannot write in the folder %1; choose another.").arg(m_folder->text()));
        return;
    }
    if (filePath().isEmpty()) {
        m_message->showMessage(tr("Give the file a name."));
        return;
    }
    if (QFileInfo::exists(filePath())) {
        m_message->showMessage(tr("%1 already exists. Choose another file name, or open that forum with File ▸ Open.")
                                   .arg(QFileInfo(filePath()).fileName()));
        return;
    }
    m_message->clearMessage();
    QDialog::accept();
}

} // namespace forumdesk
