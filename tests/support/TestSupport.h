// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/forum/Member.h"
#include "core/plans/Commitment.h"

#include <QByteArray>
#include <QDateTime>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace forumdesk {
class ForumFile;
}

namespace forumdesk::test {

// A fresh folder for one test, removed afterwards.
class TempFolder {
public:
    TempFolder();
    QString path() const { return m_dir.path(); }
    QString file(const QString &name) const { return m_dir.filePath(name); }

private:
    QTemporaryDir m_dir;
};

// SHA-256 of a file's bytes: a refused or read-only open must leave it unchanged.
QByteArray fileHash(const QString &path);
void writeFile(const QString &path, const QByteArray &bytes);
// Freezes a crash of `live`: runs `sql` in a transaction that has spilled its pages into the file
// (cache of two pages), copies the file and its journal, hot, to `crashed` (replacing what is
// there), then rolls back. Throws when the transaction left no journal to copy.
void freezeCrash(const QString &live, const QString &crashed, const char *sql);
// Runs `sql` on the file through SQLite alone, as another program (or an attacker) changing it
// behind Forum Desk's back would; a statement SQLite refuses fails the test, with its message.
void rawSql(const QString &path, const char *sql);
// Every row of every table of a forum file, by table and rowid, as text, without the columns
// named in `leaveOut` (by default the times of creation and change, which a restored row does
// not keep and a fast test cannot see change).
using FileRows = QMap<QString, QMap<qint64, QString>>;
FileRows fileRows(ForumFile &file, const QStringList &leaveOut = {QStringLiteral("created_at"),
                                                                 QStringLiteral("updated_at")});
// The tables whose rows differ between two states, "" when none do.
QString differingTables(const FileRows &a, const FileRows &b);
// Fixes the present moment of every ForumClock (core/forum/ForumClock.h) while it lives, so that
// "today" in a test is the day it says, wherever and whenever it runs.
class FixedClock {
public:
    explicit FixedClock(const QDateTime &utc);
    ~FixedClock();
    FixedClock(const FixedClock &) = delete;
    FixedClock &operator=(const FixedClock &) = delete;
};

// Sets this computer's time zone (the TZ variable) while it lives, as if the computer were set to
// `ianaId`; the previous setting comes back after.
class ComputerZone {
public:
    explicit ComputerZone(const char *ianaId);
    ~ComputerZone();
    ComputerZone(const ComputerZone &) = delete;
    ComputerZone &operator=(const ComputerZone &) = delete;

private:
    bool m_had;
    QByteArray m_was;
};

// An action plan (September 2025 to August 2027) with one commitment, numbered 1, in `file`: the
// commitment, with its plan's id.
Commitment addPlanWithCommitment(ForumFile &file);

// A member with a name and a sector, the rest left at their defaults.
Member makeMember(const QString &name, const QString &sector = QStringLiteral("civil_society"));

struct CliResult {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};
// What a tool a reader would use (pdftotext, pdffonts, qpdf, unzip...) writes on its standard
// output, run to its end. Throws, with what it wrote on standard error, when it cannot start,
// takes longer than `timeoutMs` or exits with an error: the test fails saying why.
QByteArray toolOutput(const QString &program, const QStringList &arguments, int timeoutMs = 120000);
// The same output as UTF-8 text.
QString toolText(const QString &program, const QStringList &arguments);

// Runs forumdesk-cli with `arguments` (English unless `environment` says otherwise). A run that
// takes longer than `timeoutMs` is killed and reported with exit code -1.
CliResult runCli(const QStringList &arguments, const QStringList &environment = {}, int timeoutMs = 120000);

} // namespace forumdesk::test

#include <catch2/catch.hpp>

// Failed checks print Qt strings readably.
namespace Catch {
template <>
struct StringMaker<QString> {
    static std::string convert(const QString &value) { return '"' + value.toStdString() + '"'; }
};
} // namespace Catch
