// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/meetings/DecisionRecord.h"
#include "core/storage/References.h"

namespace forumdesk {

class ForumFile;

// Removing a decision takes its named votes with it; the action items agreed with it stay and
// name no decision (the file empties their link). A removal keeps the decision, its votes and
// those action items, so that undoing it puts the decision and votes back with the same ids and
// uids and links the action items to it again.
class DecisionRemoval {
public:
    // Removes the decision `id` in one transaction and returns what undo needs.
    static DecisionRemoval remove(ForumFile &file, qint64 id);
    // Puts the decision, its votes and its action items' links back, in one transaction.
    void restore(ForumFile &file) const;

    const DecisionRecord &record() const { return m_record; }

private:
    DecisionRecord m_record;
    References m_actionItems;
};

} // namespace forumdesk
