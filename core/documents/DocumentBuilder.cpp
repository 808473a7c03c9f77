// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/documents/DocumentBuilder.h"

#include "core/documents/DocumentFonts.h"
#include "core/documents/DocumentLanguage.h"

#include <QBuffer>
#include <QColor>
#include <QCoreApplication>
#include <QFont>
#include <QFontMetricsF>
#include <QRegularExpression>
#include <QTextBlock>
#include <QTextList>
#include <QTextTable>
#include <QUrl>

#include <algorithm>

namespace forumdesk {

namespace {

QTextCharFormat plainChars()
{
    QTextCharFormat chars;
    chars.setFontWeight(QFont::Normal);
    chars.setFontPointSize(10.5);
    return chars;
}

const char kMarkdownProperty[] = "forumdesk_markdown";
const char kImagesProperty[] = "forumdesk_image_captions";
const char kForumProperty[] = "forumdesk_forum";
const char kDateProperty[] = "forumdesk_date";
const char kLanguageProperty[] = "forumdesk_language";
const char kPageOfProperty[] = "forumdesk_page_of";
constexpr int kKeepWithNext = QTextFormat::UserProperty + 1;

// The name a document's text refers to its n-th picture by (n from 1).
QString imageName(qsizetype n)
{
    return QStringLiteral("forumdesk-image-%1.png").arg(n);
}

// User text as Markdown shows it, never as Markdown or HTML: the characters that would format are
// escaped, and so are those that would start a heading, list or quote at the start of a line.
QString md(const QString &text)
{
    QString out;
    for (const QChar c : text) {
        if (QStringLiteral("\\`*_[]<>|~&").contains(c))
            out += QLatin1Char('\\');
        out += c == QLatin1Char('\n') ? QLatin1Char(' ') : c;
    }
    const QString trimmed = out.trimmed();
    if (trimmed.startsWith(QLatin1Char('#')) || trimmed.startsWith(QLatin1Char('+'))
        || trimmed.startsWith(QLatin1Char('-')) || trimmed.startsWith(QLatin1Char('=')))
        out.insert(out.indexOf(trimmed.at(0)), QLatin1Char('\\'));
    qsizetype digits = 0;
    while (digits < out.size() && out.at(digits).isDigit())
        ++digits;
    if (digits > 0 && digits < out.size() && (out.at(digits) == QLatin1Char('.') || out.at(digits) == QLatin1Char(')')))
        out.insert(digits, QLatin1Char('\\'));
    return out;
}

// A web address in user text (evidence, a meeting's link): http or https, up to a space or a
// character that cannot be part of one; a full stop or bracket that ends the sentence is left out.
const QRegularExpression &webAddress()
{
    static const QRegularExpression pattern(QStringLiteral(R"(https?://[A-Za-z0-9\-._~:/?#\[\]@!$&'()*+,;=%]+)"));
    return pattern;
}

QString trimmedAddress(QString address)
{
    while (!address.isEmpty() && QStringLiteral(".,;:!?)'").contains(address.back())
           && !(address.back() == QLatin1Char(')') && address.count(QLatin1Char('(')) >= address.count(QLatin1Char(')'))))
        address.chop(1);
    return address;
}

// Inserts user text as plain text, with its web addresses as links that a PDF or HTML reader opens.
void insertLinked(QTextCursor &cursor, const QString &text, const QTextCharFormat &format)
{
    qsizetype done = 0;
    QRegularExpressionMatchIterator it = webAddress().globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        const QString address = trimmedAddress(match.captured());
        if (address.size() <= 8)
            continue;
        cursor.insertText(text.mid(done, match.capturedStart() - done), format);
        QTextCharFormat link = format;
        link.setAnchor(true);
        link.setAnchorHref(address);
        link.setForeground(QColor(0x1a, 0x4f, 0x8b));
        link.setFontUnderline(true);
        cursor.insertText(address, link);
        done = match.capturedStart() + address.size();
    }
    cursor.insertText(text.mid(done), format);
}

// md() for text that may hold web addresses: each becomes a Markdown autolink, <https://...>,
// which needs (and allows) no escaping; the address pattern holds no space, < or >.
QString mdLinked(const QString &text)
{
    QString out;
    qsizetype done = 0;
    QRegularExpressionMatchIterator it = webAddress().globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        const QString address = trimmedAddress(match.captured());
        if (address.size() <= 8)
            continue;
        out += md(text.mid(done, match.capturedStart() - done)) + QLatin1Char('<') + address + QLatin1Char('>');
        done = match.capturedStart() + address.size();
    }
    return out + md(text.mid(done));
}

} // namespace

