// SPDX-License-Identifier: GPL-3.0-or-later
// A PDF as a reader meets it on paper and on screen: the running header and "page X of Y", rows
// and headings that a page's foot never cuts off, and the title, author, language and bookmarks
// that a PDF reader shows. Read back with poppler (pdftotext, pdfinfo, pdftohtml) and qpdf.
#include <catch2/catch.hpp>

#include "tests/support/TestSupport.h"
#include "core/documents/DocumentBuilder.h"
#include "core/documents/DocumentLanguage.h"
#include "core/documents/OdtWriter.h"
#include "core/documents/PdfWriter.h"

#include <QFont>
#include <QFontMetricsF>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTextDocument>

using namespace forumdesk;

namespace {

const QString kForum = QStringLiteral("Foro «Montealto» (prueba) \\ 王芳 𝄞");
const QString kTitle = QStringLiteral("BORRADOR — Acta de prueba");

// The text of each page, in order, ligatures undone and white space collapsed.
QStringList pagesOf(const QString &path)
{
    const QString text = test::toolText(QStringLiteral("pdftotext"), {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")});
    QStringList pages = text.split(QChar(0x0C));
    if (!pages.isEmpty() && pages.back().trimmed().isEmpty())
        pages.removeLast();
    for (QString &page : pages)
        page = page.normalized(QString::NormalizationForm_KC).simplified();
    return pages;
}

// Sections of varying length, each a heading and its first paragraph; tables whose rows wrap over
// several lines; enough of both that page feet fall on headings and inside rows.
std::unique_ptr<QTextDocument> longReport()
{
    DocumentBuilder doc(kTitle);
    doc.setRunningHead(DocumentLanguage(QStringLiteral("es")), kForum, QDate(2026, 10, 22));
    doc.title(kForum, kTitle);
    for (int section = 1; section <= 40; ++section) {
        doc.heading(QStringLiteral("Sección %1").arg(section), section % 5 == 0 ? 2 : 3);
        doc.paragraph(QStringLiteral("Cuerpo %1 ").arg(section) + QStringLiteral("texto de relleno ").repeated(2 + 4 * (section % 7)));
        if (section % 4 == 0) {
            QList<QStringList> rows;
            for (int row = 1; row <= 12; ++row)
                rows << QStringList{QStringLiteral("Fila%1x%2 inicio").arg(section).arg(row),
                                    QStringLiteral("palabra ").repeated(6 + 9 * (row % 5)) + QStringLiteral("Fin%1x%2").arg(section).arg(row),
                                    QStringLiteral("12 may 2026")};
            doc.table({QStringLiteral("Encabezado"), QStringLiteral("Descripción"), QStringLiteral("Fecha")}, rows);
        }
    }
    return doc.take();
}

int pageWith(const QStringList &pages, const QString &text)
{
    for (int page = 0; page < pages.size(); ++page)
        if (pages.at(page).contains(text))
            return page;
    return -1;
}

} // namespace

TEST_CASE("A PDF has a running header from page 2, page X of Y, and never leaves a heading or a row cut at a page's foot", "[documents][pdf]")
{
    test::TempFolder folder;
    const QString path = folder.file(QStringLiteral("acta.pdf"));
    QList<PdfWriter::Heading> headings;
    test::writeFile(path, PdfWriter::write(*longReport(), &headings));
    const QStringList pages = pagesOf(path);
    REQUIRE(pages.size() >= 5);
    const QString total = QString::number(pages.size());

    SECTION("page 1 has no running header, the others have the forum, the document and its date")
    {
        INFO(pages.at(0).left(200).toStdString());
        // (The last character, outside the Basic Multilingual Plane, has no glyph in the fonts; the
        // metadata below carries it.)
        CHECK(pages.at(0).startsWith(kForum.left(kForum.indexOf(QStringLiteral(" 𝄞"))))); // the title, not a header above it
        for (int page = 1; page < pages.size(); ++page) {
            INFO("page " << page + 1 << ": " << pages.at(page).left(160).toStdString());
            CHECK(pages.at(page).contains(kTitle.left(20)));
            CHECK(pages.at(page).contains(QStringLiteral("22 de octubre de 2026")));
        }
    }
    SECTION("every page says which page of how many, in the document's language")
    {
        for (int page = 0; page < pages.size(); ++page) {
            INFO(pages.at(page).right(100).toStdString());
            CHECK(pages.at(page).contains(QStringLiteral("Página %1 de %2").arg(page + 1).arg(total)));
        }
    }
    SECTION("each heading starts the same page as its text")
    {
        for (int section = 1; section <= 40; ++section) {
            INFO("section " << section);
            const int heading = pageWith(pages, QStringLiteral("Sección %1 Cuerpo %1 ").arg(section));
            CHECK(heading >= 0); // the heading and its paragraph, one after the other on one page
        }
    }
    SECTION("each table row is whole on one page, under the table's header")
    {
        for (int section = 4; section <= 40; section += 4)
            for (int row = 1; row <= 12; ++row) {
                INFO("row " << section << "x" << row);
                const int start = pageWith(pages, QStringLiteral("Fila%1x%2 inicio").arg(section).arg(row));
                REQUIRE(start >= 0);
                CHECK(pages.at(start).contains(QStringLiteral("Fin%1x%2").arg(section).arg(row)));
                // (pdftotext may interleave the running header with the table's, word by word.)
                for (const QString &header : {QStringLiteral("Encabezado"), QStringLiteral("Descripción"), QStringLiteral("Fecha")})
                    CHECK(pages.at(start).contains(header));
            }
    }
    SECTION("nothing is lost on the way: every section's text and every row is there")
    {
        // (A line at a page's top is also in the previous page's content, clipped away: pdftotext
        // may read it twice, as it did with QTextDocument::print().)
        const QString all = pages.join(QLatin1Char(' '));
        for (int section = 1; section <= 40; ++section) {
            CHECK(all.contains(QStringLiteral("Sección %1 ").arg(section)));
            CHECK(all.contains(QStringLiteral("Cuerpo %1 ").arg(section)));
            if (section % 4 == 0)
                for (int row = 1; row <= 12; ++row)
                    CHECK(all.count(QStringLiteral("Fila%1x%2 ").arg(section).arg(row)) == 1);
        }
    }
    SECTION("the bookmarks are the headings, in order, each pointing at its page")
    {
        // pdftohtml lists a PDF's outline as <outline> with <item page="N">title</item>.
        const QString xml = test::toolText(QStringLiteral("pdftohtml"), {QStringLiteral("-xml"), QStringLiteral("-stdout"),
                                                              QStringLiteral("-i"), QStringLiteral("-q"), path});
        QStringList titles;
        QList<int> targets;
        QRegularExpressionMatchIterator it = QRegularExpression(QStringLiteral("<item page=\"(\\d+)\">([^<]*)</item>")).globalMatch(xml);
        while (it.hasNext()) {
            const QRegularExpressionMatch match = it.next();
            targets << match.captured(1).toInt();
            titles << match.captured(2);
        }
        REQUIRE(titles.size() == 41); // the title and 40 sections
        CHECK(titles.at(1) == QStringLiteral("Sección 1"));
        CHECK(titles.at(40) == QStringLiteral("Sección 40"));
        for (const PdfWriter::Heading &heading : headings) {
            const qsizetype at = titles.indexOf(heading.text);
            if (heading.level > 1 && at >= 0) {
                INFO(heading.text.toStdString());
                CHECK(targets.at(at) == heading.page + 1);
                CHECK(pages.at(heading.page).contains(heading.text + QLatin1Char(' ')));
            }
        }
        // Sections of level 3 sit under the level-2 section before them, closed at first.
        INFO(xml.mid(xml.indexOf(QStringLiteral("<outline")), 600).toStdString());
        CHECK(xml.contains(QRegularExpression(QStringLiteral(
            "<item page=\"\\d+\">Sección 5</item>\\s*<outline>\\s*<item page=\"\\d+\">Sección 6</item>"))));
    }
    SECTION("a PDF reader shows the title, the forum as author, and knows the language")
    {
        const QString info = test::toolText(QStringLiteral("pdfinfo"), {path});
        CHECK(info.contains(QStringLiteral("Title:           ") + kTitle));
        CHECK(info.contains(QStringLiteral("Author:          ") + kForum));
        test::toolText(QStringLiteral("qpdf"), {QStringLiteral("--check"), path}); // the update's cross-references hold
        const QJsonObject objects = QJsonDocument::fromJson(
            test::toolText(QStringLiteral("qpdf"), {QStringLiteral("--json"), QStringLiteral("--json-key=qpdf"), path}).toUtf8())
            .object().value(QStringLiteral("qpdf")).toArray().at(1).toObject();
        const QString root = objects.value(QStringLiteral("trailer")).toObject().value(QStringLiteral("value"))
                                 .toObject().value(QStringLiteral("/Root")).toString();
        const QJsonObject catalog = objects.value(QStringLiteral("obj:") + root).toObject().value(QStringLiteral("value")).toObject();
        CHECK(catalog.value(QStringLiteral("/Lang")).toString() == QStringLiteral("u:es"));
        CHECK(catalog.value(QStringLiteral("/PageMode")).toString() == QStringLiteral("/UseOutlines"));
    }
}

TEST_CASE("Table columns are as wide as their content needs: a date column narrower than a description", "[documents][pdf]")
{
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSizeF(9.5);
    const QList<QStringList> rows{
        {QStringLiteral("1"), QStringLiteral("Publicar los contratos de obra pública con sus modificaciones y pagos"), QStringLiteral("12 may 2026")},
        {QStringLiteral("2"), QStringLiteral("Consulta pública sobre el reglamento"), QStringLiteral("3 sept 2026")}};
    const QList<int> widths = DocumentBuilder::fittedWidths(font, {QStringLiteral("N.º"), QStringLiteral("Descripción"), QStringLiteral("Fecha límite")}, rows);
    REQUIRE(widths.size() == 3);
    CHECK(widths.at(0) + widths.at(1) + widths.at(2) == 100);
    CHECK(widths.at(0) < widths.at(2));
    CHECK(widths.at(2) < widths.at(1));
    CHECK(widths.at(1) >= 55); // the long text takes most of the page
    // A date never wraps: its column holds "12 may 2026" on one line (600 px is the page's text).
    CHECK(widths.at(2) * 600 / 100 >= QFontMetricsF(font).horizontalAdvance(QStringLiteral("12 may 2026")));

    SECTION("a long web address does not squeeze the date into a sliver")
    {
        const QList<int> shares = DocumentBuilder::fittedWidths(font, {QStringLiteral("Evidencia"), QStringLiteral("Fecha")},
            {{QStringLiteral("https://gobiernoabierto.montealto.example/evidencias/2026/compromiso-12/hito-3/informe-final-firmado.pdf"),
              QStringLiteral("12 may 2026")}});
        CHECK(shares.at(1) * 600 / 100 >= QFontMetricsF(font).horizontalAdvance(QStringLiteral("12 may 2026")));
    }
    SECTION("many columns, empty cells and no rows still give shares that add up to 100")
    {
        QStringList headers;
        for (int column = 0; column < 30; ++column)
            headers << QStringLiteral("Columna%1").arg(column);
        for (const QList<QStringList> &content : {QList<QStringList>{}, QList<QStringList>{QStringList(30, QString())}}) {
            CHECK(DocumentBuilder::fittedWidths(font, QStringList(3, QString()), content) == QList<int>{34, 33, 33});
            const QList<int> many = DocumentBuilder::fittedWidths(font, headers, content);
            REQUIRE(many.size() == 30);
            int sum = 0;
            for (int share : many) {
                CHECK(share >= 1);
                sum += share;
            }
            CHECK(sum == 100);
        }
    }
}

TEST_CASE("A table whose first row would be cut moves with its heading, and its later rows are still kept whole", "[documents][pdf]")
{
    DocumentBuilder doc(QStringLiteral("Asistencia"));
    doc.setRunningHead(DocumentLanguage(QStringLiteral("es")), QStringLiteral("Foro"), QDate(2026, 10, 22));
    for (int filler = 1; filler <= 38; ++filler)
        doc.paragraph(QStringLiteral("Relleno %1").arg(filler));
    doc.heading(QStringLiteral("Gobierno"), 3);
    QList<QStringList> rows;
    for (int row = 1; row <= 60; ++row)
        rows << QStringList{QStringLiteral("Persona%1 inicio").arg(row),
                            QStringLiteral("institución ").repeated(row % 3 == 0 ? 14 : 3) + QStringLiteral("Fin%1").arg(row)};
    doc.table({QStringLiteral("Nombre"), QStringLiteral("Organización")}, rows);
    // Headings of levels 2 and 4 with 3 skipped: the bookmarks still nest under the nearest above.
    doc.heading(QStringLiteral("Anexo"), 2);
    doc.heading(QStringLiteral("Detalle uno"), 4);
    doc.heading(QStringLiteral("Detalle dos"), 4);
    doc.paragraph(QStringLiteral("Fin del anexo"));
    test::TempFolder folder;
    const QString path = folder.file(QStringLiteral("asistencia.pdf"));
    test::writeFile(path, PdfWriter::write(*doc.take()));
    const QStringList pages = pagesOf(path);
    const int heading = pageWith(pages, QStringLiteral("Gobierno Nombre"));
    CHECK(heading == pageWith(pages, QStringLiteral("Persona1 inicio")));
    for (int row = 1; row <= 60; ++row) {
        INFO("row " << row);
        const int start = pageWith(pages, QStringLiteral("Persona%1 inicio").arg(row));
        REQUIRE(start >= 0);
        CHECK(pages.at(start).contains(QStringLiteral("Fin%1").arg(row)));
    }
    const QString xml = test::toolText(QStringLiteral("pdftohtml"), {QStringLiteral("-xml"), QStringLiteral("-stdout"),
                                                          QStringLiteral("-i"), QStringLiteral("-q"), path});
    INFO(xml.mid(xml.indexOf(QStringLiteral("<outline")), 400).toStdString());
    CHECK(xml.contains(QRegularExpression(QStringLiteral(
        "<item page=\"\\d+\">Anexo</item>\\s*<outline>\\s*<item page=\"\\d+\">Detalle uno</item>\\s*"
        "<item page=\"\\d+\">Detalle dos</item>\\s*</outline>"))));
}

TEST_CASE("Names in Latin, Cyrillic, Georgian, Chinese, Japanese, Korean and Arabic all print, each in a font made for it", "[documents][pdf][fonts]")
{
    const QStringList names{QStringLiteral("José Núñez"), QStringLiteral("Анна Иванова"), QStringLiteral("ნინო ბერიძე"),
                            QStringLiteral("王芳"), QStringLiteral("山田さくら"), QStringLiteral("김민준"), QStringLiteral("ليلى حداد")};
    const auto pdfOf = [&](const QString &language, const test::TempFolder &folder) {
        DocumentBuilder doc(QStringLiteral("Asistencia"));
        doc.setRunningHead(DocumentLanguage(language), QStringLiteral("Foro"), QDate(2026, 10, 22));
        doc.title(QStringLiteral("Asistencia"));
        QList<QStringList> rows;
        for (const QString &name : names)
            rows << QStringList{name, QStringLiteral("Miembro")};
        doc.table({QStringLiteral("Nombre"), QStringLiteral("Función")}, rows);
        doc.paragraph(names.join(QStringLiteral(", "))); // mixed in one line too
        const QString path = folder.file(language + QStringLiteral(".pdf"));
        test::writeFile(path, PdfWriter::write(*doc.take()));
        return path;
    };
    test::TempFolder folder;
    const QString spanish = pdfOf(QStringLiteral("es"), folder);

    // As a reader copies it: Arabic's shaped forms undone, direction marks dropped.
    QString text = pagesOf(spanish).join(QLatin1Char(' '));
    text.removeIf([](QChar c) { return QStringLiteral("\u200e\u200f\u202a\u202b\u202c\u202d\u202e").contains(c); });
    for (const QString &name : names) {
        INFO(name.toStdString());
        if (name.at(0).script() == QChar::Script_Arabic) // extracted in visual order, word by word
            for (const QString &word : name.split(QLatin1Char(' ')))
                CHECK(text.contains(word));
        else
            CHECK(text.count(name) == 2);
    }
    // The fonts embedded: Chinese in its simplified Chinese forms, the Japanese name in Japanese
    // ones, Korean in Korean ones, Arabic in an Arabic font; never a font that lacks the glyphs.
    const QString fonts = test::toolText(QStringLiteral("pdffonts"), {spanish});
    INFO(fonts.toStdString());
    CHECK(fonts.contains(QStringLiteral("NotoSansCJKsc")));
    CHECK(fonts.contains(QStringLiteral("NotoSansCJKjp")));
    CHECK(fonts.contains(QStringLiteral("NotoSansCJKkr")));
    CHECK(fonts.contains(QStringLiteral("NotoSansArabic")));
    CHECK(fonts.contains(QStringLiteral("DejaVuSans")));

    SECTION("the ODT names the same fonts: the document's CJK font, and Japanese for the Japanese name")
    {
        DocumentBuilder doc(QStringLiteral("Asistencia"));
        doc.setRunningHead(DocumentLanguage(QStringLiteral("es")), QStringLiteral("Foro"), QDate(2026, 10, 22));
        doc.paragraph(names.join(QStringLiteral(", ")));
        const QString odt = folder.file(QStringLiteral("asistencia.odt"));
        test::writeFile(odt, OdtWriter::write(*doc.take()));
        const QString styles = test::toolText(QStringLiteral("unzip"), {QStringLiteral("-p"), odt, QStringLiteral("styles.xml")});
        const QString content = test::toolText(QStringLiteral("unzip"), {QStringLiteral("-p"), odt, QStringLiteral("content.xml")});
        CHECK(styles.contains(QStringLiteral("style:font-name-asian=\"Noto Sans CJK SC\"")));
        CHECK(styles.contains(QStringLiteral("style:font-name-complex=\"Noto Sans Arabic\"")));
        CHECK(content.contains(QStringLiteral("style:font-name-asian=\"Noto Sans CJK JP\"")));
        CHECK(content.contains(QStringLiteral("style:font-name-asian=\"Noto Sans CJK KR\"")));
    }
    SECTION("in a Japanese forum the same Chinese characters take the Japanese forms")
    {
        const QString japanese = test::toolText(QStringLiteral("pdffonts"), {pdfOf(QStringLiteral("ja"), folder)});
        INFO(japanese.toStdString());
        CHECK(japanese.contains(QStringLiteral("NotoSansCJKjp")));
        CHECK_FALSE(japanese.contains(QStringLiteral("NotoSansCJKsc")));
    }
}
