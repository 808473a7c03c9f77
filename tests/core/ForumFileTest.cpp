// SPDX-License-Identifier: GPL-3.0-or-later
// The forum file: creation, refusing files that are not sound forums without changing a byte,
// read-only opens, the lock, migrations and saved copies.
#include <catch2/catch.hpp>

#include "tests/support/TestSupport.h"
#include "core/forum/ConsistencyCheck.h"
#include "core/forum/Forum.h"
#include "core/forum/Member.h"
#include "core/forum/NewForum.h"
#include "core/learning/PracticeLibrary.h"
#include "core/plans/Commitment.h"
#include "core/forum/VocabularyKeys.h"
#include "core/cocreation/Contribution.h"
#include "core/plans/CommitmentReview.h"
#include "core/storage/Database.h"
#include "core/storage/ForumFile.h"
#include "core/storage/StorageError.h"
#include "core/storage/Table.h"

#include <QDir>
#include <QFile>

#include <sqlite3.h>

using namespace forumdesk;

namespace {

QString makeForum(const test::TempFolder &folder, const QString &name = QStringLiteral("forum.ogpforum"))
{
    const QString path = folder.file(name);
    auto file = createForum(path, QStringLiteral("Foro de prueba"), QStringLiteral("es"));
    Member member;
    member.name = QStringLiteral("Ana Pérez");
    member.sector = QStringLiteral("government");
    Table<Member>(*file).create(member);
    return path;
}

// A forum file of format 1 as the previous version wrote it, built from its dump in tests/data.
QString formatOneForum(const test::TempFolder &folder)
{
    QFile dump(QStringLiteral(FORUMDESK_TEST_DATA "/format-v1/small-forum.sql"));
    REQUIRE(dump.open(QIODevice::ReadOnly));
    const QString path = folder.file(QStringLiteral("antiguo.ogpforum"));
    test::rawSql(path, dump.readAll().constData());
    return path;
}

// Opening must throw a StorageError of `kind` whose message contains `words`, and leave the
// file's bytes exactly as they were.
void requireRefused(const QString &path, StorageError::Kind kind, const QString &words)
{
    const QByteArray before = test::fileHash(path);
    try {
        ForumFile::open(path);
        FAIL("the file was opened");
    } catch (const StorageError &e) {
        INFO(e.message().toStdString());
        CHECK(e.kind() == kind);
        CHECK(e.message().contains(words));
        CHECK(e.message().contains(QFileInfo(path).fileName()));
    }
    CHECK(test::fileHash(path) == before);
    CHECK_FALSE(QFile::exists(path + QStringLiteral(".lock")));
}

} // namespace

TEST_CASE("A new forum file carries Forum Desk's identity and format version", "[forumfile]")
{
    test::TempFolder folder;
    const QString path = makeForum(folder);
    auto file = ForumFile::open(path);
    CHECK_FALSE(file->isReadOnly());
    CHECK(file->schemaVersion() == ForumFile::currentSchemaVersion());
    CHECK(ForumFile::currentSchemaVersion() == 6);
    CHECK(file->backupPath().isEmpty()); // a file of this version opens without migrating
    CHECK(file->database().scalar(QStringLiteral("PRAGMA application_id")).toLongLong() == kApplicationId);
    CHECK(file->database().scalar(QStringLiteral("PRAGMA user_version")).toInt() == 6);
    CHECK(file->database().scalar(QStringLiteral("PRAGMA journal_mode")).toString() == QStringLiteral("delete"));
    CHECK(file->database().scalar(QStringLiteral("PRAGMA synchronous")).toInt() == 2); // FULL
    const auto forum = Table<Forum>(*file).get(1);
    CHECK(forum.name == QStringLiteral("Foro de prueba"));
    CHECK(forum.language == QStringLiteral("es"));
    CHECK(forum.uid.size() == 36);
    CHECK(file->verify().isEmpty());
    // No half files or journals are left beside it.
    file.reset();
    const QStringList left = QDir(folder.path()).entryList(QDir::Files);
    CHECK(left == QStringList{QStringLiteral("forum.ogpforum")});
}