DocumentBuilder::DocumentBuilder(const QString &title)
    : m_document(std::make_unique<QTextDocument>()), m_cursor(m_document.get())
{
    m_document->setMetaInformation(QTextDocument::DocumentTitle, title);
    QFont font;
    font.setFamilies(DocumentFonts::families(QString()));
    font.setPointSizeF(10.5);
    m_document->setDefaultFont(font);
    m_document->setDocumentMargin(0);
}

void DocumentBuilder::setRunningHead(const DocumentLanguage &language, const QString &forum, const QDate &date)
{
    m_document->setProperty(kForumProperty, forum);
    m_document->setProperty(kDateProperty, language.longDate(date));
    m_document->setProperty(kLanguageProperty, language.code());
    m_document->setProperty(kPageOfProperty, language.text("Document", QT_TRANSLATE_NOOP("Document", "Page %1 of %2")));
    m_fieldLabel = fieldLabel(language, QStringLiteral("%1"));
    // Chinese characters drawn as the document's language writes them.
    QFont font = m_document->defaultFont();
    font.setFamilies(DocumentFonts::families(language.code()));
    m_document->setDefaultFont(font);
}

QString DocumentBuilder::fieldLabel(const DocumentLanguage &language, const QString &label)
{
    //: A label before its value, "Date:" (French typography: "Date :", with a no-break space).
    return language.text("Document", QT_TRANSLATE_NOOP("Document", "%1:")).arg(label);
}

DocumentBuilder::PageInfo DocumentBuilder::pageInfo(const QTextDocument &document)
{
    PageInfo info;
    info.title = document.metaInformation(QTextDocument::DocumentTitle);
    info.forum = document.property(kForumProperty).toString();
    info.date = document.property(kDateProperty).toString();
    info.language = document.property(kLanguageProperty).toString();
    info.pageOf = document.property(kPageOfProperty).toString();
    if (info.pageOf.isEmpty())
        info.pageOf = QStringLiteral("Page %1 of %2");
    return info;
}

QString DocumentBuilder::PageInfo::runningHead(const QFont &font, qreal width) const
{
    QStringList parts{forum.trimmed(), title.trimmed()};
    parts.removeAll(QString());
    return QFontMetricsF(font).elidedText(parts.join(QStringLiteral(" · ")), Qt::ElideRight, width);
}

bool DocumentBuilder::keepsWithNext(const QTextBlockFormat &format)
{
    return format.boolProperty(kKeepWithNext);
}

void DocumentBuilder::newBlock(const QTextBlockFormat &blockFormat, const QTextCharFormat &chars)
{
    QTextBlockFormat format = blockFormat;
    if (m_pageBreak) {
        format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        m_pageBreak = false;
    }
    if (m_empty) {
        m_cursor.setBlockFormat(format);
        m_cursor.setBlockCharFormat(chars);
        m_cursor.setCharFormat(chars);
        m_empty = false;
    } else {
        m_cursor.movePosition(QTextCursor::End);
        m_cursor.insertBlock(format, chars);
    }
}

void DocumentBuilder::title(const QString &text, const QString &subtitle)
{
    QTextBlockFormat block;
    block.setHeadingLevel(1);
    block.setAlignment(Qt::AlignHCenter);
    block.setBottomMargin(4);
    block.setProperty(kKeepWithNext, true);
    QTextCharFormat chars = plainChars();
    chars.setFontWeight(QFont::Bold);
    chars.setFontPointSize(16);
    newBlock(block, chars);
    m_cursor.insertText(text, chars);
    m_markdown += QStringLiteral("# ") + md(text) + QStringLiteral("\n\n");
    if (!subtitle.isEmpty()) {
        m_markdown += md(subtitle) + QStringLiteral("\n\n");
        QTextBlockFormat sub;
        sub.setAlignment(Qt::AlignHCenter);
        sub.setBottomMargin(10);
        QTextCharFormat subChars = plainChars();
        subChars.setFontPointSize(12);
        newBlock(sub, subChars);
        m_cursor.insertText(subtitle, subChars);
    }
}

void DocumentBuilder::heading(const QString &text, int level)
{
    QTextBlockFormat block;
    block.setHeadingLevel(level);
    block.setTopMargin(level <= 2 ? 12 : 8);
    block.setBottomMargin(4);
    block.setProperty(kKeepWithNext, true);
    QTextCharFormat chars = plainChars();
    chars.setFontWeight(QFont::Bold);
    chars.setFontPointSize(level <= 2 ? 13 : level <= 4 ? 11.5 : 10.5); // 5: a template's question
    newBlock(block, chars);
    m_cursor.insertText(text, chars);
    m_markdown += QString(level, QLatin1Char('#')) + QLatin1Char(' ') + md(text) + QStringLiteral("\n\n");
}

