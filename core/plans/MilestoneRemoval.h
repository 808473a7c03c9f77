// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/implementation/ProgressUpdate.h"
#include "core/plans/Milestone.h"

#include <QList>

namespace forumdesk {

class ForumFile;

// Removing a milestone takes its progress updates with it (the file cascades) and numbers the
// commitment's other milestones 0..n-1 again. A removal keeps the milestone and its history, so
// that undoing it puts them back with the same ids and uids, in the milestone's old place.
class MilestoneRemoval {
public:
    // Removes the milestone `id` in one transaction and returns what undo needs.
    static MilestoneRemoval remove(ForumFile &file, qint64 id);
    // Puts the milestone back in its place with its history, in one transaction.
    void restore(ForumFile &file) const;

    const Milestone &milestone() const { return m_milestone; }

private:
    Milestone m_milestone;
    QList<ProgressUpdate> m_updates;
};

} // namespace forumdesk
