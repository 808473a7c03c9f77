// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/window/MainWindow.h"
#include "ui/publish/PublishWebsiteDialog.h"

#include "core/storage/SyncCopies.h"
#include "core/merge/Merge.h"
#include "core/storage/ChangeRecorder.h"
#include "ui/commands/Commands.h"
#include "ui/live/LiveConsole.h"
#include "ui/merge/MergeReviewDialog.h"
#include "ui/window/SyncCopiesBanner.h"

#include "ui/document/BackgroundTask.h"
#include "ui/document/ForumDocument.h"
#include "ui/window/ForumWorkspace.h"
#include "ui/window/WelcomePage.h"
#include "ui/window/NewForumDialog.h"
#include "ui/window/PreferencesDialog.h"
#include "ui/plans/StageGateDialog.h"
#include "core/forum/ConsistencyCheck.h"
#include "core/forum/NewForum.h"
#include "core/forum/Vocabulary.h"
#include "core/forum/VocabularyKeys.h"
#include "core/i18n/Translations.h"
#include "core/plans/StageGate.h"
#include "ui/members/MembersPage.h"
#include "core/sample/SampleForum.h"
#include "ui/settings/Preferences.h"
#include "ui/settings/RecentFiles.h"
#include "ui/widgets/Colours.h"
#include "core/storage/Database.h"
#include "core/storage/StorageError.h"
#include "core/storage/Table.h"

#include <QAction>
#include <QApplication>
#include <functional>
#include <QCloseEvent>
#include <QShowEvent>
#include <QComboBox>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QEventLoop>
#include <QFutureWatcher>
#include <QFileDialog>
#include <QFile>
#include <QFileInfo>
#include <QIcon>
#include <QLabel>
#include <QLocale>
#include <QPointer>
#include <QTime>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QMimeData>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>
#include <QUndoGroup>
#include <QUndoStack>

namespace forumdesk {

namespace {

struct Opening {
    std::unique_ptr<ForumFile> file;
    QString error;
};

QIcon icon(const QString &name)
{
    return QIcon(QStringLiteral(":/forumdesk/icons/%1.svg").arg(name));
}

const ForumWorkspace::Page kPages[] = {
    ForumWorkspace::Page::Dashboard, ForumWorkspace::Page::ForumSettings, ForumWorkspace::Page::Members,
    ForumWorkspace::Page::Join,      ForumWorkspace::Page::CoCreate,      ForumWorkspace::Page::Implement,
    ForumWorkspace::Page::Evaluate,  ForumWorkspace::Page::Learn,         ForumWorkspace::Page::Compliance,
    ForumWorkspace::Page::Meetings,
};

} // namespace

namespace {

// Calls `react` when the watched object receives an event of `type`, which it still handles.
class EventWatcher : public QObject {
public:
    EventWatcher(QObject *watched, QEvent::Type type, std::function<void()> react)
        : QObject(watched), m_type(type), m_react(std::move(react))
    {
    }
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == parent() && event->type() == m_type)
            m_react();
        return false;
    }

private:
    QEvent::Type m_type;
    std::function<void()> m_react;
};

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent), m_central(new QStackedWidget(this)), m_undoGroup(new QUndoGroup(this))
{
    setWindowIcon(icon(QStringLiteral("forumdesk")));
    m_builtPalette = QApplication::palette();
    m_builtFont = QApplication::font();
    // The system's theme changed (dark, light, high contrast): its palette again, made readable,
    // unless the window keeps its own high contrast; the palette's change then rebuilds the pages.
    installEventFilter(new EventWatcher(this, QEvent::ThemeChange, [] {
        if (!colours::highContrastApplied())
            colours::applyPalette(false);
    }));
    setAcceptDrops(true);
    setCentralWidget(m_central);
    createActions();
    m_saveState = new QLabel(this);
    statusBar()->addPermanentWidget(m_saveState);
    setTexts();
    updateActions();
    updateTitle();

    const QByteArray geometry = QSettings().value(QStringLiteral("window/geometry")).toByteArray();
    if (geometry.isEmpty() || !restoreGeometry(geometry))
        resize(1180, 760);
}

MainWindow::~MainWindow()
{
    delete m_workspace;
    delete m_document;
}

QString MainWindow::sampleForumPath(const QString &language)
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(folder).filePath(QStringLiteral("sample-forum-%1.ogpforum").arg(language));
}

