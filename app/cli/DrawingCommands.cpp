// SPDX-License-Identifier: GPL-3.0-or-later
// The commands that draw: documents (fonts, a text layout) and charts (a graphics scene). They run
// in forumdesk-cli-documents, which has a graphical application (offscreen, no display needed).
#include "app/cli/CliCommand.h"
#include "app/cli/CliCommands.h"
#include "core/exchange/OpenData.h"
#include "core/forum/ForumClock.h"

#include "core/compliance/ComplianceReportDocument.h"
#include "core/documents/DocumentWriter.h"
#include "core/evaluation/SelfAssessmentReport.h"
#include "core/forum/Forum.h"
#include "core/implementation/ProgressReportDocument.h"
#include "core/meetings/IcsCalendar.h"
#include "core/meetings/Meeting.h"
#include "core/meetings/MinutesDocument.h"
#include "core/plans/ActionPlan.h"
#include "core/plans/PlanDraftDocument.h"
#include "core/publish/SitePublisher.h"
#include "core/publish/Website.h"
#include "core/forum/VocabularyKeys.h"
#include "core/storage/ForumFile.h"
#include "core/storage/StorageError.h"
#include "core/storage/Table.h"
#include "ui/charts/ChartExport.h"
#include "ui/charts/ChartFactory.h"
#include "ui/charts/ReportCharts.h"

#include <QChart>
#include <QDir>
#include <QFileInfo>
#include <QTextDocument>

