// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliCommands.h"
#include "OpenData.h"

#include "cocreation/Contribution.h"
#include "exchange/RecordJson.h"
#include "forum/ConsistencyCheck.h"
#include "forum/Forum.h"
#include "forum/Member.h"
#include "forum/NewForum.h"
#include "i18n/Translations.h"
#include "implementation/ProgressReportDocument.h"
#include "compliance/ComplianceReportDocument.h"
#include "evaluation/SelfAssessmentReport.h"
#include "meetings/IcsCalendar.h"
#include "meetings/Meeting.h"
#include "meetings/MinutesDocument.h"
#include "documents/DocumentWriter.h"
#include "plans/ActionPlan.h"
#include "plans/Commitment.h"
#include "plans/PlanDraftDocument.h"
#include "sample/SampleForum.h"
#include "storage/Database.h"
#include "storage/StorageError.h"
#include "storage/Table.h"
#include "charts/ChartExport.h"
#include "charts/ChartFactory.h"
#include "charts/ReportCharts.h"
#include "stats/PlanStats.h"

#include <QCommandLineParser>
#include <QChart>
#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>
#include <QTimeZone>

#include <functional>
#include <map>

namespace forumdesk::cli {

namespace {

// The translation context of the command line's messages.
struct Cli {
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

void printOut(const QString &text)
{
    QTextStream out(stdout);
    out << text;
    out.flush();
}

// Errors are one clear line on stderr.
int fail(int code, const QString &message)
{
    QTextStream err(stderr);
    err << "forumdesk-cli: " << QString(message).replace(QLatin1Char('\n'), QLatin1Char(' ')) << '\n';
    return code;
}

int exitCodeFor(const StorageError &error, bool writing)
{
    switch (error.kind()) {
    case StorageError::Kind::CannotOpen:
    case StorageError::Kind::NotAForum:
    case StorageError::Kind::Corrupt:
    case StorageError::Kind::Altered:
        return writing ? CannotWrite : CannotOpen;
    default:
        return CannotWrite;
    }
}

struct Command {
    const char *summary;
    QStringList positional; // names of the positional arguments
    std::function<void(QCommandLineParser &)> options;
    std::function<int(const QCommandLineParser &, const QStringList &)> run;
};

// Today on the forum's own clock (its time zone), for "upcoming".
QDate forumToday(ForumFile &file)
{
    const QTimeZone zone(Table<Forum>(file).get(1).timeZone.toLatin1());
    return zone.isValid() ? QDateTime::currentDateTimeUtc().toTimeZone(zone).date() : QDate::currentDate();
}

std::unique_ptr<ForumFile> openForReading(const QString &path)
{
    OpenOptions options;
    options.readOnly = true; // reading commands never lock or change a file
    return ForumFile::open(path, options);
}

int commandNew(const QCommandLineParser &parser, const QStringList &args)
{
    const QString name = parser.value(QStringLiteral("name")).trimmed();
    if (name.isEmpty())
        return fail(UsageError, Cli::tr("new needs --name NAME"));
    const QString language = parser.isSet(QStringLiteral("lang")) ? parser.value(QStringLiteral("lang"))
                                                                   : Translations::current();
    try {
        auto forum = createForum(args.at(0), name, language);
        printOut(Cli::tr("Created %1\n").arg(QDir::toNativeSeparators(forum->path())));
    } catch (const StorageError &e) {
        return fail(exitCodeFor(e, true), e.message());
    }
    return Ok;
}

int commandDemo(const QCommandLineParser &parser, const QStringList &args)
{
    SampleOptions options;
    if (parser.isSet(QStringLiteral("lang")))
        options.language = parser.value(QStringLiteral("lang"));
    if (options.language != QLatin1String("es") && options.language != QLatin1String("en"))
        return fail(UsageError, Cli::tr("the sample forum exists in es and en, not “%1”").arg(options.language));
    const QString size = parser.value(QStringLiteral("size"));
    if (size == QLatin1String("large"))
        options.size = SampleOptions::Size::Large;
    else if (size != QLatin1String("small"))
        return fail(UsageError, Cli::tr("--size is small or large, not “%1”").arg(size));
    try {
        auto forum = createSampleForum(args.at(0), options);
        printOut(Cli::tr("Created the sample forum %1\n").arg(QDir::toNativeSeparators(forum->path())));
    } catch (const StorageError &e) {
        return fail(exitCodeFor(e, true), e.message());
    }
    return Ok;
}

int commandInfo(const QCommandLineParser &, const QStringList &args)
{
    try {
        auto file = openForReading(args.at(0));
        Database &db = file->database();
        QJsonObject counts;
        QStringList tables;
        {
            Statement st = db.query(QStringLiteral(
                "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"));
            while (st.next())
                tables << st.text(0);
        }
        ReadTransaction snapshot(db); // counts of one and the same state of the file
        for (const QString &table : tables)
            counts.insert(table, db.scalar(QStringLiteral("SELECT count(*) FROM \"%1\"").arg(table)).toLongLong());
        const auto forum = Table<Forum>(*file).find(1);
        QJsonObject info{
            {QStringLiteral("file"), QDir::toNativeSeparators(file->path())},
            {QStringLiteral("schema_version"), file->schemaVersion()},
            {QStringLiteral("application_schema_version"), ForumFile::currentSchemaVersion()},
            {QStringLiteral("read_only_for_this_version"),
             file->schemaVersion() > ForumFile::currentSchemaVersion()},
            {QStringLiteral("forum"),
             QJsonObject{{QStringLiteral("name"), forum ? forum->name : QString()},
                         {QStringLiteral("language"), forum ? forum->language : QString()},
                         {QStringLiteral("uid"), forum ? forum->uid : QString()}}},
            {QStringLiteral("counts"), counts},
        };
        printOut(QString::fromUtf8(QJsonDocument(info).toJson(QJsonDocument::Indented)));
    } catch (const StorageError &e) {
        return fail(CannotOpen, e.message());
    }
    return Ok;
}

int commandCheck(const QCommandLineParser &, const QStringList &args)
{
    std::unique_ptr<ForumFile> file;
    QStringList problems;
    try {
        OpenOptions options;
        options.readOnly = true;
        options.fullCheck = true; // integrity with indexes and constraints, whatever was checked before
        file = ForumFile::open(args.at(0), options);
        ReadTransaction snapshot(file->database());
        problems = ConsistencyCheck::dataRules(*file);
    } catch (const StorageError &e) {
        // A forum file that is damaged or altered is what check is for: every problem, one a line.
        const bool ours = e.kind() == StorageError::Kind::Corrupt || e.kind() == StorageError::Kind::Altered;
        if (!ours || e.details().isEmpty())
            return fail(CannotOpen, e.message());
        for (const QString &problem : e.details())
            printOut(problem + QLatin1Char('\n'));
        return ProblemsFound;
    }
    QString text;
    for (const QString &problem : problems)
        text += problem + QLatin1Char('\n');
    if (problems.isEmpty())
        text = Cli::tr("No problems found in %1\n").arg(QDir::toNativeSeparators(file->path()));
    printOut(text);
    return problems.isEmpty() ? Ok : ProblemsFound;
}

template <class T>
QJsonArray listAll(ForumFile &file, const QString &orderBy)
{
    return recordsToJson(Table<T>(file).list({}, {}, orderBy));
}

int commandList(const QCommandLineParser &, const QStringList &args)
{
    const QString what = args.at(0);
    static const std::map<QString, std::function<QJsonArray(ForumFile &)>> kinds{
        {QStringLiteral("plans"), [](ForumFile &f) { return listAll<ActionPlan>(f, QStringLiteral("period_start, id")); }},
        {QStringLiteral("commitments"), [](ForumFile &f) { return listAll<Commitment>(f, QStringLiteral("plan_id, id")); }},
        {QStringLiteral("meetings"), [](ForumFile &f) { return listAll<Meeting>(f, QStringLiteral("starts_at, id")); }},
        {QStringLiteral("members"), [](ForumFile &f) { return listAll<Member>(f, QStringLiteral("name COLLATE NAME, id")); }},
        {QStringLiteral("contributions"), [](ForumFile &f) { return listAll<Contribution>(f, QStringLiteral("received_on, id")); }},
    };
    const auto kind = kinds.find(what);
    if (kind == kinds.end())
        return fail(UsageError, Cli::tr("list takes plans, commitments, meetings, members or contributions, not “%1”").arg(what));
    try {
        auto file = openForReading(args.at(1));
        printOut(QString::fromUtf8(QJsonDocument(kind->second(*file)).toJson(QJsonDocument::Indented)));
    } catch (const StorageError &e) {
        return fail(CannotOpen, e.message());
    }
    return Ok;
}

// export data: commitments, milestones and progress updates as open data (README, Open data).
int commandExportData(const QCommandLineParser &parser, const QStringList &args)
{
    const QString out = parser.value(QStringLiteral("output"));
    if (out.isEmpty())
        return fail(UsageError, Cli::tr("export needs -o OUT, the file to write"));
    QString format = parser.value(QStringLiteral("format"));
    if (format.isEmpty())
        format = QFileInfo(out).suffix().toLower();
    if (format != QLatin1String("csv") && format != QLatin1String("json"))
        return fail(UsageError, Cli::tr("export data takes --format csv or json, not “%1”").arg(format));
    std::unique_ptr<ForumFile> file;
    try {
        file = openForReading(args.at(1));
    } catch (const StorageError &e) {
        return fail(CannotOpen, e.message());
    }
    try {
        DocumentWriter::writeBytes(format == QLatin1String("csv") ? OpenData::csv(*file) : OpenData::json(*file), out);
    } catch (const StorageError &e) {
        return fail(CannotWrite, e.message());
    }
    printOut(Cli::tr("Wrote %1\n").arg(QDir::toNativeSeparators(out)));
    return Ok;
}

int commandChart(const QCommandLineParser &parser, const QStringList &args)
{
    ChartKind kind = ChartKind::Completion;
    const QString kindName = parser.value(QStringLiteral("kind"));
    if (!parseChartKind(kindName, &kind))
        return fail(UsageError, Cli::tr("--kind is completion, timeline, agencies, values, milestones, attendance or cocreation, not “%1”")
                                    .arg(kindName));
    qint64 planId = 0;
    if (kind != ChartKind::Completion || parser.isSet(QStringLiteral("plan"))) {
        bool ok = false;
        planId = parser.value(QStringLiteral("plan")).toLongLong(&ok);
        if (!ok || planId <= 0)
            return fail(UsageError, Cli::tr("chart needs --plan ID (see forumdesk-cli list plans)"));
    }
    const QString out = parser.value(QStringLiteral("output"));
    if (out.isEmpty())
        return fail(UsageError, Cli::tr("chart needs -o OUT, a .png or .svg file to write"));
    const QString suffix = QFileInfo(out).suffix().toLower();
    if (suffix != QLatin1String("png") && suffix != QLatin1String("svg"))
        return fail(UsageError, Cli::tr("chart writes .png or .svg files, not “%1”").arg(QFileInfo(out).fileName()));
    QSize size(800, 500);
    for (const auto &[name, target] : {std::pair{"width", &size.rwidth()}, {"height", &size.rheight()}}) {
        const QString option = QString::fromLatin1(name);
        if (!parser.isSet(option))
            continue;
        bool ok = false;
        *target = parser.value(option).toInt(&ok);
        if (!ok || *target < 16 || *target > 20000)
            return fail(UsageError, Cli::tr("--%1 is a number of pixels from 16 to 20000, not “%2”").arg(option, parser.value(option)));
    }
    std::unique_ptr<ForumFile> file;
    try {
        file = openForReading(args.at(0));
    } catch (const StorageError &e) {
        return fail(CannotOpen, e.message());
    }
    if (planId > 0 && !Table<ActionPlan>(*file).find(planId))
        return fail(UsageError, Cli::tr("there is no action plan with id %1 in %2").arg(planId).arg(args.at(0)));
    try {
        // Long series are downsampled to what the chart's width can show.
        auto chart = ChartFactory::create(*file, kind, planId, std::max(2, size.width() / 12));
        ChartExport::save(*chart, out, size);
    } catch (const StorageError &e) {
        return fail(CannotWrite, e.message());
    }
    printOut(Cli::tr("Wrote %1\n").arg(QDir::toNativeSeparators(out)));
    return Ok;
}

int commandExport(const QCommandLineParser &parser, const QStringList &args)
{
    const QString what = args.at(0);
    if (parser.isSet(QStringLiteral("on")) && what != QLatin1String("compliance"))
        return fail(UsageError, Cli::tr("--on goes with export compliance"));
    if (what == QLatin1String("data"))
        return commandExportData(parser, args);
    static const QStringList kinds{QStringLiteral("minutes"), QStringLiteral("notice"), QStringLiteral("ics"),
                                   QStringLiteral("plan"), QStringLiteral("responses"), QStringLiteral("progress"),
                                   QStringLiteral("compliance"), QStringLiteral("self-assessment")};
    if (!kinds.contains(what))
        return fail(UsageError, Cli::tr("export takes minutes, notice, ics, plan, responses, progress, compliance, self-assessment or data, not “%1”").arg(what));
    const bool aboutPlan = what == QLatin1String("plan") || what == QLatin1String("responses")
        || what == QLatin1String("progress") || what == QLatin1String("compliance")
        || what == QLatin1String("self-assessment");
    QDate on;
    if (parser.isSet(QStringLiteral("on"))) {
        on = QDate::fromString(parser.value(QStringLiteral("on")), Qt::ISODate);
        if (!on.isValid() || on.year() < 1900 || on.year() > 2199)
            return fail(UsageError, Cli::tr("--on is a date between 1900-01-01 and 2199-12-31 written YYYY-MM-DD, not “%1”").arg(parser.value(QStringLiteral("on"))));
    }
    const QString out = parser.value(QStringLiteral("output"));
    if (out.isEmpty())
        return fail(UsageError, Cli::tr("export needs -o OUT, the file to write"));
    DocumentWriter::Format format = DocumentWriter::formatFor(out);
    if (parser.isSet(QStringLiteral("format")) && !DocumentWriter::parseFormat(parser.value(QStringLiteral("format")), &format))
        return fail(UsageError, Cli::tr("--format is pdf, odt, html or md, not “%1”").arg(parser.value(QStringLiteral("format"))));
    const bool upcoming = parser.isSet(QStringLiteral("upcoming"));
    if (upcoming && what != QLatin1String("ics"))
        return fail(UsageError, Cli::tr("--upcoming goes with export ics"));
    qint64 meetingId = 0;
    qint64 planId = 0;
    if (aboutPlan) {
        bool ok = false;
        planId = parser.value(QStringLiteral("plan")).toLongLong(&ok);
        if (!ok || planId <= 0)
            return fail(UsageError, Cli::tr("export %1 needs --plan ID (see forumdesk-cli list plans)").arg(what));
    } else if (!upcoming) {
        bool ok = false;
        meetingId = parser.value(QStringLiteral("meeting")).toLongLong(&ok);
        if (!ok || meetingId <= 0)
            return fail(UsageError, Cli::tr("export %1 needs --meeting ID (see forumdesk-cli list meetings)").arg(what));
    }
    std::unique_ptr<ForumFile> file;
    try {
        file = openForReading(args.at(1));
    } catch (const StorageError &e) {
        return fail(CannotOpen, e.message());
    }
    if (aboutPlan && !Table<ActionPlan>(*file).find(planId))
        return fail(UsageError, Cli::tr("there is no action plan with id %1 in %2").arg(planId).arg(args.at(1)));
    if (meetingId > 0 && !Table<Meeting>(*file).find(meetingId))
        return fail(UsageError, Cli::tr("there is no meeting with id %1 in %2").arg(meetingId).arg(args.at(1)));
    try {
        if (what == QLatin1String("ics")) {
            const QList<qint64> ids = upcoming
                ? IcsCalendar::upcoming(*file, forumToday(*file))
                : QList<qint64>{meetingId};
            DocumentWriter::writeBytes(IcsCalendar::build(*file, ids), out);
        } else {
            std::unique_ptr<QTextDocument> document;
            if (what == QLatin1String("minutes"))
                document = MinutesDocument::build(*file, meetingId);
            else if (what == QLatin1String("notice"))
                document = MeetingNotice::build(*file, meetingId);
            else if (what == QLatin1String("plan"))
                document = PlanDraftDocument::build(*file, planId);
            else if (what == QLatin1String("progress"))
                document = ProgressReportDocument::build(
                    *file, planId, forumToday(*file),
                    ReportCharts::render(*file, planId, Table<Forum>(*file).get(1).language));
            else if (what == QLatin1String("compliance"))
                document = ComplianceReportDocument::build(*file, planId, on.isValid() ? on : forumToday(*file));
            else if (what == QLatin1String("self-assessment"))
                document = SelfAssessmentReport::build(*file, planId);
            else
                document = ResponseReport::build(*file, planId);
            DocumentWriter::write(*document, out, format);
        }
    } catch (const StorageError &e) {
        return fail(CannotWrite, e.message());
    }
    printOut(Cli::tr("Wrote %1\n").arg(QDir::toNativeSeparators(out)));
    return Ok;
}

int commandSaveCopy(const QCommandLineParser &parser, const QStringList &args)
{
    std::unique_ptr<ForumFile> file;
    try {
        file = openForReading(args.at(0));
    } catch (const StorageError &e) {
        return fail(CannotOpen, e.message());
    }
    try {
        file->saveCopy(args.at(1), parser.isSet(QStringLiteral("force")) ? ForumFile::CopyTarget::Replace
                                                                          : ForumFile::CopyTarget::MustNotExist);
        printOut(Cli::tr("Saved a copy to %1\n").arg(QDir::toNativeSeparators(args.at(1))));
    } catch (const StorageError &e) {
        if (e.kind() == StorageError::Kind::AlreadyExists)
            return fail(CannotWrite, Cli::tr("%1 already exists; give another name, or add --force to replace it")
                                         .arg(QDir::toNativeSeparators(args.at(1))));
        return fail(CannotWrite, e.message());
    }
    return Ok;
}

const std::map<QString, Command> &commands()
{
    static const std::map<QString, Command> all{
        {QStringLiteral("new"),
         {QT_TRANSLATE_NOOP("Cli", "Create a new, empty forum file."),
          {QStringLiteral("FILE")},
          [](QCommandLineParser &p) {
              p.addOption({QStringLiteral("name"), Cli::tr("The forum's name."), QStringLiteral("NAME")});
              p.addOption({QStringLiteral("lang"), Cli::tr("The forum's language: es, en, fr or pt."), QStringLiteral("L")});
          },
          commandNew}},
        {QStringLiteral("demo"),
         {QT_TRANSLATE_NOOP("Cli", "Write the fictional sample forum."),
          {QStringLiteral("FILE")},
          [](QCommandLineParser &p) {
              p.addOption({QStringLiteral("lang"), Cli::tr("The sample's language: es (default) or en."), QStringLiteral("L")});
              p.addOption({QStringLiteral("size"), Cli::tr("small (default), or large: a decade of a big forum."),
                           QStringLiteral("SIZE"), QStringLiteral("small")});
          },
          commandDemo}},
        {QStringLiteral("info"),
         {QT_TRANSLATE_NOOP("Cli", "Print the file's format version, forum and record counts as JSON."),
          {QStringLiteral("FILE")}, nullptr, commandInfo}},
        {QStringLiteral("check"),
         {QT_TRANSLATE_NOOP("Cli", "Check integrity, structure and data rules; one line per problem."),
          {QStringLiteral("FILE")}, nullptr, commandCheck}},
        {QStringLiteral("list"),
         {QT_TRANSLATE_NOOP("Cli", "Print plans, commitments, meetings, members or contributions as JSON."),
          {QStringLiteral("WHAT"), QStringLiteral("FILE")}, nullptr, commandList}},
        {QStringLiteral("save-copy"),
         {QT_TRANSLATE_NOOP("Cli", "Write a consistent copy of the forum file."),
          {QStringLiteral("FILE"), QStringLiteral("OUT")},
          [](QCommandLineParser &p) {
              p.addOption({QStringLiteral("force"), Cli::tr("Replace OUT if it exists.")});
              p.addOption({QStringLiteral("lang"), Cli::tr("The language of messages: es or en."), QStringLiteral("L")});
          },
          commandSaveCopy}},
        {QStringLiteral("chart"),
         {QT_TRANSLATE_NOOP("Cli", "Draw one of a plan's charts to a PNG or SVG file."),
          {QStringLiteral("FILE")},
          [](QCommandLineParser &p) {
              p.addOption({QStringLiteral("plan"), Cli::tr("The action plan's id (see list plans)."), QStringLiteral("ID")});
              p.addOption({QStringLiteral("kind"), Cli::tr("completion, timeline, agencies, values, milestones, attendance or cocreation."), QStringLiteral("KIND")});
              p.addOption({{QStringLiteral("o"), QStringLiteral("output")}, Cli::tr("The .png or .svg file to write."), QStringLiteral("OUT")});
              p.addOption({QStringLiteral("width"), Cli::tr("Width in pixels (default 800)."), QStringLiteral("W")});
              p.addOption({QStringLiteral("height"), Cli::tr("Height in pixels (default 500)."), QStringLiteral("H")});
              p.addOption({QStringLiteral("lang"), Cli::tr("The language of messages and chart labels: es or en."), QStringLiteral("L")});
          },
          commandChart}},
        {QStringLiteral("export"),
         {QT_TRANSLATE_NOOP("Cli", "Write a meeting's minutes or notice, the plan draft, the reasoned-response report, the progress report with its charts, the OGP standards (compliance) report or the end-of-term self-assessment report (pdf, odt, html, md), invitations (ics), or open data (csv, json)."),
          {QStringLiteral("WHAT"), QStringLiteral("FILE")},
          [](QCommandLineParser &p) {
              p.addOption({QStringLiteral("meeting"), Cli::tr("The meeting's id (see list meetings)."), QStringLiteral("ID")});
              p.addOption({QStringLiteral("plan"), Cli::tr("The action plan's id (see list plans)."), QStringLiteral("ID")});
              p.addOption({QStringLiteral("format"), Cli::tr("pdf, odt, html or md; csv or json for data (default: from OUT's suffix)."), QStringLiteral("F")});
              p.addOption({{QStringLiteral("o"), QStringLiteral("output")}, Cli::tr("The file to write."), QStringLiteral("OUT")});
              p.addOption({QStringLiteral("upcoming"), Cli::tr("With ics: every meeting still to come.")});
              p.addOption({QStringLiteral("on"), Cli::tr("With compliance: the day to check the standards on (default: today)."), QStringLiteral("DATE")});
              p.addOption({QStringLiteral("lang"), Cli::tr("The language of messages: es or en."), QStringLiteral("L")});
          },
          commandExport}},
    };
    return all;
}

QString overview()
{
    QString text = Cli::tr("Usage: forumdesk-cli [--lang L] COMMAND [OPTIONS] ARGUMENTS\n"
                      "Forum Desk for the command line. Commands:\n");
    for (const auto &[name, command] : commands())
        text += QStringLiteral("  %1  %2\n").arg(name, -10).arg(Cli::tr(command.summary));
    text += Cli::tr("Run forumdesk-cli COMMAND --help for a command's options.\n"
               "Exit codes: 0 ok, 1 problems found, 2 usage error, 3 file cannot be opened, "
               "4 output cannot be written.\n");
    return text;
}

} // namespace

int runCommand(const QStringList &arguments)
{
    // The language of messages: --lang anywhere, else the environment's locale.
    QString language = Translations::fromEnvironment();
    QStringList args = arguments;
    for (int i = 1; i < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--lang") && i + 1 < args.size())
            language = args.at(i + 1);
        else if (args.at(i).startsWith(QLatin1String("--lang=")))
            language = args.at(i).mid(7);
    }
    Translations::install(language);
    // A --lang before the command applies to messages only; move it after the command.
    QStringList leading;
    while (args.size() > 1 && (args.at(1) == QLatin1String("--lang") || args.at(1).startsWith(QLatin1String("--lang=")))) {
        leading << args.takeAt(1);
        if (leading.last() == QLatin1String("--lang") && args.size() > 1)
            leading << args.takeAt(1);
    }
    if (args.size() < 2 || args.at(1) == QLatin1String("--help") || args.at(1) == QLatin1String("-h")
        || args.at(1) == QLatin1String("help")) {
        printOut(overview());
        return args.size() < 2 ? UsageError : Ok;
    }
    if (args.at(1) == QLatin1String("--version")) {
        printOut(QStringLiteral("forumdesk-cli %1\n").arg(QCoreApplication::applicationVersion()));
        return Ok;
    }
    const QString name = args.at(1);
    const auto found = commands().find(name);
    if (found == commands().end())
        return fail(UsageError, Cli::tr("unknown command “%1”; run forumdesk-cli --help").arg(name));
    const Command &command = found->second;

    QCommandLineParser parser;
    parser.setApplicationDescription(Cli::tr(command.summary));
    parser.addHelpOption();
    if (command.options)
        command.options(parser);
    else
        parser.addOption({QStringLiteral("lang"), Cli::tr("The language of messages: es or en."), QStringLiteral("L")});
    for (const QString &positional : command.positional)
        parser.addPositionalArgument(positional, QString());
    QStringList commandArgs{args.at(0) + QLatin1Char(' ') + name};
    commandArgs << args.mid(2);
    commandArgs << leading;
    if (!parser.parse(commandArgs))
        return fail(UsageError, parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        // QCommandLineParser names the program by its full path; name the command instead.
        QString help = parser.helpText();
        const qsizetype firstSpace = help.indexOf(QLatin1String(" ["));
        const qsizetype colon = help.indexOf(QLatin1Char(':'));
        if (colon >= 0 && firstSpace > colon)
            help.replace(colon + 2, firstSpace - colon - 2, QStringLiteral("forumdesk-cli ") + name);
        printOut(help);
        return Ok;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != command.positional.size())
        return fail(UsageError, Cli::tr("%1 takes %2; run forumdesk-cli %1 --help")
                                    .arg(name, command.positional.join(QLatin1Char(' '))));
    return command.run(parser, positional);
}

} // namespace forumdesk::cli
