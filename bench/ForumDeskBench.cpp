// SPDX-License-Identifier: GPL-3.0-or-later
// forumdesk-bench: Forum Desk's speed on the large sample forum, each figure a ratio against a
// baseline measured in the same run, so that a busy machine slows both sides alike. Every side runs
// as a separate process, timed from its spawn, the two sides interleaved. See bench/README.md.
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>
#include <QUrl>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <functional>
#include <utility>

#ifdef Q_OS_UNIX
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>
#endif

namespace {

// The table goes to stdout, or to stderr when stdout carries the JSON (--json).
QTextStream *text = nullptr;

// Why the bench cannot go on. Thrown, so that the temporary folder (with the large sample in it)
// is removed and the programs still running are ended on the way out.
struct Failure {
    QString message;
};

[[noreturn]] void die(const QString &message)
{
    throw Failure{message};
}

QString loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("unknown");
    return QString::fromLatin1(file.readAll()).section(QLatin1Char(' '), 0, 2);
}

QString duration(double ms)
{
    return ms >= 1000 ? QStringLiteral("%1 s").arg(ms / 1000, 0, 'f', 2) : QStringLiteral("%1 ms").arg(ms, 0, 'f', 1);
}

// The timings of one side: every run kept, the median reported.
struct Timings {
    QList<double> ms;

    double median() const
    {
        QList<double> sorted = ms;
        std::sort(sorted.begin(), sorted.end());
        if (sorted.isEmpty())
            return 0;
        const qsizetype n = sorted.size();
        return n % 2 ? sorted.at(n / 2) : (sorted.at(n / 2 - 1) + sorted.at(n / 2)) / 2;
    }
    double min() const { return ms.isEmpty() ? 0 : *std::min_element(ms.cbegin(), ms.cend()); }
    double max() const { return ms.isEmpty() ? 0 : *std::max_element(ms.cbegin(), ms.cend()); }

    QJsonObject toJson() const
    {
        QJsonArray runs;
        for (double v : ms)
            runs << v;
        return {{QStringLiteral("median_ms"), median()}, {QStringLiteral("min_ms"), min()},
                {QStringLiteral("max_ms"), max()}, {QStringLiteral("runs_ms"), runs}};
    }
};

struct Run {
    double ms = 0;
    QByteArray out;
    QByteArray err;
};

// Runs a program to its end, or with `untilLine` until it prints that line on stdout, timed from the
// spawn with a monotonic clock. A failure ends the bench: a figure from a failed run would lie.
Run timed(const QString &program, const QStringList &args, const QProcessEnvironment &env,
          const QByteArray &untilLine = {})
{
    constexpr int timeoutMs = 300000;
    QProcess process;
    process.setProcessEnvironment(env);
    QElapsedTimer timer;
    timer.start();
    process.start(program, args);
    if (!process.waitForStarted(30000))
        die(QStringLiteral("%1 cannot be started: %2").arg(program, process.errorString()));
    Run run;
    const auto failure = [&](const QString &what) {
        if (process.state() != QProcess::NotRunning) {
            process.kill();
            process.waitForFinished(5000);
        }
        die(QStringLiteral("%1 %2 %3: %4")
                .arg(QFileInfo(program).fileName(), args.join(QLatin1Char(' ')), what,
                     QString::fromLocal8Bit(process.readAllStandardError()).trimmed().right(600)));
    };
    if (untilLine.isEmpty()) {
        if (!process.waitForFinished(timeoutMs))
            failure(QStringLiteral("did not end within 5 minutes"));
        run.ms = double(timer.nsecsElapsed()) / 1e6;
        run.out = process.readAllStandardOutput();
        run.err = process.readAllStandardError();
        if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
            failure(QStringLiteral("failed (exit code %1)").arg(process.exitCode()));
        return run;
    }
    for (;;) {
        while (process.canReadLine()) {
            const QByteArray line = process.readLine().trimmed();
            if (line == untilLine) {
                run.ms = double(timer.nsecsElapsed()) / 1e6;
                // Let it quit on its own (the window removes its lock file) before the next run.
                if (!process.waitForFinished(30000)) {
                    process.kill();
                    process.waitForFinished(5000);
                }
                return run;
            }
            if (line == "refused")
                failure(QStringLiteral("could not open the forum"));
        }
        if (process.state() == QProcess::NotRunning)
            failure(QStringLiteral("ended before printing \"%1\"").arg(QString::fromLatin1(untilLine)));
        if (timer.elapsed() > timeoutMs)
            failure(QStringLiteral("did not print \"%1\" within 5 minutes").arg(QString::fromLatin1(untilLine)));
        process.waitForReadyRead(1000);
    }
}

// `warmups` untimed runs of each side, then `runs` timed runs of each, taking turns so that a change
// in the machine's load falls on every side alike.
QList<Timings> interleaved(int warmups, int runs, const QList<std::function<double()>> &sides)
{
    for (int i = 0; i < warmups; ++i)
        for (const auto &side : sides)
            side();
    QList<Timings> timings(sides.size());
    for (int i = 0; i < runs; ++i)
        for (qsizetype s = 0; s < sides.size(); ++s)
            timings[s].ms << sides[s]();
    return timings;
}

std::pair<Timings, Timings> interleaved(int warmups, int runs, const std::function<double()> &a,
                                        const std::function<double()> &b)
{
    const QList<Timings> both = interleaved(warmups, runs, {a, b});
    return {both[0], both[1]};
}

QString range(const Timings &t)
{
    if (t.ms.size() < 2)
        return QString();
    return QStringLiteral("%1 – %2").arg(duration(t.min()), duration(t.max()));
}

void line(const QString &figure, const Timings &t, const QString &note = {})
{
    QString rest = range(t);
    if (!note.isEmpty())
        rest = rest.isEmpty() ? note : QStringLiteral("%1 · %2").arg(rest, note);
    *text << QStringLiteral("  %1 %2   %3\n").arg(figure, -46).arg(duration(t.median()), 10).arg(rest);
    text->flush();
}

void heading(const QString &title)
{
    *text << '\n' << title << '\n';
    text->flush();
}

QJsonArray figures;
QJsonArray goals;
bool allGoalsMet = true;

