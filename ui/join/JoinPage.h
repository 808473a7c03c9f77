// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;

namespace forumdesk {

class CommittingTextEdit;
class ForumDocument;
class OptionalDateEdit;

// Joining OGP: the eligibility checklist (OGP's five criteria) and the joining record (letter of
// intent, date joined, point of contact). Each change is saved at once, as one undoable step.
class JoinPage : public QWidget {
    Q_OBJECT
public:
    explicit JoinPage(ForumDocument *document, QWidget *parent = nullptr);

    QCheckBox *criterionBox(const QString &criterion) const { return m_criteria.value(criterion).met; }
    QLineEdit *evidenceEdit(const QString &criterion) const { return m_criteria.value(criterion).evidence; }
    QString summaryText() const;
    QLineEdit *pocNameEdit() const { return m_pocName; }
    OptionalDateEdit *letterEdit() const { return m_letter; }

    // What leaving a field does: saves the criterion's row or the joining record.
    void commitCriterion(const QString &criterion);
    void commitJoining(const QString &column);

private:
    struct CriterionRow {
        QCheckBox *met = nullptr;
        QLineEdit *evidence = nullptr;
        OptionalDateEdit *checkedOn = nullptr;
    };
    void reload();

    ForumDocument *m_document;
    QHash<QString, CriterionRow> m_criteria;
    QLabel *m_summary;
    OptionalDateEdit *m_letter;
    OptionalDateEdit *m_joined;
    QLineEdit *m_pocName;
    QLineEdit *m_pocInstitution;
    QLineEdit *m_pocEmail;
    CommittingTextEdit *m_notes;
};

} // namespace forumdesk
