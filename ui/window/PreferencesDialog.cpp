// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/window/PreferencesDialog.h"

#include "ui/settings/Preferences.h"
#include "ui/widgets/Colours.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace forumdesk {

PreferencesDialog::PreferencesDialog(QWidget *parent)
    : QDialog(parent), m_language(new QComboBox(this)), m_contrast(new QComboBox(this)), m_name(new QLineEdit(Preferences::userName(), this)),
      m_folder(new QLineEdit(QDir::toNativeSeparators(Preferences::defaultFolder()), this))
{
    setWindowTitle(tr("Preferences"));
    // Each language by its own name, so that anyone can find theirs.
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Español"), QStringLiteral("es"));
    m_language->addItem(QStringLiteral("Français"), QStringLiteral("fr"));
    m_language->addItem(QStringLiteral("Português"), QStringLiteral("pt"));
    m_language->setCurrentIndex(qMax(0, m_language->findData(Preferences::language())));
    m_contrast->addItem(tr("As the system's"), false);
    m_contrast->addItem(tr("High contrast (white on black)"), true);
    // What the window shows now, which --high-contrast may have chosen for this run.
    m_contrast->setCurrentIndex(colours::highContrastApplied() ? 1 : 0);
    m_contrast->setAccessibleDescription(tr("The colours of the window: the system's, or white text on black with a "
                                            "yellow selection"));
    m_name->setPlaceholderText(tr("Your name, as colleagues know it"));
    auto *browse = new QPushButton(tr("Browse…"), this);
    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(browse);

    auto *languageNote = new QLabel(tr("The window changes language at once; your work is saved as you go."), this);
    auto *nameNote = new QLabel(tr("Written in each forum's activity log beside the changes you make."), this);
    for (QLabel *note : {languageNote, nameNote}) {
        note->setWordWrap(true);
        note->setStyleSheet(colours::textStyle(colours::Tone::Muted));
    }

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tr("Interface &language:"), m_language);
    form->addRow(QString(), languageNote);
    form->addRow(tr("&Colours:"), m_contrast);
    form->addRow(tr("Your &name:"), m_name);
    form->addRow(QString(), nameNote);
    auto *folderLabel = new QLabel(tr("Default &folder:"), this);
    folderLabel->setBuddy(m_folder);
    form->addRow(folderLabel, folderRow);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    setMinimumWidth(520);

    connect(buttons, &QDialogButtonBox::accepted, this, &PreferencesDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PreferencesDialog::reject);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString chosen = QFileDialog::getExistingDirectory(this, tr("Default Folder"), m_folder->text());
        if (!chosen.isEmpty())
            m_folder->setText(QDir::toNativeSeparators(chosen));
    });
}

void PreferencesDialog::accept()
{
    Preferences::setLanguage(m_language->currentData().toString());
    Preferences::setHighContrast(m_contrast->currentData().toBool());
    Preferences::setUserName(m_name->text());
    const QString folder = QDir::fromNativeSeparators(m_folder->text().trimmed());
    if (!folder.isEmpty())
        Preferences::setDefaultFolder(folder);
    QDialog::accept();
}

} // namespace forumdesk
