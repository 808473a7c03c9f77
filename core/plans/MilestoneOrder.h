// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/plans/Milestone.h"

#include <QList>

namespace forumdesk {

class ForumFile;

// The numbered milestones of a commitment: positions are always 0..n-1 in the order shown.
class MilestoneOrder {
public:
    static QList<Milestone> of(ForumFile &file, qint64 commitmentId);
    // Moves the milestone at `from` to `to` and renumbers the others, in one transaction.
    static void move(ForumFile &file, qint64 commitmentId, int from, int to);
    // Renumbers 0..n-1 keeping the current order (after a milestone was added or removed).
    static void renumber(ForumFile &file, qint64 commitmentId);

private:
    static void write(ForumFile &file, QList<Milestone> milestones);
};

} // namespace forumdesk
