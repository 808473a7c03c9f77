// SPDX-License-Identifier: GPL-3.0-or-later
// What a screen reader and a keyboard meet: every page of the sample forum, with every tab and a
// row chosen in every list, and every dialog its buttons open.
#include "tests/ui/UiTestSupport.h"

#include "core/i18n/Translations.h"
#include "core/meetings/Meeting.h"
#include "core/storage/Table.h"
#include "ui/document/ForumDocument.h"
#include "ui/live/LiveConsole.h"
#include "ui/merge/MergeReviewDialog.h"
#include "ui/cocreation/ImportPreviewDialog.h"
#include "core/cocreation/ContributionImport.h"
#include "core/merge/MergeReport.h"
#include "core/plans/ActionPlan.h"
#include "ui/widgets/AccessibleStyle.h"
#include "ui/window/ForumWorkspace.h"
#include "ui/window/MainWindow.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QApplication>
#include <QCalendarWidget>
#include <QComboBox>
#include <QDialog>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileDialog>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPointer>
#include <QScrollBar>
#include <QSet>
#include <QSignalSpy>
#include <QSlider>
#include <QTabBar>
#include <QTabWidget>
#include <QTest>
#include <QTextEdit>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>

#include <catch2/catch.hpp>

#include <memory>

using namespace forumdesk;

namespace {

// A control a user works: a button, a field, a list, a tab bar.
bool isControl(const QWidget *w)
{
    if (qobject_cast<const QHeaderView *>(w) || qobject_cast<const QScrollBar *>(w))
        return false;
    return qobject_cast<const QAbstractButton *>(w) || qobject_cast<const QLineEdit *>(w)
        || qobject_cast<const QAbstractSpinBox *>(w) || qobject_cast<const QComboBox *>(w)
        || qobject_cast<const QTextEdit *>(w) || qobject_cast<const QPlainTextEdit *>(w)
        || qobject_cast<const QAbstractItemView *>(w) || qobject_cast<const QSlider *>(w)
        || qobject_cast<const QTabBar *>(w);
}

// A part Qt builds inside another control (a combo box's field, a spin box's, a tab bar's scroll
// arrows, a line edit's clear button, an item view's editor): named and reached through its owner.
bool isPartOfAnother(const QWidget *w)
{
    if (w->objectName().startsWith(QLatin1String("qt_")))
        return true;
    for (const QWidget *p = w->parentWidget(); p && !p->isWindow(); p = p->parentWidget()) {
        if (qobject_cast<const QComboBox *>(p) || qobject_cast<const QAbstractSpinBox *>(p)
            || qobject_cast<const QTabBar *>(p) || qobject_cast<const QLineEdit *>(p)
            || qobject_cast<const QCalendarWidget *>(p))
            return true;
        // An item view's editor is a part of it; a control placed in a cell (a vote's choice) is not.
        if (auto *view = qobject_cast<const QAbstractItemView *>(p)) {
            if (!view->viewport()->isAncestorOf(w))
                return true;
            if (view->indexWidget(view->indexAt(w->mapTo(view->viewport(), QPoint(1, 1)))) != w)
                return true;
        }
    }
    return false;
}

QString nameOf(QWidget *w)
{
    QAccessibleInterface *a = QAccessible::queryAccessibleInterface(w);
    return a ? a->text(QAccessible::Name).remove(QLatin1Char('&')).trimmed() : QString();
}

// Enough about a widget to find it in the code.
QString describe(QWidget *w)
{
    QStringList hints;
    if (auto *b = qobject_cast<QAbstractButton *>(w); b && !b->text().isEmpty())
        hints << QStringLiteral("text \"%1\"").arg(b->text());
    if (!w->toolTip().isEmpty())
        hints << QStringLiteral("tip \"%1\"").arg(w->toolTip().left(60));
    if (auto *e = qobject_cast<QLineEdit *>(w); e && !e->placeholderText().isEmpty())
        hints << QStringLiteral("placeholder \"%1\"").arg(e->placeholderText());
    QStringList chain;
    for (QWidget *p = w; p; p = p->parentWidget()) {
        chain.prepend(p->objectName().isEmpty() ? QString::fromLatin1(p->metaObject()->className())
                                                : QStringLiteral("%1#%2").arg(QString::fromLatin1(p->metaObject()->className()),
                                                                             p->objectName()));
        if (p->isWindow())
            break;
    }
    return QStringLiteral("%1 [%2]").arg(chain.join(QLatin1String(" > ")), hints.join(QLatin1String(", ")));
}

class Audit {
public:
    explicit Audit(QMenuBar *menus)
    {
        if (!menus)
            return;
        const std::function<void(const QList<QAction *> &)> collect = [&](const QList<QAction *> &actions) {
            for (QAction *a : actions) {
                m_inMenus.insert(a);
                if (a->menu())
                    collect(a->menu()->actions());
            }
        };
        collect(menus->actions());
    }

