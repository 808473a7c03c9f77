// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/documents/OdtWriter.h"

#include "core/documents/DocumentBuilder.h"
#include "core/documents/DocumentFonts.h"
#include "core/storage/StorageError.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDateTime>
#include <QFont>
#include <QFontMetricsF>
#include <QHash>
#include <QImage>
#include <QList>
#include <QSet>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextList>
#include <QTextTable>
#include <QUrl>
#include <QXmlStreamWriter>

#include <cmath>
#include <deque>

#include <zip.h>

namespace forumdesk {

namespace {

const char kMimeType[] = "application/vnd.oasis.opendocument.text";
const char kOdfVersion[] = "1.3";

// The namespaces every part may use, declared on each part's root.
const char *const kNamespaces[][2] = {
    {"office", "urn:oasis:names:tc:opendocument:xmlns:office:1.0"},
    {"style", "urn:oasis:names:tc:opendocument:xmlns:style:1.0"},
    {"text", "urn:oasis:names:tc:opendocument:xmlns:text:1.0"},
    {"table", "urn:oasis:names:tc:opendocument:xmlns:table:1.0"},
    {"draw", "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"},
    {"fo", "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"},
    {"xlink", "http://www.w3.org/1999/xlink"},
    {"dc", "http://purl.org/dc/elements/1.1/"},
    {"meta", "urn:oasis:names:tc:opendocument:xmlns:meta:1.0"},
    {"number", "urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0"},
    {"svg", "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"},
};

// The page: A4, the text 17 cm wide between 2 cm margins, as in the PDF.
constexpr double kTextWidthCm = 17.0;
// QTextDocument lengths (margins, picture sizes) are pixels at 96 dpi.
constexpr double kCmPerPixel = 2.54 / 96.0;

// A length or size as ODF writes it: at most three decimals, no trailing zeros.
QString decimal(double value)
{
    QString text = QString::number(value, 'f', 3);
    while (text.endsWith(QLatin1Char('0')))
        text.chop(1);
    if (text.endsWith(QLatin1Char('.')))
        text.chop(1);
    return text == QLatin1String("-0") ? QStringLiteral("0") : text;
}

QString centimetres(double cm)
{
    return decimal(cm) + QStringLiteral("cm");
}

QString points(double pt)
{
    return decimal(pt) + QStringLiteral("pt");
}

// Whether a character may appear in an XML 1.0 document at all (surrogates are judged in pairs by
// the callers). Control characters in a member's name would otherwise make the whole file unreadable.
bool allowedInXml(char16_t c)
{
    return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c < 0xD800) || (c > 0xDFFF && c < 0xFFFE);
}

// User text with every character XML 1.0 forbids left out, and lone surrogate halves too.
QString xmlSafe(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            out += c;
            out += text.at(++i);
        } else if (!c.isSurrogate() && allowedInXml(c.unicode())) {
            out += c;
        }
    }
    return out;
}

// QXmlStreamWriter with ODF's prefixed names spelled out: every part declares its namespaces on
// its root, so names can be written as they read ("text:p"). Values are made XML-safe here.
class Xml {
public:
    explicit Xml(QByteArray *out) : m_writer(out) { m_writer.setAutoFormatting(false); }

    // The XML declaration and the root element, with every namespace and the ODF version.
    void startDocument(const char *root)
    {
        m_writer.writeStartDocument();
        start(root);
        for (const auto &space : kNamespaces)
            m_writer.writeNamespace(QLatin1String(space[1]), QLatin1String(space[0]));
        attribute("office:version", kOdfVersion);
    }
    void endDocument() { m_writer.writeEndDocument(); }
    void start(const char *name) { m_writer.writeStartElement(QLatin1String(name)); }
    void empty(const char *name) { m_writer.writeEmptyElement(QLatin1String(name)); }
    void end() { m_writer.writeEndElement(); }
    // Ends an element that holds no text of its own (a paragraph, a row) and starts a new line:
    // whitespace there means nothing to ODF, and the XML reads, greps and diffs by line.
    void endLine()
    {
        m_writer.writeEndElement();
        m_writer.writeCharacters(QStringLiteral("\n"));
    }
    void attribute(const char *name, const QString &value) { m_writer.writeAttribute(QLatin1String(name), xmlSafe(value)); }
    void attribute(const char *name, const char *value) { m_writer.writeAttribute(QLatin1String(name), QLatin1String(value)); }
    // Text already made safe (see writeText).
    void characters(const QString &text) { m_writer.writeCharacters(text); }
    void element(const char *name, const QString &text)
    {
        start(name);
        m_writer.writeCharacters(xmlSafe(text));
        end();
    }
    QXmlStreamWriter &writer() { return m_writer; }

private:
    QXmlStreamWriter m_writer;
};

// Writes a piece of a paragraph's text. ODF collapses runs of spaces and drops spaces at a
// paragraph's start, so those become <text:s/>; tabs and line separators become elements.
// `afterText` carries, across the pieces of one paragraph, whether the last thing written was a
// visible character (so a following space can be written as itself).
void writeText(Xml &xml, const QString &text, bool &afterText)
{
    QString run;
    int spaces = 0;
    const auto flushRun = [&] {
        if (!run.isEmpty()) {
            xml.characters(run);
            run.clear();
        }
    };
    const auto flushSpaces = [&] {
        if (spaces == 0)
            return;
        flushRun();
        xml.empty("text:s");
        xml.attribute("text:c", QString::number(spaces));
        spaces = 0;
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        const char16_t code = c.unicode();
        if (code == u' ' || code == u'\n' || code == u'\r') {
            if (afterText && spaces == 0) {
                run += QLatin1Char(' ');
                afterText = false;
            } else {
                ++spaces;
            }
            continue;
        }
        flushSpaces();
        if (code == u'\t') {
            flushRun();
            xml.empty("text:tab");
            afterText = false;
        } else if (code == 0x2028 || code == 0x2029) { // a line break inside the paragraph
            flushRun();
            xml.empty("text:line-break");
            afterText = false;
        } else if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            run += c;
            run += text.at(++i);
            afterText = true;
        } else if (!c.isSurrogate() && allowedInXml(code) && c != QChar::ObjectReplacementCharacter) {
            run += c;
            afterText = true;
        }
    }
    flushSpaces();
    flushRun();
}

// The text properties that set a size, weight or slant, for every script: Latin text, Chinese
// and Arabic in the same paragraph must look alike.
void writeSize(Xml &xml, double pointSize)
{
    xml.attribute("fo:font-size", points(pointSize));
    xml.attribute("style:font-size-asian", points(pointSize));
    xml.attribute("style:font-size-complex", points(pointSize));
}

