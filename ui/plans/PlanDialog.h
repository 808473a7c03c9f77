// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/plans/ActionPlan.h"

#include <QDialog>

class QDateEdit;
class QLabel;
class QLineEdit;

namespace forumdesk {

class FieldMessage;
class ForumFile;
class OptionalDateEdit;

// Creates or edits an action plan: title, period, due and submitted dates, with OGP's calendar
// warnings (under 20 months, late, contrary to process) shown as the dates change. A new plan's due
// date follows OGP's 31 August until the user sets another. The stage is shown, not changed here:
// a plan moves through its stage gate (StageGateDialog), which checks what the step needs.
class PlanDialog : public QDialog {
    Q_OBJECT
public:
    PlanDialog(ForumFile &file, const ActionPlan &plan, QWidget *parent = nullptr);

    ActionPlan plan() const;
    void accept() override;

    QLineEdit *titleEdit() const { return m_title; }
    QDateEdit *startEdit() const { return m_start; }
    QDateEdit *endEdit() const { return m_end; }
    OptionalDateEdit *dueEdit() const { return m_due; }
    QLabel *stageLabel() const { return m_stage; }
    QLabel *warnings() const { return m_warnings; }
    QString message() const;

private:
    void updateWarnings();

    ForumFile &m_file;
    ActionPlan m_original;
    bool m_dueTouched;
    QLineEdit *m_title;
    QDateEdit *m_start;
    QDateEdit *m_end;
    QLabel *m_stage;
    OptionalDateEdit *m_due;
    OptionalDateEdit *m_submitted;
    QLabel *m_warnings;
    FieldMessage *m_message;
};

} // namespace forumdesk
