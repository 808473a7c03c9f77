// SPDX-License-Identifier: GPL-3.0-or-later
// forumdesk-cli end to end: exit codes, JSON that parses, one-line errors on stderr.
#include <catch2/catch.hpp>

#include "tests/support/TestSupport.h"
#include "core/forum/NewForum.h"
#include "core/plans/ActionPlan.h"
#include "core/plans/Commitment.h"
#include "core/storage/Table.h"

#include <QDir>
#include <QFileInfo>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace forumdesk;
using test::runCli;

namespace {

QJsonDocument parseJson(const QByteArray &bytes)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    INFO(bytes.left(400).toStdString());
    REQUIRE(error.error == QJsonParseError::NoError);
    return doc;
}

// An error is exactly one line on stderr, naming the program.
void requireOneLineError(const test::CliResult &result, const char *words)
{
    INFO(result.err.toStdString());
    CHECK(result.err.startsWith("forumdesk-cli: "));
    CHECK(result.err.count('\n') == 1);
    CHECK(result.err.contains(words));
}

} // namespace

TEST_CASE("new, info, list and save-copy work end to end", "[cli]")
{
    test::TempFolder folder;
    const QString path = folder.file(QStringLiteral("foro.ogpforum"));
    auto created = runCli({QStringLiteral("new"), path, QStringLiteral("--name"),
                           QStringLiteral("Foro <b>Multiactor</b> de Gobierno Abierto"), QStringLiteral("--lang"), QStringLiteral("es")});
    INFO(created.err.toStdString());
    REQUIRE(created.exitCode == 0);
    CHECK(created.err.isEmpty());

    auto info = runCli({QStringLiteral("info"), path});
    REQUIRE(info.exitCode == 0);
    const QJsonObject object = parseJson(info.out).object();
    CHECK(object.value(QStringLiteral("schema_version")).toInt() == 6);
    CHECK(object.value(QStringLiteral("forum")).toObject().value(QStringLiteral("name")).toString()
          == QStringLiteral("Foro <b>Multiactor</b> de Gobierno Abierto"));
    CHECK(object.value(QStringLiteral("forum")).toObject().value(QStringLiteral("language")).toString() == QStringLiteral("es"));
    const QJsonObject counts = object.value(QStringLiteral("counts")).toObject();
    for (const char *table : {"forum", "member", "action_plan", "commitment", "milestone", "progress_update",
                              "meeting", "agenda_item", "attendance", "decision", "action_item",
                              "contribution", "assessment", "lesson", "activity"})
        CHECK(counts.contains(QString::fromLatin1(table)));
    CHECK(counts.value(QStringLiteral("forum")).toInt() == 1);

    {
        auto file = ForumFile::open(path);
        ActionPlan plan;
        plan.title = QStringLiteral("Plan 2025-2027");
        plan.periodStart = QDate(2025, 1, 1);
        plan.periodEnd = QDate(2027, 8, 31);
        Table<ActionPlan>(*file).create(plan);
        Commitment commitment;
        commitment.planId = plan.id;
        commitment.number = QStringLiteral("1");
        commitment.title = QStringLiteral("Presupuesto abierto");
        Table<Commitment>(*file).create(commitment);
    }
    for (const char *what : {"plans", "commitments", "meetings", "members", "contributions"}) {
        auto listed = runCli({QStringLiteral("list"), QString::fromLatin1(what), path});
        INFO(what);
        REQUIRE(listed.exitCode == 0);
        CHECK(parseJson(listed.out).isArray());
    }
    const QJsonArray plans = parseJson(runCli({QStringLiteral("list"), QStringLiteral("plans"), path}).out).array();
    REQUIRE(plans.size() == 1);
    const QJsonObject plan = plans.first().toObject();
    CHECK(plan.value(QStringLiteral("id")).toInt() == 1);
    CHECK(plan.value(QStringLiteral("uid")).toString().size() == 36);
    CHECK(plan.value(QStringLiteral("title")).toString() == QStringLiteral("Plan 2025-2027"));
    CHECK(plan.value(QStringLiteral("period_start")).toString() == QStringLiteral("2025-01-01"));
    const QJsonArray commitments = parseJson(runCli({QStringLiteral("list"), QStringLiteral("commitments"), path}).out).array();
    REQUIRE(commitments.size() == 1);
    CHECK(commitments.first().toObject().value(QStringLiteral("plan_id")).toInt() == 1);

    const QString copy = folder.file(QStringLiteral("copia.ogpforum"));
    auto saved = runCli({QStringLiteral("save-copy"), path, copy});
    REQUIRE(saved.exitCode == 0);
    auto copyInfo = runCli({QStringLiteral("info"), copy});
    REQUIRE(copyInfo.exitCode == 0);
    CHECK(parseJson(copyInfo.out).object().value(QStringLiteral("counts")).toObject().value(QStringLiteral("commitment")).toInt() == 1);
}

