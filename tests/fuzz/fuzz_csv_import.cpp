// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzz target: a contributions CSV file as a consultation platform or a spreadsheet exports it, read
// for its preview against a small forum made once. Reading must never crash or hang, whatever the
// bytes; the preview's problems are the expected outcome for most inputs.
#include "tests/fuzz/FuzzSupport.h"

#include "core/cocreation/ContributionImport.h"
#include "core/exchange/Csv.h"
#include "core/forum/NewForum.h"
#include "core/plans/ActionPlan.h"
#include "core/storage/ForumFile.h"
#include "core/storage/StorageError.h"
#include "core/storage/Table.h"

#include <QDate>
#include <QDir>

#include <cstddef>
#include <cstdint>

using namespace forumdesk;

namespace {
// Kept for the whole run and never closed: libFuzzer ends the process with exit(), after which
// the folder and the application it needs are already gone.
ForumFile *g_forum = nullptr;
qint64 g_planId = 0;
}

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    fuzz::initialise(argc, argv);
    g_forum = createForum(QDir(fuzz::scratchFolder()).filePath(QStringLiteral("forum.ogpforum")),
                          QStringLiteral("Foro de prueba"), QStringLiteral("es"))
                  .release();
    ActionPlan plan;
    plan.title = QStringLiteral("Plan de acción");
    plan.periodStart = QDate(2025, 1, 1);
    plan.periodEnd = QDate(2027, 8, 31);
    Table<ActionPlan>(*g_forum).create(plan);
    g_planId = plan.id;
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    try {
        const ContributionImport import = ContributionImport::read(*g_forum, bytes, g_planId);
        import.allProblems();
        import.skippedRows();
        import.acceptable();
    } catch (const StorageError &) {
    }
    Csv::parse(Csv::decode(bytes).text);
    return 0;
}