    // Every control shown in `root` now, checked once.
    void check(QWidget *root, const QString &where)
    {
        QList<QWidget *> widgets = root->findChildren<QWidget *>();
        for (QWidget *w : widgets) {
            if (!w->isVisible() || !isControl(w) || isPartOfAnother(w))
                continue;
            if (m_seen.contains(w))
                continue;
            // Forgotten when it goes: a dialog's widgets are deleted, and a new one may take the address.
            m_seen.insert(w);
            QObject::connect(w, &QObject::destroyed, &m_context, [this, w] { m_seen.remove(w); });
            ++controls;
            if (nameOf(w).isEmpty())
                unnamed << QStringLiteral("%1: %2").arg(where, describe(w));
            if (!w->isEnabled())
                continue;
            if (!(w->focusPolicy() & Qt::TabFocus)) {
                if (!reachedOtherwise(w))
                    unreachable << QStringLiteral("%1: %2").arg(where, describe(w));
                continue;
            }
            switch (focusShows(w)) {
            case Focus::Shows: ++focusCompared; break;
            case Focus::Invisible: focusInvisible << QStringLiteral("%1: %2").arg(where, describe(w)); break;
            case Focus::NotTaken: break;
            }
        }
    }

    int controls = 0;
    int focusCompared = 0; // controls seen with and without the focus
    QSet<QString> pressed; // the commands whose dialogs were opened
    QSet<QString> dialogs; // the classes of the dialogs checked
    QStringList unnamed;
    QStringList unreachable;
    QStringList focusInvisible;

private:
    // A tool bar's button is reached through the same command in the menus or its shortcut.
    bool reachedOtherwise(QWidget *w) const
    {
        if (auto *b = qobject_cast<QAbstractButton *>(w); b && !b->shortcut().isEmpty())
            return true;
        if (auto *t = qobject_cast<QToolButton *>(w); t && t->defaultAction()) {
            QAction *a = t->defaultAction();
            return m_inMenus.contains(a) || !a->shortcut().isEmpty();
        }
        return false;
    }

    enum class Focus { Shows, Invisible, NotTaken };

    // Whether the control looks different with the keyboard's focus on it than without.
    static Focus focusShows(QWidget *w)
    {
        QWidget *window = w->window();
        if (QApplication::activeWindow() != window) {
            window->activateWindow();
            QApplication::setActiveWindow(window);
            QApplication::processEvents();
        }
        // As after a press of Tab: styles draw the focus frame only for the keyboard's focus.
        window->setAttribute(Qt::WA_KeyboardFocusChange);
        w->clearFocus();
        QApplication::processEvents();
        const QImage without = w->grab().toImage();
        w->setFocus(Qt::TabFocusReason);
        QApplication::processEvents();
        if (!w->hasFocus())
            return Focus::NotTaken; // its focus proxy takes it (checked on its own), or a popup keeps it
        const QImage with = w->grab().toImage();
        w->clearFocus();
        return with != without ? Focus::Shows : Focus::Invisible;
    }

