// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace forumdesk {

// The outcome of a vote under the majority the forum's rule asks for. Abstentions are not votes
// cast: a simple majority is more for than against; two-thirds is at least two thirds of the
// votes cast; consensus is adoption with no one against.
class Majority {
public:
    // Returns "adopted" or "rejected".
    static QString outcome(const QString &majority, int votesFor, int votesAgainst, int votesAbstain);
};

} // namespace forumdesk
