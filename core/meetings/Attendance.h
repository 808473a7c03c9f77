// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/forum/VocabularyKeys.h"
#include "core/storage/EntitySchema.h"
#include "core/storage/Record.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>

namespace forumdesk {

struct Member;

// One row of the `attendance` table (schema in core/storage/schema_v1.sql).
struct Attendance : Record {
    qint64 meetingId = 0;
    qint64 memberId = 0;
    QString name;
    QString organization;
    QString sector{key::Sector::Other};
    QString status{key::AttendanceStatus::Present};
    QString representedBy;
    bool guest = false;
    // The seat a member held at the meeting (format 5): their role and whether they voted, as the
    // member's record said when the attendance was taken. Empty role: a guest, or not known.
    QString role;
    bool voting = false;
    // When they arrived and left, taken live (format 6, UTC moments); invalid: not recorded.
    QDateTime arrivedAt;
    QDateTime leftAt;

    // Takes `member`'s name, organisation, sector, role and vote as they are now.
    void seat(const Member &member);
    // Whether the member had a vote at the meeting: the seat kept with the attendance, or, for a
    // row taken without one, what `today`'s record of the member says.
    bool hadVote(const Member &today) const;

    static const EntitySchema<Attendance> &schema();
};

} // namespace forumdesk
