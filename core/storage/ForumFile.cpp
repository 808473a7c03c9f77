// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/ForumFile.h"

#include "core/storage/CheckConstraints.h"
#include "core/storage/ChangeLog.h"
#include "core/storage/Database.h"
#include "core/storage/EntitySchema.h"
#include "core/storage/FileEntry.h"
#include "core/storage/PartialFile.h"
#include "core/storage/PassedChecks.h"
#include "core/storage/StorageError.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QLockFile>
#include <QMap>
#include <QMutex>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QUuid>
#include <QtEndian>

#include <cstring>

namespace forumdesk {

namespace {

// A refusal that already names the file and the reason.
class Refusal : public StorageError {
public:
    using StorageError::StorageError;
};

[[noreturn]] void refuse(StorageError::Kind kind, const QString &path, const QString &reason,
                         const QStringList &details = {})
{
    throw Refusal(kind, ForumFile::tr("%1 cannot be opened: %2").arg(QDir::toNativeSeparators(path), reason),
                  details);
}

// How many times an open starts again when the file changed under it (replaced by a sync tool,
// a writer crashed mid-way) before giving up.
constexpr int kOpenAttempts = 4;

struct Header {
    quint32 userVersion = 0;
    quint32 applicationId = 0;
};

// Reads the SQLite header ourselves, so that a file that is not ours is refused before SQLite
// parses anything of it. `bytes` are the file's first 100 bytes, read through its connection.
Header parseHeader(const QString &shown, const QByteArray &bytes)
{
    if (bytes.size() < 100 || !bytes.startsWith(QByteArrayLiteral("SQLite format 3\0")))
        refuse(StorageError::Kind::NotAForum, shown, ForumFile::tr("it is not a Forum Desk forum file (not an SQLite database)"));
    Header header;
    header.userVersion = qFromBigEndian<quint32>(bytes.constData() + 60);
    header.applicationId = qFromBigEndian<quint32>(bytes.constData() + 68);
    if (header.applicationId != quint32(kApplicationId)) {
        refuse(StorageError::Kind::NotAForum, shown,
               header.applicationId == 0
                   ? ForumFile::tr("it is an SQLite database, but not a Forum Desk forum file")
                   : ForumFile::tr("it is an SQLite database of another application (application id 0x%1)")
                         .arg(header.applicationId, 8, 16, QLatin1Char('0')));
    }
    // Bytes 18 and 19: 1 for a rollback journal, 2 for write-ahead logging. Forum files live on
    // shared folders and USB sticks, where WAL is unsafe, so only the rollback journal is accepted.
    const auto writeVersion = quint8(bytes.at(18)), readVersion = quint8(bytes.at(19));
    if (writeVersion == 2 || readVersion == 2)
        refuse(StorageError::Kind::CannotOpen, shown,
               ForumFile::tr("another program switched it to write-ahead logging (WAL), which Forum Desk does not "
                             "use because it is unsafe on shared folders; switch it back with that program "
                             "(PRAGMA journal_mode=DELETE) or open a copy saved before"));
    if (writeVersion != 1 || readVersion != 1)
        refuse(StorageError::Kind::Corrupt, shown,
               ForumFile::tr("the file is damaged (its header gives file format versions %1 and %2)")
                   .arg(writeVersion).arg(readVersion));
    return header;
}

// The file a forum path leads to (links resolved), refused unless it is a non-empty regular file.
QString resolveForumPath(const QString &path)
{
    const QString shown = QFileInfo(path).absoluteFilePath();
    const FileEntry own = FileEntry::atPath(shown);
    if (!own.exists())
        refuse(StorageError::Kind::CannotOpen, shown, ForumFile::tr("the file does not exist"));
    const QString real = QFileInfo(shown).canonicalFilePath();
    const FileEntry target = real.isEmpty() ? FileEntry() : FileEntry::atPath(real);
    if (!target.exists()) {
        // A Windows junction has its own target: symLinkTarget() is empty for one.
        const QFileInfo link(shown);
        refuse(StorageError::Kind::CannotOpen, shown,
               ForumFile::tr("it is a link to %1, which does not exist")
                   .arg(QDir::toNativeSeparators(link.isJunction() ? link.junctionTarget() : link.symLinkTarget())));
    }
    if (target.kind == FileEntry::Kind::Folder)
        refuse(StorageError::Kind::CannotOpen, shown, ForumFile::tr("it is a folder, not a forum file"));
    if (!target.isRegular())
        refuse(StorageError::Kind::CannotOpen, shown,
               ForumFile::tr("it is %1, not a forum file").arg(FileEntry::describe(target.kind)));
    if (target.size == 0)
        refuse(StorageError::Kind::NotAForum, shown, ForumFile::tr("the file is empty (0 bytes)"));
    return real;
}

// The files SQLite and Forum Desk keep beside a forum must be regular files (or absent): a named
// pipe would make SQLite wait for ever, a link would send its writes elsewhere.
void checkNeighbours(const QString &shown, const QString &real)
{
    for (const char *suffix : {"-journal", "-wal", "-shm", ".lock"}) {
        const QString neighbour = real + QLatin1String(suffix);
        const FileEntry entry = FileEntry::atPath(neighbour);
        if (entry.exists() && !entry.isRegular())
            refuse(StorageError::Kind::CannotOpen, shown,
                   ForumFile::tr("“%1” beside it is %2, not a file Forum Desk wrote; remove it or move the forum "
                                 "file to another folder")
                       .arg(QFileInfo(neighbour).fileName(), FileEntry::describe(entry.kind)));
    }
}

struct SchemaObject {
    QString type;
    QString tableName;
    QString sql;
};

using SchemaObjects = QMap<QString, SchemaObject>;

SchemaObjects schemaObjects(Database &db)
{
    SchemaObjects objects;
    Statement st = db.query(QStringLiteral(
        "SELECT type, name, tbl_name, sql FROM sqlite_schema WHERE name NOT LIKE 'sqlite_stat%'"));
    while (st.next())
        objects.insert(st.text(1), {st.text(0), st.text(2), st.text(3)});
    return objects;
}

// The schema that `steps` build up to `version`, with each table's columns: built once per
// process and version, as every open compares with it.
struct ExpectedSchema {
    SchemaObjects objects;
    QMap<QString, QStringList> columns;
    QMap<QString, QStringList> checks; // table -> its CHECK expressions
};

const ExpectedSchema &expectedSchema(int version, const std::vector<MigrationStep> &steps)
{
    static QMutex mutex;
    static std::map<QString, ExpectedSchema> cache;
    QStringList key{QString::number(version)};
    for (const auto &step : steps)
        key << QString::number(step.version) + step.description;
    const QString id = key.join(QLatin1Char('|'));
    QMutexLocker locker(&mutex);
    auto found = cache.find(id);
    if (found != cache.end())
        return found->second;
    Database db(QStringLiteral(":memory:"), Database::Mode::Create);
    std::vector<MigrationStep> upTo;
    for (const auto &step : steps)
        if (step.version <= version)
            upTo.push_back(step);
    runMigrations(db, 0, upTo, ChangeTriggers::AfterLastStep);
    ExpectedSchema expected;
    expected.objects = schemaObjects(db);
    for (auto it = expected.objects.cbegin(); it != expected.objects.cend(); ++it) {
        if (it->type != QLatin1String("table"))
            continue;
        expected.columns.insert(it.key(), changelog::columnsOf(db, it.key()));
        expected.checks.insert(it.key(), CheckConstraints::of(it->sql));
    }
    return cache.emplace(id, std::move(expected)).first->second;
}

// Compares the file's schema with the one `steps` build up to `version`. With `subsetOnly` (a file
// from a newer version) the file may have more, but must hold every table and column we read.
QStringList schemaProblems(Database &db, int version, const std::vector<MigrationStep> &steps,
                           bool subsetOnly)
{
    const ExpectedSchema &expected = expectedSchema(version, steps);
    SchemaObjects have;
    try {
        have = schemaObjects(db);
    } catch (const StorageError &e) {
        if (e.kind() == StorageError::Kind::Changed)
            throw;
        return {ForumFile::tr("the schema cannot be read (%1)").arg(e.message())};
    }
    QStringList problems;
    for (auto it = expected.objects.cbegin(); it != expected.objects.cend(); ++it) {
        const auto found = have.constFind(it.key());
        if (found == have.cend()) {
            problems << ForumFile::tr("%1 “%2” is missing").arg(it->type, it.key());
        } else if (subsetOnly) {
            if (it->type == QLatin1String("table")) {
                const QStringList haveColumns = changelog::columnsOf(db, it.key());
                for (const QString &column : expected.columns.value(it.key()))
                    if (!haveColumns.contains(column))
                        problems << ForumFile::tr("column “%1.%2” is missing").arg(it.key(), column);
            }
        } else if (found->type != it->type || found->sql != it->sql) {
            problems << ForumFile::tr("%1 “%2” has been changed").arg(it->type, it.key());
        }
    }
    if (!subsetOnly) {
        for (auto it = have.cbegin(); it != have.cend(); ++it)
            if (!expected.objects.contains(it.key()))
                problems << ForumFile::tr("unexpected %1 “%2”").arg(it->type, it.key());
    }
    return problems;
}

// Pages, indexes against their tables, UNIQUE and NOT NULL (SQLite's integrity_check), then the
// CHECK rules, which SQLite skips on a read-only connection.
QStringList integrityProblems(Database &db, const ExpectedSchema *expected)
{
    QStringList problems;
    try {
        Statement st = db.query(QStringLiteral("PRAGMA integrity_check"));
        while (st.next()) {
            const QString line = st.text(0);
            // A writable connection reports broken CHECK rules too; the scan below names the row.
            if (line != QLatin1String("ok") && !line.startsWith(QLatin1String("CHECK constraint failed")))
                problems << line;
        }
        if (problems.isEmpty() && expected) {
            for (auto it = expected->checks.cbegin(); it != expected->checks.cend(); ++it)
                problems << CheckConstraints::scan(db, it.key(), it.value());
        }
    } catch (const StorageError &e) {
        if (e.kind() == StorageError::Kind::Changed)
            throw;
        problems << e.message();
    }
    return problems;
}

QStringList referenceProblems(Database &db)
{
    QStringList problems;
    Statement st = db.query(QStringLiteral("PRAGMA foreign_key_check"));
    while (st.next())
        problems << ForumFile::tr("a row of %1 (row %2) refers to a missing row of %3")
                        .arg(st.text(0)).arg(st.int64(1)).arg(st.text(2));
    return problems;
}

bool folderWritable(const QString &path)
{
    return QFileInfo(QFileInfo(path).absolutePath()).isWritable();
}

// SQLite's own test for a crash journal: a journal with a non-zero header whose writer holds no
// lock. A journal beside a live writer is part of every ordinary write and is left alone.
bool hasCrashJournal(const SharedFileLock &lock, const QString &real)
{
    const QString journal = real + QStringLiteral("-journal");
    const FileEntry entry = FileEntry::atPath(journal);
    if (!entry.isRegular() || entry.size == 0 || lock.writerActive())
        return false;
    const QByteArray first = readRegularFileStart(journal, 1);
    return !first.isEmpty() && first.at(0) != '\0';
}

// Whether a journal ends with the name of a "super-journal" (what SQLite writes when one commit
// spans several attached databases). Replaying such a journal makes SQLite delete the named file,
// anywhere, once none of its children point back to it; Forum Desk never writes one, so a journal
// naming one was made to harm. The record is at the end: name, its length (4 bytes), a checksum
// (4 bytes), then the journal's 8-byte magic.
bool namesSuperJournal(const QString &journal)
{
    static const unsigned char kMagic[8] = {0xd9, 0xd5, 0x05, 0xf9, 0x20, 0xa1, 0x63, 0xd7};
    const QByteArray tail = readRegularFileEnd(journal, 16);
    if (tail.size() < 16 || std::memcmp(tail.constData() + 8, kMagic, 8) != 0)
        return false;
    const auto *b = reinterpret_cast<const unsigned char *>(tail.constData());
    const quint32 length = (quint32(b[0]) << 24) | (quint32(b[1]) << 16) | (quint32(b[2]) << 8) | quint32(b[3]);
    return length > 0;
}

// Copies the forum and its crash journal into `scratch` while `lock` keeps anyone from replaying
// or changing them: bytes that agree with each other.
QString copyForRecovery(const Database &db, const QString &shown, const QString &real, QTemporaryDir &scratch)
{
    const QString copy = scratch.filePath(QStringLiteral("recovered.ogpforum"));
    const auto cannot = [&] {
        refuse(StorageError::Kind::Io, shown,
               ForumFile::tr("it was left half-written by a crash and cannot be recovered here"));
    };
    if (!scratch.isValid())
        cannot();
    QFile out(copy);
    if (!out.open(QIODevice::WriteOnly))
        cannot();
    const qint64 size = db.fileSize();
    constexpr qint64 kChunk = 1 << 20;
    for (qint64 offset = 0; offset < size; offset += kChunk) {
        const QByteArray bytes = db.readFileBytes(offset, kChunk);
        if (bytes.isEmpty() || out.write(bytes) != bytes.size())
            cannot();
    }
    out.close();
    QString error;
    if (!copyRegularFile(real + QStringLiteral("-journal"), copy + QStringLiteral("-journal"), &error))
        cannot();
    return copy;
}

LockHolder holderOf(QLockFile &lock, const QString &lockPath)
{
    LockHolder holder;
    lock.getLockInfo(&holder.processId, &holder.host, &holder.application);
    holder.since = QFileInfo(lockPath).lastModified();
    holder.onAnotherComputer = !holder.host.isEmpty() && holder.host != QSysInfo::machineHostName();
    return holder;
}

} // namespace

QString LockHolder::describe() const
{
    const QString who = ForumFile::tr("%1 on %2 (process %3)")
                            .arg(application.isEmpty() ? ForumFile::tr("another Forum Desk") : application,
                                 host.isEmpty() ? ForumFile::tr("an unknown computer") : host)
                            .arg(processId);
    if (!since.isValid())
        return who;
    return ForumFile::tr("%1 since %2").arg(who, QLocale().toString(since, QStringLiteral("d MMM yyyy, HH:mm")));
}

int ForumFile::currentSchemaVersion()
{
    return standardMigrations().back().version;
}

std::unique_ptr<ForumFile> ForumFile::open(const QString &path, const OpenOptions &options)
{
    for (int attempt = 1;; ++attempt) {
        try {
            return openOnce(path, options, true);
        } catch (const StorageError &error) {
            if (error.kind() != StorageError::Kind::Changed)
                throw;
            if (attempt == kOpenAttempts)
                refuse(StorageError::Kind::Io, QFileInfo(path).absoluteFilePath(),
                       tr("it kept changing while it was being opened (a sync program may be replacing it); "
                          "try again in a moment"));
        }
    }
}

std::unique_ptr<ForumFile> ForumFile::openOnce(const QString &path, const OpenOptions &options, bool remember)
{
    try {
        return openChecked(path, options, remember);
    } catch (const Refusal &) {
        throw;
    } catch (const StorageError &e) {
        // SQLite's own complaints while reading the file ("database disk image is malformed"...)
        // are refusals of this file too, and name it.
        if (e.kind() == StorageError::Kind::Changed)
            throw;
        refuse(e.kind(), QFileInfo(path).absoluteFilePath(), e.message());
    }
}

std::unique_ptr<ForumFile> ForumFile::openChecked(const QString &path, const OpenOptions &options, bool remember)
{
    const QString shown = QFileInfo(path).absoluteFilePath();
    const QString real = resolveForumPath(path);
    checkNeighbours(shown, real);
    const int current = options.migrations.back().version;

    std::unique_ptr<ForumFile> forum(new ForumFile);
    forum->m_path = shown;
    forum->m_filePath = real;
    forum->m_migrations = options.migrations;
    forum->m_remember = remember;
    forum->m_actor = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME", ForumFile::tr("unknown")));
    auto readOnly = [&](ReadOnlyReason reason, const QString &message) {
        if (forum->m_readOnlyReason == ReadOnlyReason::None) {
            forum->m_readOnlyReason = reason;
            forum->m_readOnlyMessage = message;
        }
    };

    // What makes the forum read-only before reading it.
    if (options.readOnly)
        readOnly(ReadOnlyReason::Requested, ForumFile::tr("The forum is open read-only, as asked."));
    else if (!QFileInfo(real).isWritable())
        readOnly(ReadOnlyReason::FileNotWritable,
                 ForumFile::tr("The file is read-only on disk, so the forum is open read-only."));
    else if (!folderWritable(real))
        readOnly(ReadOnlyReason::FolderNotWritable,
                 ForumFile::tr("The folder holding the file is read-only, so the forum is open read-only."));
    if (!forum->isReadOnly()) {
        const QString lockPath = real + QStringLiteral(".lock");
        forum->m_lock = std::make_unique<QLockFile>(lockPath);
        forum->m_lock->setStaleLockTime(0); // a lock is stale only when its process (here) is gone
        bool locked = forum->m_lock->tryLock(0);
        if (!locked) {
            LockHolder holder = holderOf(*forum->m_lock, lockPath);
            if (options.takeOverLock) {
                if (!holder.onAnotherComputer)
                    forum->m_takeOverFailure = ForumFile::tr("it is open in %1, on this computer").arg(holder.describe());
                else if (!forum->m_lock->removeStaleLockFile())
                    forum->m_takeOverFailure =
                        ForumFile::tr("its lock “%1” cannot be removed: it may belong to another user of the shared "
                                      "folder, or Forum Desk may still be running there")
                            .arg(QFileInfo(lockPath).fileName());
                else if (!(locked = forum->m_lock->tryLock(0)))
                    forum->m_takeOverFailure = ForumFile::tr("another Forum Desk locked it again at the same moment");
            }
            if (!locked) {
                forum->m_lockHolder = holder;
                readOnly(ReadOnlyReason::Locked,
                         ForumFile::tr("The forum is open in %1, so it is open here read-only.").arg(holder.describe()));
                forum->m_lock.reset();
            }
        }
    }

    // The connection that is kept: everything below is checked through it.
    auto db = std::make_unique<Database>(real, forum->isReadOnly() ? Database::Mode::ReadOnly : Database::Mode::ReadWrite);
    Header header = parseHeader(shown, db->readFileBytes(0, 100));
    int version = 0;
    // The format version decides what is expected and whether the file may be changed. It is read
    // again from a recovered copy: a crash while a migration committed leaves the new version in
    // the file and the old one in the journal.
    const auto takeVersion = [&] {
        version = int(header.userVersion);
        if (version < 1)
            refuse(StorageError::Kind::NotAForum, shown, ForumFile::tr("it has no Forum Desk format version"));
        if (version > current && !forum->isReadOnly()) {
            readOnly(ReadOnlyReason::NewerFormat,
                     ForumFile::tr("This forum file was written by a newer version of Forum Desk (format %1; this "
                                   "version knows format %2). It is open read-only and will not be changed.")
                         .arg(version).arg(current));
            forum->m_lock.reset();
        }
    };
    takeVersion();
    bool writable = !forum->isReadOnly();

    // A journal left by a crash holds the pages to put back. It is replayed first on a copy, which
    // the full check then reads: the original is recovered (by the kept connection, on its first
    // read) only once its recovered state has passed. A read-only forum shows the recovered copy.
    std::unique_ptr<QTemporaryDir> scratch;
    QString recovered;
    {
        SharedFileLock lock(*db);
        if (hasCrashJournal(lock, real)) {
            if (namesSuperJournal(real + QStringLiteral("-journal")))
                refuse(StorageError::Kind::CannotOpen, shown,
                       ForumFile::tr("“%1” beside it asks for another file to be deleted, which a journal of "
                                     "Forum Desk never does, so it is not a file Forum Desk wrote; remove it or move "
                                     "the forum file to another folder")
                           .arg(QFileInfo(real).fileName() + QStringLiteral("-journal")));
            scratch = std::make_unique<QTemporaryDir>();
            recovered = copyForRecovery(*db, shown, real, *scratch);
        }
    }
    bool mustCheckInFull = options.fullCheck || scratch;
    if (scratch) {
        try {
            auto copy = std::make_unique<Database>(recovered, Database::Mode::ReadWrite);
            copy->scalar(QStringLiteral("SELECT count(*) FROM sqlite_schema")); // replays the journal
            header = parseHeader(shown, copy->readFileBytes(0, 100));
            takeVersion();
            writable = !forum->isReadOnly();
            copy->exec(QStringLiteral("PRAGMA query_only=ON"));
            const int recoveredVersion = std::min(version, current);
            ReadTransaction snapshot(*copy);
            const ExpectedSchema &expected = expectedSchema(recoveredVersion, options.migrations);
            QStringList problems = integrityProblems(*copy, int(header.userVersion) <= current ? &expected : nullptr);
            if (!problems.isEmpty())
                refuse(StorageError::Kind::Corrupt, shown, ForumFile::tr("the file is damaged (%1)").arg(problems.first()), problems);
            if (!writable) {
                db = std::move(copy);
                forum->m_scratch = std::move(scratch);
                mustCheckInFull = false; // just checked in full, on this very connection
                forum->m_fullyChecked = true;
            }
        } catch (const StorageError &e) {
            if (e.kind() == StorageError::Kind::Corrupt || e.kind() == StorageError::Kind::NotAForum)
                throw;
            refuse(StorageError::Kind::Corrupt, shown, ForumFile::tr("the file is damaged (%1)").arg(e.message()));
        }
    }

    // The checks, on the kept connection, in one read snapshot. A writable connection cannot
    // write while they run.
    if (writable)
        db->exec(QStringLiteral("PRAGMA query_only=ON"));
    const int checkedVersion = std::min(version, current);
    FileFingerprint fingerprint;
    {
        ReadTransaction snapshot(*db);
        if (!forum->m_scratch) {
            fingerprint = FileFingerprint::of(*db, real);
            if (!mustCheckInFull && !PassedChecks::contains(fingerprint))
                mustCheckInFull = true;
        }
        // A file unchanged since it passed (its schema cookie and first page included) needs
        // neither the schema compared again nor its pages read.
        if (mustCheckInFull) {
            const ExpectedSchema &expected = expectedSchema(checkedVersion, options.migrations);
            const QStringList schema = schemaProblems(*db, checkedVersion, options.migrations, version > current);
            if (!schema.isEmpty())
                refuse(StorageError::Kind::Altered, shown,
                       ForumFile::tr("its structure is not Forum Desk's: %1").arg(schema.join(QStringLiteral("; "))), schema);
            if (options.deferIntegrity && !writable && !forum->m_scratch) {
                // Left to checkDeferredIntegrity(), on this very state of the file.
                forum->m_integrityDeferred = true;
                forum->m_rememberDeferred = remember;
                forum->m_deferredFingerprint = fingerprint;
            } else {
                const QStringList integrity = integrityProblems(*db, version <= current ? &expected : nullptr);
                if (!integrity.isEmpty())
                    refuse(StorageError::Kind::Corrupt, shown,
                           ForumFile::tr("the file is damaged (%1)").arg(integrity.first()), integrity);
            }
            forum->m_fullyChecked = true;
        }
    }
    // A sync tool may have put another file in its place meanwhile: start again on that one.
    if (!forum->m_scratch && db->fileHasMoved())
        throw StorageError(StorageError::Kind::Changed, QString());
    if (mustCheckInFull && remember && !forum->m_scratch && !forum->m_integrityDeferred)
        PassedChecks::remember(fingerprint);
    if (writable) {
        db->exec(QStringLiteral("PRAGMA query_only=OFF; PRAGMA journal_mode=DELETE; PRAGMA synchronous=FULL;"));
        // Its schema is Forum Desk's, checked above or unchanged since it passed: its only triggers
        // are the change log's, which must see every write (format 4 on).
        db->allowCheckedTriggers();
    }
    else
        db->exec(QStringLiteral("PRAGMA query_only=ON"));
    forum->m_db = std::move(db);
    forum->m_schemaVersion = version;
    if (!writable)
        return forum;

    PartialFile::removeStale(QFileInfo(real).absolutePath());
    if (version < current) {
        forum->keepBackup(version);
        runMigrations(*forum->m_db, version, options.migrations);
        forum->m_schemaVersion = current;
        forum->logActivity(QStringLiteral("migrate"), QStringLiteral("forum"), QString(),
                           ForumFile::tr("Format updated from %1 to %2; the old file is kept as %3")
                               .arg(version).arg(current).arg(QFileInfo(forum->m_backupPath).fileName()));
    }
    // From here on, this connection's own commits keep the file's passed state up to date.
    forum->m_dataVersion = forum->m_db->scalar(QStringLiteral("PRAGMA data_version")).toLongLong();
    if (version < current)
        forum->m_dataVersion = -1; // the migration's own file state was never checked in full
    forum->m_db->setAfterCommit([f = forum.get()] { f->rememberOwnChanges(); });
    return forum;
}

void ForumFile::checkDeferredIntegrity() const
{
    if (!m_integrityDeferred)
        return;
    const int current = m_migrations.back().version;
    const auto keptChanging = [&] {
        refuse(StorageError::Kind::Io, m_path,
               tr("it kept changing while it was being opened (a sync program may be replacing it); "
                  "try again in a moment"));
    };
    try {
        // A connection of this thread's own, to the file the kept connection reads: checked on the
        // state open() saw, or refused.
        Database db(m_filePath, Database::Mode::ReadOnly);
        db.exec(QStringLiteral("PRAGMA query_only=ON"));
        // integrity_check looks every row up in each of its table's indexes: with SQLite's default
        // cache (2 MB) a table's indexes fall out of it, and their pages are read again row by row.
        db.exec(QStringLiteral("PRAGMA cache_size = -16384"));
        QStringList integrity;
        {
            ReadTransaction snapshot(db);
            if (!(FileFingerprint::of(db, m_filePath) == m_deferredFingerprint) || db.fileHasMoved())
                keptChanging();
            const int version = std::min(m_schemaVersion, current);
            const ExpectedSchema &expected = expectedSchema(version, m_migrations);
            integrity = integrityProblems(db, m_schemaVersion <= current ? &expected : nullptr);
        }
        if (!integrity.isEmpty())
            refuse(StorageError::Kind::Corrupt, m_path, ForumFile::tr("the file is damaged (%1)").arg(integrity.first()),
                   integrity);
    } catch (const Refusal &) {
        throw;
    } catch (const StorageError &e) {
        if (e.kind() == StorageError::Kind::Changed)
            keptChanging();
        refuse(e.kind(), m_path, e.message());
    }
    if (m_rememberDeferred)
        PassedChecks::remember(m_deferredFingerprint);
}

std::unique_ptr<ForumFile> ForumFile::create(const QString &path,
                                             const std::function<void(ForumFile &)> &initialise,
                                             const OpenOptions &options)
{
    if (FileEntry::atPath(path).exists())
        throw StorageError(StorageError::Kind::CannotOpen,
                           ForumFile::tr("%1 already exists; choose another name").arg(QDir::toNativeSeparators(path)));
    {
        PartialFile partial(path);
        {
            Database db(partial.path(), Database::Mode::Create);
            runMigrations(db, 0, options.migrations);
        }
        {
            std::unique_ptr<ForumFile> draft = openOnce(partial.path(), options, false);
            Transaction tx(draft->database());
            initialise(*draft);
            tx.commit();
        }
        try {
            partial.commit(PartialFile::Target::MustNotExist);
        } catch (const StorageError &e) {
            if (e.kind() == StorageError::Kind::AlreadyExists)
                throw StorageError(StorageError::Kind::CannotOpen,
                                   ForumFile::tr("%1 already exists; choose another name").arg(QDir::toNativeSeparators(path)));
            throw;
        }
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

void ForumFile::keepBackup(int version)
{
    // Keep the file as it was before changing its format, as NAME.v<N>.bak (docs/architecture.md,
    // "The forum file, shared"). An earlier backup is replaced only once the new one is on the disk.
    const QString backup = m_filePath + QStringLiteral(".v%1.bak").arg(version);
    try {
        copyBytes(backup, PartialFile::Target::Replace);
    } catch (const StorageError &e) {
        throw StorageError(StorageError::Kind::Io,
                           ForumFile::tr("Cannot keep a copy of %1 before updating its format: %2")
                               .arg(QDir::toNativeSeparators(m_path), e.message()));
    }
    m_backupPath = backup;
}

void ForumFile::keepCopy(const QString &target) const
{
    try {
        copyBytes(target, PartialFile::Target::MustNotExist);
    } catch (const StorageError &e) {
        if (e.kind() == StorageError::Kind::AlreadyExists)
            throw;
        throw StorageError(e.kind(), ForumFile::tr("Cannot keep a copy of %1 as %2: %3")
                                         .arg(QDir::toNativeSeparators(m_path), QDir::toNativeSeparators(target), e.message()));
    }
}

std::unique_ptr<ForumFile::BackgroundCopy> ForumFile::keepCopyInBackground(const QString &target) const
{
    if (!m_db->inTransaction())
        throw StorageError(StorageError::Kind::Internal, QStringLiteral("a copy in the background needs an open transaction"));
    return std::unique_ptr<BackgroundCopy>(new BackgroundCopy(*this, target));
}

ForumFile::BackgroundCopy::BackgroundCopy(const ForumFile &file, const QString &target) : m_file(file), m_target(target)
{
    try {
        m_partial = std::make_unique<PartialFile>(target);
    } catch (const StorageError &e) {
        fail(e);
    }
    // The file and its size are taken on the connection's own thread; the worker only reads the
    // file's bytes (as copyBytes does), which the caller's transaction keeps as last committed.
    sqlite3_file *source = m_file.m_db->mainFile();
    const qint64 size = m_file.m_db->fileSize();
    const QString part = m_partial->path();
    m_thread = std::thread([this, source, size, part] {
        try {
            bool written = true;
            {
                QFile out(part);
                written = out.open(QIODevice::WriteOnly);
                constexpr qint64 kChunk = 1 << 20;
                for (qint64 offset = 0; written && offset < size; offset += kChunk) {
                    const QByteArray bytes = Database::readFileBytes(source, size, offset, kChunk);
                    written = out.write(bytes) == bytes.size();
                }
            }
            // Synced here, off the caller's way (the commit's own sync then finds nothing to write).
            if (written)
                syncFile(part);
            if (!written)
                throw StorageError(StorageError::Kind::Io,
                                   ForumFile::tr("%1 cannot be written").arg(QDir::toNativeSeparators(m_target)));
        } catch (...) {
            m_error = std::current_exception();
        }
    });
}

ForumFile::BackgroundCopy::~BackgroundCopy()
{
    if (m_thread.joinable())
        m_thread.join();
}

void ForumFile::BackgroundCopy::fail(const StorageError &e) const
{
    if (e.kind() == StorageError::Kind::AlreadyExists)
        throw e;
    throw StorageError(e.kind(), ForumFile::tr("Cannot keep a copy of %1 as %2: %3")
                                     .arg(QDir::toNativeSeparators(m_file.m_path), QDir::toNativeSeparators(m_target), e.message()));
}

void ForumFile::BackgroundCopy::finish()
{
    if (m_thread.joinable())
        m_thread.join();
    try {
        if (m_error)
            std::rethrow_exception(m_error);
        m_partial->commit(PartialFile::Target::MustNotExist);
    } catch (const StorageError &e) {
        fail(e);
    }
}

void ForumFile::copyBytes(const QString &target, PartialFile::Target mode) const
{
    // The bytes are read through the kept connection inside a read snapshot (or the caller's
    // transaction), written beside the target and renamed into place.
    bool written = true;
    PartialFile partial(target);
    {
        QFile out(partial.path());
        written = out.open(QIODevice::WriteOnly);
        ReadTransaction snapshot(*m_db);
        const qint64 size = m_db->fileSize();
        constexpr qint64 kChunk = 1 << 20;
        for (qint64 offset = 0; written && offset < size; offset += kChunk) {
            const QByteArray bytes = m_db->readFileBytes(offset, kChunk);
            written = out.write(bytes) == bytes.size();
        }
    }
    if (!written)
        throw StorageError(StorageError::Kind::Io, ForumFile::tr("%1 cannot be written").arg(QDir::toNativeSeparators(target)));
    partial.commit(mode);
}

std::unique_ptr<ForumFile> ForumFile::openBeside() const
{
    if (!m_scratch && m_db->fileHasMoved())
        throw StorageError(StorageError::Kind::Changed,
                           ForumFile::tr("%1 was replaced by another file since it was opened").arg(QDir::toNativeSeparators(m_path)));
    std::unique_ptr<ForumFile> forum(new ForumFile);
    forum->m_path = m_path;
    forum->m_filePath = m_filePath;
    forum->m_schemaVersion = m_schemaVersion;
    forum->m_readOnlyReason = m_readOnlyReason;
    forum->m_readOnlyMessage = m_readOnlyMessage;
    forum->m_lockHolder = m_lockHolder;
    forum->m_actor = m_actor;
    forum->m_migrations = m_migrations;
    forum->m_remember = false; // this one's next commit finds another connection wrote: a full check next time
    // The file this connection reads (a recovered copy, for a crashed file open read-only).
    forum->m_db = std::make_unique<Database>(m_db->path(), isReadOnly() ? Database::Mode::ReadOnly : Database::Mode::ReadWrite);
    if (isReadOnly()) {
        forum->m_db->exec(QStringLiteral("PRAGMA query_only=ON"));
        return forum;
    }
    forum->m_db->exec(QStringLiteral("PRAGMA journal_mode=DELETE; PRAGMA synchronous=FULL;"));
    // The same file, whose schema this one checked: the change log's triggers see every write.
    forum->m_db->allowCheckedTriggers();
    // Between the check above and this open, a sync tool may have put another file in its place.
    if (forum->m_db->fileHasMoved() || m_db->fileHasMoved())
        throw StorageError(StorageError::Kind::Changed,
                           ForumFile::tr("%1 was replaced by another file since it was opened").arg(QDir::toNativeSeparators(m_path)));
    return forum;
}

void ForumFile::rememberOwnChanges()
{
    if (!m_remember || m_dataVersion < 0 || isReadOnly())
        return;
    try {
        FileFingerprint fingerprint;
        qint64 dataVersion = -1;
        {
            ReadTransaction snapshot(*m_db);
            dataVersion = m_db->scalar(QStringLiteral("PRAGMA data_version")).toLongLong();
            fingerprint = FileFingerprint::of(*m_db, m_filePath);
        }
        if (dataVersion == m_dataVersion)
            PassedChecks::remember(fingerprint);
        else
            m_dataVersion = -1; // another program wrote to it: the next open checks it in full
    } catch (const StorageError &) {
        // Only a cache: the next open checks the file in full.
    }
}

void ForumFile::saveCopy(const QString &target, CopyTarget mode) const
{
    const QFileInfo info(target);
    const QString resolved = info.exists() ? info.canonicalFilePath() : info.absoluteFilePath();
    if (resolved == m_filePath || info.absoluteFilePath() == m_path)
        throw StorageError(StorageError::Kind::Io, ForumFile::tr("A copy cannot replace the open forum file itself"));
    if (info.isDir())
        throw StorageError(StorageError::Kind::Io,
                           ForumFile::tr("%1 is a folder; give a file name for the copy").arg(QDir::toNativeSeparators(target)));
    const auto failed = [&](StorageError::Kind kind, const QString &reason) {
        return StorageError(kind, ForumFile::tr("Cannot save a copy to %1: %2").arg(QDir::toNativeSeparators(target), reason));
    };
    if (mode == CopyTarget::MustNotExist && FileEntry::atPath(target).exists())
        throw StorageError(StorageError::Kind::AlreadyExists,
                           ForumFile::tr("%1 already exists").arg(QDir::toNativeSeparators(target)));
    try {
        PartialFile partial(target);
        {
            // A connection of its own, so that a copy made on a worker thread never shares the
            // window's connection; every change is committed at once, so it sees them all.
            Database source(m_db->path(), Database::Mode::ReadOnly);
            Statement st = source.query(QStringLiteral("VACUUM INTO ?"));
            st.bind(1, partial.path());
            st.run();
        }
        partial.commit(mode == CopyTarget::Replace ? PartialFile::Target::Replace : PartialFile::Target::MustNotExist);
    } catch (const StorageError &e) {
        if (e.kind() == StorageError::Kind::AlreadyExists)
            throw;
        throw failed(e.kind(), e.message());
    }
}

QStringList ForumFile::verify() const
{
    const int current = m_migrations.back().version;
    const int version = std::min(m_schemaVersion, current);
    ReadTransaction snapshot(*m_db);
    QStringList problems = schemaProblems(*m_db, version, m_migrations, m_schemaVersion > current);
    const ExpectedSchema &expected = expectedSchema(version, m_migrations);
    problems << integrityProblems(*m_db, problems.isEmpty() && m_schemaVersion <= current ? &expected : nullptr);
    problems << referenceProblems(*m_db);
    return problems;
}

} // namespace forumdesk
