// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/forum/Member.h"

#include "core/forum/Vocabulary.h"

#include <QCoreApplication>

namespace forumdesk {

const EntitySchema<Member> &Member::schema()
{
    using R = Member;
    static const EntitySchema<R> s{
        QStringLiteral("member"),
        QT_TRANSLATE_NOOP("Entity", "member"),
        {
            field<R>("name", QT_TRANSLATE_NOOP("Field", "Name"), FieldType::Text, &R::name).isRequired().maxChars(200),
            field<R>("organization", QT_TRANSLATE_NOOP("Field", "Organization"), FieldType::Text, &R::organization),
            field<R>("sector", QT_TRANSLATE_NOOP("Field", "Sector"), FieldType::Enumeration, &R::sector).isRequired().oneOf(Vocabulary::keys(Vocabulary::List::Sector)),
            field<R>("role", QT_TRANSLATE_NOOP("Field", "Role"), FieldType::Enumeration, &R::role).isRequired().oneOf(Vocabulary::keys(Vocabulary::List::Role)),
            field<R>("gender", QT_TRANSLATE_NOOP("Field", "Gender"), FieldType::Enumeration, &R::gender).oneOf(Vocabulary::keys(Vocabulary::List::Gender)),
            field<R>("email", QT_TRANSLATE_NOOP("Field", "Email"), FieldType::Text, &R::email),
            field<R>("phone", QT_TRANSLATE_NOOP("Field", "Phone"), FieldType::Text, &R::phone),
            field<R>("term_start", QT_TRANSLATE_NOOP("Field", "Term start"), FieldType::Date, &R::termStart),
            field<R>("term_end", QT_TRANSLATE_NOOP("Field", "Term end"), FieldType::Date, &R::termEnd),
            field<R>("voting", QT_TRANSLATE_NOOP("Field", "Voting member"), FieldType::Boolean, &R::voting),
            field<R>("alternate_for", QT_TRANSLATE_NOOP("Field", "Alternate for"), FieldType::Reference, &R::alternateFor).refersTo(QStringLiteral("member")),
            field<R>("notes", QT_TRANSLATE_NOOP("Field", "Notes"), FieldType::Text, &R::notes),
        },
        {
            {QStringLiteral("term_end"), QStringLiteral("after_start"), [](const R &r) {
                 if (r.termStart.isValid() && r.termEnd.isValid() && r.termEnd < r.termStart)
                     return QCoreApplication::translate("Validation", "“%1” (%3) cannot be before “%2” (%4)")
                         .arg(QCoreApplication::translate("Field", "Term end"), QCoreApplication::translate("Field", "Term start"), shown(r.termEnd), shown(r.termStart));
                 return QString();
             }},
        },
        [](const R &r) { return r.name; },
    };
    return s;
}

} // namespace forumdesk
