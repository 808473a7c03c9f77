// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/meetings/DecisionRecord.h"

#include "core/forum/Forum.h"
#include "core/meetings/Majority.h"
#include "core/storage/Database.h"
#include "core/storage/Table.h"

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
    if (decision.method != QLatin1String("vote")) {
        votes.clear();
        decision.votesFor = decision.votesAgainst = decision.votesAbstain = 0;
        return;
    }
    if (votes.isEmpty())
        return;
    decision.votesFor = decision.votesAgainst = decision.votesAbstain = 0;
    for (const Vote &vote : std::as_const(votes)) {
        if (vote.choice == QLatin1String("for"))
            ++decision.votesFor;
        else if (vote.choice == QLatin1String("against"))
            ++decision.votesAgainst;
        else
            ++decision.votesAbstain;
    }
}

QString DecisionRecord::suggestedOutcome() const
{
    if (decision.method != QLatin1String("vote"))
        return QStringLiteral("adopted");
    return Majority::outcome(decision.majority, decision.votesFor, decision.votesAgainst, decision.votesAbstain);
}

void DecisionRecord::write(ForumFile &file)
{
    file.requireWritable();
    Transaction tx(file.database());
    Table<Decision> decisions(file);
    if (decision.id > 0 && decisions.find(decision.id))
        decisions.update(decision);
    else
        decisions.create(decision);
    Table<Vote> voteTable(file);
    for (const Vote &old : voteTable.list(QStringLiteral("decision_id = ?"), {decision.id}))
        voteTable.remove(old.id);
    for (Vote &vote : votes) {
        vote.decisionId = decision.id;
        vote.id = 0; // the old rows are gone; new ids keep nothing stale
        vote.uid.clear();
        voteTable.create(vote);
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
