// SPDX-License-Identifier: GPL-3.0-or-later
// The forum's open data: every kind of record fit to publish, as a data package a validator accepts,
// with only what a forum publishes.
#include <catch2/catch.hpp>

#include "tests/support/DataPackageCheck.h"
#include "tests/support/TestSupport.h"
#include "core/exchange/Csv.h"
#include "core/exchange/OpenData.h"
#include "core/plans/ActionPlan.h"
#include "core/sample/SampleForum.h"
#include "core/storage/Database.h"
#include "core/storage/ForumFile.h"
#include "core/storage/StorageError.h"
#include "core/storage/Table.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

using namespace forumdesk;

namespace {

const OpenData::Resource &resource(const OpenData::Package &package, const char *name)
{
    for (const OpenData::Resource &r : package.resources)
        if (r.name == QLatin1String(name))
            return r;
    FAIL("no resource " << name);
    return package.resources.first();
}

QVariant cell(const OpenData::Resource &r, int row, const char *column)
{
    for (int i = 0; i < r.columns.size(); ++i)
        if (r.columns.at(i).name == QLatin1String(column))
            return r.rows.at(row).at(i);
    FAIL("no column " << column << " in " << r.name.toStdString());
    return {};
}

QStringList columnNames(const OpenData::Resource &r)
{
    QStringList names;
    for (const auto &c : r.columns)
        names << c.name;
    return names;
}

void writePackage(const OpenData::Package &package, const QString &folder)
{
    QDir().mkpath(folder);
    for (const auto &[name, bytes] : OpenData::packageFiles(package)) {
        QFile f(QDir(folder).filePath(name));
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(bytes);
    }
}

} // namespace

TEST_CASE("The sample forum's open data is a data package a validator accepts, in the forum's language, with only what a forum publishes", "[opendata]")
{
    test::TempFolder folder;
    auto file = createSampleForum(folder.file(QStringLiteral("muestra.ogpforum")));
    Database &db = file->database();
    OpenData::Options options;
    options.exportedAt = QDateTime(QDate(2026, 12, 6), QTime(15, 30), QTimeZone::utc());
    const OpenData::Package package = OpenData::read(*file, options);

    writePackage(package, folder.file(QStringLiteral("paquete")));
    CHECK(test::checkDataPackage(folder.file(QStringLiteral("paquete"))) == QStringList());

    QJsonObject dp = QJsonDocument::fromJson(OpenData::dataPackage(package)).object();
    CHECK(dp.value(QStringLiteral("created")).toString() == QStringLiteral("2026-12-06T15:30:00Z"));
    CHECK(dp.value(QStringLiteral("licenses")).toArray().at(0).toObject().value(QStringLiteral("name")).toString() == QStringLiteral("CC-BY-4.0"));
    CHECK(dp.value(QStringLiteral("language")).toString() == QStringLiteral("es"));
    // Titles and the labels of each key in the forum's language.
    CHECK(resource(package, "plans").title == QStringLiteral("Planes de acción"));
    const OpenData::Resource &progress = resource(package, "progress_updates");
    const auto status = std::find_if(progress.columns.begin(), progress.columns.end(),
                                     [](const auto &c) { return c.name == QLatin1String("status"); });
    REQUIRE(status != progress.columns.end());
    CHECK(status->description.contains(QStringLiteral("delayed: ")));
    CHECK(status->keys.contains(QStringLiteral("on_track")));

    // Every kind of record fit to publish, all of them.
    for (const auto &[name, table] : {std::pair{"plans", "action_plan"}, {"commitments", "commitment"}, {"milestones", "milestone"},
                                      {"progress_updates", "progress_update"}, {"meetings", "meeting"},
                                      {"contributions", "contribution"}, {"contribution_commitments", "contribution_commitment"},
                                      {"assessments", "assessment"}, {"members", "member"}}) {
        INFO(name);
        CHECK(resource(package, name).rows.size() == db.scalar(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))).toLongLong());
        CHECK(!resource(package, name).rows.isEmpty());
    }
    // Members: name, organisation, sector and role; never how to reach them.
    const QStringList memberColumns = columnNames(resource(package, "members"));
    CHECK(memberColumns.contains(QStringLiteral("organization")));
    for (const char *privateField : {"email", "phone", "gender", "notes"})
        CHECK_FALSE(memberColumns.contains(QString::fromLatin1(privateField)));
    // Decisions only of minutes approved or published.
    const OpenData::Resource &decisions = resource(package, "decisions");
    CHECK(decisions.rows.size() == db.scalar(QStringLiteral(
              "SELECT count(*) FROM decision d JOIN meeting m ON m.id = d.meeting_id "
              "WHERE m.status IN ('minutes_approved', 'published')")).toLongLong());
    CHECK(decisions.rows.size() < db.scalar(QStringLiteral("SELECT count(*) FROM decision")).toLongLong());
    // A contributor is named only with their consent.
    const OpenData::Resource &contributions = resource(package, "contributions");
    int named = 0, unnamed = 0;
    for (int row = 0; row < contributions.rows.size(); ++row) {
        const QString uid = cell(contributions, row, "uid").toString();
        Statement st = db.query(QStringLiteral("SELECT author, author_consents FROM contribution WHERE uid = ?"));
        st.bind(1, uid);
        REQUIRE(st.next());
        if (st.int64(1) == 1 && !st.text(0).isEmpty()) {
            CHECK(cell(contributions, row, "author").toString() == st.text(0));
            ++named;
        } else {
            CHECK(cell(contributions, row, "author").isNull());
            unnamed += st.text(0).isEmpty() ? 0 : 1;
        }
    }
    CHECK(named > 0);
    CHECK(unnamed > 0);
    // Meeting times carry the forum's offset from UTC.
    const QString startsAt = cell(resource(package, "meetings"), 0, "starts_at").toString();
    CHECK(QDateTime::fromString(startsAt, Qt::ISODate).isValid());
    CHECK((startsAt.endsWith(QLatin1Char('Z')) || startsAt.mid(19, 1) == QLatin1String("-") || startsAt.mid(19, 1) == QLatin1String("+")));

    // One JSON document holds every table with the metadata.
    const QJsonObject all = QJsonDocument::fromJson(OpenData::jsonDocument(package)).object();
    CHECK(all.value(QStringLiteral("metadata")).toObject().value(QStringLiteral("exported_at")).toString() == QStringLiteral("2026-12-06T15:30:00Z"));
    CHECK(all.value(QStringLiteral("commitments")).toArray().size() == resource(package, "commitments").rows.size());
}

