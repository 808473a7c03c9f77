// SPDX-License-Identifier: GPL-3.0-or-later
// OpenDocument Text: what a word processor needs to lay a document out as Forum Desk does (column
// widths, outline headings, running header and page numbers, language, pictures' alternative text),
// checked in the parts of the file itself.
#include <catch2/catch.hpp>

#include "tests/support/TestSupport.h"
#include "core/documents/DocumentBuilder.h"
#include "core/documents/DocumentLanguage.h"
#include "core/documents/OdtWriter.h"

#include <QFile>
#include <QImage>
#include <QRegularExpression>
#include <QTextDocument>
#include <QXmlStreamReader>

using namespace forumdesk;

namespace {

const QString kMarkup = QStringLiteral("<b>Juana</b> & \"Pérez\"");
const QString kChinese = QStringLiteral("王芳");
const QString kArabic = QStringLiteral("ليلى");
const QString kCaption = QStringLiteral("Avance por trimestre <2026>");
const QList<int> kWidths{28, 34, 16, 22};

// The document every check reads: a Spanish report with each kind of block DocumentBuilder makes.
std::unique_ptr<QTextDocument> report()
{
    DocumentBuilder doc(QStringLiteral("Informe de avance"));
    doc.setRunningHead(DocumentLanguage(QStringLiteral("es")), QStringLiteral("Foro de Prueba"), QDate(2026, 5, 12));
    doc.title(QStringLiteral("Informe de avance"), QStringLiteral("Mayo de 2026"));
    doc.heading(QStringLiteral("Participantes"), 2);
    doc.paragraph(kMarkup + QStringLiteral(" con ") + kChinese + QStringLiteral(" y ") + kArabic);
    doc.field(QStringLiteral("Enlace"), QStringLiteral("https://example.org/acta?id=7&x=1"));
    doc.heading(QStringLiteral("Acuerdos"), 3);
    doc.bullets({QStringLiteral("Primero"), QStringLiteral("Segundo")});
    doc.numbered({QStringLiteral("Uno"), QStringLiteral("Dos")});
    QList<QStringList> rows;
    for (int row = 0; row < 30; ++row)
        rows << QStringList{QStringLiteral("Compromiso %1").arg(row), QStringLiteral("Una descripción larga del avance"),
                            QStringLiteral("12 may 2026"), kArabic};
    doc.table({QStringLiteral("Nombre"), QStringLiteral("Descripción"), QStringLiteral("Fecha"), QStringLiteral("Responsable")},
              rows, kWidths);
    doc.pageBreak();
    QImage chart(1200, 600, QImage::Format_RGB32);
    chart.fill(Qt::white);
    doc.image(chart, kCaption);
    return doc.take();
}

// The ODT's bytes, also saved in `folder` as report.odt for unzip to read.
QByteArray writtenOdt(const QTextDocument &document, const test::TempFolder &folder)
{
    const QByteArray bytes = OdtWriter::write(document);
    test::writeFile(folder.file(QStringLiteral("report.odt")), bytes);
    return bytes;
}

// A file inside report.odt, as unzip gives it.
QByteArray partBytes(const test::TempFolder &folder, const QString &name)
{
    return test::toolOutput(QStringLiteral("unzip"), {QStringLiteral("-p"), folder.file(QStringLiteral("report.odt")), name});
}

QString part(const test::TempFolder &folder, const QString &name)
{
    return QString::fromUtf8(partBytes(folder, name));
}

// The XML reader's complaint about a part, empty when it is well-formed.
QString xmlError(const QString &xml)
{
    QXmlStreamReader reader(xml);
    while (!reader.atEnd())
        reader.readNext();
    return reader.hasError() ? QStringLiteral("line %1: %2").arg(reader.lineNumber()).arg(reader.errorString()) : QString();
}

} // namespace

