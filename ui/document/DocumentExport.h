// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/documents/DocumentWriter.h"

#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

class QPrinter;
class QTextDocument;
class QWidget;

namespace forumdesk {

class ForumDocument;

// Writes a meeting's minutes, notice or invitation, or any other forum document (the plan draft,
// the reasoned-response report, the progress report), where the user chooses, or prints them. What
// goes in is read at once; the file is written in the background, atomically, so the window keeps
// answering and a failed export (a folder that cannot be written) leaves no half file. Failures
// are explained in a message box.
class DocumentExport : public QObject {
    Q_OBJECT
public:
    enum class Kind { Minutes, Notice };

    DocumentExport(ForumDocument *document, QWidget *dialogParent);

    // Asks where (the file type chosen in the dialog gives the format), then writes.
    void chooseAndWrite(Kind kind, qint64 meetingId);
    // Asks where, then writes an iCalendar file of one or more meetings.
    void chooseAndWriteCalendar(const QList<qint64> &meetingIds, const QString &suggestedName);
    void print(Kind kind, qint64 meetingId);

    // Without asking (tests, and the dialogs above). exported() or failed() tells how it went.
    void write(Kind kind, qint64 meetingId, const QString &path, DocumentWriter::Format format);
    void writeCalendar(const QList<qint64> &meetingIds, const QString &path);

    // Any document built from the forum (on the window's thread, which owns the file): asks where
    // and in which format, then writes it in the background like the minutes.
    using DocumentBuild = std::function<std::unique_ptr<QTextDocument>()>;
    void chooseAndWriteDocument(const QString &dialogTitle, const QString &suggestedName, const DocumentBuild &build);
    void writeDocument(const DocumentBuild &build, const QString &path, DocumentWriter::Format format);

    // A document made in two steps, for the long ones (the progress report of a big plan): `read`
    // runs on the window's thread, which owns the file, and reads what the document shows and draws
    // what only that thread can draw (charts); the DocumentBuild it returns makes the document on a
    // worker, which then writes or prints it.
    using DocumentSource = std::function<DocumentBuild()>;
    // False when the user cancelled the dialog; otherwise exported() or failed() follows.
    bool chooseAndMakeDocument(const QString &dialogTitle, const QString &suggestedName, const DocumentSource &read);
    void makeDocument(const DocumentSource &read, const QString &path, DocumentWriter::Format format);
    // Asks for a printer, then prints in the background; printed() or failed() tells how it went.
    // False when the user cancelled the dialog.
    bool printDocument(const QString &dialogTitle, const DocumentSource &read);
    // Without asking (tests): prints on `printer`, which may be a PDF file.
    void printDocument(const DocumentSource &read, const std::shared_ptr<QPrinter> &printer);

    // What the status bar of `window` (a QMainWindow) says of the last export, as rich text; empty
    // when nothing was exported from it.
    static QString exportNotice(QWidget *window);

signals:
    void exported(const QString &path);
    void printed();
    void failed(const QString &message);

private:
    void finish(const QString &path, const QString &error);
    void announce(const QString &path);
    // Runs `read` under a busy cursor; an empty DocumentBuild when it failed (and said so).
    DocumentBuild readNow(const DocumentSource &read, const QString &path);
    // The save dialog for a document: the file type chosen gives the format. Empty when cancelled.
    QString choosePath(const QString &dialogTitle, const QString &suggestedName, DocumentWriter::Format *format);
    QString suggestedPath(const QString &name, const QString &suffix) const;
    void remember(const QString &path);

    ForumDocument *m_document;
    QPointer<QWidget> m_parent;
};

} // namespace forumdesk
