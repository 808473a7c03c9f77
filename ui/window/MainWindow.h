// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/window/ForumWorkspace.h"

#include <QMainWindow>
#include <QFont>
#include <QPalette>
#include <QPointer>

#include <functional>
#include <memory>

class QAction;
class QComboBox;
class QLabel;
class QMenu;
class QMimeData;
class QStackedWidget;
class QToolBar;
class QUndoGroup;

namespace forumdesk {

class ForumDocument;
class ForumFile;
class ForumWorkspace;
struct MergeRun;
class WelcomePage;

// The window a secretariat lives in: the welcome screen, or one open forum with its navigation
// through the OGP cycle. Opening, creating and copying files run in the background; a file that
// cannot be opened is explained and leaves the open forum as it was.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Each of these finishes later: forumOpened() or forumRefused() says how.
    void openForum(const QString &path);
    void createForum(const QString &path, const QString &name, const QString &language,
                     const QString &timeZone = QString());
    void openSampleForum();
    // copySaved() or copyFailed() says how it went. An existing file is replaced only when asked:
    // otherwise the window asks first (a message box named "replaceCopy").
    void saveCopyTo(const QString &path, bool replace = false);
    void closeForum();
    // Merges other copies of the open forum into it, one after the other: each is previewed (a dry
    // run), then shown in a MergeReviewDialog where the person settles its conflicts and confirms;
    // the preview and the merge run on a worker thread while the window keeps painting;
    // a sync tool's conflict copy, once merged or found to hold nothing new, is moved aside.
    // merged() says what each merge did. Returns how many copies were merged.
    int mergeFrom(const QStringList &paths);

    ForumDocument *document() const { return m_document; }
    ForumWorkspace *workspace() const { return m_workspace; }
    // The welcome page is made when first shown or asked for: a window started on a forum
    // never makes it.
    WelcomePage *welcomePage();
    QComboBox *planSelector() const { return m_planBox; }
    bool isBusy() const { return m_busy; }
    // Where "Open the Sample Forum" keeps its file for a language.
    static QString sampleForumPath(const QString &language);

    QAction *undoAction() const { return m_undo; }
    QAction *redoAction() const { return m_redo; }
    QMenu *fileMenu() const { return m_fileMenu; }
    QAction *checkFileAction() const { return m_checkFile; }
    QAction *mergeAction() const { return m_merge; }
    QAction *publishAction() const { return m_publish; }
    QMenu *planMenu() const { return m_planMenu; }
    QAction *nextStageAction() const { return m_nextStage; }
    QAction *previousStageAction() const { return m_previousStage; }

signals:
    void forumOpened(const QString &path);
    void forumRefused(const QString &path, const QString &reason);
    void copySaved(const QString &path);
    void copyFailed(const QString &reason);
    void merged(const QString &theirsPath, const QString &reportPath);
    // The full check of the open forum's file ended: its problems, one a line (none: sound).
    void fileChecked(const QStringList &problems);

public slots:
    void newForum();
    void open();
    void saveCopy();
    // Asks for another copy of the forum, then mergeFrom().
    void chooseAndMerge();
    void publishWebsite();
    void askToReplaceCopy(const QString &path);
    // The full check (integrity with indexes and constraints, structure, data rules) of the open
    // forum's file, in the background; the result shows in a message box ("checkResult").
    void checkFile();
    // Asks, then opens the forum for editing although Forum Desk on another computer holds it.
    void askToTakeOver();
    void showPreferences();
    void find();

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    // Runs `work` (a merge or its preview) on a worker thread through a connection beside the
    // document's own, the window busy with `message` meanwhile but painting; returns when done.
    MergeRun runMergeBeside(const QString &message, const std::function<MergeRun(ForumFile &)> &work);
    void createActions();
    // Shows the welcome page, making it first if need be (after a close, a refusal with nothing
    // open, or a first show with nothing opening).
    void showWelcome();
    void createUndoActions();
    void setTexts();
    void retranslate();
    void startOpening(const QString &path, std::function<std::unique_ptr<ForumFile>()> work);
    void adopt(std::unique_ptr<ForumFile> file);
    void refuse(const QString &path, const QString &reason);
    // The open forum's path names another file now: keep what this window has, open the new one.
    void fileReplaced();
    // The workspace of the open forum, wired to the window (take over, merge conflict copies).
    void makeWorkspace();
    void showError(const QString &title, const QString &text, const QString &details);
    void setBusy(bool busy, const QString &message = {});
    void updateTitle();
    void updateActions();
    void updatePlanActions();
    void updateRecentMenu();
    void fillPlans();
    QStringList droppedForums(const QMimeData *mime) const;

    QStackedWidget *m_central;
    WelcomePage *m_welcome = nullptr;
    QPointer<ForumWorkspace> m_workspace;
    ForumDocument *m_document = nullptr;
    QUndoGroup *m_undoGroup;
    bool m_busy = false;
    bool m_retranslatePending = false;
    // The application's palette and font the pages were built with: pages take their fonts and
    // status colours when they are made, so a change of either (a desktop's text size or
    // high-contrast theme, Preferences > Colours) makes them again.
    QPalette m_builtPalette;
    QFont m_builtFont;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QMenu *m_goMenu = nullptr;
    QMenu *m_planMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QToolBar *m_toolBar = nullptr;
    QAction *m_new = nullptr;
    QAction *m_open = nullptr;
    QAction *m_openSample = nullptr;
    QAction *m_saveCopy = nullptr;
    QAction *m_checkFile = nullptr;
    QAction *m_merge = nullptr;
    QAction *m_publish = nullptr;
    QAction *m_close = nullptr;
    QAction *m_quit = nullptr;
    QAction *m_undo = nullptr;
    QAction *m_redo = nullptr;
    QAction *m_find = nullptr;
    QAction *m_preferences = nullptr;
    QAction *m_about = nullptr;
    QAction *m_nextStage = nullptr;
    QAction *m_previousStage = nullptr;
    QList<QAction *> m_goActions;
    QLabel *m_planLabel = nullptr;
    QComboBox *m_planBox = nullptr;
    QLabel *m_saveState = nullptr;
};

} // namespace forumdesk
