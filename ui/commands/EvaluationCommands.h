// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/commands/EditCommand.h"
#include "core/learning/PracticeCitation.h"
#include "core/evaluation/Assessment.h"
#include "core/learning/Lesson.h"

#include <QStringList>

#include <optional>


namespace forumdesk {

class ForumDocument;

// Makes a commitment cite exactly these practices of the reference library
// (PracticeLibrary::setCitations); undo restores the ones it cited before.
class CitePracticesCommand : public EditCommand {
public:
    CitePracticesCommand(ForumDocument *document, qint64 commitmentId, QStringList before, QStringList after,
                         const QString &text);

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
    CarryLessonCommand(ForumDocument *document, const Lesson &lesson, qint64 intoPlanId, const QString &text);

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
