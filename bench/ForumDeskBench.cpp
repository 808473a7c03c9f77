// SPDX-License-Identifier: GPL-3.0-or-later
// forumdesk-bench: Forum Desk's speed on the large sample forum, each figure a ratio against a
// baseline measured in the same run (a busy machine slows both sides alike). See bench/README.md.
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>
#include <QUrl>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <optional>
#include <stdexcept>

namespace {

QTextStream out(stdout);

[[noreturn]] void die(const QString &message)
{
    QTextStream(stderr) << "forumdesk-bench: " << message << '\n';
    std::exit(2);
}

struct Programs {
    QString cli;
    QString window;
    QString emptyWindow;
    QString sqlite3;
    QString libreOffice;
};

// Every child runs with a home of the bench's own: Forum Desk's remembered checks, settings and
// recent files never touch the user's, and each run starts the same way.
QProcessEnvironment childEnvironment(const QString &home, bool offscreen)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), home + QStringLiteral("/cache"));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.remove(QStringLiteral("LC_ALL"));
    if (offscreen)
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    return env;
}

struct Run {
    double ms = 0;
    QByteArray out;
    int exitCode = -1;
};

// Runs a program to its end (or, with `untilLine`, until it prints that line), timing it from the
// spawn.
Run timed(const QString &program, const QStringList &args, const QProcessEnvironment &env,
          const QByteArray &untilLine = {})
{
    QProcess process;
    process.setProcessEnvironment(env);
    process.setProcessChannelMode(QProcess::SeparateChannels);
    QElapsedTimer timer;
    timer.start();
    process.start(program, args);
    if (!process.waitForStarted(30000))
        die(QStringLiteral("%1 cannot be started").arg(program));
    Run run;
    if (untilLine.isEmpty()) {
        process.waitForFinished(600000);
        run.ms = double(timer.nsecsElapsed()) / 1e6;
        run.out = process.readAllStandardOutput();
        run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        return run;
    }
    while (process.state() != QProcess::NotRunning) {
        if (process.canReadLine() || process.waitForReadyRead(60000)) {
            while (process.canReadLine()) {
                const QByteArray line = process.readLine().trimmed();
                if (line == untilLine) {
                    run.ms = double(timer.nsecsElapsed()) / 1e6;
                    run.exitCode = 0;
                    process.waitForFinished(10000);
                    return run;
                }
                if (line == "refused")
                    die(QStringLiteral("%1 could not open the forum").arg(program));
            }
        } else {
            break;
        }
    }
    die(QStringLiteral("%1 ended before printing \"%2\": %3")
            .arg(program, QString::fromLatin1(untilLine), QString::fromLocal8Bit(process.readAllStandardError()).left(400)));
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    if (values.isEmpty())
        return 0;
    const qsizetype n = values.size();
    return n % 2 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2;
}

// Runs `a` and `b` alternately, `runs` times each after one warm-up of each; medians.
std::pair<double, double> interleaved(int runs, const std::function<double()> &a, const std::function<double()> &b)
{
    a();
    b();
    QList<double> as, bs;
    for (int i = 0; i < runs; ++i) {
        as << a();
        bs << b();
    }
    return {median(as), median(bs)};
}

QString figure(double ms)
{
    return ms >= 1000 ? QStringLiteral("%1 s").arg(ms / 1000, 0, 'f', 2) : QStringLiteral("%1 ms").arg(ms, 0, 'f', 1);
}

struct Row {
    QString what;
    double ms;
    QString baseline;
    double baselineMs;
    double goal; // 0: no goal, a comparison only
};

QList<Row> rows;
QJsonArray json;