TEST_CASE("Reading commands never change the file", "[cli]")
{
    test::TempFolder folder;
    const QString path = folder.file(QStringLiteral("foro.ogpforum"));
    createForum(path, QStringLiteral("Foro"));
    const QByteArray before = test::fileHash(path);
    CHECK(runCli({QStringLiteral("info"), path}).exitCode == 0);
    CHECK(runCli({QStringLiteral("check"), path}).exitCode == 0);
    CHECK(runCli({QStringLiteral("list"), QStringLiteral("members"), path}).exitCode == 0);
    CHECK(runCli({QStringLiteral("save-copy"), path, folder.file(QStringLiteral("c.ogpforum"))}).exitCode == 0);
    CHECK(test::fileHash(path) == before);
}

TEST_CASE("check exits 1 and prints one line per problem", "[cli]")
{
    test::TempFolder folder;
    const QString path = folder.file(QStringLiteral("foro.ogpforum"));
    {
        auto file = createForum(path, QStringLiteral("Foro"));
        ActionPlan plan;
        plan.title = QStringLiteral("Plan");
        plan.periodStart = QDate(2025, 1, 1);
        plan.periodEnd = QDate(2027, 8, 31);
        Table<ActionPlan>(*file).create(plan);
        for (int i = 1; i <= 2; ++i) {
            Commitment commitment;
            commitment.planId = plan.id;
            commitment.number = QString::number(i);
            commitment.title = QStringLiteral("Fuera del periodo %1").arg(i);
            commitment.startOn = QDate(2024, 1, 1); // before the plan starts
            commitment.endOn = QDate(2025, 6, 30);
            Table<Commitment>(*file).create(commitment);
        }
    }
    auto result = runCli({QStringLiteral("check"), path});
    CHECK(result.exitCode == 1);
    const QList<QByteArray> lines = result.out.trimmed().split('\n');
    REQUIRE(lines.size() == 2);
    CHECK(lines.first().contains("outside its plan's period 2025-01-01 to 2027-08-31"));
}

TEST_CASE("Files that cannot be opened give exit code 3 and one line on stderr", "[cli]")
{
    test::TempFolder folder;
    const QString text = folder.file(QStringLiteral("notas.ogpforum"));
    test::writeFile(text, "esto no es un foro\n");
    for (const QString &command : {QStringLiteral("info"), QStringLiteral("check"), QStringLiteral("save-copy")}) {
        QStringList args{command, text};
        if (command == QLatin1String("save-copy"))
            args << folder.file(QStringLiteral("x.ogpforum"));
        auto result = runCli(args);
        INFO(command.toStdString());
        CHECK(result.exitCode == 3);
        CHECK(result.out.isEmpty());
        requireOneLineError(result, "not an SQLite database");
    }
    auto missing = runCli({QStringLiteral("list"), QStringLiteral("members"), folder.file(QStringLiteral("none.ogpforum"))});
    CHECK(missing.exitCode == 3);
    requireOneLineError(missing, "does not exist");
}

