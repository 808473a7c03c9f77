// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/document/ForumDocument.h"

#include "core/forum/VocabularyKeys.h"
#include "core/storage/Database.h"
#include "core/storage/Table.h"

#include <QUndoStack>

namespace forumdesk {

ForumDocument::ForumDocument(std::unique_ptr<ForumFile> file, QObject *parent)
    : QObject(parent), m_file(std::move(file)), m_undoStack(new QUndoStack(this)), m_clock(ForumClock::of(*m_file))
{
    chooseDefaultPlan();
}

ForumDocument::~ForumDocument()
{
    // The commands refer to this document: drop them before the file goes.
    delete m_undoStack;
}

Forum ForumDocument::forum() const
{
    if (auto forum = Table<Forum>(*m_file).find(1))
        return *forum;
    return Forum();
}

QList<ActionPlan> ForumDocument::plans() const
{
    return Table<ActionPlan>(*m_file).list({}, {}, QStringLiteral("period_start DESC, id DESC"));
}

void ForumDocument::chooseDefaultPlan()
{
    const QList<ActionPlan> all = plans();
    m_currentPlanId = 0;
    for (const QLatin1StringView stage :
         {key::PlanStage::Implement, key::PlanStage::CoCreate, key::PlanStage::Evaluate, key::PlanStage::Learn}) {
        for (const ActionPlan &plan : all) {
            if (plan.stage == stage) {
                m_currentPlanId = plan.id;
                return;
            }
        }
    }
    if (!all.isEmpty())
        m_currentPlanId = all.first().id;
}

void ForumDocument::setCurrentPlanId(qint64 id)
{
    if (id == m_currentPlanId)
        return;
    m_currentPlanId = id;
    emit currentPlanChanged(id);
}

void ForumDocument::push(QUndoCommand *command)
{
    m_undoStack->push(command);
}

void ForumDocument::notifyWritten()
{
    notifyChanged(m_file->database().takeWritten());
}

void ForumDocument::notifyChanged(const ChangeSet &changes)
{
    if (changes.isEmpty())
        return;
    if (changes.touches(RecordKind::Forum))
        m_clock = ForumClock::of(*m_file);
    if (changes.touches(RecordKind::ActionPlan)) {
        const QList<ActionPlan> all = plans();
        const bool stillThere = std::any_of(all.begin(), all.end(),
                                            [&](const ActionPlan &p) { return p.id == m_currentPlanId; });
        if (!stillThere) {
            chooseDefaultPlan();
            emit currentPlanChanged(m_currentPlanId);
        }
    }
    emit changed(changes);
}

void ForumDocument::reportFailure(const QString &message)
{
    emit editFailed(message);
}

} // namespace forumdesk
