// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/learning/Lesson.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace forumdesk {

class ForumFile;

// A lesson with the titles of the plans it links: the plan it was learned in and, when carried,
// the plan it was carried into.
struct LessonInPlans {
    Lesson lesson;
    QString planTitle;
    QString carriedIntoTitle; // empty when not carried
};

// A plan a lesson can be carried into.
struct LaterPlan {
    qint64 id = 0;
    QString title;
    QDate periodStart;
};

// Lessons learned (Learn stage) and how they feed the next plan: a lesson carried into a later
// plan appears among that plan's co-creation inputs (and in its draft, "Lessons carried into this
// plan"). Lessons themselves are written with Table<Lesson>; this class links them, in SQL.
//
// "Later" means a plan whose period starts after the period of the plan the lesson was learned in
// starts: plans overlap at their ends, and a lesson of a plan still being evaluated can already
// feed the next one's co-creation.
class LessonsCarried {
    Q_DECLARE_TR_FUNCTIONS(LessonsCarried)

public:
    // The lessons learned in a plan: process lessons first, then substance, each in the order
    // they were recorded.
    static QList<LessonInPlans> ofPlan(ForumFile &file, qint64 planId);
    // The lessons carried into a plan from earlier plans (its co-creation inputs), by the earlier
    // plan's period, then as recorded.
    static QList<LessonInPlans> carriedInto(ForumFile &file, qint64 planId);
    // The plans a lesson can be carried into, by period.
    static QList<LaterPlan> laterPlans(ForumFile &file, qint64 lessonId);
    // Carries a lesson into another plan (replacing an earlier choice). Throws ValidationError
    // (lesson.carried_into_plan_id) when the plan is the lesson's own or does not start later.
    // Logged as an update of the lesson.
    static void carry(ForumFile &file, qint64 lessonId, qint64 intoPlanId);
    // Takes a carried lesson back: it stays a lesson of its own plan. Nothing happens when it was
    // not carried.
    static void takeBack(ForumFile &file, qint64 lessonId);
};

} // namespace forumdesk
