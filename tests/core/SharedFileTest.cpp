// SPDX-License-Identifier: GPL-3.0-or-later
// One forum file shared between programs: readers beside a writer, writers killed at random,
// hostile files beside the forum, damage only the full check sees, fast opening of a file that
// passed it, and the hygiene of files written beside (parts, backups, locks).
#include <catch2/catch.hpp>

#include "tests/support/TestSupport.h"
#include "core/cocreation/ContributionImport.h"
#include "core/forum/ConsistencyCheck.h"
#include "core/forum/Member.h"
#include "core/forum/NewForum.h"
#include "core/storage/Database.h"
#include "core/storage/ForumFile.h"
#include "core/storage/PartialFile.h"
#include "core/storage/PassedChecks.h"
#include "core/storage/StorageError.h"
#include "core/storage/Table.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSysInfo>
#include <QThread>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <filesystem>
#include <future>
#include <thread>

#include <sqlite3.h>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <sys/file.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>
#endif

using namespace forumdesk;

namespace {

QString makeForum(const test::TempFolder &folder, const QString &name = QStringLiteral("forum.ogpforum"))
{
    const QString path = folder.file(name);
    auto file = createForum(path, QStringLiteral("Foro compartido"), QStringLiteral("es"));
    Member member;
    member.name = QStringLiteral("Ana Pérez");
    member.sector = QStringLiteral("government");
    Table<Member>(*file).create(member);
    return path;
}

QStringList folderListing(const QString &folder)
{
    return QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::Name);
}

QString exactRefusal(const QString &path, const QString &reason)
{
    return QStringLiteral("%1 cannot be opened: %2").arg(QDir::toNativeSeparators(path), reason);
}

// Opens `path` on a thread of its own, so that an open that blocks fails the test instead of
// hanging it; `unblock` is run if it does not return in time.
std::optional<QString> openRefusal(const QString &path, const OpenOptions &options, const std::function<void()> &unblock)
{
    auto result = std::async(std::launch::async, [path, options]() -> std::optional<QString> {
        try {
            ForumFile::open(path, options);
            return std::nullopt;
        } catch (const StorageError &e) {
            return e.message();
        }
    });
    if (result.wait_for(std::chrono::seconds(20)) != std::future_status::ready) {
        unblock();
        result.wait();
        FAIL("opening the forum blocked");
    }
    return result.get();
}

#ifdef Q_OS_UNIX
void makeSocket(const QString &path)
{
    const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
    REQUIRE(fd >= 0);
    sockaddr_un address{};
    address.sun_family = AF_UNIX;
    const QByteArray name = QFile::encodeName(path);
    REQUIRE(size_t(name.size()) < sizeof address.sun_path);
    std::memcpy(address.sun_path, name.constData(), size_t(name.size()));
    REQUIRE(::bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof address) == 0);
    ::close(fd);
}
#endif

// A lock file as a Forum Desk on another computer leaves it (QLockFile's format).
void foreignLock(const QString &lockPath, const QString &host, qint64 pid)
{
    test::writeFile(lockPath, QStringLiteral("%1\nforumdesk\n%2\n").arg(pid).arg(host).toUtf8());
}

qint64 editsIn(ForumFile &file)
{
    return file.database().scalar(QStringLiteral("SELECT count(*) FROM member WHERE name LIKE 'Edit %'")).toLongLong();
}

// The highest edit number `writer` reported as committed (0 when none).
qint64 lastCommitted(const QByteArray &output)
{
    qint64 last = 0;
    for (const QByteArray &line : output.split('\n'))
        if (line.startsWith("committed "))
            last = std::max(last, line.mid(10).toLongLong());
    return last;
}

} // namespace