TEST_CASE("new takes the computer's time zone, or the one given with --time-zone", "[cli][zone]")
{
    test::TempFolder folder;
    const auto zoneOf = [](const QString &path) {
        const auto info = runCli({QStringLiteral("info"), path});
        REQUIRE(info.exitCode == 0);
        return parseJson(info.out).object().value(QStringLiteral("forum")).toObject().value(QStringLiteral("time_zone")).toString();
    };
    const QString lima = folder.file(QStringLiteral("lima.ogpforum"));
    const auto made = runCli({QStringLiteral("new"), lima, QStringLiteral("--name"), QStringLiteral("Foro")},
                             {QStringLiteral("TZ=America/Lima")});
    REQUIRE(made.exitCode == 0);
    CHECK(made.out.contains("time zone America/Lima"));
    CHECK(zoneOf(lima) == QStringLiteral("America/Lima"));
    const QString madrid = folder.file(QStringLiteral("madrid.ogpforum"));
    REQUIRE(runCli({QStringLiteral("new"), madrid, QStringLiteral("--name"), QStringLiteral("Foro"),
                    QStringLiteral("--time-zone"), QStringLiteral("Europe/Madrid")},
                   {QStringLiteral("TZ=America/Lima")})
                .exitCode == 0);
    CHECK(zoneOf(madrid) == QStringLiteral("Europe/Madrid"));
    const QString bad = folder.file(QStringLiteral("bad.ogpforum"));
    const auto refused = runCli({QStringLiteral("new"), bad, QStringLiteral("--name"), QStringLiteral("Foro"),
                                 QStringLiteral("--time-zone"), QStringLiteral("Lima")});
    CHECK(refused.exitCode == 2);
    requireOneLineError(refused, "“Lima” is not a time zone");
    CHECK_FALSE(QFileInfo::exists(bad));
}

TEST_CASE("Output that cannot be written gives exit code 4", "[cli]")
{
    test::TempFolder folder;
    const QString path = folder.file(QStringLiteral("foro.ogpforum"));
    REQUIRE(runCli({QStringLiteral("new"), path, QStringLiteral("--name"), QStringLiteral("Foro")}).exitCode == 0);
    auto exists = runCli({QStringLiteral("new"), path, QStringLiteral("--name"), QStringLiteral("Otro")});
    CHECK(exists.exitCode == 4);
    requireOneLineError(exists, "already exists");
    auto copy = runCli({QStringLiteral("save-copy"), path, folder.file(QStringLiteral("no/such/folder/c.ogpforum"))});
    CHECK(copy.exitCode == 4);
    requireOneLineError(copy, "does not exist");
    auto demo = runCli({QStringLiteral("demo"), path});
    CHECK(demo.exitCode == 4);
}

TEST_CASE("Usage errors give exit code 2, and every command has --help", "[cli]")
{
    CHECK(runCli({}).exitCode == 2);
    auto unknown = runCli({QStringLiteral("frobnicate")});
    CHECK(unknown.exitCode == 2);
    requireOneLineError(unknown, "unknown command");
    auto noName = runCli({QStringLiteral("new"), QStringLiteral("x.ogpforum")});
    CHECK(noName.exitCode == 2);
    requireOneLineError(noName, "--name");
    auto badList = runCli({QStringLiteral("list"), QStringLiteral("unicorns"), QStringLiteral("x.ogpforum")});
    CHECK(badList.exitCode == 2);
    auto badSize = runCli({QStringLiteral("demo"), QStringLiteral("x.ogpforum"), QStringLiteral("--size"), QStringLiteral("huge")});
    CHECK(badSize.exitCode == 2);
    auto missingArg = runCli({QStringLiteral("info")});
    CHECK(missingArg.exitCode == 2);
    requireOneLineError(missingArg, "info takes FILE");
    auto unknownOption = runCli({QStringLiteral("info"), QStringLiteral("--colour"), QStringLiteral("x")});
    CHECK(unknownOption.exitCode == 2);

    for (const char *command : {"new", "demo", "info", "check", "list", "save-copy", "export"}) {
        // --help-all is Qt's --help with its own options, which the command line has none of.
        for (const char *help : {"--help", "--help-all"}) {
            auto shown = runCli({QString::fromLatin1(command), QString::fromLatin1(help)});
            INFO(command << " " << help);
            CHECK(shown.exitCode == 0);
            CHECK(shown.out.startsWith("Usage: forumdesk-cli " + QByteArray(command)));
        }
    }
    for (const char *help : {"--help", "--help-all"}) {
        auto overview = runCli({QString::fromLatin1(help)});
        CHECK(overview.exitCode == 0);
        CHECK(overview.out.contains("save-copy"));
    }
}

