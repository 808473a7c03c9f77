// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/cocreation/Contribution.h"

#include "core/forum/Vocabulary.h"

#include <QCoreApplication>

namespace forumdesk {

const EntitySchema<Contribution> &Contribution::schema()
{
    using R = Contribution;
    static const EntitySchema<R> s{
        QStringLiteral("contribution"),
        QT_TRANSLATE_NOOP("Entity", "contribution"),
        {
            field<R>("plan_id", QT_TRANSLATE_NOOP("Field", "Action plan"), FieldType::Reference, &R::planId).isRequired().refersTo(QStringLiteral("action_plan")),
            field<R>("received_on", QT_TRANSLATE_NOOP("Field", "Received on"), FieldType::Date, &R::receivedOn).isRequired(),
            field<R>("channel", QT_TRANSLATE_NOOP("Field", "Channel"), FieldType::Enumeration, &R::channel).isRequired().oneOf(Vocabulary::keys(Vocabulary::List::ContributionChannel)),
            field<R>("author", QT_TRANSLATE_NOOP("Field", "Author"), FieldType::Text, &R::author),
            field<R>("organization", QT_TRANSLATE_NOOP("Field", "Organization"), FieldType::Text, &R::organization),
            field<R>("sector", QT_TRANSLATE_NOOP("Field", "Sector"), FieldType::Enumeration, &R::sector).isRequired().oneOf(Vocabulary::keys(Vocabulary::List::Sector)),
            field<R>("text", QT_TRANSLATE_NOOP("Field", "Contribution"), FieldType::Text, &R::text).isRequired().maxChars(20000),
            field<R>("meeting_id", QT_TRANSLATE_NOOP("Field", "Raised at meeting"), FieldType::Reference, &R::meetingId).refersTo(QStringLiteral("meeting")),
            field<R>("status", QT_TRANSLATE_NOOP("Field", "Status"), FieldType::Enumeration, &R::status).isRequired().oneOf(Vocabulary::keys(Vocabulary::List::ContributionStatus)),
            field<R>("response", QT_TRANSLATE_NOOP("Field", "Reasoned response"), FieldType::Text, &R::response),
            field<R>("responded_on", QT_TRANSLATE_NOOP("Field", "Responded on"), FieldType::Date, &R::respondedOn),
            field<R>("author_consents", QT_TRANSLATE_NOOP("Field", "Agrees to be named"), FieldType::Boolean, &R::authorConsents).since(3),
        },
        {
            {QStringLiteral("responded_on"), QStringLiteral("after_start"), [](const R &r) {
                 if (r.receivedOn.isValid() && r.respondedOn.isValid() && r.respondedOn < r.receivedOn)
                     return QCoreApplication::translate("Validation", "“%1” (%3) cannot be before “%2” (%4)")
                         .arg(QCoreApplication::translate("Field", "Responded on"), QCoreApplication::translate("Field", "Received on"), shown(r.respondedOn), shown(r.receivedOn));
                 return QString();
             }},
        },
        [](const R &r) { return r.text.left(80); },
    };
    return s;
}

} // namespace forumdesk
