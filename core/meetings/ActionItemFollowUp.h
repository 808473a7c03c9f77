// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/forum/VocabularyKeys.h"
#include "core/meetings/ActionItem.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>

namespace forumdesk {

class ForumFile;

// An action item with the meeting that agreed it, as the follow-up list shows it.
struct FollowedActionItem : ActionItem {
    QString meetingTitle;
    QDateTime meetingStartsAt;
};

// Action items are followed across meetings until they are closed: done or cancelled, on a date.
class ActionItemFollowUp {
    Q_DECLARE_TR_FUNCTIONS(ActionItemFollowUp)

public:
    // The matters arising at a meeting: items still open from meetings that started before it.
    static QList<ActionItem> mattersArising(ForumFile &file, qint64 meetingId);
    // `item` closed as "done" or "cancelled" on `on` (the forum's today, ForumClock); not written.
    // Throws ValidationError for another status.
    static ActionItem closed(const ActionItem &item, const QString &status, const QDate &on);
    // `item` open again, its closing date cleared.
    static ActionItem reopened(const ActionItem &item);
    static ActionItem close(ForumFile &file, qint64 itemId, const QString &status, const QDate &on = {});
};

// Which action items the follow-up list shows, read a page at a time.
struct ActionItemQuery {
    QString status{key::ActionItemStatus::Open}; // an ActionItemStatus key; empty = any
    qint64 planId = 0;                           // meetings of this plan only; 0 = any
    QDate overdueOn;                             // when valid: only items due before this day
    QString text;                                // in the task or its owner, whatever the case and accents

    qint64 count(ForumFile &file) const;
    QList<FollowedActionItem> fetch(ForumFile &file, qint64 offset, qint64 limit) const;
    QString where(QVariantList &binds) const;
};

} // namespace forumdesk
