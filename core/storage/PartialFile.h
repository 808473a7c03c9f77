// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

#include <memory>

class QLockFile;

namespace forumdesk {

// A file written whole beside its target ("NAME.part-1a2b3c4d") and then renamed into place, so a
// failure or a crash never leaves half a file under the target's name. While it is written, a lock
// beside it ("….writer") says which process writes it; parts whose writer is gone (a killed
// `demo`, a crashed copy) are removed by the next PartialFile in that folder. The data and the
// folder are synced before and after the rename.
class PartialFile {
    Q_DECLARE_TR_FUNCTIONS(PartialFile)

public:
    enum class Target { MustNotExist, Replace };

    // Throws StorageError(Io) when the folder does not exist or cannot be written.
    explicit PartialFile(const QString &target);
    ~PartialFile(); // removes the part (and its journal) unless committed
    PartialFile(const PartialFile &) = delete;
    PartialFile &operator=(const PartialFile &) = delete;

    QString path() const { return m_path; }
    QString target() const { return m_target; }
    // Syncs the part, renames it to the target, syncs the folder. With MustNotExist an existing
    // target is never replaced, even one that appeared meanwhile: StorageError(AlreadyExists).
    void commit(Target mode);

    // Removes the parts in `folder` whose writer is gone; returns how many.
    static int removeStale(const QString &folder);

private:
    QString m_target;
    QString m_path;
    std::unique_ptr<QLockFile> m_writer;
    bool m_committed = false;
};

} // namespace forumdesk
