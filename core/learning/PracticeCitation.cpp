// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/learning/PracticeCitation.h"

#include "core/learning/PracticeLibrary.h"

#include <QCoreApplication>

namespace forumdesk {

const EntitySchema<PracticeCitation> &PracticeCitation::schema()
{
    using R = PracticeCitation;
    static const EntitySchema<R> s{
        QStringLiteral("commitment_practice"),
        QT_TRANSLATE_NOOP("Entity", "practice cited by a commitment"),
        {
            field<R>("commitment_id", QT_TRANSLATE_NOOP("Field", "Commitment"), FieldType::Reference, &R::commitmentId).isRequired().refersTo(QStringLiteral("commitment")),
            field<R>("practice", QT_TRANSLATE_NOOP("Field", "Practice"), FieldType::Text, &R::practice).isRequired().maxChars(64),
        },
        {
            // A key of the library, checked here rather than as a list of allowed keys, so that the
            // message names the one key that is wrong instead of listing the whole library.
            {QStringLiteral("practice"), QStringLiteral("in_library"), [](const R &r) {
                 return PracticeLibrary::find(r.practice) ? QString() : PracticeLibrary::unknownKeyMessage(r.practice);
             }},
        },
        [](const R &r) {
            const Practice *p = PracticeLibrary::find(r.practice);
            return p ? PracticeLibrary::title(*p) : r.practice;
        },
    };
    return s;
}

} // namespace forumdesk
