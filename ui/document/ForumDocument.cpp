// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/document/ForumDocument.h"

#include "core/forum/VocabularyKeys.h"
#include "core/storage/Database.h"
#include "core/storage/Table.h"

#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QTimer>
#include <QUndoStack>

namespace forumdesk {

ForumDocument::ForumDocument(std::unique_ptr<ForumFile> file, QObject *parent)
    : QObject(parent), m_file(std::move(file)), m_undoStack(new QUndoStack(this)), m_clock(ForumClock::of(*m_file))
{
    chooseDefaultPlan();
    watch();
}

void ForumDocument::watch()
{
    m_dataVersion = m_file->database().scalar(QStringLiteral("PRAGMA data_version")).toLongLong();
    m_looks = looks();
    // The folder too: a sync tool replaces a file by renaming its download over it.
    m_watcher = new QFileSystemWatcher(this);
    m_watcher->addPath(m_file->path());
    m_watcher->addPath(QFileInfo(m_file->path()).absolutePath());
    const auto lookAgain = [this](bool folder) {
        // A writer's commit, or a sync program's copy, touches the folder several times: look once
        // it is done.
        QTimer::singleShot(300, this, [this, folder] {
            if (m_watcher && !m_watcher->files().contains(m_file->path()) && QFileInfo::exists(m_file->path()))
                m_watcher->addPath(m_file->path()); // the watch ends with the file it watched
            checkOutside();
            if (folder)
                emit folderChanged();
        });
    };
    connect(m_watcher, &QFileSystemWatcher::fileChanged, this, [lookAgain] { lookAgain(false); });
    connect(m_watcher, &QFileSystemWatcher::directoryChanged, this, [lookAgain] { lookAgain(true); });
    // Network folders do not report changes: a look at the file's size and time every few seconds.
    m_poll = new QTimer(this);
    m_poll->setInterval(3000);
    connect(m_poll, &QTimer::timeout, this, [this] {
        if (looks() != m_looks)
            checkOutside();
    });
    m_poll->start();
}

std::pair<qint64, QDateTime> ForumDocument::looks() const
{
    const QFileInfo info(m_file->path());
    return {info.size(), info.lastModified()};
}

void ForumDocument::beginWorkBeside()
{
    ++m_workBeside;
}

void ForumDocument::endWorkBeside()
{
    if (m_workBeside == 0 || --m_workBeside > 0)
        return;
    try {
        m_dataVersion = m_file->database().scalar(QStringLiteral("PRAGMA data_version")).toLongLong();
    } catch (const StorageError &) {
        // Busy for a moment: the next look finds a new version and reloads as for an outside change.
    }
    m_looks = looks();
    notifyChanged(ChangeSet::everything());
    checkOutside(); // the file replaced meanwhile is still told
}

void ForumDocument::checkOutside()
{
    if (m_replaced || m_workBeside > 0)
        return;
    m_looks = looks();
    Database &db = m_file->database();
    if (db.fileHasMoved()) {
        m_replaced = true;
        m_poll->stop();
        emit fileReplaced();
        return;
    }
    qint64 version = m_dataVersion;
    try {
        version = db.scalar(QStringLiteral("PRAGMA data_version")).toLongLong();
    } catch (const StorageError &) {
        return; // busy or gone for a moment: the next look tells
    }
    if (version == m_dataVersion)
        return;
    m_dataVersion = version;
    // What an undo would give back may no longer be what the file holds.
    if (!isReadOnly())
        m_undoStack->clear();
    notifyChanged(ChangeSet::everything());
    emit changedOutside();
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
