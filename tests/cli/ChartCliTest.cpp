// SPDX-License-Identifier: GPL-3.0-or-later
// forumdesk-cli chart and export data: every chart kind as PNG of the requested size and as SVG
// that parses; open data as CSV that round-trips with formulas neutralised, and JSON that parses.
#include <catch2/catch.hpp>

#include "tests/support/DataPackageCheck.h"
#include "tests/support/TestSupport.h"
#include "core/forum/NewForum.h"
#include "core/implementation/ProgressUpdate.h"
#include "core/plans/ActionPlan.h"
#include "core/plans/Commitment.h"
#include "core/plans/Milestone.h"
#include "core/storage/Table.h"

#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QXmlStreamReader>

using namespace forumdesk;
using test::runCli;

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

// A forum with one plan, one commitment, a milestone and updates whose text would run as formulas.
QString craftedForum(const test::TempFolder &folder, qint64 *planId)
{
    const QString path = folder.file(QStringLiteral("datos.ogpforum"));
    auto file = createForum(path, QStringLiteral("Foro"));
    ActionPlan plan;
    plan.title = QStringLiteral("Plan 2025-2027");
    plan.periodStart = QDate(2025, 1, 1);
    plan.periodEnd = QDate(2027, 8, 31);
    *planId = Table<ActionPlan>(*file).create(plan);
    Commitment c;
    c.planId = plan.id;
    c.number = QStringLiteral("1");
    c.title = QStringLiteral("Presupuesto \"abierto\", con datos\ny más");
    c.leadAgency = QStringLiteral("+Ministerio de Economía");
    Table<Commitment>(*file).create(c);
    Milestone m;
    m.commitmentId = c.id;
    m.activity = QStringLiteral("=HYPERLINK(\"http://example.org\")");
    m.endOn = QDate(2025, 6, 30);
    Table<Milestone>(*file).create(m);
    for (const auto &[day, percent, evidence] :
         {std::tuple{QDate(2025, 3, 1), 40, QStringLiteral("@SUM(A1:A2)")},
          {QDate(2025, 6, 1), 100, QStringLiteral("https://example.org/informe.pdf")},
          {QDate(2025, 7, 1), 100, QStringLiteral("-2+3")}}) {
        ProgressUpdate u;
        u.milestoneId = m.id;
        u.reportedOn = day;
        u.percent = percent;
        u.status = percent == 100 ? QStringLiteral("completed") : QStringLiteral("on_track");
        u.evidence = evidence;
        Table<ProgressUpdate>(*file).create(u);
    }
    return path;
}

// RFC 4180: quoted cells may hold commas, quotes (doubled) and line breaks; records end in CRLF.
QList<QStringList> parseCsv(const QString &text)
{
    QList<QStringList> rows;
    QStringList row;
    QString cell;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar ch = text.at(i);
        if (quoted) {
            if (ch == QLatin1Char('"') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                cell += ch;
                ++i;
            } else if (ch == QLatin1Char('"')) {
                quoted = false;
            } else {
                cell += ch;
            }
        } else if (ch == QLatin1Char('"')) {
            quoted = true;
        } else if (ch == QLatin1Char(',')) {
            row << cell;
            cell.clear();
        } else if (ch == QLatin1Char('\r') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n')) {
            row << cell;
            rows << row;
            row.clear();
            cell.clear();
            ++i;
        } else {
            cell += ch;
        }
    }
    REQUIRE_FALSE(quoted);
    REQUIRE(cell.isEmpty());
    REQUIRE(row.isEmpty());
    return rows;
}

} // namespace

TEST_CASE("chart draws every kind as PNG of the requested size and as SVG", "[cli][chart]")
{
    test::TempFolder folder;
    const QString path = folder.file(QStringLiteral("muestra.ogpforum"));
    auto demo = runCli({QStringLiteral("demo"), path, QStringLiteral("--lang"), QStringLiteral("en")});
    REQUIRE(demo.exitCode == 0);
    const QJsonArray plans = QJsonDocument::fromJson(runCli({QStringLiteral("list"), QStringLiteral("plans"), path}).out).array();
    REQUIRE_FALSE(plans.isEmpty());
    const QString plan = QString::number(plans.last().toObject().value(QStringLiteral("id")).toInteger());

    for (const char *kind : {"completion", "timeline", "agencies", "values", "milestones", "attendance", "cocreation"}) {
        INFO(kind);
        const QString png = folder.file(QStringLiteral("%1.png").arg(QLatin1String(kind)));
        auto result = runCli({QStringLiteral("chart"), path, QStringLiteral("--plan"), plan, QStringLiteral("--kind"),
                              QString::fromLatin1(kind), QStringLiteral("-o"), png, QStringLiteral("--width"),
                              QStringLiteral("640"), QStringLiteral("--height"), QStringLiteral("360")});
        INFO(result.err.toStdString());
        REQUIRE(result.exitCode == 0);
        const QImage image(png);
        REQUIRE_FALSE(image.isNull());
        CHECK(image.size() == QSize(640, 360));

        const QString svg = folder.file(QStringLiteral("%1.svg").arg(QLatin1String(kind)));
        result = runCli({QStringLiteral("chart"), path, QStringLiteral("--plan"), plan, QStringLiteral("--kind"),
                         QString::fromLatin1(kind), QStringLiteral("-o"), svg});
        REQUIRE(result.exitCode == 0);
        QXmlStreamReader xml(readAll(svg));
        bool root = false;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement() && !root) {
                CHECK(xml.name() == QLatin1String("svg"));
                CHECK(xml.attributes().value(QLatin1String("viewBox")) == QLatin1String("0 0 800 500"));
                root = true;
            }
        }
        CHECK_FALSE(xml.hasError());
        CHECK(root);
    }
}