#ifdef Q_OS_UNIX
TEST_CASE("Hostile files beside a forum are refused with a clear message, never waited on, and nothing is left beside", "[shared][security]")
{
    test::TempFolder folder;
    const QString path = makeForum(folder);
    const QString journal = path + QStringLiteral("-journal");
    const QByteArray before = test::fileHash(path);

    struct Case {
        const char *suffix;
        const char *kind;
        std::function<void(const QString &)> make;
    };
    const auto fifo = [](const QString &p) { REQUIRE(::mkfifo(QFile::encodeName(p).constData(), 0600) == 0); };
    const auto link = [&](const QString &p) {
        test::writeFile(folder.file(QStringLiteral("elsewhere.txt")), "keep me\n");
        REQUIRE(QFile::link(folder.file(QStringLiteral("elsewhere.txt")), p));
    };
    const auto socket = [](const QString &p) { makeSocket(p); };
    const auto directory = [](const QString &p) { REQUIRE(QDir().mkdir(p)); };
    const std::vector<Case> cases{
        {"-journal", "a named pipe", fifo},       {"-wal", "a named pipe", fifo},
        {"-shm", "a named pipe", fifo},           {".lock", "a named pipe", fifo},
        {"-journal", "a symbolic link", link},    {".lock", "a symbolic link", link},
        {"-journal", "a socket", socket},         {"-journal", "a folder", directory},
    };
    for (const Case &c : cases) {
        const QString neighbour = path + QLatin1String(c.suffix);
        c.make(neighbour);
        const QStringList listing = folderListing(folder.path());
        const QString expected = exactRefusal(
            path, QStringLiteral("“forum.ogpforum%1” beside it is %2, not a file Forum Desk wrote; remove it or move "
                                 "the forum file to another folder")
                      .arg(QLatin1String(c.suffix), QLatin1String(c.kind)));
        INFO(c.suffix << " as " << c.kind);
        for (const bool readOnly : {true, false}) {
            OpenOptions options;
            options.readOnly = readOnly;
            const auto refusal = openRefusal(path, options, [&] {
                // Whoever waits on the pipe is let go, so the test can fail instead of hanging.
                const int fd = ::open(QFile::encodeName(neighbour).constData(), O_WRONLY | O_NONBLOCK);
                if (fd >= 0)
                    ::close(fd);
            });
            REQUIRE(refusal.has_value());
            CHECK(*refusal == expected);
        }
        // The command line says the same in one line, and exits 3, in good time.
        const auto cli = test::runCli({QStringLiteral("info"), path}, {}, 20000);
        CHECK(cli.exitCode == 3);
        CHECK(QString::fromUtf8(cli.err).trimmed() == QStringLiteral("forumdesk-cli: ") + expected);
        CHECK(folderListing(folder.path()) == listing);
        CHECK(test::fileHash(path) == before);
        if (QFileInfo(neighbour).isDir() && !QFileInfo(neighbour).isSymLink())
            QDir(neighbour).removeRecursively();
        else
            QFile::remove(neighbour);
    }
    QFile elsewhere(folder.file(QStringLiteral("elsewhere.txt")));
    REQUIRE(elsewhere.open(QIODevice::ReadOnly));
    CHECK(elsewhere.readAll() == "keep me\n"); // nothing was written through the links
    CHECK(ForumFile::open(path)->verify().isEmpty());
}

TEST_CASE("A crash journal asking for another file to be deleted is refused, and that file stays", "[shared][security]")
{
    test::TempFolder folder;
    const QString path = makeForum(folder);
    const QString journal = path + QStringLiteral("-journal");
    const QString victim = folder.file(QStringLiteral("informe-anual.odt"));
    test::writeFile(victim, "the secretariat's work\n");
    {
        // A real crash journal (a change in progress, frozen)...
        const QString live = folder.file(QStringLiteral("live.ogpforum"));
        REQUIRE(QFile::copy(path, live));
        test::freezeCrash(live, path,
                          "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 2000) "
                          "INSERT INTO member (uid, created_at, updated_at, name, sector) "
                          "SELECT lower(hex(randomblob(18))), '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z', "
                          "'Persona ' || i, 'other' FROM n;");
        QFile::remove(live);
    }
    {
        // ...ending with a super-journal record naming the victim, as SQLite writes one for a
        // commit across attached databases: SQLite deletes that file after replaying.
        const QByteArray name = QFile::encodeName(victim);
        quint32 sum = 0;
        for (const char c : name)
            sum += quint32(qint32(c));
        QByteArray record(4, '\0');
        record += name;
        const auto bigEndian = [](quint32 v) {
            const char bytes[4] = {char(v >> 24), char(v >> 16), char(v >> 8), char(v)};
            return QByteArray(bytes, 4);
        };
        record += bigEndian(quint32(name.size())) + bigEndian(sum);
        record += QByteArray("\xd9\xd5\x05\xf9\x20\xa1\x63\xd7", 8);
        QFile out(journal);
        REQUIRE(out.open(QIODevice::Append));
        REQUIRE(out.write(record) == record.size());
    }
    const QByteArray before = test::fileHash(path);
    const QStringList listing = folderListing(folder.path());
    const QString expected = exactRefusal(
        path, QStringLiteral("“forum.ogpforum-journal” beside it asks for another file to be deleted, which a journal "
                             "of Forum Desk never does, so it is not a file Forum Desk wrote; remove it or move the "
                             "forum file to another folder"));
    for (const bool readOnly : {true, false}) {
        OpenOptions options;
        options.readOnly = readOnly;
        const auto refusal = openRefusal(path, options, [] {});
        REQUIRE(refusal.has_value());
        CHECK(*refusal == expected);
    }
    const auto cli = test::runCli({QStringLiteral("info"), path}, {}, 20000);
    CHECK(cli.exitCode == 3);
    CHECK(QString::fromUtf8(cli.err).trimmed() == QStringLiteral("forumdesk-cli: ") + expected);
    CHECK(QFile::exists(victim));
    CHECK(test::fileHash(path) == before);
    CHECK(folderListing(folder.path()) == listing);
}