TEST_CASE("Creating a forum over an existing file is refused and the file kept", "[forumfile]")
{
    test::TempFolder folder;
    const QString path = makeForum(folder);
    const QByteArray before = test::fileHash(path);
    CHECK_THROWS_WITH(createForum(path, QStringLiteral("Otro")), Catch::Contains("already exists"));
    CHECK(test::fileHash(path) == before);
    CHECK_THROWS_WITH(createForum(folder.file(QStringLiteral("missing/f.ogpforum")), QStringLiteral("X")),
                      Catch::Contains("does not exist"));
}

TEST_CASE("Files that are not sound forums are refused with the reason, unchanged", "[forumfile][security]")
{
    test::TempFolder folder;

    SECTION("a missing file")
    {
        CHECK_THROWS_WITH(ForumFile::open(folder.file(QStringLiteral("nothing.ogpforum"))),
                          Catch::Contains("does not exist"));
    }
    SECTION("a folder")
    {
        const QString path = folder.file(QStringLiteral("folder.ogpforum"));
        QDir().mkdir(path);
        try {
            ForumFile::open(path);
            FAIL("a folder was opened");
        } catch (const StorageError &e) {
            CHECK(e.message().contains(QStringLiteral("folder")));
        }
    }
    SECTION("an empty file")
    {
        const QString path = folder.file(QStringLiteral("empty.ogpforum"));
        test::writeFile(path, {});
        requireRefused(path, StorageError::Kind::NotAForum, QStringLiteral("empty"));
    }
    SECTION("a text file named like a forum")
    {
        const QString path = folder.file(QStringLiteral("notes.ogpforum"));
        test::writeFile(path, QByteArray("Acta de la sesión\n").repeated(50));
        requireRefused(path, StorageError::Kind::NotAForum, QStringLiteral("not an SQLite database"));
    }
    SECTION("another application's SQLite file")
    {
        const QString path = folder.file(QStringLiteral("other.ogpforum"));
        test::rawSql(path, "PRAGMA application_id = 1234; CREATE TABLE contacts (name TEXT);");
        requireRefused(path, StorageError::Kind::NotAForum, QStringLiteral("another application"));
    }
    SECTION("an SQLite file without an application id")
    {
        const QString path = folder.file(QStringLiteral("plain.ogpforum"));
        test::rawSql(path, "CREATE TABLE member (name TEXT);");
        requireRefused(path, StorageError::Kind::NotAForum, QStringLiteral("not a Forum Desk forum file"));
    }
    SECTION("a corrupt file")
    {
        const QString path = makeForum(folder);
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadWrite));
        const qint64 pageSize = 4096;
        // Overwrite the middle of the file (b-tree pages) with garbage, keeping the header.
        for (qint64 page = 2; page < file.size() / pageSize; page += 3) {
            file.seek(page * pageSize + 8);
            file.write(QByteArray(200, '\xA5'));
        }
        file.close();
        requireRefused(path, StorageError::Kind::Corrupt, QStringLiteral("damaged"));
    }
    SECTION("a file with a trigger added")
    {
        const QString path = makeForum(folder);
        test::rawSql(path, "CREATE TRIGGER steal AFTER INSERT ON member BEGIN DELETE FROM member; END;");
        requireRefused(path, StorageError::Kind::Altered, QStringLiteral("unexpected trigger “steal”"));
    }
    SECTION("a file with a view added")
    {
        const QString path = makeForum(folder);
        test::rawSql(path, "CREATE VIEW everyone AS SELECT * FROM member;");
        requireRefused(path, StorageError::Kind::Altered, QStringLiteral("unexpected view “everyone”"));
    }
    SECTION("a file with a table dropped")
    {
        const QString path = makeForum(folder);
        test::rawSql(path, "DROP TABLE lesson;");
        requireRefused(path, StorageError::Kind::Altered, QStringLiteral("table “lesson” is missing"));
    }
    SECTION("a file with a table changed")
    {
        const QString path = makeForum(folder);
        test::rawSql(path, "ALTER TABLE member ADD COLUMN secret TEXT;");
        requireRefused(path, StorageError::Kind::Altered, QStringLiteral("table “member” has been changed"));
    }
}