void writeWeight(Xml &xml, bool bold)
{
    const char *weight = bold ? "bold" : "normal";
    xml.attribute("fo:font-weight", weight);
    xml.attribute("style:font-weight-asian", weight);
    xml.attribute("style:font-weight-complex", weight);
}

void writeSlant(Xml &xml, bool italic)
{
    const char *slant = italic ? "italic" : "normal";
    xml.attribute("fo:font-style", slant);
    xml.attribute("style:font-style-asian", slant);
    xml.attribute("style:font-style-complex", slant);
}

// What a named paragraph style gives its text and spacing. A paragraph or a piece of text
// states only what differs from its style, so the styles stay editable in a word processor.
struct NamedParagraph {
    const char *name;
    double pointSize;
    bool bold;
    bool italic;
    QString topMargin;
    QString bottomMargin;
    bool keepWithNext;
    const char *alignment; // "" for the start of the line
};

// DocumentBuilder's sizes and spacing: headings 16 (the title), 13, 11.5, 11.5 and 10.5 points,
// 12 pixels above headings of level 2 and 8 below that, 4 under a paragraph.
QString pixels(double px)
{
    return centimetres(px * kCmPerPixel);
}

const NamedParagraph &textBody()
{
    static const NamedParagraph style{"Text_20_body", 10.5, false, false, pixels(0), pixels(4), false, ""};
    return style;
}

const NamedParagraph &headingStyle(int level)
{
    static const NamedParagraph styles[] = {
        {"Heading_20_1", 16, true, false, pixels(0), pixels(4), true, ""},
        {"Heading_20_2", 13, true, false, pixels(12), pixels(4), true, ""},
        {"Heading_20_3", 11.5, true, false, pixels(8), pixels(4), true, ""},
        {"Heading_20_4", 11.5, true, false, pixels(8), pixels(4), true, ""},
        {"Heading_20_5", 10.5, true, false, pixels(8), pixels(4), true, ""},
    };
    return styles[qBound(1, level, 5) - 1];
}

const NamedParagraph &tableContents()
{
    static const NamedParagraph style{"Table_20_Contents", 9.5, false, false, pixels(0), pixels(0), false, ""};
    return style;
}

const NamedParagraph &tableHeading()
{
    static const NamedParagraph style{"Table_20_Heading", 9.5, true, false, pixels(0), pixels(0), false, ""};
    return style;
}

const NamedParagraph &caption()
{
    static const NamedParagraph style{"Caption", 9.5, false, true, pixels(0), pixels(10), false, "center"};
    return style;
}

const char *alignmentOf(Qt::Alignment alignment)
{
    if (alignment & Qt::AlignHCenter)
        return "center";
    if (alignment & Qt::AlignJustify)
        return "justify";
    if (alignment & Qt::AlignRight)
        return "end";
    return "";
}

// The three fonts every part names: the document's own, and those for other scripts.
struct Fonts {
    QString western;
    QString asian;
    QString complex;
};

void writeFontFaces(Xml &xml, const Fonts &fonts)
{
    xml.start("office:font-face-decls");
    QStringList written;
    // Every CJK family: a run of Japanese or Korean names its own (TextLook::asian).
    for (const QString &family : QStringList{fonts.western, fonts.asian, fonts.complex} + DocumentFonts::allCjk()) {
        if (written.contains(family))
            continue;
        written << family;
        xml.empty("style:font-face");
        xml.attribute("style:name", family);
        xml.attribute("svg:font-family", family.contains(QLatin1Char(' ')) ? QLatin1Char('\'') + family + QLatin1Char('\'') : family);
        xml.attribute("style:font-family-generic", "swiss");
        xml.attribute("style:font-pitch", "variable");
    }
    xml.end();
}

// How a piece of text differs from its paragraph's style. Pieces that differ alike share one
// automatic text style.
struct TextLook {
    int bold = -1; // -1 as the paragraph style, 0 normal, 1 bold
    int italic = -1;
    bool underline = false;
    bool strikeOut = false;
    double pointSize = 0; // 0: the paragraph style's
    QString colour;       // "#rrggbb", empty: the paragraph style's
    QString asian;        // the CJK font its script needs, empty: the document's

    bool isPlain() const
    {
        return bold < 0 && italic < 0 && !underline && !strikeOut && pointSize == 0 && colour.isEmpty() && asian.isEmpty();
    }
    QString key() const
    {
        return QStringLiteral("%1|%2|%3|%4|%5|%6|%7").arg(bold).arg(italic).arg(int(underline)).arg(int(strikeOut))
            .arg(decimal(pointSize), colour, asian);
    }
};

TextLook lookOf(const QTextCharFormat &format, const NamedParagraph &paragraph)
{
    TextLook look;
    if (format.hasProperty(QTextFormat::FontWeight)) {
        const bool bold = format.fontWeight() >= QFont::DemiBold;
        if (bold != paragraph.bold)
            look.bold = bold ? 1 : 0;
    }
    if (format.hasProperty(QTextFormat::FontItalic) && format.fontItalic() != paragraph.italic)
        look.italic = format.fontItalic() ? 1 : 0;
    look.underline = format.fontUnderline();
    look.strikeOut = format.fontStrikeOut();
    if (format.hasProperty(QTextFormat::FontPointSize) && std::abs(format.fontPointSize() - paragraph.pointSize) > 0.01)
        look.pointSize = format.fontPointSize();
    if (format.hasProperty(QTextFormat::ForegroundBrush) && format.foreground().style() != Qt::NoBrush)
        look.colour = format.foreground().color().name();
    return look;
}

// An automatic paragraph style: a named one with what a paragraph changes.
struct ParagraphLook {
    QString parent;
    QString alignment;
    QString topMargin; // empty: the parent's
    QString bottomMargin;
    bool breakBefore = false;
    bool breakAfter = false;
    bool keepWithNext = false;
    bool firstPage = false; // starts the document, on the first page's master page

    bool isPlain() const
    {
        return alignment.isEmpty() && topMargin.isEmpty() && bottomMargin.isEmpty() && !breakBefore && !breakAfter
            && !keepWithNext && !firstPage;
    }
    QString key() const
    {
        return QStringList{parent, alignment, topMargin, bottomMargin, QString::number(breakBefore),
                           QString::number(breakAfter), QString::number(keepWithNext), QString::number(firstPage)}
            .join(QLatin1Char('|'));
    }
};

