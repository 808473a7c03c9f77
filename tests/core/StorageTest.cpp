// SPDX-License-Identifier: GPL-3.0-or-later
// The SQLite wrapper: statements, transactions that roll back, and the hardening of connections.
#include <catch2/catch.hpp>

#include "tests/support/TestSupport.h"
#include "core/storage/Database.h"
#include "core/storage/StorageError.h"

using namespace forumdesk;

TEST_CASE("A transaction that is not committed leaves the database as it was", "[storage]")
{
    test::TempFolder folder;
    Database db(folder.file(QStringLiteral("t.db")), Database::Mode::Create);
    db.exec(QStringLiteral("CREATE TABLE t (x INTEGER)"));
    {
        Transaction tx(db);
        db.query(QStringLiteral("INSERT INTO t VALUES (?)")).bind(1, 1).run();
        tx.commit();
    }
    try {
        Transaction tx(db);
        db.query(QStringLiteral("INSERT INTO t VALUES (?)")).bind(1, 2).run();
        {
            Transaction inner(db); // a savepoint
            db.query(QStringLiteral("INSERT INTO t VALUES (?)")).bind(1, 3).run();
            inner.commit();
        }
        throw std::runtime_error("the user's action failed half way");
    } catch (const std::runtime_error &) {
    }
    CHECK(db.scalar(QStringLiteral("SELECT group_concat(x) FROM t")).toString() == QStringLiteral("1"));
    CHECK_FALSE(db.inTransaction());
}

TEST_CASE("A connection tells what its committed transactions wrote, and forgets what was rolled back", "[storage]")
{
    test::TempFolder folder;
    Database db(folder.file(QStringLiteral("t.db")), Database::Mode::Create);
    db.exec(QStringLiteral("CREATE TABLE member (id INTEGER PRIMARY KEY, name TEXT);"
                           "CREATE TABLE vote (id INTEGER PRIMARY KEY,"
                           " member_id INTEGER REFERENCES member(id) ON DELETE SET NULL);"
                           "CREATE TABLE scratch (x)"));
    db.takeWritten();
    {
        Transaction tx(db);
        db.exec(QStringLiteral("INSERT INTO member VALUES (1, 'Ana'), (2, 'Luis'); INSERT INTO vote VALUES (7, 2);"
                               "INSERT INTO scratch VALUES (1)")); // a table that keeps no records
        try {
            Transaction inner(db); // a savepoint that fails half way
            db.exec(QStringLiteral("INSERT INTO member VALUES (3, 'Eva')"));
            throw std::runtime_error("the user's action failed half way");
        } catch (const std::runtime_error &) {
        }
        CHECK(db.takeWritten().isEmpty()); // nothing is told before the commit
        tx.commit();
    }
    CHECK(db.takeWritten().toString() == QStringLiteral("member 1, 2; vote 7"));
    CHECK(db.takeWritten().isEmpty()); // told once

    // The file's own cascades are written too: removing a member empties the votes that named them.
    {
        Transaction tx(db);
        db.exec(QStringLiteral("DELETE FROM member WHERE id = 2"));
        tx.commit();
    }
    CHECK(db.takeWritten().toString() == QStringLiteral("member 2; vote 7"));

    try {
        Transaction tx(db);
        db.exec(QStringLiteral("UPDATE member SET name = 'Ana María'"));
        throw std::runtime_error("the disk is full");
    } catch (const std::runtime_error &) {
    }
    CHECK(db.takeWritten().isEmpty());
}

TEST_CASE("Statements bind and return text, numbers and nulls as written", "[storage]")
{
    Database db(QStringLiteral(":memory:"), Database::Mode::Create);
    const QString text = QStringLiteral("<script>alert(1)</script> =SUM(A1) ñandú 会议 🌎");
    Statement st = db.query(QStringLiteral("SELECT ?, ?, ?, ?"));
    st.bind(1, text).bind(2, qint64(1) << 40).bind(3, 2.5).bind(4, QVariant());
    REQUIRE(st.next());
    CHECK(st.text(0) == text);
    CHECK(st.int64(1) == (qint64(1) << 40));
    CHECK(st.real(2) == 2.5);
    CHECK(st.isNull(3));
}

// A merge settles a record that only one copy changed by comparing the two rows as SQLite holds
// them: a value told equal that is not would lose the other copy's edit.
TEST_CASE("Two rows' values are told the same only when SQLite holds the same thing", "[storage][merge]")
{
    Database db(QStringLiteral(":memory:"), Database::Mode::Create);
    Statement a = db.query(QStringLiteral("SELECT 'Acta 1', 1, 2.5, NULL, x'00ff', 'ñandú', '', 'Acta 1', 7"));
    Statement b = db.query(QStringLiteral("SELECT 'Acta 1', 1.0, 2.5, NULL, x'00ff', 'nandu', x'', CAST('Acta 1' AS BLOB), '7'"));
    REQUIRE(a.next());
    REQUIRE(b.next());
    CHECK(a.holdsSameAs(0, b, 0));  // the same text
    CHECK_FALSE(a.holdsSameAs(1, b, 1)); // 1 and 1.0: numbers of two kinds, left to a closer look
    CHECK(a.holdsSameAs(2, b, 2));
    CHECK(a.holdsSameAs(3, b, 3));  // both empty
    CHECK(a.holdsSameAs(4, b, 4));  // the same bytes
    CHECK_FALSE(a.holdsSameAs(5, b, 5)); // an accent is a change
    CHECK_FALSE(a.holdsSameAs(6, b, 6)); // empty text is not an empty blob
    CHECK_FALSE(a.holdsSameAs(7, b, 7)); // nor is text its bytes
    CHECK_FALSE(a.holdsSameAs(8, b, 8)); // a number is not its digits
    CHECK_FALSE(a.holdsSameAs(0, b, 5)); // other columns
    // Asking did not convert anything: the values read back as they were.
    CHECK(a.value(1).typeId() == QMetaType::LongLong);
    CHECK(b.value(1).typeId() == QMetaType::Double);
    CHECK(b.value(8).toString() == QStringLiteral("7"));
    CHECK(a.value(8).typeId() == QMetaType::LongLong);
}

