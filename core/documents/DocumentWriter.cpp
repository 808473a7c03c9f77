// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/documents/DocumentWriter.h"

#include "core/documents/DocumentBuilder.h"
#include "core/documents/OdtWriter.h"
#include "core/documents/PdfWriter.h"
#include "core/storage/StorageError.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <QTextDocument>

namespace forumdesk {

namespace {

[[noreturn]] void cannotWrite(const QString &path, const QString &reason)
{
    throw StorageError(StorageError::Kind::Io,
                       QCoreApplication::translate("DocumentWriter", "Cannot write %1: %2")
                           .arg(QDir::toNativeSeparators(path), reason));
}

QSaveFile *openTarget(QSaveFile &file, const QString &path)
{
    const QFileInfo info(path);
    if (info.isDir())
        cannotWrite(path, QCoreApplication::translate("DocumentWriter", "it is a folder"));
    if (!QFileInfo(info.absolutePath()).isDir())
        cannotWrite(path, QCoreApplication::translate("DocumentWriter", "the folder does not exist"));
    if (!file.open(QIODevice::WriteOnly))
        cannotWrite(path, file.errorString());
    return &file;
}

void commit(QSaveFile &file, const QString &path)
{
    if (!file.commit())
        cannotWrite(path, file.errorString());
}

} // namespace

bool DocumentWriter::parseFormat(const QString &name, Format *format)
{
    const QString n = name.toLower();
    if (n == QLatin1String("pdf"))
        *format = Format::Pdf;
    else if (n == QLatin1String("odt"))
        *format = Format::Odt;
    else if (n == QLatin1String("html") || n == QLatin1String("htm"))
        *format = Format::Html;
    else if (n == QLatin1String("md") || n == QLatin1String("markdown"))
        *format = Format::Markdown;
    else
        return false;
    return true;
}

DocumentWriter::Format DocumentWriter::formatFor(const QString &path)
{
    Format format = Format::Pdf;
    parseFormat(QFileInfo(path).suffix(), &format);
    return format;
}

void DocumentWriter::write(const QTextDocument &document, const QString &path, Format format)
{
    QSaveFile file(path);
    openTarget(file, path);
    switch (format) {
    case Format::Pdf:
        file.write(PdfWriter::write(document));
        break;
    case Format::Odt:
        file.write(OdtWriter::write(document));
        break;
    case Format::Html: {
        // One file that stands alone: the pictures go inline as data: URIs. HTML5's doctype and the
        // document's language instead of Qt's HTML 4 header, so that browsers (and screen readers)
        // read it in standards mode, in its language.
        QString html = document.toHtml();
        if (html.startsWith(QLatin1String("<!DOCTYPE"))) {
            const qsizetype end = html.indexOf(QLatin1Char('>'));
            html.replace(0, end + 1, QStringLiteral("<!DOCTYPE html>"));
        }
        // Qt writes the title as it is, markup and all: a meeting called "<script>…" would run in the
        // reader's browser. Escaped here.
        const QString title = document.metaInformation(QTextDocument::DocumentTitle);
        if (!title.isEmpty())
            html.replace(QStringLiteral("<title>%1</title>").arg(title), QStringLiteral("<title>%1</title>").arg(title.toHtmlEscaped()));
        // Control characters a field may hold (a vertical tab pasted from Word) are not HTML.
        html.removeIf([](QChar ch) { return ch.unicode() < 0x20 && ch != QLatin1Char('\t') && ch != QLatin1Char('\n') && ch != QLatin1Char('\r'); });
        const QString language = DocumentBuilder::pageInfo(document).language;
        const qsizetype htmlTag = html.indexOf(QLatin1String("<html>"));
        if (!language.isEmpty() && htmlTag >= 0)
            html.replace(htmlTag, 6, QStringLiteral("<html lang=\"%1\">").arg(language.toHtmlEscaped()));
        for (const DocumentBuilder::EmbeddedImage &image : DocumentBuilder::embeddedImages(document))
            html.replace(QStringLiteral("src=\"%1\"").arg(image.name),
                         QStringLiteral("src=\"%1\" alt=\"%2\"").arg(image.dataUri, image.caption.toHtmlEscaped()));
        file.write(html.toUtf8());
        break;
    }
    case Format::Markdown:
        file.write(DocumentBuilder::markdownOf(document).toUtf8());
        break;
    }
    commit(file, path);
}

void DocumentWriter::writeBytes(const QByteArray &bytes, const QString &path)
{
    QSaveFile file(path);
    openTarget(file, path);
    if (file.write(bytes) != bytes.size())
        cannotWrite(path, file.errorString());
    commit(file, path);
}

} // namespace forumdesk