TEST_CASE("A named pipe put beside a forum while it is open makes an edit fail with the reason, not hang", "[shared][security]")
{
    test::TempFolder folder;
    const QString path = makeForum(folder);
    auto file = ForumFile::open(path);
    const QString journal = path + QStringLiteral("-journal");
    REQUIRE(::mkfifo(QFile::encodeName(journal).constData(), 0600) == 0);
    auto edit = std::async(std::launch::async, [&]() -> QString {
        try {
            Member member;
            member.name = QStringLiteral("Luis Rojas");
            member.sector = QStringLiteral("civil_society");
            Table<Member>(*file).create(member);
            return QString();
        } catch (const StorageError &e) {
            return e.message();
        }
    });
    if (edit.wait_for(std::chrono::seconds(20)) != std::future_status::ready) {
        const int fd = ::open(QFile::encodeName(journal).constData(), O_RDONLY | O_NONBLOCK);
        edit.wait();
        if (fd >= 0)
            ::close(fd);
        FAIL("the edit blocked on the pipe");
    }
    CHECK(edit.get() == QStringLiteral("“%1” beside the forum file is a named pipe; Forum Desk will not use it. "
                                       "Remove it or move the forum file to another folder")
                            .arg(QDir::toNativeSeparators(journal)));
    QFile::remove(journal);
    CHECK(Table<Member>(*file).count() == 1); // the edit was not made, and the forum reads again
}
#endif

TEST_CASE("A connection knows when its path has been given to another file, as a sync tool does", "[shared]")
{
    test::TempFolder folder;
    const QString path = makeForum(folder);
    const QString other = makeForum(folder, QStringLiteral("other.ogpforum"));
    Database db(path, Database::Mode::ReadOnly);
    CHECK_FALSE(db.fileHasMoved());
    // A sync tool writes the new version beside and renames it over the old one.
    std::error_code error;
    std::filesystem::rename(QFile::encodeName(other).toStdString(), QFile::encodeName(path).toStdString(), error);
    REQUIRE_FALSE(error);
    CHECK(db.fileHasMoved());
    // Opening again reads the file that is there now, and it is sound.
    CHECK(ForumFile::open(path, OpenOptions{true})->verify().isEmpty());
}

TEST_CASE("A forum reached through a symbolic link opens, with its lock beside the real file", "[shared]")
{
    test::TempFolder folder;
    const QString real = makeForum(folder);
    QDir().mkdir(folder.file(QStringLiteral("shortcuts")));
    const QString link = folder.file(QStringLiteral("shortcuts/forum.ogpforum"));
    REQUIRE(QFile::link(real, link));
    auto file = ForumFile::open(link);
    CHECK_FALSE(file->isReadOnly());
    CHECK(file->path() == link);
    CHECK(file->filePath() == QFileInfo(real).canonicalFilePath());
    CHECK(QFile::exists(real + QStringLiteral(".lock")));
    CHECK_FALSE(QFile::exists(link + QStringLiteral(".lock")));
    CHECK(Table<Member>(*file).count() == 1);
    // The same forum by its own name is held by that lock.
    auto second = ForumFile::open(real);
    CHECK(second->readOnlyReason() == ForumFile::ReadOnlyReason::Locked);

    const QString dangling = folder.file(QStringLiteral("shortcuts/gone.ogpforum"));
    REQUIRE(QFile::link(folder.file(QStringLiteral("nowhere.ogpforum")), dangling));
    CHECK_THROWS_WITH(ForumFile::open(dangling), Catch::Contains("it is a link to") && Catch::Contains("which does not exist"));
}

