// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/meetings/Meeting.h"

#include <QDate>
#include <QList>
#include <QString>

namespace forumdesk {

class ForumFile;

// Which meetings the meetings list shows, and in what order, read a page at a time: upcoming ones
// soonest first, past ones latest first.
struct MeetingQuery {
    enum class When { Upcoming, Past, All };

    When when = When::All;
    QDate today = QDate::currentDate(); // "upcoming" = starting on or after this day; callers give ForumClock's
    QString kind;                       // a MeetingKind key; empty = any
    qint64 planId = 0;                  // 0 = any plan
    QString text;                       // matched against title and place; empty = any

    qint64 count(ForumFile &file) const;
    QList<Meeting> fetch(ForumFile &file, qint64 offset, qint64 limit) const;
    QString where(QVariantList &binds) const;
    QString orderBy() const;
};

} // namespace forumdesk