// A table's automatic styles: the table, its columns, its rows and its cells.
struct TableLook {
    QString name;
    QList<double> shares; // of the text's width, summing to 1
    QList<double> weights; // the widths as given, for style:rel-column-width
    bool breakBefore = false;
    bool firstPage = false;
};

// Where a paragraph stands, which decides its named style.
enum class Place { Body, HeaderCell, Cell };

// A picture stored in the file.
struct Picture {
    QString path; // "Pictures/forumdesk-image-1.png"
    QByteArray png;
};

// Writes content.xml: the body first, into its own buffer, collecting the automatic styles it
// needs; then the part, with those styles ahead of the body as ODF requires.
class ContentWriter {
public:
    ContentWriter(const QTextDocument &document, const Fonts &fonts)
        : m_document(document), m_fonts(fonts), m_language(DocumentBuilder::pageInfo(document).language), m_body(&m_bodyBytes)
    {
        for (const DocumentBuilder::EmbeddedImage &image : DocumentBuilder::embeddedImages(document))
            m_embedded.insert(image.name, image);
    }

    QByteArray write()
    {
        m_body.start("office:body");
        m_body.start("office:text");
        m_body.characters(QStringLiteral("\n"));
        writeFlow(m_document.rootFrame()->begin(), m_document.rootFrame()->end(), Place::Body);
        if (m_firstPagePending) { // nothing in the document: one empty paragraph on the first page
            m_body.empty("text:p");
            ParagraphLook look;
            look.parent = QLatin1String(textBody().name);
            look.firstPage = true;
            m_body.attribute("text:style-name", paragraphStyle(look));
            m_body.characters(QStringLiteral("\n"));
        }
        m_body.endLine();
        m_body.endLine();

        QByteArray part;
        Xml xml(&part);
        xml.startDocument("office:document-content");
        writeFontFaces(xml, m_fonts);
        xml.start("office:automatic-styles");
        writeAutomaticStyles(xml);
        xml.end();
        // The root stays open: the body goes in as written, then the root's end tag.
        return part + m_bodyBytes + QByteArrayLiteral("</office:document-content>\n");
    }

    const QList<Picture> &pictures() const { return m_pictures; }

private:
    // The blocks and frames from `begin` to `end`: consecutive blocks of one QTextList become one
    // <text:list>.
    void writeFlow(QTextFrame::iterator begin, QTextFrame::iterator end, Place place)
    {
        QTextList *openList = nullptr;
        const auto closeList = [&] {
            if (openList) {
                m_body.endLine();
                openList = nullptr;
            }
        };
        for (QTextFrame::iterator it = begin; it != end && !it.atEnd(); ++it) {
            if (QTextFrame *frame = it.currentFrame()) {
                closeList();
                if (auto *table = qobject_cast<QTextTable *>(frame))
                    writeTable(table);
                else
                    writeFlow(frame->begin(), frame->end(), place);
                continue;
            }
            const QTextBlock block = it.currentBlock();
            if (!block.isValid())
                continue;
            // QTextCursor::insertTable leaves an empty paragraph before the table. On paper it would
            // part a heading from its table, which keeps-with-next must hold together; a page break
            // it carries goes to the table.
            if (block.length() <= 1 && !block.textList() && place == Place::Body) {
                QTextFrame::iterator next = it;
                ++next;
                if (next != end && !next.atEnd() && qobject_cast<QTextTable *>(next.currentFrame())) {
                    m_breakBeforeTable = block.blockFormat().pageBreakPolicy().testFlag(QTextFormat::PageBreak_AlwaysBefore);
                    continue;
                }
            }
            if (block.textList() != openList) {
                closeList();
                if (block.textList()) {
                    openList = block.textList();
                    m_body.start("text:list");
                    m_body.attribute("text:style-name", isBulleted(openList->format().style()) ? "L_bullet" : "L_number");
                    m_body.characters(QStringLiteral("\n"));
                }
            }
            if (openList) {
                m_body.start("text:list-item");
                writeParagraph(block, place, true);
                m_body.endLine();
            } else {
                writeParagraph(block, place, false);
            }
        }
        closeList();
    }

    static bool isBulleted(QTextListFormat::Style style)
    {
        return style == QTextListFormat::ListDisc || style == QTextListFormat::ListCircle
            || style == QTextListFormat::ListSquare;
    }

    static const NamedParagraph &namedStyle(int headingLevel, Place place, bool isCaption)
    {
        if (headingLevel > 0)
            return headingStyle(headingLevel);
        if (place == Place::HeaderCell)
            return tableHeading();
        if (place == Place::Cell)
            return tableContents();
        return isCaption ? caption() : textBody();
    }

    void writeParagraph(const QTextBlock &block, Place place, bool inList)
    {
        const QTextBlockFormat format = block.blockFormat();
        const int level = place == Place::Body && !inList ? format.headingLevel() : 0;
        // The paragraph after a picture that says the picture's caption is that caption.
        const bool isCaption = !m_lastCaption.isEmpty() && block.text().trimmed() == m_lastCaption;
        m_lastCaption.clear();
        const NamedParagraph &named = namedStyle(level, place, isCaption);

        ParagraphLook look;
        look.parent = QLatin1String(named.name);
        const QString alignment = QLatin1String(alignmentOf(format.alignment()));
        if (alignment != QLatin1String(named.alignment))
            look.alignment = alignment.isEmpty() ? QStringLiteral("start") : alignment;
        if (pixels(format.topMargin()) != named.topMargin)
            look.topMargin = pixels(format.topMargin());
        if (pixels(format.bottomMargin()) != named.bottomMargin)
            look.bottomMargin = pixels(format.bottomMargin());
        look.keepWithNext = !named.keepWithNext && DocumentBuilder::keepsWithNext(format);
        if (place == Place::Body) {
            // A page break before the first paragraph would leave the first page empty.
            look.breakBefore = !m_firstPagePending && format.pageBreakPolicy().testFlag(QTextFormat::PageBreak_AlwaysBefore);
            look.breakAfter = format.pageBreakPolicy().testFlag(QTextFormat::PageBreak_AlwaysAfter);
            look.firstPage = m_firstPagePending;
            m_firstPagePending = false;
        }

        if (level > 0) {
            m_body.start("text:h");
            m_body.attribute("text:outline-level", QString::number(qMin(level, 10)));
        } else {
            m_body.start("text:p");
        }
        m_body.attribute("text:style-name", look.isPlain() ? look.parent : paragraphStyle(look));
        writeFragments(block, named);
        m_body.endLine();
    }

