// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/document/DocumentExport.h"

#include "ui/document/BackgroundTask.h"
#include "ui/document/ForumDocument.h"
#include "core/documents/DocumentLanguage.h"
#include "core/documents/PdfWriter.h"
#include "core/forum/VocabularyKeys.h"
#include "core/meetings/IcsCalendar.h"
#include "core/meetings/MeetingDossier.h"
#include "core/meetings/MinutesDocument.h"
#include "core/storage/StorageError.h"

#include <QApplication>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMainWindow>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrinter>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTextDocument>
#include <QThread>
#include <QUrl>

#include <memory>

namespace forumdesk {

namespace {

// Printed pages as the exported PDF's: the running header, "page X of Y", headings and rows kept
// together. The pages bring their own margins, so the printer prints its whole page.
bool printDocumentOn(const QTextDocument &document, QPrinter &printer)
{
    printer.setFullPage(true);
    printer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
    return PdfWriter::print(document, &printer);
}

std::unique_ptr<QTextDocument> buildDocument(DocumentExport::Kind kind, const MeetingDossier &dossier)
{
    const DocumentLanguage language(dossier.forum.language);
    return kind == DocumentExport::Kind::Minutes ? MinutesDocument::build(dossier, language)
                                                : MeetingNotice::build(dossier, language);
}

// A file name without the characters file systems refuse.
QString safeName(QString name)
{
    static const QString bad = QStringLiteral("\\/:*?\"<>|");
    for (QChar &c : name) {
        if (bad.contains(c) || c.unicode() < 32)
            c = QLatin1Char('-');
    }
    return name.simplified().left(120);
}

} // namespace

DocumentExport::DocumentExport(ForumDocument *document, QWidget *dialogParent)
    : QObject(dialogParent), m_document(document), m_parent(dialogParent)
{
}

QString DocumentExport::suggestedPath(const QString &name, const QString &suffix) const
{
    QString folder = QSettings().value(QStringLiteral("export/folder")).toString();
    if (folder.isEmpty() || !QDir(folder).exists())
        folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QDir(folder).filePath(safeName(name) + QLatin1Char('.') + suffix);
}

void DocumentExport::remember(const QString &path)
{
    QSettings().setValue(QStringLiteral("export/folder"), QFileInfo(path).absolutePath());
}

void DocumentExport::chooseAndWrite(Kind kind, qint64 meetingId)
{
    MeetingDossier dossier;
    try {
        dossier = MeetingDossier::load(m_document->file(), meetingId);
    } catch (const StorageError &error) {
        finish(QString(), error.message());
        return;
    }
    // A planned meeting has no minutes yet: say so before asking where to write them.
    if (const QString refused = kind == Kind::Minutes ? MinutesDocument::refusal(dossier.meeting) : QString();
        !refused.isEmpty()) {
        finish(QString(), refused);
        return;
    }
    // A cancelled meeting's "minutes" are its notice of cancellation, and the file says so.
    const bool cancelled = dossier.meeting.status == key::MeetingStatus::Cancelled;
    const QString name = kind != Kind::Minutes ? tr("Notice - %1").arg(dossier.meeting.title)
        : cancelled                            ? tr("Cancellation - %1").arg(dossier.meeting.title)
                                               : tr("Minutes - %1").arg(dossier.meeting.title);
    DocumentWriter::Format format = DocumentWriter::Format::Pdf;
    const QString target = choosePath(kind == Kind::Minutes ? tr("Export Minutes") : tr("Export Notice"), name, &format);
    if (target.isEmpty())
        return;
    write(kind, meetingId, target, format);
}

QString DocumentExport::choosePath(const QString &dialogTitle, const QString &suggestedName, DocumentWriter::Format *format)
{
    const QString pdf = tr("PDF document (*.pdf)");
    const QString odt = tr("OpenDocument text, for LibreOffice and Word (*.odt)");
    const QString html = tr("Web page (*.html)");
    const QString md = tr("Markdown (*.md)");
    QString filter = pdf;
    const QString path = QFileDialog::getSaveFileName(
        m_parent, dialogTitle, suggestedPath(suggestedName, QStringLiteral("pdf")),
        QStringList{pdf, odt, html, md}.join(QStringLiteral(";;")), &filter);
    if (path.isEmpty())
        return QString();
    *format = DocumentWriter::Format::Pdf;
    QString suffix = QStringLiteral("pdf");
    if (filter == odt) {
        *format = DocumentWriter::Format::Odt;
        suffix = QStringLiteral("odt");
    } else if (filter == html) {
        *format = DocumentWriter::Format::Html;
        suffix = QStringLiteral("html");
    } else if (filter == md) {
        *format = DocumentWriter::Format::Markdown;
        suffix = QStringLiteral("md");
    }
    QString target = path;
    if (QFileInfo(target).suffix().compare(suffix, Qt::CaseInsensitive) != 0)
        target += QLatin1Char('.') + suffix;
    remember(target);
    return target;
}

void DocumentExport::chooseAndWriteDocument(const QString &dialogTitle, const QString &suggestedName,
                                           const DocumentBuild &build)
{
    DocumentWriter::Format format = DocumentWriter::Format::Pdf;
    const QString target = choosePath(dialogTitle, suggestedName, &format);
    if (!target.isEmpty())
        writeDocument(build, target, format);
}

void DocumentExport::writeDocument(const DocumentBuild &build, const QString &path, DocumentWriter::Format format)
{
    std::shared_ptr<QTextDocument> document;
    try {
        document = build();
    } catch (const StorageError &error) {
        finish(path, error.message());
        return;
    }
    // Let the worker thread take the document over: it lays it out and writes it there, then hands
    // it back to this thread, which lets it go last (the callback below holds it), so that its
    // layout timers move back with it and it is deleted where it lives.
    document->moveToThread(nullptr);
    QThread *home = thread();
    runInBackground<QString>(
        this,
        [document, path, format, home] {
            document->moveToThread(QThread::currentThread());
            QString error;
            try {
                DocumentWriter::write(*document, path, format);
            } catch (const StorageError &failure) {
                error = failure.message();
            }
            document->moveToThread(home);
            return error;
        },
        [this, path, document](QString error) {
            Q_UNUSED(document) // held until here, so that the last reference goes on this thread
            finish(path, error);
        });
}

DocumentExport::DocumentBuild DocumentExport::readNow(const DocumentSource &read, const QString &path)
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    DocumentBuild build;
    QString error;
    try {
        build = read();
    } catch (const StorageError &failure) {
        error = failure.message();
    }
    QApplication::restoreOverrideCursor();
    if (!error.isEmpty())
        finish(path, error);
    return build;
}

