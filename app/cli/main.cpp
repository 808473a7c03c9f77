// SPDX-License-Identifier: GPL-3.0-or-later
// forumdesk-cli: the same core as the window, for scripts and for people without a display.
#include "app/cli/CliCommands.h"

#ifdef FORUMDESK_CLI_DOCUMENTS
#include <QApplication>
#else
#include <QCoreApplication>
#endif

#include <cstdio>
#include <cstdlib>

namespace {

// Qt's own chatter (no XDG_RUNTIME_DIR on a server, say) must not reach stderr, where a script
// expects only our one-line errors. FORUMDESK_DEBUG=1 shows it again.
void quietMessages(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type == QtFatalMsg || qEnvironmentVariableIsSet("FORUMDESK_DEBUG")) {
        fprintf(stderr, "%s\n", qPrintable(qFormatLogMessage(type, context, message)));
        if (type == QtFatalMsg)
            abort();
    }
}

int run()
{
    // Both programs are "forumdesk-cli" to the user: one name in messages and settings.
    QCoreApplication::setApplicationName(QStringLiteral("forumdesk-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(FORUMDESK_VERSION));
    return forumdesk::cli::runCommand(QCoreApplication::arguments());
}

} // namespace

int main(int argc, char *argv[])
{
    qInstallMessageHandler(quietMessages);
#ifdef FORUMDESK_CLI_DOCUMENTS
    // Documents need fonts and charts a graphics scene, hence a QApplication; offscreen, it needs
    // no display.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
#else
    QCoreApplication app(argc, argv);
#endif
    return run();
}