// A ratio line; with a goal (> 0) it is checked and counted in the exit code.
double ratioLine(const QString &what, const Timings &measured, const Timings &baseline, double goal)
{
    const double ratio = baseline.median() > 0 ? measured.median() / baseline.median() : 0;
    QString verdict;
    if (goal > 0) {
        const bool met = ratio <= goal;
        allGoalsMet = allGoalsMet && met;
        verdict = QStringLiteral("goal <= %1: %2").arg(goal).arg(met ? QStringLiteral("met") : QStringLiteral("NOT MET"));
        goals << QJsonObject{{QStringLiteral("ratio"), what}, {QStringLiteral("value"), ratio},
                             {QStringLiteral("goal"), goal}, {QStringLiteral("met"), met}};
    }
    *text << QStringLiteral("  %1 %2   %3\n").arg(QStringLiteral("ratio ") + what, -46).arg(ratio, 9, 'f', 2).arg(verdict);
    text->flush();
    return ratio;
}

// A figure with a goal of its own unit (a time on this machine, a memory), counted in the exit code.
void goalLine(const QString &what, double value, const QString &unit, double goal)
{
    const bool met = value < goal;
    allGoalsMet = allGoalsMet && met;
    goals << QJsonObject{{QStringLiteral("figure"), what}, {QStringLiteral("value"), value}, {QStringLiteral("unit"), unit},
                         {QStringLiteral("goal"), goal}, {QStringLiteral("met"), met}};
    const auto shown = [&](double v) {
        return unit == QLatin1String("ms") ? duration(v) : QStringLiteral("%1 %2").arg(v, 0, 'f', 1).arg(unit);
    };
    *text << QStringLiteral("  %1 %2   goal under %3: %4\n")
                 .arg(what, -46)
                 .arg(shown(value), 10)
                 .arg(unit == QLatin1String("ms") ? duration(goal) : QStringLiteral("%1 %2").arg(goal).arg(unit),
                      met ? QStringLiteral("met") : QStringLiteral("NOT MET"));
    text->flush();
}

QJsonObject figure(const QString &name, const Timings &t, const QString &part)
{
    QJsonObject o = t.toJson();
    o.insert(QStringLiteral("figure"), name);
    o.insert(QStringLiteral("part"), part);
    return o;
}

QString findProgram(const QStringList &folders, const QString &name)
{
    for (const QString &folder : folders) {
        const QFileInfo info(QDir(folder).filePath(name));
        if (info.isFile() && info.isExecutable())
            return info.absoluteFilePath();
    }
    return QString();
}

// Data, settings and cache folders of the bench's own for one part: Forum Desk's record of files
// that passed the full check, its settings and recent files never touch the user's, and each part
// starts with a computer that has never seen the file (its first run is the full check).
QProcessEnvironment partEnvironment(const QString &scratch, const QString &part)
{
    const QString home = QDir(scratch).filePath(QStringLiteral("home-") + part);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *folder : {"data", "config", "cache"}) {
        const QString path = QDir(home).filePath(QLatin1String(folder));
        QDir().mkpath(path);
        env.insert(QStringLiteral("XDG_%1_HOME").arg(QLatin1String(folder).toString().toUpper()), path);
    }
    // Qt warns on every start without one; a folder of the bench's own keeps error messages short.
    if (env.value(QStringLiteral("XDG_RUNTIME_DIR")).isEmpty()) {
        const QString runtime = QDir(home).filePath(QStringLiteral("runtime"));
        QDir().mkpath(runtime);
        QFile::setPermissions(runtime, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtime);
    }
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.remove(QStringLiteral("LC_ALL"));
    env.remove(QStringLiteral("LANGUAGE"));
    return env;
}

QString quotedIdentifier(QString name)
{
    return QLatin1Char('"') + name.replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
}

// The merge part: what each copy changes, with the sqlite3 shell. The change log's triggers are part
// of the file, so they record sqlite3's writes as they record Forum Desk's (the edit script checks that
// they did). Records are picked in every table below by their id modulo 4, taking the tables in turn,
// the same picks in both copies (they start as the same file): class 0 is changed in OURS only, class 1
// in THEIRS only, class 2 on both sides (the first kConflicts the same field to different values, the
// rest one field each), class 3 is where each side removes records that the other leaves alone.
constexpr int kChangedRecords = 10000; // on each side
constexpr int kBothSides = 500;        // records changed on both sides
constexpr int kConflicts = 300;        //   of which the same field, to different values
constexpr int kAdded = 800;            // new records on each side
constexpr int kAddedOnBoth = 50;       //   of which attendances both sides record (same meeting and member)
constexpr int kRemoved = 200;          // records removed on each side
constexpr int kChangedAlone = kChangedRecords - kBothSides - kAdded - kRemoved;

// A field each side rewrites (free text, no rule on its value), and the other field a record changed
// on both sides without a conflict gets in THEIRS.
struct EditedTable {
    const char *table;
    const char *field;
    const char *otherField;
};
const EditedTable kEditedTables[] = {
    {"progress_update", "narrative", "evidence"}, {"milestone", "deliverable", "responsible"},
    {"agenda_item", "minutes", "presenter"},      {"attendance", "organization", "represented_by"},
    {"contribution", "response", "organization"}, {"action_item", "owner", "text"},
    {"meeting", "notes", "place"},                {"commitment", "status_quo", "budget"},
    {"lesson", "recommendation", "text"},
};
// Removed only from tables nothing names and nothing cascades from (a removal is one record), and
// none that a data rule counts (an attendance is a vote's voter): progress updates, and links of
// contributions to commitments.
const char *const kRemovedFrom[] = {"progress_update", "contribution_commitment"};

