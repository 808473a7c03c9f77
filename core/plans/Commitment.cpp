// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/plans/Commitment.h"

#include "core/forum/Vocabulary.h"

#include <QCoreApplication>

namespace forumdesk {

const EntitySchema<Commitment> &Commitment::schema()
{
    using R = Commitment;
    static const EntitySchema<R> s{
        QStringLiteral("commitment"),
        QT_TRANSLATE_NOOP("Entity", "commitment"),
        {
            field<R>("plan_id", QT_TRANSLATE_NOOP("Field", "Action plan"), FieldType::Reference, &R::planId).isRequired().refersTo(QStringLiteral("action_plan")),
            field<R>("number", QT_TRANSLATE_NOOP("Field", "Number"), FieldType::Text, &R::number).isRequired().maxChars(20),
            field<R>("title", QT_TRANSLATE_NOOP("Field", "Title"), FieldType::Text, &R::title).isRequired().maxChars(300),
            field<R>("start_on", QT_TRANSLATE_NOOP("Field", "Start"), FieldType::Date, &R::startOn),
            field<R>("end_on", QT_TRANSLATE_NOOP("Field", "End"), FieldType::Date, &R::endOn),
            field<R>("lead_agency", QT_TRANSLATE_NOOP("Field", "Lead implementing agency"), FieldType::Text, &R::leadAgency),
            field<R>("supporting_government", QT_TRANSLATE_NOOP("Field", "Supporting actors (government)"), FieldType::Text, &R::supportingGovernment),
            field<R>("supporting_other", QT_TRANSLATE_NOOP("Field", "Supporting actors (civil society, private sector, others)"), FieldType::Text, &R::supportingOther),
            field<R>("problem", QT_TRANSLATE_NOOP("Field", "Public problem"), FieldType::Text, &R::problem),
            field<R>("status_quo", QT_TRANSLATE_NOOP("Field", "Status quo"), FieldType::Text, &R::statusQuo),
            field<R>("description", QT_TRANSLATE_NOOP("Field", "Commitment description"), FieldType::Text, &R::description),
            field<R>("solution", QT_TRANSLATE_NOOP("Field", "How it solves the problem"), FieldType::Text, &R::solution),
            field<R>("value_access_information", QT_TRANSLATE_NOOP("Field", "Access to information"), FieldType::Boolean, &R::valueAccessInformation),
            field<R>("value_civic_participation", QT_TRANSLATE_NOOP("Field", "Civic participation"), FieldType::Boolean, &R::valueCivicParticipation),
            field<R>("value_public_accountability", QT_TRANSLATE_NOOP("Field", "Public accountability"), FieldType::Boolean, &R::valuePublicAccountability),
            field<R>("value_technology_innovation", QT_TRANSLATE_NOOP("Field", "Technology and innovation"), FieldType::Boolean, &R::valueTechnologyInnovation),
            field<R>("budget", QT_TRANSLATE_NOOP("Field", "Budget"), FieldType::Text, &R::budget),
            field<R>("links_other_plans", QT_TRANSLATE_NOOP("Field", "Links to other plans and the SDGs"), FieldType::Text, &R::linksOtherPlans),
            field<R>("frontiers", QT_TRANSLATE_NOOP("Field", "Frontiers"), FieldType::KeyList, &R::frontiers).oneOf(Vocabulary::keys(Vocabulary::List::Frontier)),
            field<R>("themes", QT_TRANSLATE_NOOP("Field", "Themes"), FieldType::KeyList, &R::themes),
            field<R>("completion_level", QT_TRANSLATE_NOOP("Field", "Completion level"), FieldType::Enumeration, &R::completionLevel).oneOf(Vocabulary::keys(Vocabulary::List::Completion)),
            field<R>("completion_reason", QT_TRANSLATE_NOOP("Field", "Reason for the completion level"), FieldType::Text, &R::completionReason),
            field<R>("brief_description", QT_TRANSLATE_NOOP("Field", "Brief description"), FieldType::Text, &R::briefDescription).maxChars(kBriefDescriptionChars).since(3),
            field<R>("causes", QT_TRANSLATE_NOOP("Field", "Causes of the problem"), FieldType::Text, &R::causes).since(3),
            field<R>("expected_results", QT_TRANSLATE_NOOP("Field", "Expected results"), FieldType::Text, &R::expectedResults).since(3),
            field<R>("advances_transparency", QT_TRANSLATE_NOOP("Field", "How it promotes transparency"), FieldType::Text, &R::advancesTransparency).since(3),
            field<R>("advances_accountability", QT_TRANSLATE_NOOP("Field", "How it fosters accountability"), FieldType::Text, &R::advancesAccountability).since(3),
            field<R>("advances_participation", QT_TRANSLATE_NOOP("Field", "How it improves citizen participation"), FieldType::Text, &R::advancesParticipation).since(3),
            field<R>("contact_name", QT_TRANSLATE_NOOP("Field", "Contact person"), FieldType::Text, &R::contactName).since(3),
            field<R>("contact_title", QT_TRANSLATE_NOOP("Field", "Contact's title and department"), FieldType::Text, &R::contactTitle).since(3),
            field<R>("contact_email", QT_TRANSLATE_NOOP("Field", "Contact's e-mail"), FieldType::Text, &R::contactEmail).since(3),
            field<R>("contact_phone", QT_TRANSLATE_NOOP("Field", "Contact's phone"), FieldType::Text, &R::contactPhone).since(3),
            field<R>("policy_areas", QT_TRANSLATE_NOOP("Field", "Policy areas"), FieldType::KeyList, &R::policyAreas).oneOf(Vocabulary::keys(Vocabulary::List::PolicyArea)).since(3),
        },
        {
            {QStringLiteral("end_on"), QStringLiteral("after_start"), [](const R &r) {
                 if (r.startOn.isValid() && r.endOn.isValid() && r.endOn < r.startOn)
                     return QCoreApplication::translate("Validation", "“%1” (%3) cannot be before “%2” (%4)")
                         .arg(QCoreApplication::translate("Field", "End"), QCoreApplication::translate("Field", "Start"), shown(r.endOn), shown(r.startOn));
                 return QString();
             }},
        },
        [](const R &r) { return r.number + QStringLiteral(" ") + r.title; },
    };
    return s;
}

} // namespace forumdesk
