// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/CliCommands.h"
#include "app/cli/CliCommand.h"

#include "core/cocreation/Contribution.h"
#include "core/exchange/RecordJson.h"
#include "core/forum/ConsistencyCheck.h"
#include "core/forum/Forum.h"
#include "core/forum/ForumClock.h"
#include "core/forum/VocabularyKeys.h"
#include "core/forum/Member.h"
#include "core/forum/NewForum.h"
#include "core/i18n/Translations.h"
#include "core/meetings/Meeting.h"
#include "core/merge/Merge.h"
#include "core/plans/ActionPlan.h"
#include "core/plans/Commitment.h"
#include "core/sample/SampleForum.h"
#include "core/storage/Database.h"
#include "core/storage/StorageError.h"
#include "core/storage/Table.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <functional>
#include <map>

namespace forumdesk::cli {

namespace {

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

int commandNew(const QCommandLineParser &parser, const QStringList &args)
{
    const QString name = parser.value(QStringLiteral("name")).trimmed();
    if (name.isEmpty())
        return fail(UsageError, Cli::tr("new needs --name NAME"));
    const QString language = parser.isSet(QStringLiteral("lang")) ? languageCode(parser.value(QStringLiteral("lang")))
                                                                   : Translations::current();
    if (language.isEmpty())
        return fail(UsageError, Cli::tr("a forum is written in es, en, fr or pt, not “%1”").arg(parser.value(QStringLiteral("lang"))));
    try {
        const QString zone = parser.isSet(QStringLiteral("time-zone")) ? parser.value(QStringLiteral("time-zone")).trimmed()
                                                                       : ForumClock::computerZone();
        if (!ForumClock::isZoneId(zone))
            return fail(UsageError, Cli::tr("“%1” is not a time zone; use a full name such as America/Lima").arg(zone));
        auto forum = createForum(args.at(0), name, language, zone);
        printOut(Cli::tr("Created %1 (time zone %2)\n").arg(QDir::toNativeSeparators(forum->path()), zone));
    } catch (const StorageError &e) {
        return fail(exitCodeFor(e, true), e.message());
    }
    return Ok;
}

int commandDemo(const QCommandLineParser &parser, const QStringList &args)
{
    SampleOptions options;
    if (parser.isSet(QStringLiteral("lang"))) {
        options.language = languageCode(parser.value(QStringLiteral("lang")));
        if (options.language.isEmpty())
            return fail(UsageError, Cli::tr("the sample forum exists in es, en, fr and pt, not “%1”")
                                        .arg(parser.value(QStringLiteral("lang"))));
    }
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
                         {QStringLiteral("time_zone"), forum ? forum->timeZone : QString()},
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

int commandMerge(const QCommandLineParser &parser, const QStringList &args)
{
    MergeOptions options;
    options.dryRun = parser.isSet(QStringLiteral("dry-run"));
    options.force = parser.isSet(QStringLiteral("force"));
    if (parser.isSet(QStringLiteral("prefer"))) {
        const QString prefer = parser.value(QStringLiteral("prefer"));
        if (prefer == QLatin1String("ours"))
            options.prefer = MergePrefer::Ours;
        else if (prefer == QLatin1String("theirs"))
            options.prefer = MergePrefer::Theirs;
        else if (prefer == QLatin1String("newer"))
            options.prefer = MergePrefer::Newer;
        else
            return fail(UsageError, Cli::tr("--prefer is ours, theirs or newer, not “%1”").arg(prefer));
    }
    std::unique_ptr<ForumFile> ours;
    try {
        if (options.dryRun) {
            // A dry run writes nothing, so it cannot bring an older format up to date either.
            OpenOptions readOnly;
            readOnly.readOnly = true;
            const auto probe = ForumFile::open(args.at(0), readOnly);
            if (probe->schemaVersion() < ForumFile::currentSchemaVersion())
                return fail(CannotWrite,
                            Cli::tr("%1 is of an earlier format (%2): a dry run writes nothing, so it cannot bring it up "
                                    "to date; merge without --dry-run (a copy of it is kept first)")
                                .arg(QDir::toNativeSeparators(probe->path()))
                                .arg(probe->schemaVersion()));
        }
        ours = ForumFile::open(args.at(0)); // an older format is brought up to date first, its copy kept
    } catch (const StorageError &e) {
        return fail(CannotOpen, e.message());
    }
    if (ours->isReadOnly())
        return fail(CannotWrite, Cli::tr("%1 cannot be merged into: %2")
                                     .arg(QDir::toNativeSeparators(ours->path()), ours->readOnlyMessage()));
    MergeReport report;
    try {
        report = mergeForums(*ours, args.at(1), options);
    } catch (const StorageError &e) {
        return fail(exitCodeFor(e, false), e.message());
    }
    printOut(report.summary());
    if (parser.isSet(QStringLiteral("report"))) {
        const QString path = parser.value(QStringLiteral("report"));
        const QByteArray bytes = path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive)
            ? report.toJsonText()
            : report.toMarkdown().toUtf8();
        QSaveFile out(path);
        if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size() || !out.commit())
            return fail(CannotWrite, Cli::tr("the report cannot be written to %1: %2")
                                         .arg(QDir::toNativeSeparators(path), out.errorString()));
    }
    return report.unresolvedCount() > 0 ? ConflictsLeft : Ok;
}

const std::map<QString, Command> &commands()
{
    static const std::map<QString, Command> all = [] {
        std::map<QString, Command> reading{
        {QStringLiteral("new"),
         {QT_TRANSLATE_NOOP("Cli", "Create a new, empty forum file."),
          {QStringLiteral("FILE")},
          [](QCommandLineParser &p) {
              p.addOption({QStringLiteral("name"), Cli::tr("The forum's name."), QStringLiteral("NAME")});
              p.addOption({QStringLiteral("lang"), Cli::tr("The forum's language: es, en, fr or pt."), QStringLiteral("L")});
              p.addOption({QStringLiteral("time-zone"),
                           Cli::tr("Where the forum meets, such as America/Lima; meeting times and invitations use "
                                   "it (default: this computer's, %1).").arg(ForumClock::computerZone()),
                           QStringLiteral("ZONE")});
          },
          commandNew}},
        {QStringLiteral("demo"),
         {QT_TRANSLATE_NOOP("Cli", "Write the fictional sample forum."),
          {QStringLiteral("FILE")},
          [](QCommandLineParser &p) {
              p.addOption({QStringLiteral("lang"), Cli::tr("The sample's language: es (default), en, fr or pt."), QStringLiteral("L")});
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
              p.addOption({QStringLiteral("lang"), messagesLanguageHelp(), QStringLiteral("L")});
          },
          commandSaveCopy}},
        };
        reading.insert({QStringLiteral("merge"),
         {QT_TRANSLATE_NOOP("Cli", "Merge THEIRS, another copy of the same forum, into OURS, field by field; THEIRS "
                                   "is not changed."),
          {QStringLiteral("OURS"), QStringLiteral("THEIRS")},
          [](QCommandLineParser &p) {
              p.addOption({QStringLiteral("dry-run"), Cli::tr("Show what the merge would do; write nothing.")});
              p.addOption({QStringLiteral("prefer"),
                           Cli::tr("Settle conflicts by keeping ours, taking theirs, or taking the newer change; "
                                   "without it, a merge with conflicts writes nothing and exits with 5."),
                           QStringLiteral("ours|theirs|newer")});
              p.addOption({QStringLiteral("report"),
                           Cli::tr("Write the full report to FILE: Markdown, or JSON when FILE ends in .json."),
                           QStringLiteral("FILE")});
              p.addOption({QStringLiteral("force"), Cli::tr("Merge even a copy of another forum.")});
              p.addOption({QStringLiteral("lang"), messagesLanguageHelp(), QStringLiteral("L")});
          },
          commandMerge}});
        addDrawingCommands(reading);
        return reading;
    }();
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
               "4 output cannot be written, 5 merge conflicts left unresolved.\n");
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
        || args.at(1) == QLatin1String("--help-all") || args.at(1) == QLatin1String("help")) {
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
    if (command.runElsewhere)
        return command.runElsewhere(arguments);

    QCommandLineParser parser;
    parser.setApplicationDescription(Cli::tr(command.summary));
    parser.addHelpOption();
    if (command.options)
        command.options(parser);
    else
        parser.addOption({QStringLiteral("lang"), messagesLanguageHelp(), QStringLiteral("L")});
    for (const QString &positional : command.positional)
        parser.addPositionalArgument(positional, QString());
    QStringList commandArgs{args.at(0) + QLatin1Char(' ') + name};
    commandArgs << args.mid(2);
    commandArgs << leading;
    if (!parser.parse(commandArgs))
        return fail(UsageError, parser.errorText());
    // --help-all, which Qt adds beside --help for its own options, has none more to show here.
    if (parser.isSet(QStringLiteral("help")) || parser.isSet(QStringLiteral("help-all"))) {
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