// The SQL for the sqlite3 shell that makes one side's changes, as the window would (a time of
// change on every record changed, one activity line per change). It prints, separated by '|': the
// records updated, added and removed, then what the triggers recorded: records with change-log
// entries, and tombstones.
QString editScript(bool theirs)
{
    const QString now = QStringLiteral("strftime('%Y-%m-%dT%H:%M:%SZ', 'now')");
    // A version 4 UUID, as QUuid writes it.
    const QString uuid = QStringLiteral(
        "(lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) "
        "|| '-' || substr('89ab', 1 + abs(random() % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' "
        "|| lower(hex(randomblob(6))))");
    const QString side = theirs ? QStringLiteral("THEIRS") : QStringLiteral("OURS");
    const int mine = theirs ? 1 : 0;
    const auto appended = [&](const QString &field) {
        return QStringLiteral("%1 = coalesce(%1 || ' ', '') || 'Revised in %2.'").arg(field, side);
    };
    QStringList candidates;
    for (int t = 0; t < int(std::size(kEditedTables)); ++t)
        candidates << QStringLiteral("SELECT '%1' AS tbl, %2 AS ord, id, id % 4 AS cls FROM %1")
                          .arg(QLatin1String(kEditedTables[t].table))
                          .arg(t);
    QString sql = QStringLiteral(
        "PRAGMA foreign_keys = ON;\n"
        "BEGIN;\n"
        "CREATE TEMP TABLE bench_start AS SELECT coalesce(max(id), 0) AS log FROM change_log;\n"
        "CREATE TEMP TABLE bench_changed (tbl TEXT, uid TEXT, action TEXT);\n"
        "CREATE TEMP TABLE bench_candidate AS SELECT tbl, ord, id, cls, "
        "row_number() OVER (PARTITION BY tbl, cls ORDER BY id) AS r FROM (%1);\n"
        "CREATE TEMP TABLE bench_pick AS SELECT tbl, id, cls, row_number() OVER (PARTITION BY cls ORDER BY r, ord) AS n "
        "FROM temp.bench_candidate;\n"
        "CREATE INDEX temp.bench_pick_table ON bench_pick (tbl, cls, n);\n")
                      .arg(candidates.join(QStringLiteral(" UNION ALL ")));
    for (const EditedTable &e : kEditedTables) {
        const QString table = QLatin1String(e.table);
        const QString picked = QStringLiteral("id IN (SELECT id FROM temp.bench_pick WHERE tbl = '%1' AND (%2))").arg(table);
        const QString alone = QStringLiteral("cls = %1 AND n <= %2").arg(mine).arg(kChangedAlone);
        const QString conflicting = QStringLiteral("cls = 2 AND n <= %1").arg(kConflicts);
        const QString apart = QStringLiteral("cls = 2 AND n > %1 AND n <= %2").arg(kConflicts).arg(kBothSides);
        const QString both = QStringLiteral("cls = 2 AND n <= %1").arg(kBothSides);
        sql += QStringLiteral("INSERT INTO temp.bench_changed SELECT '%1', uid, 'update' FROM %1 WHERE %2;\n")
                   .arg(table, picked.arg(QStringLiteral("%1 OR %2").arg(alone, both)));
        sql += QStringLiteral("UPDATE %1 SET %2, updated_at = %3 WHERE %4;\n")
                   .arg(table, appended(QLatin1String(e.field)), now,
                        picked.arg(QStringLiteral("%1 OR %2").arg(alone, conflicting)));
        sql += QStringLiteral("UPDATE %1 SET %2, updated_at = %3 WHERE %4;\n")
                   .arg(table, appended(QLatin1String(theirs ? e.otherField : e.field)), now, picked.arg(apart));
    }
    // New progress updates under this side's milestones (several under one when there are few), and
    // attendances both sides record for the same meetings and members, each with its own uid.
    sql += QStringLiteral(
               "CREATE TEMP TABLE bench_new_progress AS SELECT %1 AS uid, m.id AS milestone_id, "
               "coalesce(m.end_on, m.start_on, date('now')) AS reported_on FROM milestone AS m, "
               "(SELECT 0 AS k UNION ALL SELECT 1 UNION ALL SELECT 2 UNION ALL SELECT 3) WHERE m.id % 4 = %2 "
               "ORDER BY k, m.id LIMIT %3;\n"
               "INSERT INTO progress_update (uid, created_at, updated_at, milestone_id, reported_on, percent, status, narrative, "
               "reporter) SELECT uid, %4, %4, milestone_id, reported_on, 50, 'on_track', 'Reported in %5.', '%5 secretary' "
               "FROM temp.bench_new_progress;\n"
               "INSERT INTO temp.bench_changed SELECT 'progress_update', uid, 'create' FROM temp.bench_new_progress;\n"
               "CREATE TEMP TABLE bench_new_attendance AS SELECT %1 AS uid, mt.id AS meeting_id, mb.id AS member_id, "
               "mb.name AS name, mb.organization AS organization, mb.sector AS sector FROM meeting AS mt, member AS mb "
               "WHERE NOT EXISTS (SELECT 1 FROM attendance AS a WHERE a.meeting_id = mt.id AND a.member_id = mb.id) "
               "ORDER BY mt.id DESC, mb.id LIMIT %6;\n"
               "INSERT INTO attendance (uid, created_at, updated_at, meeting_id, member_id, name, organization, sector, status) "
               "SELECT uid, %4, %4, meeting_id, member_id, name, organization, sector, 'present' "
               "FROM temp.bench_new_attendance;\n"
               "INSERT INTO temp.bench_changed SELECT 'attendance', uid, 'create' FROM temp.bench_new_attendance;\n")
               .arg(uuid)
               .arg(mine)
               .arg(kAdded - kAddedOnBoth)
               .arg(now, side)
               .arg(kAddedOnBoth);
    QStringList removable;
    for (int t = 0; t < int(std::size(kRemovedFrom)); ++t)
        removable << QStringLiteral("SELECT '%1' AS tbl, %2 AS ord, id, row_number() OVER (ORDER BY id) AS r "
                                    "FROM %1 WHERE id % 4 = 3")
                         .arg(QLatin1String(kRemovedFrom[t]))
                         .arg(t);
    sql += QStringLiteral("CREATE TEMP TABLE bench_gone AS SELECT tbl, id, row_number() OVER (ORDER BY r, ord) AS n FROM (%1);\n")
               .arg(removable.join(QStringLiteral(" UNION ALL ")));
    for (const char *table : kRemovedFrom) {
        const QString gone = QStringLiteral("id IN (SELECT id FROM temp.bench_gone WHERE tbl = '%1' AND n > %2 AND n <= %3)")
                                 .arg(QLatin1String(table))
                                 .arg(mine * kRemoved)
                                 .arg((mine + 1) * kRemoved);
        sql += QStringLiteral("INSERT INTO temp.bench_changed SELECT '%1', uid, 'delete' FROM %1 WHERE %2;\n"
                              "DELETE FROM %1 WHERE %2;\n")
                   .arg(QLatin1String(table), gone);
    }
    sql += QStringLiteral(
               "INSERT INTO activity (uid, created_at, updated_at, actor, action, entity, entity_uid, summary) "
               "SELECT %1, %2, %2, '%3 secretary', action, tbl, uid, 'Changed in %3' FROM temp.bench_changed ORDER BY rowid;\n"
               "SELECT (SELECT count(*) FROM temp.bench_changed WHERE action = 'update'), "
               "(SELECT count(*) FROM temp.bench_changed WHERE action = 'create'), "
               "(SELECT count(*) FROM temp.bench_changed WHERE action = 'delete'), "
               "(SELECT count(DISTINCT row_uid) FROM change_log WHERE id > (SELECT log FROM temp.bench_start)), "
               "(SELECT count(*) FROM tombstone WHERE uid IN (SELECT uid FROM temp.bench_changed WHERE action = 'delete'));\n"
               "COMMIT;\n")
               .arg(uuid, now, side);
    return sql;
}

} // namespace

