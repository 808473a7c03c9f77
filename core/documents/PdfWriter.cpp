// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/documents/PdfWriter.h"

#include "core/documents/DocumentBuilder.h"
#include "core/storage/StorageError.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QCoreApplication>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextTable>

#include <cmath>
#include <limits>
#include <memory>

namespace forumdesk {

namespace {

constexpr int kDpi = 300;
// The margins in millimetres: 2 cm at the sides and the foot, 2.5 cm at the top for the running
// header.
constexpr qreal kLeftMm = 20, kRightMm = 20, kTopMm = 25, kBottomMm = 20;

// One piece of the body's top level in reading order: a paragraph or a table.
struct Piece {
    QTextBlock block; // invalid for a table
    QTextTable *table = nullptr;
};

QList<Piece> topLevelPieces(QTextDocument &document)
{
    QList<Piece> pieces;
    for (QTextFrame::iterator it = document.rootFrame()->begin(); !it.atEnd(); ++it) {
        if (QTextFrame *frame = it.currentFrame()) {
            if (auto *table = qobject_cast<QTextTable *>(frame))
                pieces.append({QTextBlock(), table});
        } else if (it.currentBlock().isValid() && it.currentBlock().length() > 1) {
            // (Qt's text document keeps an empty block before and after each table: nothing to keep.)
            pieces.append({it.currentBlock(), nullptr});
        }
    }
    return pieces;
}

// Where a block's first line starts. Not the block's own top: when the first line does not fit
// at a page's foot, the layout moves the line to the next page and leaves the block's top behind.
qreal firstLineTop(QAbstractTextDocumentLayout *layout, const QTextBlock &block)
{
    const qreal top = layout->blockBoundingRect(block).top();
    const QTextLayout *lines = block.layout();
    return lines && lines->lineCount() > 0 ? top + lines->lineAt(0).y() : top;
}

// Where a piece's first line of content starts: a table's is its first row under the header, which
// the layout moves to the next page when it does not fit.
qreal contentTop(QAbstractTextDocumentLayout *layout, const Piece &piece)
{
    if (piece.table) {
        const int row = piece.table->rows() > 1 ? 1 : 0;
        return firstLineTop(layout, piece.table->cellAt(row, 0).firstCursorPosition().block());
    }
    return firstLineTop(layout, piece.block);
}

// Lays the document out again from the start. Qt's incremental layout, after a change of page
// breaks, moves the blocks that follow without paginating them again (a line can then straddle a
// page's foot, or go missing): after each change the layout starts over, lazily, as far as the
// next question needs. Only a change of width makes Qt lay out every block again.
void layOutAgain(QTextDocument &document)
{
    const QSizeF page = document.pageSize();
    document.setPageSize(page - QSizeF(1, 0));
    document.setPageSize(page);
}

int pageOf(qreal y, qreal pageHeight)
{
    return int(std::floor(y / pageHeight + 1e-6));
}

// The page a table row is on, or -1 when it runs over a page's foot.
int rowPage(QAbstractTextDocumentLayout *layout, QTextTable *table, int row, qreal pageHeight)
{
    qreal top = std::numeric_limits<qreal>::max(), bottom = 0;
    for (int column = 0; column < table->columns(); ++column) {
        const QTextTableCell cell = table->cellAt(row, column);
        top = qMin(top, firstLineTop(layout, cell.firstCursorPosition().block()));
        bottom = qMax(bottom, layout->blockBoundingRect(cell.lastCursorPosition().block()).bottom());
    }
    const int page = pageOf(top, pageHeight);
    return bottom - 1 > (page + 1) * pageHeight ? -1 : page;
}

// Moves the rows from `row` on into a table of their own that starts a new page with the same
// header: a row is never cut in two.
void splitTable(QTextTable *table, int row)
{
    QTextDocument *document = table->document();
    const int rows = table->rows(), columns = table->columns();
    const int header = qMin(table->format().headerRowCount(), row);
    QTextTableFormat format = table->format();
    format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
    // Which rows the new table takes: the header, then the rest.
    QList<int> taken;
    for (int r = 0; r < header; ++r)
        taken << r;
    for (int r = row; r < rows; ++r)
        taken << r;
    QTextCursor after(document);
    after.setPosition(table->lastPosition() + 1);
    after.beginEditBlock(); // one layout at the end, not one per inserted run
    QTextTable *rest = after.insertTable(int(taken.size()), columns, format);
    // Cell by cell, run by run (a QTextDocumentFragment would copy every format of the document).
    for (int r = 0; r < taken.size(); ++r)
        for (int c = 0; c < columns; ++c) {
            const QTextTableCell from = table->cellAt(taken.at(r), c);
            QTextCursor to = rest->cellAt(r, c).firstCursorPosition();
            bool firstBlock = true;
            for (QTextFrame::iterator it = from.begin(); !it.atEnd(); ++it) {
                const QTextBlock block = it.currentBlock();
                if (!block.isValid())
                    continue;
                if (!firstBlock)
                    to.insertBlock(block.blockFormat(), block.charFormat());
                firstBlock = false;
                for (QTextBlock::iterator run = block.begin(); !run.atEnd(); ++run)
                    to.insertText(run.fragment().text(), run.fragment().charFormat());
            }
        }
    table->removeRows(row, rows - row);
    after.endEditBlock();
}

// Keeps together what must stay together on paper, in one pass in reading order (the layout lays
// out again from each change, so each piece is seen where it finally is):
// - a heading (or a picture with its caption) is never alone at a page's foot: it moves to the
//   next page with the headings right above it;
// - a table row is never cut by a page's foot: the rows from there on continue on the next page,
//   under the same header.
void keepTogether(QTextDocument &document)
{
    QAbstractTextDocumentLayout *layout = document.documentLayout();
    const qreal pageHeight = document.pageSize().height();
    QList<Piece> pieces = topLevelPieces(document);
    // Starts a new page at pieces[i], or at the first of the headings right above it on its page;
    // false when that cannot help.
    const auto breakBefore = [&](qsizetype i) {
        const int page = pageOf(contentTop(layout, pieces.at(i)), pageHeight);
        qsizetype first = i;
        while (first > 0 && !pieces.at(first - 1).table
               && DocumentBuilder::keepsWithNext(pieces.at(first - 1).block.blockFormat())
               && pageOf(contentTop(layout, pieces.at(first - 1)), pageHeight) == page)
            --first;
        const Piece &start = pieces.at(first);
        const qreal top = start.table ? layout->frameBoundingRect(start.table).top() : contentTop(layout, start);
        if (top - pageOf(top, pageHeight) * pageHeight < 1)
            return false; // already at the top of its page: what is longer than a page stays as it is
        if (start.table) {
            QTextTableFormat format = start.table->format();
            format.setPageBreakPolicy(format.pageBreakPolicy() | QTextFormat::PageBreak_AlwaysBefore);
            start.table->setFormat(format);
        } else {
            QTextBlockFormat format = start.block.blockFormat();
            format.setPageBreakPolicy(format.pageBreakPolicy() | QTextFormat::PageBreak_AlwaysBefore);
            QTextCursor(start.block).setBlockFormat(format);
        }
        layOutAgain(document);
        return true;
    };
    for (qsizetype i = 0; i < pieces.size(); ++i) {
        const Piece piece = pieces.at(i);
        if (piece.table) {
            const int header = piece.table->format().headerRowCount();
            for (int row = header; row < piece.table->rows(); ++row) {
                if (rowPage(layout, piece.table, row, pageHeight) >= 0)
                    continue;
                if (row == header) {
                    // The first row: the whole table (and its heading) moves, and is looked at
                    // again where it lands; when it cannot move, its other rows still count.
                    if (breakBefore(i))
                        row = header - 1;
                    continue;
                }
                splitTable(piece.table, row);
                layOutAgain(document);
                pieces = topLevelPieces(document); // the rest is the next table, looked at next
                break;
            }
            continue;
        }
        if (i + 1 < pieces.size() && DocumentBuilder::keepsWithNext(piece.block.blockFormat())
            && pageOf(contentTop(layout, pieces.at(i + 1)), pageHeight) > pageOf(contentTop(layout, piece), pageHeight))
            breakBefore(i);
    }
}

QList<PdfWriter::Heading> headingsOf(QTextDocument &document, qreal dpi)
{
    QAbstractTextDocumentLayout *layout = document.documentLayout();
    const qreal pageHeight = document.pageSize().height();
    QList<PdfWriter::Heading> headings;
    for (const Piece &piece : topLevelPieces(document)) {
        if (piece.table || piece.block.blockFormat().headingLevel() <= 0)
            continue;
        const qreal top = contentTop(layout, piece);
        const int page = pageOf(top, pageHeight);
        headings.append({piece.block.blockFormat().headingLevel(), piece.block.text().simplified(), page,
                         (top - page * pageHeight) * 72.0 / dpi + kTopMm * 72.0 / 25.4});
    }
    return headings;
}

// A PDF text string: UTF-16 with its byte order mark, written in hexadecimal so that no character
// of the text can end the string early.
QByteArray pdfText(const QString &text)
{
    QByteArray utf16 = QByteArrayLiteral("\xFE\xFF");
    // Characters a reader would show as boxes or reject: controls and halves of a surrogate pair.
    QString clean = text;
    for (qsizetype i = 0; i < clean.size(); ++i) {
        const QChar c = clean.at(i);
        const bool paired = (c.isHighSurrogate() && i + 1 < clean.size() && clean.at(i + 1).isLowSurrogate())
            || (c.isLowSurrogate() && i > 0 && clean.at(i - 1).isHighSurrogate());
        if ((c.isSurrogate() && !paired) || (c.category() == QChar::Other_Control))
            clean[i] = QLatin1Char(' ');
    }
    for (const QChar c : std::as_const(clean)) {
        utf16.append(char(c.unicode() >> 8));
        utf16.append(char(c.unicode() & 0xFF));
    }
    return '<' + utf16.toHex().toUpper() + '>';
}

// The text of object `number` in a PDF Qt wrote (between "obj" and "endobj").
QByteArray objectBody(const QByteArray &pdf, int number)
{
    const QByteArray opening = '\n' + QByteArray::number(number) + " 0 obj";
    const qsizetype start = pdf.lastIndexOf(opening);
    if (start < 0)
        return {};
    const qsizetype from = start + opening.size();
    const qsizetype end = pdf.indexOf("endobj", from);
    return end < 0 ? QByteArray() : pdf.mid(from, end - from).trimmed();
}

int referenceIn(const QByteArray &dictionary, const char *key)
{
    const QRegularExpression pattern(QStringLiteral("/%1\\s+(\\d+)\\s+0\\s+R").arg(QLatin1String(key)));
    const QRegularExpressionMatch match = pattern.match(QString::fromLatin1(dictionary));
    return match.hasMatch() ? match.captured(1).toInt() : 0;
}

// Adds what Qt's PDF writer cannot: the author and the language, and bookmarks from the headings.
// Written as an incremental update (PDF 1.4, section 3.4.5): new versions of the catalogue and the
// information dictionary, the outline's objects, and a cross-reference section pointing back to
// Qt's. Nothing Qt wrote is changed, so a reader that ignored the update would still show it whole.
QByteArray withOutlineAndMetadata(QByteArray pdf, const DocumentBuilder::PageInfo &info,
                                  const QList<PdfWriter::Heading> &headings, qreal pageHeightPt)
{
    const qsizetype trailerAt = pdf.lastIndexOf("trailer");
    const qsizetype startxrefAt = pdf.lastIndexOf("startxref");
    if (trailerAt < 0 || startxrefAt < trailerAt)
        return pdf;
    const QByteArray trailer = pdf.mid(trailerAt, startxrefAt - trailerAt);
    const QRegularExpressionMatch size = QRegularExpression(QStringLiteral("/Size\\s+(\\d+)")).match(QString::fromLatin1(trailer));
    const int root = referenceIn(trailer, "Root");
    const int infoObject = referenceIn(trailer, "Info");
    const qint64 previous = pdf.mid(startxrefAt + 9, 24).trimmed().split('\n').value(0).trimmed().toLongLong();
    const QByteArray catalog = objectBody(pdf, root);
    const int pagesObject = referenceIn(catalog, "Pages");
    const QByteArray pagesTree = objectBody(pdf, pagesObject);
    if (!size.hasMatch() || root == 0 || catalog.isEmpty() || pagesTree.isEmpty() || previous <= 0)
        return pdf;
    // Qt writes one flat page tree: /Kids [a 0 R b 0 R ...].
    QList<int> pages;
    const qsizetype kids = pagesTree.indexOf("/Kids");
    const qsizetype kidsEnd = pagesTree.indexOf(']', kids);
    if (kids < 0 || kidsEnd < 0)
        return pdf;
    QRegularExpressionMatchIterator it = QRegularExpression(QStringLiteral("(\\d+)\\s+0\\s+R"))
                                             .globalMatch(QString::fromLatin1(pagesTree.mid(kids, kidsEnd - kids)));
    while (it.hasNext())
        pages << it.next().captured(1).toInt();

    int next = size.captured(1).toInt();
    QList<QPair<int, QByteArray>> objects; // number, body

    // The outline: headings nest by level; the title and the sections are the first level.
    struct Item {
        PdfWriter::Heading heading;
        int number = 0;
        int parent = -1; // index in items, or -1 for the outline's root
        QList<int> children;
    };
    QList<Item> items;
    QList<int> topLevel;
    QList<QPair<int, int>> open; // the items a new one may go under: depth and index, outermost first
    for (const PdfWriter::Heading &heading : headings) {
        if (heading.page < 0 || heading.page >= pages.size() || heading.level > 4 || heading.text.isEmpty())
            continue;
        const int depth = qMax(0, heading.level - 2);
        Item item{heading, next++, -1, {}};
        // Under the nearest open item of a lesser depth, even when levels are skipped (2, then 4).
        while (!open.isEmpty() && open.back().first >= depth)
            open.removeLast();
        const int index = int(items.size());
        if (!open.isEmpty()) {
            item.parent = open.back().second;
            items[item.parent].children << index;
        } else {
            topLevel << index;
        }
        open.append({depth, index});
        items << item;
    }
    const int outlineRoot = items.isEmpty() ? 0 : next++;
    const auto number = [&](int index) { return QByteArray::number(items.at(index).number); };
    const auto siblingLinks = [&](const QList<int> &siblings, int index) {
        QByteArray links;
        const qsizetype at = siblings.indexOf(index);
        if (at > 0)
            links += "/Prev " + number(siblings.at(at - 1)) + " 0 R\n";
        if (at + 1 < siblings.size())
            links += "/Next " + number(siblings.at(at + 1)) + " 0 R\n";
        return links;
    };
    for (int index = 0; index < items.size(); ++index) {
        const Item &item = items.at(index);
        const QList<int> &siblings = item.parent < 0 ? topLevel : items.at(item.parent).children;
        QByteArray body = "<<\n/Title " + pdfText(item.heading.text) + "\n/Parent "
            + (item.parent < 0 ? QByteArray::number(outlineRoot) : number(item.parent)) + " 0 R\n"
            + siblingLinks(siblings, index);
        if (!item.children.isEmpty())
            body += "/First " + number(item.children.first()) + " 0 R\n/Last " + number(item.children.last())
                + " 0 R\n/Count -" + QByteArray::number(item.children.size()) + '\n'; // closed: sections first
        body += "/Dest [" + QByteArray::number(pages.at(item.heading.page)) + " 0 R /XYZ 0 "
            + QByteArray::number(qMax(0.0, pageHeightPt - item.heading.top + 4), 'f', 1) + " null]\n>>";
        objects.append({item.number, body});
    }
    if (outlineRoot)
        objects.append({outlineRoot, "<<\n/Type /Outlines\n/First " + number(topLevel.first()) + " 0 R\n/Last "
                                         + number(topLevel.last()) + " 0 R\n/Count "
                                         + QByteArray::number(topLevel.size()) + "\n>>"});

    // The catalogue again, with the outline shown on opening and the document's language.
    QByteArray newCatalog = catalog;
    const qsizetype catalogEnd = newCatalog.lastIndexOf(">>");
    QByteArray extra;
    if (outlineRoot)
        extra += "/Outlines " + QByteArray::number(outlineRoot) + " 0 R\n/PageMode /UseOutlines\n";
    if (!info.language.isEmpty())
        extra += "/Lang " + pdfText(info.language) + '\n';
    extra += "/ViewerPreferences << /DisplayDocTitle true >>\n";
    newCatalog.insert(catalogEnd, extra);
    objects.append({root, newCatalog});
    // The information dictionary again, with the author: the forum that issues the document.
    if (infoObject && !info.forum.isEmpty()) {
        QByteArray newInfo = objectBody(pdf, infoObject);
        const qsizetype infoEnd = newInfo.lastIndexOf(">>");
        if (infoEnd > 0) {
            newInfo.insert(infoEnd, "/Author " + pdfText(info.forum) + '\n');
            objects.append({infoObject, newInfo});
        }
    }

    if (!pdf.endsWith('\n'))
        pdf += '\n';
    QByteArray xref = "xref\n";
    for (const auto &[objectNumber, body] : objects) {
        xref += QByteArray::number(objectNumber) + " 1\n"
            + QByteArray::number(pdf.size()).rightJustified(10, '0') + " 00000 n \n";
        pdf += QByteArray::number(objectNumber) + " 0 obj\n" + body + "\nendobj\n";
    }
    const qsizetype xrefAt = pdf.size();
    pdf += xref;
    pdf += "trailer\n<<\n/Size " + QByteArray::number(next) + "\n/Root " + QByteArray::number(root) + " 0 R\n";
    if (infoObject)
        pdf += "/Info " + QByteArray::number(infoObject) + " 0 R\n";
    pdf += "/Prev " + QByteArray::number(previous) + "\n>>\nstartxref\n" + QByteArray::number(xrefAt) + "\n%%EOF\n";
    return pdf;
}

// Lays `source` out on the device's pages (the whole page: the device has no margins of its own)
// and paints them, with the running header and "page X of Y"; returns where the headings landed.
QList<PdfWriter::Heading> paintPages(const QTextDocument &source, QPagedPaintDevice &device, QPainter &painter)
{
    const DocumentBuilder::PageInfo info = DocumentBuilder::pageInfo(source);
    const qreal dpi = device.logicalDpiY();
    const qreal mm = dpi / 25.4; // device pixels in a millimetre
    const qreal left = kLeftMm * mm, right = kRightMm * mm, top = kTopMm * mm, bottom = kBottomMm * mm;

    // Laid out on the device's own resolution, a copy whose pages are the text area of a page.
    std::unique_ptr<QTextDocument> document(source.clone());
    document->documentLayout()->setPaintDevice(&device);
    // Whole pixels: the layout measures in 1/64 of a pixel, and the page feet it sees must be the
    // ones the pages are cut at.
    const QSizeF body(std::floor(device.width() - left - right), std::floor(device.height() - top - bottom));
    document->setPageSize(body);
    keepTogether(*document);
    const QList<PdfWriter::Heading> headings = headingsOf(*document, dpi);

    const int pages = document->pageCount();
    QFont small = document->defaultFont();
    small.setPointSizeF(8);
    QAbstractTextDocumentLayout::PaintContext context;
    context.palette.setColor(QPalette::Text, Qt::black);
    for (int page = 0; page < pages; ++page) {
        if (page > 0)
            device.newPage();
        painter.save();
        painter.translate(left, top - page * body.height());
        const QRectF view(0, page * body.height(), body.width(), body.height());
        painter.setClipRect(view);
        // A line whose edge is exactly the page's is drawn on one page, not (clipped) on both.
        context.clip = view.adjusted(0, 0.5, 0, -0.5);
        document->documentLayout()->draw(&painter, context);
        painter.restore();

        painter.setFont(small);
        painter.setPen(QColor(0x55, 0x55, 0x55));
        const QFontMetricsF metrics(small, &device);
        if (page > 0) {
            // The running header: the forum and the document (its title says DRAFT when it is one)
            // at the left, the date at the right, over a thin rule.
            const QRectF head(left, top - 12 * mm, body.width(), metrics.height());
            const qreal dateWidth = metrics.horizontalAdvance(info.date);
            QFont headFont = small; // measured at the device's resolution, as it is drawn
            headFont.setPixelSize(qRound(8 * dpi / 72.0));
            painter.drawText(head.adjusted(0, 0, -dateWidth - 6 * mm, 0), Qt::AlignLeft | Qt::AlignVCenter,
                             info.runningHead(headFont, head.width() - dateWidth - 6 * mm));
            painter.drawText(head, Qt::AlignRight | Qt::AlignVCenter, info.date);
            painter.setPen(QPen(QColor(0x99, 0x99, 0x99), 0.3 * mm));
            painter.drawLine(QPointF(left, head.bottom() + 1.5 * mm), QPointF(left + body.width(), head.bottom() + 1.5 * mm));
            painter.setPen(QColor(0x55, 0x55, 0x55));
        }
        const QRectF foot(left, device.height() - bottom + 7 * mm, body.width(), metrics.height());
        painter.drawText(foot, Qt::AlignHCenter | Qt::AlignVCenter,
                         QString(info.pageOf).arg(page + 1).arg(pages));
    }
    return headings;
}

} // namespace

QByteArray PdfWriter::write(const QTextDocument &document)
{
    return write(document, nullptr);
}

QByteArray PdfWriter::write(const QTextDocument &source, QList<Heading> *headingsOut)
{
    const DocumentBuilder::PageInfo info = DocumentBuilder::pageInfo(source);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter pdf(&buffer);
    pdf.setPageSize(QPageSize(QPageSize::A4));
    pdf.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
    pdf.setResolution(kDpi);
    pdf.setTitle(info.title);
    pdf.setCreator(QStringLiteral("Forum Desk"));
    QPainter painter;
    if (!painter.begin(&pdf))
        throw StorageError(StorageError::Kind::Io,
                           QCoreApplication::translate("DocumentWriter", "the PDF could not be started"));
    const QList<Heading> headings = paintPages(source, pdf, painter);
    if (headingsOut)
        *headingsOut = headings;
    if (!painter.end())
        throw StorageError(StorageError::Kind::Io,
                           QCoreApplication::translate("DocumentWriter", "the PDF could not be finished"));
    return withOutlineAndMetadata(buffer.data(), info, headings, pdf.height() * 72.0 / kDpi);
}

bool PdfWriter::print(const QTextDocument &document, QPagedPaintDevice *device)
{
    QPainter painter;
    if (!device || !painter.begin(device))
        return false;
    paintPages(document, *device, painter);
    return painter.end();
}

} // namespace forumdesk
