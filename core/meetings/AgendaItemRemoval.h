// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/meetings/AgendaItem.h"
#include "core/storage/References.h"

namespace forumdesk {

class ForumFile;

// Removing an agenda item closes the gap in its meeting's agenda (Agenda::remove); the decisions
// taken on it stay in the minutes and name no item (the file empties their link). A removal keeps
// the item and those decisions, so that undoing it puts the item back in its place with the same
// id and uid and links the decisions to it again.
class AgendaItemRemoval {
public:
    // Removes the item `id` in one transaction and returns what undo needs.
    static AgendaItemRemoval remove(ForumFile &file, qint64 id);
    // Puts the item back at its position and relinks its decisions, in one transaction.
    void restore(ForumFile &file) const;

    const AgendaItem &item() const { return m_item; }

private:
    AgendaItem m_item;
    References m_decisions;
};

} // namespace forumdesk