TEST_CASE("Only files with a rollback journal are opened, a write-ahead log beside one is never read", "[shared][security]")
{
    test::TempFolder folder;
    const QString path = makeForum(folder);

    SECTION("a header switched to WAL is refused, the file unchanged and nothing left beside")
    {
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadWrite));
        file.seek(18);
        file.write("\x02\x02", 2);
        file.close();
        const QByteArray before = test::fileHash(path);
        const QStringList listing = folderListing(folder.path());
        for (const bool readOnly : {true, false}) {
            OpenOptions options;
            options.readOnly = readOnly;
            try {
                ForumFile::open(path, options);
                FAIL("a WAL file was opened");
            } catch (const StorageError &e) {
                CHECK(e.message() == exactRefusal(path, QStringLiteral(
                    "another program switched it to write-ahead logging (WAL), which Forum Desk does not use because it "
                    "is unsafe on shared folders; switch it back with that program (PRAGMA journal_mode=DELETE) or open "
                    "a copy saved before")));
            }
        }
        CHECK(test::fileHash(path) == before);
        CHECK(folderListing(folder.path()) == listing);
    }

    SECTION("a file switched to WAL by another program while open: reading and editing fail saying so")
    {
        auto file = ForumFile::open(path);
        REQUIRE_FALSE(file->isReadOnly());
        sqlite3 *other = nullptr;
        REQUIRE(sqlite3_open(QFile::encodeName(path).constData(), &other) == SQLITE_OK);
        REQUIRE(sqlite3_exec(other, "PRAGMA journal_mode=WAL", nullptr, nullptr, nullptr) == SQLITE_OK);
        sqlite3_close(other);
        try {
            // The next read already sees the new header.
            Member member = Table<Member>(*file).get(1);
            member.name = QStringLiteral("Ana María Pérez");
            Table<Member>(*file).update(member);
            FAIL("an edit was written to a WAL file");
        } catch (const StorageError &e) {
            CHECK(e.message()
                  == QStringLiteral("another program switched “%1” to write-ahead logging (WAL) while it was open, "
                                    "which Forum Desk does not use because it is unsafe on shared folders; switch it "
                                    "back with that program (PRAGMA journal_mode=DELETE) or open a copy saved before")
                         .arg(QDir::toNativeSeparators(QFileInfo(path).canonicalFilePath())));
        }
    }

    SECTION("a planted -wal holding a change is not read")
    {
        // The change is real: a WAL written by SQLite for a copy of this very file.
        const QString donor = folder.file(QStringLiteral("donor.ogpforum"));
        REQUIRE(QFile::copy(path, donor));
        sqlite3 *db = nullptr;
        REQUIRE(sqlite3_open(QFile::encodeName(donor).constData(), &db) == SQLITE_OK);
        REQUIRE(sqlite3_exec(db, "PRAGMA journal_mode=WAL; PRAGMA wal_autocheckpoint=0;"
                                 "UPDATE member SET name = 'Planted' WHERE id = 1;", nullptr, nullptr, nullptr) == SQLITE_OK);
        REQUIRE(QFile::copy(donor + QStringLiteral("-wal"), path + QStringLiteral("-wal")));
        sqlite3_close(db);
        // Stock SQLite would read it: that is what is refused here.
        const QString witness = folder.file(QStringLiteral("witness.ogpforum"));
        REQUIRE(QFile::copy(path, witness));
        REQUIRE(QFile::copy(path + QStringLiteral("-wal"), witness + QStringLiteral("-wal")));
        {
            sqlite3 *plain = nullptr;
            REQUIRE(sqlite3_open(QFile::encodeName(witness).constData(), &plain) == SQLITE_OK);
            sqlite3_stmt *st = nullptr;
            REQUIRE(sqlite3_prepare_v2(plain, "SELECT name FROM member WHERE id = 1", -1, &st, nullptr) == SQLITE_OK);
            REQUIRE(sqlite3_step(st) == SQLITE_ROW);
            CHECK(QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(st, 0))) == QStringLiteral("Planted"));
            sqlite3_finalize(st);
            sqlite3_close(plain);
        }
        const QByteArray wal = test::fileHash(path + QStringLiteral("-wal"));
        for (const bool readOnly : {true, false}) {
            OpenOptions options;
            options.readOnly = readOnly;
            auto file = ForumFile::open(path, options);
            CHECK(Table<Member>(*file).get(1).name == QStringLiteral("Ana Pérez"));
            CHECK_FALSE(QFile::exists(path + QStringLiteral("-shm")));
        }
        CHECK(test::fileHash(path + QStringLiteral("-wal")) == wal);
    }
}

TEST_CASE("The full check finds broken CHECK rules and an index that disagrees with its table", "[shared][check]")
{
    test::TempFolder folder;
    const QString path = makeForum(folder);
    {
        Member second;
        second.name = QStringLiteral("Luis Rojas");
        second.sector = QStringLiteral("civil_society");
        Table<Member>(*ForumFile::open(path)).create(second);
    }

    SECTION("a row breaking a CHECK rule, written by another program")
    {
        test::rawSql(path, "PRAGMA ignore_check_constraints=1; UPDATE member SET sector = 'martian' WHERE id = 2;");
        const auto result = test::runCli({QStringLiteral("check"), path});
        CHECK(result.exitCode == 1);
        CHECK(QString::fromUtf8(result.out).contains(QStringLiteral("row 2 of member breaks the rule CHECK (sector IN (")));
        CHECK_THROWS_WITH(ForumFile::open(path), Catch::Contains("the file is damaged (row 2 of member breaks the rule CHECK"));
    }

    SECTION("a row whose unique uid is not what its index holds")
    {
        // Give member 2 member 1's uid in the table's own page, leaving the uid index as it was:
        // what a damaged disk or a careless tool leaves, and what quick_check does not see.
        QString uid1, uid2;
        qint64 root = 0, pageSize = 0;
        {
            auto file = ForumFile::open(path, OpenOptions{true});
            uid1 = Table<Member>(*file).get(1).uid;
            uid2 = Table<Member>(*file).get(2).uid;
            root = file->database().scalar(QStringLiteral("SELECT rootpage FROM sqlite_schema WHERE name = 'member'")).toLongLong();
            pageSize = file->database().scalar(QStringLiteral("PRAGMA page_size")).toLongLong();
        }
        QFile raw(path);
        REQUIRE(raw.open(QIODevice::ReadWrite));
        QByteArray bytes = raw.readAll();
        const qsizetype at = bytes.indexOf(uid2.toLatin1(), (root - 1) * pageSize);
        REQUIRE(at >= 0);
        REQUIRE(at < root * pageSize);
        bytes.replace(at, uid1.size(), uid1.toLatin1());
        raw.seek(0);
        raw.write(bytes);
        raw.close();
        {
            sqlite3 *db = nullptr;
            REQUIRE(sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK);
            sqlite3_stmt *st = nullptr;
            REQUIRE(sqlite3_prepare_v2(db, "PRAGMA quick_check", -1, &st, nullptr) == SQLITE_OK);
            REQUIRE(sqlite3_step(st) == SQLITE_ROW);
            CHECK(QByteArray(reinterpret_cast<const char *>(sqlite3_column_text(st, 0))) == "ok"); // not seen there
            sqlite3_finalize(st);
            sqlite3_close(db);
        }
        const auto result = test::runCli({QStringLiteral("check"), path});
        CHECK(result.exitCode == 1);
        CHECK(QString::fromUtf8(result.out).contains(QStringLiteral("missing from index sqlite_autoindex_member_1")));
    }
}

