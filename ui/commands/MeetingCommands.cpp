// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/commands/MeetingCommands.h"

#include "core/meetings/Agenda.h"
#include "ui/document/ForumDocument.h"
#include "core/storage/Table.h"

namespace forumdesk {

AgendaItemCommand::AgendaItemCommand(ForumDocument *document, const AgendaItem &item, int position, bool adding,
                                     const QString &text)
    : EditCommand(document, text), m_item(item), m_position(position), m_adding(adding)
{
}

void AgendaItemCommand::insert()
{
    if (m_removal) {
        m_removal->restore(document()->file());
        return;
    }
    Agenda::insert(document()->file(), m_item, m_position); // the first add
}

void AgendaItemCommand::take()
{
    m_removal = AgendaItemRemoval::remove(document()->file(), m_item.id);
}

void AgendaItemCommand::apply()
{
    if (m_adding)
        insert();
    else
        take();
}

void AgendaItemCommand::revert()
{
    if (m_adding)
        take();
    else
        insert();
}

MoveAgendaItemCommand::MoveAgendaItemCommand(ForumDocument *document, qint64 meetingId, int from, int to,
                                             const QString &text)
    : EditCommand(document, text), m_meetingId(meetingId), m_from(from), m_to(to)
{
}

void MoveAgendaItemCommand::apply()
{
    Agenda::move(document()->file(), m_meetingId, m_from, m_to);
}

void MoveAgendaItemCommand::revert()
{
    Agenda::move(document()->file(), m_meetingId, m_to, m_from);
}

DecisionCommand::DecisionCommand(ForumDocument *document, std::optional<DecisionRecord> before,
                                 std::optional<DecisionRecord> after, const QString &text)
    : EditCommand(document, text), m_before(std::move(before)), m_after(std::move(after))
{
}

void DecisionCommand::apply()
{
    ForumFile &file = document()->file();
    if (!m_after)
        m_removal = DecisionRemoval::remove(file, m_before->decision.id);
    else if (!m_before && m_removal)
        m_removal->restore(file); // the redo of an add
    else
        m_after->write(file);
}

void DecisionCommand::revert()
{
    ForumFile &file = document()->file();
    if (!m_before)
        m_removal = DecisionRemoval::remove(file, m_after->decision.id);
    else if (!m_after)
        m_removal->restore(file);
    else
        m_before->write(file);
}

RecordPublicationCommand::RecordPublicationCommand(ForumDocument *document, QList<std::pair<Meeting, Meeting>> changes,
                                                   const QString &text)
    : EditCommand(document, text), m_changes(std::move(changes))
{
}

void RecordPublicationCommand::apply()
{
    Table<Meeting> meetings(document()->file());
    for (const auto &change : std::as_const(m_changes)) {
        Meeting after = change.second;
        meetings.update(after);
    }
}

void RecordPublicationCommand::revert()
{
    Table<Meeting> meetings(document()->file());
    for (const auto &change : std::as_const(m_changes)) {
        Meeting before = change.first;
        meetings.update(before);
    }
}

} // namespace forumdesk
