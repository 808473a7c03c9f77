// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/meetings/Decision.h"

#include "core/forum/Vocabulary.h"
#include "core/forum/VocabularyKeys.h"
#include "core/meetings/Quorum.h"

#include <QCoreApplication>

namespace forumdesk {

const EntitySchema<Decision> &Decision::schema()
{
    using R = Decision;
    static const EntitySchema<R> s{
        QStringLiteral("decision"),
        QT_TRANSLATE_NOOP("Entity", "decision"),
        {
            field<R>("meeting_id", QT_TRANSLATE_NOOP("Field", "Meeting"), FieldType::Reference, &R::meetingId).isRequired().refersTo(QStringLiteral("meeting")),
            field<R>("agenda_item_id", QT_TRANSLATE_NOOP("Field", "Agenda item"), FieldType::Reference, &R::agendaItemId).refersTo(QStringLiteral("agenda_item")),
            field<R>("text", QT_TRANSLATE_NOOP("Field", "Decision"), FieldType::Text, &R::text).isRequired().maxChars(5000),
            field<R>("method", QT_TRANSLATE_NOOP("Field", "Method"), FieldType::Enumeration, &R::method).isRequired().oneOf(Vocabulary::keys(Vocabulary::List::DecisionMethod)),
            field<R>("majority", QT_TRANSLATE_NOOP("Field", "Majority required"), FieldType::Enumeration, &R::majority).isRequired().oneOf(Vocabulary::keys(Vocabulary::List::Majority)),
            field<R>("votes_for", QT_TRANSLATE_NOOP("Field", "Votes for"), FieldType::Integer, &R::votesFor).between(0, 1e6),
            field<R>("votes_against", QT_TRANSLATE_NOOP("Field", "Votes against"), FieldType::Integer, &R::votesAgainst).between(0, 1e6),
            field<R>("votes_abstain", QT_TRANSLATE_NOOP("Field", "Abstentions"), FieldType::Integer, &R::votesAbstain).between(0, 1e6),
            field<R>("outcome", QT_TRANSLATE_NOOP("Field", "Outcome"), FieldType::Enumeration, &R::outcome).isRequired().oneOf(Vocabulary::keys(Vocabulary::List::DecisionOutcome)),
            field<R>("approves_plan_id", QT_TRANSLATE_NOOP("Field", "Approves action plan"), FieldType::Reference, &R::approvesPlanId).refersTo(QStringLiteral("action_plan")),
            field<R>("taken_at", QT_TRANSLATE_NOOP("Field", "Taken at"), FieldType::Timestamp, &R::takenAt).since(6),
            field<R>("quorum_present", QT_TRANSLATE_NOOP("Field", "Voting members present when taken"), FieldType::Integer, &R::quorumPresent).between(0, 1e6).since(6),
            field<R>("quorum_required", QT_TRANSLATE_NOOP("Field", "Quorum required when taken"), FieldType::Integer, &R::quorumRequired).between(0, 1e6).since(6),
            field<R>("quorum_met", QT_TRANSLATE_NOOP("Field", "Quorum met when taken"), FieldType::Boolean, &R::quorumMet).since(6),
            field<R>("vote_open", QT_TRANSLATE_NOOP("Field", "Vote still open"), FieldType::Boolean, &R::voteOpen).since(6),
        },
        {
            {QStringLiteral("votes_for"), QStringLiteral("votes_within_present"), [](const R &r, ForumFile &file) {
                 if (r.method != key::DecisionMethod::Vote)
                     return QString();
                 const int cast = r.votesFor + r.votesAgainst + r.votesAbstain;
                 const int present = Quorum::of(file, r.meetingId).presentVoting;
                 if (cast <= present)
                     return QString();
                 return QCoreApplication::translate("Validation", "%n vote(s) counted, but only %1 voting members are present", nullptr, cast)
                     .arg(present);
             }},
        },
        [](const R &r) { return r.text.left(80); },
    };
    return s;
}

} // namespace forumdesk
