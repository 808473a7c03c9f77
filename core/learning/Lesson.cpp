// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/learning/Lesson.h"

#include "core/forum/Vocabulary.h"

#include <QCoreApplication>

namespace forumdesk {

const EntitySchema<Lesson> &Lesson::schema()
{
    using R = Lesson;
    static const EntitySchema<R> s{
        QStringLiteral("lesson"),
        QT_TRANSLATE_NOOP("Entity", "lesson"),
        {
            field<R>("plan_id", QT_TRANSLATE_NOOP("Field", "Action plan"), FieldType::Reference, &R::planId).isRequired().refersTo(QStringLiteral("action_plan")),
            field<R>("kind", QT_TRANSLATE_NOOP("Field", "Kind"), FieldType::Enumeration, &R::kind).isRequired().oneOf(Vocabulary::keys(Vocabulary::List::LessonKind)),
            field<R>("text", QT_TRANSLATE_NOOP("Field", "Lesson"), FieldType::Text, &R::text).isRequired().maxChars(5000),
            field<R>("recommendation", QT_TRANSLATE_NOOP("Field", "Recommendation"), FieldType::Text, &R::recommendation),
            field<R>("carried_into_plan_id", QT_TRANSLATE_NOOP("Field", "Carried into plan"), FieldType::Reference, &R::carriedIntoPlanId).refersTo(QStringLiteral("action_plan")),
        },
        {
        },
        [](const R &r) { return r.text.left(80); },
    };
    return s;
}

} // namespace forumdesk