void MainWindow::createActions()
{
    m_new = new QAction(icon(QStringLiteral("new")), QString(), this);
    m_new->setShortcut(QKeySequence::New);
    connect(m_new, &QAction::triggered, this, &MainWindow::newForum);
    m_open = new QAction(icon(QStringLiteral("open")), QString(), this);
    m_open->setShortcut(QKeySequence::Open);
    connect(m_open, &QAction::triggered, this, &MainWindow::open);
    m_openSample = new QAction(icon(QStringLiteral("sample")), QString(), this);
    connect(m_openSample, &QAction::triggered, this, &MainWindow::openSampleForum);
    m_saveCopy = new QAction(icon(QStringLiteral("savecopy")), QString(), this);
    m_saveCopy->setShortcut(QKeySequence::SaveAs);
    connect(m_saveCopy, &QAction::triggered, this, &MainWindow::saveCopy);
    m_checkFile = new QAction(QString(), this);
    m_checkFile->setObjectName(QStringLiteral("checkFile"));
    connect(m_checkFile, &QAction::triggered, this, &MainWindow::checkFile);
    m_merge = new QAction(QString(), this);
    m_merge->setObjectName(QStringLiteral("mergeFrom"));
    connect(m_merge, &QAction::triggered, this, &MainWindow::chooseAndMerge);
    m_publish = new QAction(QString(), this);
    m_publish->setObjectName(QStringLiteral("publishWebsite"));
    connect(m_publish, &QAction::triggered, this, &MainWindow::publishWebsite);
    m_close = new QAction(QString(), this);
    m_close->setShortcut(QKeySequence::Close);
    connect(m_close, &QAction::triggered, this, &MainWindow::closeForum);
    m_quit = new QAction(QString(), this);
    m_quit->setShortcut(QKeySequence::Quit);
    m_quit->setMenuRole(QAction::QuitRole);
    connect(m_quit, &QAction::triggered, this, &QWidget::close);

    createUndoActions();
    m_find = new QAction(QString(), this);
    m_find->setShortcut(QKeySequence::Find);
    connect(m_find, &QAction::triggered, this, &MainWindow::find);
    m_preferences = new QAction(QString(), this);
    m_preferences->setShortcut(QKeySequence::Preferences);
    m_preferences->setMenuRole(QAction::PreferencesRole);
    connect(m_preferences, &QAction::triggered, this, &MainWindow::showPreferences);
    m_about = new QAction(QString(), this);
    m_about->setMenuRole(QAction::AboutRole);
    connect(m_about, &QAction::triggered, this, [this] {
        auto *box = new QMessageBox(QMessageBox::NoIcon, tr("About Forum Desk"),
                                    tr("<h3>Forum Desk %1</h3><p>For the secretariats of Open Government Partnership "
                                       "multi-stakeholder forums.</p><p>Free software under the GNU General Public "
                                       "License, version 3 or later.</p>")
                                        .arg(QApplication::applicationVersion()),
                                    QMessageBox::Close, this);
        box->setIconPixmap(windowIcon().pixmap(64, 64));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    });

    // The plan's stage gates: the step on is checked, and the same action everywhere a plan is.
    m_nextStage = new QAction(this);
    m_nextStage->setObjectName(QStringLiteral("nextStage"));
    connect(m_nextStage, &QAction::triggered, this, [this] {
        if (m_document)
            StageGateDialog::moveCurrentPlan(m_document, this, true);
    });
    m_previousStage = new QAction(this);
    m_previousStage->setObjectName(QStringLiteral("previousStage"));
    connect(m_previousStage, &QAction::triggered, this, [this] {
        if (m_document)
            StageGateDialog::moveCurrentPlan(m_document, this, false);
    });

    int number = 1;
    for (ForumWorkspace::Page page : kPages) {
        auto *action = new QAction(this);
        // Ctrl+1 to Ctrl+9, then Ctrl+0 for the tenth page.
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_0 + number++ % 10)));
        connect(action, &QAction::triggered, this, [this, page] {
            if (m_workspace)
                m_workspace->showPage(page);
        });
        m_goActions << action;
    }

    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->addAction(m_new);
    m_fileMenu->addAction(m_open);
    m_recentMenu = m_fileMenu->addMenu(QString());
    m_fileMenu->addAction(m_openSample);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_saveCopy);
    m_fileMenu->addAction(m_merge);
    m_fileMenu->addAction(m_publish);
    m_fileMenu->addAction(m_checkFile);
    m_fileMenu->addAction(m_close);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quit);
    m_editMenu = menuBar()->addMenu(QString());
    m_editMenu->addAction(m_undo);
    m_editMenu->addAction(m_redo);
    m_editMenu->addSeparator();
    m_editMenu->addAction(m_find);
    m_editMenu->addSeparator();
    m_editMenu->addAction(m_preferences);
    m_goMenu = menuBar()->addMenu(QString());
    m_goMenu->addActions(m_goActions);
    m_goMenu->insertSeparator(m_goActions.at(3));
    m_planMenu = menuBar()->addMenu(QString());
    m_planMenu->addAction(m_nextStage);
    m_planMenu->addAction(m_previousStage);
    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->addAction(m_about);

    m_toolBar = addToolBar(QString());
    m_toolBar->setObjectName(QStringLiteral("mainToolBar"));
    m_toolBar->setMovable(false);
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->setIconSize(QSize(20, 20));
    m_toolBar->addAction(m_new);
    m_toolBar->addAction(m_open);
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_undo);
    m_toolBar->addAction(m_redo);
    auto *spacer = new QWidget(m_toolBar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_toolBar->addWidget(spacer);
    m_planLabel = new QLabel(m_toolBar);
    m_planLabel->setContentsMargins(0, 0, 6, 0);
    m_toolBar->addWidget(m_planLabel);
    m_planBox = new QComboBox(m_toolBar);
    m_planBox->setObjectName(QStringLiteral("planSelector"));
    m_planBox->setMinimumContentsLength(66); // a plan's title with its years and stage
    m_planBox->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_planLabel->setBuddy(m_planBox);
    m_toolBar->addWidget(m_planBox);
    connect(m_planBox, &QComboBox::activated, this, [this](int index) {
        if (m_document)
            m_document->setCurrentPlanId(m_planBox->itemData(index).toLongLong());
    });
}