TEST_CASE("demo writes the sample forum, which passes check", "[cli][sample]")
{
    test::TempFolder folder;
    const QString path = folder.file(QStringLiteral("muestra.ogpforum"));
    auto demo = runCli({QStringLiteral("demo"), path, QStringLiteral("--lang"), QStringLiteral("en")});
    INFO(demo.err.toStdString());
    REQUIRE(demo.exitCode == 0);
    auto check = runCli({QStringLiteral("check"), path});
    INFO(check.out.toStdString());
    CHECK(check.exitCode == 0);
    const QJsonObject info = parseJson(runCli({QStringLiteral("info"), path}).out).object();
    CHECK(info.value(QStringLiteral("forum")).toObject().value(QStringLiteral("language")).toString() == QStringLiteral("en"));
    CHECK(info.value(QStringLiteral("counts")).toObject().value(QStringLiteral("commitment")).toInt() >= 12);
}

TEST_CASE("Messages follow --lang and the environment's locale", "[cli][i18n]")
{
    test::TempFolder folder;
    const QString missing = folder.file(QStringLiteral("nada.ogpforum"));
    auto english = runCli({QStringLiteral("info"), missing});
    CHECK(english.err.contains("does not exist"));
    auto spanish = runCli({QStringLiteral("--lang"), QStringLiteral("es"), QStringLiteral("info"), missing});
    CHECK(spanish.exitCode == 3);
    CHECK(spanish.err.contains("no existe"));
    auto fromLocale = runCli({QStringLiteral("info"), missing}, {QStringLiteral("LANG=es_PE.UTF-8")});
    CHECK(fromLocale.err.contains("no existe"));
}

