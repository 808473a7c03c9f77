// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/publish/PublishWebsiteDialog.h"

#include "core/forum/Forum.h"
#include "core/exchange/OpenData.h"
#include "core/forum/Vocabulary.h"
#include "core/publish/SitePublisher.h"
#include "core/publish/Website.h"
#include "core/storage/ForumFile.h"
#include "core/storage/StorageError.h"
#include "core/storage/Table.h"
#include "ui/charts/ReportCharts.h"
#include "ui/commands/Commands.h"
#include "ui/document/BackgroundTask.h"
#include "ui/document/ForumDocument.h"

#include <QComboBox>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QThread>
#include <QUndoStack>
#include <QUrl>
#include <QVBoxLayout>

namespace forumdesk {

namespace {

struct PublishRun {
    PublishResult result;
    QString error;
};

QString settingsKey(const QString &uid)
{
    return QStringLiteral("publish/%1/folder").arg(uid);
}

// Runs `draw` on the window's thread and waits for it: Qt Charts are graphics items, which only the
// application's thread may make. The window's thread is never waiting for the worker meanwhile.
template <class Result>
Result onWindowThread(const std::function<Result()> &draw)
{
    if (QThread::currentThread() == qApp->thread())
        return draw();
    Result result;
    QMetaObject::invokeMethod(qApp, [&result, &draw] { result = draw(); }, Qt::BlockingQueuedConnection);
    return result;
}

} // namespace

PublishWebsiteDialog::PublishWebsiteDialog(ForumDocument *document, QWidget *parent)
    : QDialog(parent), m_document(document)
{
    setWindowTitle(tr("Publish Website"));
    const Forum forum = Table<Forum>(document->file()).get(1);

    m_folder = new QLineEdit(this);
    m_folder->setAccessibleName(tr("Folder of the website"));
    m_folder->setMinimumWidth(fontMetrics().averageCharWidth() * 50);
    QSettings settings;
    const QFileInfo file(document->path());
    m_folder->setText(settings.value(settingsKey(forum.uid),
                                     file.absoluteDir().filePath(file.completeBaseName() + QStringLiteral("-") + tr("website")))
                          .toString());
    m_choose = new QPushButton(tr("C&hoose…"), this);
    m_choose->setAccessibleDescription(tr("Choose the folder to write the website into"));
    connect(m_choose, &QPushButton::clicked, this, &PublishWebsiteDialog::chooseFolder);
    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(m_choose);

    m_language = new QComboBox(this);
    for (const QString &key : Vocabulary::keys(Vocabulary::List::Language))
        m_language->addItem(Vocabulary::label(Vocabulary::List::Language, key), key);
    const int own = m_language->findData(forum.language);
    m_language->setCurrentIndex(own >= 0 ? own : 0);
    m_language->setAccessibleName(tr("Language of the website"));

    m_licence = new QComboBox(this);
    for (const QString &id : OpenData::licenceIds())
        m_licence->addItem(OpenData::requireLicence(id).title, id);
    m_licence->setCurrentIndex(m_licence->findData(settings.value(QStringLiteral("publish/%1/licence").arg(forum.uid), QStringLiteral("CC-BY-4.0"))));
    if (m_licence->currentIndex() < 0)
        m_licence->setCurrentIndex(0);
    m_licence->setAccessibleName(tr("Licence of the open data"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Folder:"), folderRow);
    form->addRow(tr("&Language:"), m_language);
    form->addRow(tr("Open data l&icence:"), m_licence);
    qobject_cast<QLabel *>(form->labelForField(folderRow))->setBuddy(m_folder);

    m_note = new QLabel(tr("The website opens from the folder itself, from a USB stick or from any web server; nothing is "
                           "fetched from the internet. Forum Desk writes only its own files there and replaces or "
                           "removes only those. Members are shown by name, organisation, sector and role; contributors "
                           "by name only with their consent; minutes once approved, and their publication is recorded "
                           "(one step you can undo)."),
                        this);
    m_note->setWordWrap(true);

    m_progress = new QProgressBar(this);
    m_progress->setAccessibleName(tr("Progress of the publication"));
    m_progress->setVisible(false);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_publish = m_buttons->addButton(tr("&Publish"), QDialogButtonBox::AcceptRole);
    m_publish->setDefault(true);
    m_open = m_buttons->addButton(tr("&Open the Website"), QDialogButtonBox::ActionRole);
    m_open->setVisible(false);
    connect(m_publish, &QPushButton::clicked, this, &PublishWebsiteDialog::publish);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &PublishWebsiteDialog::reject);
    connect(m_open, &QPushButton::clicked, this, [this] {
        QDesktopServices::openUrl(QUrl::fromLocalFile(QDir(folder()).filePath(QStringLiteral("index.html"))));
    });

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_note);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
    setMinimumWidth(std::min(760, fontMetrics().averageCharWidth() * 90));
    growToFit();
}

// Wrapped texts keep their whole height as they change: no line hidden under the bar.
void PublishWebsiteDialog::growToFit()
{
    layout()->activate();
    const int w = std::max(width(), minimumWidth());
    const int h = heightForWidth(w);
    if (h > height() || w > width())
        resize(w, std::max(h, height()));
}

void PublishWebsiteDialog::setStatus(const QString &text)
{
    m_status->setText(text);
    growToFit();
}

PublishWebsiteDialog::~PublishWebsiteDialog()
{
    if (m_stop)
        m_stop->store(true);
}

QString PublishWebsiteDialog::folder() const
{
    return m_folder->text().trimmed();
}

void PublishWebsiteDialog::setFolder(const QString &folder)
{
    m_folder->setText(folder);
}

void PublishWebsiteDialog::chooseFolder()
{
    const QString chosen = QFileDialog::getExistingDirectory(this, tr("Folder of the Website"), folder());
    if (!chosen.isEmpty())
        m_folder->setText(QDir::toNativeSeparators(chosen));
}

void PublishWebsiteDialog::setRunning(bool running)
{
    m_running = running;
    m_folder->setEnabled(!running);
    m_choose->setEnabled(!running);
    m_language->setEnabled(!running);
    m_licence->setEnabled(!running);
    m_publish->setEnabled(!running);
    m_buttons->button(QDialogButtonBox::Close)->setText(running ? tr("&Stop") : tr("&Close"));
}

void PublishWebsiteDialog::showProgress(int done, int total)
{
    m_progress->setRange(0, total);
    m_progress->setValue(done);
    setStatus(tr("Writing the website: %1 of %2 files").arg(done).arg(total));
}

void PublishWebsiteDialog::publish()
{
    if (m_running || !m_document)
        return;
    const QString target = folder();
    if (target.isEmpty()) {
        setStatus(tr("Choose the folder to write the website into."));
        m_folder->setFocus();
        return;
    }
    // The minutes the site will show are recorded as published first (one step to undo), so that
    // the site shows them so; the step is undone if publishing fails or is stopped.
    QUndoStack *undo = m_document->undoStack();
    const int undoIndex = undo->index();
    int recorded = 0;
    if (!m_document->isReadOnly()) {
        try {
            recorded = edit::recordMinutesPublished(m_document, SitePublisher::unrecordedMinutes(m_document->file()), m_document->today());
        } catch (const std::exception &) {
            recorded = 0; // a meeting that cannot move: the site shows it as it is
        }
    }
    const auto takeBack = [this, undo, undoIndex, recorded]() {
        if (recorded > 0 && m_document && undo->index() == undoIndex + 1)
            undo->undo();
    };
    std::shared_ptr<ForumFile> beside;
    try {
        beside = m_document->file().openBeside();
    } catch (const StorageError &error) {
        takeBack();
        setStatus(error.message());
        return;
    }
    const Forum forum = Table<Forum>(m_document->file()).get(1);
    QSettings().setValue(settingsKey(forum.uid), target);
    QSettings().setValue(QStringLiteral("publish/%1/licence").arg(forum.uid), m_licence->currentData());
    m_open->setVisible(false);
    m_progress->setVisible(true);
    m_progress->setRange(0, 0); // the pages are being made
    setStatus(tr("Preparing the pages…"));
    setRunning(true);

    // Charts are drawn with the window's own connection, on its thread.
    const QPointer<ForumDocument> document = m_document;
    WebsiteOptions options;
    options.language = m_language->currentData().toString();
    options.licenceId = m_licence->currentData().toString();
    options.today = m_document->today();
    options.charts = [document](ForumFile &, qint64 planId, const QString &language) {
        return onWindowThread<QList<WebFigure>>([&]() {
            return document ? ReportCharts::renderSvg(document->file(), planId, language) : QList<WebFigure>{};
        });
    };
    options.reportFigures = [document](ForumFile &, qint64 planId, const QString &language) {
        return onWindowThread<QList<ReportFigure>>([&]() {
            return document ? ReportCharts::render(document->file(), planId, language) : QList<ReportFigure>{};
        });
    };
    m_stop = std::make_shared<std::atomic<bool>>(false);
    const auto stop = m_stop;
    options.stopRequested = [stop]() { return stop->load(); };
    const QPointer<PublishWebsiteDialog> self = this;
    runInBackground<PublishRun>(
        this,
        [beside, options, target, stop, self]() -> PublishRun {
            PublishRun run;
            try {
                const Website site = buildWebsite(*beside, options);
                run.result = SitePublisher::publish(site, target, [stop, self](int done, int total) {
                    QMetaObject::invokeMethod(qApp, [self, done, total] {
                        if (self)
                            self->showProgress(done, total);
                    }, Qt::QueuedConnection);
                    return !stop->load();
                });
            } catch (const StorageError &error) {
                run.error = error.message();
            } catch (const WebsiteStopped &) {
                run.result.cancelled = true;
            }
            return run;
        },
        [this, target, takeBack, recorded](PublishRun run) {
            setRunning(false);
            m_stop.reset();
            QString message;
            bool ok = run.error.isEmpty() && !run.result.cancelled;
            if (!run.error.isEmpty()) {
                message = run.error;
            } else if (run.result.cancelled) {
                message = tr("Stopped. The files written so far are in %1; publishing again finishes the website.")
                              .arg(QDir::toNativeSeparators(target));
            } else {
                message = tr("The website is in %1: %2 files written, %3 unchanged, %4 removed.")
                              .arg(QDir::toNativeSeparators(target))
                              .arg(run.result.written)
                              .arg(run.result.unchanged)
                              .arg(run.result.removed);
                if (recorded > 0)
                    message += QLatin1Char(' ') + tr("The publication of the minutes of %n meeting(s) was recorded.", nullptr, recorded);
                m_open->setVisible(true);
                m_progress->setRange(0, 1);
                m_progress->setValue(1);
            }
            if (!ok) {
                takeBack();
                m_progress->setVisible(false);
            }
            setStatus(message);
            emit finished(ok, message);
        });
}

void PublishWebsiteDialog::reject()
{
    if (m_running) {
        if (m_stop)
            m_stop->store(true);
        setStatus(tr("Stopping…"));
        return;
    }
    QDialog::reject();
}

} // namespace forumdesk