// Every text of the window's own actions and menus, again after a language change.
void MainWindow::setTexts()
{
    m_new->setText(tr("&New Forum…"));
    m_new->setToolTip(tr("Start a new forum file"));
    m_open->setText(tr("&Open…"));
    m_open->setToolTip(tr("Open a forum file (.ogpforum)"));
    m_openSample->setText(tr("Open the &Sample Forum"));
    m_saveCopy->setText(tr("Save a &Copy…"));
    m_checkFile->setText(tr("C&heck the Forum File"));
    m_merge->setText(tr("&Merge From…"));
    m_publish->setText(tr("&Publish Website…"));
    m_publish->setStatusTip(tr("Write the forum's public website and document repository into a folder (OGP Standard 2)"));
    m_merge->setStatusTip(tr("Bring in the work of another copy of this forum: a colleague's, or a sync program's conflict copy"));
    m_checkFile->setStatusTip(tr("Read the whole file for damage and check the forum's data rules, as forumdesk-cli check does"));
    m_close->setText(tr("&Close"));
    m_quit->setText(tr("&Quit"));
    m_find->setText(tr("&Find Member…"));
    m_preferences->setText(tr("&Preferences…"));
    m_about->setText(tr("&About Forum Desk"));
    m_fileMenu->setTitle(tr("&File"));
    m_recentMenu->setTitle(tr("Open &Recent"));
    m_editMenu->setTitle(tr("&Edit"));
    m_goMenu->setTitle(tr("&Go"));
    m_planMenu->setTitle(tr("&Plan"));
    m_nextStage->setStatusTip(tr("Check what the plan needs before it moves on, and move it"));
    m_previousStage->setStatusTip(tr("Move the plan back to its previous stage, to correct earlier records"));
    updatePlanActions();
    m_helpMenu->setTitle(tr("&Help"));
    m_toolBar->setWindowTitle(tr("Main Toolbar"));
    m_planLabel->setText(tr("&Action plan:"));
    const QStringList pageNames{tr("&Dashboard"), tr("&Forum"),     tr("&Members"),
                                tr("&Join"),      tr("&Co-create"), tr("&Implement"),
                                tr("&Evaluate"),  tr("&Learn"),     tr("Com&pliance"),
                                tr("M&eetings")};
    for (int i = 0; i < m_goActions.size(); ++i)
        m_goActions[i]->setText(pageNames.value(i));
    // QUndoGroup's actions read "Undo %1" with the command's text; their prefix is Qt's own
    // translation, so they follow the language by themselves.
    m_saveState->setText(tr("Every change is saved as you make it"));
    updateRecentMenu();
    fillPlans();
}

// Undo and Redo take their "Undo %1" from Qt's own translation when they are made: after a
// language change, new ones replace the old in the menu and the toolbar.
void MainWindow::createUndoActions()
{
    QAction *oldUndo = m_undo;
    QAction *oldRedo = m_redo;
    m_undo = m_undoGroup->createUndoAction(this);
    m_undo->setIcon(icon(QStringLiteral("undo")));
    m_undo->setShortcut(QKeySequence::Undo);
    m_redo = m_undoGroup->createRedoAction(this);
    m_redo->setIcon(icon(QStringLiteral("redo")));
    // Ctrl+Y as well as Ctrl+Shift+Z: what Office and LibreOffice users press on every system.
    QList<QKeySequence> redoKeys = QKeySequence::keyBindings(QKeySequence::Redo);
    if (!redoKeys.contains(QKeySequence(Qt::CTRL | Qt::Key_Y)))
        redoKeys << QKeySequence(Qt::CTRL | Qt::Key_Y);
    m_redo->setShortcuts(redoKeys);
    // The toolbar says only "Undo" and "Redo": a long "Undo Set the completion level of “…”" would
    // push the plan selector out of the window. The menu and the tooltips keep the whole text.
    m_undo->setIconText(tr("Undo"));
    m_redo->setIconText(tr("Redo"));
    if (oldUndo) {
        for (QWidget *holder : {static_cast<QWidget *>(m_editMenu), static_cast<QWidget *>(m_toolBar)}) {
            holder->insertAction(oldUndo, m_undo);
            holder->insertAction(oldRedo, m_redo);
        }
        delete oldUndo;
        delete oldRedo;
    }
}

void MainWindow::retranslate()
{
    // A page's dialog may be open in its own event loop (exec(), on the page's stack): the page
    // cannot go while it is. Rebuild once it has closed.
    if (QApplication::activeModalWidget()) {
        QTimer::singleShot(250, this, &MainWindow::retranslate);
        return;
    }
    m_retranslatePending = false;
    createUndoActions();
    setTexts();
    // The pages build their texts when they are made: make them again, on the same open forum.
    if (m_welcome) {
        m_central->removeWidget(m_welcome);
        m_welcome->deleteLater();
        m_welcome = nullptr;
    }
    if (m_workspace) {
        const ForumWorkspace::Page page = m_workspace->currentPage();
        m_central->removeWidget(m_workspace);
        m_workspace->deleteLater();
        makeWorkspace();
        m_central->addWidget(m_workspace);
        m_central->setCurrentWidget(m_workspace);
        m_workspace->showPage(page);
    } else if (!m_busy) {
        showWelcome();
    }
    updateTitle();
}

WelcomePage *MainWindow::welcomePage()
{
    if (!m_welcome) {
        m_welcome = new WelcomePage(m_central);
        m_central->addWidget(m_welcome);
        connect(m_welcome, &WelcomePage::newForumRequested, this, &MainWindow::newForum);
        connect(m_welcome, &WelcomePage::openRequested, this, &MainWindow::open);
        connect(m_welcome, &WelcomePage::sampleRequested, this, &MainWindow::openSampleForum);
        connect(m_welcome, &WelcomePage::recentRequested, this, &MainWindow::openForum);
        m_welcome->setRecentFiles(RecentFiles::list());
    }
    return m_welcome;
}

void MainWindow::showWelcome()
{
    m_central->setCurrentWidget(welcomePage());
}

void MainWindow::showEvent(QShowEvent *event)
{
    // Started on a forum, the window stays blank (the status bar says "Opening…") until it opens.
    if (!m_document && !m_busy && !m_welcome)
        showWelcome();
    QMainWindow::showEvent(event);
}