    void writeFragments(const QTextBlock &block, const NamedParagraph &named)
    {
        bool afterText = false;
        for (QTextBlock::iterator it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (!fragment.isValid())
                continue;
            const QTextCharFormat format = fragment.charFormat();
            if (format.isImageFormat()) {
                for (const QChar c : fragment.text())
                    if (c == QChar::ObjectReplacementCharacter)
                        writePicture(format.toImageFormat());
                afterText = true;
                continue;
            }
            const bool link = format.isAnchor() && !format.anchorHref().isEmpty();
            if (link) {
                m_body.start("text:a");
                m_body.attribute("xlink:type", "simple");
                m_body.attribute("xlink:href", format.anchorHref());
            }
            TextLook look = lookOf(format, named);
            // Kana or hangul in a document of another language: the font of their own language.
            if (const QString cjk = DocumentFonts::cjkFor(fragment.text(), m_language); !cjk.isEmpty() && cjk != m_fonts.asian)
                look.asian = cjk;
            if (!look.isPlain()) {
                m_body.start("text:span");
                m_body.attribute("text:style-name", textStyle(look));
            }
            writeText(m_body, fragment.text(), afterText);
            if (!look.isPlain())
                m_body.end();
            if (link)
                m_body.end();
        }
    }

    // A picture in its paragraph, as a character, its caption as the alternative text that screen
    // readers and accessibility checkers look for. Pictures the document does not hold are left out.
    void writePicture(const QTextImageFormat &format)
    {
        const QString name = format.name();
        const QImage image = imageNamed(name);
        if (image.isNull())
            return;
        auto stored = m_picturePaths.constFind(name);
        if (stored == m_picturePaths.cend()) {
            // Pictures/<name>, with only the characters every zip reader takes.
            QString file;
            for (const QChar c : name)
                file += (c.unicode() < 0x80 && c.isLetterOrNumber()) || c == QLatin1Char('.') || c == QLatin1Char('-')
                        ? c : QLatin1Char('_');
            if (!file.endsWith(QLatin1String(".png"), Qt::CaseInsensitive))
                file += QStringLiteral(".png");
            file.prepend(QStringLiteral("Pictures/"));
            if (m_usedPaths.contains(file)) // two names made alike
                file.insert(9, QStringLiteral("%1-").arg(m_pictures.size() + 1));
            m_usedPaths.insert(file);
            // image() already made a PNG for the data: URI; reuse it rather than encode again.
            QByteArray png;
            const QString uri = m_embedded.value(name).dataUri;
            const QString prefix = QStringLiteral("data:image/png;base64,");
            if (uri.startsWith(prefix)) {
                png = QByteArray::fromBase64(QStringView(uri).mid(prefix.size()).toLatin1());
            } else {
                QBuffer buffer(&png);
                buffer.open(QIODevice::WriteOnly);
                image.save(&buffer, "PNG");
            }
            m_pictures << Picture{file, png};
            stored = m_picturePaths.insert(name, file);
        }
        // The size the document shows it at, or its own; never wider than the text.
        double width = format.width() > 0 ? format.width() : image.width();
        double height = format.height() > 0 ? format.height() : width * image.height() / image.width();
        if (format.width() <= 0 && format.height() > 0)
            width = height * image.width() / image.height();
        double widthCm = width * kCmPerPixel;
        double heightCm = height * kCmPerPixel;
        if (widthCm > kTextWidthCm) {
            heightCm *= kTextWidthCm / widthCm;
            widthCm = kTextWidthCm;
        }
        const QString alternative = m_embedded.value(name).caption.trimmed();
        m_body.start("draw:frame");
        m_body.attribute("draw:style-name", "Picture");
        m_body.attribute("draw:name", QStringLiteral("Picture %1").arg(++m_pictureCount));
        m_body.attribute("text:anchor-type", "as-char");
        m_body.attribute("svg:width", centimetres(widthCm));
        m_body.attribute("svg:height", centimetres(heightCm));
        m_body.attribute("draw:z-index", "0");
        m_body.empty("draw:image");
        m_body.attribute("xlink:href", *stored);
        m_body.attribute("xlink:type", "simple");
        m_body.attribute("xlink:show", "embed");
        m_body.attribute("xlink:actuate", "onLoad");
        // The schema wants the title and description after the frame's content.
        if (!alternative.isEmpty()) {
            m_body.element("svg:title", alternative);
            m_body.element("svg:desc", alternative);
        }
        m_body.end();
        m_lastCaption = alternative;
    }

    QImage imageNamed(const QString &name) const
    {
        const QVariant resource = m_document.resource(QTextDocument::ImageResource, QUrl(name));
        if (resource.typeId() == QMetaType::QImage)
            return resource.value<QImage>();
        if (resource.typeId() == QMetaType::QByteArray)
            return QImage::fromData(resource.toByteArray());
        return {};
    }