namespace forumdesk::cli {

namespace {

// --licence, when given, into `id`; false (the error said) when it names no licence Forum Desk knows.
bool licenceOption(const QCommandLineParser &parser, QString *id)
{
    if (!parser.isSet(QStringLiteral("licence")))
        return true;
    *id = parser.value(QStringLiteral("licence"));
    if (OpenData::findLicence(*id))
        return true;
    fail(UsageError, Cli::tr("--licence is one of %1, not “%2”").arg(OpenData::licenceIds().join(QStringLiteral(", ")), *id));
    return false;
}

// export data: the forum's open data (core/exchange/OpenData.h). OUT.json: every table in one
// document with its metadata; OUT.csv: one table (--table, default progress_updates); a folder
// (OUT ends with a separator, is a folder, or --format package): the data package, datapackage.json
// with each table as CSV and JSON.
int commandExportData(const QCommandLineParser &parser, const QStringList &args)
{
    const QString out = parser.value(QStringLiteral("output"));
    if (out.isEmpty())
        return fail(UsageError, Cli::tr("export needs -o OUT, the file or folder to write"));
    QString format = parser.value(QStringLiteral("format")).toLower();
    const bool folderNamed = out.endsWith(QLatin1Char('/')) || out.endsWith(QDir::separator()) || QFileInfo(out).isDir();
    if (format.isEmpty())
        format = folderNamed ? QStringLiteral("package") : QFileInfo(out).suffix().toLower();
    if (format != QLatin1String("csv") && format != QLatin1String("json") && format != QLatin1String("package"))
        return fail(UsageError, Cli::tr("export data takes --format csv, json or package (a folder), not “%1”").arg(format));
    OpenData::Options options;
    if (parser.isSet(QStringLiteral("plan"))) {
        bool ok = false;
        options.planId = parser.value(QStringLiteral("plan")).toLongLong(&ok);
        if (!ok || options.planId <= 0)
            return fail(UsageError, Cli::tr("--plan is an action plan's id (see forumdesk-cli list plans), not “%1”")
                                        .arg(parser.value(QStringLiteral("plan"))));
    }
    if (!licenceOption(parser, &options.licenceId))
        return UsageError;
    const QString table = parser.isSet(QStringLiteral("table")) ? parser.value(QStringLiteral("table"))
                                                                 : QStringLiteral("progress_updates");
    if (parser.isSet(QStringLiteral("table")) && format != QLatin1String("csv"))
        return fail(UsageError, Cli::tr("--table goes with --format csv"));
    std::unique_ptr<ForumFile> file;
    try {
        file = openForReading(args.at(1));
    } catch (const StorageError &e) {
        return fail(CannotOpen, e.message());
    }
    OpenData::Package package;
    try {
        package = OpenData::read(*file, options);
    } catch (const StorageError &e) {
        return fail(e.kind() == StorageError::Kind::Validation ? UsageError : CannotOpen, e.message());
    }
    try {
        if (format == QLatin1String("package")) {
            if (!QDir().mkpath(out))
                throw StorageError(StorageError::Kind::Io, Cli::tr("Cannot make the folder %1").arg(QDir::toNativeSeparators(out)));
            for (const auto &[name, bytes] : OpenData::packageFiles(package))
                DocumentWriter::writeBytes(bytes, QDir(out).filePath(name));
        } else if (format == QLatin1String("json")) {
            DocumentWriter::writeBytes(OpenData::jsonDocument(package), out);
        } else {
            QStringList names;
            const OpenData::Resource *chosen = nullptr;
            for (const OpenData::Resource &resource : package.resources) {
                names << resource.name;
                if (resource.name == table)
                    chosen = &resource;
            }
            if (!chosen)
                return fail(UsageError, Cli::tr("--table is one of %1, not “%2”").arg(names.join(QStringLiteral(", ")), table));
            DocumentWriter::writeBytes(OpenData::csv(*chosen), out);
        }
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
        return fail(UsageError, Cli::tr("--kind is completion, timeline, agencies, values, milestones, attendance, cocreation or speaking, not “%1”")
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
    if (parser.isSet(QStringLiteral("table")) || parser.isSet(QStringLiteral("licence")))
        return fail(UsageError, Cli::tr("--table and --licence go with export data"));
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
                ? IcsCalendar::upcoming(*file, ForumClock::of(*file).today())
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
                    *file, planId, ForumClock::of(*file).today(),
                    ReportCharts::render(*file, planId, Table<Forum>(*file).get(1).language));
            else if (what == QLatin1String("compliance"))
                document = ComplianceReportDocument::build(*file, planId, on.isValid() ? on : ForumClock::of(*file).today());
            else if (what == QLatin1String("self-assessment"))
                document = SelfAssessmentReport::build(*file, planId);
            else
                document = ResponseReport::build(*file, planId);
            DocumentWriter::write(*document, out, format);
        }
    } catch (const StorageError &e) {
        // A document the records cannot have yet (minutes of a meeting still planned) is a wrong
        // request, not a failure to write.
        return fail(e.kind() == StorageError::Kind::Validation ? UsageError : CannotWrite, e.message());
    }
    printOut(Cli::tr("Wrote %1\n").arg(QDir::toNativeSeparators(out)));
    return Ok;
}

// publish: the forum's website into a folder (core/publish). The file is opened for writing, since
// publishing records the publication of the minutes it shows.
int commandPublish(const QCommandLineParser &parser, const QStringList &args)
{
    const QString out = parser.value(QStringLiteral("output"));
    if (out.isEmpty())
        return fail(UsageError, Cli::tr("publish needs -o DIR, the folder to write the website into"));
    WebsiteOptions options;
    if (parser.isSet(QStringLiteral("lang"))) {
        options.language = languageCode(parser.value(QStringLiteral("lang")));
        if (options.language.isEmpty())
            return fail(UsageError, Cli::tr("the website is written in es, en, fr or pt, not “%1”")
                                        .arg(parser.value(QStringLiteral("lang"))));
    }
    if (!licenceOption(parser, &options.licenceId))
        return UsageError;
    options.charts = [](ForumFile &f, qint64 planId, const QString &language) { return ReportCharts::renderSvg(f, planId, language); };
    options.reportFigures = [](ForumFile &f, qint64 planId, const QString &language) { return ReportCharts::render(f, planId, language); };
    const bool record = !parser.isSet(QStringLiteral("no-record"));
    std::unique_ptr<ForumFile> file;
    try {
        if (record) {
            OpenOptions open;
            file = ForumFile::open(args.at(0), open);
        } else {
            file = openForReading(args.at(0));
        }
    } catch (const StorageError &e) {
        return fail(CannotOpen, e.message());
    }
    // The minutes the site will show are recorded as published first, so that the site shows them
    // so (and the standards check counts them); put back as they were if publishing fails.
    QList<Meeting> recorded;
    try {
        if (record && !file->isReadOnly())
            recorded = SitePublisher::recordMinutesPublished(*file, SitePublisher::unrecordedMinutes(*file),
                                                              ForumClock::of(*file).today());
    } catch (const StorageError &e) {
        return fail(CannotWrite, e.message());
    }
    try {
        const Website site = buildWebsite(*file, options);
        const PublishResult result = SitePublisher::publish(site, out);
        printOut(Cli::tr("Published the website in %1: %2 files written, %3 unchanged, %4 removed\n")
                     .arg(QDir::toNativeSeparators(out))
                     .arg(result.written)
                     .arg(result.unchanged)
                     .arg(result.removed));
        if (!recorded.isEmpty())
            printOut(Cli::tr("Recorded the publication of the minutes of %n meeting(s)\n", nullptr, int(recorded.size())));
    } catch (const StorageError &e) {
        try {
            SitePublisher::restore(*file, recorded);
        } catch (const StorageError &) {
            // The error that stopped publishing is the one to report.
        }
        return fail(e.kind() == StorageError::Kind::Validation || e.kind() == StorageError::Kind::AlreadyExists ? UsageError : CannotWrite,
                    e.message());
    }
    return Ok;
}

} // namespace