TEST_CASE("A file from a newer Forum Desk opens read-only and is never changed", "[forumfile]")
{
    test::TempFolder folder;
    const QString path = makeForum(folder);
    test::rawSql(path, "PRAGMA user_version = 7; ALTER TABLE member ADD COLUMN pronouns TEXT;");
    const QByteArray before = test::fileHash(path);
    {
        auto file = ForumFile::open(path);
        CHECK(file->isReadOnly());
        CHECK(file->readOnlyReason() == ForumFile::ReadOnlyReason::NewerFormat);
        CHECK(file->readOnlyMessage().contains(QStringLiteral("newer version")));
        CHECK(file->schemaVersion() == 7);
        // Its data can still be read.
        CHECK(Table<Member>(*file).list().first().name == QStringLiteral("Ana Pérez"));
        Member member;
        member.name = QStringLiteral("Luis");
        try {
            Table<Member>(*file).create(member);
            FAIL("a read-only forum accepted a change");
        } catch (const StorageError &e) {
            CHECK(e.kind() == StorageError::Kind::ReadOnly);
            CHECK(e.message().contains(QStringLiteral("newer version")));
        }
    }
    CHECK(test::fileHash(path) == before);
}

TEST_CASE("A file asked for read-only is opened without a lock and stays unchanged", "[forumfile]")
{
    test::TempFolder folder;
    const QString path = makeForum(folder);
    const QByteArray before = test::fileHash(path);
    {
        OpenOptions options;
        options.readOnly = true;
        auto file = ForumFile::open(path, options);
        CHECK(file->readOnlyReason() == ForumFile::ReadOnlyReason::Requested);
        CHECK_FALSE(QFile::exists(path + QStringLiteral(".lock")));
        CHECK(file->verify().isEmpty());
    }
    CHECK(test::fileHash(path) == before);
}

TEST_CASE("A second opener gets the forum read-only and is told who holds it", "[forumfile]")
{
    test::TempFolder folder;
    const QString path = makeForum(folder);
    auto first = ForumFile::open(path);
    REQUIRE_FALSE(first->isReadOnly());
    CHECK(QFile::exists(path + QStringLiteral(".lock")));
    {
        auto second = ForumFile::open(path);
        CHECK(second->isReadOnly());
        CHECK(second->readOnlyReason() == ForumFile::ReadOnlyReason::Locked);
        CHECK(second->readOnlyMessage().contains(QString::number(QCoreApplication::applicationPid())));
        CHECK(Table<Member>(*second).count() == 1);
    }
    // The first keeps working, and once it closes, the file can be opened for writing again.
    Member member;
    member.name = QStringLiteral("Luis Gómez");
    Table<Member>(*first).create(member);
    first.reset();
    CHECK_FALSE(QFile::exists(path + QStringLiteral(".lock")));
    auto third = ForumFile::open(path);
    CHECK_FALSE(third->isReadOnly());
    CHECK(Table<Member>(*third).count() == 2);
}

