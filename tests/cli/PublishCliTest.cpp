// SPDX-License-Identifier: GPL-3.0-or-later
// forumdesk-cli publish: the sample forum's website, in Spanish and English, checked as its readers
// meet it: in a real browser (headless Chromium from Debian, from disk, no network), at a desktop's
// and a phone's width. The screenshots are kept in the build folder (test-artifacts/website) to be
// looked at.
#include <catch2/catch.hpp>

#include "tests/support/SiteCheck.h"
#include "tests/support/TestSupport.h"

#include <QColor>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QUrl>

using namespace forumdesk;

namespace {

QString readText(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

// Runs headless Chromium on a page of the site, with a profile of its own and nothing fetched from
// the network (it has nothing to fetch: the site is on disk).
QByteArray chromium(const test::TempFolder &profile, const QStringList &arguments)
{
    const QString program = QStandardPaths::findExecutable(QStringLiteral("chromium"));
    if (program.isEmpty())
        FAIL("chromium is not installed (Debian package chromium; scripts/setup.sh installs it)");
    QStringList args{QStringLiteral("--headless"), QStringLiteral("--no-sandbox"), QStringLiteral("--disable-gpu"),
                     QStringLiteral("--hide-scrollbars"), QStringLiteral("--no-first-run"),
                     QStringLiteral("--disable-background-networking"), QStringLiteral("--disable-component-update"),
                     QStringLiteral("--disable-sync"), QStringLiteral("--disable-extensions"), QStringLiteral("--disable-dev-shm-usage"),
                     QStringLiteral("--user-data-dir=") + profile.file(QStringLiteral("chromium"))};
    args << arguments;
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), profile.path());
    process.setProcessEnvironment(env);
    process.start(program, args);
    if (!process.waitForFinished(120000)) {
        process.kill();
        process.waitForFinished();
        FAIL("chromium did not finish: " << args.join(QLatin1Char(' ')).toStdString());
    }
    return process.readAllStandardOutput();
}

// A screenshot that shows a page: the size asked for, and more than a blank or single-colour area.
void checkScreenshot(const QString &path, const QSize &size)
{
    INFO(path.toStdString());
    QImage image(path);
    REQUIRE_FALSE(image.isNull());
    CHECK(image.size() == size);
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 7)
        for (int x = 0; x < image.width(); x += 5)
            colours.insert(image.pixel(x, y));
    CHECK(colours.size() > 20);
}

} // namespace

TEST_CASE("publish writes the sample's website in Spanish and English, and Chromium shows its pages and searches it from disk", "[cli][website]")
{
    test::TempFolder folder;
    const QString artifacts = QStringLiteral(FORUMDESK_TEST_ARTIFACTS "/website");
    QDir().mkpath(artifacts);
    for (const QString &language : {QStringLiteral("es"), QStringLiteral("en")}) {
        INFO(language.toStdString());
        const QString forum = folder.file(QStringLiteral("sample-%1.ogpforum").arg(language));
        REQUIRE(test::runCli({QStringLiteral("demo"), forum, QStringLiteral("--lang"), language}).exitCode == 0);
        const QString site = folder.file(QStringLiteral("site-%1").arg(language));
        const auto published = test::runCli({QStringLiteral("publish"), forum, QStringLiteral("-o"), site});
        INFO(published.err.toStdString());
        REQUIRE(published.exitCode == 0);
        CHECK(published.out.contains("files written"));
        CHECK(published.out.contains("Recorded the publication of"));

        CHECK(test::brokenLinks(site) == QStringList());
        CHECK(test::htmlErrors(site) == QStringList());
        const QString home = readText(site + QStringLiteral("/index.html"));
        CHECK(home.contains(QStringLiteral("<html lang=\"%1\">").arg(language)));
        CHECK(home.contains(language == QLatin1String("es") ? QStringLiteral("Última actualización") : QStringLiteral("Last updated")));

        // A plan in implementation shows its charts as SVG pictures with their alternative text.
        static const QRegularExpression planLink(QStringLiteral("href=\"(plans/[0-9a-f-]{36}\\.html)\""));
        const QString planPath = planLink.match(home).captured(1);
        REQUIRE_FALSE(planPath.isEmpty());
        const QString plan = readText(site + QLatin1Char('/') + planPath);
        static const QRegularExpression figure(QStringLiteral("<img src=\"([0-9a-f-]{36}-[a-z]+\\.svg)\" alt=\"([^\"]{20,})\""));
        auto figures = figure.globalMatch(plan);
        int charts = 0;
        while (figures.hasNext()) {
            const QString svg = readText(site + QStringLiteral("/plans/") + figures.next().captured(1));
            CHECK(svg.contains(QStringLiteral("<svg")));
            ++charts;
        }
        CHECK(charts >= 3);

        // The pages as a reader sees them, at a desktop's and a phone's width.
        static const QRegularExpression meetingLink(QStringLiteral("href=\"([0-9a-f-]{36}\\.html)\""));
        static const QRegularExpression commitmentLink(QStringLiteral("href=\"\\.\\./(commitments/[0-9a-f-]{36}\\.html)\""));
        const QString meeting = QStringLiteral("meetings/") + meetingLink.match(readText(site + QStringLiteral("/meetings/index.html"))).captured(1);
        const QString commitment = commitmentLink.match(plan).captured(1);
        REQUIRE(meeting.size() > 20);
        REQUIRE_FALSE(commitment.isEmpty());
        const QString word = language == QLatin1String("es") ? QStringLiteral("presupuesto") : QStringLiteral("budget");
        const std::pair<QString, QString> pages[] = {{QStringLiteral("home"), QStringLiteral("index.html")},
                                                     {QStringLiteral("meeting"), meeting},
                                                     {QStringLiteral("commitment"), commitment},
                                                     {QStringLiteral("search"), QStringLiteral("search.html?q=") + word}};
        for (const auto &[name, page] : pages) {
            for (const QSize &size : {QSize(1280, 900), QSize(390, 844)}) {
                const QString shot = QStringLiteral("%1/%2-%3-%4.png").arg(artifacts, language, name, size.width() > 800 ? QStringLiteral("desktop") : QStringLiteral("phone"));
                QFile::remove(shot);
                chromium(folder, {QStringLiteral("--window-size=%1,%2").arg(size.width()).arg(size.height()),
                                  QStringLiteral("--screenshot=") + shot,
                                  QUrl::fromLocalFile(site + QLatin1Char('/') + page.section(QLatin1Char('?'), 0, 0)).toString()
                                      + (page.contains(QLatin1Char('?')) ? QLatin1Char('?') + page.section(QLatin1Char('?'), 1) : QString())});
                checkScreenshot(shot, size);
            }
        }
        // Search runs from disk: the page the browser built lists what the index holds.
        const QString dom = QString::fromUtf8(chromium(folder, {QStringLiteral("--dump-dom"),
                                                                QUrl::fromLocalFile(site + QStringLiteral("/search.html")).toString() + QStringLiteral("?q=") + word}));
        CHECK(dom.contains(language == QLatin1String("es") ? QStringLiteral("Encontrados: ") : QStringLiteral("Found: ")));
        CHECK(dom.count(QStringLiteral("<li><a href=")) >= 3);
    }
}