void DocumentBuilder::paragraph(const QString &text)
{
    QTextBlockFormat block;
    block.setBottomMargin(4);
    const QTextCharFormat chars = plainChars();
    // Each line of the user's text is its own paragraph (a line break must not become markup).
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        newBlock(block, chars);
        insertLinked(m_cursor, line, chars);
        if (!line.trimmed().isEmpty())
            m_markdown += mdLinked(line) + QStringLiteral("\n\n");
    }
}

void DocumentBuilder::field(const QString &label, const QString &value)
{
    if (value.trimmed().isEmpty())
        return;
    QTextBlockFormat block;
    block.setBottomMargin(2);
    QTextCharFormat bold = plainChars();
    bold.setFontWeight(QFont::Bold);
    newBlock(block, plainChars());
    m_cursor.insertText(m_fieldLabel.arg(label), bold);
    insertLinked(m_cursor, QLatin1Char(' ') + value, plainChars());
    m_markdown += QStringLiteral("**%1** %2\n\n").arg(m_fieldLabel.arg(md(label)), mdLinked(value));
}

void DocumentBuilder::numbered(const QStringList &items)
{
    list(items, QTextListFormat::ListDecimal, [](qsizetype i) { return QStringLiteral("%1. ").arg(i + 1); });
}

void DocumentBuilder::bullets(const QStringList &items)
{
    list(items, QTextListFormat::ListDisc, [](qsizetype) { return QStringLiteral("- "); });
}

void DocumentBuilder::list(const QStringList &items, QTextListFormat::Style style,
                           const std::function<QString(qsizetype)> &marker)
{
    if (items.isEmpty())
        return;
    QTextListFormat format;
    format.setStyle(style);
    QTextList *current = nullptr;
    for (qsizetype i = 0; i < items.size(); ++i) {
        newBlock(QTextBlockFormat(), plainChars());
        if (!current)
            current = m_cursor.createList(format);
        else
            current->add(m_cursor.block());
        insertLinked(m_cursor, items.at(i), plainChars());
        m_markdown += marker(i) + mdLinked(items.at(i)) + QLatin1Char('\n');
    }
    m_markdown += QLatin1Char('\n');
}

void DocumentBuilder::table(const QStringList &headers, const QList<QStringList> &rows, const QList<int> &widths)
{
    newBlock(QTextBlockFormat(), plainChars());
    QTextTableFormat format;
    format.setHeaderRowCount(1);
    format.setCellPadding(3);
    format.setCellSpacing(0);
    format.setBorder(0.5);
    format.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
    format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    format.setTopMargin(4); // two tables in a row stay two tables
    format.setBottomMargin(4);
    // Tables run a size smaller than the text, so that dates and names fit their columns.
    QTextCharFormat cell = plainChars();
    cell.setFontPointSize(9.5);
    QFont cellFont = m_document->defaultFont();
    cellFont.setPointSizeF(9.5);
    const QList<int> shares = widths.size() == headers.size() ? widths : fittedWidths(cellFont, headers, rows);
    QList<QTextLength> constraints;
    for (int width : shares)
        constraints << QTextLength(QTextLength::PercentageLength, width);
    format.setColumnWidthConstraints(constraints);
    QTextTable *table = m_cursor.insertTable(int(rows.size()) + 1, int(headers.size()), format);
    QTextCharFormat bold = cell;
    bold.setFontWeight(QFont::Bold);
    for (int column = 0; column < headers.size(); ++column)
        table->cellAt(0, column).firstCursorPosition().insertText(headers.at(column), bold);
    for (int row = 0; row < rows.size(); ++row)
        for (int column = 0; column < headers.size() && column < rows.at(row).size(); ++column) {
            QTextCursor at = table->cellAt(row + 1, column).firstCursorPosition();
            insertLinked(at, rows.at(row).at(column), cell);
        }
    m_cursor.movePosition(QTextCursor::End);
    const auto line = [](const QStringList &cells) {
        QStringList escaped;
        for (const QString &cell : cells)
            escaped << mdLinked(cell);
        return QStringLiteral("| ") + escaped.join(QStringLiteral(" | ")) + QStringLiteral(" |\n");
    };
    m_markdown += line(headers);
    m_markdown += QStringLiteral("|") + QStringLiteral(" --- |").repeated(headers.size()) + QLatin1Char('\n');
    for (const QStringList &row : rows) {
        QStringList cells = row;
        while (cells.size() < headers.size())
            cells << QString();
        m_markdown += line(cells.mid(0, headers.size()));
    }
    m_markdown += QLatin1Char('\n');
}

