// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/forum/VocabularyKeys.h"
#include "core/storage/EntitySchema.h"
#include "core/storage/Record.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <utility>

namespace forumdesk {

class ForumFile;

// One row of the `meeting` table (schema in core/storage/schema_v1.sql).
struct Meeting : Record {
    qint64 planId = 0;
    QString kind{key::MeetingKind::ForumSession};
    int number = 0;
    QString title;
    QDateTime startsAt;
    QDateTime endsAt;
    QString place;
    QString link;
    QDate noticeSentOn;
    QString status{key::MeetingStatus::Planned};
    qint64 chairMemberId = 0;
    QString chairName;
    qint64 secretaryMemberId = 0;
    QString secretaryName;
    qint64 approvedAtMeetingId = 0;
    QDate publishedOn;
    QString notes;
    // The meeting as it ran (format 6, UTC moments): when the live console began and ended it,
    // and since when it stands paused (invalid: running, or not live).
    QDateTime liveStartedAt;
    QDateTime liveEndedAt;
    QDateTime livePausedAt;

    // Under way in the live console: begun and not yet ended.
    bool isLive() const { return liveStartedAt.isValid() && !liveEndedAt.isValid(); }

    static const EntitySchema<Meeting> &schema();
    // When a new meeting of `kind` is first put: a week after `today`, moved to the next working
    // day (Monday to Friday), at the hour and for the length the forum's last meetings of that
    // kind most often had (10:00 for two hours when there are none yet).
    static std::pair<QDateTime, QDateTime> suggestedTimes(ForumFile &file, const QString &kind, const QDate &today);
};

} // namespace forumdesk
