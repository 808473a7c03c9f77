// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/forum/Member.h"

#include <QDate>
#include <QList>
#include <QString>

namespace forumdesk {

class ForumFile;

// Which members a list shows, and in what order: the query behind the members table, read a page
// at a time so that a long list never loads whole.
struct MemberQuery {
    enum class SortKey { Name, Organization, Sector, Role, Gender, TermStart, TermEnd, Voting };

    QString sector;     // a Vocabulary::List::Sector key; empty = any
    QString role;       // a Vocabulary::List::Role key; empty = any
    bool activeOnly = false;
    QDate activeOn = QDate::currentDate(); // "active" = the term covers this day (an open end counts); callers give ForumClock's
    QString text;       // matched against name and organization; empty = any
    SortKey sortKey = SortKey::Name;
    bool descending = false;

    qint64 count(ForumFile &file) const;
    QList<Member> fetch(ForumFile &file, qint64 offset, qint64 limit) const;

    // The SQL condition and its values (exposed for the composition summary and tests).
    QString where(QVariantList &binds) const;
    QString orderBy() const;
};

} // namespace forumdesk
