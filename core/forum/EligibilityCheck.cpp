// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/forum/EligibilityCheck.h"

#include "core/forum/Vocabulary.h"

#include <QCoreApplication>

namespace forumdesk {

const EntitySchema<EligibilityCheck> &EligibilityCheck::schema()
{
    using R = EligibilityCheck;
    static const EntitySchema<R> s{
        QStringLiteral("eligibility_check"),
        QT_TRANSLATE_NOOP("Entity", "eligibility criterion"),
        {
            field<R>("criterion", QT_TRANSLATE_NOOP("Field", "Criterion"), FieldType::Enumeration, &R::criterion).isRequired().oneOf(Vocabulary::keys(Vocabulary::List::EligibilityCriterion)),
            field<R>("met", QT_TRANSLATE_NOOP("Field", "Met"), FieldType::Boolean, &R::met),
            field<R>("evidence", QT_TRANSLATE_NOOP("Field", "Evidence"), FieldType::Text, &R::evidence),
            field<R>("checked_on", QT_TRANSLATE_NOOP("Field", "Checked on"), FieldType::Date, &R::checkedOn),
        },
        {
        },
        [](const R &r) { return Vocabulary::label(Vocabulary::List::EligibilityCriterion, r.criterion); },
    };
    return s;
}

} // namespace forumdesk
