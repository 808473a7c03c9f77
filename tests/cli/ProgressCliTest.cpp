// SPDX-License-Identifier: GPL-3.0-or-later
// forumdesk-cli export progress: the progress report of a plan with its charts, as PDF, ODT, HTML
// and Markdown, read-only on the forum file, with clear errors and exit codes.
#include <catch2/catch.hpp>

#include "tests/support/TestSupport.h"
#include "core/implementation/ProgressTracking.h"
#include "core/sample/SampleForum.h"
#include "core/storage/Database.h"

#include <QDate>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

using namespace forumdesk;
using test::runCli;

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

void requireOneLineError(const test::CliResult &result, const char *words)
{
    INFO(result.err.toStdString());
    CHECK(result.err.startsWith("forumdesk-cli: "));
    CHECK(result.err.count('\n') == 1);
    CHECK(result.err.contains(words));
}

// The sample forum and its plan under implementation, with every commitment's number and title.
struct Sample {
    test::TempFolder folder;
    QString path = folder.file(QStringLiteral("muestra.ogpforum"));
    QString planId;
    QList<CommitmentProgress> commitments;

    Sample()
    {
        auto file = createSampleForum(path);
        const qint64 id = file->database()
                              .scalar(QStringLiteral("SELECT id FROM action_plan WHERE stage = 'implement' "
                                                     "ORDER BY period_start DESC LIMIT 1"))
                              .toLongLong();
        planId = QString::number(id);
        commitments = ProgressTracking::forPlan(*file, id, QDate::currentDate());
    }

    test::CliResult exportReport(const QStringList &more) const
    {
        return runCli(QStringList{QStringLiteral("export"), QStringLiteral("progress"), path} + more);
    }
};

} // namespace

TEST_CASE("export progress prints every commitment with the charts, without touching the forum", "[cli][progress-report]")
{
    Sample sample;
    REQUIRE(sample.commitments.size() >= 3);
    const QByteArray before = test::fileHash(sample.path);
    const QString pdf = sample.folder.file(QStringLiteral("avance.pdf"));
    const auto result = sample.exportReport({QStringLiteral("--plan"), sample.planId, QStringLiteral("-o"), pdf});
    INFO(result.err.toStdString());
    REQUIRE(result.exitCode == 0);
    CHECK(result.err.isEmpty());
    CHECK(result.out.contains("avance.pdf"));
    CHECK(test::fileHash(sample.path) == before); // read-only: not a byte changed

    // As a reader compares: the PDF's ligatures (ﬁ) undone, lines joined.
    const QString text = test::toolText(QStringLiteral("pdftotext"), {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")})
                             .normalized(QString::NormalizationForm_KC)
                             .simplified();
    for (const CommitmentProgress &p : sample.commitments) {
        INFO(p.number.toStdString() + ". " + p.title.toStdString());
        CHECK(text.contains(QStringLiteral("%1. %2").arg(p.number, p.title)));
    }
    // The charts: progress over time, milestones, agencies, values, completion, attendance and
    // co-creation all have something to show in the sample's plan.
    int charts = 0;
    for (const QString &line : test::toolText(QStringLiteral("pdfimages"), {QStringLiteral("-list"), pdf}).split(QLatin1Char('\n')))
        if (line.simplified().split(QLatin1Char(' ')).value(2) == QLatin1String("image"))
            ++charts;
    CHECK(charts == 8);
    CHECK(text.contains(QStringLiteral("Figura 7."))); // the captions follow the forum's language
}

TEST_CASE("export progress writes ODT, HTML and Markdown, by suffix or --format", "[cli][progress-report]")
{
    Sample sample;
    const QString odt = sample.folder.file(QStringLiteral("avance.odt"));
    REQUIRE(sample.exportReport({QStringLiteral("--plan"), sample.planId, QStringLiteral("-o"), odt}).exitCode == 0);
    CHECK(test::toolText(QStringLiteral("unzip"), {QStringLiteral("-l"), odt}).count(QStringLiteral("Pictures/")) == 8);

    // --format wins over the suffix.
    const QString html = sample.folder.file(QStringLiteral("avance.txt"));
    REQUIRE(sample.exportReport({QStringLiteral("--plan"), sample.planId, QStringLiteral("--format"), QStringLiteral("html"),
                                 QStringLiteral("-o"), html})
                .exitCode == 0);
    const QString page = QString::fromUtf8(readAll(html));
    CHECK(page.contains(QStringLiteral("<html")));
    CHECK(page.count(QStringLiteral("src=\"data:image/png;base64,")) == 8);
    CHECK(page.contains(sample.commitments.first().title.toHtmlEscaped()));

    const QString md = sample.folder.file(QStringLiteral("avance.md"));
    REQUIRE(sample.exportReport({QStringLiteral("--plan"), sample.planId, QStringLiteral("-o"), md}).exitCode == 0);
    const QString markdown = QString::fromUtf8(readAll(md));
    CHECK(markdown.count(QRegularExpression(QStringLiteral("^\\[forumdesk-image-\\d\\.png\\]: data:image/png;base64,"),
                                            QRegularExpression::MultilineOption))
          == 8);
    CHECK(markdown.contains(QStringLiteral("# ")));
}

TEST_CASE("export progress explains a missing plan, a bad format and an unwritable output", "[cli][progress-report]")
{
    Sample sample;
    const QString out = sample.folder.file(QStringLiteral("x.pdf"));
    const auto noPlan = sample.exportReport({QStringLiteral("-o"), out});
    CHECK(noPlan.exitCode == 2);
    requireOneLineError(noPlan, "export progress needs --plan ID");

    const auto unknown = sample.exportReport({QStringLiteral("--plan"), QStringLiteral("999"), QStringLiteral("-o"), out});
    CHECK(unknown.exitCode == 2);
    requireOneLineError(unknown, "there is no action plan with id 999");
    CHECK_FALSE(QFile::exists(out));

    const auto badFormat = sample.exportReport({QStringLiteral("--plan"), sample.planId, QStringLiteral("--format"), QStringLiteral("docx"),
                                                QStringLiteral("-o"), out});
    CHECK(badFormat.exitCode == 2);
    requireOneLineError(badFormat, "--format is pdf, odt, html or md");

    const QString nowhere = sample.folder.file(QStringLiteral("no/such/folder/avance.pdf"));
    const auto unwritable = sample.exportReport({QStringLiteral("--plan"), sample.planId, QStringLiteral("-o"), nowhere});
    CHECK(unwritable.exitCode == 4);
    requireOneLineError(unwritable, "the folder does not exist");
    CHECK_FALSE(QFile::exists(nowhere));

    const auto missing = runCli({QStringLiteral("export"), QStringLiteral("progress"), sample.folder.file(QStringLiteral("none.ogpforum")),
                                 QStringLiteral("--plan"), sample.planId, QStringLiteral("-o"), out});
    CHECK(missing.exitCode == 3);

    // The help names the report.
    const auto help = runCli({QStringLiteral("export"), QStringLiteral("--help")});
    CHECK(help.exitCode == 0);
    CHECK(help.out.contains("progress report"));
}
