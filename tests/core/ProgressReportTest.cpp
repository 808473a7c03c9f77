// SPDX-License-Identifier: GPL-3.0-or-later
// The progress report: every commitment of a plan with its progress, completion level, milestones
// and latest updates with their evidence, in the forum's language; user text stays text in every
// format; the charts go into every format as pictures.
#include <catch2/catch.hpp>

#include "tests/support/TestSupport.h"
#include "core/forum/Vocabulary.h"
#include "core/forum/ForumClock.h"
#include "core/stats/PlanStats.h"
#include "core/documents/DocumentBuilder.h"
#include "core/documents/DocumentLanguage.h"
#include "core/documents/DocumentWriter.h"
#include "core/forum/NewForum.h"
#include "core/implementation/ProgressReportDocument.h"
#include "core/implementation/ProgressTracking.h"
#include "core/implementation/ProgressUpdate.h"
#include "core/plans/ActionPlan.h"
#include "core/plans/Commitment.h"
#include "core/plans/Milestone.h"
#include "core/sample/SampleForum.h"
#include "core/storage/Database.h"
#include "core/storage/StorageError.h"
#include "core/storage/Table.h"

#include <QFile>
#include <QPainter>
#include <QRegularExpression>
#include <QSet>
#include <QTextBlock>
#include <QTextDocument>

using namespace forumdesk;

