// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/meetings/Vote.h"

#include "core/forum/Vocabulary.h"

#include <QCoreApplication>

namespace forumdesk {

const EntitySchema<Vote> &Vote::schema()
{
    using R = Vote;
    static const EntitySchema<R> s{
        QStringLiteral("vote"),
        QT_TRANSLATE_NOOP("Entity", "vote"),
        {
            field<R>("decision_id", QT_TRANSLATE_NOOP("Field", "Decision"), FieldType::Reference, &R::decisionId).isRequired().refersTo(QStringLiteral("decision")),
            field<R>("member_id", QT_TRANSLATE_NOOP("Field", "Member"), FieldType::Reference, &R::memberId).refersTo(QStringLiteral("member")),
            field<R>("name", QT_TRANSLATE_NOOP("Field", "Name"), FieldType::Text, &R::name).isRequired().maxChars(200),
            field<R>("choice", QT_TRANSLATE_NOOP("Field", "Vote"), FieldType::Enumeration, &R::choice).isRequired().oneOf(Vocabulary::keys(Vocabulary::List::VoteChoice)),
        },
        {
        },
        [](const R &r) { return r.name + QStringLiteral(": ") + r.choice; },
    };
    return s;
}

} // namespace forumdesk
