// SPDX-License-Identifier: GPL-3.0-or-later
// Catch2's main, with a QApplication so that core, widget and chart tests share one runner.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QApplication>
#include <QFile>
#include <QTemporaryDir>

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // The user's data folder (where Forum Desk remembers files that passed the full check) is a
    // fresh one for each run, shared with the command-line runs the tests start.
    QTemporaryDir data;
    qputenv("XDG_DATA_HOME", QFile::encodeName(data.path()));
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("ForumDeskTests"));
    QApplication::setApplicationName(QStringLiteral("forumdesk-tests"));
    return Catch::Session().run(argc, argv);
}