void MainWindow::changeEvent(QEvent *event)
{
    const bool looks = (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange)
        && (QApplication::palette() != m_builtPalette || QApplication::font() != m_builtFont);
    if ((event->type() == QEvent::LanguageChange || looks) && m_fileMenu && !m_retranslatePending) {
        // Translators are swapped in several steps: rebuild once, after the last.
        m_retranslatePending = true;
        m_builtPalette = QApplication::palette();
        m_builtFont = QApplication::font();
        QTimer::singleShot(0, this, &MainWindow::retranslate);
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = RecentFiles::list();
    int number = 1;
    for (const QString &path : recent) {
        const QString label = tr("&%1 %2").arg(number++).arg(QFileInfo(path).fileName().replace(QLatin1Char('&'), QStringLiteral("&&")));
        QAction *action = m_recentMenu->addAction(label);
        action->setToolTip(QDir::toNativeSeparators(path));
        action->setStatusTip(QDir::toNativeSeparators(path));
        connect(action, &QAction::triggered, this, [this, path] { openForum(path); });
    }
    if (recent.isEmpty()) {
        m_recentMenu->addAction(tr("No recent forums"))->setEnabled(false);
    } else {
        m_recentMenu->addSeparator();
        connect(m_recentMenu->addAction(tr("Clear the List")), &QAction::triggered, this, [this] {
            RecentFiles::clear();
            updateRecentMenu();
        });
    }
    if (m_welcome)
        m_welcome->setRecentFiles(recent);
}

void MainWindow::fillPlans()
{
    m_planBox->clear();
    if (!m_document) {
        m_planBox->addItem(tr("No forum open"), 0);
        m_planBox->setEnabled(false);
        return;
    }
    const QList<ActionPlan> plans = m_document->plans();
    if (plans.isEmpty()) {
        m_planBox->addItem(tr("No action plan yet"), 0);
        m_planBox->setEnabled(false);
        return;
    }
    for (const ActionPlan &plan : plans) {
        // Most titles already carry their years ("... 2025–2027"); the others get them added.
        // The plan's stage goes with its name wherever the plan is chosen: its stage is shown
        // everywhere the plan is.
        const QString years = QString::number(plan.periodStart.year());
        const QString name = plan.title.contains(years)
            ? plan.title
            : tr("%1 (%2–%3)").arg(plan.title).arg(plan.periodStart.year()).arg(plan.periodEnd.year());
        m_planBox->addItem(tr("%1 · %2").arg(name, Vocabulary::label(Vocabulary::List::PlanStage, plan.stage)), plan.id);
        m_planBox->setItemData(m_planBox->count() - 1, plan.title, Qt::ToolTipRole);
    }
    m_planBox->setCurrentIndex(qMax(0, m_planBox->findData(m_document->currentPlanId())));
    m_planBox->setEnabled(true);
}

void MainWindow::updateTitle()
{
    if (!m_document) {
        setWindowTitle(tr("Forum Desk"));
        setWindowFilePath(QString());
        return;
    }
    const QFileInfo file(m_document->path());
    const QString name = m_document->forum().name;
    // The file's name only when it says something the forum's name does not ("Foro.ogpforum" for
    // the forum "Foro" would say it twice).
    const QString suggestedFile = NewForumDialog::fileNameFor(name);
    const bool sameName = file.completeBaseName().compare(name.trimmed(), Qt::CaseInsensitive) == 0
        || (!suggestedFile.isEmpty() && file.fileName() == suggestedFile);
    const QString shown = sameName ? name : tr("%1 — %2").arg(name, file.fileName());
    setWindowTitle(m_document->isReadOnly() ? tr("%1 (read-only) — Forum Desk").arg(shown)
                                            : tr("%1 — Forum Desk").arg(shown));
    setWindowFilePath(m_document->path());
}

void MainWindow::updateActions()
{
    const bool open = m_document != nullptr;
    for (QAction *action : {m_new, m_open, m_openSample})
        action->setEnabled(!m_busy);
    m_recentMenu->setEnabled(!m_busy);
    m_saveCopy->setEnabled(open && !m_busy);
    m_checkFile->setEnabled(open && !m_busy);
    m_merge->setEnabled(open && !m_busy && !m_document->isReadOnly());
    m_publish->setEnabled(open && !m_busy);
    m_close->setEnabled(open && !m_busy);
    m_find->setEnabled(open);
    for (QAction *action : std::as_const(m_goActions))
        action->setEnabled(open);
    m_planBox->setEnabled(open && m_planBox->count() > 0 && m_planBox->itemData(0).toLongLong() > 0);
    updatePlanActions();
}

// The stage actions name the step the plan chosen would take ("Move to Next Stage: Evaluation…").
void MainWindow::updatePlanActions()
{
    if (!m_nextStage)
        return;
    std::optional<ActionPlan> plan;
    if (m_document && m_document->currentPlanId() > 0) {
        try {
            plan = Table<ActionPlan>(m_document->file()).find(m_document->currentPlanId());
        } catch (const StorageError &) {
            plan.reset();
        }
    }
    const QString next = plan ? StageGate::nextStage(plan->stage) : QString();
    const QString previous = plan ? StageGate::previousStage(plan->stage) : QString();
    m_nextStage->setText(next.isEmpty() ? tr("Move to &Next Stage…")
                                        : tr("Move to &Next Stage: %1…").arg(Vocabulary::label(Vocabulary::List::PlanStage, next)));
    m_previousStage->setText(previous.isEmpty()
                                 ? tr("Move &Back a Stage…")
                                 : tr("Move &Back a Stage: %1…").arg(Vocabulary::label(Vocabulary::List::PlanStage, previous)));
    const bool writable = plan && !m_document->isReadOnly() && !m_busy;
    m_nextStage->setEnabled(writable && plan->stage != key::PlanStage::Closed);
    m_previousStage->setEnabled(writable && plan->stage != key::PlanStage::CoCreate);
}

void MainWindow::setBusy(bool busy, const QString &message)
{
    m_busy = busy;
    m_central->setEnabled(!busy);
    // No undo or redo while a worker writes the file (a merge): Edit ▸ Undo, the toolbar and
    // Ctrl+Z come back with the document's stack.
    m_undoGroup->setActiveStack(!busy && m_document ? m_document->undoStack() : nullptr);
    if (busy) {
        QApplication::setOverrideCursor(Qt::BusyCursor);
        statusBar()->showMessage(message);
    } else {
        QApplication::restoreOverrideCursor();
        statusBar()->clearMessage();
    }
    updateActions();
}

void MainWindow::newForum()
{
    if (m_busy)
        return;
    auto *dialog = new NewForumDialog(Preferences::defaultFolder(), Preferences::language(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        createForum(dialog->filePath(), dialog->forumName(), dialog->forumLanguage(), dialog->forumTimeZone());
    });
    dialog->open();
}

void MainWindow::open()
{
    if (m_busy)
        return;
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Forum"), Preferences::defaultFolder(),
                                                      tr("Forum files (*.ogpforum);;All files (*)"));
    if (!path.isEmpty())
        openForum(path);
}

