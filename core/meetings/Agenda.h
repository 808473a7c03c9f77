// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/meetings/AgendaItem.h"
#include "core/meetings/Meeting.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QStringList>

namespace forumdesk {

class ForumFile;

// A meeting's agenda as an ordered list: positions always run 0..n-1, so inserting, removing and
// moving an item renumbers the others in the same transaction.
class Agenda {
    Q_DECLARE_TR_FUNCTIONS(Agenda)

public:
    static QList<AgendaItem> of(ForumFile &file, qint64 meetingId);
    // Inserts `item` at `position` (at the end when out of range), shifting later items down.
    // An item that has an id (a removal being undone) keeps it. Returns the new id.
    static qint64 insert(ForumFile &file, AgendaItem &item, int position = -1);
    // Removes an item and closes the gap; returns the item as it was.
    static AgendaItem remove(ForumFile &file, qint64 itemId);
    // Moves the item at `from` to `to` (both 0-based positions within the meeting).
    static void move(ForumFile &file, qint64 meetingId, int from, int to);
    // Puts positions back to 0..n-1 in their present order (files written by other tools).
    static void renumber(ForumFile &file, qint64 meetingId);
    // When each item is expected to start, from the meeting's start and the durations before it;
    // one more entry at the end: the expected end of the agenda.
    static QList<QDateTime> expectedTimes(const Meeting &meeting, const QList<AgendaItem> &items);
    // Why `presenter` looks wrong for the meeting, or empty: once attendance is taken, recorded as
    // absent or excused, or not on the list at all; before, neither a member of the forum nor one
    // of its guests. The name is what comes before " — " ("Ana Pérez — Ministerio de Salud").
    static QString presenterProblem(ForumFile &file, const Meeting &meeting, const QString &presenter);
    // presenterProblem() for each item of an agenda, reading the meeting's attendance once.
    static QStringList presenterProblems(ForumFile &file, const Meeting &meeting, const QList<AgendaItem> &items);
};

} // namespace forumdesk
