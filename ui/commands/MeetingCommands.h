// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/meetings/ActionItem.h"
#include "core/meetings/AgendaItem.h"
#include "core/meetings/AgendaItemRemoval.h"
#include "core/meetings/Attendance.h"
#include "core/meetings/DecisionRecord.h"
#include "core/meetings/DecisionRemoval.h"
#include "core/meetings/Meeting.h"
#include "ui/commands/EditCommand.h"

#include <QList>

#include <optional>


namespace forumdesk {

class ForumDocument;

// Adds an agenda item at a position, or (with `remove`) takes one out; the others are renumbered.
// Undo and redo of a removal: AgendaItemRemoval.
class AgendaItemCommand : public EditCommand {
public:
    // `adding`: inserts `item` at `position`; otherwise takes it out.
    AgendaItemCommand(ForumDocument *document, const AgendaItem &item, int position, bool adding, const QString &text);
    qint64 itemId() const { return m_item.id; }

protected:
    void apply() override;
    void revert() override;

private:
    void insert();
    void take();

    AgendaItem m_item; // with its id once added
    int m_position;
    bool m_adding;
    std::optional<AgendaItemRemoval> m_removal; // the last time it was taken out
};

// Moves an agenda item from one position to another.
class MoveAgendaItemCommand : public EditCommand {
public:
    MoveAgendaItemCommand(ForumDocument *document, qint64 meetingId, int from, int to, const QString &text);

protected:
    void apply() override;
    void revert() override;

private:
    qint64 m_meetingId;
    int m_from;
    int m_to;
};

// Adds, edits or removes a decision with its named votes, which keep their ids and uids through
// undo and redo. Undo and redo of a removal: DecisionRemoval.
class DecisionCommand : public EditCommand {
public:
    DecisionCommand(ForumDocument *document, std::optional<DecisionRecord> before,
                    std::optional<DecisionRecord> after, const QString &text);
    const std::optional<DecisionRecord> &after() const { return m_after; }

protected:
    void apply() override;
    void revert() override;

private:
    std::optional<DecisionRecord> m_before;
    std::optional<DecisionRecord> m_after; // with its ids once written
    std::optional<DecisionRemoval> m_removal; // the last time it was removed
};

// Records, in one step, that the minutes of several meetings were published (the website shows
// them): each meeting's before and after.
class RecordPublicationCommand : public EditCommand {
public:
    RecordPublicationCommand(ForumDocument *document, QList<std::pair<Meeting, Meeting>> changes, const QString &text);

protected:
    void apply() override;
    void revert() override;

private:
    QList<std::pair<Meeting, Meeting>> m_changes;
};

} // namespace forumdesk
