// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/commands/EvaluationCommands.h"

#include "ui/document/ForumDocument.h"
#include "core/learning/LessonsCarried.h"
#include "core/learning/PracticeLibrary.h"

namespace forumdesk {

CitePracticesCommand::CitePracticesCommand(ForumDocument *document, qint64 commitmentId, QStringList before,
                                           QStringList after, const QString &text)
    : EditCommand(document, text), m_commitmentId(commitmentId), m_before(std::move(before)), m_after(std::move(after))
{
}

// The rows on each side are kept, so that undo and redo bring back the same citations (ids and
// uids), not new ones.
void CitePracticesCommand::apply()
{
    ForumFile &file = document()->file();
    m_rowsBefore = PracticeLibrary::citationRows(file, m_commitmentId);
    PracticeLibrary::setCitations(file, m_commitmentId, m_after, m_rowsAfter);
    m_rowsAfter = PracticeLibrary::citationRows(file, m_commitmentId);
}

void CitePracticesCommand::revert()
{
    PracticeLibrary::setCitations(document()->file(), m_commitmentId, m_before, m_rowsBefore);
}

CarryLessonCommand::CarryLessonCommand(ForumDocument *document, const Lesson &lesson, qint64 intoPlanId,
                                       const QString &text)
    : EditCommand(document, text), m_lessonId(lesson.id), m_before(lesson.carriedIntoPlanId), m_after(intoPlanId)
{
}

void CarryLessonCommand::carry(qint64 planId)
{
    if (planId > 0)
        LessonsCarried::carry(document()->file(), m_lessonId, planId);
    else
        LessonsCarried::takeBack(document()->file(), m_lessonId);
}

void CarryLessonCommand::apply()
{
    carry(m_after);
}

void CarryLessonCommand::revert()
{
    carry(m_before);
}

} // namespace forumdesk