bool DocumentExport::chooseAndMakeDocument(const QString &dialogTitle, const QString &suggestedName, const DocumentSource &read)
{
    DocumentWriter::Format format = DocumentWriter::Format::Pdf;
    const QString target = choosePath(dialogTitle, suggestedName, &format);
    if (target.isEmpty())
        return false;
    makeDocument(read, target, format);
    return true;
}

void DocumentExport::makeDocument(const DocumentSource &read, const QString &path, DocumentWriter::Format format)
{
    const DocumentBuild build = readNow(read, path);
    if (!build)
        return;
    runInBackground<QString>(
        this,
        [build, path, format] {
            try {
                const auto document = build();
                DocumentWriter::write(*document, path, format);
                return QString();
            } catch (const StorageError &error) {
                return error.message();
            }
        },
        [this, path](QString error) { finish(path, error); });
}

bool DocumentExport::printDocument(const QString &dialogTitle, const DocumentSource &read)
{
    auto printer = std::make_shared<QPrinter>(QPrinter::HighResolution);
    QPrintDialog dialog(printer.get(), m_parent);
    dialog.setWindowTitle(dialogTitle);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    printDocument(read, printer);
    return true;
}

void DocumentExport::printDocument(const DocumentSource &read, const std::shared_ptr<QPrinter> &printer)
{
    const DocumentBuild build = readNow(read, QString());
    if (!build)
        return;
    // QPainter may paint on a printer from a worker thread: a long report prints while the window
    // keeps answering.
    runInBackground<QString>(
        this,
        [build, printer] {
            try {
                const auto document = build();
                printer->setDocName(document->metaInformation(QTextDocument::DocumentTitle));
                if (!printDocumentOn(*document, *printer))
                    return tr("The printer could not be used.");
                return QString();
            } catch (const StorageError &error) {
                return error.message();
            }
        },
        [this](QString error) {
            if (error.isEmpty())
                emit printed();
            else
                finish(QString(), error);
        });
}

void DocumentExport::chooseAndWriteCalendar(const QList<qint64> &meetingIds, const QString &suggestedName)
{
    const QString path = QFileDialog::getSaveFileName(m_parent, tr("Export Invitation"),
                                                      suggestedPath(suggestedName, QStringLiteral("ics")),
                                                      tr("Calendar invitation (*.ics)"));
    if (path.isEmpty())
        return;
    QString target = path;
    if (QFileInfo(target).suffix().compare(QLatin1String("ics"), Qt::CaseInsensitive) != 0)
        target += QStringLiteral(".ics");
    remember(target);
    writeCalendar(meetingIds, target);
}