static int bench(QCoreApplication &app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Forum Desk's speed figures on the large sample forum, as ratios against baselines measured in the "
        "same run. Exit code: 0 every goal met, 1 a goal not met, 2 the bench could not run."));
    parser.addHelpOption();
    const QCommandLineOption buildDirOption(QStringLiteral("build-dir"),
                                            QStringLiteral("The build folder holding app/ and bench/ (default: the "
                                                           "programs beside this one, then its parent folder)."),
                                            QStringLiteral("DIR"));
    const QCommandLineOption fileOption(QStringLiteral("file"),
                                        QStringLiteral("A large sample already written (forumdesk-cli demo PATH "
                                                       "--size large) instead of writing one."),
                                        QStringLiteral("PATH"));
    const QCommandLineOption runsOption(QStringLiteral("runs"),
                                        QStringLiteral("Timed runs of each side (default 21; exports and the merge at most 5)."),
                                        QStringLiteral("N"), QStringLiteral("21"));
    const QCommandLineOption onlyOption(QStringLiteral("only"), QStringLiteral("Run one part: info, window, exports or merge."),
                                        QStringLiteral("PART"));
    const QCommandLineOption offscreenOption(QStringLiteral("offscreen"),
                                             QStringLiteral("Windows on Qt's offscreen platform even when DISPLAY is set."));
    const QCommandLineOption xvfbOption(QStringLiteral("xvfb"),
                                        QStringLiteral("Run the whole bench inside one Xvfb (xvfb-run), windows on it."));
    const QCommandLineOption jsonOption(QStringLiteral("json"),
                                        QStringLiteral("Print the figures as JSON on stdout (the table goes to stderr)."));
    parser.addOptions({buildDirOption, fileOption, runsOption, onlyOption, offscreenOption, xvfbOption, jsonOption});
    parser.process(app);

    const bool json = parser.isSet(jsonOption);
    QTextStream textStream(json ? stderr : stdout);
    text = &textStream;

    bool runsOk = false;
    const int runs = parser.value(runsOption).toInt(&runsOk);
    if (!runsOk || runs < 1)
        die(QStringLiteral("--runs takes a number of runs, at least 1"));
    const QString only = parser.value(onlyOption);
    if (!only.isEmpty() && only != QLatin1String("info") && only != QLatin1String("window") && only != QLatin1String("exports")
        && only != QLatin1String("merge"))
        die(QStringLiteral("--only takes info, window, exports or merge, not \"%1\"").arg(only));
    const auto wanted = [&](const char *part) { return only.isEmpty() || only == QLatin1String(part); };

    // --xvfb: the bench runs itself again inside one X server of its own, so both windows compared
    // are drawn by the same server.
    if (parser.isSet(xvfbOption) && qEnvironmentVariableIsEmpty("FORUMDESK_BENCH_INSIDE_XVFB")) {
        const QString xvfbRun = QStandardPaths::findExecutable(QStringLiteral("xvfb-run"));
        if (xvfbRun.isEmpty())
            die(QStringLiteral("--xvfb needs xvfb-run (Debian package xvfb)"));
        QProcess inner;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("FORUMDESK_BENCH_INSIDE_XVFB"), QStringLiteral("1"));
        inner.setProcessEnvironment(env);
        inner.setProcessChannelMode(QProcess::ForwardedChannels);
        inner.setInputChannelMode(QProcess::ForwardedInputChannel);
        // xvfb-run's default screen is 8 bits deep; a desktop's is 24.
        inner.start(xvfbRun, QStringList{QStringLiteral("-a"), QStringLiteral("-s"), QStringLiteral("-screen 0 1920x1080x24"),
                                         QCoreApplication::applicationFilePath()}
                                 + QCoreApplication::arguments().mid(1));
        if (!inner.waitForStarted(30000))
            die(QStringLiteral("xvfb-run cannot be started"));
        inner.waitForFinished(-1);
        return inner.exitStatus() == QProcess::NormalExit ? inner.exitCode() : 2;
    }
    const QString display = qEnvironmentVariable("DISPLAY");
    const bool offscreen = parser.isSet(offscreenOption) || display.isEmpty();
    const QString platform = offscreen ? QStringLiteral("offscreen") : QStringLiteral("xcb");
    QString platformText = offscreen
        ? QStringLiteral("Qt's offscreen platform (QT_QPA_PLATFORM=offscreen%1)")
              .arg(display.isEmpty() ? QStringLiteral("; no DISPLAY") : QStringLiteral(", asked for"))
        : QStringLiteral("the X server on DISPLAY=%1 (QT_QPA_PLATFORM=xcb)").arg(display);
    if (!offscreen && !qEnvironmentVariableIsEmpty("FORUMDESK_BENCH_INSIDE_XVFB"))
        platformText = QStringLiteral("Xvfb started by xvfb-run on DISPLAY=%1, 1920x1080x24 (QT_QPA_PLATFORM=xcb)").arg(display);

    // The programs: beside this one, else in the build folder's app/ and bench/.
    const QString self = QCoreApplication::applicationDirPath();
    const QString build = parser.isSet(buildDirOption) ? QFileInfo(parser.value(buildDirOption)).absoluteFilePath()
                                                       : QFileInfo(QDir(self).filePath(QStringLiteral(".."))).absoluteFilePath();
    const QStringList appFolders = parser.isSet(buildDirOption)
        ? QStringList{QDir(build).filePath(QStringLiteral("app"))}
        : QStringList{self, QDir(build).filePath(QStringLiteral("app"))};
    const QStringList benchFolders = parser.isSet(buildDirOption)
        ? QStringList{QDir(build).filePath(QStringLiteral("bench"))}
        : QStringList{self, QDir(build).filePath(QStringLiteral("bench"))};
    const QString cli = findProgram(appFolders, QStringLiteral("forumdesk-cli"));
    const QString documents = findProgram(appFolders, QStringLiteral("forumdesk-cli-documents"));
    const QString window = findProgram(appFolders, QStringLiteral("forumdesk"));
    const QString emptyWindow = findProgram(benchFolders, QStringLiteral("forumdesk-bench-emptywindow"));
    const QString sqlite3 = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    QString libreOffice = QStandardPaths::findExecutable(QStringLiteral("soffice"));
    if (libreOffice.isEmpty())
        libreOffice = QStandardPaths::findExecutable(QStringLiteral("libreoffice"));

    QStringList missing;
    if (cli.isEmpty())
        missing << QStringLiteral("forumdesk-cli");
    if (documents.isEmpty() && wanted("exports"))
        missing << QStringLiteral("forumdesk-cli-documents");
    if (window.isEmpty() && wanted("window"))
        missing << QStringLiteral("forumdesk");
    if (emptyWindow.isEmpty() && wanted("window"))
        missing << QStringLiteral("forumdesk-bench-emptywindow");
    if (!missing.isEmpty())
        die(QStringLiteral("%1 not found in %2; build them with: cmake --build %3 --target forumdesk-bench "
                           "(or give the build folder with --build-dir DIR)")
                .arg(missing.join(QStringLiteral(", ")), (appFolders + benchFolders).join(QStringLiteral(" or ")), build));
    if (sqlite3.isEmpty() && (wanted("info") || wanted("merge")))
        die(QStringLiteral("the sqlite3 command-line shell is not on PATH (Debian package sqlite3)"));

    QTemporaryDir scratchDir(QDir(QDir::tempPath()).filePath(QStringLiteral("forumdesk-bench-XXXXXX")));
    if (!scratchDir.isValid())
        die(QStringLiteral("cannot make a temporary folder"));
    const QString scratch = scratchDir.path();
    // FORUMDESK_BENCH_KEEP=1 keeps the scratch folder (the merge's pair of copies, say) to look into.
    if (!qEnvironmentVariableIsEmpty("FORUMDESK_BENCH_KEEP")) {
        scratchDir.setAutoRemove(false);
        *text << "Scratch folder kept: " << scratch << '\n';
    }
    const int exportRuns = std::min(runs, 5);
    const int mergeRuns = std::min(runs, 5); // each run copies the pair afresh: seconds a run

    const QString loadAtStart = loadAverage();
    *text << "Forum Desk benchmark (forumdesk-bench, Qt " << qVersion() << ")\n"
          << "  programs:  " << QFileInfo(cli).absolutePath() << ", " << QFileInfo(emptyWindow).absolutePath() << '\n'
          << "  machine:   " << QThread::idealThreadCount() << " cores, load average " << loadAtStart << " at start\n"
          << "  runs:      " << runs << " timed run" << (runs > 1 ? "s" : "") << " of each side, interleaved with its baseline, after warm-up runs; "
          << "medians (fastest – slowest)\n"
          << "  windows:   " << platformText << '\n'
          << "  temporary: " << scratch << " (every child process has XDG_DATA_HOME, XDG_CONFIG_HOME and "
          << "XDG_CACHE_HOME in it)\n";
    text->flush();

    QJsonObject sample;
    QString forum = parser.value(fileOption);
    if (forum.isEmpty()) {
        forum = QDir(scratch).filePath(QStringLiteral("large.ogpforum"));
        const Run made = timed(cli, {QStringLiteral("demo"), forum, QStringLiteral("--size"), QStringLiteral("large")},
                               partEnvironment(scratch, QStringLiteral("demo")));
        sample.insert(QStringLiteral("write_ms"), made.ms);
        heading(QStringLiteral("Large sample"));
        line(QStringLiteral("forumdesk-cli demo FILE --size large"), Timings{{made.ms}});
    } else {
        heading(QStringLiteral("Large sample"));
        if (!QFileInfo(forum).isFile())
            die(QStringLiteral("%1 is not a file").arg(forum));
        forum = QFileInfo(forum).absoluteFilePath();
    }
    sample.insert(QStringLiteral("path"), forum);
    sample.insert(QStringLiteral("bytes"), QFileInfo(forum).size());
    *text << "  " << forum << ": " << QString::number(double(QFileInfo(forum).size()) / (1024 * 1024), 'f', 1) << " MiB\n";
    text->flush();

    if (wanted("info")) {
        heading(QStringLiteral("1. info against sqlite3"));
        const QProcessEnvironment env = partEnvironment(scratch, QStringLiteral("info"));
        const Run tables = timed(sqlite3, {QStringLiteral("-readonly"), forum,
                                           QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table' "
                                                          "AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name;")},
                                 env);
        QString counts;
        int tableCount = 0;
        for (const QByteArray &name : tables.out.split('\n')) {
            if (name.trimmed().isEmpty())
                continue;
            counts += QStringLiteral("SELECT count(*) FROM %1;").arg(quotedIdentifier(QString::fromUtf8(name.trimmed())));
            ++tableCount;
        }
        if (tableCount == 0)
            die(QStringLiteral("sqlite3 lists no tables in %1").arg(forum));
        const QStringList sqliteArgs{QStringLiteral("-readonly"), forum, counts};
        const QStringList infoArgs{QStringLiteral("info"), forum};
        // This part's data folder is empty: the first info runs the full check and remembers the
        // file; every later one takes the fast path, as on a user's computer.
        const Timings cold{{timed(cli, infoArgs, env).ms}};
        const auto [info, counted] = interleaved(
            2, runs, [&] { return timed(cli, infoArgs, env).ms; }, [&] { return timed(sqlite3, sqliteArgs, env).ms; });
        const QString baselineName = QStringLiteral("sqlite3 counting the same %1 tables").arg(tableCount);
        line(QStringLiteral("forumdesk-cli info FILE"), info);
        line(baselineName, counted);
        ratioLine(QStringLiteral("info / sqlite3"), info, counted, 2.0);
        line(QStringLiteral("forumdesk-cli info, first run (full check)"), cold);
        figures << figure(QStringLiteral("forumdesk-cli info"), info, QStringLiteral("info"))
                << figure(baselineName, counted, QStringLiteral("info"))
                << figure(QStringLiteral("forumdesk-cli info, first run (full check)"), cold, QStringLiteral("info"));
    }

    if (wanted("window")) {
        heading(QStringLiteral("2. Window's first frame against an empty Qt window's"));
        QProcessEnvironment env = partEnvironment(scratch, QStringLiteral("window"));
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), platform);
        env.insert(QStringLiteral("FORUMDESK_BENCH_FIRST_FRAME"), QStringLiteral("1"));
        // The first opening checks the file in full (timed apart); the warm-up runs and every timed
        // one are a user's second opening.
        const Timings cold{{timed(window, {forum}, env, "first-frame").ms}};
        const auto [forumWindow, empty] = interleaved(
            2, runs, [&] { return timed(window, {forum}, env, "first-frame").ms; },
            [&] { return timed(emptyWindow, {}, env, "first-frame").ms; });
        line(QStringLiteral("forumdesk FILE until the forum is painted"), forumWindow);
        line(QStringLiteral("empty QMainWindow until its first frame"), empty);
        ratioLine(QStringLiteral("window / empty window"), forumWindow, empty, 1.3);
        line(QStringLiteral("forumdesk FILE, first opening (full check)"), cold);
        figures << figure(QStringLiteral("forumdesk FILE until the forum is painted"), forumWindow, QStringLiteral("window"))
                << figure(QStringLiteral("empty QMainWindow until its first frame"), empty, QStringLiteral("window"))
                << figure(QStringLiteral("forumdesk FILE, first opening (full check)"), cold, QStringLiteral("window"));
    }

    QJsonObject biggestPlan;
    if (wanted("exports")) {
        heading(QStringLiteral("3. Exports of the biggest plan"));
        const QProcessEnvironment env = partEnvironment(scratch, QStringLiteral("exports"));
        // The biggest plan: the one with the most commitments (the first such plan on a tie).
        const QJsonArray plans =
            QJsonDocument::fromJson(timed(cli, {QStringLiteral("list"), QStringLiteral("plans"), forum}, env).out).array();
        const QJsonArray commitments =
            QJsonDocument::fromJson(timed(cli, {QStringLiteral("list"), QStringLiteral("commitments"), forum}, env).out).array();
        QMap<qint64, int> perPlan;
        for (const QJsonValue &c : commitments)
            ++perPlan[c.toObject().value(QStringLiteral("plan_id")).toInteger()];
        qint64 plan = 0;
        QString planTitle;
        for (const QJsonValue &p : plans) {
            const qint64 id = p.toObject().value(QStringLiteral("id")).toInteger();
            if (plan == 0 || perPlan.value(id) > perPlan.value(plan)) {
                plan = id;
                planTitle = p.toObject().value(QStringLiteral("title")).toString();
            }
        }
        if (plan == 0 || perPlan.value(plan) == 0)
            die(QStringLiteral("%1 has no plan with commitments").arg(forum));
        biggestPlan = {{QStringLiteral("id"), plan}, {QStringLiteral("title"), planTitle},
                       {QStringLiteral("commitments"), perPlan.value(plan)}};
        const auto tied = std::count_if(plans.cbegin(), plans.cend(), [&](const QJsonValue &p) {
            return perPlan.value(p.toObject().value(QStringLiteral("id")).toInteger()) == perPlan.value(plan);
        });
        *text << "  biggest plan: id " << plan << ", \"" << planTitle << "\", " << perPlan.value(plan)
              << " commitments (of " << commitments.size() << " in " << plans.size() << " plans"
              << (tied > 1 ? QStringLiteral("; %1 plans have as many, the first listed is taken").arg(tied) : QString())
              << ")\n"
              << "  " << exportRuns << " timed run" << (exportRuns > 1 ? "s" : "") << " of each, after one warm-up run\n";
        text->flush();

        const QString outFolder = QDir(scratch).filePath(QStringLiteral("exports"));
        QDir().mkpath(outFolder);
        for (const char *document : {"plan", "progress"}) {
            const QString what = QLatin1String(document);
            const QString label = what == QLatin1String("plan") ? QStringLiteral("export plan (plan draft)")
                                                                 : QStringLiteral("export progress (progress report)");
            QString odt;
            Timings pdfTimes;
            for (const char *format : {"pdf", "odt"}) {
                const QString target = QDir(outFolder).filePath(QStringLiteral("%1.%2").arg(what, QLatin1String(format)));
                const QStringList args{QStringLiteral("export"), what, forum, QStringLiteral("--plan"), QString::number(plan),
                                       QStringLiteral("--format"), QLatin1String(format), QStringLiteral("-o"), target};
                timed(cli, args, env); // warm-up (the first also runs the full check of the file)
                Timings times;
                for (int i = 0; i < exportRuns; ++i)
                    times.ms << timed(cli, args, env).ms;
                const QString name = QStringLiteral("%1 as %2").arg(label, QString::fromLatin1(format).toUpper());
                line(name, times, QStringLiteral("%1 KiB").arg(QFileInfo(target).size() / 1024));
                QJsonObject o = figure(name, times, QStringLiteral("exports"));
                o.insert(QStringLiteral("bytes"), QFileInfo(target).size());
                figures << o;
                if (QLatin1String(format) == QLatin1String("odt"))
                    odt = target;
                else
                    pdfTimes = times;
            }
            if (libreOffice.isEmpty())
                continue;
            // The comparison: LibreOffice turning the very same ODT into a PDF, with a profile of
            // the bench's own (its first start, untimed, sets the profile up).
            const QString profile = QUrl::fromLocalFile(QDir(scratch).filePath(QStringLiteral("libreoffice-profile"))).toString();
            const QStringList lo{QStringLiteral("-env:UserInstallation=") + profile, QStringLiteral("--headless"),
                                 QStringLiteral("--convert-to"), QStringLiteral("pdf"), QStringLiteral("--outdir"),
                                 QDir(scratch).filePath(QStringLiteral("libreoffice-out")), odt};
            timed(libreOffice, lo, env);
            Timings loTimes;
            for (int i = 0; i < exportRuns; ++i)
                loTimes.ms << timed(libreOffice, lo, env).ms;
            const QString loName = QStringLiteral("LibreOffice --convert-to pdf of that ODT");
            line(loName, loTimes);
            ratioLine(QStringLiteral("%1 PDF / LibreOffice").arg(what), pdfTimes, loTimes, 0);
            figures << figure(QStringLiteral("LibreOffice converting the %1 ODT to PDF").arg(what), loTimes,
                              QStringLiteral("exports"));
        }
        if (libreOffice.isEmpty())
            *text << "  LibreOffice not installed, comparison skipped\n";
    }

    QJsonObject merge;
    if (wanted("merge")) {
        heading(QStringLiteral("4. Merge of two copies, %1 records changed on each side").arg(kChangedRecords));
        const QProcessEnvironment env = partEnvironment(scratch, QStringLiteral("merge"));
        const QDir folder(QDir(scratch).filePath(QStringLiteral("merge")));
        const QString templates = folder.filePath(QStringLiteral("template"));
        const QString work = folder.filePath(QStringLiteral("run"));
        QDir().mkpath(templates);
        const QString templateOurs = QDir(templates).filePath(QStringLiteral("ours.ogpforum"));
        const QString templateTheirs = QDir(templates).filePath(QStringLiteral("theirs.ogpforum"));
        const auto copy = [](const QString &from, const QString &to) {
            if (!QFile::copy(from, to))
                die(QStringLiteral("cannot copy %1 to %2").arg(from, to));
        };
        copy(forum, templateOurs);
        copy(forum, templateTheirs);

        // Each side's changes, made once; every timed run starts from fresh copies of this pair.
        QJsonObject changes;
        for (const bool theirsSide : {false, true}) {
            const QString name = theirsSide ? QStringLiteral("theirs") : QStringLiteral("ours");
            const Run edit = timed(sqlite3, {theirsSide ? templateTheirs : templateOurs, editScript(theirsSide)}, env);
            const QList<QByteArray> counts = edit.out.trimmed().split('|');
            if (counts.size() != 5)
                die(QStringLiteral("the edits of %1 printed \"%2\"").arg(name, QString::fromUtf8(edit.out.trimmed())));
            const qint64 updated = counts[0].toLongLong(), added = counts[1].toLongLong(), removed = counts[2].toLongLong();
            if (updated + added + removed != kChangedRecords)
                die(QStringLiteral("the edits of %1 changed %2 records, not %3: %4 is not the large sample")
                        .arg(name)
                        .arg(updated + added + removed)
                        .arg(kChangedRecords)
                        .arg(forum));
            // The change log is what the merge goes by: without it the bench would time another merge.
            if (counts[3].toLongLong() != updated || counts[4].toLongLong() != removed)
                die(QStringLiteral("the change log's triggers did not record sqlite3's edits of %1: %2 records updated, %3 "
                                   "logged; %4 removed, %5 tombstones")
                        .arg(name)
                        .arg(updated)
                        .arg(QString::fromLatin1(counts[3]))
                        .arg(removed)
                        .arg(QString::fromLatin1(counts[4])));
            *text << "  " << (theirsSide ? "THEIRS" : "OURS  ") << ": " << (updated + added + removed) << " records changed ("
                  << updated << " updated, " << added << " added, " << removed << " removed) by sqlite3 in "
                  << duration(edit.ms) << ", each logged by the file's triggers\n";
            changes.insert(name, QJsonObject{{QStringLiteral("updated"), updated}, {QStringLiteral("added"), added},
                                             {QStringLiteral("removed"), removed}});
        }
        *text << "  on both sides: " << kBothSides << " records (" << kConflicts
              << " with the same field changed differently: conflicts, settled by --prefer theirs), " << kAddedOnBoth
              << " attendances added on both sides for the same meeting and member\n";
        text->flush();
        merge.insert(QStringLiteral("changes"), changes);

        // Every run starts from fresh copies of the pair: OURS is this computer's own file, opened
        // before (one info, untimed, so the merge takes its fast path as a user's would), THEIRS a copy
        // from elsewhere, never seen (the merge checks it in full).
        const QString ours = QDir(work).filePath(QStringLiteral("ours.ogpforum"));
        const QString theirs = QDir(work).filePath(QStringLiteral("theirs.ogpforum"));
        const QString report = QDir(work).filePath(QStringLiteral("report.json"));
        // The copies are written to the disk before each run, as a user's files at rest are: else the
        // merge's own syncs (the commit's, the kept copy's) would also write out the 110 MB the bench
        // had just copied, which no merge of files at rest pays for.
        const auto onDisk = [](const QString &path) {
            QFile file(path);
            if (!file.open(QIODevice::ReadWrite) || ::fsync(file.handle()) != 0)
                die(QStringLiteral("cannot write %1 to the disk").arg(path));
        };
        const auto freshPair = [&] {
            if (!QDir(work).removeRecursively() || !QDir().mkpath(work))
                die(QStringLiteral("cannot empty %1").arg(work));
            copy(templateOurs, ours);
            copy(templateTheirs, theirs);
            onDisk(ours);
            onDisk(theirs);
            timed(cli, {QStringLiteral("info"), ours}, env);
        };
        const QStringList mergeArgs{QStringLiteral("merge"), ours, theirs, QStringLiteral("--prefer"), QStringLiteral("theirs"),
                                    QStringLiteral("--report"), report};
        const QStringList dryRunArgs = mergeArgs + QStringList{QStringLiteral("--dry-run")};
        // The baseline: the least any merge of the two files does, by SQLite alone: keep a copy of OURS
        // and read every page of both, checked (quick_check: every b-tree page and record, in one process).
        const QString kept = QDir(work).filePath(QStringLiteral("kept.ogpforum"));
        QString theirsLiteral = theirs;
        theirsLiteral = QLatin1Char('\'') + theirsLiteral.replace(QLatin1Char('\''), QStringLiteral("''")) + QLatin1Char('\'');
        const QStringList baselineArgs{
            QStringLiteral("-c"), QStringLiteral("cp -- \"$1\" \"$2\" && exec \"$3\" -readonly \"$1\" \"$4\""),
            QStringLiteral("sh"), ours, kept, sqlite3,
            QStringLiteral("ATTACH %1 AS theirs; PRAGMA main.quick_check; PRAGMA theirs.quick_check;").arg(theirsLiteral)};
        const QString shell = QStandardPaths::findExecutable(QStringLiteral("sh"));
        if (shell.isEmpty())
            die(QStringLiteral("sh is not on PATH"));

        // Peak memory: through this program's own --peak-memory-of, which waits for the merge alone
        // (wait4), so the figure is the merge's own. These runs are the warm-up runs.
        const auto peakMemory = [&](const QStringList &args, QJsonObject *reportRead) {
            freshPair();
            const Run run =
                timed(QCoreApplication::applicationFilePath(), QStringList{QStringLiteral("--peak-memory-of"), cli} + args, env);
            const QList<QByteArray> lines = run.out.trimmed().split('\n');
            const QByteArray last = lines.isEmpty() ? QByteArray() : lines.last();
            if (!last.startsWith("peak-memory-kib "))
                die(QStringLiteral("--peak-memory-of printed no figure"));
            if (reportRead) {
                QFile file(report);
                if (!file.open(QIODevice::ReadOnly))
                    die(QStringLiteral("the merge wrote no report at %1").arg(report));
                *reportRead = QJsonDocument::fromJson(file.readAll()).object();
            }
            return double(last.mid(16).toLongLong()) * 1024 / 1e6; // MB
        };
        QJsonObject result;
        const double mergeMb = peakMemory(mergeArgs, &result);
        const double dryRunMb = peakMemory(dryRunArgs, nullptr);
        if (!result.value(QStringLiteral("written")).toBool())
            die(QStringLiteral("the merge wrote nothing"));
        const qsizetype conflicts = result.value(QStringLiteral("conflicts")).toArray().size();
        *text << "  the merge: " << result.value(QStringLiteral("added")).toInt() << " added, "
              << result.value(QStringLiteral("changed")).toInt() << " changed, "
              << result.value(QStringLiteral("removed")).toInt() << " removed, " << conflicts << " conflicts; " << result.value(QStringLiteral("problems")).toArray().size()
              << " data-rule problems in the result\n";
        text->flush();
        merge.insert(QStringLiteral("result"), QJsonObject{{QStringLiteral("added"), result.value(QStringLiteral("added"))},
                                                           {QStringLiteral("changed"), result.value(QStringLiteral("changed"))},
                                                           {QStringLiteral("removed"), result.value(QStringLiteral("removed"))},
                                                           {QStringLiteral("conflicts"), conflicts}});
        if (conflicts == 0)
            die(QStringLiteral("the merge found no conflicts; the edits did not make what this part measures"));

        *text << "  " << mergeRuns << " timed run" << (mergeRuns > 1 ? "s" : "") << " of each, taking turns, after one run of "
              << "the merge and the dry run that measures their memory\n";
        text->flush();
        const QList<Timings> times = interleaved(
            0, mergeRuns,
            {[&] {
                 freshPair();
                 return timed(cli, mergeArgs, env).ms;
             },
             [&] {
                 freshPair();
                 return timed(cli, dryRunArgs, env).ms;
             },
             [&] {
                 freshPair();
                 const Run run = timed(shell, baselineArgs, env);
                 if (run.out.trimmed() != "ok\nok")
                     die(QStringLiteral("quick_check of the copies says: %1").arg(QString::fromUtf8(run.out.trimmed())));
                 return run.ms;
             },
             [&] {
                 freshPair();
                 return timed(cli, {QStringLiteral("info"), theirs}, env).ms;
             }});
        const QString mergeName = QStringLiteral("forumdesk-cli merge OURS THEIRS --prefer theirs");
        const QString dryRunName = QStringLiteral("the same with --dry-run");
        const QString baselineName = QStringLiteral("cp OURS + sqlite3 quick_check of both");
        const QString checkName = QStringLiteral("forumdesk-cli info THEIRS (full check)");
        line(mergeName, times[0]);
        line(dryRunName, times[1]);
        line(baselineName, times[2]);
        ratioLine(QStringLiteral("merge / baseline"), times[0], times[2], 0);
        ratioLine(QStringLiteral("dry run / baseline"), times[1], times[2], 0);
        goalLine(QStringLiteral("merge, median on this machine"), times[0].median(), QStringLiteral("ms"), 1000);
        goalLine(QStringLiteral("peak memory of the merge"), mergeMb, QStringLiteral("MB"), 200);
        goalLine(QStringLiteral("peak memory of the dry run"), dryRunMb, QStringLiteral("MB"), 200);
        // Every merge checks THEIRS in full, as any first opening does: that share is apart from the merge's own work.
        line(checkName, times[3]);
        figures << figure(mergeName, times[0], QStringLiteral("merge")) << figure(dryRunName, times[1], QStringLiteral("merge"))
                << figure(baselineName, times[2], QStringLiteral("merge"))
                << figure(checkName, times[3], QStringLiteral("merge"));
        merge.insert(QStringLiteral("peak_memory_mb"),
                     QJsonObject{{QStringLiteral("merge"), mergeMb}, {QStringLiteral("dry_run"), dryRunMb}});
    }

    const QString loadAtEnd = loadAverage();
    *text << "\nLoad average " << loadAtEnd << " at the end. "
          << (allGoalsMet ? "Every goal measured was met.\n" : "A goal was NOT met.\n");
    text->flush();

    if (json) {
        QJsonObject report{
            {QStringLiteral("programs"), QFileInfo(cli).absolutePath()},
            {QStringLiteral("cores"), QThread::idealThreadCount()},
            {QStringLiteral("load_average_start"), loadAtStart},
            {QStringLiteral("load_average_end"), loadAtEnd},
            {QStringLiteral("runs"), runs},
            {QStringLiteral("export_runs"), exportRuns},
            {QStringLiteral("merge_runs"), mergeRuns},
            {QStringLiteral("window_platform"), platform},
            {QStringLiteral("window_platform_text"), platformText},
            {QStringLiteral("sample"), sample},
            {QStringLiteral("figures"), figures},
            {QStringLiteral("goals"), goals},
            {QStringLiteral("all_goals_met"), allGoalsMet},
        };
        if (!biggestPlan.isEmpty())
            report.insert(QStringLiteral("biggest_plan"), biggestPlan);
        if (!merge.isEmpty())
            report.insert(QStringLiteral("merge"), merge);
        if (wanted("exports"))
            report.insert(QStringLiteral("libreoffice"), libreOffice.isEmpty() ? QJsonValue() : QJsonValue(libreOffice));
        QTextStream(stdout) << QJsonDocument(report).toJson(QJsonDocument::Indented);
    }
    return allGoalsMet ? 0 : 1;
}

