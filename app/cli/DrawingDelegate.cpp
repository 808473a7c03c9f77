// SPDX-License-Identifier: GPL-3.0-or-later
// forumdesk-cli hands the commands that draw to forumdesk-cli-documents (see CliCommand.h).
#include "app/cli/CliCommand.h"
#include "app/cli/CliCommands.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QProcess>

#include <cstdio>
#include <vector>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace forumdesk::cli {

namespace {

constexpr auto kDocumentsProgram = "forumdesk-cli-documents";

// The program's file name, with Windows' suffix there.
QString documentsFileName()
{
#ifdef Q_OS_WIN
    return QLatin1String(kDocumentsProgram) + QLatin1String(".exe");
#else
    return QLatin1String(kDocumentsProgram);
#endif
}

// Beside this program (a build folder; Windows and macOS installations), else where a Linux
// installation keeps it: the libexec folder as the build was configured (FORUMDESK_LIBEXEC_FROM_BIN,
// relative to the bin folder).
QString documentsProgram()
{
    const QDir here(QCoreApplication::applicationDirPath());
    const QString installed = QStringLiteral(FORUMDESK_LIBEXEC_FROM_BIN "/forumdesk/") + documentsFileName();
    for (const QString &candidate : {here.filePath(documentsFileName()), here.filePath(installed)}) {
        const QFileInfo info(candidate);
        if (info.isFile() && info.isExecutable())
            return info.absoluteFilePath();
    }
    return QString();
}

int runInDocumentsProgram(const QStringList &arguments)
{
    const QString program = documentsProgram();
    if (program.isEmpty())
        return fail(CannotWrite, Cli::tr("%1 is missing beside forumdesk-cli; reinstall Forum Desk")
                                     .arg(QLatin1String(kDocumentsProgram)));
    std::fflush(stdout);
    std::fflush(stderr);
#ifdef Q_OS_UNIX
    // The documents program takes this process's place: same output, same exit code.
    std::vector<QByteArray> bytes;
    bytes.push_back(QFile::encodeName(program));
    for (qsizetype i = 1; i < arguments.size(); ++i)
        bytes.push_back(arguments.at(i).toLocal8Bit());
    std::vector<char *> argv;
    for (QByteArray &arg : bytes)
        argv.push_back(arg.data());
    argv.push_back(nullptr);
    ::execv(argv.front(), argv.data());
    return fail(CannotWrite, Cli::tr("%1 cannot be started").arg(QDir::toNativeSeparators(program)));
#else
    QProcess process;
    process.setProcessChannelMode(QProcess::ForwardedChannels);
    process.setInputChannelMode(QProcess::ForwardedInputChannel);
    process.start(program, arguments.mid(1));
    if (!process.waitForStarted())
        return fail(CannotWrite, Cli::tr("%1 cannot be started").arg(QDir::toNativeSeparators(program)));
    process.waitForFinished(-1);
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : CannotWrite;
#endif
}

} // namespace

void addDrawingCommands(std::map<QString, Command> &commands)
{
    commands.insert({QStringLiteral("chart"), {kChartSummary, {QStringLiteral("FILE")}, nullptr, nullptr, runInDocumentsProgram}});
    commands.insert({QStringLiteral("publish"), {kPublishSummary, {QStringLiteral("FILE")}, nullptr, nullptr, runInDocumentsProgram}});
    commands.insert({QStringLiteral("export"),
                     {kExportSummary, {QStringLiteral("WHAT"), QStringLiteral("FILE")}, nullptr, nullptr, runInDocumentsProgram}});
}

} // namespace forumdesk::cli
