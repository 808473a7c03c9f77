// SPDX-License-Identifier: GPL-3.0-or-later
#include "ForumFile.h"

#include "Database.h"
#include "EntitySchema.h"
#include "StorageError.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QMap>
#include <QTemporaryDir>
#include <QUuid>
#include <QtEndian>

#include <filesystem>

namespace forumdesk {

namespace {

[[noreturn]] void refuse(StorageError::Kind kind, const QString &path, const QString &reason)
{
    throw StorageError(kind, ForumFile::tr("%1 cannot be opened: %2").arg(QDir::toNativeSeparators(path), reason));
}

struct Header {
    quint32 userVersion = 0;
    quint32 applicationId = 0;
};

// Reads the SQLite header ourselves, so that a file that is not ours is refused before SQLite
// parses anything of it.
Header readHeader(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        refuse(StorageError::Kind::CannotOpen, path, ForumFile::tr("the file does not exist"));
    if (info.isDir())
        refuse(StorageError::Kind::CannotOpen, path, ForumFile::tr("it is a folder, not a forum file"));
    if (info.size() == 0)
        refuse(StorageError::Kind::NotAForum, path, ForumFile::tr("the file is empty (0 bytes)"));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        refuse(StorageError::Kind::CannotOpen, path, ForumFile::tr("the file cannot be read (%1)").arg(file.errorString()));
    const QByteArray bytes = file.read(100);
    if (bytes.size() < 100 || !bytes.startsWith(QByteArrayLiteral("SQLite format 3\0")))
        refuse(StorageError::Kind::NotAForum, path, ForumFile::tr("it is not a Forum Desk forum file (not an SQLite database)"));
    Header header;
    header.userVersion = qFromBigEndian<quint32>(bytes.constData() + 60);
    header.applicationId = qFromBigEndian<quint32>(bytes.constData() + 68);
    if (header.applicationId != quint32(kApplicationId)) {
        refuse(StorageError::Kind::NotAForum, path,
               header.applicationId == 0
                   ? ForumFile::tr("it is an SQLite database, but not a Forum Desk forum file")
                   : ForumFile::tr("it is an SQLite database of another application (application id 0x%1)")
                         .arg(header.applicationId, 8, 16, QLatin1Char('0')));
    }
    return header;
}

struct SchemaObject {
    QString type;
    QString tableName;
    QString sql;
};

QMap<QString, SchemaObject> schemaObjects(Database &db)
{
    QMap<QString, SchemaObject> objects;
    Statement st = db.query(QStringLiteral(
        "SELECT type, name, tbl_name, sql FROM sqlite_schema WHERE name NOT LIKE 'sqlite_stat%'"));
    while (st.next())
        objects.insert(st.text(1), {st.text(0), st.text(2), st.text(3)});
    return objects;
}

QStringList columnsOf(Database &db, const QString &table)
{
    QStringList columns;
    Statement st = db.query(QStringLiteral("SELECT name FROM pragma_table_info(?)"));
    st.bind(1, table);
    while (st.next())
        columns << st.text(0);
    return columns;
}

// Compares the file's schema with the one `steps` build up to `version`. With `subsetOnly` (a file
// from a newer version) the file may have more, but must hold every table and column we read.
QStringList schemaProblems(Database &db, int version, const std::vector<MigrationStep> &steps,
                           bool subsetOnly)
{
    Database expected(QStringLiteral(":memory:"), Database::Mode::Create);
    std::vector<MigrationStep> upTo;
    for (const auto &step : steps)
        if (step.version <= version)
            upTo.push_back(step);
    runMigrations(expected, 0, upTo);
    const auto want = schemaObjects(expected);
    QMap<QString, SchemaObject> have;
    try {
        have = schemaObjects(db);
    } catch (const StorageError &e) {
        return {ForumFile::tr("the schema cannot be read (%1)").arg(e.message())};
    }
    QStringList problems;
    for (auto it = want.cbegin(); it != want.cend(); ++it) {
        const auto found = have.constFind(it.key());
        if (found == have.cend()) {
            problems << ForumFile::tr("%1 “%2” is missing").arg(it->type, it.key());
        } else if (subsetOnly) {
            if (it->type == QLatin1String("table")) {
                const QStringList haveColumns = columnsOf(db, it.key());
                for (const QString &column : columnsOf(expected, it.key()))
                    if (!haveColumns.contains(column))
                        problems << ForumFile::tr("column “%1.%2” is missing").arg(it.key(), column);
            }
        } else if (found->type != it->type || found->sql != it->sql) {
            problems << ForumFile::tr("%1 “%2” has been changed").arg(it->type, it.key());
        }
    }
    if (!subsetOnly) {
        for (auto it = have.cbegin(); it != have.cend(); ++it)
            if (!want.contains(it.key()))
                problems << ForumFile::tr("unexpected %1 “%2”").arg(it->type, it.key());
    }
    return problems;
}

QStringList integrityProblems(Database &db)
{
    QStringList problems;
    try {
        Statement st = db.query(QStringLiteral("PRAGMA quick_check"));
        while (st.next()) {
            const QString line = st.text(0);
            if (line != QLatin1String("ok"))
                problems << line;
        }
    } catch (const StorageError &e) {
        problems << e.message();
    }
    return problems;
}

bool folderWritable(const QString &path)
{
    return QFileInfo(QFileInfo(path).absolutePath()).isWritable();
}

// Where a new file is written whole before it is renamed to `target`: beside it, so the rename
// stays on one disk. The folder must exist and be writable.
QString partialBeside(const QString &target)
{
    const QFileInfo info(target);
    if (!QFileInfo(info.absolutePath()).isDir())
        throw StorageError(StorageError::Kind::Io,
                           ForumFile::tr("The folder %1 does not exist").arg(QDir::toNativeSeparators(info.absolutePath())));
    if (!folderWritable(target))
        throw StorageError(StorageError::Kind::Io,
                           ForumFile::tr("The folder %1 is read-only").arg(QDir::toNativeSeparators(info.absolutePath())));
    return info.absoluteFilePath() + QStringLiteral(".part-") + QUuid::createUuid().toString(QUuid::Id128).left(8);
}

QString lockHolder(QLockFile &lock)
{
    qint64 pid = 0;
    QString host, app;
    if (!lock.getLockInfo(&pid, &host, &app))
        return ForumFile::tr("another program");
    return ForumFile::tr("%1 on %2 (process %3)").arg(app.isEmpty() ? ForumFile::tr("another Forum Desk") : app, host).arg(pid);
}

} // namespace

int ForumFile::currentSchemaVersion()
{
    return standardMigrations().back().version;
}

std::unique_ptr<ForumFile> ForumFile::open(const QString &path, const OpenOptions &options)
{
    Header header = readHeader(path);

    // A journal left by a crash holds the pages to put back. SQLite replays it only on a writable
    // connection, so it is replayed first on a scratch copy, which the checks then read: the
    // original is recovered only once its recovered state has passed them.
    auto scratch = std::make_unique<QTemporaryDir>();
    QString checked = path;
    const QString journal = path + QStringLiteral("-journal");
    if (QFileInfo(journal).size() > 0) {
        checked = scratch->filePath(QStringLiteral("recovered.ogpforum"));
        if (!scratch->isValid() || !QFile::copy(path, checked)
            || !QFile::copy(journal, checked + QStringLiteral("-journal")))
            refuse(StorageError::Kind::Io, path,
                   ForumFile::tr("it was left half-written by a crash and cannot be recovered here"));
        try {
            Database recover(checked, Database::Mode::ReadWrite);
            recover.scalar(QStringLiteral("SELECT count(*) FROM sqlite_schema"));
        } catch (const StorageError &e) {
            refuse(StorageError::Kind::Corrupt, path, ForumFile::tr("the file is damaged (%1)").arg(e.message()));
        }
        header = readHeader(checked);
    } else {
        scratch.reset();
    }
    const int current = options.migrations.back().version;
    const int version = int(header.userVersion);
    if (version < 1)
        refuse(StorageError::Kind::NotAForum, path, ForumFile::tr("it has no Forum Desk format version"));

    std::unique_ptr<ForumFile> forum(new ForumFile);
    forum->m_path = QFileInfo(path).absoluteFilePath();
    forum->m_schemaVersion = version;
    forum->m_migrations = options.migrations;
    forum->m_actor = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME", ForumFile::tr("unknown")));

    // Every check runs on a read-only connection: a refused file is never changed.
    {
        Database readOnly(checked, Database::Mode::ReadOnly);
        const QStringList integrity = integrityProblems(readOnly);
        if (!integrity.isEmpty())
            refuse(StorageError::Kind::Corrupt, path,
                   ForumFile::tr("the file is damaged (%1)").arg(integrity.first()));
        const QStringList schema = schemaProblems(readOnly, std::min(version, current),
                                                  options.migrations, version > current);
        if (!schema.isEmpty())
            refuse(StorageError::Kind::Altered, path,
                   ForumFile::tr("its structure is not Forum Desk's: %1").arg(schema.join(QStringLiteral("; "))));
    }

    auto readOnly = [&](ReadOnlyReason reason, const QString &message) {
        if (forum->m_readOnlyReason == ReadOnlyReason::None) {
            forum->m_readOnlyReason = reason;
            forum->m_readOnlyMessage = message;
        }
    };
    if (version > current)
        readOnly(ReadOnlyReason::NewerFormat,
                 ForumFile::tr("This forum file was written by a newer version of Forum Desk (format %1; this "
                    "version knows format %2). It is open read-only and will not be changed.")
                     .arg(version).arg(current));
    if (options.readOnly)
        readOnly(ReadOnlyReason::Requested, ForumFile::tr("The forum is open read-only, as asked."));
    if (!QFileInfo(path).isWritable())
        readOnly(ReadOnlyReason::FileNotWritable,
                 ForumFile::tr("The file is read-only on disk, so the forum is open read-only."));
    else if (!folderWritable(path))
        readOnly(ReadOnlyReason::FolderNotWritable,
                 ForumFile::tr("The folder holding the file is read-only, so the forum is open read-only."));

    if (!forum->isReadOnly()) {
        forum->m_lock = std::make_unique<QLockFile>(forum->m_path + QStringLiteral(".lock"));
        forum->m_lock->setStaleLockTime(0); // a lock is stale only when its process is gone
        if (!forum->m_lock->tryLock(0)) {
            readOnly(ReadOnlyReason::Locked,
                     ForumFile::tr("The forum is open in %1, so it is open here read-only.")
                         .arg(lockHolder(*forum->m_lock)));
            forum->m_lock.reset();
        }
    }

    if (forum->isReadOnly()) {
        // After a crash, a read-only forum shows the recovered copy; the original waits for a
        // writable open to be recovered in place.
        forum->m_db = std::make_unique<Database>(checked, Database::Mode::ReadOnly);
        forum->m_scratch = std::move(scratch);
        return forum;
    }

    forum->m_db = std::make_unique<Database>(path, Database::Mode::ReadWrite);
    if (version < current) {
        // Keep the file as it was before changing its format (DESIGN.md: NAME.v<N>.bak).
        const QString backup = forum->m_path + QStringLiteral(".v%1.bak").arg(version);
        QFile::remove(backup);
        if (!QFile::copy(path, backup))
            throw StorageError(StorageError::Kind::Io,
                               ForumFile::tr("Cannot keep a copy of %1 before updating its format: %2 cannot be written")
                                   .arg(QDir::toNativeSeparators(path), QDir::toNativeSeparators(backup)));
        forum->m_backupPath = backup;
        runMigrations(*forum->m_db, version, options.migrations);
        forum->m_schemaVersion = current;
        forum->logActivity(QStringLiteral("migrate"), QStringLiteral("forum"), QString(),
                           ForumFile::tr("Format updated from %1 to %2; the old file is kept as %3")
                               .arg(version).arg(current).arg(QFileInfo(backup).fileName()));
    }
    return forum;
}

std::unique_ptr<ForumFile> ForumFile::create(const QString &path,
                                             const std::function<void(ForumFile &)> &initialise,
                                             const OpenOptions &options)
{
    const QFileInfo info(path);
    if (info.exists())
        throw StorageError(StorageError::Kind::CannotOpen,
                           ForumFile::tr("%1 already exists; choose another name").arg(QDir::toNativeSeparators(path)));
    const QString partial = partialBeside(path);
    try {
        {
            Database db(partial, Database::Mode::Create);
            runMigrations(db, 0, options.migrations);
        }
        {
            std::unique_ptr<ForumFile> draft = open(partial, options);
            Transaction tx(draft->database());
            initialise(*draft);
            tx.commit();
        }
        std::error_code error;
        std::filesystem::rename(QFile::encodeName(partial).toStdString(),
                                QFile::encodeName(path).toStdString(), error);
        if (error)
            throw StorageError(StorageError::Kind::Io,
                               ForumFile::tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path),
                                                             QString::fromStdString(error.message())));
    } catch (...) {
        QFile::remove(partial);
        QFile::remove(partial + QStringLiteral("-journal"));
        throw;
    }
    return open(path, options);
}