void addDrawingCommands(std::map<QString, Command> &commands)
{
    commands.insert({QStringLiteral("chart"),
         {kChartSummary,
          {QStringLiteral("FILE")},
          [](QCommandLineParser &p) {
              p.addOption({QStringLiteral("plan"), Cli::tr("The action plan's id (see list plans)."), QStringLiteral("ID")});
              p.addOption({QStringLiteral("kind"), Cli::tr("completion, timeline, agencies, values, milestones, attendance, cocreation or speaking."), QStringLiteral("KIND")});
              p.addOption({{QStringLiteral("o"), QStringLiteral("output")}, Cli::tr("The .png or .svg file to write."), QStringLiteral("OUT")});
              p.addOption({QStringLiteral("width"), Cli::tr("Width in pixels (default 800)."), QStringLiteral("W")});
              p.addOption({QStringLiteral("height"), Cli::tr("Height in pixels (default 500)."), QStringLiteral("H")});
              p.addOption({QStringLiteral("lang"), Cli::tr("The language of messages and chart labels: es, en, fr or pt."), QStringLiteral("L")});
          },
          commandChart}});
    commands.insert({QStringLiteral("publish"),
         {kPublishSummary,
          {QStringLiteral("FILE")},
          [](QCommandLineParser &p) {
              p.addOption({{QStringLiteral("o"), QStringLiteral("output")}, Cli::tr("The folder to write the website into."), QStringLiteral("DIR")});
              p.addOption({QStringLiteral("lang"), Cli::tr("The website's language: es, en, fr or pt (default: the forum's)."), QStringLiteral("L")});
              p.addOption({QStringLiteral("licence"), Cli::tr("The licence of the open data: CC-BY-4.0 (default), CC0-1.0, CC-BY-SA-4.0, ODC-By-1.0 or ODbL-1.0."), QStringLiteral("ID")});
              p.addOption({QStringLiteral("no-record"), Cli::tr("Do not record the publication of the minutes the website shows (the file is only read).")});
          },
          commandPublish}});
    commands.insert({QStringLiteral("export"),
         {kExportSummary,
          {QStringLiteral("WHAT"), QStringLiteral("FILE")},
          [](QCommandLineParser &p) {
              p.addOption({QStringLiteral("meeting"), Cli::tr("The meeting's id (see list meetings)."), QStringLiteral("ID")});
              p.addOption({QStringLiteral("plan"), Cli::tr("The action plan's id (see list plans); with data, only that plan."), QStringLiteral("ID")});
              p.addOption({QStringLiteral("format"), Cli::tr("pdf, odt, html or md; csv, json or package (a folder) for data (default: from OUT's suffix)."), QStringLiteral("F")});
              p.addOption({QStringLiteral("table"), Cli::tr("With data as csv: the table to write (default progress_updates)."), QStringLiteral("NAME")});
              p.addOption({QStringLiteral("licence"), Cli::tr("With data: the licence it is published under (default CC-BY-4.0)."), QStringLiteral("ID")});
              p.addOption({{QStringLiteral("o"), QStringLiteral("output")}, Cli::tr("The file to write."), QStringLiteral("OUT")});
              p.addOption({QStringLiteral("upcoming"), Cli::tr("With ics: every meeting still to come.")});
              p.addOption({QStringLiteral("on"), Cli::tr("With compliance: the day to check the standards on (default: today)."), QStringLiteral("DATE")});
              p.addOption({QStringLiteral("lang"), messagesLanguageHelp(), QStringLiteral("L")});
          },
          commandExport}});
}

} // namespace forumdesk::cli