void DocumentBuilder::signature(const QString &name, const QString &role)
{
    QTextBlockFormat block;
    block.setTopMargin(28);
    newBlock(block, plainChars());
    m_cursor.insertText(QStringLiteral("______________________________"), plainChars());
    QTextBlockFormat under;
    newBlock(under, plainChars());
    const QString signer = name.isEmpty() ? role : QStringLiteral("%1 — %2").arg(name, role);
    m_cursor.insertText(signer, plainChars());
    m_markdown += QStringLiteral("\n\n\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\n\n") + md(signer) + QStringLiteral("\n\n");
}

void DocumentBuilder::image(const QImage &picture, const QString &caption)
{
    m_captions << caption;
    m_document->setProperty(kImagesProperty, m_captions);
    const QString name = imageName(m_captions.size());
    QTextBlockFormat block;
    block.setAlignment(Qt::AlignHCenter);
    block.setTopMargin(10);
    block.setProperty(kKeepWithNext, !caption.trimmed().isEmpty()); // a picture and its caption
    newBlock(block, plainChars());
    if (!picture.isNull()) {
        m_document->addResource(QTextDocument::ImageResource, QUrl(name), picture);
        QTextImageFormat format;
        format.setName(name);
        format.setWidth(kTextWidth);
        format.setHeight(qRound(kTextWidth * double(picture.height()) / picture.width()));
        format.setQuality(100); // PNG in ODT: a chart's lines and letters stay crisp
        m_cursor.insertImage(format);
        m_markdown += QStringLiteral("![%1][%2]\n\n").arg(md(caption), name);
    }
    if (caption.trimmed().isEmpty())
        return;
    QTextBlockFormat under;
    under.setAlignment(Qt::AlignHCenter);
    under.setBottomMargin(10);
    QTextCharFormat chars = plainChars();
    chars.setFontItalic(true);
    chars.setFontPointSize(9.5);
    newBlock(under, chars);
    m_cursor.insertText(caption, chars);
    m_markdown += QStringLiteral("*%1*\n\n").arg(md(caption));
}

std::unique_ptr<QTextDocument> DocumentBuilder::take()
{
    // Each stretch of Chinese, Japanese, Korean or Arabic text names the font made for it first:
    // Chinese characters then take the forms of their language (a run with kana is Japanese, with
    // hangul Korean, otherwise the document's language), whatever font Qt fell back on before.
    // (A list of fallback families on the default font is not enough: Qt keeps the fallback it
    // found first for every document of the process.)
    const QString language = m_document->property(kLanguageProperty).toString();
    QList<QPair<QTextCursor, QString>> runs;
    for (QTextBlock block = m_document->begin(); block.isValid(); block = block.next()) {
        const QString text = block.text();
        for (const DocumentFonts::Run &run : DocumentFonts::runs(text, language)) {
            QTextCursor cursor(m_document.get());
            cursor.setPosition(block.position() + int(run.start));
            cursor.setPosition(block.position() + int(run.start + run.length), QTextCursor::KeepAnchor);
            runs.append({cursor, run.family});
        }
    }
    for (auto &[cursor, family] : runs) {
        QTextCharFormat font;
        font.setFontFamilies(QStringList{family, DocumentFonts::western()});
        cursor.mergeCharFormat(font);
    }
    m_document->setProperty(kMarkdownProperty, m_markdown);
    return std::move(m_document);
}

QString DocumentBuilder::markdownOf(const QTextDocument &document)
{
    const QVariant markdown = document.property(kMarkdownProperty);
    if (!markdown.isValid())
        return document.toMarkdown();
    QString text = markdown.toString();
    for (const EmbeddedImage &image : embeddedImages(document))
        text += QStringLiteral("[%1]: %2\n").arg(image.name, image.dataUri);
    return text;
}