TEST_CASE("Migrations run in order, each in a transaction, after keeping a copy", "[forumfile][migration]")
{
    test::TempFolder folder;
    const QString path = makeForum(folder);
    const QByteArray original = test::fileHash(path);

    OpenOptions options;
    options.migrations = standardMigrations();
    const int current = ForumFile::currentSchemaVersion();
    const int next = current + 1;
    const QString backup = path + QStringLiteral(".v%1.bak").arg(current);

    SECTION("a step that succeeds")
    {
        options.migrations.push_back({next, QStringLiteral("test: members get a nickname"), [](Database &db) {
                                          db.exec(QStringLiteral("ALTER TABLE member ADD COLUMN nickname TEXT"));
                                      }});
        auto file = ForumFile::open(path, options);
        CHECK(file->schemaVersion() == next);
        CHECK(file->database().scalar(QStringLiteral("PRAGMA user_version")).toInt() == next);
        CHECK(file->backupPath() == backup);
        CHECK(test::fileHash(file->backupPath()) == original);
        CHECK(file->database().scalar(QStringLiteral("SELECT count(*) FROM pragma_table_info('member') WHERE name = 'nickname'")).toInt() == 1);
        CHECK(Table<Member>(*file).list().first().name == QStringLiteral("Ana Pérez"));
        CHECK(file->database().scalar(QStringLiteral("SELECT count(*) FROM activity WHERE action = 'migrate'")).toInt() == 1);
        file.reset();
        // Reopened by the same version: no second migration, no second backup.
        QFile::remove(backup);
        auto again = ForumFile::open(path, options);
        CHECK(again->backupPath().isEmpty());
        CHECK(again->verify().isEmpty());
        again.reset();
        // This version of Forum Desk (the current format) now sees a newer file: read-only.
        auto older = ForumFile::open(path);
        CHECK(older->readOnlyReason() == ForumFile::ReadOnlyReason::NewerFormat);
    }
    SECTION("a step that fails leaves the file at its old version")
    {
        options.migrations.push_back({next, QStringLiteral("test: fails half way"), [](Database &db) {
                                          db.exec(QStringLiteral("ALTER TABLE member ADD COLUMN nickname TEXT"));
                                          db.exec(QStringLiteral("THIS IS NOT SQL"));
                                      }});
        CHECK_THROWS_AS(ForumFile::open(path, options), StorageError);
        CHECK(test::fileHash(backup) == original);
        auto file = ForumFile::open(path);
        CHECK(file->schemaVersion() == current);
        CHECK(file->verify().isEmpty());
        CHECK(Table<Member>(*file).count() == 1);
    }
}

TEST_CASE("A format 1 forum is read as it is, and migrated to the current format after keeping a copy", "[forumfile][migration]")
{
    test::TempFolder folder;
    const QString path = formatOneForum(folder);
    const QByteArray original = test::fileHash(path);

    SECTION("read-only, it is read in format 1 and left unchanged")
    {
        {
            OpenOptions options;
            options.readOnly = true; // as forumdesk-cli opens files
            auto file = ForumFile::open(path, options);
            CHECK(file->schemaVersion() == 1);
            CHECK(file->backupPath().isEmpty());
            CHECK(ConsistencyCheck::run(*file).isEmpty());
            // Its commitments are read; it cites no practices, as format 1 cannot.
            const QList<Commitment> commitments = Table<Commitment>(*file).list();
            REQUIRE(commitments.size() == 3);
            CHECK_FALSE(PracticeLibrary::holdsCitations(*file));
            CHECK(PracticeLibrary::citations(*file, commitments.first().id).isEmpty());
        }
        CHECK(test::fileHash(path) == original);
        CHECK_FALSE(QFile::exists(path + QStringLiteral(".v1.bak")));
    }
    SECTION("writable, it is migrated once, its copy kept, its records intact")
    {
        {
            auto file = ForumFile::open(path);
            CHECK(file->schemaVersion() == ForumFile::currentSchemaVersion());
            CHECK(file->database().scalar(QStringLiteral("PRAGMA user_version")).toInt() == ForumFile::currentSchemaVersion());
            CHECK(file->backupPath() == path + QStringLiteral(".v1.bak"));
            CHECK(test::fileHash(file->backupPath()) == original);
            CHECK(file->database().scalar(QStringLiteral("SELECT count(*) FROM activity WHERE action = 'migrate'")).toInt() == 1);
            CHECK(ConsistencyCheck::run(*file).isEmpty());
            const QList<Commitment> commitments = Table<Commitment>(*file).list();
            REQUIRE(commitments.size() == 3);
            CHECK(commitments.first().title == QStringLiteral("Datos abiertos de contrataciones públicas"));
            CHECK(file->database().scalar(QStringLiteral("SELECT count(*) FROM assessment")).toInt() == 4);
            CHECK(file->database().scalar(QStringLiteral("SELECT count(*) FROM lesson")).toInt() == 5);
            // Format 5 keeps each member's seat with the attendance: rows taken before it get the
            // member's role as the file knows it; guests get none.
            const qint64 seated = file->database().scalar(QStringLiteral("SELECT count(*) FROM attendance WHERE member_id IS NOT NULL AND guest = 0")).toLongLong();
            REQUIRE(seated > 0);
            CHECK(file->database().scalar(QStringLiteral(
                      "SELECT count(*) FROM attendance a JOIN member m ON m.id = a.member_id "
                      "WHERE a.guest = 0 AND a.role = m.role AND a.voting = m.voting")).toLongLong() == seated);
            CHECK(file->database().scalar(QStringLiteral("SELECT count(*) FROM attendance WHERE guest = 1 AND role IS NOT NULL")).toLongLong() == 0);
            // Format 6 runs meetings live: meetings held before it have no actual times and no
            // speakers, and one can now be started.
            CHECK(file->database().scalar(QStringLiteral("SELECT count(*) FROM meeting WHERE live_started_at IS NOT NULL")).toInt() == 0);
            CHECK(file->database().scalar(QStringLiteral("SELECT count(*) FROM intervention")).toInt() == 0);
            // Format 2 holds citations.
            PracticeLibrary::setCitations(*file, commitments.first().id, {QStringLiteral("prozorro_ukraine")});
            CHECK(PracticeLibrary::citations(*file, commitments.first().id) == QStringList{QStringLiteral("prozorro_ukraine")});
        }
        // Reopened: already in the current format, no second migration or copy.
        QFile::remove(path + QStringLiteral(".v1.bak"));
        auto again = ForumFile::open(path);
        CHECK(again->schemaVersion() == ForumFile::currentSchemaVersion());
        CHECK(again->backupPath().isEmpty());
        CHECK_FALSE(QFile::exists(path + QStringLiteral(".v1.bak")));
        CHECK(again->verify().isEmpty());
        CHECK(again->database().scalar(QStringLiteral("SELECT count(*) FROM activity WHERE action = 'migrate'")).toInt() == 1);
    }
}