// forumdesk-bench --peak-memory-of PROGRAM ARGS...: runs PROGRAM to its end, then prints as the last
// line on stdout "peak-memory-kib N", the most memory it held (its peak resident set, as wait4 reports
// it), and ends with its exit code. A process of its own, so the figure is that program's alone:
// getrusage(RUSAGE_CHILDREN) in the bench would give the largest of every program it ever ran.
static int peakMemoryOf(char *argv[])
{
#ifdef Q_OS_UNIX
    std::fflush(stdout);
    const pid_t pid = fork();
    if (pid < 0)
        return 2;
    if (pid == 0) {
        execv(argv[0], argv);
        _exit(127);
    }
    int status = 0;
    struct rusage usage {};
    while (wait4(pid, &status, 0, &usage) < 0) {
        if (errno != EINTR)
            return 2;
    }
    std::printf("peak-memory-kib %ld\n", usage.ru_maxrss);
    return WIFEXITED(status) ? WEXITSTATUS(status) : 2;
#else
    Q_UNUSED(argv);
    std::fprintf(stderr, "forumdesk-bench: --peak-memory-of needs a POSIX system\n");
    return 2;
#endif
}

int main(int argc, char *argv[])
{
    if (argc > 2 && std::strcmp(argv[1], "--peak-memory-of") == 0)
        return peakMemoryOf(argv + 2);
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("forumdesk-bench"));
    try {
        return bench(app);
    } catch (const Failure &failure) {
        // The table's stream was flushed as it went out of scope.
        QTextStream(stderr) << "forumdesk-bench: " << failure.message << '\n';
        return 2;
    }
}
