// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/forum/Member.h"

#include <QDialog>
#include <QHash>

class QCheckBox;
class QLabel;
class QComboBox;
class QDialogButtonBox;
class QLineEdit;
class QPlainTextEdit;

namespace forumdesk {

class FieldMessage;
class ForumFile;
class OptionalDateEdit;

// Adds or edits one member. accept() checks the record with the file's own rules and, when one
// is broken, explains it under the field concerned and stays open.
class MemberDialog : public QDialog {
    Q_OBJECT
public:
    MemberDialog(ForumFile &file, const Member &member, QWidget *parent = nullptr);

    Member member() const; // the member as filled in
    void setMember(const Member &member);

    void accept() override;
    // Shows the member without letting it change (a forum open read-only).
    void setReadOnly(bool readOnly);

    // For tests and for the member list's quick entry.
    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *organizationEdit() const { return m_organization; }
    QComboBox *sectorBox() const { return m_sector; }
    QComboBox *roleBox() const { return m_role; }
    QCheckBox *votingBox() const { return m_voting; }
    QComboBox *genderBox() const { return m_gender; }
    OptionalDateEdit *termStartEdit() const { return m_termStart; }
    OptionalDateEdit *termEndEdit() const { return m_termEnd; }
    // The message shown under a field (by column name), empty when none.
    QString messageFor(const QString &column) const;

    // Whether the dialog explains that an alternate's or observer's vote counts only in place of
    // the member they represent.
    bool votingNoteShown() const;

private:
    void updateVotingNote();
    ForumFile &m_file;
    Member m_original;
    QLineEdit *m_name;
    QLineEdit *m_organization;
    QComboBox *m_sector;
    QComboBox *m_role;
    QComboBox *m_gender;
    QLineEdit *m_email;
    QLineEdit *m_phone;
    OptionalDateEdit *m_termStart;
    OptionalDateEdit *m_termEnd;
    QCheckBox *m_voting;
    QLabel *m_votingNote = nullptr;
    QPlainTextEdit *m_notes;
    QHash<QString, FieldMessage *> m_messages;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace forumdesk
