// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/evaluation/Assessment.h"

#include "core/forum/Vocabulary.h"

#include <QCoreApplication>

namespace forumdesk {

const EntitySchema<Assessment> &Assessment::schema()
{
    using R = Assessment;
    static const EntitySchema<R> s{
        QStringLiteral("assessment"),
        QT_TRANSLATE_NOOP("Entity", "assessment"),
        {
            field<R>("commitment_id", QT_TRANSLATE_NOOP("Field", "Commitment"), FieldType::Reference, &R::commitmentId).isRequired().refersTo(QStringLiteral("commitment")),
            field<R>("source", QT_TRANSLATE_NOOP("Field", "Source"), FieldType::Enumeration, &R::source).isRequired().oneOf(Vocabulary::keys(Vocabulary::List::AssessmentSource)),
            field<R>("assessed_on", QT_TRANSLATE_NOOP("Field", "Assessed on"), FieldType::Date, &R::assessedOn),
            field<R>("verifiable", QT_TRANSLATE_NOOP("Field", "Verifiable"), FieldType::Boolean, &R::verifiable),
            field<R>("relevance_access_information", QT_TRANSLATE_NOOP("Field", "Relevant to access to information"), FieldType::Boolean, &R::relevanceAccessInformation),
            field<R>("relevance_civic_participation", QT_TRANSLATE_NOOP("Field", "Relevant to civic participation"), FieldType::Boolean, &R::relevanceCivicParticipation),
            field<R>("relevance_public_accountability", QT_TRANSLATE_NOOP("Field", "Relevant to public accountability"), FieldType::Boolean, &R::relevancePublicAccountability),
            field<R>("relevance_technology_innovation", QT_TRANSLATE_NOOP("Field", "Relevant to technology and innovation"), FieldType::Boolean, &R::relevanceTechnologyInnovation),
            field<R>("potential_results", QT_TRANSLATE_NOOP("Field", "Potential for results"), FieldType::Enumeration, &R::potentialResults).oneOf(Vocabulary::keys(Vocabulary::List::PotentialResults)),
            field<R>("potential_impact", QT_TRANSLATE_NOOP("Field", "Potential impact"), FieldType::Enumeration, &R::potentialImpact).oneOf(Vocabulary::keys(Vocabulary::List::PotentialImpact)),
            field<R>("completion", QT_TRANSLATE_NOOP("Field", "Completion"), FieldType::Enumeration, &R::completion).oneOf(Vocabulary::keys(Vocabulary::List::Completion)),
            field<R>("opened_government", QT_TRANSLATE_NOOP("Field", "Did it open government?"), FieldType::Enumeration, &R::openedGovernment).oneOf(Vocabulary::keys(Vocabulary::List::OpenedGovernment)),
            field<R>("notes", QT_TRANSLATE_NOOP("Field", "Notes"), FieldType::Text, &R::notes),
        },
        {
        },
        [](const R &r) { return Vocabulary::label(Vocabulary::List::AssessmentSource, r.source); },
    };
    return s;
}

} // namespace forumdesk
