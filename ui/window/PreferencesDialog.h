// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QComboBox;
class QLineEdit;

namespace forumdesk {

// The user's preferences: interface language, colours (the system's or high contrast), the name
// written in the activity log, the default folder. accept() stores them; the window applies them.
class PreferencesDialog : public QDialog {
    Q_OBJECT
public:
    explicit PreferencesDialog(QWidget *parent = nullptr);

    QComboBox *languageBox() const { return m_language; }
    QComboBox *contrastBox() const { return m_contrast; }
    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *folderEdit() const { return m_folder; }

    void accept() override;

private:
    QComboBox *m_language;
    QComboBox *m_contrast;
    QLineEdit *m_name;
    QLineEdit *m_folder;
};

} // namespace forumdesk
