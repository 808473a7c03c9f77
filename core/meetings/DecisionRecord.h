// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/meetings/Decision.h"
#include "core/meetings/Vote.h"

#include <QList>

namespace forumdesk {

class ForumFile;

// A decision with its named votes (none when only the counts were taken), written together.
struct DecisionRecord {
    Decision decision;
    QList<Vote> votes;

    // A new decision at a meeting: consensus, with the majority the forum's decision rule asks for.
    static DecisionRecord proposed(ForumFile &file, qint64 meetingId);
    static DecisionRecord load(ForumFile &file, qint64 decisionId);
    // The counts taken from the named votes (when there are any), and the outcome the majority
    // gives (Majority::outcome) for a vote; consensus is adopted.
    void tally();
    QString suggestedOutcome() const;
    // Creates or updates the decision and makes its named votes exactly `votes`, in one
    // transaction: a vote with the id of one of the decision's rows updates it, one without is
    // created, rows not among `votes` are removed. A decision or vote that has an id but is not
    // in the file (an undone removal) is created with that id.
    void write(ForumFile &file);
    static void remove(ForumFile &file, qint64 decisionId);
};

} // namespace forumdesk