void report(const Row &row)
{
    rows << row;
    const double ratio = row.baselineMs > 0 ? row.ms / row.baselineMs : 0;
    QJsonObject o{{QStringLiteral("figure"), row.what}, {QStringLiteral("ms"), row.ms}};
    if (row.baselineMs > 0) {
        o.insert(QStringLiteral("baseline"), row.baseline);
        o.insert(QStringLiteral("baseline_ms"), row.baselineMs);
        o.insert(QStringLiteral("ratio"), ratio);
    }
    if (row.goal > 0) {
        o.insert(QStringLiteral("goal_ratio"), row.goal);
        o.insert(QStringLiteral("met"), ratio <= row.goal);
    }
    json << o;
    out << QStringLiteral("  %1  %2").arg(row.what, -44).arg(figure(row.ms), 10);
    if (row.baselineMs > 0) {
        out << QStringLiteral("   vs %1 %2  = %3x").arg(row.baseline).arg(figure(row.baselineMs)).arg(ratio, 0, 'f', 2);
        if (row.goal > 0)
            out << QStringLiteral("  (goal <= %1: %2)").arg(row.goal).arg(ratio <= row.goal ? QStringLiteral("met") : QStringLiteral("NOT met"));
    }
    out << '\n';
    out.flush();
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

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("forumdesk-bench"));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Forum Desk's speed figures, as ratios against baselines measured in the same run."));
    parser.addHelpOption();
    const QCommandLineOption buildDir(QStringLiteral("build-dir"), QStringLiteral("The build folder (default: the one this program is in)."), QStringLiteral("DIR"));
    const QCommandLineOption file(QStringLiteral("file"), QStringLiteral("A large sample forum to use instead of writing one."), QStringLiteral("PATH"));
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Timed runs of each side (default 15)."), QStringLiteral("N"), QStringLiteral("15"));
    const QCommandLineOption only(QStringLiteral("only"), QStringLiteral("info, window or exports."), QStringLiteral("PART"));
    const QCommandLineOption display(QStringLiteral("display"), QStringLiteral("Time the windows on the X display in DISPLAY instead of offscreen."));
    const QCommandLineOption jsonOption(QStringLiteral("json"), QStringLiteral("Print the figures as JSON as well."));
    parser.addOptions({buildDir, file, runsOption, only, display, jsonOption});
    parser.process(app);
    const int runs = std::max(1, parser.value(runsOption).toInt());
    const QString part = parser.value(only);
    const auto wanted = [&](const char *name) { return part.isEmpty() || part == QLatin1String(name); };
    const bool offscreen = !parser.isSet(display);

    const QString build = parser.isSet(buildDir) ? parser.value(buildDir)
                                                 : QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral(".."));
    Programs programs;
    const QStringList appFolders{QDir(build).filePath(QStringLiteral("app")), QCoreApplication::applicationDirPath()};
    programs.cli = findProgram(appFolders, QStringLiteral("forumdesk-cli"));
    programs.window = findProgram(appFolders, QStringLiteral("forumdesk"));
    programs.emptyWindow = findProgram({QDir(build).filePath(QStringLiteral("bench")), QCoreApplication::applicationDirPath()},
                                       QStringLiteral("forumdesk-bench-emptywindow"));
    programs.sqlite3 = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    programs.libreOffice = QStandardPaths::findExecutable(QStringLiteral("soffice"));
    if (programs.libreOffice.isEmpty())
        programs.libreOffice = QStandardPaths::findExecutable(QStringLiteral("libreoffice"));
    if (programs.cli.isEmpty() || programs.window.isEmpty() || programs.emptyWindow.isEmpty())
        die(QStringLiteral("forumdesk-cli, forumdesk or forumdesk-bench-emptywindow not found under %1; build them "
                           "(cmake --build BUILD --target forumdesk-bench) or give --build-dir")
                .arg(QDir::toNativeSeparators(build)));
    if (programs.sqlite3.isEmpty() && wanted("info"))
        die(QStringLiteral("the sqlite3 command-line shell is not installed (Debian package sqlite3)"));

    QTemporaryDir scratch;
    if (!scratch.isValid())
        die(QStringLiteral("cannot make a temporary folder"));
    const QString home = scratch.path();
    const QProcessEnvironment env = childEnvironment(home, offscreen);

    out << "Forum Desk benchmark: " << QDir::toNativeSeparators(build) << '\n'
        << "  " << runs << " timed runs per side (medians), windows " << (offscreen ? "offscreen" : "on the X display") << "\n\n";
    out.flush();

    QString forum = parser.value(file);
    if (forum.isEmpty()) {
        forum = QDir(home).filePath(QStringLiteral("large.ogpforum"));
        const Run made = timed(programs.cli, {QStringLiteral("demo"), forum, QStringLiteral("--size"), QStringLiteral("large")}, env);
        if (made.exitCode != 0)
            die(QStringLiteral("forumdesk-cli demo failed"));
        report({QStringLiteral("write the large sample (demo --size large)"), made.ms, QString(), 0, 0});
    }
    out << "  " << QFileInfo(forum).fileName() << ": " << QFileInfo(forum).size() / (1024 * 1024) << " MB\n";

    if (wanted("info")) {
        const Run tables = timed(programs.sqlite3, {QStringLiteral("-readonly"), forum,
                                                    QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")}, env);
        QString counts;
        for (const QByteArray &name : tables.out.split('\n'))
            if (!name.trimmed().isEmpty())
                counts += QStringLiteral("SELECT count(*) FROM \"%1\";").arg(QString::fromUtf8(name.trimmed()));
        const QStringList sqliteArgs{QStringLiteral("-readonly"), forum, counts};
        const QStringList infoArgs{QStringLiteral("info"), forum};
        // The first info of a file this computer has not checked runs the full check.
        const Run cold = timed(programs.cli, infoArgs, env);
        if (cold.exitCode != 0)
            die(QStringLiteral("forumdesk-cli info failed"));
        const Run coldSqlite = timed(programs.sqlite3, sqliteArgs, env);
        report({QStringLiteral("info, first time (full check)"), cold.ms, QStringLiteral("sqlite3"), coldSqlite.ms, 0});
        const auto [info, sqlite] = interleaved(
            runs, [&] { return timed(programs.cli, infoArgs, env).ms; }, [&] { return timed(programs.sqlite3, sqliteArgs, env).ms; });
        report({QStringLiteral("info"), info, QStringLiteral("sqlite3 counting the same tables"), sqlite, 2.0});
    }

    if (wanted("window")) {
        QProcessEnvironment windowEnv = env;
        windowEnv.insert(QStringLiteral("FORUMDESK_BENCH_FIRST_FRAME"), QStringLiteral("1"));
        // A first opening checks the file in full and is timed apart; the others are a user's
        // every-day opening.
        const Run first = timed(programs.window, {forum}, windowEnv, "first-frame");
        report({QStringLiteral("window with the forum, first opening"), first.ms, QString(), 0, 0});
        const auto [forumWindow, emptyWindow] = interleaved(
            runs, [&] { return timed(programs.window, {forum}, windowEnv, "first-frame").ms; },
            [&] { return timed(programs.emptyWindow, {}, windowEnv, "first-frame").ms; });
        report({QStringLiteral("window showing the forum"), forumWindow, QStringLiteral("an empty Qt window"), emptyWindow, 1.3});
    }

    if (wanted("exports")) {
        const Run listed = timed(programs.cli, {QStringLiteral("list"), QStringLiteral("commitments"), forum}, env);
        QMap<qint64, int> perPlan;
        for (const QJsonValue &c : QJsonDocument::fromJson(listed.out).array())
            ++perPlan[c.toObject().value(QStringLiteral("plan_id")).toInteger()];
        qint64 plan = 0;
        for (auto it = perPlan.cbegin(); it != perPlan.cend(); ++it)
            if (plan == 0 || it.value() > perPlan.value(plan))
                plan = it.key();
        if (plan == 0)
            die(QStringLiteral("the forum has no commitments"));
        out << "  biggest plan: id " << plan << ", " << perPlan.value(plan) << " commitments\n";
        const int exportRuns = std::max(1, std::min(runs, 5));
        for (const char *what : {"plan", "progress"}) {
            for (const char *format : {"pdf", "odt"}) {
                const QString target = QDir(home).filePath(QStringLiteral("%1.%2").arg(QLatin1String(what), QLatin1String(format)));
                const QStringList args{QStringLiteral("export"), QLatin1String(what), forum, QStringLiteral("--plan"),
                                       QString::number(plan), QStringLiteral("-o"), target};
                QList<double> times;
                for (int i = 0; i < exportRuns; ++i) {
                    const Run run = timed(programs.cli, args, env);
                    if (run.exitCode != 0)
                        die(QStringLiteral("forumdesk-cli export %1 failed").arg(QLatin1String(what)));
                    times << run.ms;
                }
                double baseline = 0;
                QString baselineName;
                if (QLatin1String(format) == QLatin1String("odt") && !programs.libreOffice.isEmpty()) {
                    // LibreOffice turning the very same ODT into a PDF: what a secretariat would
                    // otherwise do.
                    const QString profile = QUrl::fromLocalFile(QDir(home).filePath(QStringLiteral("lo-profile"))).toString();
                    const QStringList lo{QStringLiteral("-env:UserInstallation=") + profile, QStringLiteral("--headless"),
                                         QStringLiteral("--convert-to"), QStringLiteral("pdf"), QStringLiteral("--outdir"),
                                         QDir(home).filePath(QStringLiteral("lo")), target};
                    timed(programs.libreOffice, lo, env); // first start sets up its profile
                    QList<double> loTimes;
                    for (int i = 0; i < exportRuns; ++i)
                        loTimes << timed(programs.libreOffice, lo, env).ms;
                    baseline = median(loTimes);
                    baselineName = QStringLiteral("LibreOffice converting it to PDF");
                }
                report({QStringLiteral("export %1 as %2").arg(QLatin1String(what), QLatin1String(format)), median(times),
                        baselineName, baseline, 0});
            }
        }
        if (programs.libreOffice.isEmpty())
            out << "  LibreOffice not installed, comparison skipped\n";
    }

    if (parser.isSet(jsonOption))
        out << QJsonDocument(json).toJson(QJsonDocument::Indented);
    out.flush();
    bool allMet = true;
    for (const Row &row : std::as_const(rows))
        if (row.goal > 0 && row.baselineMs > 0 && row.ms / row.baselineMs > row.goal)
            allMet = false;
    return allMet ? 0 : 1;
}
