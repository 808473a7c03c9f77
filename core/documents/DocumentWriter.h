// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QTextDocument;

namespace forumdesk {

// Writes a document as PDF, ODT (opens in LibreOffice and Word), HTML or Markdown, atomically: the
// file appears whole or not at all (QSaveFile). Failures throw StorageError(Io) naming the file.
// Pictures (DocumentBuilder::image) are in every format: in the ODT's Pictures/ folder, and inline
// as data: URIs in HTML and Markdown, so that each export is one file that stands alone.
class DocumentWriter {
public:
    enum class Format { Pdf, Odt, Html, Markdown };

    // "pdf", "odt", "html", "md"; false when the name is not one of them.
    static bool parseFormat(const QString &name, Format *format);
    // The format a file name's suffix asks for (Pdf when unknown).
    static Format formatFor(const QString &path);
    static void write(const QTextDocument &document, const QString &path, Format format);
    // Raw bytes (a calendar file, CSV), with the same atomic write and errors.
    static void writeBytes(const QByteArray &bytes, const QString &path);
};

} // namespace forumdesk
