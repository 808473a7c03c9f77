// SPDX-License-Identifier: GPL-3.0-or-later
// The forum's public website (OGP Standard 2): pages that open from disk, every link inside the
// site, HTML a browser parses without error, only public facts, and a publisher that writes only
// its own files, only inside its folder, and only what changed.
#include <catch2/catch.hpp>

#include "tests/support/DataPackageCheck.h"
#include "tests/support/SiteCheck.h"
#include "tests/support/TestSupport.h"
#include "core/cocreation/Contribution.h"
#include "core/forum/Forum.h"
#include "core/forum/Member.h"
#include "core/forum/NewForum.h"
#include "core/forum/VocabularyKeys.h"
#include "core/implementation/ProgressUpdate.h"
#include "core/meetings/Meeting.h"
#include "core/plans/ActionPlan.h"
#include "core/plans/Commitment.h"
#include "core/plans/Milestone.h"
#include "core/publish/SitePublisher.h"
#include "core/publish/Website.h"
#include "core/sample/SampleForum.h"
#include "core/storage/Database.h"
#include "core/storage/ForumFile.h"
#include "core/storage/StorageError.h"
#include "core/storage/Table.h"

#include <QColor>
#include <QDir>
#include <QRegularExpression>

#include <cmath>
#include <QDirIterator>
#include <QJsonObject>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QXmlStreamReader>

using namespace forumdesk;