TEST_CASE("An ODT keeps its column widths, headings, page numbers, language and picture descriptions", "[documents][odt]")
{
    test::TempFolder folder;
    const auto document = report();
    const QByteArray bytes = writtenOdt(*document, folder);

    // The file type first and stored, where a program that guesses types looks for it.
    CHECK(bytes.mid(0, 4) == QByteArrayLiteral("PK\x03\x04"));
    CHECK(bytes.at(8) == 0); // compression method 0: stored
    CHECK(bytes.at(9) == 0);
    CHECK(bytes.mid(30, 8) == QByteArrayLiteral("mimetype"));
    CHECK(bytes.mid(38, 39) == QByteArrayLiteral("application/vnd.oasis.opendocument.text"));

    const QString content = part(folder, QStringLiteral("content.xml"));
    const QString styles = part(folder, QStringLiteral("styles.xml"));
    const QString meta = part(folder, QStringLiteral("meta.xml"));
    const QString manifest = part(folder, QStringLiteral("META-INF/manifest.xml"));
    for (const QString &xml : {content, styles, meta, manifest})
        CHECK(xmlError(xml) == QString());

    // Headings are outline headings, which a table of contents and the navigator list.
    CHECK(content.contains(QStringLiteral("<text:h text:outline-level=\"2\" text:style-name=\"Heading_20_2\">Participantes</text:h>")));
    CHECK(content.contains(QStringLiteral("text:outline-level=\"3\"")));
    CHECK(styles.contains(QStringLiteral("style:default-outline-level=\"2\"")));

    // The columns keep the shares they were given, 28:34:16:22, not equal widths.
    QList<int> relative;
    QRegularExpressionMatchIterator it =
        QRegularExpression(QStringLiteral("style:rel-column-width=\"(\\d+)\\*\"")).globalMatch(content);
    while (it.hasNext())
        relative << it.next().captured(1).toInt();
    REQUIRE(relative.size() == kWidths.size());
    for (qsizetype column = 1; column < kWidths.size(); ++column) {
        INFO("column " << column + 1);
        CHECK(relative.at(column) * kWidths.at(0) == relative.at(0) * kWidths.at(column));
    }
    CHECK(content.contains(QStringLiteral("style:column-width=")));
    // The header row repeats on every page, and no row splits across two.
    const qsizetype headerRows = content.indexOf(QStringLiteral("<table:table-header-rows>"));
    REQUIRE(headerRows >= 0);
    CHECK(content.indexOf(QStringLiteral("Nombre"), headerRows) < content.indexOf(QStringLiteral("</table:table-header-rows>")));
    CHECK(content.contains(QStringLiteral("fo:keep-together=\"always\"")));

    // The picture is in the file and its caption is its alternative text.
    CHECK(content.contains(QStringLiteral("<svg:title>Avance por trimestre &lt;2026&gt;</svg:title>")));
    CHECK(content.contains(QStringLiteral("<svg:desc>Avance por trimestre &lt;2026&gt;</svg:desc>")));
    const QRegularExpressionMatch picture =
        QRegularExpression(QStringLiteral("xlink:href=\"(Pictures/[^\"]+\\.png)\"")).match(content);
    REQUIRE(picture.hasMatch());
    CHECK(manifest.contains(QStringLiteral("manifest:full-path=\"%1\" manifest:media-type=\"image/png\"").arg(picture.captured(1))));
    CHECK(QImage::fromData(partBytes(folder, picture.captured(1))).size() == QSize(1200, 600));

    // The language and author go into the metadata, the page numbers into the footer, in Spanish.
    CHECK(meta.contains(QStringLiteral("<dc:language>es</dc:language>")));
    CHECK(meta.contains(QStringLiteral("<dc:creator>Foro de Prueba</dc:creator>")));
    CHECK(meta.contains(QStringLiteral("<dc:title>Informe de avance</dc:title>")));
    CHECK(styles.contains(QStringLiteral("fo:language=\"es\"")));
    CHECK(styles.contains(QStringLiteral("<text:page-number text:select-page=\"current\">")));
    CHECK(styles.contains(QStringLiteral("<text:page-count>")));
    CHECK(styles.contains(QStringLiteral("Página")));
    // The running header names the forum and the date, from the second page on: the first page's
    // master page has a footer and no header, and the document starts on it.
    CHECK(styles.contains(QStringLiteral("Foro de Prueba \u00b7 Informe de avance<text:tab/>12 de mayo de 2026")));
    const qsizetype firstPage = styles.indexOf(QStringLiteral("style:name=\"First_20_Page\""));
    REQUIRE(firstPage >= 0);
    const QString firstMaster = styles.mid(firstPage, styles.indexOf(QStringLiteral("</style:master-page>"), firstPage) - firstPage);
    CHECK(firstMaster.contains(QStringLiteral("<style:footer>")));
    CHECK_FALSE(firstMaster.contains(QStringLiteral("<style:header")));
    CHECK(content.contains(QStringLiteral("style:master-page-name=\"First_20_Page\"")));

    // User text is text: markup shows as written, other scripts too.
    CHECK(content.contains(QStringLiteral("&lt;b&gt;Juana&lt;/b&gt; &amp;")));
    CHECK_FALSE(content.contains(QStringLiteral("<b>")));
    CHECK(content.contains(kChinese));
    CHECK(content.contains(kArabic));
    CHECK(content.contains(QStringLiteral("xlink:href=\"https://example.org/acta?id=7&amp;x=1\"")));
}

