// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/meetings/ActionItem.h"

#include "core/forum/Vocabulary.h"

#include <QCoreApplication>

namespace forumdesk {

const EntitySchema<ActionItem> &ActionItem::schema()
{
    using R = ActionItem;
    static const EntitySchema<R> s{
        QStringLiteral("action_item"),
        QT_TRANSLATE_NOOP("Entity", "action item"),
        {
            field<R>("meeting_id", QT_TRANSLATE_NOOP("Field", "Meeting"), FieldType::Reference, &R::meetingId).isRequired().refersTo(QStringLiteral("meeting")),
            field<R>("decision_id", QT_TRANSLATE_NOOP("Field", "Decision"), FieldType::Reference, &R::decisionId).refersTo(QStringLiteral("decision")),
            field<R>("text", QT_TRANSLATE_NOOP("Field", "Action"), FieldType::Text, &R::text).isRequired().maxChars(2000),
            field<R>("owner", QT_TRANSLATE_NOOP("Field", "Owner"), FieldType::Text, &R::owner),
            field<R>("owner_member_id", QT_TRANSLATE_NOOP("Field", "Owner (member)"), FieldType::Reference, &R::ownerMemberId).refersTo(QStringLiteral("member")),
            field<R>("due_on", QT_TRANSLATE_NOOP("Field", "Due on"), FieldType::Date, &R::dueOn),
            field<R>("status", QT_TRANSLATE_NOOP("Field", "Status"), FieldType::Enumeration, &R::status).isRequired().oneOf(Vocabulary::keys(Vocabulary::List::ActionItemStatus)),
            field<R>("closed_on", QT_TRANSLATE_NOOP("Field", "Closed on"), FieldType::Date, &R::closedOn),
        },
        {
        },
        [](const R &r) { return r.text.left(80); },
    };
    return s;
}

} // namespace forumdesk
