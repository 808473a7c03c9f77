// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/plans/Commitment.h"
#include "core/plans/Milestone.h"

#include <QList>
#include <QMap>
#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTableWidget;
class QTableWidgetItem;

namespace forumdesk {

class DateDelegate;

class ReloadWhenShown;

class CommittingTextEdit;
class FieldMessage;
class ForumDocument;
class OptionalDateEdit;

// The commitments of the current plan on OGP's commitment template, each field saved as one
// undoable change when the user leaves it; the reference practices that inspired it; what the
// commitment still lacks (CommitmentReview); its numbered milestones; and the contributions that
// fed it.
class CommitmentsPanel : public QWidget {
    Q_OBJECT
public:
    enum MilestoneColumn { Activity, Deliverable, Responsible, Start, End, Weight, MilestoneColumnCount };

    explicit CommitmentsPanel(ForumDocument *document, QWidget *parent = nullptr);
    ~CommitmentsPanel() override;

    QListWidget *list() const { return m_list; }
    qint64 commitmentId() const { return m_commitmentId; }
    void setCommitment(qint64 id);
    qint64 addCommitment();
    void removeCommitment();

    // The commitment as the form shows it; commitEdit() saves it when it differs from the file.
    Commitment formCommitment() const;
    void commitEdit();

    qint64 addMilestone();
    void removeMilestone();
    void moveMilestone(int delta);

    QLineEdit *numberEdit() const { return m_number; }
    QLineEdit *titleEdit() const { return m_title; }
    CommittingTextEdit *problemEdit() const { return m_problem; }
    CommittingTextEdit *descriptionEdit() const { return m_description; }
    CommittingTextEdit *briefEdit() const { return m_brief; }
    CommittingTextEdit *causesEdit() const { return m_causes; }
    CommittingTextEdit *expectedResultsEdit() const { return m_expectedResults; }
    CommittingTextEdit *transparencyEdit() const { return m_transparency; }
    QLineEdit *contactNameEdit() const { return m_contactName; }
    QCheckBox *policyAreaCheck(const QString &key) const { return m_policyAreas.value(key); }
    QCheckBox *valueCheck(int index) const { return m_values.value(index); }
    QListWidget *gaps() const { return m_gaps; }
    QTableWidget *milestones() const { return m_milestoneTable; }
    QListWidget *contributions() const { return m_fedBy; }
    // The reference library's practices, grouped by frontier, checked when the commitment cites them.
    QListWidget *practices() const { return m_practices; }
    // The practice keys checked in the list; citePractices() saves them when they differ from the file.
    QStringList checkedPractices() const;
    void citePractices();
    QString message() const;

public slots:
    void refresh();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // Reloads now if the panel is on show, else once it is shown.
    void refreshWhenShown();
    void showCommitment();
    void milestoneEdited(QTableWidgetItem *item);
    void showMilestones(const QList<Milestone> &rows);
    static QVariant cellValue(const Milestone &m, int column);

    ForumDocument *m_document;
    qint64 m_commitmentId = 0;
    Commitment m_current;
    QList<Milestone> m_milestoneRows;
    DateDelegate *m_dateCells = nullptr;
    QListWidget *m_list;
    QPushButton *m_add;
    QPushButton *m_remove;
    QWidget *m_form;
    QLineEdit *m_number;
    QLineEdit *m_title;
    OptionalDateEdit *m_start;
    OptionalDateEdit *m_end;
    QLineEdit *m_lead;
    CommittingTextEdit *m_supportingGovernment;
    CommittingTextEdit *m_supportingOther;
    CommittingTextEdit *m_problem;
    CommittingTextEdit *m_statusQuo;
    CommittingTextEdit *m_description;
    CommittingTextEdit *m_solution;
    // Format 3: the rest of OGP's template.
    CommittingTextEdit *m_brief;
    CommittingTextEdit *m_causes;
    CommittingTextEdit *m_expectedResults;
    CommittingTextEdit *m_transparency;
    CommittingTextEdit *m_accountability;
    CommittingTextEdit *m_participation;
    QLineEdit *m_contactName;
    QLineEdit *m_contactTitle;
    QLineEdit *m_contactEmail;
    QLineEdit *m_contactPhone;
    QMap<QString, QCheckBox *> m_policyAreas;
    QList<QCheckBox *> m_values;
    QLineEdit *m_budget;
    CommittingTextEdit *m_links;
    QMap<QString, QCheckBox *> m_frontiers;
    QListWidget *m_practices;
    QStringList m_cited;
    FieldMessage *m_message;
    QListWidget *m_gaps;
    QTableWidget *m_milestoneTable;
    QPushButton *m_addMilestone;
    QPushButton *m_removeMilestone;
    QPushButton *m_up;
    QPushButton *m_down;
    QListWidget *m_fedBy;
    ReloadWhenShown *m_reload; // the reload, held while the widget is hidden
};

} // namespace forumdesk