ForumFile::~ForumFile()
{
    m_db.reset(); // close before unlocking
    if (m_lock)
        m_lock->unlock();
}

void ForumFile::requireWritable() const
{
    if (isReadOnly())
        throw StorageError(StorageError::Kind::ReadOnly, m_readOnlyMessage);
}

void ForumFile::logActivity(const QString &action, const QString &entity, const QString &entityUid,
                            const QString &summary)
{
    const QString now = formatTimestamp(QDateTime::currentDateTimeUtc());
    Statement st = m_db->query(QStringLiteral(
        "INSERT INTO activity (uid, created_at, updated_at, actor, action, entity, entity_uid, summary) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    st.bindAll({QUuid::createUuid().toString(QUuid::WithoutBraces), now, now,
                m_actor.isEmpty() ? ForumFile::tr("unknown") : m_actor, action, entity,
                entityUid.isEmpty() ? QVariant() : QVariant(entityUid), summary});
    st.run();
}

void ForumFile::saveCopy(const QString &target) const
{
    const QFileInfo info(target);
    if (info.absoluteFilePath() == m_path)
        throw StorageError(StorageError::Kind::Io, ForumFile::tr("A copy cannot replace the open forum file itself"));
    if (info.isDir())
        throw StorageError(StorageError::Kind::Io,
                           ForumFile::tr("%1 is a folder; give a file name for the copy").arg(QDir::toNativeSeparators(target)));
    const QString partial = partialBeside(target);
    try {
        // A connection of its own, so that a copy made on a worker thread never shares the
        // window's connection; every change is committed at once, so it sees them all.
        Database source(m_db->path(), Database::Mode::ReadOnly);
        Statement st = source.query(QStringLiteral("VACUUM INTO ?"));
        st.bind(1, partial);
        st.run();
    } catch (const StorageError &e) {
        QFile::remove(partial);
        throw StorageError(e.kind(), ForumFile::tr("Cannot save a copy to %1: %2")
                                         .arg(QDir::toNativeSeparators(target), e.message()));
    }
    std::error_code error;
    std::filesystem::rename(QFile::encodeName(partial).toStdString(),
                            QFile::encodeName(target).toStdString(), error);
    if (error) {
        QFile::remove(partial);
        throw StorageError(StorageError::Kind::Io,
                           ForumFile::tr("Cannot save a copy to %1: %2").arg(QDir::toNativeSeparators(target),
                                                                  QString::fromStdString(error.message())));
    }
}

QStringList ForumFile::verify() const
{
    QStringList problems = integrityProblems(*m_db);
    const int current = m_migrations.back().version;
    problems << schemaProblems(*m_db, std::min(m_schemaVersion, current), m_migrations,
                               m_schemaVersion > current);
    Statement st = m_db->query(QStringLiteral("PRAGMA foreign_key_check"));
    while (st.next())
        problems << ForumFile::tr("a row of %1 (row %2) refers to a missing row of %3")
                        .arg(st.text(0)).arg(st.int64(1)).arg(st.text(2));
    return problems;
}

} // namespace forumdesk
