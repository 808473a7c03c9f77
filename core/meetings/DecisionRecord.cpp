// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/meetings/DecisionRecord.h"

#include "core/forum/Forum.h"
#include "core/forum/VocabularyKeys.h"
#include "core/forum/ForumClock.h"
#include "core/meetings/LiveMeeting.h"
#include "core/meetings/Majority.h"
#include "core/storage/Database.h"
#include "core/storage/Table.h"

#include <QSet>

#include <algorithm>

namespace forumdesk {

DecisionRecord DecisionRecord::proposed(ForumFile &file, qint64 meetingId)
{
    DecisionRecord record;
    record.decision.meetingId = meetingId;
    if (auto forum = Table<Forum>(file).find(1))
        record.decision.majority = forum->decisionRule;
    return record;
}

DecisionRecord DecisionRecord::load(ForumFile &file, qint64 decisionId)
{
    DecisionRecord record;
    record.decision = Table<Decision>(file).get(decisionId);
    record.votes = Table<Vote>(file).list(QStringLiteral("decision_id = ?"), {decisionId}, QStringLiteral("name COLLATE NAME, id"));
    return record;
}

void DecisionRecord::tally()
{
    if (decision.method != key::DecisionMethod::Vote) {
        votes.clear();
        decision.votesFor = decision.votesAgainst = decision.votesAbstain = 0;
        return;
    }
    if (votes.isEmpty())
        return;
    decision.votesFor = decision.votesAgainst = decision.votesAbstain = 0;
    for (const Vote &vote : std::as_const(votes)) {
        if (vote.choice == key::VoteChoice::For)
            ++decision.votesFor;
        else if (vote.choice == key::VoteChoice::Against)
            ++decision.votesAgainst;
        else
            ++decision.votesAbstain;
    }
}

QString DecisionRecord::suggestedOutcome() const
{
    if (decision.method != key::DecisionMethod::Vote)
        return key::DecisionOutcome::Adopted;
    return Majority::outcome(decision.majority, decision.votesFor, decision.votesAgainst, decision.votesAbstain);
}

void DecisionRecord::write(ForumFile &file)
{
    file.requireWritable();
    Transaction tx(file.database());
    Table<Decision> decisions(file);
    if (decision.id > 0 && decisions.find(decision.id)) {
        decisions.update(decision);
    } else {
        // Taken during a live meeting: the moment and the quorum in the room then (a decision
        // brought back by an undo, which has its id, keeps what it had).
        if (!decision.voteOpen && decision.id <= 0)
            LiveMeeting::stampDecision(file, decision, ForumClock::of(file).now());
        decisions.create(decision);
    }
    // A vote keeps its row (id and uid) while it stays: an edit changes it in place, an undo
    // brings a removed one back as it was, and a merge of copies sees one vote, not two.
    Table<Vote> voteTable(file);
    const QList<Vote> stored = voteTable.list(QStringLiteral("decision_id = ?"), {decision.id});
    QSet<qint64> kept;
    for (const Vote &vote : std::as_const(votes))
        kept.insert(vote.id);
    for (const Vote &old : stored)
        if (!kept.contains(old.id))
            voteTable.remove(old.id);
    for (Vote &vote : votes) {
        const auto same = std::find_if(stored.begin(), stored.end(), [&](const Vote &v) { return v.id == vote.id; });
        const bool ours = same != stored.end();
        if (vote.id > 0 && !ours && voteTable.find(vote.id)) { // another decision's vote: a copy, not a move
            vote.id = 0;
            vote.uid.clear();
        }
        vote.decisionId = decision.id;
        if (!ours)
            voteTable.create(vote); // an id it has (an undone removal) is kept
        else if (same->memberId != vote.memberId || same->name != vote.name || same->choice != vote.choice)
            voteTable.update(vote);
    }
    tx.commit();
}

void DecisionRecord::remove(ForumFile &file, qint64 decisionId)
{
    file.requireWritable();
    Transaction tx(file.database());
    Table<Vote> votes(file);
    for (const Vote &vote : votes.list(QStringLiteral("decision_id = ?"), {decisionId}))
        votes.remove(vote.id);
    Table<Decision>(file).remove(decisionId);
    tx.commit();
}

} // namespace forumdesk
