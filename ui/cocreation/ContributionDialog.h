// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/cocreation/Contribution.h"

#include <QDialog>
#include <QList>

class QComboBox;
class QDateEdit;
class QCheckBox;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;

namespace forumdesk {

class FieldMessage;
class ForumFile;
class OptionalDateEdit;

// Adds or edits a public contribution: when and how it came, who sent it, its text, the meeting
// where it was raised; what became of it (status, the reasoned response and its date) and the
// commitments of the plan it fed.
class ContributionDialog : public QDialog {
    Q_OBJECT
public:
    ContributionDialog(ForumFile &file, const Contribution &contribution, const QList<qint64> &commitmentIds,
                       QWidget *parent = nullptr);

    Contribution contribution() const;
    QList<qint64> commitmentIds() const;
    void accept() override;

    QDateEdit *receivedEdit() const { return m_received; }
    QComboBox *channelBox() const { return m_channel; }
    QLineEdit *authorEdit() const { return m_author; }
    QLineEdit *organizationEdit() const { return m_organization; }
    QCheckBox *consentCheck() const { return m_consent; }
    QComboBox *sectorBox() const { return m_sector; }
    QPlainTextEdit *textEdit() const { return m_text; }
    QComboBox *statusBox() const { return m_status; }
    QPlainTextEdit *responseEdit() const { return m_response; }
    OptionalDateEdit *respondedEdit() const { return m_responded; }
    QListWidget *commitmentList() const { return m_commitments; }
    QString message() const;

private:
    ForumFile &m_file;
    Contribution m_original;
    QDateEdit *m_received;
    QComboBox *m_channel;
    QLineEdit *m_author;
    QLineEdit *m_organization;
    QCheckBox *m_consent;
    QComboBox *m_sector;
    QPlainTextEdit *m_text;
    QComboBox *m_meeting;
    QComboBox *m_status;
    QPlainTextEdit *m_response;
    OptionalDateEdit *m_responded;
    QListWidget *m_commitments;
    FieldMessage *m_message;
};

} // namespace forumdesk
