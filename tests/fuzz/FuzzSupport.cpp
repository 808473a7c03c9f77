// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/fuzz/FuzzSupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

namespace forumdesk::fuzz {

namespace {
QTemporaryDir *g_scratch = nullptr;
}

void initialise(int *argc, char ***argv)
{
    static QTemporaryDir scratch;
    g_scratch = &scratch;
    const QString data = QDir(scratch.path()).filePath(QStringLiteral("data"));
    QDir().mkpath(data);
    qputenv("XDG_DATA_HOME", QFile::encodeName(data));
    static QCoreApplication app(*argc, *argv);
}

QString scratchFolder()
{
    return g_scratch->path();
}

} // namespace forumdesk::fuzz
