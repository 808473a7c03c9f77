// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/forum/JoiningRecord.h"


#include <QCoreApplication>

namespace forumdesk {

const EntitySchema<JoiningRecord> &JoiningRecord::schema()
{
    using R = JoiningRecord;
    static const EntitySchema<R> s{
        QStringLiteral("joining_record"),
        QT_TRANSLATE_NOOP("Entity", "joining record"),
        {
            field<R>("letter_of_intent_on", QT_TRANSLATE_NOOP("Field", "Letter of intent sent on"), FieldType::Date, &R::letterOfIntentOn),
            field<R>("joined_on", QT_TRANSLATE_NOOP("Field", "Joined OGP on"), FieldType::Date, &R::joinedOn),
            field<R>("poc_name", QT_TRANSLATE_NOOP("Field", "Point of contact"), FieldType::Text, &R::pocName),
            field<R>("poc_institution", QT_TRANSLATE_NOOP("Field", "Point of contact institution"), FieldType::Text, &R::pocInstitution),
            field<R>("poc_email", QT_TRANSLATE_NOOP("Field", "Point of contact email"), FieldType::Text, &R::pocEmail),
            field<R>("notes", QT_TRANSLATE_NOOP("Field", "Notes"), FieldType::Text, &R::notes),
        },
        {
        },
        [](const R &) { return QCoreApplication::translate("Entity", "joining record"); },
    };
    return s;
}

} // namespace forumdesk