void MainWindow::openForum(const QString &path)
{
    if (m_document && QFileInfo(m_document->path()) == QFileInfo(path)) {
        statusBar()->showMessage(tr("%1 is already open").arg(QFileInfo(path).fileName()), 4000);
        emit forumOpened(m_document->path());
        return;
    }
    startOpening(path, [path] { return ForumFile::open(path); });
}

void MainWindow::createForum(const QString &path, const QString &name, const QString &language,
                             const QString &timeZone)
{
    startOpening(path, [path, name, language, timeZone] {
        return forumdesk::createForum(path, name, language, timeZone);
    });
}

void MainWindow::openSampleForum()
{
    const QString path = sampleForumPath(Translations::current());
    if (QFileInfo::exists(path)) {
        openForum(path);
        return;
    }
    // The sample is written in each of the interface's languages.
    const QString language = Translations::current();
    startOpening(path, [path, language] {
        QDir().mkpath(QFileInfo(path).absolutePath());
        SampleOptions options;
        options.language = language;
        return createSampleForum(path, options);
    });
}

void MainWindow::startOpening(const QString &path, std::function<std::unique_ptr<ForumFile>()> work)
{
    if (m_busy)
        return;
    setBusy(true, tr("Opening %1…").arg(QFileInfo(path).fileName()));
    runInBackground<std::shared_ptr<Opening>>(
        this,
        [work = std::move(work)] {
            auto result = std::make_shared<Opening>();
            try {
                result->file = work();
            } catch (const StorageError &error) {
                result->error = error.message();
            } catch (const std::exception &error) {
                result->error = QString::fromUtf8(error.what());
            }
            return result;
        },
        [this, path](std::shared_ptr<Opening> result) {
            setBusy(false);
            if (result->file)
                adopt(std::move(result->file));
            else
                refuse(path, result->error);
        });
}

void MainWindow::adopt(std::unique_ptr<ForumFile> file)
{
    closeForum();
    file->setActor(Preferences::userName());
    const QString path = file->path();
    m_document = new ForumDocument(std::move(file), this);
    m_undoGroup->addStack(m_document->undoStack());
    m_undoGroup->setActiveStack(m_document->undoStack());
    connect(m_document, &ForumDocument::editFailed, this, [this](const QString &message) {
        showError(tr("Change Not Saved"), tr("This change could not be saved; the forum is as it was before it."),
                  message);
    });
    connect(m_document, &ForumDocument::changed, this, [this](const ChangeSet &changes) {
        if (changes.touches(RecordKind::Forum))
            updateTitle();
        if (changes.touches(RecordKind::ActionPlan)) {
            fillPlans();
            updatePlanActions();
        }
    });
    // A plan chosen elsewhere (a new plan from the Co-create page) shows in the toolbar too.
    connect(m_document, &ForumDocument::currentPlanChanged, this, [this](qint64 id) {
        const int index = m_planBox->findData(id);
        if (index >= 0)
            m_planBox->setCurrentIndex(index);
        updatePlanActions();
    });
    connect(m_document->undoStack(), &QUndoStack::indexChanged, this, [this] {
        statusBar()->showMessage(tr("Saved"), 3000);
    });
    connect(m_document, &ForumDocument::changedOutside, this, [this] {
        updateTitle();
        fillPlans();
        updatePlanActions();
        statusBar()->showMessage(tr("Updated at %1 with changes made to the file outside this window")
                                     .arg(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat)),
                                 10000);
    });
    connect(m_document, &ForumDocument::fileReplaced, this, &MainWindow::fileReplaced, Qt::QueuedConnection);
    makeWorkspace();
    m_central->addWidget(m_workspace);
    m_central->setCurrentWidget(m_workspace);
    RecentFiles::add(path);
    updateRecentMenu();
    fillPlans();
    updateTitle();
    updateActions();
    m_saveState->setText(m_document->isReadOnly() ? tr("Read-only") : tr("Every change is saved as you make it"));
    statusBar()->showMessage(tr("Opened %1").arg(QDir::toNativeSeparators(path)), 5000);
    emit forumOpened(path);
    if (const QString failure = m_document->file().takeOverFailure(); !failure.isEmpty())
        showError(tr("Forum Not Taken Over"), tr("The forum is still open here read-only."), failure);
}

