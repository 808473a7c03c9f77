// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/forum/Forum.h"
#include "core/forum/ForumClock.h"
#include "core/plans/ActionPlan.h"
#include "core/storage/ChangeSet.h"
#include "core/storage/ForumFile.h"

#include <QDateTime>
#include <QList>
#include <QObject>

#include <memory>

class QFileSystemWatcher;
class QTimer;
class QUndoCommand;
class QUndoStack;

namespace forumdesk {

// One open forum in the window: its file, its undo stack and the current action plan. Every edit
// reaches the file through an undoable command pushed here; views listen to changed(), look at the
// kinds of record it names, and reload what shows them.
class ForumDocument : public QObject {
    Q_OBJECT
public:
    explicit ForumDocument(std::unique_ptr<ForumFile> file, QObject *parent = nullptr);
    ~ForumDocument() override;

    ForumFile &file() const { return *m_file; }
    QString path() const { return m_file->path(); }
    bool isReadOnly() const { return m_file->isReadOnly(); }
    QUndoStack *undoStack() const { return m_undoStack; }

    Forum forum() const;
    QList<ActionPlan> plans() const;
    // Today where the forum meets (ForumClock): what every page counts as today.
    QDate today() const { return m_clock.today(); }
    // The plan the Implement, Evaluate... pages work on: the one the user chose, or else the plan
    // in its busiest stage (implementation first), or else the latest.
    qint64 currentPlanId() const { return m_currentPlanId; }
    void setCurrentPlanId(qint64 id);

    // Runs the command and keeps it for undo (unless it failed, which reportFailure() tells).
    void push(QUndoCommand *command);

    // Called by commands with what their transaction wrote.
    void notifyChanged(const ChangeSet &changes);
    void reportFailure(const QString &message);
    // Announces what was written to the file outside a command (tests, imports run elsewhere).
    void notifyWritten();
    // Looks whether someone else changed the file: another Forum Desk (this one reading while it
    // writes), the command line, a sync tool. Runs when the file or its folder changes on disk and,
    // for shared folders that do not tell, every few seconds. Changed records: every view reloads
    // (changedOutside). The path naming another file now (a sync tool replaced it): fileReplaced.
    void checkOutside();
    // Work written through a connection beside this document's own (ForumFile::openBeside, on a
    // worker thread: a merge). While it runs its commits are not taken for someone else's (no
    // reload, the undo stack kept); when it ends they are this document's own, and every view
    // reloads what the file now holds.
    void beginWorkBeside();
    void endWorkBeside();
    bool isWorkingBeside() const { return m_workBeside > 0; }

signals:
    // Emitted once per edit, undo or redo: the records it wrote.
    void changed(const forumdesk::ChangeSet &changes);
    void currentPlanChanged(qint64 id);
    void editFailed(const QString &message);
    // Someone else changed the file; every view has been told to reload.
    void changedOutside();
    // A file came, went or changed in the forum's folder (a sync program's conflict copy, say),
    // told once the folder has settled.
    void folderChanged();
    // The path names another file now (a sync tool put its copy in place); this document still
    // holds the file it opened. Emitted once.
    void fileReplaced();

private:
    void chooseDefaultPlan();
    void watch();
    // The file's size and time as the folder lists them: a cheap look that never blocks on a lock.
    std::pair<qint64, QDateTime> looks() const;

    std::unique_ptr<ForumFile> m_file;
    QUndoStack *m_undoStack;
    qint64 m_currentPlanId = 0;
    ForumClock m_clock; // follows the forum's time zone
    QFileSystemWatcher *m_watcher = nullptr;
    QTimer *m_poll = nullptr;
    std::pair<qint64, QDateTime> m_looks;
    qint64 m_dataVersion = -1; // PRAGMA data_version: changes when another connection commits
    bool m_replaced = false;
    int m_workBeside = 0; // beginWorkBeside() calls not yet ended
};

} // namespace forumdesk
