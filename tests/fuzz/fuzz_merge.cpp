// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzz target: THEIRS, another copy of a forum, as bytes, merged into a fixed OURS
// (tests/fuzz/data/merge-ours.ogpforum, which the seeds under corpus/fuzz_merge share their history
// with: tests/fuzz/data/make-merge-data.sh). Each input starts from OURS's bytes as committed: first
// the dry run a person reviews (previewMerge), then the merge itself, preferring theirs and forced (so
// that a copy of another forum goes as deep), then, if it did not refuse, the check of the result
// (ConsistencyCheck::run's two parts: the full check, the data rules) and the report in every
// rendering (summary, Markdown, JSON).
// Refusals (StorageError) are the expected outcome for most inputs. A bug: a crash, a hang, another
// exception, a sanitizer report; and, checked here, THEIRS's bytes changed or a file left beside it,
// OURS changed by the dry run or by a merge that threw (or the copy kept before it left behind), a
// conflict left unsettled although theirs was preferred, a merged OURS that fails the full check its
// next open would run. With FORUMDESK_FUZZ_VERBOSE set, it says how far each input got.
#include "tests/fuzz/FuzzSupport.h"

#include "core/forum/ConsistencyCheck.h"
#include "core/merge/Merge.h"
#include "core/merge/MergeReport.h"
#include "core/storage/Database.h"
#include "core/storage/ForumFile.h"
#include "core/storage/PassedChecks.h"
#include "core/storage/StorageError.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>

#include <cstddef>
#include <cstdint>
#include <cstdio>

#ifndef FORUMDESK_FUZZ_MERGE_OURS
#error "FORUMDESK_FUZZ_MERGE_OURS: the path of OURS (tests/fuzz/CMakeLists.txt defines it)"
#endif

using namespace forumdesk;

namespace {

QByteArray g_ours;          // OURS's bytes, as committed
QByteArray g_oursContent;   // and what it holds (content())
QString g_oursFolder;       // OURS alone, and the copies a merge keeps beside it
QString g_theirsFolder;     // THEIRS alone: nothing may appear beside it
QString g_oursPath;
QString g_theirsPath;

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return file.readAll();
}

void emptyFolder(const QString &path)
{
    const QDir folder(path);
    for (const QString &name : folder.entryList(QDir::Files | QDir::Hidden | QDir::System))
        QFile::remove(folder.filePath(name));
}

QStringList filesIn(const QString &path)
{
    return QDir(path).entryList(QDir::Files | QDir::Hidden | QDir::System, QDir::Name);
}