void MainWindow::fileReplaced()
{
    if (!m_document)
        return;
    const QString path = m_document->path();
    const QString name = QFileInfo(path).fileName();
    if (!QFileInfo(path).isFile()) {
        showError(tr("Forum File Moved"),
                  tr("“%1” was moved, renamed or deleted outside Forum Desk.").arg(name),
                  tr("The forum stays open here as it was; use File ▸ Save a Copy… to keep it under a name of your choice."));
        return;
    }
    // A sync tool put another computer's copy in its place. What this window holds may have
    // changes that copy lacks: it is kept beside it, where the banner offers to merge it.
    QString kept;
    if (!m_document->isReadOnly()) {
        kept = SyncCopies::keptCopyPath(path, QDateTime::currentDateTime());
        try {
            m_document->file().keepCopy(kept);
            if (SyncCopies::sameBytes(kept, path)) {
                QFile::remove(kept);
                kept.clear();
            }
        } catch (const StorageError &error) {
            showError(tr("Forum File Replaced"),
                      tr("Another program replaced “%1”, and the forum as this window had it could not be kept.").arg(name),
                      error.message());
            return; // still open as it was: Save a Copy can keep it
        }
    }
    const QString notice = kept.isEmpty()
                               ? tr("%1 was replaced by another program and has been opened again").arg(name)
                               : tr("%1 was replaced by another program; what this window had is kept as %2")
                                     .arg(name, QFileInfo(kept).fileName());
    connect(this, &MainWindow::forumOpened, this, [this, notice] { statusBar()->showMessage(notice, 15000); },
            Qt::SingleShotConnection);
    closeForum();
    openForum(path);
}

void MainWindow::makeWorkspace()
{
    m_workspace = new ForumWorkspace(m_document, m_central);
    connect(m_workspace, &ForumWorkspace::takeOverRequested, this, &MainWindow::askToTakeOver);
    if (!m_document->isReadOnly()) {
        m_workspace->syncCopiesBanner()->setMergeOffered(true);
        connect(m_workspace->syncCopiesBanner(), &SyncCopiesBanner::mergeRequested, this,
                [this](const QStringList &paths) { mergeFrom(paths); });
        // A meeting left under way (the computer died, the window was closed) comes back.
        QTimer::singleShot(0, this, [this, document = QPointer<ForumDocument>(m_document)] {
            if (document && document == m_document)
                LiveConsole::resumeIfLive(m_document, this);
        });
    }
}

void MainWindow::publishWebsite()
{
    if (!m_document || m_busy)
        return;
    PublishWebsiteDialog dialog(m_document, this);
    dialog.exec();
}

void MainWindow::chooseAndMerge()
{
    if (!m_document || m_busy || m_document->isReadOnly())
        return;
    const QString path = QFileDialog::getOpenFileName(this, tr("Merge From"), QFileInfo(m_document->path()).absolutePath(),
                                                      tr("Forum files (*.ogpforum);;All files (*)"));
    if (!path.isEmpty())
        mergeFrom({path});
}

// A merge, or its preview, run on a worker thread.
struct MergeRun {
    MergeReport report;
    QByteArray changes; // what it wrote, for its undo (empty for a preview)
    QString error;      // why it could not run; empty when it ran
};

MergeRun MainWindow::runMergeBeside(const QString &message, const std::function<MergeRun(ForumFile &)> &work)
{
    std::shared_ptr<ForumFile> beside;
    try {
        beside = m_document->file().openBeside();
    } catch (const StorageError &error) {
        return {{}, {}, error.message()};
    }
    // The window keeps painting and answering (its pages disabled, as while a file opens) until the
    // worker is done; its commits are the document's own, not someone else's.
    const QPointer<ForumDocument> document = m_document;
    setBusy(true, message);
    document->beginWorkBeside();
    QEventLoop wait;
    QFutureWatcher<MergeRun> watcher;
    connect(&watcher, &QFutureWatcherBase::finished, &wait, &QEventLoop::quit);
    watcher.setFuture(QtConcurrent::run([beside, work]() -> MergeRun {
        try {
            return work(*beside);
        } catch (const StorageError &error) {
            return {{}, {}, error.message()};
        } catch (const std::exception &error) {
            return {{}, {}, QString::fromUtf8(error.what())};
        }
    }));
    if (!watcher.isFinished())
        wait.exec();
    watcher.waitForFinished();
    if (document)
        document->endWorkBeside();
    setBusy(false);
    return watcher.result();
}

