// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzz target: a forum file from someone else, as bytes. Opening it read-only runs the full check;
// a file that opens is then read as the command line's `info` reads it (every table's rows counted,
// the forum row) and as `check` does (ConsistencyCheck::run). Refusals (StorageError) are the
// expected outcome for most inputs; a crash, a hang, another exception or a sanitizer report is a bug.
#include "tests/fuzz/FuzzSupport.h"

#include "core/forum/ConsistencyCheck.h"
#include "core/forum/Forum.h"
#include "core/storage/Database.h"
#include "core/storage/ForumFile.h"
#include "core/storage/StorageError.h"
#include "core/storage/Table.h"

#include <QDir>
#include <QFile>

#include <cstddef>
#include <cstdint>

using namespace forumdesk;

namespace {

QString g_folder;

void readAsInfoAndCheck(const QString &path)
{
    OpenOptions options;
    options.readOnly = true;
    // Always the full check, as for a file never seen: every input is written to the same path, and
    // what a previous input left in the passed-checks record must not change how this one is read.
    options.fullCheck = true;
    auto forum = ForumFile::open(path, options);
    Database &db = forum->database();
    {
        ReadTransaction snapshot(db);
        QStringList tables;
        {
            Statement st = db.query(QStringLiteral(
                "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"));
            while (st.next())
                tables << st.text(0);
        }
        for (const QString &table : tables)
            db.scalar(QStringLiteral("SELECT count(*) FROM \"%1\"").arg(table));
        Table<Forum>(*forum).find(1);
    }
    ConsistencyCheck::run(*forum);
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    fuzz::initialise(argc, argv);
    g_folder = QDir(fuzz::scratchFolder()).filePath(QStringLiteral("input"));
    QDir().mkpath(g_folder);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString path = QDir(g_folder).filePath(QStringLiteral("input.ogpforum"));
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            qFatal("cannot write the fuzz input to %s", qPrintable(path));
        file.write(reinterpret_cast<const char *>(data), qint64(size));
    }
    try {
        readAsInfoAndCheck(path);
    } catch (const StorageError &) {
        // Refused, with a reason: what a hostile or damaged file should get.
    }
    // The input and whatever opening it left beside it (a -journal, say): the next input starts clean.
    const QDir folder(g_folder);
    for (const QString &name : folder.entryList(QDir::Files | QDir::Hidden | QDir::System))
        QFile::remove(folder.filePath(name));
    return 0;
}