TEST_CASE("The same statement can be used while an earlier use is still open", "[storage]")
{
    Database db(QStringLiteral(":memory:"), Database::Mode::Create);
    db.exec(QStringLiteral("CREATE TABLE t (x INTEGER); INSERT INTO t VALUES (1), (2);"));
    const QString sql = QStringLiteral("SELECT x FROM t ORDER BY x");
    Statement outer = db.query(sql);
    REQUIRE(outer.next());
    Statement inner = db.query(sql);
    REQUIRE(inner.next());
    CHECK(outer.int64(0) == 1);
    CHECK(inner.int64(0) == 1);
    REQUIRE(outer.next());
    CHECK(outer.int64(0) == 2);
}

TEST_CASE("Connections are hardened against hostile files", "[storage][security]")
{
    test::TempFolder folder;
    Database db(folder.file(QStringLiteral("t.db")), Database::Mode::Create);
    db.exec(QStringLiteral("CREATE TABLE t (x INTEGER)"));
    // Defensive mode: the schema table cannot be written, even with writable_schema.
    db.exec(QStringLiteral("PRAGMA writable_schema = ON"));
    CHECK_THROWS_AS(db.exec(QStringLiteral("UPDATE sqlite_schema SET sql = 'x' WHERE name = 't'")), StorageError);
    // Extensions cannot be loaded.
    CHECK_THROWS_AS(db.exec(QStringLiteral("SELECT load_extension('/lib/x86_64-linux-gnu/libc.so.6')")), StorageError);
    // Triggers in a file do not run.
    db.exec(QStringLiteral("CREATE TABLE log (y INTEGER);"
                           "CREATE TRIGGER t_insert AFTER INSERT ON t BEGIN INSERT INTO log VALUES (1); END;"));
    db.exec(QStringLiteral("INSERT INTO t VALUES (5)"));
    CHECK(db.scalar(QStringLiteral("SELECT count(*) FROM log")).toInt() == 0);
    // Foreign keys are enforced.
    CHECK(db.scalar(QStringLiteral("PRAGMA foreign_keys")).toInt() == 1);
}

TEST_CASE("A full disk or a read-only database is reported in plain words", "[storage]")
{
    test::TempFolder folder;
    const QString path = folder.file(QStringLiteral("t.db"));
    {
        Database db(path, Database::Mode::Create);
        db.exec(QStringLiteral("CREATE TABLE t (x TEXT)"));
    }
    Database readOnly(path, Database::Mode::ReadOnly);
    try {
        readOnly.exec(QStringLiteral("INSERT INTO t VALUES ('a')"));
        FAIL("a read-only database accepted a write");
    } catch (const StorageError &e) {
        CHECK(e.kind() == StorageError::Kind::ReadOnly);
        CHECK(e.message().contains(QStringLiteral("read-only")));
    }
    Database db(path, Database::Mode::ReadWrite);
    db.exec(QStringLiteral("PRAGMA max_page_count = 3")); // a disk that fills up at once
    try {
        Transaction tx(db);
        Statement st = db.query(QStringLiteral("INSERT INTO t VALUES (?)"));
        st.bind(1, QString(100000, QLatin1Char('x')));
        st.run();
        tx.commit();
        FAIL("the write did not fill the disk");
    } catch (const StorageError &e) {
        CHECK(e.kind() == StorageError::Kind::DiskFull);
        CHECK(e.message().contains(QStringLiteral("disk is full")));
    }
    CHECK(db.scalar(QStringLiteral("SELECT count(*) FROM t")).toInt() == 0);
}

TEST_CASE("Names sort as a reader expects, accents and case aside", "[storage]")
{
    Database db(QStringLiteral(":memory:"), Database::Mode::Create);
    db.exec(QStringLiteral("CREATE TABLE t (name TEXT); INSERT INTO t VALUES ('Zoila'), ('Ángela'), ('beatriz'), ('Ñusta'), ('Nora');"));
    const QString sorted = db.scalar(QStringLiteral("SELECT group_concat(name, ',') FROM (SELECT name FROM t ORDER BY name COLLATE NAME)")).toString();
    CHECK(sorted == QStringLiteral("Ángela,beatriz,Nora,Ñusta,Zoila"));
}

TEST_CASE("Numbers in names sort by value, as commitment numbers must", "[storage]")
{
    Database db(QStringLiteral(":memory:"), Database::Mode::Create);
    db.exec(QStringLiteral("CREATE TABLE t (n TEXT); INSERT INTO t VALUES ('10'), ('2'), ('3.10'), ('3.2'), ('1');"));
    CHECK(db.scalar(QStringLiteral("SELECT group_concat(n, ',') FROM (SELECT n FROM t ORDER BY n COLLATE NAME)")).toString()
          == QStringLiteral("1,2,3.2,3.10,10"));
}