TEST_CASE("Open data of one plan holds that plan's records only and still validates", "[opendata]")
{
    test::TempFolder folder;
    auto file = createSampleForum(folder.file(QStringLiteral("muestra.ogpforum")));
    const QList<ActionPlan> plans = Table<ActionPlan>(*file).list({}, {}, QStringLiteral("period_start"));
    REQUIRE(plans.size() >= 2);
    const ActionPlan &plan = plans.first();
    OpenData::Options options;
    options.planId = plan.id;
    const OpenData::Package package = OpenData::read(*file, options);
    REQUIRE(resource(package, "plans").rows.size() == 1);
    CHECK(cell(resource(package, "plans"), 0, "uid").toString() == plan.uid);
    const OpenData::Resource &commitments = resource(package, "commitments");
    REQUIRE(!commitments.rows.isEmpty());
    for (int row = 0; row < commitments.rows.size(); ++row)
        CHECK(cell(commitments, row, "plan_uid").toString() == plan.uid);
    const OpenData::Resource &meetings = resource(package, "meetings");
    for (int row = 0; row < meetings.rows.size(); ++row)
        CHECK(cell(meetings, row, "plan_uid").toString() == plan.uid);
    CHECK(resource(package, "members").rows.size()
          == file->database().scalar(QStringLiteral("SELECT count(*) FROM member")).toLongLong());
    writePackage(package, folder.file(QStringLiteral("plan")));
    CHECK(test::checkDataPackage(folder.file(QStringLiteral("plan"))) == QStringList());
    CHECK(QJsonDocument::fromJson(OpenData::dataPackage(package)).object().value(QStringLiteral("title")).toString().contains(plan.title));

    options.planId = 9999;
    CHECK_THROWS_AS(OpenData::read(*file, options), StorageError);
    options.planId = 0;
    options.licenceId = QStringLiteral("mine");
    CHECK_THROWS_AS(OpenData::read(*file, options), StorageError);
}

TEST_CASE("The data package check finds what a validator would", "[opendata]")
{
    test::TempFolder folder;
    auto file = createSampleForum(folder.file(QStringLiteral("muestra.ogpforum")));
    const OpenData::Package package = OpenData::read(*file);
    const QString dir = folder.file(QStringLiteral("paquete"));
    writePackage(package, dir);
    REQUIRE(test::checkDataPackage(dir).isEmpty());
    // A progress update naming a milestone the package does not hold, and a status not in the list.
    QFile csv(QDir(dir).filePath(QStringLiteral("progress_updates.csv")));
    REQUIRE(csv.open(QIODevice::ReadOnly));
    QByteArray bytes = csv.readAll();
    csv.close();
    const qsizetype secondLine = bytes.indexOf('\n') + 1;
    bytes.insert(secondLine, "x,00000000-0000-0000-0000-000000000000,,2025-01-01,50,tarde,,,\r\n");
    REQUIRE(csv.open(QIODevice::WriteOnly | QIODevice::Truncate));
    csv.write(bytes);
    csv.close();
    const QString problems = test::checkDataPackage(dir).join(QLatin1Char('\n'));
    CHECK(problems.contains(QStringLiteral("tarde")));
    CHECK(problems.contains(QStringLiteral("commitment_uid: required")));
    CHECK(problems.contains(QStringLiteral("names no row of milestones")));
}

TEST_CASE("Each table's CSV and JSON hold the same values, but for the apostrophe before a cell a spreadsheet would run as a formula", "[opendata]")
{
    test::TempFolder folder;
    auto file = createSampleForum(folder.file(QStringLiteral("muestra.ogpforum")));
    const OpenData::Package package = OpenData::read(*file);
    int neutralised = 0;
    for (const OpenData::Resource &resource : package.resources) {
        INFO(resource.name.toStdString());
        QList<QStringList> rows = Csv::parse(Csv::decode(OpenData::csv(resource)).text);
        const QJsonArray objects = QJsonDocument::fromJson(OpenData::json(resource)).array();
        REQUIRE(rows.size() == objects.size() + 1);
        const QStringList header = rows.takeFirst();
        for (int r = 0; r < rows.size(); ++r) {
            const QJsonObject object = objects.at(r).toObject();
            for (int c = 0; c < header.size(); ++c) {
                const QJsonValue value = object.value(header.at(c));
                const QString cell = rows.at(r).at(c);
                QString expected = value.isNull() ? QString()
                    : value.isBool()              ? (value.toBool() ? QStringLiteral("true") : QStringLiteral("false"))
                    : value.isDouble()            ? QString::number(value.toDouble(), 'g', 15)
                                                  : value.toString();
                if (expected != cell && Csv::neutralise(expected) == cell) {
                    ++neutralised;
                    continue;
                }
                INFO(header.at(c).toStdString() << " row " << r);
                CHECK(cell == expected);
            }
        }
    }
    CHECK(neutralised > 0); // the sample's phone numbers start with "+"
}
