// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/forum/VocabularyKeys.h"
#include "core/storage/EntitySchema.h"
#include "core/storage/Record.h"

#include <QDateTime>
#include <QString>

namespace forumdesk {

// One row of the `intervention` table (schema in core/storage/schema_v6.sql): one turn to speak
// at a meeting, in the list of speakers until it starts. The speaker's name, organisation, sector
// and gender are kept as they were at the meeting, as attendance keeps them.
struct Intervention : Record {
    qint64 meetingId = 0;
    qint64 agendaItemId = 0;
    qint64 memberId = 0; // 0: a guest
    QString name;
    QString organization;
    QString sector{key::Sector::Other};
    QString gender; // empty: not recorded
    int position = 0;
    int limitSeconds = 0; // 0: no limit
    QDateTime startedAt;  // UTC; invalid: still waiting
    QDateTime endedAt;    // UTC; invalid: still speaking (or waiting)

    bool isWaiting() const { return !startedAt.isValid(); }
    bool isSpeaking() const { return startedAt.isValid() && !endedAt.isValid(); }
    // Seconds spoken by `now` (UTC): up to the end, or to `now` while still speaking.
    qint64 secondsAt(const QDateTime &now) const;

    static const EntitySchema<Intervention> &schema();
};

} // namespace forumdesk
