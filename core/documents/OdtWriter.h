// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

class QTextDocument;

namespace forumdesk {

// Writes a document made by DocumentBuilder as OpenDocument Text, laid out as the PDF is: A4 with
// 2 cm margins, a running header from the second page, "page X of Y" in the document's language,
// real outline headings, tables with their column widths and repeated header rows, lists with one
// marker each, and pictures that carry their caption as alternative text. Qt's own ODF writer
// knows none of these.
class OdtWriter {
public:
    // The OpenDocument Text file for a document made by DocumentBuilder, as bytes.
    // Throws StorageError(StorageError::Kind::Io, message) (core/storage/StorageError.h) when the
    // zip cannot be made.
    static QByteArray write(const QTextDocument &document);
};

} // namespace forumdesk
