// SPDX-License-Identifier: GPL-3.0-or-later
// forumdesk-cli: the same core as the window, for scripts and for people without a display.
#include "CliCommands.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("forumdesk-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(FORUMDESK_VERSION));
    return forumdesk::cli::runCommand(QCoreApplication::arguments());
}
