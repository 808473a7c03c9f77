// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace forumdesk {

class ForumFile;

// The gates between the stages of a plan's OGP cycle: co_create -> implement -> evaluate -> learn
// -> closed (Vocabulary::List::PlanStage keys). Moving forward checks what the step needs and lists
// what is missing; the forum may still go on, but only by giving a reason, which the activity log
// keeps with the missing items.
//
// A plan moves one stage at a time, forward or back: skipping a stage would skip its gate (a plan
// cannot be closed before it was evaluated), and a step back (to undo a move, or to correct
// records of an earlier stage) needs no gate but is logged too. What each step forward needs:
//  - co_create -> implement: the plan has commitments; every contribution has a reasoned response
//    with its date; every commitment has a lead implementing agency and milestones, each with its
//    expected completion (end) date, as OGP's planning table asks; an adopted forum decision
//    approves the plan.
//  - implement -> evaluate: every commitment has something the self-assessment can rest on: a
//    progress update on one of its milestones or a completion level set by the forum. A commitment
//    with neither would be assessed blind.
//  - evaluate -> learn: every commitment has a self-assessment that gives its completion level
//    (the IRM's assessment may come later and is not waited for).
//  - learn -> closed: at least one lesson learned is recorded for the plan.
class StageGate {
    Q_DECLARE_TR_FUNCTIONS(StageGate)

public:
    // The stages in order.
    static QStringList stages();
    // The stage after / before `stage` (empty for the last / first, or an unknown key).
    static QString nextStage(const QString &stage);
    static QString previousStage(const QString &stage);

    // What the plan lacks to move to `toStage`, one translated sentence per missing thing, naming
    // the records (the first ten of each kind, then how many more). Empty when nothing is missing,
    // and always for a step back. Throws ValidationError (action_plan.stage) when `toStage` is not
    // the stage just after or just before the plan's current one; NotFound for a missing plan.
    static QStringList check(ForumFile &file, qint64 planId, const QString &toStage);

    // Moves the plan to `toStage`. When check() finds something missing and `reason` is empty,
    // refuses with a ValidationError (action_plan.stage, rule "gate") that names what is missing;
    // otherwise changes the stage in one transaction and logs an activity "stage" with the stages
    // from and to, the missing items and the reason, as done by `actor` (the file's actor when
    // empty).
    static void move(ForumFile &file, qint64 planId, const QString &toStage, const QString &reason,
                     const QString &actor = {});
};

} // namespace forumdesk
