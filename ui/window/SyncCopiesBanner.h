// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/SyncCopies.h"

#include <QFrame>

class QLabel;
class QPushButton;

namespace forumdesk {

// Says when a sync tool (Syncthing, Nextcloud, Dropbox) left conflict copies of the open forum
// beside it, which hold work that is not in the forum: offers to merge them all, and to move
// aside the copies identical to the forum. Its workspace has it look again whenever the forum's
// folder changes (ForumDocument::folderChanged), so a copy that arrives while the forum is open
// shows at once.
class SyncCopiesBanner : public QFrame {
    Q_OBJECT
public:
    explicit SyncCopiesBanner(const QString &forumPath, QWidget *parent = nullptr);

    QList<SyncCopy> copies() const { return m_copies; }
    QLabel *message() const { return m_message; }
    QPushButton *mergeButton() const { return m_merge; }
    QPushButton *moveIdenticalButton() const { return m_moveIdentical; }
    // Looks at the folder again now.
    void refresh();
    // Whether merging is offered (the window offers it once it can merge).
    void setMergeOffered(bool offered);

signals:
    void mergeRequested(const QStringList &paths);

private:
    void moveIdenticalAside();
    QStringList identical() const;

    QString m_forumPath;
    QList<SyncCopy> m_copies;
    QLabel *m_message;
    QPushButton *m_merge;
    QPushButton *m_moveIdentical;
    bool m_mergeOffered = false;
};

} // namespace forumdesk