TEST_CASE("The CLI gives French and Portuguese samples, documents and messages with --lang fr and pt", "[cli][i18n]")
{
    test::TempFolder folder;
    struct Language {
        const char *code;
        const char *minutes;  // the minutes' title
        const char *heading;  // a heading of the action plan on OGP's template
        const char *partner;  // OGP as the plan names it
        const char *missing;  // the message for a file that does not exist
    };
    for (const Language &language : {Language{"fr", "Procès-verbal", "## 4\\. Engagements", "PGO", "le fichier n'existe pas"},
                                     Language{"pt", "Ata", "## 4\\. Compromissos", "OGP", "o arquivo não existe"}}) {
        const QString code = QString::fromLatin1(language.code);
        INFO(language.code);
        const QString path = folder.file(QStringLiteral("sample-%1.ogpforum").arg(code));
        auto demo = runCli({QStringLiteral("demo"), path, QStringLiteral("--lang"), code});
        INFO(demo.err.toStdString());
        REQUIRE(demo.exitCode == 0);
        CHECK(runCli({QStringLiteral("check"), path}).exitCode == 0);
        const QJsonObject info = parseJson(runCli({QStringLiteral("info"), path}).out).object();
        CHECK(info.value(QStringLiteral("forum")).toObject().value(QStringLiteral("language")).toString() == code);

        QString published;
        for (const QJsonValue &meeting : parseJson(runCli({QStringLiteral("list"), QStringLiteral("meetings"), path}).out).array())
            if (meeting.toObject().value(QStringLiteral("status")).toString() == QStringLiteral("published"))
                published = QString::number(meeting.toObject().value(QStringLiteral("id")).toInt());
        REQUIRE_FALSE(published.isEmpty());
        const QString minutes = folder.file(QStringLiteral("minutes-%1.md").arg(code));
        REQUIRE(runCli({QStringLiteral("export"), QStringLiteral("minutes"), path, QStringLiteral("--meeting"), published,
                        QStringLiteral("-o"), minutes}).exitCode == 0);
        QFile minutesFile(minutes);
        REQUIRE(minutesFile.open(QIODevice::ReadOnly));
        CHECK(QString::fromUtf8(minutesFile.readAll()).contains(QString::fromUtf8(language.minutes)));

        const QString plan = folder.file(QStringLiteral("plan-%1.md").arg(code));
        REQUIRE(runCli({QStringLiteral("export"), QStringLiteral("plan"), path, QStringLiteral("--plan"), QStringLiteral("2"),
                        QStringLiteral("-o"), plan}).exitCode == 0);
        QFile planFile(plan);
        REQUIRE(planFile.open(QIODevice::ReadOnly));
        const QString planText = QString::fromUtf8(planFile.readAll());
        CHECK(planText.contains(QString::fromUtf8(language.heading)));
        CHECK(planText.contains(QString::fromUtf8(language.partner)));

        auto missing = runCli({QStringLiteral("--lang"), code, QStringLiteral("info"), folder.file(QStringLiteral("nada.ogpforum"))});
        CHECK(missing.exitCode == 3);
        CHECK(QString::fromUtf8(missing.err).contains(QString::fromUtf8(language.missing)));
    }
    // A locale's name is its language; a language Forum Desk has no sample or website in is refused.
    CHECK(runCli({QStringLiteral("demo"), folder.file(QStringLiteral("br.ogpforum")), QStringLiteral("--lang"), QStringLiteral("pt_BR")}).exitCode == 0);
    auto german = runCli({QStringLiteral("demo"), folder.file(QStringLiteral("de.ogpforum")), QStringLiteral("--lang"), QStringLiteral("de")});
    CHECK(german.exitCode == 2);
    requireOneLineError(german, "es, en, fr and pt");
    auto website = runCli({QStringLiteral("publish"), folder.file(QStringLiteral("sample-fr.ogpforum")), QStringLiteral("-o"),
                           folder.file(QStringLiteral("site")), QStringLiteral("--lang"), QStringLiteral("de")});
    CHECK(website.exitCode == 2);
    requireOneLineError(website, "es, en, fr or pt");
}

