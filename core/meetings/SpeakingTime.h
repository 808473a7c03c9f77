// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/meetings/Intervention.h"

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>

namespace forumdesk {

class ForumFile;

// Who had the floor, and for how long: the seconds spoken, summed per sector, per gender and per
// speaker, over one item, one meeting or every meeting of a plan. Whether civil society gets the
// floor as much as government is the question an OGP forum asks of it.
struct SpeakingTime {
    struct Share {
        qint64 seconds = 0;
        int turns = 0;
    };
    struct Speaker {
        qint64 memberId = 0;
        QString name;
        QString sector;
        QString gender;
        Share share;
    };
    Share total;
    QMap<QString, Share> bySector; // sector key -> time
    QMap<QString, Share> byGender; // gender key -> time; "" for not recorded
    QList<Speaker> speakers;       // most time first
    int meetings = 0;              // meetings with at least one intervention

    bool isEmpty() const { return total.turns == 0; }
    // The sector's (or gender's) part of the whole, 0 to 1.
    double sectorShare(const QString &sector) const;

    // From interventions already read (the live console): `itemId` 0 for all of them; a turn
    // still under way counts up to `now`.
    static SpeakingTime of(const QList<Intervention> &interventions, qint64 itemId, const QDateTime &now);
    // Of one meeting (`itemId` 0) or one of its items, summed in the database; turns under way
    // are left out.
    static SpeakingTime ofMeeting(ForumFile &file, qint64 meetingId, qint64 itemId = 0);
    // Over every meeting of a plan (`planId` 0: every meeting of the forum).
    static SpeakingTime ofPlan(ForumFile &file, qint64 planId);
};

} // namespace forumdesk