    void writeTable(QTextTable *table)
    {
        const int rows = table->rows();
        const int columns = table->columns();
        if (rows <= 0 || columns <= 0) // ODF wants a row and a column; an empty table shows nothing
            return;
        const QTextTableFormat format = table->format();
        TableLook look;
        look.name = QStringLiteral("Table%1").arg(m_tables.size() + 1);
        // The columns' shares as DocumentBuilder gave them; columns without one get the average.
        const QList<QTextLength> constraints = format.columnWidthConstraints();
        double given = 0;
        int counted = 0;
        for (int column = 0; column < columns; ++column) {
            const double weight = column < constraints.size() && constraints.at(column).type() != QTextLength::VariableLength
                ? qMax(0.0, constraints.at(column).rawValue())
                : 0;
            look.weights << weight;
            if (weight > 0) {
                given += weight;
                ++counted;
            }
        }
        const double fallback = counted > 0 ? given / counted : 100.0 / columns;
        double total = 0;
        for (double &weight : look.weights) {
            if (weight <= 0)
                weight = fallback;
            total += weight;
        }
        for (double weight : std::as_const(look.weights))
            look.shares << weight / total;
        look.breakBefore = !m_firstPagePending
            && (m_breakBeforeTable || format.pageBreakPolicy().testFlag(QTextFormat::PageBreak_AlwaysBefore));
        m_breakBeforeTable = false;
        look.firstPage = m_firstPagePending;
        m_firstPagePending = false;
        m_tables << look;

        m_body.start("table:table");
        m_body.attribute("table:name", look.name);
        m_body.attribute("table:style-name", look.name);
        m_body.characters(QStringLiteral("\n"));
        for (int column = 0; column < columns; ++column) {
            m_body.empty("table:table-column");
            m_body.attribute("table:style-name", QStringLiteral("%1.C%2").arg(look.name).arg(column + 1));
            m_body.characters(QStringLiteral("\n"));
        }
        // Header rows repeat at the top of every page the table runs onto.
        const int headerRows = qBound(0, format.headerRowCount(), rows);
        if (headerRows > 0)
            m_body.start("table:table-header-rows");
        for (int row = 0; row < rows; ++row) {
            if (row == headerRows && headerRows > 0)
                m_body.endLine();
            m_body.start("table:table-row");
            m_body.attribute("table:style-name", look.name + QStringLiteral(".R"));
            for (int column = 0; column < columns; ++column) {
                const QTextTableCell cell = table->cellAt(row, column);
                if (!cell.isValid() || cell.row() != row || cell.column() != column) {
                    m_body.empty("table:covered-table-cell"); // under a merged cell
                    m_body.characters(QStringLiteral("\n"));
                    continue;
                }
                m_body.start("table:table-cell");
                m_body.attribute("table:style-name", look.name + QStringLiteral(".Cell"));
                m_body.attribute("office:value-type", "string");
                if (cell.columnSpan() > 1)
                    m_body.attribute("table:number-columns-spanned", QString::number(cell.columnSpan()));
                if (cell.rowSpan() > 1)
                    m_body.attribute("table:number-rows-spanned", QString::number(cell.rowSpan()));
                writeFlow(cell.begin(), cell.end(), row < headerRows ? Place::HeaderCell : Place::Cell);
                m_body.endLine();
            }
            m_body.endLine();
        }
        if (headerRows == rows)
            m_body.endLine();
        m_body.endLine();
    }

    QString paragraphStyle(const ParagraphLook &look)
    {
        const QString key = look.key();
        auto found = m_paragraphNames.constFind(key);
        if (found != m_paragraphNames.cend())
            return *found;
        const QString name = QStringLiteral("P%1").arg(m_paragraphs.size() + 1);
        m_paragraphs << look;
        m_paragraphNames.insert(key, name);
        return name;
    }

    QString textStyle(const TextLook &look)
    {
        const QString key = look.key();
        auto found = m_textNames.constFind(key);
        if (found != m_textNames.cend())
            return *found;
        const QString name = QStringLiteral("T%1").arg(m_texts.size() + 1);
        m_texts << look;
        m_textNames.insert(key, name);
        return name;
    }

    void writeAutomaticStyles(Xml &xml) const
    {
        for (const TableLook &table : m_tables)
            writeTableStyles(xml, table);
        for (qsizetype i = 0; i < m_paragraphs.size(); ++i) {
            const ParagraphLook &look = m_paragraphs.at(i);
            xml.start("style:style");
            xml.attribute("style:name", QStringLiteral("P%1").arg(i + 1));
            xml.attribute("style:family", "paragraph");
            xml.attribute("style:parent-style-name", look.parent);
            if (look.firstPage)
                xml.attribute("style:master-page-name", "First_20_Page");
            xml.empty("style:paragraph-properties");
            if (!look.alignment.isEmpty())
                xml.attribute("fo:text-align", look.alignment);
            if (!look.topMargin.isEmpty())
                xml.attribute("fo:margin-top", look.topMargin);
            if (!look.bottomMargin.isEmpty())
                xml.attribute("fo:margin-bottom", look.bottomMargin);
            if (look.breakBefore)
                xml.attribute("fo:break-before", "page");
            if (look.breakAfter)
                xml.attribute("fo:break-after", "page");
            if (look.keepWithNext)
                xml.attribute("fo:keep-with-next", "always");
            if (look.firstPage)
                xml.attribute("style:page-number", "auto");
            xml.end();
        }
        for (qsizetype i = 0; i < m_texts.size(); ++i) {
            const TextLook &look = m_texts.at(i);
            xml.start("style:style");
            xml.attribute("style:name", QStringLiteral("T%1").arg(i + 1));
            xml.attribute("style:family", "text");
            xml.empty("style:text-properties");
            if (look.bold >= 0)
                writeWeight(xml, look.bold == 1);
            if (look.italic >= 0)
                writeSlant(xml, look.italic == 1);
            if (look.underline) {
                xml.attribute("style:text-underline-style", "solid");
                xml.attribute("style:text-underline-width", "auto");
                xml.attribute("style:text-underline-color", "font-color");
            }
            if (look.strikeOut)
                xml.attribute("style:text-line-through-style", "solid");
            if (look.pointSize > 0)
                writeSize(xml, look.pointSize);
            if (!look.colour.isEmpty())
                xml.attribute("fo:color", look.colour);
            if (!look.asian.isEmpty())
                xml.attribute("style:font-name-asian", look.asian);
            xml.end();
        }
        // Pictures sit on the line like a character, centred by their paragraph.
        xml.start("style:style");
        xml.attribute("style:name", "Picture");
        xml.attribute("style:family", "graphic");
        xml.empty("style:graphic-properties");
        xml.attribute("style:vertical-pos", "top");
        xml.attribute("style:vertical-rel", "baseline");
        xml.attribute("fo:padding", "0cm");
        xml.attribute("fo:border", "none");
        xml.attribute("style:mirror", "none");
        xml.end();
    }

    static void writeTableStyles(Xml &xml, const TableLook &table)
    {
        xml.start("style:style");
        xml.attribute("style:name", table.name);
        xml.attribute("style:family", "table");
        if (table.firstPage)
            xml.attribute("style:master-page-name", "First_20_Page");
        xml.empty("style:table-properties");
        xml.attribute("style:width", centimetres(kTextWidthCm));
        xml.attribute("table:align", "margins");
        xml.attribute("fo:margin-top", "0cm");
        xml.attribute("fo:margin-bottom", pixels(4));
        xml.attribute("table:border-model", "collapsing");
        if (table.breakBefore)
            xml.attribute("fo:break-before", "page");
        xml.end();
        // Both widths: LibreOffice reads the absolute one, other readers the relative one.
        for (qsizetype column = 0; column < table.shares.size(); ++column) {
            xml.start("style:style");
            xml.attribute("style:name", QStringLiteral("%1.C%2").arg(table.name).arg(column + 1));
            xml.attribute("style:family", "table-column");
            xml.empty("style:table-column-properties");
            xml.attribute("style:column-width", centimetres(kTextWidthCm * table.shares.at(column)));
            xml.attribute("style:rel-column-width", QStringLiteral("%1*").arg(qMax(1, qRound(table.weights.at(column) * 100))));
            xml.end();
        }
        // A row never splits across pages: a cell's text stays together under its header.
        xml.start("style:style");
        xml.attribute("style:name", table.name + QStringLiteral(".R"));
        xml.attribute("style:family", "table-row");
        xml.empty("style:table-row-properties");
        xml.attribute("fo:keep-together", "always");
        xml.end();
        xml.start("style:style");
        xml.attribute("style:name", table.name + QStringLiteral(".Cell"));
        xml.attribute("style:family", "table-cell");
        xml.empty("style:table-cell-properties");
        xml.attribute("fo:padding", "0.08cm");
        xml.attribute("fo:border", "0.5pt solid #000000");
        xml.end();
    }

