// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/forum/Forum.h"

#include "core/forum/Vocabulary.h"

#include <QCoreApplication>

namespace forumdesk {

const EntitySchema<Forum> &Forum::schema()
{
    using R = Forum;
    static const EntitySchema<R> s{
        QStringLiteral("forum"),
        QT_TRANSLATE_NOOP("Entity", "forum"),
        {
            field<R>("name", QT_TRANSLATE_NOOP("Field", "Name"), FieldType::Text, &R::name).isRequired().maxChars(300),
            field<R>("scope", QT_TRANSLATE_NOOP("Field", "Scope"), FieldType::Enumeration, &R::scope).isRequired().oneOf(Vocabulary::keys(Vocabulary::List::Scope)),
            field<R>("jurisdiction", QT_TRANSLATE_NOOP("Field", "Jurisdiction"), FieldType::Text, &R::jurisdiction),
            field<R>("language", QT_TRANSLATE_NOOP("Field", "Language"), FieldType::Enumeration, &R::language).isRequired().oneOf(Vocabulary::keys(Vocabulary::List::Language)),
            field<R>("time_zone", QT_TRANSLATE_NOOP("Field", "Time zone"), FieldType::Text, &R::timeZone).isRequired().maxChars(64),
            field<R>("terms_of_reference", QT_TRANSLATE_NOOP("Field", "Terms of reference"), FieldType::Text, &R::termsOfReference),
            field<R>("participation_rules", QT_TRANSLATE_NOOP("Field", "Rules of participation"), FieldType::Text, &R::participationRules),
            field<R>("decision_rule", QT_TRANSLATE_NOOP("Field", "Decision rule"), FieldType::Enumeration, &R::decisionRule).isRequired().oneOf(Vocabulary::keys(Vocabulary::List::DecisionRule)),
            field<R>("quorum_percent", QT_TRANSLATE_NOOP("Field", "Quorum (percent of voting members)"), FieldType::Integer, &R::quorumPercent).between(1, 100),
            field<R>("quorum_both_sectors", QT_TRANSLATE_NOOP("Field", "Quorum needs both government and civil society"), FieldType::Boolean, &R::quorumBothSectors),
            field<R>("website", QT_TRANSLATE_NOOP("Field", "Website"), FieldType::Text, &R::website),
            field<R>("repository_url", QT_TRANSLATE_NOOP("Field", "Document repository"), FieldType::Text, &R::repositoryUrl),
            field<R>("poc_name", QT_TRANSLATE_NOOP("Field", "Point of contact"), FieldType::Text, &R::pocName),
            field<R>("poc_email", QT_TRANSLATE_NOOP("Field", "Point of contact email"), FieldType::Text, &R::pocEmail),
            field<R>("founded_on", QT_TRANSLATE_NOOP("Field", "Founded on"), FieldType::Date, &R::foundedOn),
        },
        {
        },
        [](const R &r) { return r.name; },
    };
    return s;
}

} // namespace forumdesk