TEST_CASE("A file that passed the full check opens without it until something outside Forum Desk changes it", "[shared][check]")
{
    test::TempFolder folder;
    const QString path = makeForum(folder);
    {
        auto first = ForumFile::open(path);
        CHECK_FALSE(first->fullyCheckedAtOpen()); // made here, checked in full once when it was created
        Member member;
        member.name = QStringLiteral("Luis Rojas");
        member.sector = QStringLiteral("civil_society");
        Table<Member>(*first).create(member); // our own change keeps the record up to date
    }
    for (const bool readOnly : {false, true}) {
        OpenOptions options;
        options.readOnly = readOnly;
        CHECK_FALSE(ForumFile::open(path, options)->fullyCheckedAtOpen());
    }
    OpenOptions full;
    full.fullCheck = true;
    CHECK(ForumFile::open(path, full)->fullyCheckedAtOpen());

    SECTION("a change by another program")
    {
        test::rawSql(path, "UPDATE member SET organization = 'Otra' WHERE id = 1;");
        CHECK(ForumFile::open(path)->fullyCheckedAtOpen());
        CHECK_FALSE(ForumFile::open(path)->fullyCheckedAtOpen());
    }
#ifdef Q_OS_UNIX
    SECTION("a change beyond the first page, with the modification time put back")
    {
        struct stat st {};
        REQUIRE(::stat(QFile::encodeName(path).constData(), &st) == 0);
        QFile raw(path);
        REQUIRE(raw.open(QIODevice::ReadOnly));
        const QByteArray firstPage = raw.read(4096);
        raw.close();
        test::rawSql(path, "PRAGMA ignore_check_constraints=1; UPDATE member SET sector = 'martian' WHERE id = 2;");
        // Put back the first page (its change counter) and the modification time: the size, the
        // inode and the first page are as before; only the system's change time (ctime) tells.
        REQUIRE(raw.open(QIODevice::ReadWrite));
        raw.write(firstPage);
        raw.close();
        const struct timespec times[2] = {st.st_atim, st.st_mtim};
        REQUIRE(::utimensat(AT_FDCWD, QFile::encodeName(path).constData(), times, 0) == 0);
        struct stat after {};
        REQUIRE(::stat(QFile::encodeName(path).constData(), &after) == 0);
        REQUIRE(after.st_size == st.st_size);
        REQUIRE(after.st_mtim.tv_nsec == st.st_mtim.tv_nsec);
        CHECK_THROWS_WITH(ForumFile::open(path), Catch::Contains("breaks the rule CHECK"));
    }
#endif
    SECTION("the record is per file and path, and kept in the user's data folder")
    {
        CHECK(QDir(PassedChecks::folder()).path().startsWith(qEnvironmentVariable("XDG_DATA_HOME")));
        const QString copy = folder.file(QStringLiteral("copy.ogpforum"));
        ForumFile::open(path)->saveCopy(copy);
        CHECK(ForumFile::open(copy)->fullyCheckedAtOpen());
    }
}