    const QTextDocument &m_document;
    Fonts m_fonts;
    QString m_language;
    QByteArray m_bodyBytes;
    Xml m_body;
    bool m_firstPagePending = true; // the first paragraph or table is still to come
    QString m_lastCaption;          // of the picture in the paragraph just written
    bool m_breakBeforeTable = false; // the paragraph left out before the next table broke the page
    QHash<QString, DocumentBuilder::EmbeddedImage> m_embedded;
    QHash<QString, QString> m_picturePaths; // by the name the document's text uses
    QList<Picture> m_pictures;
    QSet<QString> m_usedPaths;
    int m_pictureCount = 0;
    QList<TableLook> m_tables;
    QList<ParagraphLook> m_paragraphs;
    QHash<QString, QString> m_paragraphNames;
    QList<TextLook> m_texts;
    QHash<QString, QString> m_textNames;
};

void writeNamedParagraph(Xml &xml, const NamedParagraph &style, const char *display, const char *parent, const char *styleClass)
{
    xml.start("style:style");
    xml.attribute("style:name", style.name);
    xml.attribute("style:display-name", display);
    xml.attribute("style:family", "paragraph");
    xml.attribute("style:parent-style-name", parent);
    xml.attribute("style:class", styleClass);
    xml.empty("style:paragraph-properties");
    xml.attribute("fo:margin-top", style.topMargin);
    xml.attribute("fo:margin-bottom", style.bottomMargin);
    if (*style.alignment)
        xml.attribute("fo:text-align", style.alignment);
    if (style.keepWithNext)
        xml.attribute("fo:keep-with-next", "always");
    xml.empty("style:text-properties");
    writeSize(xml, style.pointSize);
    if (style.bold)
        writeWeight(xml, true);
    if (style.italic)
        writeSlant(xml, true);
    xml.end();
}

// A list style whose every level shows `marker` (a bullet) or a number with a full stop.
void writeListStyle(Xml &xml, const char *name, const char *display, bool bullets)
{
    xml.start("text:list-style");
    xml.attribute("style:name", name);
    xml.attribute("style:display-name", display);
    for (int level = 1; level <= 10; ++level) {
        xml.start(bullets ? "text:list-level-style-bullet" : "text:list-level-style-number");
        xml.attribute("text:level", QString::number(level));
        if (bullets) {
            xml.attribute("text:bullet-char", QStringLiteral("\u2022"));
        } else {
            xml.attribute("style:num-suffix", ".");
            xml.attribute("style:num-format", "1");
        }
        xml.start("style:list-level-properties");
        xml.attribute("text:list-level-position-and-space-mode", "label-alignment");
        xml.empty("style:list-level-label-alignment");
        xml.attribute("text:label-followed-by", "listtab");
        xml.attribute("text:list-tab-stop-position", centimetres(0.635 * level));
        xml.attribute("fo:text-indent", "-0.635cm");
        xml.attribute("fo:margin-left", centimetres(0.635 * level));
        xml.end();
        xml.end();
    }
    xml.end();
}

// "Page %1 of %2" with the current page and the page count as fields, whichever comes first.
void writePageOf(Xml &xml, const QString &pageOf)
{
    bool afterText = false;
    qsizetype done = 0;
    for (qsizetype at = pageOf.indexOf(QLatin1Char('%')); at >= 0 && at + 1 < pageOf.size();
         at = pageOf.indexOf(QLatin1Char('%'), at + 1)) {
        const QChar which = pageOf.at(at + 1);
        if (which != QLatin1Char('1') && which != QLatin1Char('2'))
            continue;
        writeText(xml, pageOf.mid(done, at - done), afterText);
        if (which == QLatin1Char('1')) {
            xml.start("text:page-number");
            xml.attribute("text:select-page", "current");
            xml.characters(QStringLiteral("1"));
        } else {
            xml.start("text:page-count");
            xml.characters(QStringLiteral("1"));
        }
        xml.end();
        afterText = true;
        done = at + 2;
        ++at;
    }
    writeText(xml, pageOf.mid(done), afterText);
}

