// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/meetings/Intervention.h"

#include "core/forum/Forum.h"
#include "core/meetings/ActionItem.h"
#include "core/meetings/AgendaItem.h"
#include "core/meetings/Attendance.h"
#include "core/meetings/Decision.h"
#include "core/meetings/Meeting.h"
#include "core/meetings/Quorum.h"
#include "core/meetings/Vote.h"

#include <QList>
#include <QMap>
#include <optional>

namespace forumdesk {

class ForumFile;

// Everything about one meeting that its notice, minutes and invitation show, read in one go.
struct MeetingDossier {
    Forum forum;
    Meeting meeting;
    QDate today;                           // in the forum's time zone, when the dossier was read
    QList<AgendaItem> agenda;              // by position
    QList<Attendance> attendance;          // by sector, then name
    QList<Decision> decisions;             // in the order taken
    QMap<qint64, QList<Vote>> votes;       // named votes by decision id
    QList<ActionItem> actions;             // agreed at this meeting
    QList<ActionItem> mattersArising;      // still open from earlier meetings
    QuorumStatus quorum;
    std::optional<Meeting> nextMeeting;    // the next one planned or held after this
    std::optional<Meeting> approvedAt;     // the meeting that approved these minutes
    QMap<qint64, QString> commitmentTitles; // for agenda items about a commitment: "3. Title"
    QMap<qint64, QString> memberRoles;      // role key (Vocabulary Role) of each member who attended
    QList<Intervention> interventions;      // turns taken live (format 6), in the order spoken

    static MeetingDossier load(ForumFile &file, qint64 meetingId);
};

} // namespace forumdesk