// What OURS holds, whatever its bytes: its schema and every row of every table, values with their types.
QByteArray content(ForumFile &forum)
{
    Database &db = forum.database();
    ReadTransaction snapshot(db);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    const auto add = [&hash](Statement &st) {
        while (st.next()) {
            for (int i = 0; i < st.columnCount(); ++i) {
                const QVariant v = st.value(i);
                hash.addData(QByteArray::number(st.isNull(i) ? -1 : v.typeId()));
                hash.addData(v.typeId() == QMetaType::QByteArray ? v.toByteArray() : v.toString().toUtf8());
                hash.addData(QByteArrayView("\x1f", 1));
            }
            hash.addData(QByteArrayView("\x1e", 1));
        }
    };
    QStringList tables;
    {
        Statement st = db.query(QStringLiteral("SELECT type, name, tbl_name, sql FROM sqlite_schema ORDER BY type, name"));
        add(st);
        Statement names = db.query(QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name"));
        while (names.next())
            tables << names.text(0);
    }
    hash.addData(db.scalar(QStringLiteral("PRAGMA user_version")).toString().toUtf8());
    for (const QString &table : std::as_const(tables)) {
        hash.addData(table.toUtf8());
        Statement st = db.query(QStringLiteral("SELECT * FROM \"%1\" ORDER BY rowid").arg(table));
        add(st);
    }
    return hash.result();
}

// With FORUMDESK_FUZZ_VERBOSE set, one line per stage's outcome on stderr: how far an input got.
void note(const char *stage, const QString &detail)
{
    static const bool verbose = qEnvironmentVariableIsSet("FORUMDESK_FUZZ_VERBOSE");
    if (verbose)
        std::fprintf(stderr, "%s %s\n", stage, qPrintable(detail));
}

[[noreturn]] void bug(const char *what, const QString &detail = {})
{
    qFatal("fuzz_merge: %s%s%s", what, detail.isEmpty() ? "" : ": ", qPrintable(detail));
}

// The report in every form a person or a script gets it.
void render(const MergeReport &report)
{
    report.summary();
    report.toMarkdown();
    // What forumdesk-cli merge --report writes: Qt's own text, byte for byte, whatever the labels hold.
    if (report.toJsonText() != QJsonDocument(report.toJson()).toJson(QJsonDocument::Indented))
        bug("the report's JSON text is not Qt's", report.summary());
    for (const MergeConflict &c : report.conflicts) {
        report.resolutionText(c);
        MergeReport::shownValue(c.base);
        MergeReport::shownValue(c.ours);
        MergeReport::shownValue(c.theirs);
    }
}

void mergeInput()
{
    // Opened as Forum Desk opens it: the full check when it was written again for this input.
    auto ours = ForumFile::open(g_oursPath);
    const QByteArray &before = g_oursContent;
    if (content(*ours) != before)
        bug("OURS was not restored");

    // The dry run of the review: never writes, whether it throws or not.
    try {
        render(previewMerge(*ours, g_theirsPath));
    } catch (const StorageError &e) {
        note("PREVIEW-REFUSED", e.message());
    }
    if (content(*ours) != before)
        bug("the dry run changed OURS");
    if (filesIn(g_oursFolder) != QStringList{QStringLiteral("ours.ogpforum"), QStringLiteral("ours.ogpforum.lock")})
        bug("the dry run left files beside OURS", filesIn(g_oursFolder).join(QLatin1Char(' ')));

    MergeOptions merge;
    merge.prefer = MergePrefer::Theirs;
    merge.force = true;
    MergeReport report;
    try {
        report = mergeForums(*ours, g_theirsPath, merge);
    } catch (const StorageError &e) {
        note("MERGE-REFUSED", e.message());
        // Refused, or refused by the schema while writing: OURS as it was, no copy kept.
        if (content(*ours) != before)
            bug("a merge that threw changed OURS");
        if (filesIn(g_oursFolder) != QStringList{QStringLiteral("ours.ogpforum"), QStringLiteral("ours.ogpforum.lock")})
            bug("a merge that threw left files beside OURS", filesIn(g_oursFolder).join(QLatin1Char(' ')));
        return;
    }
    if (report.unresolvedCount() > 0)
        bug("conflicts left unsettled although theirs was preferred", report.summary());
    if (!report.written) {
        // Nothing to take in (THEIRS holds nothing OURS lacks).
        if (content(*ours) != before)
            bug("a merge that wrote nothing changed OURS");
        if (!report.backupPath.isEmpty())
            bug("a copy kept for a merge that wrote nothing", report.backupPath);
    } else if (readFile(report.backupPath) != g_ours) {
        bug("the copy kept before the merge is not OURS as it was", report.backupPath);
    }
    render(report);
    note("MERGED", QStringLiteral("written=%1 +%2 ~%3 -%4 conflicts=%5")
                       .arg(int(report.written))
                       .arg(report.addedCount())
                       .arg(report.changedCount())
                       .arg(report.removedCount())
                       .arg(report.conflicts.size()));
    // ConsistencyCheck::run in its two parts. The full check is what the next open of OURS runs: a
    // merge must not write what makes the file refused. The data rules may well find problems in
    // what THEIRS brought (the report lists them).
    const QStringList unsound = ours->verify();
    if (!unsound.isEmpty())
        bug("the merged OURS fails the full check", unsound.join(QLatin1Char('\n')));
    ConsistencyCheck::dataRules(*ours);
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    fuzz::initialise(argc, argv);
    const QDir scratch(fuzz::scratchFolder());
    g_oursFolder = scratch.filePath(QStringLiteral("ours"));
    g_theirsFolder = scratch.filePath(QStringLiteral("theirs"));
    QDir().mkpath(g_oursFolder);
    QDir().mkpath(g_theirsFolder);
    g_oursPath = QDir(g_oursFolder).filePath(QStringLiteral("ours.ogpforum"));
    g_theirsPath = QDir(g_theirsFolder).filePath(QStringLiteral("theirs.ogpforum"));
    // OURS as Forum Desk keeps it: brought up to date if the stored one is of an earlier format (its
    // history, which the seeds share, is kept), without the copy the update keeps beside it.
    writeFile(g_oursPath, readFile(QStringLiteral(FORUMDESK_FUZZ_MERGE_OURS)));
    try {
        ForumFile::open(g_oursPath);
    } catch (const StorageError &e) {
        bug("OURS does not open", e.message());
    }
    for (const QString &name : filesIn(g_oursFolder))
        if (name != QLatin1String("ours.ogpforum"))
            QFile::remove(QDir(g_oursFolder).filePath(name));
    g_ours = readFile(g_oursPath);
    // OURS must be sound, or every input would only test a refusal.
    try {
        OpenOptions options;
        options.fullCheck = true;
        const auto ours = ForumFile::open(g_oursPath, options);
        if (ours->schemaVersion() != ForumFile::currentSchemaVersion() || !ConsistencyCheck::run(*ours).isEmpty())
            bug("OURS is not a sound forum of the current format", QStringLiteral(FORUMDESK_FUZZ_MERGE_OURS));
        g_oursContent = content(*ours);
    } catch (const StorageError &e) {
        bug("OURS does not open", e.message());
    }
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // OURS as committed and nothing beside it, THEIRS never seen before: inputs do not influence
    // each other. OURS is written again only when a merge changed it (an unchanged OURS opens
    // without the full check it passed, as in Forum Desk, which saves most of the time of an input
    // THEIRS's check refuses).
    const bool oursChanged = readFile(g_oursPath) != g_ours;
    const QDir oursFolder(g_oursFolder);
    for (const QString &name : filesIn(g_oursFolder))
        if (oursChanged || name != QLatin1String("ours.ogpforum"))
            QFile::remove(oursFolder.filePath(name));
    if (oursChanged) {
        PassedChecks::forget(g_oursPath);
        writeFile(g_oursPath, g_ours);
    }
    emptyFolder(g_theirsFolder);
    PassedChecks::forget(g_theirsPath);
    const QByteArray theirs(reinterpret_cast<const char *>(data), qsizetype(size));
    writeFile(g_theirsPath, theirs);

    // StorageError is expected from the merges only (caught there): OURS opens, as
    // LLVMFuzzerInitialize checked, and what a merge wrote can be read and checked.
    mergeInput();

    // THEIRS is never changed, and nothing is left beside it.
    if (readFile(g_theirsPath) != theirs)
        bug("THEIRS was changed");
    if (filesIn(g_theirsFolder) != QStringList{QStringLiteral("theirs.ogpforum")})
        bug("files left beside THEIRS", filesIn(g_theirsFolder).join(QLatin1Char(' ')));
    return 0;
}
