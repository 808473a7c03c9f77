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
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <utility>

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

// `warmups` untimed runs of each side, then `runs` timed runs of each, alternating so that a change
// in the machine's load falls on both sides alike.
std::pair<Timings, Timings> interleaved(int warmups, int runs, const std::function<double()> &a,
                                        const std::function<double()> &b)
{
    for (int i = 0; i < warmups; ++i) {
        a();
        b();
    }
    Timings as, bs;
    for (int i = 0; i < runs; ++i) {
        as.ms << a();
        bs.ms << b();
    }
    return {as, bs};
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
                                        QStringLiteral("Timed runs of each side (default 21; exports at most 5)."),
                                        QStringLiteral("N"), QStringLiteral("21"));
    const QCommandLineOption onlyOption(QStringLiteral("only"), QStringLiteral("Run one part: info, window or exports."),
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
    if (!only.isEmpty() && only != QLatin1String("info") && only != QLatin1String("window") && only != QLatin1String("exports"))
        die(QStringLiteral("--only takes info, window or exports, not \"%1\"").arg(only));
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
    if (sqlite3.isEmpty() && wanted("info"))
        die(QStringLiteral("the sqlite3 command-line shell is not on PATH (Debian package sqlite3)"));

    QTemporaryDir scratchDir(QDir(QDir::tempPath()).filePath(QStringLiteral("forumdesk-bench-XXXXXX")));
    if (!scratchDir.isValid())
        die(QStringLiteral("cannot make a temporary folder"));
    const QString scratch = scratchDir.path();
    const int exportRuns = std::min(runs, 5);

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
            {QStringLiteral("window_platform"), platform},
            {QStringLiteral("window_platform_text"), platformText},
            {QStringLiteral("sample"), sample},
            {QStringLiteral("figures"), figures},
            {QStringLiteral("goals"), goals},
            {QStringLiteral("all_goals_met"), allGoalsMet},
        };
        if (!biggestPlan.isEmpty())
            report.insert(QStringLiteral("biggest_plan"), biggestPlan);
        if (wanted("exports"))
            report.insert(QStringLiteral("libreoffice"), libreOffice.isEmpty() ? QJsonValue() : QJsonValue(libreOffice));
        QTextStream(stdout) << QJsonDocument(report).toJson(QJsonDocument::Indented);
    }
    return allGoalsMet ? 0 : 1;
}

int main(int argc, char *argv[])
{
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