QByteArray stylesXml(const DocumentBuilder::PageInfo &page, const Fonts &fonts)
{
    QByteArray part;
    Xml xml(&part);
    xml.startDocument("office:document-styles");
    writeFontFaces(xml, fonts);

    xml.start("office:styles");
    xml.start("style:default-style");
    xml.attribute("style:family", "paragraph");
    xml.empty("style:paragraph-properties");
    xml.attribute("style:writing-mode", "page");
    xml.empty("style:text-properties");
    xml.attribute("style:font-name", fonts.western);
    xml.attribute("style:font-name-asian", fonts.asian);
    xml.attribute("style:font-name-complex", fonts.complex);
    writeSize(xml, 10.5);
    if (!page.language.isEmpty()) {
        xml.attribute("fo:language", QString(page.language).replace(QLatin1Char('_'), QLatin1Char('-')).section(QLatin1Char('-'), 0, 0).toLower());
        xml.attribute("fo:country", "none");
    }
    xml.attribute("fo:hyphenate", "false");
    xml.end();

    xml.start("style:style");
    xml.attribute("style:name", "Standard");
    xml.attribute("style:family", "paragraph");
    xml.attribute("style:class", "text");
    xml.end();
    writeNamedParagraph(xml, textBody(), "Text body", "Standard", "text");
    xml.start("style:style");
    xml.attribute("style:name", "Heading");
    xml.attribute("style:family", "paragraph");
    xml.attribute("style:parent-style-name", "Standard");
    xml.attribute("style:next-style-name", "Text_20_body");
    xml.attribute("style:class", "text");
    xml.empty("style:paragraph-properties");
    xml.attribute("fo:keep-with-next", "always");
    xml.empty("style:text-properties");
    writeWeight(xml, true);
    xml.end();
    for (int level = 1; level <= 5; ++level) {
        const NamedParagraph &style = headingStyle(level);
        xml.start("style:style");
        xml.attribute("style:name", style.name);
        xml.attribute("style:display-name", QStringLiteral("Heading %1").arg(level));
        xml.attribute("style:family", "paragraph");
        xml.attribute("style:parent-style-name", "Heading");
        xml.attribute("style:next-style-name", "Text_20_body");
        xml.attribute("style:default-outline-level", QString::number(level));
        xml.attribute("style:class", "text");
        xml.empty("style:paragraph-properties");
        xml.attribute("fo:margin-top", style.topMargin);
        xml.attribute("fo:margin-bottom", style.bottomMargin);
        xml.attribute("fo:keep-with-next", "always");
        xml.empty("style:text-properties");
        writeSize(xml, style.pointSize);
        writeWeight(xml, true);
        xml.end();
    }
    writeNamedParagraph(xml, tableContents(), "Table Contents", "Standard", "extra");
    writeNamedParagraph(xml, tableHeading(), "Table Heading", "Table_20_Contents", "extra");
    writeNamedParagraph(xml, caption(), "Caption", "Standard", "extra");
    // The running header and footer: small and grey, the date at the right margin.
    for (const char *name : {"Header", "Footer"}) {
        const bool header = name[0] == 'H';
        xml.start("style:style");
        xml.attribute("style:name", name);
        xml.attribute("style:family", "paragraph");
        xml.attribute("style:parent-style-name", "Standard");
        xml.attribute("style:class", "extra");
        xml.start("style:paragraph-properties");
        xml.attribute("fo:text-align", header ? "start" : "center");
        if (header) {
            xml.start("style:tab-stops");
            xml.empty("style:tab-stop");
            xml.attribute("style:position", centimetres(kTextWidthCm));
            xml.attribute("style:type", "right");
            xml.end();
        }
        xml.end();
        xml.empty("style:text-properties");
        writeSize(xml, 8.5);
        xml.attribute("fo:color", "#555555");
        xml.end();
    }
    // Headings belong to the outline (the navigator, a PDF's bookmarks, a table of contents)
    // without numbers in front of them.
    xml.start("text:outline-style");
    xml.attribute("style:name", "Outline");
    for (int level = 1; level <= 10; ++level) {
        xml.start("text:outline-level-style");
        xml.attribute("text:level", QString::number(level));
        xml.attribute("style:num-format", "");
        xml.start("style:list-level-properties");
        xml.attribute("text:list-level-position-and-space-mode", "label-alignment");
        xml.empty("style:list-level-label-alignment");
        xml.attribute("text:label-followed-by", "nothing");
        xml.attribute("fo:text-indent", "0cm");
        xml.attribute("fo:margin-left", "0cm");
        xml.end();
        xml.end();
    }
    xml.end();
    writeListStyle(xml, "L_bullet", "Bullets", true);
    writeListStyle(xml, "L_number", "Numbers", false);
    xml.end(); // office:styles

    // A4 with the PDF's 2 cm margins: the header and footer sit inside the top and bottom ones.
    // The first page has no running header, so its text starts at the margin.
    xml.start("office:automatic-styles");
    for (const bool withHeader : {true, false}) {
        xml.start("style:page-layout");
        xml.attribute("style:name", withHeader ? "Page" : "First_20_Page_20_layout");
        xml.empty("style:page-layout-properties");
        xml.attribute("fo:page-width", "21cm");
        xml.attribute("fo:page-height", "29.7cm");
        xml.attribute("style:print-orientation", "portrait");
        xml.attribute("fo:margin-top", withHeader ? "1.2cm" : "2cm");
        xml.attribute("fo:margin-bottom", "1.2cm");
        xml.attribute("fo:margin-left", "2cm");
        xml.attribute("fo:margin-right", "2cm");
        xml.attribute("style:writing-mode", "lr-tb");
        if (withHeader) {
            xml.start("style:header-style");
            xml.empty("style:header-footer-properties");
            xml.attribute("fo:min-height", "0.8cm");
            xml.attribute("fo:margin-bottom", "0.3cm");
            xml.end();
        }
        xml.start("style:footer-style");
        xml.empty("style:header-footer-properties");
        xml.attribute("fo:min-height", "0.8cm");
        xml.attribute("fo:margin-top", "0.3cm");
        xml.end();
        xml.end();
    }
    xml.end();

    xml.start("office:master-styles");
    const auto footer = [&] {
        xml.start("style:footer");
        xml.start("text:p");
        xml.attribute("text:style-name", "Footer");
        writePageOf(xml, page.pageOf);
        xml.end();
        xml.end();
    };
    xml.start("style:master-page");
    xml.attribute("style:name", "Standard");
    xml.attribute("style:page-layout-name", "Page");
    xml.start("style:header");
    xml.start("text:p");
    xml.attribute("text:style-name", "Header");
    bool afterText = false;
    // Shortened as in the PDF, so that the header stays one line in a word processor too: the
    // header's 8 pt at 96 dpi, across the text's width less the date and some air.
    QFont headFont(fonts.western);
    headFont.setPixelSize(qRound(8 * 96 / 72.0));
    const qreal textWidth = kTextWidthCm / kCmPerPixel;
    const qreal dateWidth = QFontMetricsF(headFont).horizontalAdvance(page.date);
    writeText(xml, page.runningHead(headFont, textWidth - dateWidth - 1.0 / kCmPerPixel), afterText);
    if (!page.date.isEmpty()) {
        xml.empty("text:tab");
        afterText = false;
        writeText(xml, page.date, afterText);
    }
    xml.end();
    xml.end();
    footer();
    xml.end();
    xml.start("style:master-page");
    xml.attribute("style:name", "First_20_Page");
    xml.attribute("style:display-name", "First Page");
    xml.attribute("style:page-layout-name", "First_20_Page_20_layout");
    xml.attribute("style:next-style-name", "Standard");
    footer();
    xml.end();
    xml.end(); // office:master-styles

    xml.endDocument();
    return part;
}

QByteArray metaXml(const DocumentBuilder::PageInfo &page)
{
    QByteArray part;
    Xml xml(&part);
    xml.startDocument("office:document-meta");
    xml.start("office:meta");
    xml.element("meta:generator", QStringLiteral("Forum Desk"));
    if (!page.title.isEmpty())
        xml.element("dc:title", page.title);
    if (!page.language.isEmpty())
        xml.element("dc:language", QString(page.language).replace(QLatin1Char('_'), QLatin1Char('-')));
    if (!page.forum.isEmpty()) {
        xml.element("meta:initial-creator", page.forum);
        xml.element("dc:creator", page.forum);
    }
    const QString now = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss'Z'"));
    xml.element("meta:creation-date", now);
    xml.element("dc:date", now);
    xml.end();
    xml.endDocument();
    return part;
}