void DocumentExport::write(Kind kind, qint64 meetingId, const QString &path, DocumentWriter::Format format)
{
    MeetingDossier dossier;
    try {
        // Read here, on the window's thread, which owns the file; built and written on a worker.
        dossier = MeetingDossier::load(m_document->file(), meetingId);
    } catch (const StorageError &error) {
        finish(path, error.message());
        return;
    }
    runInBackground<QString>(
        this,
        [kind, dossier, path, format] {
            try {
                const auto document = buildDocument(kind, dossier);
                DocumentWriter::write(*document, path, format);
                return QString();
            } catch (const StorageError &error) {
                return error.message();
            }
        },
        [this, path](QString error) { finish(path, error); });
}

void DocumentExport::writeCalendar(const QList<qint64> &meetingIds, const QString &path)
{
    QByteArray bytes;
    try {
        bytes = IcsCalendar::build(m_document->file(), meetingIds);
    } catch (const StorageError &error) {
        finish(path, error.message());
        return;
    }
    runInBackground<QString>(
        this,
        [bytes, path] {
            try {
                DocumentWriter::writeBytes(bytes, path);
                return QString();
            } catch (const StorageError &error) {
                return error.message();
            }
        },
        [this, path](QString error) { finish(path, error); });
}

void DocumentExport::announce(const QString &path)
{
    // Where the file went, in the window's status bar, with a way to open it or its folder.
    auto *window = m_parent ? qobject_cast<QMainWindow *>(m_parent->window()) : nullptr;
    if (!window || path.isEmpty())
        return;
    QStatusBar *bar = window->statusBar();
    auto *notice = bar->findChild<QLabel *>(QStringLiteral("exportNotice"));
    if (!notice) {
        notice = new QLabel(bar);
        notice->setObjectName(QStringLiteral("exportNotice"));
        notice->setTextFormat(Qt::RichText);
        notice->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
        notice->setAccessibleName(tr("Last export"));
        connect(notice, &QLabel::linkActivated, notice, [](const QString &link) { QDesktopServices::openUrl(QUrl(link)); });
        bar->addWidget(notice, 1);
    }
    const QFileInfo file(path);
    notice->setText(tr("Saved %1 in %2 · <a href=\"%3\">Open</a> · <a href=\"%4\">Show Folder</a>")
                        .arg(file.fileName().toHtmlEscaped(), QDir::toNativeSeparators(file.absolutePath()).toHtmlEscaped(),
                             QUrl::fromLocalFile(file.absoluteFilePath()).toString(QUrl::FullyEncoded).toHtmlEscaped(),
                             QUrl::fromLocalFile(file.absolutePath()).toString(QUrl::FullyEncoded).toHtmlEscaped()));
    notice->setToolTip(QDir::toNativeSeparators(file.absoluteFilePath()));
    notice->show();
}

QString DocumentExport::exportNotice(QWidget *window)
{
    auto *main = qobject_cast<QMainWindow *>(window);
    const auto *notice = main ? main->statusBar()->findChild<QLabel *>(QStringLiteral("exportNotice")) : nullptr;
    return notice ? notice->text() : QString();
}

void DocumentExport::finish(const QString &path, const QString &error)
{
    if (error.isEmpty()) {
        announce(path);
        emit exported(path);
        return;
    }
    if (m_parent) {
        // Without a path, it was a print that failed.
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Export Failed"),
                                    path.isEmpty()
                                        ? tr("The document was not made. Nothing in the forum was changed.")
                                        : tr("“%1” was not written. Nothing in the forum was changed; choose another folder and try again.")
                                              .arg(QFileInfo(path).fileName()),
                                    QMessageBox::Ok, m_parent);
        box->setObjectName(QStringLiteral("exportError"));
        box->setInformativeText(error);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    }
    emit failed(error);
}

void DocumentExport::print(Kind kind, qint64 meetingId)
{
    std::unique_ptr<QTextDocument> document;
    try {
        document = buildDocument(kind, MeetingDossier::load(m_document->file(), meetingId));
    } catch (const StorageError &error) {
        finish(QString(), error.message());
        return;
    }
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(document->metaInformation(QTextDocument::DocumentTitle));
    QPrintDialog dialog(&printer, m_parent);
    dialog.setWindowTitle(kind == Kind::Minutes ? tr("Print Minutes") : tr("Print Notice"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (!printDocumentOn(*document, printer))
        finish(QString(), tr("The printer could not be used."));
}

} // namespace forumdesk