    QSet<const QWidget *> m_seen;
    QSet<const QAction *> m_inMenus;
    QObject m_context;
};

void settle(int ms = 150)
{
    test::waitUntil([] { return false; }, ms);
}

// Chooses the first row of every list shown in `root` that has none (but not the navigation).
void chooseRows(QWidget *root, const QWidget *navigation)
{
    for (QAbstractItemView *view : root->findChildren<QAbstractItemView *>()) {
        if (view == navigation || !view->isVisible() || !view->model() || view->currentIndex().isValid()
            || qobject_cast<QHeaderView *>(view))
            continue;
        if (view->model()->rowCount() > 0)
            view->setCurrentIndex(view->model()->index(0, 0));
    }
}

// Opens `open`'s dialog, checks it, and closes it without doing anything.
void checkDialog(Audit &audit, const std::function<void()> &open, const QString &where)
{
    QSet<QWidget *> before;
    for (QWidget *top : QApplication::topLevelWidgets())
        before.insert(top);
    QTimer timer;
    timer.setInterval(30);
    QElapsedTimer since;
    QPointer<QDialog> found;
    QObject::connect(&timer, &QTimer::timeout, [&] {
        if (!found) {
            for (QWidget *top : QApplication::topLevelWidgets()) {
                auto *dialog = qobject_cast<QDialog *>(top);
                if (dialog && dialog->isVisible() && !before.contains(dialog)) {
                    found = dialog;
                    since.start();
                }
            }
            return;
        }
        if (since.elapsed() < 200)
            return; // let it fill itself
        if (!qobject_cast<QFileDialog *>(found.data())) {
            audit.dialogs.insert(QString::fromLatin1(found->metaObject()->className()));
            audit.check(found, QStringLiteral("%1 > dialog \"%2\"").arg(where, found->windowTitle()));
        }
        QDialog *dialog = found;
        before.insert(dialog);
        found = nullptr;
        dialog->reject();
        timer.stop();
    });
    timer.start();
    open();
    test::waitUntil([&] { return !timer.isActive(); }, 3000);
    timer.stop();
}

// The widget of ours a button sits in ("forumdesk::MembersPage"): the same text elsewhere is
// another command.
QString ownerOf(const QWidget *w)
{
    for (const QWidget *p = w->parentWidget(); p; p = p->parentWidget())
        if (QByteArray(p->metaObject()->className()).startsWith("forumdesk::"))
            return QString::fromLatin1(p->metaObject()->className());
    return QString();
}

// The commands shown in `root` that open a dialog ("…"), pressed one by one.
void checkDialogsOf(Audit &audit, QWidget *root, const QString &where)
{
    QList<QPointer<QAbstractButton>> buttons;
    for (QAbstractButton *b : root->findChildren<QAbstractButton *>())
        if (b->isVisible() && b->isEnabled() && b->text().endsWith(QChar(0x2026)))
            buttons << b;
    for (const QPointer<QAbstractButton> &b : buttons) {
        if (!b || !b->isVisible() || !b->isEnabled())
            continue;
        const QString key = ownerOf(b) + QLatin1Char('/') + b->text();
        if (audit.pressed.contains(key))
            continue;
        audit.pressed.insert(key);
        checkDialog(audit, [b] { b->click(); }, QStringLiteral("%1 > \"%2\"").arg(where, b->text()));
    }
}

// `scope` as it is, then each tab of each tab widget in it (and the tabs within those), with a
// row chosen in every list and every dialog its buttons open.
void visitTabs(Audit &audit, QWidget *scope, const QWidget *navigation, const QString &where,
               QSet<QTabWidget *> &visited)
{
    chooseRows(scope, navigation);
    settle(50);
    audit.check(scope->window(), where);
    checkDialogsOf(audit, scope, where);
    for (QTabWidget *tabs : scope->findChildren<QTabWidget *>()) {
        if (!tabs->isVisible() || visited.contains(tabs))
            continue;
        visited.insert(tabs);
        for (int i = 0; i < tabs->count(); ++i) {
            tabs->setCurrentIndex(i);
            settle(100);
            visitTabs(audit, tabs->widget(i), navigation, QStringLiteral("%1 > %2").arg(where, tabs->tabText(i)), visited);
        }
    }
}

} // namespace