QByteArray manifestXml(const QList<Picture> &pictures)
{
    QByteArray part;
    QXmlStreamWriter xml(&part);
    xml.writeStartDocument();
    xml.writeStartElement(QStringLiteral("manifest:manifest"));
    xml.writeNamespace(QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"), QStringLiteral("manifest"));
    xml.writeAttribute(QStringLiteral("manifest:version"), QLatin1String(kOdfVersion));
    const auto entry = [&](const QString &path, const QString &type) {
        xml.writeEmptyElement(QStringLiteral("manifest:file-entry"));
        xml.writeAttribute(QStringLiteral("manifest:full-path"), path);
        if (path == QLatin1String("/"))
            xml.writeAttribute(QStringLiteral("manifest:version"), QLatin1String(kOdfVersion));
        xml.writeAttribute(QStringLiteral("manifest:media-type"), type);
    };
    entry(QStringLiteral("/"), QLatin1String(kMimeType));
    for (const char *file : {"content.xml", "styles.xml", "meta.xml"})
        entry(QLatin1String(file), QStringLiteral("text/xml"));
    for (const Picture &picture : pictures)
        entry(picture.path, QStringLiteral("image/png"));
    xml.writeEndDocument();
    return part;
}

[[noreturn]] void cannotMake(const QString &reason)
{
    throw StorageError(StorageError::Kind::Io,
                       QCoreApplication::translate("OdtWriter", "Cannot make the OpenDocument file: %1").arg(reason));
}

// A zip archive made in memory with libzip. The buffers given to add() must outlive finish(),
// so the archive keeps them.
class MemoryZip {
public:
    MemoryZip()
    {
        zip_error_t error;
        zip_error_init(&error);
        m_buffer = zip_source_buffer_create(nullptr, 0, 0, &error);
        if (!m_buffer) {
            const QString reason = QString::fromUtf8(zip_error_strerror(&error));
            zip_error_fini(&error);
            cannotMake(reason);
        }
        m_archive = zip_open_from_source(m_buffer, ZIP_TRUNCATE, &error);
        if (!m_archive) {
            const QString reason = QString::fromUtf8(zip_error_strerror(&error));
            zip_error_fini(&error);
            zip_source_free(m_buffer);
            cannotMake(reason);
        }
        zip_error_fini(&error);
        zip_source_keep(m_buffer); // the bytes outlive the archive, to be read back
    }
    ~MemoryZip()
    {
        if (m_archive)
            zip_discard(m_archive);
        zip_source_free(m_buffer);
    }
    MemoryZip(const MemoryZip &) = delete;
    MemoryZip &operator=(const MemoryZip &) = delete;

    void add(const QString &path, const QByteArray &bytes, bool compressed = true)
    {
        const QByteArray &kept = m_kept.emplace_back(bytes);
        zip_source_t *source = zip_source_buffer(m_archive, kept.constData(), zip_uint64_t(kept.size()), 0);
        if (!source)
            cannotMake(QString::fromUtf8(zip_strerror(m_archive)));
        const zip_int64_t index = zip_file_add(m_archive, path.toUtf8().constData(), source, ZIP_FL_ENC_UTF_8 | ZIP_FL_OVERWRITE);
        if (index < 0) {
            zip_source_free(source);
            cannotMake(QString::fromUtf8(zip_strerror(m_archive)));
        }
        if (!compressed && zip_set_file_compression(m_archive, zip_uint64_t(index), ZIP_CM_STORE, 0) < 0)
            cannotMake(QString::fromUtf8(zip_strerror(m_archive)));
    }

    QByteArray finish()
    {
        if (zip_close(m_archive) < 0)
            cannotMake(QString::fromUtf8(zip_strerror(m_archive))); // the destructor discards it
        m_archive = nullptr;
        if (zip_source_open(m_buffer) < 0)
            cannotMake(QString::fromUtf8(zip_error_strerror(zip_source_error(m_buffer))));
        zip_stat_t stat;
        zip_stat_init(&stat);
        if (zip_source_stat(m_buffer, &stat) < 0 || !(stat.valid & ZIP_STAT_SIZE)) {
            zip_source_close(m_buffer);
            cannotMake(QString::fromUtf8(zip_error_strerror(zip_source_error(m_buffer))));
        }
        QByteArray bytes(qsizetype(stat.size), Qt::Uninitialized);
        zip_uint64_t done = 0;
        while (done < stat.size) {
            const zip_int64_t read = zip_source_read(m_buffer, bytes.data() + done, stat.size - done);
            if (read <= 0) {
                zip_source_close(m_buffer);
                cannotMake(QString::fromUtf8(zip_error_strerror(zip_source_error(m_buffer))));
            }
            done += zip_uint64_t(read);
        }
        zip_source_close(m_buffer);
        return bytes;
    }

private:
    zip_source_t *m_buffer = nullptr;
    zip_t *m_archive = nullptr;
    std::deque<QByteArray> m_kept;
};

} // namespace

QByteArray OdtWriter::write(const QTextDocument &document)
{
    const DocumentBuilder::PageInfo page = DocumentBuilder::pageInfo(document);
    Fonts fonts;
    fonts.western = document.defaultFont().family();
    if (fonts.western.isEmpty())
        fonts.western = DocumentFonts::western();
    fonts.asian = DocumentFonts::cjk(page.language);
    fonts.complex = DocumentFonts::complex();

    ContentWriter content(document, fonts);
    const QByteArray contentPart = content.write();

    MemoryZip zip;
    // The file type first and uncompressed, so that it can be recognised by its first bytes.
    zip.add(QStringLiteral("mimetype"), QByteArray(kMimeType), false);
    zip.add(QStringLiteral("content.xml"), contentPart);
    zip.add(QStringLiteral("styles.xml"), stylesXml(page, fonts));
    zip.add(QStringLiteral("meta.xml"), metaXml(page));
    for (const Picture &picture : content.pictures())
        zip.add(picture.path, picture.png, false); // PNG is compressed already
    zip.add(QStringLiteral("META-INF/manifest.xml"), manifestXml(content.pictures()));
    return zip.finish();
}

} // namespace forumdesk
