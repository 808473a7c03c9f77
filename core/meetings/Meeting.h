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

    static const EntitySchema<Meeting> &schema();
};

} // namespace forumdesk