TEST_CASE("publish refuses a folder holding another site's page, and says which", "[cli][website]")
{
    test::TempFolder folder;
    const QString forum = folder.file(QStringLiteral("muestra.ogpforum"));
    REQUIRE(test::runCli({QStringLiteral("demo"), forum}).exitCode == 0);
    const QString site = folder.file(QStringLiteral("sitio"));
    QDir().mkpath(site);
    test::writeFile(site + QStringLiteral("/index.html"), "<p>otro sitio</p>");
    const auto refused = test::runCli({QStringLiteral("publish"), forum, QStringLiteral("-o"), site, QStringLiteral("--no-record")});
    CHECK(refused.exitCode == 2);
    CHECK(refused.err.contains("index.html"));
    CHECK(refused.err.count('\n') == 1);
    CHECK(readText(site + QStringLiteral("/index.html")) == QStringLiteral("<p>otro sitio</p>"));
    CHECK(test::runCli({QStringLiteral("publish"), forum}).exitCode == 2);
    CHECK(test::runCli({QStringLiteral("publish"), forum, QStringLiteral("-o"), site, QStringLiteral("--lang"), QStringLiteral("xx")}).exitCode == 2);
    // --no-record reads the file only: nothing recorded, the forum's bytes as they were.
    const QByteArray before = test::fileHash(forum);
    REQUIRE(test::runCli({QStringLiteral("publish"), forum, QStringLiteral("-o"), folder.file(QStringLiteral("otro")),
                          QStringLiteral("--no-record"), QStringLiteral("--lang"), QStringLiteral("en"),
                          QStringLiteral("--licence"), QStringLiteral("cc0-1.0")}).exitCode == 0);
    CHECK(test::fileHash(forum) == before);
    const QString home = readText(folder.file(QStringLiteral("otro/index.html")));
    CHECK(home.contains(QStringLiteral("<html lang=\"en\">")));
    CHECK(home.contains(QStringLiteral("Creative Commons Zero")));
    CHECK(readText(folder.file(QStringLiteral("otro/data/datapackage.json"))).contains(QStringLiteral("\"CC0-1.0\"")));
    CHECK(readText(folder.file(QStringLiteral("otro/data/plans.json"))).contains(QStringLiteral("\"title\"")));
    CHECK(test::runCli({QStringLiteral("publish"), forum, QStringLiteral("-o"), folder.file(QStringLiteral("otro")),
                        QStringLiteral("--licence"), QStringLiteral("mine")}).exitCode == 2);
}