namespace {

QByteArray read(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Every file of the site, as text, by path.
QMap<QString, QString> siteTexts(const QString &dir)
{
    QMap<QString, QString> texts;
    QDirIterator it(dir, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (!path.endsWith(QLatin1String(".pdf")))
            texts.insert(QDir(dir).relativeFilePath(path), QString::fromUtf8(read(path)));
    }
    return texts;
}

// WCAG 2.1's contrast ratio of two sRGB colours.
double contrast(const QColor &a, const QColor &b)
{
    auto luminance = [](const QColor &c) {
        auto channel = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
    };
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

} // namespace

TEST_CASE("The website's pages are accessible: one h1 and headings in order, landmarks, a way to skip to the content, and colours at WCAG 2.1 AA contrast", "[website]")
{
    test::TempFolder folder;
    auto file = createSampleForum(folder.file(QStringLiteral("muestra.ogpforum")));
    const QString dir = folder.file(QStringLiteral("sitio"));
    SitePublisher::publish(buildWebsite(*file), dir);
    static const QRegularExpression heading(QStringLiteral("<h([1-6])[ >]"));
    int pages = 0;
    const QMap<QString, QString> texts = siteTexts(dir);
    for (auto it = texts.cbegin(); it != texts.cend(); ++it) {
        if (!it.key().endsWith(QLatin1String(".html")))
            continue;
        ++pages;
        INFO(it.key().toStdString());
        QList<int> levels;
        for (auto m = heading.globalMatch(it.value()); m.hasNext();)
            levels << m.next().captured(1).toInt();
        REQUIRE_FALSE(levels.isEmpty());
        CHECK(levels.first() == 1);
        CHECK(levels.count(1) == 1);
        for (int i = 1; i < levels.size(); ++i)
            CHECK(levels.at(i) <= levels.at(i - 1) + 1);
        CHECK(it.value().contains(QStringLiteral("<html lang=\"es\"")));
        if (it.key().endsWith(QLatin1String("-minutes.html")) || it.key().endsWith(QLatin1String("-notice.html"))
            || it.key().endsWith(QLatin1String("-standards.html")))
            continue; // documents, as their own HTML export writes them
        CHECK(it.value().contains(QStringLiteral("<a class=\"skip\" href=\"#main\">")));
        for (const char *landmark : {"<header", "<nav aria-label=", "<main id=\"main\">", "<footer>"})
            CHECK(it.value().contains(QString::fromLatin1(landmark)));
    }
    CHECK(pages > 50);
    // The style sheet's pairs of text and background colours.
    const QString css = texts.value(QStringLiteral("style.css"));
    const std::tuple<const char *, const char *, double> pairs[] = {
        {"#1b1b1b", "#fff", 4.5},    // text
        {"#0a4f8f", "#fff", 4.5},    // links
        {"#5a2d82", "#fff", 4.5},    // visited links
        {"#4a4a4a", "#fff", 4.5},    // muted text
        {"#1b1b1b", "#eef2f6", 4.5}, // table headers
        {"#1b1b1b", "#f5f7fa", 4.5}, // quoted contributions
        {"#fff", "#123e63", 4.5},    // the header's text and the search button
        {"#b34700", "#fff", 3.0},    // focus outline (WCAG 1.4.11, 3:1)
        {"#ffd24d", "#123e63", 3.0}, // focus outline on the header
    };
    for (const auto &[foreground, background, minimum] : pairs) {
        INFO(foreground << " on " << background);
        CHECK(css.contains(QString::fromLatin1(foreground)));
        CHECK(css.contains(QString::fromLatin1(background)));
        CHECK(contrast(QColor(QString::fromLatin1(foreground)), QColor(QString::fromLatin1(background))) >= minimum);
    }
}

TEST_CASE("The sample forum's website opens from disk: every link inside it, HTML5 without a parse error, only public facts, and minutes only once approved", "[website]")
{
    test::TempFolder folder;
    auto file = createSampleForum(folder.file(QStringLiteral("muestra.ogpforum")));
    Database &db = file->database();
    const QString dir = folder.file(QStringLiteral("sitio"));
    const Website site = buildWebsite(*file);
    const PublishResult first = SitePublisher::publish(site, dir);
    CHECK(first.written == site.files.size());

    CHECK(test::brokenLinks(dir) == QStringList());
    CHECK(test::htmlErrors(dir) == QStringList());
    CHECK(test::checkDataPackage(dir + QStringLiteral("/data")) == QStringList());

    const QMap<QString, QString> texts = siteTexts(dir);
    const QString home = texts.value(QStringLiteral("index.html"));
    CHECK(home.contains(QStringLiteral("<html lang=\"es\">")));
    CHECK(home.contains(QStringLiteral("Última actualización")));
    CHECK(home.contains(QStringLiteral("Miembros")));
    CHECK(home.contains(Table<Forum>(*file).get(1).name.toHtmlEscaped()));
    CHECK(home.contains(QStringLiteral("<main id=\"main\">")));

    // Members: never how to reach them (the forum's point of contact and a commitment's contact
    // person are public by their office).
    QStringList publicAddresses{Table<Forum>(*file).get(1).pocEmail};
    for (const Commitment &c : Table<Commitment>(*file).list())
        publicAddresses << c.contactEmail;
    int hidden = 0;
    for (const Member &m : Table<Member>(*file).list()) {
        for (const QString &contact : {m.email, m.phone}) {
            if (contact.isEmpty() || publicAddresses.contains(contact))
                continue;
            ++hidden;
            for (auto it = texts.cbegin(); it != texts.cend(); ++it) {
                INFO(it.key().toStdString() << " shows " << contact.toStdString());
                CHECK_FALSE(it.value().contains(contact));
            }
        }
    }
    CHECK(hidden > 0);
    // Contributors: named only with their consent.
    int unnamed = 0;
    for (const Contribution &c : Table<Contribution>(*file).list()) {
        if (c.author.isEmpty() || c.authorConsents)
            continue;
        ++unnamed;
        for (auto it = texts.cbegin(); it != texts.cend(); ++it) {
            if (!it.key().contains(QStringLiteral("contributions")) && !it.key().startsWith(QStringLiteral("data/")))
                continue;
            INFO(it.key().toStdString() << " names " << c.author.toStdString());
            CHECK_FALSE(it.value().contains(c.author.toHtmlEscaped()));
        }
    }
    CHECK(unnamed > 0);
    // Minutes (HTML and PDF) only of approved or published meetings; a coming session's page has
    // its notice.
    int withMinutes = 0;
    for (const Meeting &m : Table<Meeting>(*file).list()) {
        const bool shown = m.status == key::MeetingStatus::MinutesApproved || m.status == key::MeetingStatus::Published;
        INFO(m.title.toStdString() << " " << m.status.toStdString());
        CHECK(QFileInfo::exists(QStringLiteral("%1/meetings/%2-minutes.pdf").arg(dir, m.uid)) == shown);
        CHECK(QFileInfo::exists(QStringLiteral("%1/meetings/%2.html").arg(dir, m.uid)));
        withMinutes += shown ? 1 : 0;
        if (shown)
            CHECK(read(QStringLiteral("%1/meetings/%2-minutes.pdf").arg(dir, m.uid)).startsWith("%PDF-"));
    }
    CHECK(withMinutes > 0);
    CHECK(withMinutes < db.scalar(QStringLiteral("SELECT count(*) FROM meeting")).toInt());
    CHECK(texts.value(QStringLiteral("meetings/upcoming.ics")).startsWith(QStringLiteral("BEGIN:VCALENDAR")));
    // The feed is Atom, with an entry per document.
    QXmlStreamReader feed(texts.value(QStringLiteral("feed.atom")));
    int entries = 0;
    while (!feed.atEnd())
        if (feed.readNext() == QXmlStreamReader::StartElement && feed.name() == QLatin1String("entry"))
            ++entries;
    CHECK_FALSE(feed.hasError());
    CHECK(entries >= withMinutes);
    // The search index is a script that any page can load from disk.
    QString index = texts.value(QStringLiteral("search-index.js"));
    REQUIRE(index.startsWith(QStringLiteral("window.FORUMDESK_SEARCH = [")));
    index = index.mid(index.indexOf(QLatin1Char('['))).chopped(2);
    QJsonParseError error;
    const QJsonDocument entriesJson = QJsonDocument::fromJson(index.toUtf8(), &error);
    CHECK(error.error == QJsonParseError::NoError);
    CHECK(entriesJson.array().size() > 50);

    // Publishing records the publication of the minutes it shows (before making the site, so that
    // it shows them published); put back when publishing fails.
    REQUIRE_FALSE(site.minutesToRecord.isEmpty());
    CHECK(SitePublisher::unrecordedMinutes(*file) == site.minutesToRecord);
    const QDate day(2026, 12, 6);
    const QList<Meeting> was = SitePublisher::recordMinutesPublished(*file, site.minutesToRecord, day);
    CHECK(was.size() == site.minutesToRecord.size());
    for (const qint64 id : site.minutesToRecord) {
        const Meeting m = Table<Meeting>(*file).get(id);
        CHECK(m.status == key::MeetingStatus::Published);
        CHECK(m.publishedOn == day);
    }
    SitePublisher::restore(*file, was);
    CHECK(SitePublisher::unrecordedMinutes(*file) == site.minutesToRecord);
    SitePublisher::recordMinutesPublished(*file, site.minutesToRecord, day);
    CHECK(SitePublisher::unrecordedMinutes(*file).isEmpty());
    const Website again = buildWebsite(*file);
    CHECK(again.minutesToRecord.isEmpty());
    const PublishResult second = SitePublisher::publish(again, dir);
    CHECK(second.written > 0);
    CHECK(second.written < again.files.size() / 2);
    const PublishResult third = SitePublisher::publish(buildWebsite(*file), dir);
    CHECK(third.written == 0);
    CHECK(third.removed == 0);
    CHECK(third.unchanged == again.files.size());
}

TEST_CASE("Publishing writes only the site's own files, only inside its folder, and removes what is no longer published", "[website]")
{
    test::TempFolder folder;
    auto file = createSampleForum(folder.file(QStringLiteral("muestra.ogpforum")));
    const QString dir = folder.file(QStringLiteral("sitio"));
    QDir().mkpath(dir);
    test::writeFile(dir + QStringLiteral("/notas.txt"), "del equipo");

    // A page of someone else where the site would write: nothing is written, and the error names it.
    test::writeFile(dir + QStringLiteral("/index.html"), "<p>sitio anterior</p>");
    try {
        SitePublisher::publish(buildWebsite(*file), dir);
        FAIL("published over a page Forum Desk did not write");
    } catch (const StorageError &e) {
        CHECK(e.kind() == StorageError::Kind::AlreadyExists);
        CHECK(e.message().contains(QStringLiteral("index.html")));
    }
    CHECK(read(dir + QStringLiteral("/index.html")) == "<p>sitio anterior</p>");
    CHECK_FALSE(QFileInfo::exists(dir + QStringLiteral("/meetings")));
    QFile::remove(dir + QStringLiteral("/index.html"));

    // A folder of the site that is a link to elsewhere: refused, and the other place untouched.
    const QString elsewhere = folder.file(QStringLiteral("otro"));
    QDir().mkpath(elsewhere);
    REQUIRE(QFile::link(elsewhere, dir + QStringLiteral("/meetings")));
    CHECK_THROWS_AS(SitePublisher::publish(buildWebsite(*file), dir), StorageError);
    CHECK(QDir(elsewhere).isEmpty());
    QFile::remove(dir + QStringLiteral("/meetings"));

    Website site = buildWebsite(*file);
    SitePublisher::publish(site, dir);
    CHECK(read(dir + QStringLiteral("/notas.txt")) == "del equipo");
    CHECK(QFileInfo::exists(dir + QStringLiteral("/") + QString::fromLatin1(SitePublisher::kManifest)));

    // A page of the site changed by hand is someone's work now: not replaced, and named; once it is
    // moved away, the site's page comes back.
    test::writeFile(dir + QStringLiteral("/plans/index.html"), "cambiado");
    try {
        SitePublisher::publish(buildWebsite(*file), dir);
        FAIL("replaced a page changed by hand");
    } catch (const StorageError &e) {
        CHECK(e.message().contains(QStringLiteral("plans/index.html")));
    }
    CHECK(read(dir + QStringLiteral("/plans/index.html")) == "cambiado");
    QFile::remove(dir + QStringLiteral("/plans/index.html"));
    PublishResult result = SitePublisher::publish(buildWebsite(*file), dir);
    CHECK(result.written == 1);
    CHECK(read(dir + QStringLiteral("/plans/index.html")).startsWith("<!DOCTYPE html>"));

    // A manifest that lists the team's own file (copied from elsewhere, or hostile) does not make it
    // the site's: a file not as the manifest says is never removed.
    const QString manifest = dir + QStringLiteral("/") + QString::fromLatin1(SitePublisher::kManifest);
    QFile m(manifest);
    REQUIRE(m.open(QIODevice::ReadOnly));
    QJsonObject listed = QJsonDocument::fromJson(m.readAll()).object();
    m.close();
    QJsonObject files = listed.value(QStringLiteral("files")).toObject();
    files.insert(QStringLiteral("notas.txt"), QJsonObject{{QStringLiteral("sha256"), QStringLiteral("0000")}});
    listed.insert(QStringLiteral("files"), files);
    test::writeFile(manifest, QJsonDocument(listed).toJson());
    result = SitePublisher::publish(buildWebsite(*file), dir);
    CHECK(result.removed == 0);
    CHECK(read(dir + QStringLiteral("/notas.txt")) == "del equipo");

    // A meeting no longer in the forum: its pages go, the team's notes stay.
    const Meeting gone = Table<Meeting>(*file).list(QStringLiteral("status = 'published'")).first();
    file->database().exec(QStringLiteral("DELETE FROM meeting WHERE id = %1").arg(gone.id));
    result = SitePublisher::publish(buildWebsite(*file), dir);
    CHECK(result.removed >= 4); // page, notice, minutes HTML and PDF
    CHECK_FALSE(QFileInfo::exists(QStringLiteral("%1/meetings/%2.html").arg(dir, gone.uid)));
    CHECK_FALSE(QFileInfo::exists(QStringLiteral("%1/meetings/%2-minutes.pdf").arg(dir, gone.uid)));
    CHECK(read(dir + QStringLiteral("/notas.txt")) == "del equipo");
    CHECK(test::brokenLinks(dir) == QStringList());

    // A manifest that is a link to a file elsewhere: neither read nor written.
    const QString outside = folder.file(QStringLiteral("fuera.json"));
    test::writeFile(outside, "{\"files\": {}}");
    QFile::remove(manifest);
    REQUIRE(QFile::link(outside, manifest));
    CHECK_THROWS_AS(SitePublisher::publish(buildWebsite(*file), dir), StorageError);
    CHECK(read(outside) == "{\"files\": {}}");
    QFile::remove(manifest);

    // A damaged manifest: Forum Desk can no longer tell its files from others, and says so.
    test::writeFile(dir + QStringLiteral("/") + QString::fromLatin1(SitePublisher::kManifest), "{no");
    try {
        SitePublisher::publish(buildWebsite(*file), dir);
        FAIL("published without knowing its own files");
    } catch (const StorageError &e) {
        CHECK(e.message().contains(QString::fromLatin1(SitePublisher::kManifest)));
    }
    // A file where the folder should be.
    test::writeFile(folder.file(QStringLiteral("archivo")), "x");
    CHECK_THROWS_AS(SitePublisher::publish(buildWebsite(*file), folder.file(QStringLiteral("archivo"))), StorageError);
}

TEST_CASE("Text with markup, scripts and odd addresses is shown as text on the website, never run", "[website]")
{
    test::TempFolder folder;
    auto file = createForum(folder.file(QStringLiteral("hostil.ogpforum")), QStringLiteral("Foro <b>negrita</b> & \"comillas\""));
    Member member = test::makeMember(QStringLiteral("<script>alert('m')</script>"));
    member.organization = QStringLiteral("\"><img src=x onerror=alert(1)>");
    Table<Member>(*file).create(member);
    ActionPlan plan;
    plan.title = QStringLiteral("Plan </title><script>alert(2)</script>");
    plan.periodStart = QDate(2025, 1, 1);
    plan.periodEnd = QDate(2027, 8, 31);
    plan.stage = QString(key::PlanStage::Implement);
    Table<ActionPlan>(*file).create(plan);
    Commitment c;
    c.planId = plan.id;
    c.number = QStringLiteral("1");
    c.title = QStringLiteral("<a href=\"javascript:alert(3)\">clic</a>");
    c.problem = QStringLiteral("Línea 1\n\n<iframe src=\"https://example.org\"></iframe>");
    Table<Commitment>(*file).create(c);
    Milestone m;
    m.commitmentId = c.id;
    m.activity = QStringLiteral("Hito & <u>subrayado</u>");
    Table<Milestone>(*file).create(m);
    ProgressUpdate u;
    u.milestoneId = m.id;
    u.reportedOn = QDate(2025, 3, 1);
    u.percent = 50;
    u.evidence = QStringLiteral("javascript:alert(4)");
    Table<ProgressUpdate>(*file).create(u);
    ProgressUpdate v = u;
    v.id = 0;
    v.uid.clear();
    v.reportedOn = QDate(2025, 4, 1);
    v.evidence = QStringLiteral("https://example.org/informe?a=1&b=\"2\"");
    Table<ProgressUpdate>(*file).create(v);
    Meeting meeting;
    meeting.title = QStringLiteral("Sesión <script>alert(5)</script>");
    meeting.startsAt = QDateTime(QDate(2099, 1, 10), QTime(10, 0));
    meeting.endsAt = QDateTime(QDate(2099, 1, 10), QTime(12, 0));
    meeting.link = QStringLiteral("javascript:alert(6)");
    Table<Meeting>(*file).create(meeting);

    // A file could hold any 36 characters as a uid, and control characters in its text.
    file->database().exec(QStringLiteral("UPDATE forum SET uid = '</id><title>x</title><id>yaaaaaaaaaa'"));
    file->database().exec(QStringLiteral("UPDATE meeting SET uid = '../../../../../../../tmp/fuera.htmlx'"));
    file->database().exec(QStringLiteral("UPDATE meeting SET title = 'Sesión' || char(11) || 'vertical'"));

    const QString dir = folder.file(QStringLiteral("sitio"));
    SitePublisher::publish(buildWebsite(*file), dir);
    CHECK(test::brokenLinks(dir) == QStringList());
    CHECK(test::htmlErrors(dir) == QStringList());
    CHECK_FALSE(QFileInfo::exists(QStringLiteral("/tmp/fuera.html")));
    QXmlStreamReader feed(read(dir + QStringLiteral("/feed.atom")));
    while (!feed.atEnd())
        feed.readNext();
    CHECK_FALSE(feed.hasError());
    const QMap<QString, QString> texts = siteTexts(dir);
    CHECK_FALSE(texts.value(QStringLiteral("feed.atom")).contains(QStringLiteral("<title>x</title>")));
    for (auto it = texts.cbegin(); it != texts.cend(); ++it) {
        if (!it.key().endsWith(QLatin1String(".html")))
            continue;
        INFO(it.key().toStdString());
        CHECK_FALSE(it.value().contains(QStringLiteral("<script>alert")));
        CHECK_FALSE(it.value().contains(QStringLiteral("<img src=x")));
        CHECK_FALSE(it.value().contains(QStringLiteral("<iframe")));
        CHECK_FALSE(it.value().contains(QStringLiteral("href=\"javascript:")));
        CHECK_FALSE(it.value().contains(QStringLiteral("<u>subrayado")));
    }
    const QString commitment = texts.value(QStringLiteral("commitments/%1.html").arg(c.uid));
    CHECK(commitment.contains(QStringLiteral("&lt;iframe")));
    CHECK(commitment.contains(QStringLiteral("javascript:alert(4)"))); // shown as text
    CHECK(commitment.contains(QStringLiteral("<a href=\"https://example.org/informe?a=1&amp;b=&quot;2&quot;\">")));
    CHECK(texts.value(QStringLiteral("index.html")).contains(QStringLiteral("Foro &lt;b&gt;negrita&lt;/b&gt; &amp; &quot;comillas&quot;")));
    // The search index is data, not markup: a title cannot end its script.
    CHECK_FALSE(texts.value(QStringLiteral("search-index.js")).contains(QStringLiteral("</script>")));
}

TEST_CASE("A publication that fails half-way keeps the list of what it wrote, so the next one finishes it", "[website]")
{
    test::TempFolder folder;
    const QString dir = folder.file(QStringLiteral("sitio"));
    Website site;
    site.files.append({QStringLiteral("index.html"), "<!DOCTYPE html>", {}, nullptr});
    site.files.append({QStringLiteral("doc/informe.pdf"), {}, "v1", []() -> QByteArray {
                           throw StorageError(StorageError::Kind::Io, QStringLiteral("disco lleno"));
                       }});
    CHECK_THROWS_AS(SitePublisher::publish(site, dir), StorageError);
    CHECK(read(dir + QStringLiteral("/index.html")) == "<!DOCTYPE html>");
    site.files[1].make = []() { return QByteArray("%PDF-1.4"); };
    const PublishResult result = SitePublisher::publish(site, dir);
    CHECK(result.written == 1);
    CHECK(result.unchanged == 1);
    CHECK(read(dir + QStringLiteral("/doc/informe.pdf")) == "%PDF-1.4");
    // A file where the site needs a folder: named before anything is written.
    test::writeFile(dir + QStringLiteral("/datos"), "x");
    site.files.append({QStringLiteral("datos/tabla.csv"), "a,b", {}, nullptr});
    try {
        SitePublisher::publish(site, dir);
        FAIL("wrote under a file");
    } catch (const StorageError &e) {
        CHECK(e.message().contains(QStringLiteral("datos")));
    }
}