TEST_CASE("A format 2 forum is read as it is, its template fields empty, and migrated to format 3 after keeping a copy", "[forumfile][migration]")
{
    test::TempFolder folder;
    const QString path = formatOneForum(folder);
    {
        // Format 2 as the previous version wrote it: format 1 migrated by the steps it knew.
        OpenOptions previous;
        previous.migrations = standardMigrations();
        previous.migrations.resize(2);
        auto file = ForumFile::open(path, previous);
        REQUIRE(file->schemaVersion() == 2);
    }
    QFile::remove(path + QStringLiteral(".v1.bak"));
    const QByteArray original = test::fileHash(path);

    SECTION("read-only, its commitments and contributions are read without the new columns")
    {
        {
            OpenOptions options;
            options.readOnly = true;
            auto file = ForumFile::open(path, options);
            CHECK(file->schemaVersion() == 2);
            const QList<Commitment> commitments = Table<Commitment>(*file).list();
            REQUIRE(commitments.size() == 3);
            CHECK(commitments.first().title == QStringLiteral("Datos abiertos de contrataciones públicas"));
            CHECK(commitments.first().briefDescription.isEmpty());
            CHECK(commitments.first().policyAreas.isEmpty());
            // What format 3 adds is what the template still lacks.
            QStringList fields;
            for (const TemplateGap &gap : CommitmentReview::gaps(*file, commitments.first().id))
                fields << gap.field;
            CHECK(fields.contains(QStringLiteral("brief_description")));
            CHECK(fields.contains(QStringLiteral("policy_areas")));
            const QList<Contribution> contributions = Table<Contribution>(*file).list();
            for (const Contribution &c : contributions)
                CHECK_FALSE(c.authorConsents);
        }
        CHECK(test::fileHash(path) == original);
        CHECK_FALSE(QFile::exists(path + QStringLiteral(".v2.bak")));
    }
    SECTION("writable, it is migrated once and keeps the template's new fields")
    {
        qint64 commitmentId = 0;
        {
            auto file = ForumFile::open(path);
            CHECK(file->schemaVersion() == ForumFile::currentSchemaVersion());
            CHECK(file->backupPath() == path + QStringLiteral(".v2.bak"));
            CHECK(test::fileHash(file->backupPath()) == original);
            CHECK(file->verify().isEmpty());
            CHECK(ConsistencyCheck::run(*file).isEmpty());
            Commitment c = Table<Commitment>(*file).list().first();
            commitmentId = c.id;
            c.briefDescription = QStringLiteral("Publicar cada contrato público en datos abiertos.");
            c.causes = QStringLiteral("Los contratos se publican en PDF escaneado.");
            c.contactName = QStringLiteral("Rosa Quispe");
            c.contactEmail = QStringLiteral("rquispe@compras.gob.example");
            c.policyAreas = {QString(key::PolicyArea::OpenContracting), QString(key::PolicyArea::AntiCorruption)};
            Table<Commitment>(*file).update(c);
        }
        auto again = ForumFile::open(path);
        CHECK(again->backupPath().isEmpty());
        const Commitment c = Table<Commitment>(*again).get(commitmentId);
        CHECK(c.briefDescription == QStringLiteral("Publicar cada contrato público en datos abiertos."));
        CHECK(c.contactEmail == QStringLiteral("rquispe@compras.gob.example"));
        CHECK(c.policyAreas == QStringList{QString(key::PolicyArea::OpenContracting), QString(key::PolicyArea::AntiCorruption)});
        // A policy area outside OGP's list is refused before SQLite would refuse it.
        Commitment wrong = c;
        wrong.policyAreas = {QStringLiteral("astrology")};
        CHECK_THROWS_AS(Table<Commitment>(*again).update(wrong), ValidationError);
    }
}