TEST_CASE("chart reports usage, missing files and unwritable output with exit codes", "[cli][chart]")
{
    test::TempFolder folder;
    qint64 planId = 0;
    const QString path = craftedForum(folder, &planId);
    const QString plan = QString::number(planId);
    const QString out = folder.file(QStringLiteral("c.png"));
    auto badKind = runCli({QStringLiteral("chart"), path, QStringLiteral("--plan"), plan, QStringLiteral("--kind"), QStringLiteral("pie"),
                           QStringLiteral("-o"), out});
    CHECK(badKind.exitCode == 2);
    CHECK(badKind.err.count('\n') == 1);
    CHECK(runCli({QStringLiteral("chart"), path, QStringLiteral("--kind"), QStringLiteral("timeline"), QStringLiteral("-o"), out}).exitCode == 2);
    CHECK(runCli({QStringLiteral("chart"), path, QStringLiteral("--plan"), QStringLiteral("99"), QStringLiteral("--kind"),
                  QStringLiteral("timeline"), QStringLiteral("-o"), out}).exitCode == 2);
    CHECK(runCli({QStringLiteral("chart"), path, QStringLiteral("--plan"), plan, QStringLiteral("--kind"), QStringLiteral("timeline"),
                  QStringLiteral("-o"), folder.file(QStringLiteral("c.gif"))}).exitCode == 2);
    CHECK(runCli({QStringLiteral("chart"), path, QStringLiteral("--plan"), plan, QStringLiteral("--kind"), QStringLiteral("timeline"),
                  QStringLiteral("-o"), out, QStringLiteral("--width"), QStringLiteral("0")}).exitCode == 2);
    CHECK(runCli({QStringLiteral("chart"), folder.file(QStringLiteral("nada.ogpforum")), QStringLiteral("--plan"), plan,
                  QStringLiteral("--kind"), QStringLiteral("timeline"), QStringLiteral("-o"), out}).exitCode == 3);
    auto unwritable = runCli({QStringLiteral("chart"), path, QStringLiteral("--plan"), plan, QStringLiteral("--kind"),
                              QStringLiteral("timeline"), QStringLiteral("-o"), folder.file(QStringLiteral("no/such/c.png"))});
    CHECK(unwritable.exitCode == 4);
    CHECK(unwritable.err.count('\n') == 1);
}

