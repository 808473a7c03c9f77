// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/commands/EditCommand.h"
#include "core/learning/PracticeCitation.h"
#include "core/evaluation/Assessment.h"
#include "core/learning/Lesson.h"

#include <QStringList>

#include <optional>

class QUndoCommand;

namespace forumdesk {

class ForumDocument;

// The evaluation and learning edits, with the texts the Edit menu shows ("Assess “Open
// contracting” (IRM)"). An assessment not made yet is created by its first edit; undo removes it.
QUndoCommand *assessmentCommand(ForumDocument *document, const std::optional<Assessment> &before,
                                const Assessment &after, const QString &commitmentTitle);
QUndoCommand *addLessonCommand(ForumDocument *document, const Lesson &lesson);
QUndoCommand *editLessonCommand(ForumDocument *document, const Lesson &before, const Lesson &after);
QUndoCommand *removeLessonCommand(ForumDocument *document, const Lesson &lesson);

// Makes a commitment cite exactly these practices of the reference library
// (PracticeLibrary::setCitations); undo restores the ones it cited before.
class CitePracticesCommand : public EditCommand {
public:
    CitePracticesCommand(ForumDocument *document, qint64 commitmentId, QStringList before, QStringList after,
                         const QString &commitmentTitle);

protected:
    void apply() override;
    void revert() override;

private:
    qint64 m_commitmentId;
    QStringList m_before;
    QStringList m_after;
    QList<PracticeCitation> m_rowsBefore;
    QList<PracticeCitation> m_rowsAfter;
};

// Carries a lesson into a later plan, where it joins the co-creation inputs
// (LessonsCarried::carry), or takes it back when `intoPlanId` is 0; undo restores where it was.
class CarryLessonCommand : public EditCommand {
public:
    CarryLessonCommand(ForumDocument *document, const Lesson &lesson, qint64 intoPlanId, const QString &planTitle);

protected:
    void apply() override;
    void revert() override;

private:
    void carry(qint64 planId);

    qint64 m_lessonId;
    qint64 m_before;
    qint64 m_after;
};

} // namespace forumdesk