int MainWindow::mergeFrom(const QStringList &paths)
{
    if (!m_document || m_document->isReadOnly() || m_busy)
        return 0;
    int merged = 0;
    QStringList said;
    for (const QString &path : paths) {
        const QString name = QFileInfo(path).fileName();
        const bool syncCopy = SyncCopies::toolOf(m_document->path(), name).has_value()
                              && QFileInfo(path).absolutePath() == QFileInfo(m_document->path()).absolutePath();
        const QPointer<ForumDocument> document = m_document;
        const MergeRun preview = runMergeBeside(tr("Reading “%1”…").arg(name), [path](ForumFile &ours) {
            return MergeRun{previewMerge(ours, path), {}, {}};
        });
        if (!document || document != m_document || m_document->isReadOnly())
            return merged;
        if (!preview.error.isEmpty()) {
            showError(tr("Cannot Merge"), tr("“%1” cannot be merged into this forum.").arg(name), preview.error);
            continue;
        }
        if (preview.report.isEmpty()) {
            QString where;
            if (syncCopy) {
                try {
                    where = SyncCopies::moveAside(m_document->path(), path);
                } catch (const StorageError &) {
                }
            }
            said << (where.isEmpty() ? tr("“%1” holds nothing this forum lacks.").arg(name)
                                     : tr("“%1” holds nothing this forum lacks; it was moved into “%2”.")
                                           .arg(name, QFileInfo(QFileInfo(where).absolutePath()).fileName()));
            continue;
        }
        MergeReviewDialog review(preview.report, this);
        const int answer = review.exec();
        // While the dialog was open the forum may have been closed, or replaced by a sync program.
        if (!document || document != m_document || m_document->isReadOnly())
            return merged;
        if (answer != QDialog::Accepted)
            continue;
        MergeOptions options;
        options.resolutions = review.resolutions();
        const MergeRun run = runMergeBeside(tr("Merging “%1”…").arg(name), [path, options](ForumFile &ours) {
            // Every row the merge writes is recorded, for its undo.
            ChangeRecorder recorder(ours.database());
            MergeReport report = mergeForums(ours, path, options);
            if (report.unresolvedCount() > 0)
                return MergeRun{report, {}, tr("%n conflict(s) are not settled; nothing was merged", nullptr,
                                               report.unresolvedCount())};
            return MergeRun{report, recorder.finish(), {}};
        });
        if (!document || document != m_document)
            return merged;
        if (!run.error.isEmpty()) {
            showError(tr("Cannot Merge"), tr("“%1” was not merged; the forum is as it was.").arg(name), run.error);
            continue;
        }
        if (!run.report.written)
            continue;
        edit::keepMerge(m_document, path, run.changes);
        const MergeReport &report = run.report;
        ++merged;
        // The report, beside the copy kept before the merge: what came in, each conflict and what
        // was not kept.
        QString reportPath;
        if (!report.backupPath.isEmpty()) {
            const QFileInfo backup(report.backupPath);
            reportPath = backup.absoluteDir().filePath(backup.completeBaseName() + QStringLiteral(".report.md"));
            QFile file(reportPath);
            if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(report.toMarkdown().toUtf8()) < 0)
                reportPath.clear();
        }
        if (syncCopy) {
            try {
                SyncCopies::moveAside(m_document->path(), path);
            } catch (const StorageError &error) {
                showError(tr("Copy Not Moved"), tr("“%1” was merged but stays beside the forum.").arg(name), error.message());
            }
        }
        said << tr("Merged “%1”: %2 added, %3 changed, %4 removed.")
                    .arg(name)
                    .arg(report.addedCount())
                    .arg(report.changedCount())
                    .arg(report.removedCount())
             + (reportPath.isEmpty() ? QString() : QLatin1Char(' ') + tr("Report: %1").arg(QFileInfo(reportPath).fileName()));
        emit this->merged(path, reportPath);
    }
    if (!said.isEmpty())
        statusBar()->showMessage(said.join(QLatin1Char(' ')), 20000);
    if (m_workspace)
        m_workspace->syncCopiesBanner()->refresh();
    return merged;
}

void MainWindow::refuse(const QString &path, const QString &reason)
{
    QString details = reason;
    if (m_document)
        details += QStringLiteral("\n\n") + tr("The forum that was open, %1, is still open and unchanged.")
                                                 .arg(QFileInfo(m_document->path()).fileName());
    if (!QFileInfo::exists(path))
        RecentFiles::remove(path);
    updateRecentMenu();
    if (!m_document)
        showWelcome();
    showError(tr("Cannot Open Forum"), tr("Forum Desk cannot open “%1”.").arg(QFileInfo(path).fileName()), details);
    emit forumRefused(path, reason);
}

void MainWindow::showError(const QString &title, const QString &text, const QString &details)
{
    // Window-modal but not blocking: the event loop (and the tests) carry on.
    auto *box = new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::Ok, this);
    box->setInformativeText(details);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setObjectName(QStringLiteral("errorMessage"));
    box->open();
}

void MainWindow::closeForum()
{
    if (!m_document)
        return;
    if (m_workspace) {
        m_central->removeWidget(m_workspace);
        delete m_workspace;
    }
    m_undoGroup->removeStack(m_document->undoStack());
    delete m_document; // releases the file and its lock
    m_document = nullptr;
    showWelcome();
    updateRecentMenu();
    fillPlans();
    updateTitle();
    updateActions();
    m_saveState->setText(tr("Every change is saved as you make it"));
}

void MainWindow::saveCopy()
{
    if (!m_document || m_busy)
        return;
    const QString suggested = QDir(Preferences::defaultFolder())
                                  .filePath(tr("%1 (copy).ogpforum").arg(QFileInfo(m_document->path()).completeBaseName()));
    const QString chosen = QFileDialog::getSaveFileName(this, tr("Save a Copy of the Forum"), suggested,
                                                        tr("Forum files (*.ogpforum)"));
    if (chosen.isEmpty())
        return;
    // The dialog has already asked about replacing the very file it returns; a name we complete
    // with the suffix is asked about by saveCopyTo.
    const bool completed = !chosen.endsWith(QLatin1String(".ogpforum"));
    saveCopyTo(completed ? chosen + QStringLiteral(".ogpforum") : chosen, !completed);
}

void MainWindow::saveCopyTo(const QString &path, bool replace)
{
    if (!m_document || m_busy)
        return;
    if (QFileInfo(path) == QFileInfo(m_document->path())) {
        const QString reason = tr("A copy cannot replace the forum file itself; choose another name.");
        showError(tr("Copy Not Saved"), tr("The copy was not saved."), reason);
        emit copyFailed(reason);
        return;
    }
    struct Outcome {
        QString error;
        bool exists = false;
    };
    ForumFile *file = &m_document->file();
    setBusy(true, tr("Saving a copy to %1…").arg(QDir::toNativeSeparators(path)));
    runInBackground<Outcome>(
        this,
        [file, path, replace] {
            Outcome outcome;
            try {
                file->saveCopy(path, replace ? ForumFile::CopyTarget::Replace : ForumFile::CopyTarget::MustNotExist);
            } catch (const StorageError &error) {
                outcome.error = error.message();
                outcome.exists = error.kind() == StorageError::Kind::AlreadyExists;
            }
            return outcome;
        },
        [this, path](const Outcome &outcome) {
            setBusy(false);
            if (outcome.error.isEmpty()) {
                statusBar()->showMessage(tr("Copy saved to %1").arg(QDir::toNativeSeparators(path)), 8000);
                emit copySaved(path);
            } else if (outcome.exists) {
                askToReplaceCopy(path);
            } else {
                showError(tr("Copy Not Saved"), tr("The copy was not saved."), outcome.error);
                emit copyFailed(outcome.error);
            }
        });
}