TEST_CASE("export data writes one table as CSV with formulas neutralised, every table as JSON with its licence, and a data package that validates", "[cli][export]")
{
    test::TempFolder folder;
    qint64 planId = 0;
    const QString path = craftedForum(folder, &planId);

    const QString csvPath = folder.file(QStringLiteral("datos.csv"));
    auto csv = runCli({QStringLiteral("export"), QStringLiteral("data"), path, QStringLiteral("--format"), QStringLiteral("csv"),
                       QStringLiteral("-o"), csvPath});
    INFO(csv.err.toStdString());
    REQUIRE(csv.exitCode == 0);
    QByteArray bytes = readAll(csvPath);
    REQUIRE(bytes.startsWith("\xEF\xBB\xBF"));
    auto rows = parseCsv(QString::fromUtf8(bytes.mid(3)));
    REQUIRE(rows.size() == 4);
    // The default table: progress updates, each naming its milestone and commitment by uid.
    CHECK(rows.at(0) == QStringList{QStringLiteral("uid"), QStringLiteral("milestone_uid"), QStringLiteral("commitment_uid"),
                                    QStringLiteral("reported_on"), QStringLiteral("percent"), QStringLiteral("status"),
                                    QStringLiteral("narrative"), QStringLiteral("evidence"), QStringLiteral("reporter")});
    CHECK(rows.at(1).mid(3) == QStringList{QStringLiteral("2025-03-01"), QStringLiteral("40"), QStringLiteral("on_track"),
                                           QString(), QStringLiteral("'@SUM(A1:A2)"), QString()});
    CHECK(rows.at(2).at(7) == QStringLiteral("https://example.org/informe.pdf"));
    CHECK(rows.at(3).at(3) == QStringLiteral("2025-07-01"));
    CHECK(rows.at(3).at(5) == QStringLiteral("completed"));
    CHECK(rows.at(3).at(7) == QStringLiteral("'-2+3"));

    // Another table, chosen by name: text with quotes and a line break round-trips.
    REQUIRE(runCli({QStringLiteral("export"), QStringLiteral("data"), path, QStringLiteral("--table"), QStringLiteral("commitments"),
                    QStringLiteral("-o"), csvPath}).exitCode == 0);
    rows = parseCsv(QString::fromUtf8(readAll(csvPath).mid(3)));
    REQUIRE(rows.size() == 2);
    const auto column = [&](const char *name) { return rows.at(1).at(rows.at(0).indexOf(QString::fromLatin1(name))); };
    CHECK(column("title") == QStringLiteral("Presupuesto \"abierto\", con datos\ny más"));
    CHECK(column("lead_agency") == QStringLiteral("'+Ministerio de Economía"));
    CHECK(column("value_access_information") == QStringLiteral("false"));

    const QString jsonPath = folder.file(QStringLiteral("datos.json"));
    REQUIRE(runCli({QStringLiteral("export"), QStringLiteral("data"), path, QStringLiteral("-o"), jsonPath,
                    QStringLiteral("--licence"), QStringLiteral("cc0-1.0")}).exitCode == 0);
    QJsonParseError error;
    const QJsonObject data = QJsonDocument::fromJson(readAll(jsonPath), &error).object();
    REQUIRE(error.error == QJsonParseError::NoError);
    const QJsonObject metadata = data.value(QStringLiteral("metadata")).toObject();
    CHECK(metadata.value(QStringLiteral("forum")).toString() == QStringLiteral("Foro"));
    CHECK(metadata.value(QStringLiteral("licence")).toObject().value(QStringLiteral("id")).toString() == QStringLiteral("CC0-1.0"));
    CHECK(QDateTime::fromString(metadata.value(QStringLiteral("exported_at")).toString(), Qt::ISODate).isValid());
    REQUIRE(data.value(QStringLiteral("plans")).toArray().size() == 1);
    REQUIRE(data.value(QStringLiteral("commitments")).toArray().size() == 1);
    REQUIRE(data.value(QStringLiteral("milestones")).toArray().size() == 1);
    const QJsonArray updates = data.value(QStringLiteral("progress_updates")).toArray();
    REQUIRE(updates.size() == 3);
    CHECK(updates.at(0).toObject().value(QStringLiteral("evidence")).toString() == QStringLiteral("@SUM(A1:A2)"));
    CHECK(updates.at(1).toObject().value(QStringLiteral("percent")).toInt() == 100);
    CHECK(updates.at(1).toObject().value(QStringLiteral("narrative")).isNull());
    const QJsonObject commitment = data.value(QStringLiteral("commitments")).toArray().at(0).toObject();
    CHECK(commitment.value(QStringLiteral("lead_agency")).toString() == QStringLiteral("+Ministerio de Economía"));
    CHECK(commitment.value(QStringLiteral("plan_uid")) == data.value(QStringLiteral("plans")).toArray().at(0).toObject().value(QStringLiteral("uid")));
    CHECK(commitment.value(QStringLiteral("value_access_information")) == QJsonValue(false));

    // A folder: the data package, which a validator accepts.
    const QString packagePath = folder.file(QStringLiteral("paquete/"));
    auto package = runCli({QStringLiteral("export"), QStringLiteral("data"), path, QStringLiteral("--plan"), QString::number(planId),
                           QStringLiteral("-o"), packagePath});
    INFO(package.err.toStdString());
    REQUIRE(package.exitCode == 0);
    CHECK(QFileInfo::exists(folder.file(QStringLiteral("paquete/datapackage.json"))));
    CHECK(QFileInfo::exists(folder.file(QStringLiteral("paquete/progress_updates.csv"))));
    CHECK(QFileInfo::exists(folder.file(QStringLiteral("paquete/contributions.json"))));
    CHECK(test::checkDataPackage(folder.file(QStringLiteral("paquete"))) == QStringList());

    auto badFormat = runCli({QStringLiteral("export"), QStringLiteral("data"), path, QStringLiteral("--format"), QStringLiteral("xls"),
                             QStringLiteral("-o"), csvPath});
    CHECK(badFormat.exitCode == 2);
    CHECK(badFormat.err.count('\n') == 1);
    auto badTable = runCli({QStringLiteral("export"), QStringLiteral("data"), path, QStringLiteral("--table"), QStringLiteral("votos"),
                            QStringLiteral("-o"), csvPath});
    CHECK(badTable.exitCode == 2);
    CHECK(badTable.err.contains("commitments"));
    CHECK(runCli({QStringLiteral("export"), QStringLiteral("data"), path, QStringLiteral("--plan"), QStringLiteral("99"),
                  QStringLiteral("-o"), jsonPath}).exitCode == 2);
    CHECK(runCli({QStringLiteral("export"), QStringLiteral("data"), path, QStringLiteral("--licence"), QStringLiteral("mine"),
                  QStringLiteral("-o"), jsonPath}).exitCode == 2);
    CHECK(runCli({QStringLiteral("export"), QStringLiteral("data"), folder.file(QStringLiteral("nada.ogpforum")), QStringLiteral("-o"),
                  csvPath}).exitCode == 3);
    CHECK(runCli({QStringLiteral("export"), QStringLiteral("data"), path, QStringLiteral("-o"),
                  folder.file(QStringLiteral("no/such/d.csv"))}).exitCode == 4);
}
