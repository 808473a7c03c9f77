// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/plans/ActionPlan.h"

#include "core/forum/Vocabulary.h"
#include "core/forum/VocabularyKeys.h"
#include "core/storage/Database.h"
#include "core/storage/ForumFile.h"

#include <QCoreApplication>

namespace forumdesk {

const EntitySchema<ActionPlan> &ActionPlan::schema()
{
    using R = ActionPlan;
    static const EntitySchema<R> s{
        QStringLiteral("action_plan"),
        QT_TRANSLATE_NOOP("Entity", "action plan"),
        {
            field<R>("title", QT_TRANSLATE_NOOP("Field", "Title"), FieldType::Text, &R::title).isRequired().maxChars(300),
            field<R>("period_start", QT_TRANSLATE_NOOP("Field", "Period start"), FieldType::Date, &R::periodStart).isRequired(),
            field<R>("period_end", QT_TRANSLATE_NOOP("Field", "Period end"), FieldType::Date, &R::periodEnd).isRequired(),
            field<R>("stage", QT_TRANSLATE_NOOP("Field", "Stage"), FieldType::Enumeration, &R::stage).isRequired().oneOf(Vocabulary::keys(Vocabulary::List::PlanStage)),
            field<R>("due_on", QT_TRANSLATE_NOOP("Field", "Due on"), FieldType::Date, &R::dueOn),
            field<R>("submitted_on", QT_TRANSLATE_NOOP("Field", "Submitted on"), FieldType::Date, &R::submittedOn),
            field<R>("introduction", QT_TRANSLATE_NOOP("Field", "Introduction"), FieldType::Text, &R::introduction),
            field<R>("notes", QT_TRANSLATE_NOOP("Field", "Notes"), FieldType::Text, &R::notes),
        },
        {
            {QStringLiteral("period_end"), QStringLiteral("after_start_strict"), [](const R &r) {
                 if (r.periodStart.isValid() && r.periodEnd.isValid() && r.periodEnd <= r.periodStart)
                     return QCoreApplication::translate("Validation", "“%1” (%3) must be after “%2” (%4)")
                         .arg(QCoreApplication::translate("Field", "Period end"), QCoreApplication::translate("Field", "Period start"), shown(r.periodEnd), shown(r.periodStart));
                 return QString();
             }},
        },
        [](const R &r) { return r.title; },
    };
    return s;
}

bool ActionPlan::approvedByForum(ForumFile &file, qint64 planId)
{
    return file.database()
        .scalar(QStringLiteral("SELECT EXISTS (SELECT 1 FROM decision WHERE approves_plan_id = ? AND outcome = ?)"),
                {planId, QString(key::DecisionOutcome::Adopted)})
        .toBool();
}

} // namespace forumdesk