TEST_CASE("A crash while a migration committed is recovered to the format before it, then migrated", "[forumfile][migration][crash]")
{
    test::TempFolder folder;
    const QString path = formatOneForum(folder);
    const QString crashed = folder.file(QStringLiteral("crashed.ogpforum"));
    // The file already says format 2 while its journal holds format 1's first page: what a crash
    // leaves between a migration's writes and its commit.
    test::freezeCrash(path, crashed,
                      "PRAGMA user_version = 2; CREATE TABLE spill (x);" // pages spilled: the journal is synced
                      "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 3000) "
                      "INSERT INTO spill SELECT randomblob(200) FROM n;");
    {
        // SQLite keeps the first page in memory until the commit: write its new version number
        // (bytes 60-63) as the commit would have, the old first page being in the journal.
        QFile raw(crashed);
        REQUIRE(raw.open(QIODevice::ReadWrite));
        REQUIRE(raw.seek(60));
        REQUIRE(raw.write(QByteArray("\0\0\0\2", 4)) == 4);
    }
    SECTION("read-only, it is read in format 1")
    {
        OpenOptions options;
        options.readOnly = true;
        auto file = ForumFile::open(crashed, options);
        CHECK(file->schemaVersion() == 1);
        CHECK(Table<Commitment>(*file).list().size() == 3);
        CHECK_FALSE(PracticeLibrary::holdsCitations(*file));
    }
    SECTION("writable, it is recovered and then migrated")
    {
        auto file = ForumFile::open(crashed);
        CHECK_FALSE(file->isReadOnly());
        CHECK(file->schemaVersion() == ForumFile::currentSchemaVersion());
        CHECK(Table<Commitment>(*file).list().size() == 3);
        CHECK(PracticeLibrary::holdsCitations(*file));
        CHECK(file->verify().isEmpty());
        CHECK(QFile::exists(crashed + QStringLiteral(".v1.bak")));
    }
}

