// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

class QPagedPaintDevice;
class QTextDocument;

namespace forumdesk {

// A document made by DocumentBuilder as a print-grade A4 PDF: 2 cm margins; from the second page
// a running header (forum, document, date, so DRAFT too); "page X of Y" at every page's foot;
// headings and pictures never left alone at a page's foot; the title, author (the forum) and
// language in the file, and bookmarks from the headings for a reader's outline.
class PdfWriter {
public:
    static QByteArray write(const QTextDocument &document);

    // Where each heading landed, for the bookmarks and for tests: its level, text, page (from 0)
    // and distance from the top of the page in points.
    struct Heading {
        int level = 0;
        QString text;
        int page = 0;
        qreal top = 0;
    };
    static QByteArray write(const QTextDocument &document, QList<Heading> *headings);
    // The same pages painted on a printer (or any paged device), for Print in the window: the
    // device must print its whole page (QPrinter::setFullPage) with no margins of its own, as the
    // pages bring theirs. False when the device cannot be painted on.
    static bool print(const QTextDocument &document, QPagedPaintDevice *device);
};

} // namespace forumdesk
