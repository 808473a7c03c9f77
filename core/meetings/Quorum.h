// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDateTime>
#include <QMap>
#include <QString>

namespace forumdesk {

class ForumFile;

// Whether a meeting has its quorum, by the forum's rule (forum.quorum_percent of the voting
// members whose term covers the meeting's date, and, where the rule asks for it, at least one
// government and one civil-society member among them). Members represented by their alternate
// count as present.
struct QuorumStatus {
    int votingMembers = 0;   // the members the quorum is counted on
    int presentVoting = 0;   // of those, present, remote or represented
    int required = 0;
    bool bothSectorsRequired = false;
    bool governmentPresent = false;
    bool civilSocietyPresent = false;
    bool met = false;
    QMap<QString, int> presentBySector; // everyone present, guests included: the room's balance
};

class Quorum {
public:
    // `at` valid (a UTC moment of a live meeting): only those in the room then count, by the
    // arrivals and departures recorded (format 6); a row with no arrival time counts from the start.
    static QuorumStatus of(ForumFile &file, qint64 meetingId, const QDateTime &at = {});
    // The members needed: at least `percent` percent of `votingMembers`, and never fewer than one.
    static int required(int votingMembers, int percent);
};

} // namespace forumdesk