namespace {

const QDate kToday(2026, 3, 15);
const QString kMarkup = QStringLiteral("<b>Informe</b> & **entregado** [ver](javascript:alert(1)) #1");

QByteArray readAll(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

// A forum in English with one plan: commitment 2 has a heavy milestone under way and a light one
// overdue, with a narrative and evidence that look like markup; commitment 10 has no milestones
// and a completion level the forum set against the (absent) progress, with its reason.
struct ReportedPlan {
    test::TempFolder folder;
    std::unique_ptr<ForumFile> file;
    ActionPlan plan;
    Commitment data;
    Commitment empty;
    Milestone heavy;
    Milestone light;

    ReportedPlan()
    {
        file = createForum(folder.file(QStringLiteral("f.ogpforum")), QStringLiteral("Open Forum"), QStringLiteral("en"));
        plan.title = QStringLiteral("Third Action Plan");
        plan.periodStart = QDate(2025, 1, 1);
        plan.periodEnd = QDate(2027, 8, 31);
        plan.stage = QStringLiteral("implement");
        Table<ActionPlan>(*file).create(plan);
        data.planId = empty.planId = plan.id;
        data.number = QStringLiteral("2");
        data.title = QStringLiteral("Open budget data");
        data.leadAgency = QStringLiteral("Ministry of Finance");
        empty.number = QStringLiteral("10");
        empty.title = QStringLiteral("Citizen panels");
        empty.completionLevel = QStringLiteral("limited");
        empty.completionReason = QStringLiteral("Two pilots ran without milestones");
        Table<Commitment>(*file).create(data);
        Table<Commitment>(*file).create(empty);
        const auto milestone = [&](const QString &activity, double weight, const QDate &end) {
            Milestone m;
            m.commitmentId = data.id;
            m.activity = activity;
            m.weight = weight;
            m.startOn = QDate(2025, 1, 1);
            m.endOn = end;
            Table<Milestone>(*file).create(m);
            return m;
        };
        heavy = milestone(QStringLiteral("Publish the budget as open data"), 3, QDate(2026, 6, 30));
        light = milestone(QStringLiteral("Train journalists"), 1, QDate(2025, 6, 30));
        const auto update = [&](const Milestone &m, const QDate &on, int percent, const QString &narrative,
                                const QString &evidence) {
            ProgressUpdate u;
            u.milestoneId = m.id;
            u.reportedOn = on;
            u.percent = percent;
            u.status = QStringLiteral("on_track");
            u.narrative = narrative;
            u.evidence = evidence;
            u.reporter = QStringLiteral("Ana <i>Pérez</i>");
            Table<ProgressUpdate>(*file).create(u);
        };
        update(heavy, QDate(2025, 3, 1), 20, QStringLiteral("First datasets out"), QStringLiteral("https://example.org/first.csv"));
        update(heavy, QDate(2025, 9, 1), 40, QStringLiteral("Oldest, beyond the latest few"), QStringLiteral("https://example.org/old.pdf"));
        update(heavy, QDate(2025, 12, 1), 60, kMarkup + QStringLiteral("\nSecond line"), QStringLiteral("https://example.org/a_b*c.pdf"));
        update(heavy, QDate(2026, 2, 1), 60, QStringLiteral("Portal in testing"), QStringLiteral("actas/portal.pdf"));
        update(light, QDate(2025, 5, 1), 40, QStringLiteral("One workshop of three"), QString());
    }
};

// A picture a chart could be: drawn at twice the page's width, with a colour to find it by.
QImage picture(const QColor &colour)
{
    QImage image(1200, 720, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.fillRect(QRect(100, 100, 1000, 520), colour);
    painter.end();
    return image;
}

QString collapsed(QString text)
{
    text.replace(QChar(0x00A0), QLatin1Char(' '));
    return text.simplified();
}

QString bare(QString text)
{
    text = text.normalized(QString::NormalizationForm_KC); // a PDF's ligatures (ﬁ) undone
    text.removeIf([](QChar c) { return c.isSpace(); });
    return text;
}

QString plainTextOf(const QString &path, DocumentWriter::Format format)
{
    switch (format) {
    case DocumentWriter::Format::Pdf:
        return test::toolText(QStringLiteral("pdftotext"), {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")});
    case DocumentWriter::Format::Odt: {
        QTextDocument doc;
        doc.setHtml(test::toolText(QStringLiteral("unzip"), {QStringLiteral("-p"), path, QStringLiteral("content.xml")}));
        return doc.toPlainText();
    }
    case DocumentWriter::Format::Html: {
        QTextDocument doc;
        doc.setHtml(QString::fromUtf8(readAll(path)));
        return doc.toPlainText();
    }
    case DocumentWriter::Format::Markdown: {
        QTextDocument doc;
        doc.setMarkdown(QString::fromUtf8(readAll(path)));
        return doc.toPlainText();
    }
    }
    return {};
}

// The PNG pictures behind data: URIs in a text, decoded.
QList<QImage> dataImages(const QString &text)
{
    QList<QImage> images;
    static const QRegularExpression uri(QStringLiteral("data:image/png;base64,([A-Za-z0-9+/=]+)"));
    for (auto it = uri.globalMatch(text); it.hasNext();)
        images << QImage::fromData(QByteArray::fromBase64(it.next().captured(1).toLatin1()), "PNG");
    return images;
}

} // namespace

TEST_CASE("The progress report holds every commitment of the sample's current plan with its progress, level and latest evidence",
          "[progress-report]")
{
    test::TempFolder folder;
    auto file = createSampleForum(folder.file(QStringLiteral("muestra.ogpforum")));
    const qint64 planId = file->database()
                              .scalar(QStringLiteral("SELECT id FROM action_plan WHERE stage = 'implement' "
                                                     "ORDER BY period_start DESC LIMIT 1"))
                              .toLongLong();
    REQUIRE(planId > 0);
    const QDate today = QDate::currentDate();
    const ProgressReportContent content = ProgressReportContent::load(*file, planId, today);
    REQUIRE(content.commitments.size() >= 3);
    const QString text = collapsed(ProgressReportDocument::build(content)->toPlainText());
    const DocumentLanguage lang(QStringLiteral("es"));
    const auto t = [&](const char *source) { return lang.text("ProgressReport", source); };

    // In the forum's language (Spanish), whatever the interface speaks (English in tests).
    CHECK(text.contains(content.plan.title));
    CHECK(text.contains(lang.longDate(today)));
    CHECK(text.contains(lang.label(Vocabulary::List::PlanStage, QStringLiteral("implement"))));

    qsizetype previous = -1;
    for (qsizetype i = 0; i < content.commitments.size(); ++i) {
        const CommitmentProgress &p = content.commitments.at(i);
        INFO(p.number.toStdString() + ". " + p.title.toStdString());
        // Each commitment's section, in plan order, from its heading to the next one's.
        const QString heading = QStringLiteral("%1. %2 %3:").arg(p.number, p.title, t("Lead implementing agency"));
        const qsizetype start = text.indexOf(heading);
        REQUIRE(start > previous);
        previous = start;
        qsizetype end = text.size();
        if (i + 1 < content.commitments.size())
            end = text.indexOf(QStringLiteral("%1. %2 ").arg(content.commitments.at(i + 1).number, content.commitments.at(i + 1).title), start);
        const QString section = text.mid(start, end - start);
        CHECK(section.contains(p.leadAgency));
        CHECK(section.contains(QStringLiteral("%1: %2 %").arg(t("Progress")).arg(qRound(p.percent))));
        CHECK(section.contains(QStringLiteral("%1: %2").arg(t("Completion level"), lang.label(Vocabulary::List::Completion, p.level))));
        if (p.overridden)
            CHECK(section.contains(p.reason));
        // Every milestone, with its latest update's narrative and evidence.
        for (const Milestone &m : Table<Milestone>(*file).list(QStringLiteral("commitment_id = ?"), {p.commitmentId})) {
            CHECK(section.contains(m.activity.simplified()));
            const QList<ProgressUpdate> latest = Table<ProgressUpdate>(*file).list(
                QStringLiteral("milestone_id = ?"), {m.id}, QStringLiteral("reported_on DESC, id DESC LIMIT 1"));
            if (latest.isEmpty())
                continue;
            CHECK(section.contains(latest.first().narrative.simplified()));
            if (!latest.first().evidence.isEmpty())
                CHECK(section.contains(latest.first().evidence));
            CHECK(section.contains(latest.first().reporter));
        }
    }
}

TEST_CASE("The progress report sums the plan up and marks what is late and what the forum decided", "[progress-report]")
{
    ReportedPlan r;
    const auto document = ProgressReportDocument::build(*r.file, r.plan.id, kToday);
    const QString text = collapsed(document->toPlainText());
    INFO(text.toStdString());
    CHECK(text.contains(QStringLiteral("Progress report")));
    CHECK(text.contains(QStringLiteral("Open Forum — Third Action Plan")));
    CHECK(text.contains(QStringLiteral("Report date: 15 March 2026")));
    // Commitment 2: (3 × 60 + 1 × 40) / 4 = 55 %; commitment 10 has nothing to measure.
    CHECK(text.contains(QStringLiteral("Overall progress: 55 %")));
    CHECK(text.contains(QStringLiteral("Milestones: 0 done, 1 overdue, of 2")));
    CHECK(text.contains(QStringLiteral("Last progress update: 1 February 2026")));
    CHECK(text.contains(QStringLiteral("Completion level Commitments Limited 1 Substantial 1")));
    // Plan order: 2 before 10, in the overview and in the sections.
    CHECK(text.indexOf(QStringLiteral("2. Open budget data")) < text.indexOf(QStringLiteral("10. Citizen panels")));
    CHECK(text.contains(QStringLiteral("Progress: 55 % (0 of 2 done, 1 overdue)")));
    CHECK(text.contains(QStringLiteral("Completion level: Limited, set by the forum (progress suggests Not started)")));
    CHECK(text.contains(QStringLiteral("The forum's reason: Two pilots ran without milestones")));
    // The milestones table: the light milestone ended in June 2025 at 40 %.
    CHECK(text.contains(QStringLiteral("Train journalists 30 Jun 2025 (overdue) 40 % On track")));
    CHECK(text.contains(QStringLiteral("Publish the budget as open data 30 Jun 2026 60 % On track")));
    // The latest two updates of each milestone, newest first, with evidence and reporter.
    CHECK(text.contains(QStringLiteral("1 Feb 2026 · 60 % · On track — Portal in testing — Evidence: actas/portal.pdf — Reported by Ana <i>Pérez</i>")));
    CHECK(text.contains(QStringLiteral("1 Dec 2025 · 60 % · On track — ") + kMarkup + QStringLiteral(" Second line — Evidence: https://example.org/a_b*c.pdf")));
    CHECK(text.indexOf(QStringLiteral("Portal in testing")) < text.indexOf(QStringLiteral("Second line")));
    CHECK_FALSE(text.contains(QStringLiteral("Oldest, beyond the latest few")));
    CHECK(text.contains(QStringLiteral("1 May 2025 · 40 % · On track — One workshop of three — Reported by")));
}

TEST_CASE("Markup in a narrative stays text in every format", "[progress-report][security]")
{
    ReportedPlan r;
    const auto document = ProgressReportDocument::build(*r.file, r.plan.id, kToday);
    using F = DocumentWriter::Format;
    for (const auto &[format, suffix] : {std::pair{F::Pdf, "pdf"}, {F::Odt, "odt"}, {F::Html, "html"}, {F::Markdown, "md"}}) {
        INFO(suffix);
        const QString path = r.folder.file(QStringLiteral("report.") + QLatin1String(suffix));
        DocumentWriter::write(*document, path, format);
        // Without white space: a PDF wraps lines where the page ends them.
        const QString text = bare(plainTextOf(path, format));
        INFO(text.left(4000).toStdString());
        CHECK(text.contains(bare(kMarkup)));
        CHECK(text.contains(bare(QStringLiteral("Ana <i>Pérez</i>"))));
        CHECK(text.contains(bare(QStringLiteral("2. Open budget data"))));
        CHECK(text.contains(bare(QStringLiteral("10. Citizen panels"))));
    }
    const QString html = QString::fromUtf8(readAll(r.folder.file(QStringLiteral("report.html"))));
    CHECK_FALSE(html.contains(QStringLiteral("<b>Informe</b>")));
    CHECK(html.contains(QStringLiteral("&lt;b&gt;Informe&lt;/b&gt;")));
    const QString md = QString::fromUtf8(readAll(r.folder.file(QStringLiteral("report.md"))));
    CHECK_FALSE(md.contains(QStringLiteral("[ver](javascript")));
}

TEST_CASE("The charts go into every format as sharp pictures under their captions", "[progress-report][documents]")
{
    ReportedPlan r;
    const QList<ReportFigure> figures{{QStringLiteral("Figure 1. Progress over time"), picture(QColor(0x20, 0x60, 0xc0))},
                                      {QStringLiteral("Figure 2. By <lead> agency & value"), picture(QColor(0xc0, 0x40, 0x20))}};
    const auto document = ProgressReportDocument::build(*r.file, r.plan.id, kToday, figures);
    const QString text = document->toPlainText();
    CHECK(text.contains(QStringLiteral("Figure 1. Progress over time")));
    // The charts come after the summary, before the commitments' sections.
    CHECK(text.indexOf(QStringLiteral("Figure 2.")) > text.indexOf(QStringLiteral("Overall progress")));
    CHECK(text.indexOf(QStringLiteral("Figure 2.")) < text.indexOf(QStringLiteral("The forum's reason")));

    SECTION("PDF: both pictures, at their full resolution")
    {
        const QString path = r.folder.file(QStringLiteral("report.pdf"));
        DocumentWriter::write(*document, path, DocumentWriter::Format::Pdf);
        const QStringList lines = test::toolText(QStringLiteral("pdfimages"), {QStringLiteral("-list"), path}).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        int images = 0;
        for (const QString &line : lines) {
            const QStringList cells = line.simplified().split(QLatin1Char(' '));
            // page num type width height ...: the pictures, not their soft masks.
            if (cells.size() > 4 && cells.at(2) == QLatin1String("image") && cells.at(3) == QLatin1String("1200")
                && cells.at(4) == QLatin1String("720"))
                ++images;
        }
        CHECK(images == 2);
        const QString pdfText = collapsed(plainTextOf(path, DocumentWriter::Format::Pdf));
        CHECK(pdfText.contains(QStringLiteral("Figure 2. By <lead> agency & value")));
    }
    SECTION("ODT: both pictures in Pictures/, shown at the text's width")
    {
        const QString path = r.folder.file(QStringLiteral("report.odt"));
        DocumentWriter::write(*document, path, DocumentWriter::Format::Odt);
        const QString listing = test::toolText(QStringLiteral("unzip"), {QStringLiteral("-l"), path});
        INFO(listing.toStdString());
        CHECK(listing.count(QRegularExpression(QStringLiteral("Pictures/\\S+"))) == 2);
        const QString content = test::toolText(QStringLiteral("unzip"), {QStringLiteral("-p"), path, QStringLiteral("content.xml")});
        CHECK(content.count(QStringLiteral("<draw:image")) == 2);
        CHECK(content.contains(QStringLiteral("svg:width=\"15.875cm\""))); // 600 px at 96 dpi
        CHECK(content.count(QStringLiteral("<svg:title>")) == 2); // each picture described
        CHECK(content.contains(QStringLiteral("Figure 2. By &lt;lead&gt; agency &amp; value")));
    }
    SECTION("HTML: one file, the pictures inline as data: URIs with their captions as alternative text")
    {
        const QString path = r.folder.file(QStringLiteral("report.html"));
        DocumentWriter::write(*document, path, DocumentWriter::Format::Html);
        const QString html = QString::fromUtf8(readAll(path));
        CHECK_FALSE(html.contains(QStringLiteral("forumdesk-image")));
        const QList<QImage> images = dataImages(html);
        REQUIRE(images.size() == 2);
        CHECK(images.at(0).size() == QSize(1200, 720));
        CHECK(images.at(1).pixelColor(600, 360) == QColor(0xc0, 0x40, 0x20));
        CHECK(html.contains(QStringLiteral("alt=\"Figure 2. By &lt;lead&gt; agency &amp; value\"")));
        CHECK(html.contains(QStringLiteral("width=\"600\"")));
    }
    SECTION("Markdown: one file, the pictures as data: URIs at its end, the text readable")
    {
        const QString path = r.folder.file(QStringLiteral("report.md"));
        DocumentWriter::write(*document, path, DocumentWriter::Format::Markdown);
        const QString md = QString::fromUtf8(readAll(path));
        CHECK(md.contains(QStringLiteral("![Figure 1. Progress over time][forumdesk-image-1.png]")));
        CHECK(md.contains(QStringLiteral("\n[forumdesk-image-2.png]: data:image/png;base64,")));
        const QList<QImage> images = dataImages(md);
        REQUIRE(images.size() == 2);
        CHECK(images.at(0).pixelColor(600, 360) == QColor(0x20, 0x60, 0xc0));
        // The pictures come after the text: the commitments are read before any base64.
        CHECK(md.indexOf(QStringLiteral("data:image")) > md.indexOf(QStringLiteral("Citizen panels")));
        // A Markdown reader shows the pictures (Qt's own reader resolves the references).
        QTextDocument read;
        read.setMarkdown(md);
        QSet<QString> pictures;
        for (QTextBlock block = read.begin(); block.isValid(); block = block.next())
            for (auto it = block.begin(); !it.atEnd(); ++it)
                if (it.fragment().charFormat().isImageFormat())
                    pictures << it.fragment().charFormat().toImageFormat().name();
        CHECK(pictures.size() == 2);
        for (const QString &name : pictures)
            CHECK(name.startsWith(QLatin1String("data:image/png;base64,")));
    }
}

TEST_CASE("A plan that does not exist is named in the error", "[progress-report]")
{
    ReportedPlan r;
    CHECK_THROWS_AS(ProgressReportDocument::build(*r.file, 999, kToday), StorageError);
}

TEST_CASE("Web addresses in user text become links that a reader can open, nothing else does", "[documents][security]")
{
    DocumentBuilder builder(QStringLiteral("Links"));
    builder.paragraph(QStringLiteral("Evidence: https://datos.example.gob/informe_2026?a=1&b=2. See also (https://example.org/x)."));
    builder.bullets({QStringLiteral("javascript:alert(1) and <b>bold</b> stay text"), QStringLiteral("http://a.example/b_c")});
    builder.table({QStringLiteral("Evidence")}, {{QStringLiteral("https://x.example/acta.pdf")}});
    auto document = builder.take();

    // Every block in order, table cells included.
    QStringList anchors;
    for (QTextBlock block = document->firstBlock(); block.isValid(); block = block.next())
        for (auto it = block.begin(); !it.atEnd(); ++it)
            if (it.fragment().charFormat().isAnchor())
                anchors << it.fragment().charFormat().anchorHref();
    CHECK(anchors == QStringList{QStringLiteral("https://datos.example.gob/informe_2026?a=1&b=2"),
                                 QStringLiteral("https://example.org/x"), QStringLiteral("http://a.example/b_c"),
                                 QStringLiteral("https://x.example/acta.pdf")});
    // The text reads as written; markup and other schemes stay plain text.
    CHECK(document->toPlainText().contains(QStringLiteral("See also (https://example.org/x).")));
    const QString html = document->toHtml();
    CHECK(html.contains(QStringLiteral("href=\"https://datos.example.gob/informe_2026?a=1&amp;b=2\"")));
    CHECK_FALSE(html.contains(QStringLiteral("href=\"javascript")));
    CHECK(html.contains(QStringLiteral("&lt;b&gt;bold&lt;/b&gt;")));
    const QString markdown = DocumentBuilder::markdownOf(*document);
    CHECK(markdown.contains(QStringLiteral("<https://datos.example.gob/informe_2026?a=1&b=2>.")));
    CHECK(markdown.contains(QStringLiteral("(<https://example.org/x>).")));
    CHECK(markdown.contains(QStringLiteral("| <https://x.example/acta.pdf> |")));
    CHECK(markdown.contains(QStringLiteral("\\<b\\>bold")));
}

TEST_CASE("The completion chart, the progress report and the Implement page count the same levels, for every plan of both samples", "[progress][stats]")
{
    for (const QString &language : {QStringLiteral("es"), QStringLiteral("en")}) {
        test::TempFolder folder;
        SampleOptions options;
        options.language = language;
        auto file = createSampleForum(folder.file(QStringLiteral("muestra.ogpforum")), options);
        const QDate today = ForumClock::of(*file).today();
        const DocumentLanguage lang(language);
        const QList<StatSeries> chart = PlanStats::completionLevels(*file);
        for (const ActionPlan &plan : Table<ActionPlan>(*file).list({}, {}, QStringLiteral("period_start, id"))) {
            INFO(language.toStdString() << ": " << plan.title.toStdString());
            QMap<QString, int> implementPage;
            for (const CommitmentProgress &p : ProgressTracking::forPlan(*file, plan.id, today))
                ++implementPage[p.level];
            const QString report = DocumentBuilder::markdownOf(*ProgressReportDocument::build(*file, plan.id, today));
            for (const StatSeries &series : chart) {
                const auto point = std::find_if(series.points.cbegin(), series.points.cend(),
                                                [&](const StatPoint &pt) { return pt.label == plan.title; });
                REQUIRE(point != series.points.cend());
                const int charted = int(point->value);
                INFO(series.key.toStdString());
                CHECK(charted == implementPage.value(series.key));
                // The report's summary table has the same row, or none when no commitment has the level.
                const QString row = QStringLiteral("| %1 | %2 |").arg(lang.label(Vocabulary::List::Completion, series.key),
                                                                      lang.locale().toString(charted));
                CHECK(report.contains(row) == (charted > 0));
            }
        }
    }
}
