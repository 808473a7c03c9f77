// SPDX-License-Identifier: GPL-3.0-or-later
// forumdesk-cli export compliance and export self-assessment: the OGP standards report on a chosen
// day and the end-of-term self-assessment, read-only on the forum file, with clear usage errors.
#include <catch2/catch.hpp>

#include "tests/support/TestSupport.h"
#include "core/plans/Commitment.h"
#include "core/sample/SampleForum.h"
#include "core/storage/Database.h"
#include "core/storage/Table.h"

#include <QFile>

using namespace forumdesk;
using test::runCli;

namespace {

QString readText(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return QString::fromUtf8(file.readAll());
}

struct Sample {
    test::TempFolder folder;
    QString path = folder.file(QStringLiteral("muestra.ogpforum"));
    qint64 closedPlan = 0;
    qint64 currentPlan = 0;
    QStringList closedTitles;

    Sample()
    {
        auto file = createSampleForum(path);
        closedPlan = file->database()
                         .scalar(QStringLiteral("SELECT id FROM action_plan WHERE stage = 'closed' ORDER BY period_start LIMIT 1"))
                         .toLongLong();
        currentPlan = file->database()
                          .scalar(QStringLiteral("SELECT id FROM action_plan WHERE stage = 'implement' ORDER BY period_start DESC LIMIT 1"))
                          .toLongLong();
        for (const Commitment &c : Table<Commitment>(*file).list(QStringLiteral("plan_id = ?"), {closedPlan}))
            closedTitles << c.title;
    }
};

} // namespace

TEST_CASE("export compliance writes every OGP rule for the day asked, without touching the forum", "[cli][compliance]")
{
    Sample sample;
    REQUIRE(sample.currentPlan > 0);
    const QByteArray before = test::fileHash(sample.path);
    const QString early = sample.folder.file(QStringLiteral("early.md"));
    const QString later = sample.folder.file(QStringLiteral("later.md"));
    const QString plan = QString::number(sample.currentPlan);
    auto result = runCli({QStringLiteral("export"), QStringLiteral("compliance"), sample.path, QStringLiteral("--plan"), plan,
                          QStringLiteral("--on"), QStringLiteral("2025-03-01"), QStringLiteral("-o"), early});
    INFO(result.err.toStdString());
    REQUIRE(result.exitCode == 0);
    result = runCli({QStringLiteral("export"), QStringLiteral("compliance"), sample.path, QStringLiteral("--plan"), plan,
                     QStringLiteral("--on"), QStringLiteral("2026-11-01"), QStringLiteral("-o"), later});
    REQUIRE(result.exitCode == 0);
    const QString text = readText(later);
    // In the forum's language (Spanish), each rule numbered as OGP does and with its source.
    for (const QString &reference : {QStringLiteral("MR 1.1"), QStringLiteral("MR 2.1"), QStringLiteral("MR 2.2"),
                                     QStringLiteral("Estándar 4"), QStringLiteral("MR 5.1"),
                                     QStringLiteral("Estándares de Participación y Cocreación de la AGA (2021)")})
        CHECK(text.contains(reference));
    // The day of the check is part of the report, and a different day gives a different report.
    CHECK(readText(early) != text);
    CHECK(test::fileHash(sample.path) == before);

    const QString pdf = sample.folder.file(QStringLiteral("cumplimiento.pdf"));
    result = runCli({QStringLiteral("export"), QStringLiteral("compliance"), sample.path, QStringLiteral("--plan"), plan,
                     QStringLiteral("-o"), pdf});
    REQUIRE(result.exitCode == 0);
    CHECK(readText(pdf).startsWith(QStringLiteral("%PDF")));
}

TEST_CASE("export compliance refuses a day that is not a date, and --on elsewhere", "[cli][compliance]")
{
    Sample sample;
    const QString plan = QString::number(sample.currentPlan);
    const QString out = sample.folder.file(QStringLiteral("out.md"));
    auto result = runCli({QStringLiteral("export"), QStringLiteral("compliance"), sample.path, QStringLiteral("--plan"), plan,
                          QStringLiteral("--on"), QStringLiteral("2025-02-30"), QStringLiteral("-o"), out});
    CHECK(result.exitCode == 2);
    CHECK(result.err.contains("2025-02-30"));
    result = runCli({QStringLiteral("export"), QStringLiteral("progress"), sample.path, QStringLiteral("--plan"), plan,
                     QStringLiteral("--on"), QStringLiteral("2025-02-01"), QStringLiteral("-o"), out});
    CHECK(result.exitCode == 2);
    CHECK(result.err.contains("--on"));
    result = runCli({QStringLiteral("export"), QStringLiteral("compliance"), sample.path, QStringLiteral("--plan"),
                     QStringLiteral("9999"), QStringLiteral("-o"), out});
    CHECK(result.exitCode == 2);
    CHECK(result.err.contains("9999"));
    CHECK_FALSE(QFile::exists(out));
}

TEST_CASE("export self-assessment holds every commitment of the closed plan", "[cli][evaluation]")
{
    Sample sample;
    REQUIRE(sample.closedPlan > 0);
    REQUIRE_FALSE(sample.closedTitles.isEmpty());
    const QString out = sample.folder.file(QStringLiteral("autoevaluacion.html"));
    const auto result = runCli({QStringLiteral("export"), QStringLiteral("self-assessment"), sample.path, QStringLiteral("--plan"),
                                QString::number(sample.closedPlan), QStringLiteral("-o"), out});
    INFO(result.err.toStdString());
    REQUIRE(result.exitCode == 0);
    QString html = readText(out);
    html.replace(QStringLiteral("&quot;"), QStringLiteral("\"")).replace(QStringLiteral("&#39;"), QStringLiteral("'"))
        .replace(QStringLiteral("&lt;"), QStringLiteral("<")).replace(QStringLiteral("&gt;"), QStringLiteral(">"))
        .replace(QStringLiteral("&amp;"), QStringLiteral("&"));
    for (const QString &title : sample.closedTitles)
        CHECK(html.contains(title));
}
