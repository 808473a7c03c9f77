// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;

namespace forumdesk {

class FieldMessage;

// Asks for what a new forum needs: its name, the language of its documents, its time zone (the
// computer's unless changed: meeting times and invitations use it), and where its file goes. The
// file name follows the forum's name until the user changes it.
class NewForumDialog : public QDialog {
    Q_OBJECT
public:
    explicit NewForumDialog(const QString &folder, const QString &language, QWidget *parent = nullptr);

    QString forumName() const;
    QString forumLanguage() const;
    QString forumTimeZone() const;
    QString filePath() const;

    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *folderEdit() const { return m_folder; }
    QComboBox *timeZoneBox() const { return m_timeZone; }
    QString problem() const; // the message shown, empty when none

    void accept() override;

    // "Foro Multiactor de Lima" -> "Foro Multiactor de Lima.ogpforum", without characters file
    // systems refuse.
    static QString fileNameFor(const QString &forumName);

private:
    void updatePath();

    QLineEdit *m_name;
    QComboBox *m_language;
    QComboBox *m_timeZone;
    QLineEdit *m_folder;
    QLineEdit *m_fileName;
    QLabel *m_path;
    FieldMessage *m_message;
    bool m_fileNameEdited = false;
};

} // namespace forumdesk