QList<int> DocumentBuilder::fittedWidths(const QFont &font, const QStringList &headers, const QList<QStringList> &rows)
{
    const qsizetype columns = headers.size();
    if (columns == 0)
        return {};
    const QFontMetricsF metrics(font);
    QFont boldFont = font;
    boldFont.setBold(true);
    const QFontMetricsF bold(boldFont);
    constexpr qreal kPadding = 8; // a cell's padding on both sides, and a little air
    // Per column: the widest line of text (what it needs to stand on one line) and the longest word
    // (what it cannot do without). Headers count for their words only: a header may wrap.
    QList<qreal> natural(columns, 0), least(columns, 0);
    const auto measure = [&](qsizetype column, const QString &text, const QFontMetricsF &m, bool wholeLine) {
        for (const QString &line : text.split(QLatin1Char('\n'))) {
            if (wholeLine)
                natural[column] = qMax(natural[column], m.horizontalAdvance(line) + kPadding);
            for (const QString &word : line.split(QLatin1Char(' '), Qt::SkipEmptyParts))
                least[column] = qMax(least[column], m.horizontalAdvance(word) + kPadding);
        }
    };
    for (qsizetype column = 0; column < columns; ++column)
        measure(column, headers.at(column), bold, false);
    // Enough rows to know a column's content; a report with thousands of rows needs no more.
    for (qsizetype row = 0; row < rows.size() && row < 400; ++row)
        for (qsizetype column = 0; column < columns && column < rows.at(row).size(); ++column)
            measure(column, rows.at(row).at(column), metrics, true);
    const qreal page = kTextWidth;
    QList<qreal> width(columns);
    qreal total = 0, totalLeast = 0;
    for (qsizetype column = 0; column < columns; ++column) {
        // A word longer than 40 % of the page (a web address) is broken by the layout anyway: it
        // must not squeeze a date into a sliver.
        least[column] = qMin(least[column], 0.4 * page);
        natural[column] = qMax(natural[column], least[column]);
        totalLeast += least[column];
        total += natural[column];
    }
    if (total <= 0) {
        for (qsizetype column = 0; column < columns; ++column)
            width[column] = page / columns; // nothing to measure: equal columns
    } else if (total <= page) {
        // Everything fits on one line: the room left goes to the columns in proportion.
        for (qsizetype column = 0; column < columns; ++column)
            width[column] = natural[column] * page / total;
    } else if (totalLeast >= page) {
        for (qsizetype column = 0; column < columns; ++column)
            width[column] = least[column] * page / totalLeast;
    } else {
        // The columns whose text is short (a number, a date, a status) get all they need when it
        // is no more than an even share of what is left; the others (the long texts) each get
        // their longest word and the rest of the page in proportion to how much more they need.
        QList<bool> settled(columns, false);
        qreal room = page;
        qsizetype open = columns;
        for (bool changed = true; changed && open > 0;) {
            changed = false;
            for (qsizetype column = 0; column < columns; ++column)
                if (!settled[column] && natural[column] <= room / open) {
                    width[column] = natural[column];
                    room -= natural[column];
                    settled[column] = true;
                    --open;
                    changed = true;
                }
        }
        qreal openLeast = 0, openWanted = 0;
        for (qsizetype column = 0; column < columns; ++column)
            if (!settled[column]) {
                openLeast += least[column];
                openWanted += natural[column] - least[column];
            }
        for (qsizetype column = 0; column < columns; ++column) {
            if (settled[column])
                continue;
            if (openLeast >= room)
                width[column] = least[column] * room / openLeast;
            else
                width[column] = least[column] + (room - openLeast) * (openWanted > 0 ? (natural[column] - least[column]) / openWanted : 1.0 / open);
        }
    }
    // Whole percents that add up to 100: each column its share rounded down, then the percents
    // left over to the columns that lost most in the rounding. (With more than 100 columns some
    // get 0 %; the layout still gives them their text's width.)
    QList<int> shares;
    QList<QPair<qreal, qsizetype>> remainders;
    int given = 0;
    for (qsizetype column = 0; column < columns; ++column) {
        const qreal exact = width[column] * 100 / page;
        shares << int(exact);
        given += shares.back();
        remainders.append({exact - int(exact), column});
    }
    std::stable_sort(remainders.begin(), remainders.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
    for (qsizetype i = 0; given < 100 && i < remainders.size(); ++i, ++given)
        ++shares[remainders.at(i).second];
    return shares;
}

QList<DocumentBuilder::EmbeddedImage> DocumentBuilder::embeddedImages(const QTextDocument &document)
{
    QList<EmbeddedImage> images;
    const QStringList captions = document.property(kImagesProperty).toStringList();
    for (qsizetype n = 1; n <= captions.size(); ++n) {
        const QString name = imageName(n);
        const QImage picture = document.resource(QTextDocument::ImageResource, QUrl(name)).value<QImage>();
        if (picture.isNull())
            continue;
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        picture.save(&buffer, "PNG");
        images << EmbeddedImage{name, captions.at(n - 1),
                                QStringLiteral("data:image/png;base64,") + QString::fromLatin1(png.toBase64())};
    }
    return images;
}

} // namespace forumdesk