TEST_CASE("Every control on every page and in every dialog has a name a screen reader says, is reached by "
          "the keyboard and shows when it has the focus",
          "[ui][accessibility]")
{
    test::isolateSettings();
    Translations::install(QStringLiteral("en"));
    AccessibleStyle::install(); // as the program does
    MainWindow window;
    window.resize(1280, 800);
    window.show();
    QApplication::setActiveWindow(&window);
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    Audit audit(window.menuBar());
    audit.check(&window, QStringLiteral("Welcome"));

    QSignalSpy opened(&window, &MainWindow::forumOpened);
    window.openSampleForum();
    REQUIRE(test::waitUntil([&] { return opened.count() == 1; }, 60000));
    ForumWorkspace *workspace = window.workspace();
    REQUIRE(workspace);

    using Page = ForumWorkspace::Page;
    for (const Page page : {Page::Dashboard, Page::ForumSettings, Page::Members, Page::Join, Page::Meetings,
                            Page::CoCreate, Page::Implement, Page::Evaluate, Page::Learn, Page::Compliance}) {
        workspace->showPage(page);
        settle(400);
        QSet<QTabWidget *> visited;
        visitTabs(audit, workspace, workspace->navigation(), workspace->pageTitle(page), visited);
    }
    // The menus' own dialogs (New Forum, Preferences, Merge From and the others).
    const std::function<void(QMenu *)> menuDialogs = [&](QMenu *menu) {
        for (QAction *a : menu->actions()) {
            if (a->menu()) {
                menuDialogs(a->menu());
            } else if (a->isEnabled() && a->text().endsWith(QChar(0x2026)) && !audit.pressed.contains(a->text())) {
                audit.pressed.insert(a->text());
                checkDialog(audit, [a] { a->trigger(); }, QStringLiteral("menu \"%1\"").arg(a->text()));
            }
        }
    };
    for (QAction *a : window.menuBar()->actions())
        if (a->menu())
            menuDialogs(a->menu());

    // The live console, on a meeting still to hold.
    const QList<Meeting> planned = Table<Meeting>(window.document()->file()).list(QStringLiteral("status = 'planned'"), {},
                                                                                  QStringLiteral("starts_at"));
    REQUIRE_FALSE(planned.isEmpty());
    {
        std::unique_ptr<LiveConsole> console(LiveConsole::open(window.document(), planned.first().id, nullptr));
        REQUIRE(console);
        console->setAttribute(Qt::WA_DeleteOnClose, false);
        console->resize(1280, 800);
        console->show();
        QApplication::setActiveWindow(console.get());
        settle(300);
        QSet<QTabWidget *> visited;
        visitTabs(audit, console.get(), nullptr, QStringLiteral("Live console"), visited);
    }

    // The two dialogs no button opens by itself: a merge's review of its conflicts, and a CSV
    // import's preview.
    MergeReport preview;
    preview.oursPath = window.document()->file().path();
    preview.theirsPath = QStringLiteral("/tmp/copy.ogpforum");
    MergeConflict conflict;
    conflict.table = QStringLiteral("member");
    conflict.recordUid = QStringLiteral("uid-1");
    conflict.recordLabel = QStringLiteral("Ana Pérez");
    conflict.field = QStringLiteral("organization");
    conflict.fieldLabel = QStringLiteral("Organization");
    conflict.hasBase = true;
    conflict.base = QStringLiteral("Ministerio A");
    conflict.ours = QStringLiteral("Ministerio B");
    conflict.theirs = QStringLiteral("Ministerio C");
    preview.conflicts << conflict;
    checkDialog(audit, [&] { (new MergeReviewDialog(preview, &window))->open(); }, QStringLiteral("Merge"));
    test::TempFolder folder;
    const QString csv = folder.file(QStringLiteral("consulta.csv"));
    {
        QFile f(csv);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("date;channel;author;sector;text\r\n2025-03-01;email;Ana;academia;More open data\r\n");
    }
    const qint64 planId = Table<ActionPlan>(window.document()->file()).list({}, {}, QStringLiteral("id DESC")).first().id;
    checkDialog(audit, [&] {
        (new ImportPreviewDialog(ContributionImport::readFile(window.document()->file(), csv, planId),
                                 QStringLiteral("consulta.csv"), &window))->open();
    }, QStringLiteral("Import"));

    // The findings in full, for whoever fixes them.
    QDir().mkpath(QStringLiteral(FORUMDESK_TEST_ARTIFACTS));
    QFile report(QStringLiteral(FORUMDESK_TEST_ARTIFACTS "/accessibility.txt"));
    if (report.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Text)) {
        report.write(QStringLiteral("%1 controls; dialogs: %2\n\nUnnamed:\n%3\n\nNot reached by the keyboard:\n%4\n\n"
                                    "No visible focus:\n%5\n")
                         .arg(audit.controls)
                         .arg(QStringList(audit.pressed.values()).join(QLatin1String(" | ")), audit.unnamed.join(QLatin1Char('\n')),
                              audit.unreachable.join(QLatin1Char('\n')), audit.focusInvisible.join(QLatin1Char('\n')))
                         .toUtf8());
    }
    // Every dialog of the window was met.
    for (const char *dialog : {"forumdesk::PlanDialog", "forumdesk::StageGateDialog", "forumdesk::ProgressUpdateDialog",
                               "forumdesk::CompletionLevelDialog", "forumdesk::AssessmentDialog", "forumdesk::PreferencesDialog",
                               "forumdesk::NewForumDialog", "forumdesk::PublishWebsiteDialog", "forumdesk::ActionItemDialog",
                               "forumdesk::DecisionDialog", "forumdesk::ImportPreviewDialog", "forumdesk::ContributionDialog",
                               "forumdesk::MemberDialog", "forumdesk::MergeReviewDialog", "forumdesk::LessonDialog"}) {
        INFO(dialog);
        CHECK(audit.dialogs.contains(QString::fromLatin1(dialog)));
    }
    INFO("Dialogs opened: " << QStringList(audit.pressed.values()).join(QLatin1String(" | ")).toStdString());
    CHECK(audit.controls > 400);
    CHECK(audit.focusCompared > 350);
    INFO("Controls with no accessible name:\n" << audit.unnamed.join(QLatin1Char('\n')).toStdString());
    CHECK(audit.unnamed.isEmpty());
    INFO("Controls the keyboard cannot reach:\n" << audit.unreachable.join(QLatin1Char('\n')).toStdString());
    CHECK(audit.unreachable.isEmpty());
    INFO("Controls that look the same with the focus:\n" << audit.focusInvisible.join(QLatin1Char('\n')).toStdString());
    CHECK(audit.focusInvisible.isEmpty());
}
