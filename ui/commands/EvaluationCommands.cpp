// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/commands/EvaluationCommands.h"

#include "ui/document/ForumDocument.h"
#include "ui/commands/RecordCommand.h"
#include "core/learning/LessonsCarried.h"
#include "core/learning/PracticeLibrary.h"
#include "ui/widgets/PageParts.h"

#include <QCoreApplication>

namespace forumdesk {

QUndoCommand *assessmentCommand(ForumDocument *document, const std::optional<Assessment> &before,
                                const Assessment &after, const QString &commitmentTitle)
{
    const QString text = after.source == QLatin1String("irm")
        ? QCoreApplication::translate("Commands", "Record the IRM's assessment of “%1”").arg(brief(commitmentTitle))
        : QCoreApplication::translate("Commands", "Self-assess “%1”").arg(brief(commitmentTitle));
    return new RecordCommand<Assessment>(document, before, after, text);
}

QUndoCommand *addLessonCommand(ForumDocument *document, const Lesson &lesson)
{
    return new RecordCommand<Lesson>(document, std::nullopt, lesson,
                                     QCoreApplication::translate("Commands", "Add lesson “%1”").arg(brief(lesson.text)));
}

QUndoCommand *editLessonCommand(ForumDocument *document, const Lesson &before, const Lesson &after)
{
    return new RecordCommand<Lesson>(document, before, after,
                                     QCoreApplication::translate("Commands", "Edit lesson “%1”").arg(brief(after.text)));
}

QUndoCommand *removeLessonCommand(ForumDocument *document, const Lesson &lesson)
{
    return new RecordCommand<Lesson>(document, lesson, std::nullopt,
                                     QCoreApplication::translate("Commands", "Remove lesson “%1”").arg(brief(lesson.text)));
}

CitePracticesCommand::CitePracticesCommand(ForumDocument *document, qint64 commitmentId, QStringList before,
                                           QStringList after, const QString &commitmentTitle)
    : EditCommand(document, QCoreApplication::translate("Commands", "Cite practices in “%1”").arg(brief(commitmentTitle))),
      m_commitmentId(commitmentId), m_before(std::move(before)), m_after(std::move(after))
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
                                       const QString &planTitle)
    : EditCommand(document, intoPlanId > 0
                                ? QCoreApplication::translate("Commands", "Carry lesson “%1” into “%2”").arg(brief(lesson.text), brief(planTitle))
                                : QCoreApplication::translate("Commands", "Take back lesson “%1”").arg(brief(lesson.text))),
      m_lessonId(lesson.id), m_before(lesson.carriedIntoPlanId), m_after(intoPlanId)
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
