// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/evaluation/Assessment.h"

#include <QDialog>
#include <QList>

class QCheckBox;
class QComboBox;
class QLabel;
class QPlainTextEdit;

namespace forumdesk {

class FieldMessage;
class ForumFile;
class OptionalDateEdit;

// One commitment's assessment by one source (the forum's self-assessment or the IRM) on every IRM
// scale: verifiability, relevance to each OGP value (technology and innovation only on top of
// another), potential for results, the older potential impact, completion and "Did it open
// government?", with the date and notes. Says as the scales change whether it makes the
// commitment starred, and why not.
class AssessmentDialog : public QDialog {
    Q_OBJECT
public:
    enum Value { AccessInformation, CivicParticipation, PublicAccountability, TechnologyInnovation };

    AssessmentDialog(ForumFile &file, const Assessment &assessment, const QString &commitmentTitle,
                     QWidget *parent = nullptr);

    Assessment assessment() const;
    void accept() override;

    QComboBox *verifiableBox() const { return m_verifiable; }
    QCheckBox *relevanceCheck(Value value) const { return m_relevance.value(int(value)); }
    QComboBox *resultsBox() const { return m_results; }
    QComboBox *impactBox() const { return m_impact; }
    QComboBox *completionBox() const { return m_completion; }
    QComboBox *openedBox() const { return m_opened; }
    OptionalDateEdit *dateEdit() const { return m_date; }
    QPlainTextEdit *notesEdit() const { return m_notes; }
    QLabel *starredLabel() const { return m_starred; }
    QString message() const;

private:
    void updateRelevance();
    void updateStarred();

    ForumFile &m_file;
    Assessment m_original;
    QComboBox *m_verifiable;
    QList<QCheckBox *> m_relevance;
    QComboBox *m_results;
    QComboBox *m_impact;
    QComboBox *m_completion;
    QComboBox *m_opened;
    OptionalDateEdit *m_date;
    QPlainTextEdit *m_notes;
    QLabel *m_starred;
    FieldMessage *m_message;
};

} // namespace forumdesk
