// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/commands/MeetingCommands.h"

#include "core/meetings/Agenda.h"
#include "ui/commands/RecordCommand.h"
#include "ui/document/ForumDocument.h"
#include "ui/widgets/PageParts.h"

#include <QCoreApplication>

namespace forumdesk {

QUndoCommand *addMeetingCommand(ForumDocument *document, const Meeting &meeting)
{
    return new RecordCommand<Meeting>(document, std::nullopt, meeting, QCoreApplication::translate("Commands", "Add meeting “%1”").arg(brief(meeting.title)));
}

QUndoCommand *editMeetingCommand(ForumDocument *document, const Meeting &before, const Meeting &after,
                                 const QString &text)
{
    return new RecordCommand<Meeting>(document, before, after, text);
}

QUndoCommand *meetingStatusCommand(ForumDocument *document, const Meeting &before, const Meeting &after)
{
    const QString title = brief(after.title);
    QString text;
    if (after.status == QLatin1String("held"))
        text = QCoreApplication::translate("Commands", "Mark “%1” held").arg(title);
    else if (after.status == QLatin1String("minutes_draft"))
        text = QCoreApplication::translate("Commands", "Start the minutes of “%1”").arg(title);
    else if (after.status == QLatin1String("minutes_approved"))
        text = QCoreApplication::translate("Commands", "Approve the minutes of “%1”").arg(title);
    else if (after.status == QLatin1String("published"))
        text = QCoreApplication::translate("Commands", "Publish the minutes of “%1”").arg(title);
    else if (after.status == QLatin1String("cancelled"))
        text = QCoreApplication::translate("Commands", "Cancel “%1”").arg(title);
    else
        text = QCoreApplication::translate("Commands", "Plan “%1” again").arg(title);
    return new RecordCommand<Meeting>(document, before, after, text);
}

QUndoCommand *editAgendaItemCommand(ForumDocument *document, const AgendaItem &before, const AgendaItem &after)
{
    QString text = QCoreApplication::translate("Commands", "Edit agenda item “%1”").arg(brief(after.title));
    if (before.minutes != after.minutes)
        text = QCoreApplication::translate("Commands", "Edit the minutes of “%1”").arg(brief(after.title));
    return new RecordCommand<AgendaItem>(document, before, after, text);
}

QUndoCommand *markAttendanceCommand(ForumDocument *document, const std::optional<Attendance> &before,
                                    const Attendance &after)
{
    QString text;
    if (after.status == QLatin1String("present"))
        text = QCoreApplication::translate("Commands", "Mark %1 present").arg(after.name);
    else if (after.status == QLatin1String("remote"))
        text = QCoreApplication::translate("Commands", "Mark %1 attending remotely").arg(after.name);
    else if (after.status == QLatin1String("excused"))
        text = QCoreApplication::translate("Commands", "Mark %1 excused").arg(after.name);
    else if (after.status == QLatin1String("absent"))
        text = QCoreApplication::translate("Commands", "Mark %1 absent").arg(after.name);
    else
        text = QCoreApplication::translate("Commands", "Mark %1 represented by %2").arg(after.name, after.representedBy);
    return new RecordCommand<Attendance>(document, before, after, text);
}

QUndoCommand *clearAttendanceCommand(ForumDocument *document, const Attendance &attendance)
{
    return new RecordCommand<Attendance>(document, attendance, std::nullopt,
                                         QCoreApplication::translate("Commands", "Clear the attendance of %1").arg(attendance.name));
}

QUndoCommand *addGuestCommand(ForumDocument *document, const Attendance &guest)
{
    return new RecordCommand<Attendance>(document, std::nullopt, guest, QCoreApplication::translate("Commands", "Add guest %1").arg(guest.name));
}

QUndoCommand *removeGuestCommand(ForumDocument *document, const Attendance &guest)
{
    return new RecordCommand<Attendance>(document, guest, std::nullopt, QCoreApplication::translate("Commands", "Remove guest %1").arg(guest.name));
}

QUndoCommand *addActionItemCommand(ForumDocument *document, const ActionItem &item)
{
    return new RecordCommand<ActionItem>(document, std::nullopt, item, QCoreApplication::translate("Commands", "Add action item “%1”").arg(brief(item.text)));
}

QUndoCommand *editActionItemCommand(ForumDocument *document, const ActionItem &before, const ActionItem &after)
{
    return new RecordCommand<ActionItem>(document, before, after, QCoreApplication::translate("Commands", "Edit action item “%1”").arg(brief(after.text)));
}

QUndoCommand *actionItemStatusCommand(ForumDocument *document, const ActionItem &before, const ActionItem &after)
{
    QString text;
    if (after.status == QLatin1String("done"))
        text = QCoreApplication::translate("Commands", "Mark action item “%1” done").arg(brief(after.text));
    else if (after.status == QLatin1String("cancelled"))
        text = QCoreApplication::translate("Commands", "Cancel action item “%1”").arg(brief(after.text));
    else
        text = QCoreApplication::translate("Commands", "Reopen action item “%1”").arg(brief(after.text));
    return new RecordCommand<ActionItem>(document, before, after, text);
}

QUndoCommand *removeActionItemCommand(ForumDocument *document, const ActionItem &item)
{
    return new RecordCommand<ActionItem>(document, item, std::nullopt, QCoreApplication::translate("Commands", "Remove action item “%1”").arg(brief(item.text)));
}

AgendaItemCommand *AgendaItemCommand::add(ForumDocument *document, const AgendaItem &item, int position)
{
    return new AgendaItemCommand(document, item, position, true, QCoreApplication::translate("Commands", "Add agenda item “%1”").arg(brief(item.title)));
}

AgendaItemCommand *AgendaItemCommand::remove(ForumDocument *document, const AgendaItem &item)
{
    return new AgendaItemCommand(document, item, item.position, false, QCoreApplication::translate("Commands", "Remove agenda item “%1”").arg(brief(item.title)));
}

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
                                             const QString &title)
    : EditCommand(document, to < from ? QCoreApplication::translate("Commands", "Move agenda item “%1” up").arg(brief(title))
                                      : QCoreApplication::translate("Commands", "Move agenda item “%1” down").arg(brief(title))),
      m_meetingId(meetingId), m_from(from), m_to(to)
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

} // namespace forumdesk