TEST_CASE("A saved copy reopens with the same content", "[forumfile]")
{
    test::TempFolder folder;
    const QString path = makeForum(folder);
    auto file = ForumFile::open(path);
    const QString copy = folder.file(QStringLiteral("copia.ogpforum"));
    file->saveCopy(copy);
    // An earlier copy is replaced only when asked, and stays as it was until then.
    Member member;
    member.name = QStringLiteral("Rosa Quispe");
    Table<Member>(*file).create(member);
    const QByteArray earlier = test::fileHash(copy);
    CHECK_THROWS_WITH(file->saveCopy(copy), Catch::Contains("copia.ogpforum already exists"));
    CHECK(test::fileHash(copy) == earlier);
    file->saveCopy(copy, ForumFile::CopyTarget::Replace);
    auto reopened = ForumFile::open(copy);
    CHECK_FALSE(reopened->isReadOnly());
    CHECK(reopened->verify().isEmpty());
    QStringList names;
    for (const Member &m : Table<Member>(*reopened).list({}, {}, QStringLiteral("name")))
        names << m.name;
    CHECK(names == QStringList{QStringLiteral("Ana Pérez"), QStringLiteral("Rosa Quispe")});
    CHECK(Table<Forum>(*reopened).get(1).uid == Table<Forum>(*file).get(1).uid);

    CHECK_THROWS_WITH(file->saveCopy(path), Catch::Contains("open forum file itself"));
    CHECK_THROWS_WITH(file->saveCopy(folder.path()), Catch::Contains("is a folder"));
    CHECK_THROWS_WITH(file->saveCopy(folder.file(QStringLiteral("no/such/copy.ogpforum"))),
                      Catch::Contains("does not exist"));
    // No partial files are left behind.
    for (const QString &name : QDir(folder.path()).entryList(QDir::Files))
        CHECK_FALSE(name.contains(QStringLiteral(".part-")));
}

TEST_CASE("Every change writes the activity log with who made it", "[forumfile]")
{
    test::TempFolder folder;
    const QString path = makeForum(folder);
    auto file = ForumFile::open(path);
    file->setActor(QStringLiteral("Secretaría Técnica"));
    Table<Member> members(*file);
    Member member;
    member.name = QStringLiteral("Julia Mamani");
    members.create(member);
    member.organization = QStringLiteral("Red Ciudadana");
    members.update(member);
    members.remove(member.id);
    Statement st = file->database().query(QStringLiteral(
        "SELECT action, entity, entity_uid, summary FROM activity WHERE actor = ? ORDER BY id"));
    st.bind(1, QStringLiteral("Secretaría Técnica"));
    QStringList actions;
    while (st.next()) {
        actions << st.text(0);
        CHECK(st.text(1) == QStringLiteral("member"));
        CHECK(st.text(2) == member.uid);
        CHECK(st.text(3) == QStringLiteral("Julia Mamani"));
    }
    CHECK(actions == QStringList{QStringLiteral("create"), QStringLiteral("update"), QStringLiteral("delete")});
}

TEST_CASE("A forum left half-written by a crash is recovered to its last saved state", "[forumfile][crash]")
{
    test::TempFolder folder;
    const QString path = makeForum(folder);
    const QString crashed = folder.file(QStringLiteral("crashed.ogpforum"));
    // A big change in progress, its pages already spilled into the file and the originals in the
    // journal, copied as they are at that moment.
    test::freezeCrash(path, crashed,
                      "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 3000) "
                      "INSERT INTO member (uid, created_at, updated_at, name, sector) "
                      "SELECT lower(hex(randomblob(18))), '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z', "
                      "'Persona ' || i, 'other' FROM n;");
    SECTION("read-only: the recovered state is shown and the files are left alone")
    {
        const QByteArray before = test::fileHash(crashed);
        OpenOptions options;
        options.readOnly = true;
        {
            auto file = ForumFile::open(crashed, options);
            CHECK(Table<Member>(*file).count() == 1);
        }
        CHECK(test::fileHash(crashed) == before);
        CHECK(QFile::exists(crashed + QStringLiteral("-journal")));
    }
    SECTION("writable: the file itself is recovered")
    {
        auto file = ForumFile::open(crashed);
        CHECK_FALSE(file->isReadOnly());
        CHECK(Table<Member>(*file).count() == 1);
        CHECK(file->verify().isEmpty());
        CHECK_FALSE(QFile::exists(crashed + QStringLiteral("-journal")));
    }
}
