// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QImage>
#include <QString>
#include <QStringList>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextListFormat>

#include <functional>
#include <memory>

namespace forumdesk {

class DocumentLanguage;

// Builds a QTextDocument block by block. Every piece of user text goes in as plain text, so
// markup in a name or a minute is shown as written, in every output format.
class DocumentBuilder {
public:
    // The width, in pixels at 96 dpi, a picture is shown at: the text's width on an A4 page inside
    // the 2 cm margins (17 cm), less a little air. Draw pictures at twice this width to keep them
    // sharp on paper.
    static constexpr int kTextWidth = 600;

    explicit DocumentBuilder(const QString &title);

    // What every printed page says beside the text (PDF and ODT): from the second page a running
    // header with the forum, the document's title (DRAFT when it is one) and its date; on every page
    // "page X of Y" in the document's language; the language and the forum (as author) go into the
    // file's metadata.
    void setRunningHead(const DocumentLanguage &language, const QString &forum, const QDate &date);
    // "Date:", "Date :" in French: a label followed by its value in `language`.
    static QString fieldLabel(const DocumentLanguage &language, const QString &label);
    struct PageInfo {
        QString title;    // the document's title, as the window's title bar and PDF readers show it
        QString forum;    // the running header's left part and the author
        QString date;     // the running header's right part, a long date in the document's language
        QString language; // "es", "en"...; empty when unknown
        QString pageOf;   // "Page %1 of %2" in the document's language
        // The running header's left part, "forum · title", shortened at its end to fit `width`
        // pixels of `font` (the date takes the right part).
        QString runningHead(const QFont &font, qreal width) const;
    };
    static PageInfo pageInfo(const QTextDocument &document);
    // A block that must start the same page as the block or table after it (headings, pictures):
    // paginating writers move it to the next page rather than leave it alone at a page's foot.
    static bool keepsWithNext(const QTextBlockFormat &format);

    void title(const QString &text, const QString &subtitle = {});
    void heading(const QString &text, int level = 2);
    void paragraph(const QString &text);
    // "Label: value" with the label in bold; nothing when the value is empty.
    void field(const QString &label, const QString &value);
    void bullets(const QStringList &items);
    // A list numbered 1, 2, 3... by the document itself (no "• 1." twice).
    void numbered(const QStringList &items);
    // `widths`, when given, are the columns' shares of the page width in percent; otherwise each
    // column gets the share its content needs (a date column no wider than its dates, long texts
    // the rest), never less than its longest word.
    void table(const QStringList &headers, const QList<QStringList> &rows, const QList<int> &widths = {});
    // A line for a signature: a rule, then the name and the role under it.
    void signature(const QString &name, const QString &role);
    // A picture (a chart), shown kTextWidth wide whatever its pixel size, centred, with its caption
    // under it. The caption is also the picture's alternative text in HTML and Markdown.
    void image(const QImage &picture, const QString &caption);
    // What comes next starts a new page on paper (PDF, ODT, printing).
    void pageBreak() { m_pageBreak = true; }

    // The document, carrying its Markdown rendering (see markdownOf): Qt's own Markdown writer
    // would let markup in user text through.
    std::unique_ptr<QTextDocument> take();
    // The Markdown, with the pictures as data: URIs in reference definitions at the end, so that
    // the file stands alone and its text stays readable.
    static QString markdownOf(const QTextDocument &document);

    // The pictures image() put in a document: the name its text refers to them by, the caption,
    // and the picture as a PNG data: URI (for self-contained HTML and Markdown).
    struct EmbeddedImage {
        QString name;
        QString caption;
        QString dataUri;
    };
    static QList<EmbeddedImage> embeddedImages(const QTextDocument &document);
    // The shares, in percent, that columns holding these cells need on a page kTextWidth wide.
    static QList<int> fittedWidths(const QFont &font, const QStringList &headers, const QList<QStringList> &rows);
    QTextDocument &document() { return *m_document; }

private:
    void newBlock(const QTextBlockFormat &format, const QTextCharFormat &chars);
    // bullets() and numbered(): one list of `style`, each item's Markdown marker from `marker`.
    void list(const QStringList &items, QTextListFormat::Style style, const std::function<QString(qsizetype)> &marker);
    std::unique_ptr<QTextDocument> m_document;
    QTextCursor m_cursor;
    bool m_empty = true;
    bool m_pageBreak = false;
    QString m_markdown;
    QString m_fieldLabel = QStringLiteral("%1:"); // "%1\u00a0:" in French
    QStringList m_captions; // of the pictures, in order
};

} // namespace forumdesk