TEST_CASE("Readers never fail while another program writes, and wait little", "[shared][concurrency]")
{
    test::TempFolder folder;
    const QString path = makeForum(folder);

    // Readers in this process (the Dashboard's worker does this) and as commands, side by side.
    std::atomic<bool> stop{false};
    std::atomic<int> threadFailures{0};
    std::vector<qint64> waits;
    std::mutex waitsMutex;
    QStringList failureMessages;
    std::thread inProcess([&] {
        while (!stop) {
            try {
                OpenOptions options;
                options.readOnly = true;
                auto file = ForumFile::open(path, options);
                {
                    ReadTransaction snapshot(file->database());
                    Table<Member>(*file).count();
                    file->database().scalar(QStringLiteral("SELECT count(*) FROM activity"));
                }
                std::lock_guard<std::mutex> lock(waitsMutex);
                waits.push_back(file->database().waitedMs());
                // A reader as busy as a Dashboard refreshing without pause, not a spinning loop.
                std::this_thread::sleep_for(std::chrono::milliseconds(5));
            } catch (const StorageError &e) {
                ++threadFailures;
                std::lock_guard<std::mutex> lock(waitsMutex);
                failureMessages << e.message();
            }
        }
    });
    int commands = 0, commandFailures = 0;
    const QStringList kinds{QStringLiteral("info"), QStringLiteral("list"), QStringLiteral("check")};
    // Rounds of 2000 edits each, until the commands have read often enough beside them: on a busy
    // machine a round leaves time for fewer commands, never for a failure.
    int rounds = 0;
    qint64 expected = 0;
    while (rounds < 5 && (rounds == 0 || commands < 30)) {
        ++rounds;
        expected += 2000;
        QProcess writer;
        writer.start(QStringLiteral(FORUMDESK_TEST_WRITER), {path, QStringLiteral("2000")});
        REQUIRE(writer.waitForStarted());
        REQUIRE(writer.waitForReadyRead(20000));
        QElapsedTimer running;
        running.start();
        // waitForFinished(0) lets QProcess notice the writer's end without an event loop.
        while (!writer.waitForFinished(0) && writer.state() != QProcess::NotRunning && running.elapsed() < 120000) {
            const QString kind = kinds.at(commands % kinds.size());
            QStringList args{kind};
            if (kind == QLatin1String("list"))
                args << QStringLiteral("members");
            args << path;
            const auto result = test::runCli(args);
            ++commands;
            if (result.exitCode != 0) {
                ++commandFailures;
                failureMessages << QString::fromUtf8(result.err);
            }
        }
        if (writer.state() != QProcess::NotRunning)
            REQUIRE(writer.waitForFinished(60000));
        const QByteArray written = writer.readAllStandardOutput();
        CHECK(writer.exitCode() == 0);
        CHECK(lastCommitted(written) == expected); // the writer numbers on from the edits already there
    }
    stop = true;
    inProcess.join();

    std::sort(waits.begin(), waits.end());
    const qint64 p95 = waits.empty() ? 0 : waits.at(size_t(double(waits.size() - 1) * 0.95));
    WARN(QStringLiteral("%1 reader commands and %2 in-process reads beside %6 edits: %3 failed; p95 wait %4 ms, "
                        "longest %5 ms")
             .arg(commands).arg(waits.size()).arg(commandFailures + threadFailures).arg(p95)
             .arg(waits.empty() ? 0 : waits.back()).arg(expected).toStdString());
    INFO(failureMessages.join(QLatin1Char('\n')).toStdString());
    CHECK(commands >= 30);
    CHECK(commandFailures == 0);
    CHECK(threadFailures == 0);
    CHECK(ConsistencyCheck::run(*ForumFile::open(path)).isEmpty());
}

#ifdef Q_OS_UNIX
TEST_CASE("A writer killed at any moment leaves every committed edit and at most one more", "[shared][crash]")
{
    test::TempFolder folder;
    const QString path = makeForum(folder);
    auto *random = QRandomGenerator::global();
    qint64 committed = 0;
    int recoveredJournals = 0;
    for (int round = 0; round < 30; ++round) {
        QProcess writer;
        writer.start(QStringLiteral(FORUMDESK_TEST_WRITER), {path});
        REQUIRE(writer.waitForStarted());
        REQUIRE(writer.waitForReadyRead(20000));
        QThread::msleep(random->bounded(5, 120));
        writer.kill(); // SIGKILL: no clean-up of any kind
        REQUIRE(writer.waitForFinished(20000));
        committed = std::max(committed, lastCommitted(writer.readAllStandardOutput()));
        if (QFileInfo(path + QStringLiteral("-journal")).size() > 0)
            ++recoveredJournals;
        auto file = ForumFile::open(path);
        INFO("round " << round);
        CHECK_FALSE(file->isReadOnly()); // the lock of a killed writer on this computer is stale
        CHECK(ConsistencyCheck::run(*file).isEmpty());
        const qint64 edits = editsIn(*file);
        CHECK((edits == committed || edits == committed + 1));
        committed = edits;
    }
    WARN(QStringLiteral("30 writers killed; %1 left a journal behind, every one recovered; %2 edits kept")
             .arg(recoveredJournals).arg(committed).toStdString());
    CHECK(committed > 30);
}
#endif

