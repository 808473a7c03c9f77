// SPDX-License-Identifier: GPL-3.0-or-later
// forumdesk: the window. `forumdesk FILE` opens a forum; `--screenshots DIR` renders the main views.
#include "ui/window/MainWindow.h"
#include "ui/window/ScreenshotTour.h"
#include "core/i18n/Translations.h"
#include "ui/settings/Preferences.h"
#include "ui/widgets/Colours.h"
#include "ui/widgets/AccessibleStyle.h"
#include "app/gui/FirstFrame.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileOpenEvent>
#include <QIcon>
#include <QTimer>

#include <cstdio>

#ifdef Q_OS_MACOS
namespace {

// macOS hands a forum opened from the Finder (a double-click, Open With) to the running program as
// an event, not as an argument.
class FileOpenHandler : public QObject {
public:
    explicit FileOpenHandler(forumdesk::MainWindow *window) : QObject(window), m_window(window) {}

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::FileOpen) {
            m_window->openForum(static_cast<QFileOpenEvent *>(event)->file());
            return true;
        }
        return QObject::eventFilter(watched, event);
    }

private:
    forumdesk::MainWindow *m_window;
};

} // namespace
#endif

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("ForumDesk"));
    QApplication::setApplicationName(QStringLiteral("forumdesk"));
    QApplication::setApplicationDisplayName(QStringLiteral("Forum Desk"));
    QApplication::setApplicationVersion(QStringLiteral(FORUMDESK_VERSION));
    QApplication::setDesktopFileName(QStringLiteral(FORUMDESK_APP_ID));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/forumdesk/icons/forumdesk.svg")));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate(
        "main", "Forum Desk, for the secretariat of an Open Government Partnership multi-stakeholder forum."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("file"),
                                 QApplication::translate("main", "The forum file (.ogpforum) to open."),
                                 QStringLiteral("[file]"));
    const QCommandLineOption language(QStringLiteral("lang"),
                                      QApplication::translate("main", "Interface language (en, es, fr or pt) for this run."),
                                      QStringLiteral("language"));
    const QCommandLineOption screenshots(QStringLiteral("screenshots"),
                                         QApplication::translate("main", "Render the main views of the sample forum "
                                                                         "as PNG files into <folder>, then quit."),
                                         QStringLiteral("folder"));
    const QCommandLineOption highContrast(QStringLiteral("high-contrast"),
                                          QApplication::translate("main", "Use high-contrast colours (white on black) "
                                                                          "for this run."));
    parser.addOption(language);
    parser.addOption(highContrast);
    parser.addOption(screenshots);
    parser.process(app);

    forumdesk::Translations::install(parser.isSet(language) ? parser.value(language)
                                                            : forumdesk::Preferences::language());

    // The system's style with a focus ring where it draws none, and its colours with the selection
    // and hints made readable, or high contrast.
    forumdesk::AccessibleStyle::install();
    // Screenshots show the colours asked for on the command line, whatever this user's preferences.
    const bool high = parser.isSet(highContrast) || (!parser.isSet(screenshots) && forumdesk::Preferences::highContrast());
    forumdesk::colours::applyPalette(high);

    forumdesk::MainWindow window;
#ifdef Q_OS_MACOS
    app.installEventFilter(new FileOpenHandler(&window));
#endif
    if (parser.isSet(screenshots)) {
        auto *tour = new forumdesk::ScreenshotTour(&window, parser.value(screenshots),
                                                   QStringLiteral("%1-%2").arg(high ? QStringLiteral("-high-contrast") : QString(),
                                                                               forumdesk::Translations::current()),
                                                   &window);
        QObject::connect(tour, &forumdesk::ScreenshotTour::finished, &app,
                         [](bool ok) { QApplication::exit(ok ? 0 : 1); });
        QTimer::singleShot(0, tour, &forumdesk::ScreenshotTour::start);
        return app.exec();
    }
    // For bench/ (forumdesk-bench) only, inert unless FORUMDESK_BENCH_FIRST_FRAME is set: once the
    // forum has opened, print "first-frame" after the window's next paint and quit (print "refused"
    // and exit 1 if it cannot be opened), so the bench can time a start to a painted forum.
    if (qEnvironmentVariableIsSet("FORUMDESK_BENCH_FIRST_FRAME")) {
        auto *reporter = new forumdesk::bench::FirstFrameReporter(&window, false);
        QObject::connect(&window, &forumdesk::MainWindow::forumOpened, reporter, [reporter] { reporter->arm(); });
        QObject::connect(&window, &forumdesk::MainWindow::forumRefused, &app, [] {
            std::printf("refused\n");
            std::fflush(stdout);
            QApplication::exit(1);
        });
    }
    // Opening starts before the window shows, so a window started on a forum never makes the
    // welcome page it would show for a moment.
    const QStringList files = parser.positionalArguments();
    if (!files.isEmpty())
        window.openForum(files.first());
    window.show();
    return app.exec();
}