TEST_CASE("Lists in an ODT show one marker each, bullets or numbers", "[documents][odt]")
{
    test::TempFolder folder;
    const auto document = report();
    writtenOdt(*document, folder);
    const QString content = part(folder, QStringLiteral("content.xml"));
    const QString styles = part(folder, QStringLiteral("styles.xml"));
    // Each list is one <text:list> of its items' own text, numbered or bulleted by its style alone.
    CHECK(content.count(QStringLiteral("<text:list text:style-name=\"L_bullet\">")) == 1);
    CHECK(content.count(QStringLiteral("<text:list text:style-name=\"L_number\">")) == 1);
    CHECK(content.count(QStringLiteral("<text:list-item>")) == 4);
    CHECK(content.contains(QRegularExpression(QStringLiteral("<text:list-item><text:p text:style-name=\"\\w+\">Uno</text:p>"))));
    CHECK(styles.contains(QStringLiteral("text:bullet-char=\"\u2022\"")));
    const qsizetype numbers = styles.indexOf(QStringLiteral("<text:list-style style:name=\"L_number\""));
    REQUIRE(numbers >= 0);
    const QString numberStyle = styles.mid(numbers, styles.indexOf(QStringLiteral("</text:list-style>"), numbers) - numbers);
    CHECK(numberStyle.contains(QStringLiteral("style:num-format=\"1\"")));
    CHECK(numberStyle.contains(QStringLiteral("style:num-suffix=\".\"")));
    CHECK_FALSE(numberStyle.contains(QStringLiteral("text:bullet-char")));
}

TEST_CASE("An ODT of an empty document or of text with control characters is still a readable file", "[documents][odt]")
{
    test::TempFolder folder;
    SECTION("an empty document")
    {
        DocumentBuilder doc(QString{});
        const auto document = doc.take();
        writtenOdt(*document, folder);
    }
    SECTION("control characters, lone surrogates and runs of spaces")
    {
        DocumentBuilder doc(QStringLiteral("Título\x01"));
        doc.paragraph(QStringLiteral("a\x01\x0b") + QChar(0xD800) + QStringLiteral("b  c\td") + QChar(0xFFFE));
        doc.table({QStringLiteral("Vacía")}, {});
        const auto document = doc.take();
        writtenOdt(*document, folder);
        const QString content = part(folder, QStringLiteral("content.xml"));
        CHECK(content.contains(QStringLiteral(">ab <text:s text:c=\"1\"/>c<text:tab/>d</text:p>")));
    }
    for (const char *name : {"content.xml", "styles.xml", "meta.xml", "META-INF/manifest.xml"}) {
        INFO(name);
        CHECK(xmlError(part(folder, QLatin1String(name))) == QString());
    }
}