TEST_CASE("Files written beside a forum are tidied: abandoned parts go, copies replace only when asked", "[shared][hygiene]")
{
    test::TempFolder folder;
    const QString path = makeForum(folder);

    SECTION("parts whose writer is gone are removed by the next write in the folder, live ones stay")
    {
        const QString dead = path + QStringLiteral(".part-0badc0de");
        test::writeFile(dead, QByteArray(4096, 'x'));
        test::writeFile(dead + QStringLiteral("-journal"), "j");
        // Its writer's lock names a process of this computer that no longer runs.
        test::writeFile(dead + QStringLiteral(".writer"),
                        QStringLiteral("2147480000\nforumdesk-cli\n%1\n").arg(QSysInfo::machineHostName()).toUtf8());
        const QString live = folder.file(QStringLiteral("other.ogpforum.part-1234abcd"));
        test::writeFile(live, "being written");
        QLockFile liveWriter(live + QStringLiteral(".writer"));
        REQUIRE(liveWriter.tryLock(0));
        const QString oldLegacy = folder.file(QStringLiteral("old.ogpforum.part-89abcdef"));
        test::writeFile(oldLegacy, "from an earlier Forum Desk");
        QFile legacy(oldLegacy);
        REQUIRE(legacy.open(QIODevice::ReadWrite));
        REQUIRE(legacy.setFileTime(QDateTime::currentDateTime().addDays(-2), QFileDevice::FileModificationTime));
        legacy.close();
        const QString freshLegacy = folder.file(QStringLiteral("new.ogpforum.part-fedcba98"));
        test::writeFile(freshLegacy, "maybe still being written");

        ForumFile::open(path)->saveCopy(folder.file(QStringLiteral("copia.ogpforum")));
        CHECK_FALSE(QFile::exists(dead));
        CHECK_FALSE(QFile::exists(dead + QStringLiteral("-journal")));
        CHECK_FALSE(QFile::exists(dead + QStringLiteral(".writer")));
        CHECK_FALSE(QFile::exists(oldLegacy));
        CHECK(QFile::exists(live));
        CHECK(QFile::exists(freshLegacy));
        liveWriter.unlock();
    }

#ifdef Q_OS_UNIX
    SECTION("a demo killed half-way leaves its part until the next forum written in the folder")
    {
        QProcess demo;
        demo.start(QStringLiteral(FORUMDESK_CLI),
                   {QStringLiteral("demo"), folder.file(QStringLiteral("grande.ogpforum")), QStringLiteral("--size"),
                    QStringLiteral("large")});
        REQUIRE(demo.waitForStarted());
        const auto parts = [&] { return QDir(folder.path()).entryList({QStringLiteral("*.part-*")}, QDir::Files); };
        QElapsedTimer waited;
        waited.start();
        while (parts().isEmpty() && waited.elapsed() < 30000)
            QThread::msleep(20);
        REQUIRE_FALSE(parts().isEmpty());
        QThread::msleep(300);
        demo.kill();
        REQUIRE(demo.waitForFinished(20000));
        REQUIRE_FALSE(parts().isEmpty()); // what a killed run leaves
        CHECK_FALSE(QFile::exists(folder.file(QStringLiteral("grande.ogpforum"))));
        const auto made = test::runCli({QStringLiteral("new"), folder.file(QStringLiteral("otro.ogpforum")),
                                        QStringLiteral("--name"), QStringLiteral("Otro")});
        CHECK(made.exitCode == 0);
        CHECK(parts().isEmpty());
    }
#endif

    SECTION("save-copy refuses an existing file unless told to replace it")
    {
        const QString copy = folder.file(QStringLiteral("copia.ogpforum"));
        test::writeFile(copy, "a file someone keeps");
        const auto refused = test::runCli({QStringLiteral("save-copy"), path, copy});
        CHECK(refused.exitCode == 4);
        CHECK(QString::fromUtf8(refused.err).trimmed()
              == QStringLiteral("forumdesk-cli: %1 already exists; give another name, or add --force to replace it")
                     .arg(QDir::toNativeSeparators(copy)));
        QFile kept(copy);
        REQUIRE(kept.open(QIODevice::ReadOnly));
        CHECK(kept.readAll() == "a file someone keeps");
        kept.close();
        const auto forced = test::runCli({QStringLiteral("save-copy"), path, copy, QStringLiteral("--force")});
        CHECK(forced.exitCode == 0);
        CHECK(ForumFile::open(copy)->verify().isEmpty());
        CHECK(QDir(folder.path()).entryList({QStringLiteral("*.part-*")}, QDir::Files).isEmpty());
    }
}

