// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/TestSupport.h"

#include "core/forum/ForumClock.h"
#include "core/plans/ActionPlan.h"
#include "core/storage/Table.h"
#include "core/storage/Database.h"
#include "core/storage/ForumFile.h"

#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>

#include <catch2/catch.hpp>

#include <ctime>
#include <string>
#include <stdexcept>

#include <sqlite3.h>

namespace forumdesk::test {

TempFolder::TempFolder()
{
    if (!m_dir.isValid())
        throw std::runtime_error("cannot create a temporary folder");
}

FileRows fileRows(ForumFile &file, const QStringList &leaveOut)
{
    Database &db = file.database();
    QStringList tables;
    for (auto st = db.query(QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table' "
                                          "AND name NOT LIKE 'sqlite%' ORDER BY name"));
         st.next();)
        tables << st.text(0);
    FileRows rows;
    for (const QString &table : std::as_const(tables)) {
        auto &kept = rows[table];
        auto st = db.query(QStringLiteral("SELECT rowid, * FROM \"%1\"").arg(table));
        while (st.next()) {
            QStringList values;
            for (int c = 1; c < st.columnCount(); ++c)
                if (!leaveOut.contains(st.columnName(c)))
                    values << (st.isNull(c) ? QStringLiteral("NULL") : st.value(c).toString());
            kept.insert(st.int64(0), values.join(QLatin1Char('|')));
        }
    }
    return rows;
}

QString differingTables(const FileRows &a, const FileRows &b)
{
    QStringList tables;
    for (const QString &table : a.keys() + b.keys())
        if (a.value(table) != b.value(table) && !tables.contains(table))
            tables << table;
    return tables.join(QStringLiteral(", "));
}

FixedClock::FixedClock(const QDateTime &utc)
{
    ForumClock::fixNow(utc);
}

FixedClock::~FixedClock()
{
    ForumClock::fixNow(QDateTime());
}

Commitment addPlanWithCommitment(ForumFile &file)
{
    ActionPlan plan;
    plan.title = QStringLiteral("Plan");
    plan.periodStart = QDate(2025, 9, 1);
    plan.periodEnd = QDate(2027, 8, 31);
    Table<ActionPlan>(file).create(plan);
    Commitment c;
    c.planId = plan.id;
    c.number = QStringLiteral("1");
    c.title = QStringLiteral("Compras abiertas");
    Table<Commitment>(file).create(c);
    return c;
}

ComputerZone::ComputerZone(const char *ianaId) : m_had(qEnvironmentVariableIsSet("TZ")), m_was(qgetenv("TZ"))
{
    qputenv("TZ", ianaId);
    tzset();
}

ComputerZone::~ComputerZone()
{
    if (m_had)
        qputenv("TZ", m_was);
    else
        qunsetenv("TZ");
    tzset();
}

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result().toHex();
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size())
        throw std::runtime_error("cannot write test file");
}

QByteArray toolOutput(const QString &program, const QStringList &arguments, int timeoutMs)
{
    QProcess process;
    process.start(program, arguments);
    const bool finished = process.waitForFinished(timeoutMs);
    if (!finished || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        const QString why = !finished ? QStringLiteral("did not finish: %1").arg(process.errorString())
                                      : QStringLiteral("exited with %1: %2")
                                            .arg(process.exitCode())
                                            .arg(QString::fromUtf8(process.readAllStandardError()));
        process.kill();
        throw std::runtime_error(QStringLiteral("%1 %2").arg(program, why).toStdString());
    }
    return process.readAllStandardOutput();
}

QString toolText(const QString &program, const QStringList &arguments)
{
    return QString::fromUtf8(toolOutput(program, arguments));
}

CliResult runCli(const QStringList &arguments, const QStringList &environment, int timeoutMs)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LANG"), QStringLiteral("C"));
    env.remove(QStringLiteral("LC_ALL"));
    env.remove(QStringLiteral("LC_MESSAGES"));
    for (const QString &pair : environment)
        env.insert(pair.section(QLatin1Char('='), 0, 0), pair.section(QLatin1Char('='), 1));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(FORUMDESK_CLI), arguments);
    const bool finished = process.waitForFinished(timeoutMs);
    if (!finished) {
        process.kill();
        process.waitForFinished(5000);
    }
    CliResult result;
    result.exitCode = finished && process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

void rawSql(const QString &path, const char *sql)
{
    sqlite3 *db = nullptr;
    REQUIRE(sqlite3_open(QFile::encodeName(path).constData(), &db) == SQLITE_OK);
    char *error = nullptr;
    const int rc = sqlite3_exec(db, sql, nullptr, nullptr, &error);
    const std::string message = error ? error : "";
    sqlite3_free(error);
    INFO(message);
    sqlite3_close(db);
    REQUIRE(rc == SQLITE_OK);
}

void freezeCrash(const QString &live, const QString &crashed, const char *sql)
{
    sqlite3 *db = nullptr;
    if (sqlite3_open(QFile::encodeName(live).constData(), &db) != SQLITE_OK) {
        sqlite3_close(db);
        throw std::runtime_error("cannot open the file to freeze a crash of");
    }
    const QByteArray begin = QByteArrayLiteral("PRAGMA cache_size = 2; BEGIN; ") + sql;
    const bool ran = sqlite3_exec(db, begin.constData(), nullptr, nullptr, nullptr) == SQLITE_OK;
    const QString journal = live + QStringLiteral("-journal");
    const bool copied = ran && QFile::exists(journal) && (!QFile::exists(crashed) || QFile::remove(crashed))
                        && QFile::copy(live, crashed)
                        && (!QFile::exists(crashed + QStringLiteral("-journal"))
                            || QFile::remove(crashed + QStringLiteral("-journal")))
                        && QFile::copy(journal, crashed + QStringLiteral("-journal"));
    sqlite3_exec(db, "ROLLBACK", nullptr, nullptr, nullptr);
    sqlite3_close(db);
    if (!copied)
        throw std::runtime_error("the change left no journal to copy as a crash");
}

Member makeMember(const QString &name, const QString &sector)
{
    Member member;
    member.name = name;
    member.sector = sector;
    return member;
}

} // namespace forumdesk::test
