// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Migration.h"

#include <QCoreApplication>
#include <QString>

#include <functional>
#include <memory>
#include <vector>

class QLockFile;
class QTemporaryDir;

namespace forumdesk {

class Database;

struct OpenOptions {
    bool readOnly = false;                    // open read-only even when the file could be written
    std::vector<MigrationStep> migrations = standardMigrations();
};

// One forum = one SQLite file (*.ogpforum). Opening checks the file before anything can change it:
// a refused file throws StorageError with the reason, and its bytes are never touched. A file that
// can only be read (newer format, read-only file or folder, held by another Forum Desk) opens
// read-only and says why.
class ForumFile {
    Q_DECLARE_TR_FUNCTIONS(ForumFile)

public:
    enum class ReadOnlyReason { None, Requested, NewerFormat, FileNotWritable, FolderNotWritable, Locked };

    // Creates a new forum file at `path` (which must not exist): the schema, then `initialise`
    // (the forum row, say) in one transaction, written beside and renamed into place, so a failure
    // leaves no half file.
    static std::unique_ptr<ForumFile> create(const QString &path,
                                             const std::function<void(ForumFile &)> &initialise,
                                             const OpenOptions &options = {});
    static std::unique_ptr<ForumFile> open(const QString &path, const OpenOptions &options = {});
    ~ForumFile();

    QString path() const { return m_path; }
    Database &database() const { return *m_db; }
    int schemaVersion() const { return m_schemaVersion; }
    static int currentSchemaVersion();

    bool isReadOnly() const { return m_readOnlyReason != ReadOnlyReason::None; }
    ReadOnlyReason readOnlyReason() const { return m_readOnlyReason; }
    // A sentence for the user: why the file is open read-only (empty when it is not).
    QString readOnlyMessage() const { return m_readOnlyMessage; }
    // The copy kept before this open migrated the file to the current format (empty if none).
    QString backupPath() const { return m_backupPath; }

    // Throws StorageError(ReadOnly) with readOnlyMessage() when the file is open read-only.
    void requireWritable() const;

    // Who is making changes: written in the activity log.
    QString actor() const { return m_actor; }
    void setActor(const QString &name) { m_actor = name; }
    void logActivity(const QString &action, const QString &entity, const QString &entityUid,
                     const QString &summary);

    // A consistent copy of the forum (VACUUM INTO), written beside `target` and renamed into place.
    // It reads through a connection of its own, so it may run on a worker thread.
    void saveCopy(const QString &target) const;

    // Integrity and schema checks, as on open; returns one line per problem (empty when sound).
    QStringList verify() const;

private:
    ForumFile() = default;

    QString m_path;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<QLockFile> m_lock;
    std::unique_ptr<QTemporaryDir> m_scratch; // a recovered copy read in place of a crashed file
    int m_schemaVersion = 0;
    ReadOnlyReason m_readOnlyReason = ReadOnlyReason::None;
    QString m_readOnlyMessage;
    QString m_backupPath;
    QString m_actor;
    std::vector<MigrationStep> m_migrations;
};

} // namespace forumdesk