TEST_CASE("export writes minutes, notice and invitations, with clear errors", "[cli][export]")
{
    test::TempFolder folder;
    const QString path = folder.file(QStringLiteral("muestra.ogpforum"));
    REQUIRE(runCli({QStringLiteral("demo"), path}).exitCode == 0);
    const QJsonArray meetings = parseJson(runCli({QStringLiteral("list"), QStringLiteral("meetings"), path}).out).array();
    REQUIRE_FALSE(meetings.isEmpty());
    const QString id = QString::number(meetings.first().toObject().value(QStringLiteral("id")).toInt());

    for (const char *format : {"pdf", "odt", "html", "md"}) {
        const QString out = folder.file(QStringLiteral("acta.") + QLatin1String(format));
        auto result = runCli({QStringLiteral("export"), QStringLiteral("minutes"), path, QStringLiteral("--meeting"), id,
                              QStringLiteral("-o"), out});
        INFO(format << " " << result.err.toStdString());
        CHECK(result.exitCode == 0);
        CHECK(result.err.isEmpty());
        CHECK(QFileInfo(out).size() > 1000);
    }
    // --format wins over the suffix.
    const QString html = folder.file(QStringLiteral("convocatoria.txt"));
    REQUIRE(runCli({QStringLiteral("export"), QStringLiteral("notice"), path, QStringLiteral("--meeting"), id,
                    QStringLiteral("--format"), QStringLiteral("html"), QStringLiteral("-o"), html}).exitCode == 0);
    QFile notice(html);
    REQUIRE(notice.open(QIODevice::ReadOnly));
    CHECK(notice.readAll().contains("<html"));

    for (const char *what : {"plan", "responses"}) {
        const QString out = folder.file(QLatin1String(what) + QStringLiteral(".odt"));
        auto result = runCli({QStringLiteral("export"), QString::fromLatin1(what), path, QStringLiteral("--plan"), QStringLiteral("2"),
                              QStringLiteral("-o"), out});
        INFO(what << " " << result.err.toStdString());
        CHECK(result.exitCode == 0);
        CHECK(QFileInfo(out).size() > 1000);
    }
    auto noPlan = runCli({QStringLiteral("export"), QStringLiteral("plan"), path, QStringLiteral("--plan"), QStringLiteral("77"),
                          QStringLiteral("-o"), folder.file(QStringLiteral("p.pdf"))});
    CHECK(noPlan.exitCode == 2);
    requireOneLineError(noPlan, "no action plan with id 77");

    const QString ics = folder.file(QStringLiteral("proximas.ics"));
    REQUIRE(runCli({QStringLiteral("export"), QStringLiteral("ics"), path, QStringLiteral("--upcoming"), QStringLiteral("-o"), ics}).exitCode == 0);
    QFile calendar(ics);
    REQUIRE(calendar.open(QIODevice::ReadOnly));
    CHECK(calendar.readAll().startsWith("BEGIN:VCALENDAR\r\n"));

    auto noMeeting = runCli({QStringLiteral("export"), QStringLiteral("minutes"), path, QStringLiteral("-o"), folder.file(QStringLiteral("x.pdf"))});
    CHECK(noMeeting.exitCode == 2);
    requireOneLineError(noMeeting, "--meeting ID");
    auto unknown = runCli({QStringLiteral("export"), QStringLiteral("minutes"), path, QStringLiteral("--meeting"), QStringLiteral("99999"),
                           QStringLiteral("-o"), folder.file(QStringLiteral("x.pdf"))});
    CHECK(unknown.exitCode == 2);
    requireOneLineError(unknown, "no meeting with id 99999");
    // A meeting still planned has no minutes: a wrong request, said in one line, nothing written.
    QString planned;
    for (const QJsonValue &meeting : meetings)
        if (meeting.toObject().value(QStringLiteral("status")).toString() == QStringLiteral("planned"))
            planned = QString::number(meeting.toObject().value(QStringLiteral("id")).toInt());
    REQUIRE_FALSE(planned.isEmpty());
    auto notYet = runCli({QStringLiteral("export"), QStringLiteral("minutes"), path, QStringLiteral("--meeting"), planned,
                          QStringLiteral("-o"), folder.file(QStringLiteral("todavia.pdf"))});
    CHECK(notYet.exitCode == 2);
    requireOneLineError(notYet, "is still planned");
    CHECK_FALSE(QFile::exists(folder.file(QStringLiteral("todavia.pdf"))));
    auto badFormat = runCli({QStringLiteral("export"), QStringLiteral("minutes"), path, QStringLiteral("--meeting"), id,
                             QStringLiteral("--format"), QStringLiteral("docx"), QStringLiteral("-o"), folder.file(QStringLiteral("x.docx"))});
    CHECK(badFormat.exitCode == 2);
    auto unwritable = runCli({QStringLiteral("export"), QStringLiteral("minutes"), path, QStringLiteral("--meeting"), id,
                              QStringLiteral("-o"), folder.file(QStringLiteral("no/such/folder/acta.pdf"))});
    CHECK(unwritable.exitCode == 4);
    requireOneLineError(unwritable, "the folder does not exist");
    CHECK_FALSE(QFile::exists(folder.file(QStringLiteral("no/such/folder/acta.pdf"))));
}