void MainWindow::askToReplaceCopy(const QString &path)
{
    auto *box = new QMessageBox(QMessageBox::Question, tr("Replace the File?"),
                                tr("“%1” already exists. Replace it with the copy?").arg(QFileInfo(path).fileName()),
                                QMessageBox::NoButton, this);
    box->setInformativeText(tr("The file that is there now will be lost. It is replaced only once the copy is "
                               "written in full."));
    QPushButton *replace = box->addButton(tr("&Replace"), QMessageBox::DestructiveRole);
    box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setObjectName(QStringLiteral("replaceCopy"));
    connect(box, &QMessageBox::finished, this, [this, box, replace, path] {
        if (box->clickedButton() == replace) {
            saveCopyTo(path, true);
        } else {
            const QString reason = tr("%1 already exists and was kept.").arg(QDir::toNativeSeparators(path));
            statusBar()->showMessage(tr("The copy was not saved."), 5000);
            emit copyFailed(reason);
        }
    });
    box->open();
}

void MainWindow::checkFile()
{
    if (!m_document || m_busy)
        return;
    const QString path = m_document->path();
    setBusy(true, tr("Checking %1…").arg(QFileInfo(path).fileName()));
    runInBackground<QStringList>(
        this,
        [path] {
            // A connection of its own, read-only: the window's edits are all committed already.
            try {
                OpenOptions options;
                options.readOnly = true;
                options.fullCheck = true;
                auto file = ForumFile::open(path, options);
                ReadTransaction snapshot(file->database());
                return ConsistencyCheck::dataRules(*file);
            } catch (const StorageError &error) {
                return error.details().isEmpty() ? QStringList{error.message()} : error.details();
            }
        },
        [this, path](const QStringList &problems) {
            setBusy(false);
            const QString name = QFileInfo(path).fileName();
            auto *box = new QMessageBox(problems.isEmpty() ? QMessageBox::Information : QMessageBox::Warning,
                                        tr("Check the Forum File"),
                                        problems.isEmpty() ? tr("No problems found in “%1”.").arg(name)
                                                           : tr("%n problem(s) found in “%1”.", nullptr, int(problems.size())).arg(name),
                                        QMessageBox::Close, this);
            if (problems.isEmpty()) {
                box->setInformativeText(tr("Every page, index and rule of the file was read and checked."));
            } else {
                box->setInformativeText(problems.mid(0, 5).join(QLatin1Char('\n')));
                box->setDetailedText(problems.join(QLatin1Char('\n')));
            }
            box->setObjectName(QStringLiteral("checkResult"));
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->open();
            emit fileChecked(problems);
        });
}

void MainWindow::askToTakeOver()
{
    if (!m_document || m_busy)
        return;
    const auto holder = m_document->file().lockHolder();
    if (!holder || !holder->onAnotherComputer)
        return;
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Take Over the Forum?"),
                                tr("The forum is marked as open in %1.").arg(holder->describe()), QMessageBox::NoButton, this);
    box->setInformativeText(tr("Take it over only if Forum Desk there has closed or crashed, or that computer is off. "
                               "If someone is still working there, their changes and yours would be written to the same "
                               "file at once."));
    QPushButton *takeOver = box->addButton(tr("&Take Over"), QMessageBox::DestructiveRole);
    box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setObjectName(QStringLiteral("confirmTakeOver"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    const QString path = m_document->path();
    connect(box, &QMessageBox::finished, this, [this, box, takeOver, path] {
        if (box->clickedButton() != takeOver)
            return;
        closeForum();
        startOpening(path, [path] {
            OpenOptions options;
            options.takeOverLock = true;
            return ForumFile::open(path, options);
        });
    });
    box->open();
}

void MainWindow::showPreferences()
{
    auto *dialog = new PreferencesDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] {
        if (m_document)
            m_document->file().setActor(Preferences::userName());
        // Compared with what the window shows, which --high-contrast may have chosen for this run.
        if (Preferences::highContrast() != colours::highContrastApplied())
            colours::applyPalette(Preferences::highContrast()); // the palette's change rebuilds the pages
        if (Preferences::language() != Translations::current())
            Translations::install(Preferences::language()); // LanguageChange rebuilds the window
    });
    dialog->open();
}

void MainWindow::find()
{
    if (!m_workspace)
        return;
    m_workspace->showPage(ForumWorkspace::Page::Members);
    m_workspace->membersPage()->focusSearch();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings().setValue(QStringLiteral("window/geometry"), saveGeometry());
    if (m_busy) {
        // A file is being written: let it finish rather than leave half a copy.
        statusBar()->showMessage(tr("Please wait: Forum Desk is still writing a file."), 4000);
        event->ignore();
        return;
    }
    event->accept();
}

QStringList MainWindow::droppedForums(const QMimeData *mime) const
{
    QStringList paths;
    if (!mime || !mime->hasUrls())
        return paths;
    for (const QUrl &url : mime->urls()) {
        if (url.isLocalFile() && url.toLocalFile().endsWith(QLatin1String(".ogpforum"), Qt::CaseInsensitive))
            paths << url.toLocalFile();
    }
    return paths;
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (!m_busy && !droppedForums(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QStringList paths = droppedForums(event->mimeData());
    if (paths.isEmpty())
        return;
    event->acceptProposedAction();
    openForum(paths.first());
}

} // namespace forumdesk