TEST_CASE("A lock left by Forum Desk on another computer says who and since when, and can be taken over", "[shared][lock]")
{
    test::TempFolder folder;
    const QString path = makeForum(folder);
    const QString lockPath = path + QStringLiteral(".lock");
    foreignLock(lockPath, QStringLiteral("PORTATIL-ANA"), 4242);
    const QDateTime since = QDateTime::currentDateTime().addSecs(-3 * 3600);
    {
        QFile lock(lockPath);
        REQUIRE(lock.open(QIODevice::ReadWrite));
        REQUIRE(lock.setFileTime(since, QFileDevice::FileModificationTime));
    }

    auto held = ForumFile::open(path);
    REQUIRE(held->readOnlyReason() == ForumFile::ReadOnlyReason::Locked);
    REQUIRE(held->lockHolder().has_value());
    CHECK(held->lockHolder()->host == QStringLiteral("PORTATIL-ANA"));
    CHECK(held->lockHolder()->processId == 4242);
    CHECK(held->lockHolder()->onAnotherComputer);
    CHECK(held->readOnlyMessage().contains(QStringLiteral("PORTATIL-ANA (process 4242) since %1")
                                               .arg(QLocale().toString(since, QStringLiteral("d MMM yyyy, HH:mm")))));
    held.reset();

    OpenOptions takeOver;
    takeOver.takeOverLock = true;
#ifdef Q_OS_UNIX
    {
        // Still held where it was written (a Forum Desk running there, seen through the share's
        // file locks): the take-over fails and says why.
        const int fd = ::open(QFile::encodeName(lockPath).constData(), O_RDWR | O_CLOEXEC);
        REQUIRE(fd >= 0);
        REQUIRE(::flock(fd, LOCK_EX | LOCK_NB) == 0);
        auto refused = ForumFile::open(path, takeOver);
        CHECK(refused->readOnlyReason() == ForumFile::ReadOnlyReason::Locked);
        CHECK(refused->takeOverFailure()
              == QStringLiteral("its lock “forum.ogpforum.lock” cannot be removed: it may belong to another user of "
                                "the shared folder, or Forum Desk may still be running there"));
        ::close(fd);
    }
#endif
    auto mine = ForumFile::open(path, takeOver);
    CHECK_FALSE(mine->isReadOnly());
    CHECK(mine->takeOverFailure().isEmpty());
    QLockFile check(lockPath);
    qint64 pid = 0;
    QString host, app;
    REQUIRE(check.getLockInfo(&pid, &host, &app));
    CHECK(pid == QCoreApplication::applicationPid());
    CHECK(host == QSysInfo::machineHostName());

    // A Forum Desk on this computer that is still running is never taken over.
    auto other = ForumFile::open(path, takeOver);
    CHECK(other->readOnlyReason() == ForumFile::ReadOnlyReason::Locked);
    CHECK_FALSE(other->lockHolder()->onAnotherComputer);
    CHECK(other->takeOverFailure().startsWith(QStringLiteral("it is open in ")));
    CHECK(other->takeOverFailure().endsWith(QStringLiteral(", on this computer")));
}

TEST_CASE("A migration replaces an earlier backup only with a faithful copy of the file before it", "[shared][migration]")
{
    test::TempFolder folder;
    QFile dump(QStringLiteral(FORUMDESK_TEST_DATA "/format-v1/small-forum.sql"));
    REQUIRE(dump.open(QIODevice::ReadOnly));
    const QString path = folder.file(QStringLiteral("antiguo.ogpforum"));
    test::rawSql(path, dump.readAll().constData());
    const QString backup = path + QStringLiteral(".v1.bak");
    test::writeFile(backup, "an older backup");
    const QByteArray original = test::fileHash(path);
    auto file = ForumFile::open(path);
    CHECK(file->schemaVersion() == ForumFile::currentSchemaVersion());
    CHECK(file->backupPath() == backup);
    CHECK(test::fileHash(backup) == original);
    CHECK(QDir(folder.path()).entryList({QStringLiteral("*.part-*")}, QDir::Files).isEmpty());
}

TEST_CASE("Contribution files are read bounded, and never waited on", "[shared][import]")
{
    test::TempFolder folder;
    const QString path = makeForum(folder);
    auto file = ForumFile::open(path);
    const QString big = folder.file(QStringLiteral("enorme.csv"));
    {
        QFile f(big);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("received_on,author,text\n");
        REQUIRE(f.resize(ContributionImport::kMaxFileBytes + 3 * 1024 * 1024));
    }
    auto import = ContributionImport::readFile(*file, big, 1);
    REQUIRE(import.problems().size() == 1);
    CHECK(import.problems().first()
          == QStringLiteral("%1 is %2 MB; Forum Desk imports contribution files of up to 50 MB. Split it into smaller "
                            "files and import each.")
                 .arg(QDir::toNativeSeparators(big), QLocale().toString(53.0, 'f', 1)));
    CHECK(import.rows().isEmpty());
#ifdef Q_OS_UNIX
    const QString pipe = folder.file(QStringLiteral("tubo.csv"));
    REQUIRE(::mkfifo(QFile::encodeName(pipe).constData(), 0600) == 0);
    auto read = std::async(std::launch::async, [&] { return ContributionImport::readFile(*file, pipe, 1); });
    if (read.wait_for(std::chrono::seconds(20)) != std::future_status::ready) {
        const int fd = ::open(QFile::encodeName(pipe).constData(), O_WRONLY | O_NONBLOCK);
        read.wait();
        if (fd >= 0)
            ::close(fd);
        FAIL("the import waited on a pipe");
    }
    const auto piped = read.get();
    REQUIRE(piped.problems().size() == 1);
    CHECK(piped.problems().first() == QStringLiteral("%1 cannot be read: a named pipe").arg(QDir::toNativeSeparators(pipe)));
#endif
}
