// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/merge/Merge.h"

#include "core/forum/ConsistencyCheck.h"
#include "core/meetings/Agenda.h"
#include "core/plans/MilestoneOrder.h"
#include "core/storage/ChangeLog.h"
#include "core/storage/Database.h"
#include "core/storage/EntitySchema.h"
#include "core/storage/ForumFile.h"
#include "core/storage/StorageError.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <sqlite3.h>

#include <algorithm>
#include <map>
#include <memory>
#include <exception>
#include <string>
#include <string_view>
#include <thread>
#include <tuple>
#include <unordered_set>
#include <vector>

namespace forumdesk {

namespace {

using tr_t = MergeReport;

struct Column {
    QString name;
    QString refTable; // the table a reference names; empty for a plain value
    QString onDelete; // CASCADE, SET NULL...
    bool notNull = false;
    bool inTheirs = true;
};

struct TableInfo {
    QString name;
    QList<Column> columns;         // the record's fields (no id, uid or times)
    QList<QList<int>> naturalKeys; // UNIQUE keys besides uid, as column indexes
    bool singleton = false;        // one row a forum (id = 1)
    bool inTheirs = true;
    int labelColumn = -1;
    QList<QPair<int, QString>> cascadeChildren; // (child table index, its column) ON DELETE CASCADE
};

struct Row {
    QString uid;
    QString createdAt;
    QString updatedAt;
    QVariantList values;
    qint64 rowid = 0; // where the side holds it, when read by it (0: not known)
};

// The first change one side made to a field that the other side does not know of.
struct FirstChange {
    QString at;
    qint64 id = 0;
    QVariant oldValue;
};

struct LogEntry {
    QString uid, at, table, rowUid, field;
    QVariant oldValue;
};

struct Tomb {
    QString table, removedAt, actor;
};

// A field one side changed, and the first of those changes.
struct FieldChange {
    QString field;
    FirstChange first;
};

// What one side changed that the other does not know of.
struct SideLog {
    // Row uid -> the fields with such changes (a record has a few: one look-up a record, not one a
    // field, and no key made of the two).
    QHash<QString, QList<FieldChange>> edited;
    QList<LogEntry> entries;           // kept for theirs only: what ours takes in
    QHash<QString, Tomb> tombstones;   // every tombstone of the side
    // Records added on both sides and merged as one (kAliasField): each uid -> the other.
    QList<std::pair<QString, QString>> aliases;

    // The earliest change of the field of record `rowUid` the other side does not know of, if any.
    const FirstChange *firstChange(const QString &rowUid, const QString &field) const
    {
        const auto row = edited.constFind(rowUid);
        if (row == edited.cend())
            return nullptr;
        for (const FieldChange &change : *row)
            if (change.field == field)
                return &change.first;
        return nullptr;
    }
};

// What a merge leaves in OURS so that the same question is not asked again (docs/architecture.md,
// "Merging two copies"): two records merged as one are remembered by a change-log entry of the
// record kept, field "uid", whose old value is the other's uid (a record's uid is never a logged
// field otherwise); a removal that OURS answered by keeping the record is remembered by THEIRS'
// tombstone kept beside the live record.
const QString kAliasField = QStringLiteral("uid");

bool sameValue(const QVariant &a, const QVariant &b)
{
    const bool an = a.isNull() || !a.isValid(), bn = b.isNull() || !b.isValid();
    if (an || bn)
        return an && bn;
    const auto numeric = [](const QVariant &v) {
        return v.typeId() == QMetaType::LongLong || v.typeId() == QMetaType::Int || v.typeId() == QMetaType::Double;
    };
    if (numeric(a) && numeric(b)) {
        if (a.typeId() == QMetaType::Double || b.typeId() == QMetaType::Double)
            return a.toDouble() == b.toDouble();
        return a.toLongLong() == b.toLongLong();
    }
    if (numeric(a) != numeric(b))
        return false;
    if (a.typeId() == QMetaType::QByteArray || b.typeId() == QMetaType::QByteArray)
        return a.toByteArray() == b.toByteArray();
    return a.toString() == b.toString();
}

// The record tables of ours, parents before the records that name them.
QList<TableInfo> tableInfos(Database &ours, Database &theirs)
{
    QList<TableInfo> infos;
    for (const QString &table : changelog::recordTables(ours)) {
        TableInfo info;
        info.name = table;
        const QStringList theirColumns = changelog::columnsOf(theirs, table);
        info.inTheirs = theirColumns.contains(QStringLiteral("uid"));
        const QHash<QString, changelog::Reference> references = changelog::referencesOf(ours, table);
        {
            Statement st = ours.query(QStringLiteral("SELECT name, \"notnull\" FROM pragma_table_info(?) ORDER BY cid"));
            st.bind(1, table);
            while (st.next()) {
                Column c;
                c.name = st.text(0);
                if (changelog::isBookkeepingColumn(c.name))
                    continue;
                c.notNull = st.int64(1) != 0;
                c.refTable = references.value(c.name).table;
                c.onDelete = references.value(c.name).onDelete;
                c.inTheirs = theirColumns.contains(c.name);
                info.columns << c;
            }
        }
        for (const char *label : {"name", "title", "activity", "text", "criterion", "practice", "number", "reported_on"}) {
            for (int i = 0; i < info.columns.size() && info.labelColumn < 0; ++i)
                if (info.columns[i].name == QLatin1String(label))
                    info.labelColumn = i;
        }
        const QString sql = ours.scalar(QStringLiteral("SELECT sql FROM sqlite_schema WHERE type = 'table' AND name = ?"),
                                        {table}).toString();
        info.singleton = sql.contains(QLatin1String("CHECK (id = 1)"));
        QStringList uniqueIndexes;
        {
            Statement st = ours.query(QStringLiteral("SELECT name FROM pragma_index_list(?) WHERE \"unique\" = 1 AND origin = 'u'"));
            st.bind(1, table);
            while (st.next())
                uniqueIndexes << st.text(0);
        }
        for (const QString &index : std::as_const(uniqueIndexes)) {
            QList<int> key;
            bool usable = true;
            Statement st = ours.query(QStringLiteral("SELECT name FROM pragma_index_info(?) ORDER BY seqno"));
            st.bind(1, index);
            while (st.next()) {
                const QString column = st.text(0);
                int found = -1;
                for (int i = 0; i < info.columns.size(); ++i)
                    if (info.columns[i].name == column)
                        found = i;
                if (found < 0 || !info.columns[found].inTheirs)
                    usable = false;
                key << found;
            }
            if (usable && !key.isEmpty())
                info.naturalKeys << key;
        }
        infos << info;
    }
    // Parents first: a table comes after every table it names (a table naming itself is filled in
    // after its rows are in).
    QList<TableInfo> ordered;
    QSet<QString> placed;
    while (ordered.size() < infos.size()) {
        bool progress = false;
        for (const TableInfo &info : std::as_const(infos)) {
            if (placed.contains(info.name))
                continue;
            bool ready = true;
            for (const Column &c : info.columns)
                if (!c.refTable.isEmpty() && c.refTable != info.name && !placed.contains(c.refTable))
                    ready = false;
            if (ready) {
                ordered << info;
                placed.insert(info.name);
                progress = true;
            }
        }
        if (!progress)
            throw StorageError(StorageError::Kind::Internal, QStringLiteral("the forum's tables name each other in a cycle"));
    }
    for (int t = 0; t < ordered.size(); ++t)
        for (int c = 0; c < ordered[t].columns.size(); ++c) {
            const Column &column = ordered[t].columns[c];
            if (column.onDelete == QLatin1String("CASCADE"))
                for (int p = 0; p < ordered.size(); ++p)
                    if (ordered[p].name == column.refTable)
                        ordered[p].cascadeChildren << qMakePair(t, column.name);
        }
    return ordered;
}

// The SELECT that reads a table's records in uid order; references come as the uids they name
// (local ids differ between copies), as text, or NULL when they name nothing.
QString selectRows(const TableInfo &info, bool theirsSide, const QString &where = QStringLiteral(""))
{
    QStringList columns{QStringLiteral("uid"), QStringLiteral("created_at"), QStringLiteral("updated_at")};
    for (const Column &c : info.columns) {
        if (theirsSide && !c.inTheirs)
            columns << QStringLiteral("NULL");
        else if (c.refTable.isEmpty())
            columns << QStringLiteral("t.") + c.name;
        else
            columns << QStringLiteral("NULLIF(CAST((SELECT uid FROM %1 WHERE id = t.%2) AS TEXT), '')").arg(c.refTable, c.name);
    }
    return QStringLiteral("SELECT %1 FROM %2 AS t %3 ORDER BY uid").arg(columns.join(QStringLiteral(", ")), info.name, where);
}

QString labelOf(const TableInfo &info, const Row &row)
{
    QString label = info.labelColumn >= 0 ? row.values.value(info.labelColumn).toString().simplified() : QString();
    if (label.size() > 80)
        label = label.left(79) + QStringLiteral("…");
    return label.isEmpty() ? row.uid : label;
}

bool isAscii(std::string_view text)
{
    return std::all_of(text.begin(), text.end(), [](char c) { return uchar(c) < 0x80; });
}

// Strings kept and asked as the bytes SQLite holds (a std::string_view asks without a copy).
struct BytesHash {
    using is_transparent = void;
    size_t operator()(std::string_view bytes) const { return std::hash<std::string_view>()(bytes); }
};
using ByteSet = std::unordered_set<std::string, BytesHash, std::equal_to<>>;

// Reads a side's change log and tombstones, against the other side's (both in uid order).
void readLogs(Database &side, Database &other, bool keepEntries, SideLog &log)
{
    if (!changelog::present(side))
        return;
    {
        Statement st = side.query(QStringLiteral("SELECT uid, table_name, removed_at, actor FROM tombstone"));
        while (st.next())
            log.tombstones.insert(st.text(0), {st.text(1), st.text(2), st.text(3)});
    }
    // What the other side knows: its entries' uids, read in the table's own order (fast) and looked
    // up as each of this side's entries is read, also in table order; as bytes, no string made,
    // except uids that are not plain ASCII, kept as Qt's text (a byte that is not UTF-8 has no
    // single form).
    ByteSet known;
    QSet<QString> knownText;
    if (changelog::present(other)) {
        Statement st = other.query(QStringLiteral("SELECT uid FROM change_log"));
        while (st.next()) {
            const std::string_view uid = st.bytes(0);
            if (isAscii(uid))
                known.emplace(uid);
            else
                knownText.insert(st.text(0));
        }
    }
    const auto isKnown = [&](std::string_view uid) {
        return isAscii(uid) ? known.find(uid) != known.end()
                            : knownText.contains(QString::fromUtf8(uid.data(), qsizetype(uid.size())));
    };
    Statement mine = side.query(QStringLiteral("SELECT uid, at, table_name, row_uid, field, old_value, id FROM change_log"));
    while (mine.next()) {
        if (mine.bytes(4) == std::string_view("uid")) { // kAliasField
            // Remembered for good, known to the other side or not.
            const QString kept = mine.text(3), other = mine.value(5).toString();
            if (!kept.isEmpty() && !other.isEmpty() && kept != other)
                log.aliases.append({kept, other});
        }
        if (isKnown(mine.bytes(0)))
            continue; // both know it: made before they parted, or merged since
        LogEntry entry{mine.text(0), mine.text(1), mine.text(2), mine.text(3), mine.text(4), mine.value(5)};
        if (entry.field == kAliasField) {
            if (keepEntries)
                log.entries << entry; // ours takes the memory in too
            continue;
        }
        const qint64 id = mine.int64(6);
        QList<FieldChange> &fields = log.edited[entry.rowUid];
        const auto found = std::find_if(fields.begin(), fields.end(),
                                        [&](const FieldChange &change) { return change.field == entry.field; });
        if (found == fields.end())
            fields.append({entry.field, {entry.at, id, entry.oldValue}});
        else if (entry.at < found->first.at || (entry.at == found->first.at && id < found->first.id))
            found->first = {entry.at, id, entry.oldValue};
        if (keepEntries)
            log.entries << entry;
    }
}

// The records either side's log holds changes of, asked by the bytes SQLite holds for a uid (no
// string made): most records were changed by neither, and a bit array of 128 KiB answers those
// with two bits that stay in the processor's cache; only the rest is looked up.
class EditedRows {
public:
    void add(const QString &uid)
    {
        const QByteArray bytes = uid.toUtf8();
        const std::string_view view(bytes.constData(), size_t(bytes.size()));
        if (!isAscii(view))
            return; // asked as text (see flags())
        const uint64_t h = hash(view);
        m_bits[(h & kMask) / 64] |= uint64_t(1) << (h % 64);
        m_bits[((h >> 40) & kMask) / 64] |= uint64_t(1) << ((h >> 40) % 64);
        m_uids.emplace(view);
    }
    // Whether a log holds changes of the record; nothing for a uid that is not plain ASCII, which
    // is asked as Qt's text (a byte that is not UTF-8 has no single form).
    std::optional<bool> contains(std::string_view uid) const
    {
        if (!isAscii(uid))
            return std::nullopt;
        const uint64_t h = hash(uid);
        if (!(m_bits[(h & kMask) / 64] & (uint64_t(1) << (h % 64)))
            || !(m_bits[((h >> 40) & kMask) / 64] & (uint64_t(1) << ((h >> 40) % 64))))
            return false;
        return m_uids.find(uid) != m_uids.end();
    }

private:
    // The two bits a uid sets: from one 64-bit mix of its hash, whatever the width of size_t.
    static uint64_t hash(std::string_view bytes) { return uint64_t(std::hash<std::string_view>()(bytes)) * 0x9E3779B97F4A7C15ull; }
    static constexpr uint64_t kMask = (uint64_t(1) << 20) - 1;
    std::vector<uint64_t> m_bits = std::vector<uint64_t>((kMask + 1) / 64, 0);
    ByteSet m_uids;
};

// The ids of theirs' activity lines whose uid ours lacks. Both uid indexes are walked side by side
// (they hold the uid and the id: no table page is read); uids that are not plain ASCII, or an order
// that is not the bytes' (values of another type), make it compare them as text through a set of
// ours' uids instead, as Qt compares them.
QList<qint64> missingActivity(Database &ours, Database &theirs)
{
    QList<qint64> missing;
    {
        Statement mine = ours.query(QStringLiteral("SELECT uid FROM activity ORDER BY uid"));
        Statement other = theirs.query(QStringLiteral("SELECT uid, id FROM activity ORDER BY uid"));
        std::string previousMine, previousOther;
        bool mineLeft = mine.next(), walkable = true;
        bool firstMine = true, firstOther = true;
        const auto ordered = [&](std::string &previous, bool &first, std::string_view uid) {
            if (!isAscii(uid) || (!first && std::string_view(previous) >= uid))
                return false;
            previous.assign(uid);
            first = false;
            return true;
        };
        if (mineLeft)
            walkable = ordered(previousMine, firstMine, mine.bytes(0));
        while (walkable && other.next()) {
            const std::string_view uid = other.bytes(0);
            if (!(walkable = ordered(previousOther, firstOther, uid)))
                break;
            while (mineLeft && std::string_view(previousMine) < uid) {
                mineLeft = mine.next();
                if (mineLeft && !(walkable = ordered(previousMine, firstMine, mine.bytes(0))))
                    break;
            }
            if (!walkable)
                break;
            if (!mineLeft || std::string_view(previousMine) != uid)
                missing << other.int64(1);
        }
        if (walkable)
            return missing;
    }
    missing.clear();
    QSet<QString> mine;
    {
        Statement st = ours.query(QStringLiteral("SELECT uid FROM activity"));
        while (st.next())
            mine.insert(st.text(0));
    }
    Statement st = theirs.query(QStringLiteral("SELECT uid, id FROM activity"));
    while (st.next())
        if (!mine.contains(st.text(0)))
            missing << st.int64(1);
    return missing;
}

// A record changed field by field: what ours will hold.
struct Update {
    int table = 0;
    Row ours;
    QVariantList values;
    QList<bool> set;
    QString updatedAt;
    // References a side emptied by removing the record they named (column -> that record's uid).
    // Whether the emptying stands is known only once the conflicts are answered: a removal kept
    // back, or a removed record put back, means the reference names it again.
    QHash<int, QString> theirsEmptied, oursEmptied;
};

struct Pending {
    int table = 0;
    Row row;
};

struct Removal {
    int table = 0;
    QString uid;
    QString label;
    QList<QPair<int, MergedRecord>> descendants;
    // Under the record in ours, but alive in theirs: moved out of it there before the removal.
    QList<QPair<int, MergedRecord>> rescued;
};

// What a conflict decides, beside the report's entry.
struct ConflictTarget {
    int update = -1; // Field: the update and column
    int column = -1;
    int removal = -1; // EditedRemoved: the removal held
    QString restoreUid; // RemovedEdited: theirs' record to put back (with what ours removed under it)
    QList<QString> restoreDescendants;
};

class Merger {
public:
    Merger(ForumFile &ours, ForumFile &theirs, const MergeOptions &options, MergeReport &report)
        : m_ours(ours), m_theirs(theirs), m_options(options), m_report(report)
    {
    }

    void plan();
    void resolve();
    void apply();
    // Whether the merge would write anything at all.
    bool hasWork() const;
    bool isRecordTable(const QString &table) const { return m_tableNames.contains(table); }

private:
    void scanTable(int t);
    // How a record of theirs was matched with ours': by uid; by a natural key, both added since they
    // parted (no common base: every difference is a conflict); or as two records merged as one by
    // an earlier merge (kAliasField).
    enum class Match { Uid, NaturalKey, Remembered };
    void fieldMerge(int t, const Row &ours, const Row &theirs, Match match);
    // A record of theirs that ours lacks (new, or removed in ours), kept by uid for apply().
    void keepTheirsOnly(int t, const Row &row);
    // Throws when a record ours would take in has the uid of a record of another kind ours holds.
    void refuseSharedUids();
    // The name of the record `uid` of `table` (ours', else theirs'), for a person.
    QString referenceName(const QString &table, const QString &uid);
    // The other uids of a record merged as one with others (either side's memory; three copies that
    // each added it give three uids, merged pairwise by different merges), or none.
    QStringList aliasesOf(const QString &uid) const { return m_aliasGroups.value(uid); }
    void groupAliases();
    // A side's tombstone of a record of `table`, under its uid or the uid of the record it was
    // merged with. A tombstone of another kind of record under the same uid (only a damaged or
    // hostile file has one) is not this record's.
    const Tomb *tombOf(const SideLog &log, const QString &uid, const QString &table) const
    {
        auto found = log.tombstones.constFind(uid);
        if (found == log.tombstones.cend()) {
            for (const QString &other : aliasesOf(uid)) {
                found = log.tombstones.constFind(other);
                if (found != log.tombstones.cend())
                    break;
            }
            if (found == log.tombstones.cend())
                return nullptr;
        }
        return found->table == table ? &*found : nullptr;
    }
    std::optional<Row> naturalMatch(int t, const Row &theirs);
    // Every record a removal of `uid` takes with it (ON DELETE CASCADE, all the way down), each once.
    QList<QPair<int, MergedRecord>> descendants(Database &db, bool theirsSide, int t, const QString &uid);
    void collectDescendants(Database &db, bool theirsSide, int t, const QString &uid, QList<QPair<int, MergedRecord>> &found,
                            QSet<QString> &seen);
    // Whether a side changed a record since the copies parted: a field it changed holds another
    // value than before (a reference the file emptied along a removal it made, or a position
    // renumbered around a sibling, does not count).
    bool edited(Database &db, bool theirsSide, int t, const QString &uid);
    // A row of selectRows(), its references as the uids they name.
    Row readRow(const Statement &st, int t);
    void insertRows(const QList<Pending> &rows);
    MergeResolution policy(const MergeConflict &c) const;

    ForumFile &m_ours;
    ForumFile &m_theirs;
    const MergeOptions &m_options;
    MergeReport &m_report;
    QList<TableInfo> m_tables;
    QSet<QString> m_tableNames;
    bool m_ancestor = false;
    SideLog m_oursLog, m_theirsLog;
    QHash<QString, QStringList> m_aliasGroups; // uid -> the other uids of the record it was merged as one with
    QHash<QString, QString> m_alias; // theirs uid -> ours uid, for records matched by natural key
    QList<std::pair<int, QString>> m_newAliases; // (table, theirs uid) first matched by natural key here
    QSet<QString> m_oursNew;         // records only ours has, that theirs never removed
    QSet<QString> m_theirsNew;
    QList<Update> m_updates;
    QHash<QString, Pending> m_theirsOnly; // new in theirs, or removed in ours
    QList<QString> m_inserts;             // uids of m_theirsOnly to insert, in table order later
    QList<Removal> m_removals;
    QList<bool> m_removalHeld;
    QList<ConflictTarget> m_targets;
    QList<QPair<int, QString>> m_oursRemovalCandidates;
    QList<QPair<int, QString>> m_theirsRemovedCandidates; // theirs-only, ours removed it
    QList<qint64> m_activityMissing; // the ids of theirs' activity lines ours lacks, in order
    EditedRows m_edited; // editedRows of both logs, asked by a uid's bytes in scanTable
};

void Merger::plan()
{
    Database &ours = m_ours.database();
    Database &theirs = m_theirs.database();
    m_tables = tableInfos(ours, theirs);
    for (const TableInfo &info : std::as_const(m_tables))
        m_tableNames.insert(info.name);
    m_ancestor = changelog::present(ours) && changelog::present(theirs);
    m_report.commonAncestor = m_ancestor;
    readLogs(ours, theirs, false, m_oursLog);
    readLogs(theirs, ours, true, m_theirsLog);
    groupAliases();
    for (const SideLog *log : {&m_oursLog, &m_theirsLog})
        for (auto it = log->edited.cbegin(); it != log->edited.cend(); ++it)
            m_edited.add(it.key());
    for (int t = 0; t < m_tables.size(); ++t)
        scanTable(t);
    refuseSharedUids();
    // Theirs' activity lines that ours lacks, oldest first (read in full as apply() copies them).
    m_activityMissing = missingActivity(ours, theirs);
    std::sort(m_activityMissing.begin(), m_activityMissing.end());
    // Removed in theirs, still in ours: removed, unless ours changed it or what it holds.
    QSet<QString> covered;
    for (const auto &candidate : std::as_const(m_oursRemovalCandidates)) {
        // Plain names, not a structured binding: lambdas below use them (clang cannot capture those).
        const int t = candidate.first;
        const QString &uid = candidate.second;
        if (covered.contains(uid))
            continue;
        Removal removal;
        removal.table = t;
        removal.uid = uid;
        const Row row = [&] {
            Statement st = ours.query(selectRows(m_tables[t], false, QStringLiteral("WHERE uid = ?")));
            st.bind(1, uid);
            st.next();
            return readRow(st, t);
        }();
        removal.label = labelOf(m_tables[t], row);
        bool kept = edited(ours, false, t, uid);
        for (const auto &d : descendants(ours, false, t, uid)) {
            covered.insert(d.second.uid);
            if (m_tables[d.first].inTheirs
                && theirs.scalar(QStringLiteral("SELECT EXISTS (SELECT 1 FROM %1 WHERE uid = ?)").arg(m_tables[d.first].name), {d.second.uid})
                       .toBool()) {
                removal.rescued << d;
                continue;
            }
            removal.descendants << d;
            kept = kept || m_oursNew.contains(d.second.uid) || edited(ours, false, d.first, d.second.uid);
        }
        m_removals << removal;
        m_removalHeld << kept;
        if (kept) {
            MergeConflict c;
            c.kind = MergeConflict::Kind::EditedRemoved;
            c.table = m_tables[t].name;
            c.recordUid = uid;
            c.recordLabel = removal.label;
            c.ours = removal.label;
            c.oursChangedAt = row.updatedAt;
            c.theirsChangedAt = tombOf(m_theirsLog, uid, m_tables[t].name)->removedAt;
            ConflictTarget target;
            target.removal = int(m_removals.size()) - 1;
            m_report.conflicts << c;
            m_targets << target;
        }
    }
    // Removed in ours, still in theirs: stays removed, unless theirs changed it or what it holds.
    covered.clear();
    for (const auto &candidate : std::as_const(m_theirsRemovedCandidates)) {
        // Plain names, not a structured binding: lambdas below use them (clang cannot capture those).
        const int t = candidate.first;
        const QString &uid = candidate.second;
        if (covered.contains(uid))
            continue;
        const Pending &pending = m_theirsOnly[uid];
        const auto under = descendants(theirs, true, t, uid);
        bool changed = edited(theirs, true, t, uid);
        QList<QString> restore;
        for (const auto &d : under) {
            covered.insert(d.second.uid);
            changed = changed || m_theirsNew.contains(d.second.uid) || edited(theirs, true, d.first, d.second.uid);
            if (tombOf(m_oursLog, d.second.uid, m_tables[d.first].name))
                restore << d.second.uid;
        }
        if (!changed)
            continue;
        MergeConflict c;
        c.kind = MergeConflict::Kind::RemovedEdited;
        c.table = m_tables[t].name;
        c.recordUid = uid;
        c.recordLabel = labelOf(m_tables[t], pending.row);
        c.theirs = c.recordLabel;
        c.oursChangedAt = tombOf(m_oursLog, uid, m_tables[t].name)->removedAt;
        c.theirsChangedAt = pending.row.updatedAt;
        ConflictTarget target;
        target.restoreUid = uid;
        target.restoreDescendants = restore;
        m_report.conflicts << c;
        m_targets << target;
    }
}

void Merger::groupAliases()
{
    // Pairs from both logs joined into groups (a uid merged with two others is one record with all
    // three): each pair joins the two groups it touches.
    QHash<QString, int> groupOf;
    QList<QStringList> groups;
    for (const SideLog *log : {&m_oursLog, &m_theirsLog}) {
        for (const auto &pair : log->aliases) {
            const int a = groupOf.value(pair.first, -1), b = groupOf.value(pair.second, -1);
            if (a < 0 && b < 0) {
                groupOf.insert(pair.first, int(groups.size()));
                groupOf.insert(pair.second, int(groups.size()));
                groups.append({pair.first, pair.second});
            } else if (a < 0 || b < 0) {
                const int g = std::max(a, b);
                const QString &joining = a < 0 ? pair.first : pair.second;
                groupOf.insert(joining, g);
                groups[g].append(joining);
            } else if (a != b) {
                for (const QString &uid : std::as_const(groups[b]))
                    groupOf.insert(uid, a);
                groups[a].append(groups[b]);
                groups[b].clear();
            }
        }
    }
    for (const QStringList &group : std::as_const(groups))
        for (const QString &uid : group) {
            QStringList others = group;
            others.removeAll(uid);
            m_aliasGroups.insert(uid, others);
        }
}

QList<QPair<int, MergedRecord>> Merger::descendants(Database &db, bool theirsSide, int t, const QString &uid)
{
    QList<QPair<int, MergedRecord>> found;
    QSet<QString> seen; // "table\x1fuid"
    collectDescendants(db, theirsSide, t, uid, found, seen);
    return found;
}

void Merger::collectDescendants(Database &db, bool theirsSide, int t, const QString &uid,
                                QList<QPair<int, MergedRecord>> &found, QSet<QString> &seen)
{
    for (const auto &[child, column] : std::as_const(m_tables[t].cascadeChildren)) {
        const TableInfo &info = m_tables[child];
        if (theirsSide && !info.inTheirs)
            continue;
        const QString label = info.labelColumn >= 0 ? info.columns[info.labelColumn].name : QStringLiteral("uid");
        QList<MergedRecord> rows;
        {
            Statement st = db.query(QStringLiteral("SELECT uid, %1 FROM %2 WHERE %3 = (SELECT id FROM %4 WHERE uid = ?)")
                                        .arg(label, info.name, column, m_tables[t].name));
            st.bind(1, uid);
            while (st.next())
                rows << MergedRecord{st.text(0), st.text(1).simplified().left(80)};
        }
        for (const MergedRecord &r : std::as_const(rows)) {
            // A record under two of the removed records (a contribution's link to a commitment,
            // under the plan through both) is found once.
            const QString key = info.name + QChar(0x1f) + r.uid;
            if (seen.contains(key))
                continue;
            seen.insert(key);
            found << qMakePair(child, r);
            collectDescendants(db, theirsSide, child, r.uid, found, seen);
        }
    }
}

Row Merger::readRow(const Statement &st, int t)
{
    const TableInfo &info = m_tables[t];
    Row row;
    row.uid = st.text(0);
    row.createdAt = st.text(1);
    row.updatedAt = st.text(2);
    row.values.reserve(info.columns.size());
    for (int i = 0; i < info.columns.size(); ++i)
        row.values << st.value(i + 3);
    return row;
}

bool Merger::edited(Database &db, bool theirsSide, int t, const QString &uid)
{
    const SideLog &log = theirsSide ? m_theirsLog : m_oursLog;
    const auto changes = log.edited.constFind(uid);
    if (changes == log.edited.cend())
        return false;
    const TableInfo &info = m_tables[t];
    Statement st = db.query(selectRows(info, theirsSide, QStringLiteral("WHERE uid = ?")));
    st.bind(1, uid);
    if (!st.next())
        return false;
    const Row row = readRow(st, t);
    for (const FieldChange &change : *changes) {
        // A position moves when a sibling is removed or moved: no reason to keep a removed record.
        if (change.field == QLatin1String("position"))
            continue;
        for (int i = 0; i < info.columns.size(); ++i) {
            if (info.columns[i].name != change.field)
                continue;
            const FirstChange &first = change.first;
            const bool emptied = !info.columns[i].refTable.isEmpty() && row.values[i].isNull() && first.oldValue.isNull();
            if (!emptied && !sameValue(row.values[i], first.oldValue))
                return true;
        }
    }
    return false;
}

std::optional<Row> Merger::naturalMatch(int t, const Row &theirs)
{
    const TableInfo &info = m_tables[t];
    QList<QList<int>> keys = info.naturalKeys;
    if (info.singleton)
        keys << QList<int>{};
    for (const QList<int> &key : std::as_const(keys)) {
        QStringList conditions;
        QVariantList binds;
        for (int c : key) {
            const Column &column = info.columns[c];
            if (theirs.values[c].isNull())
                conditions << QStringLiteral("0"); // NULLs are never equal in a UNIQUE key
            else if (!column.refTable.isEmpty())
                conditions << QStringLiteral("t.%1 = (SELECT id FROM %2 WHERE uid = ?)").arg(column.name, column.refTable);
            else
                conditions << QStringLiteral("t.%1 = ?").arg(column.name);
            if (!theirs.values[c].isNull())
                binds << theirs.values[c];
        }
        const QString where = conditions.isEmpty() ? QString() : QStringLiteral("WHERE ") + conditions.join(QStringLiteral(" AND "));
        Statement st = m_ours.database().query(selectRows(info, false, where));
        st.bindAll(binds);
        if (st.next())
            return readRow(st, t);
    }
    return std::nullopt;
}

void Merger::scanTable(int t)
{
    const TableInfo &info = m_tables[t];
    const int n = int(info.columns.size());
    // Uids and times of change first, both sides walked side by side in their tables' own (rowid)
    // order, pages one after another; a record's fields are read (by rowid) only when it may differ.
    // Copies of one file mostly hold a record under the same rowid in both: such a pair with the
    // same uid is settled there, by its bytes, without a string made or a hash asked. Only the rest
    // (records added, removed, or placed under other rowids, as a VACUUM or an import elsewhere
    // leaves them) is matched by uid through a hash. Times of change are compared as the bytes
    // SQLite holds: a CHECK rule makes them plain ASCII in both files (in THEIRS once its full check
    // passed, without which nothing planned is kept).
    struct Light {
        QByteArray updatedAt;
        qint64 rowid = 0;
        bool seen = false;
    };
    QHash<QString, Light> oursRows; // ours' records the walk left unmatched
    struct Loose {
        QString uid;
        QByteArray updatedAt;
        qint64 rowid = 0;
    };
    QList<Loose> theirsLoose; // theirs' records the walk left unmatched, in rowid order
    QList<std::pair<qint64, qint64>> differing; // (ours rowid, theirs rowid), read in ours' order below
    // A record neither side changed since they parted (the same time of change, nothing in either
    // log) is the same on both: its fields are not read. A record whose time of change differs is
    // read from both, even when only ours' log holds changes of it: a field may differ with no log
    // entry on either side (a value taken in by a merge with a copy of format 3, or edits made
    // before a copy reached format 4), and that difference is a conflict to ask about (fieldMerge).
    const auto mayDiffer = [&](std::string_view uid, std::string_view oursAt, std::string_view theirsAt) {
        if (oursAt != theirsAt)
            return true;
        if (const std::optional<bool> edited = m_edited.contains(uid))
            return *edited;
        const QString text = QString::fromUtf8(uid.data(), qsizetype(uid.size()));
        return m_oursLog.edited.contains(text) || m_theirsLog.edited.contains(text);
    };
    {
        const QString walk = QStringLiteral("SELECT rowid, uid, updated_at FROM %1 ORDER BY rowid").arg(info.name);
        Statement mine = m_ours.database().query(walk);
        std::optional<Statement> other;
        if (info.inTheirs)
            other.emplace(m_theirs.database().query(walk));
        // The row each statement stands on, read once per step.
        struct Current {
            qint64 rowid = 0;
            std::string_view uid, updatedAt;
            bool read(Statement &st)
            {
                if (!st.next())
                    return false;
                rowid = st.int64(0);
                uid = st.bytes(1);
                updatedAt = st.bytes(2);
                return true;
            }
        } a, b;
        bool mineLeft = a.read(mine), otherLeft = other && b.read(*other);
        while (mineLeft || otherLeft) {
            if (mineLeft && otherLeft && a.rowid == b.rowid && a.uid == b.uid) {
                if (mayDiffer(a.uid, a.updatedAt, b.updatedAt))
                    differing.append({a.rowid, b.rowid});
                mineLeft = a.read(mine);
                otherLeft = b.read(*other);
            } else if (mineLeft && (!otherLeft || a.rowid <= b.rowid)) {
                oursRows.insert(QString::fromUtf8(a.uid.data(), qsizetype(a.uid.size())),
                                {QByteArray(a.updatedAt.data(), qsizetype(a.updatedAt.size())), a.rowid, false});
                mineLeft = a.read(mine);
            } else {
                theirsLoose.append({QString::fromUtf8(b.uid.data(), qsizetype(b.uid.size())),
                                    QByteArray(b.updatedAt.data(), qsizetype(b.updatedAt.size())), b.rowid});
                otherLeft = b.read(*other);
            }
        }
    }
    Statement oursFetch = m_ours.database().query(selectRows(info, false, QStringLiteral("WHERE t.rowid = ?")));
    std::optional<Statement> theirsFetch;
    if (info.inTheirs)
        theirsFetch.emplace(m_theirs.database().query(selectRows(info, true, QStringLiteral("WHERE t.rowid = ?"))));
    const auto fetch = [&](bool theirsSide, qint64 rowid) {
        Statement &st = theirsSide ? *theirsFetch : oursFetch;
        st.bind(1, rowid);
        st.next();
        Row row = readRow(st, t);
        row.rowid = rowid;
        st.reset();
        return row;
    };
    QList<Row> theirsOnly;
    // References to records matched by their natural key name ours' record.
    const auto translate = [&](Row &row) {
        if (m_alias.isEmpty())
            return;
        for (int i = 0; i < n; ++i)
            if (!info.columns[i].refTable.isEmpty() && m_alias.contains(row.values[i].toString()))
                row.values[i] = m_alias.value(row.values[i].toString());
    };
    for (const Loose &loose : std::as_const(theirsLoose)) {
        const auto found = oursRows.find(loose.uid);
        if (found == oursRows.end()) {
            theirsOnly << fetch(true, loose.rowid);
            continue;
        }
        found->seen = true;
        const QByteArray uid = loose.uid.toUtf8();
        if (mayDiffer(std::string_view(uid.constData(), size_t(uid.size())), std::string_view(found->updatedAt.constData(), size_t(found->updatedAt.size())),
                      std::string_view(loose.updatedAt.constData(), size_t(loose.updatedAt.size()))))
            differing.append({found->rowid, loose.rowid});
    }
    std::sort(differing.begin(), differing.end());
    // A record that only ours changed since the copies parted mostly comes out as ours has it:
    // where each field the two hold differently (as SQLite holds them) is one ours' log changed (its
    // value now not the one before its first change) and theirs' log has no change of the record,
    // and no reference involved names nothing or a record matched by its natural key, fieldMerge()
    // would keep every field as ours has it and ask nothing. Such a pair is settled on the rows as
    // SQLite returns them, without making either record; any other goes the whole way.
    const auto keptAsOurs = [&](const Statement &o, const Statement &th) {
        if (!m_ancestor)
            return false;
        const QString uid = o.text(0);
        const auto changes = m_oursLog.edited.constFind(uid);
        if (changes == m_oursLog.edited.cend() || m_theirsLog.edited.contains(uid))
            return false;
        for (int i = 0; i < n; ++i) {
            const Column &column = info.columns[i];
            if (!column.inTheirs)
                continue;
            const int at = i + 3; // after uid, created_at, updated_at (selectRows)
            const bool reference = !column.refTable.isEmpty();
            if (reference && !m_alias.isEmpty() && !th.isNull(at) && m_alias.contains(th.text(at)))
                return false; // translate() would name ours' record instead
            if (o.holdsSameAs(at, th, at))
                continue;
            if (reference && (o.isNull(at) || th.isNull(at)))
                return false; // emptied along a removal, maybe
            const auto change = std::find_if(changes->cbegin(), changes->cend(),
                                             [&](const FieldChange &c) { return c.field == column.name; });
            if (change == changes->cend() || sameValue(o.value(at), change->first.oldValue))
                return false;
        }
        return true;
    };
    for (const auto &[oursRowid, theirsRowid] : std::as_const(differing)) {
        oursFetch.bind(1, oursRowid);
        oursFetch.next();
        theirsFetch->bind(1, theirsRowid);
        theirsFetch->next();
        const bool settled = keptAsOurs(oursFetch, *theirsFetch);
        Row o, th;
        if (!settled) {
            o = readRow(oursFetch, t);
            o.rowid = oursRowid;
            th = readRow(*theirsFetch, t);
            th.rowid = theirsRowid;
        }
        oursFetch.reset();
        theirsFetch->reset();
        if (settled)
            continue;
        translate(th);
        bool same = true;
        for (int i = 0; i < n && same; ++i)
            same = !info.columns[i].inTheirs || sameValue(o.values[i], th.values[i]);
        if (!same)
            fieldMerge(t, o, th, Match::Uid);
    }
    QStringList oursOnly;
    for (auto it = oursRows.cbegin(); it != oursRows.cend(); ++it)
        if (!it->seen)
            oursOnly << it.key();
    oursOnly.sort(); // a report in the same order every time
    for (const QString &uid : std::as_const(oursOnly)) {
        const Tomb *removed = m_ancestor ? tombOf(m_theirsLog, uid, info.name) : nullptr;
        if (!removed) {
            m_oursNew.insert(uid);
            continue;
        }
        // Ours holds that very tombstone beside the record: it kept the record when a merge asked
        // about that removal, and is not asked again.
        const Tomb *answered = tombOf(m_oursLog, uid, info.name);
        if (!answered || answered->removedAt != removed->removedAt)
            m_oursRemovalCandidates << qMakePair(t, uid);
    }
    std::sort(theirsOnly.begin(), theirsOnly.end(), [](const Row &a, const Row &b) { return a.uid < b.uid; });
    for (Row &row : theirsOnly) {
        translate(row);
        if (m_ancestor && tombOf(m_oursLog, row.uid, info.name)) {
            keepTheirsOnly(t, row);
            m_theirsRemovedCandidates << qMakePair(t, row.uid);
            continue;
        }
        // Merged as one with a record of ours by an earlier merge (either side remembers it):
        // field by field, as a record matched by uid, without the earlier answers asked again.
        QString same;
        if (m_ancestor)
            for (const QString &other : aliasesOf(row.uid))
                if (m_oursNew.contains(other))
                    same = other;
        if (!same.isEmpty()) {
            m_alias.insert(row.uid, same);
            m_oursNew.remove(same);
            const Row o = fetch(false, oursRows.value(same).rowid);
            bool equal = true;
            for (int i = 0; i < n && equal; ++i)
                equal = !info.columns[i].inTheirs || sameValue(o.values[i], row.values[i]);
            if (!equal)
                fieldMerge(t, o, row, Match::Remembered);
            continue;
        }
        // Only a record ours added too can be the same record: one ours already had (which theirs
        // may have removed, or renumbered) is not theirs' new one.
        if (const auto match = naturalMatch(t, row); match && m_oursNew.contains(match->uid)) {
            m_alias.insert(row.uid, match->uid);
            m_newAliases << std::make_pair(t, row.uid);
            m_report.notes << tr_t::tr("The %1 “%2” was added on both sides (uids %3 and %4); they are merged as one record.")
                                  .arg(MergeReport::tableLabel(info.name), labelOf(info, *match), match->uid, row.uid);
            m_oursNew.remove(match->uid);
            bool same = true;
            for (int i = 0; i < n && same; ++i)
                same = !info.columns[i].inTheirs || sameValue(match->values[i], row.values[i]);
            if (!same)
                fieldMerge(t, *match, row, Match::NaturalKey);
            continue;
        }
        m_theirsNew.insert(row.uid);
        keepTheirsOnly(t, row);
        m_inserts << row.uid;
    }
}

void Merger::refuseSharedUids()
{
    // The records ours will take in (new in theirs, or removed in ours) must not carry the uid of a
    // record of another kind that ours holds: one question per kind of record, all uids at once.
    if (m_theirsOnly.isEmpty())
        return;
    QJsonArray uids;
    for (auto it = m_theirsOnly.cbegin(); it != m_theirsOnly.cend(); ++it)
        uids.append(it.key());
    const QString list = QString::fromUtf8(QJsonDocument(uids).toJson(QJsonDocument::Compact));
    for (int t = 0; t < m_tables.size(); ++t) {
        Statement st = m_ours.database().query(
            QStringLiteral("SELECT uid FROM %1 WHERE uid IN (SELECT value FROM json_each(?))").arg(m_tables[t].name));
        st.bind(1, list);
        while (st.next()) {
            const Pending &other = m_theirsOnly[st.text(0)];
            if (other.table != t)
                throw StorageError(StorageError::Kind::Corrupt,
                                   tr_t::tr("%1 gives the uid %2 to two records of different kinds (%3 and %4): the copy is "
                                            "damaged, so it is not merged")
                                       .arg(QDir::toNativeSeparators(m_theirs.path()), st.text(0),
                                            MergeReport::tableLabel(m_tables[other.table].name), MergeReport::tableLabel(m_tables[t].name)));
        }
    }
}

void Merger::keepTheirsOnly(int t, const Row &row)
{
    // uids are unique across every kind of record: two records of theirs under one uid would take
    // each other's place here, and one of them would be written under the other's name.
    if (const auto other = m_theirsOnly.constFind(row.uid); other != m_theirsOnly.cend() && other->table != t)
        throw StorageError(StorageError::Kind::Corrupt,
                           tr_t::tr("%1 gives the uid %2 to two records of different kinds (%3 and %4): the copy is "
                                    "damaged, so it is not merged")
                               .arg(QDir::toNativeSeparators(m_theirs.path()), row.uid,
                                    MergeReport::tableLabel(m_tables[other->table].name), MergeReport::tableLabel(m_tables[t].name)));
    m_theirsOnly.insert(row.uid, {t, row});
}

void Merger::fieldMerge(int t, const Row &ours, const Row &theirs, Match match)
{
    const TableInfo &info = m_tables[t];
    Update update;
    update.table = t;
    update.ours = ours;
    update.values = ours.values;
    update.set = QList<bool>(info.columns.size(), false);
    update.updatedAt = std::max(ours.updatedAt, theirs.updatedAt);
    const int index = int(m_updates.size());
    for (int i = 0; i < info.columns.size(); ++i) {
        if (!info.columns[i].inTheirs || sameValue(ours.values[i], theirs.values[i]))
            continue;
        const FirstChange *oursFirst = m_oursLog.firstChange(ours.uid, info.columns[i].name);
        const FirstChange *theirsFirst = m_theirsLog.firstChange(theirs.uid, info.columns[i].name);
        const bool naturalMatch = match == Match::NaturalKey;
        bool oursChanged = !naturalMatch && oursFirst && !sameValue(ours.values[i], oursFirst->oldValue);
        bool theirsChanged = !naturalMatch && theirsFirst
            && !sameValue(theirs.values[i], theirsFirst->oldValue);
        // A reference the file emptied because the record it named was removed (ON DELETE SET
        // NULL): the log could not name that record any more, its tombstone does.
        QVariant emptiedBase;
        if (m_ancestor && !info.columns[i].refTable.isEmpty()) {
            const QString &refTable = info.columns[i].refTable;
            if (ours.values[i].isNull() && tombOf(m_oursLog, theirs.values[i].toString(), refTable)) {
                oursChanged = true;
                emptiedBase = theirs.values[i];
                update.oursEmptied.insert(i, theirs.values[i].toString());
                // Theirs' only change is keeping the reference when it kept the record (logged from
                // empty, see apply()): whether it stands follows whether the record comes back.
                if (theirsChanged && theirsFirst->oldValue.isNull())
                    theirsChanged = false;
            } else if (const Tomb *removed = theirs.values[i].isNull() ? tombOf(m_theirsLog, ours.values[i].toString(), refTable) : nullptr) {
                // Ours keeping that very tombstone beside the record answered the removal by keeping
                // it, references included: settled, as ours has it.
                const Tomb *answered = tombOf(m_oursLog, ours.values[i].toString(), refTable);
                if (answered && answered->removedAt == removed->removedAt)
                    continue;
                theirsChanged = true;
                emptiedBase = ours.values[i];
                update.theirsEmptied.insert(i, ours.values[i].toString());
            }
        }
        if (m_ancestor && theirsChanged && !oursChanged) {
            update.values[i] = theirs.values[i];
            update.set[i] = true;
            continue;
        }
        if (m_ancestor && oursChanged && !theirsChanged)
            continue;
        // Two records merged as one earlier: a difference neither changed since is what that merge
        // settled (ours kept its value then).
        if (m_ancestor && match == Match::Remembered && !oursChanged && !theirsChanged)
            continue;
        // Neither side's value differs from its first change unknown to the other, yet they differ:
        // a side changed the field and back again (a position around a move, say) after an earlier
        // merge set it. The side that has such changes made the difference; the other has none.
        if (m_ancestor && match == Match::Uid && !oursChanged && !theirsChanged) {
            if (oursFirst)
                continue;
            if (theirsFirst) {
                update.values[i] = theirs.values[i];
                update.set[i] = true;
                continue;
            }
        }
        MergeConflict c;
        c.table = info.name;
        c.recordUid = ours.uid;
        c.recordLabel = labelOf(info, ours);
        c.field = info.columns[i].name;
        c.fieldLabel = MergeReport::fieldLabel(info.name, c.field);
        c.hasBase = oursChanged && theirsChanged;
        if (c.hasBase)
            c.base = emptiedBase.isValid() ? emptiedBase : oursFirst ? oursFirst->oldValue : theirsFirst->oldValue;
        c.ours = ours.values[i];
        c.theirs = theirs.values[i];
        if (!info.columns[i].refTable.isEmpty())
            for (const QVariant &named : {c.base, c.ours, c.theirs})
                if (!named.isNull() && !named.toString().isEmpty())
                    c.names.insert(named.toString(), referenceName(info.columns[i].refTable, named.toString()));
        c.oursChangedAt = ours.updatedAt;
        c.theirsChangedAt = theirs.updatedAt;
        ConflictTarget target;
        target.update = index;
        target.column = i;
        m_report.conflicts << c;
        m_targets << target;
    }
    m_updates << update;
}

QString Merger::referenceName(const QString &table, const QString &uid)
{
    for (int t = 0; t < m_tables.size(); ++t) {
        if (m_tables[t].name != table)
            continue;
        for (bool theirsSide : {false, true}) {
            if (theirsSide && !m_tables[t].inTheirs)
                continue;
            Statement st = (theirsSide ? m_theirs : m_ours).database().query(selectRows(m_tables[t], theirsSide, QStringLiteral("WHERE uid = ?")));
            st.bind(1, uid);
            if (st.next())
                return labelOf(m_tables[t], readRow(st, t));
        }
    }
    // Removed on both sides since, say: the uid is all that is left.
    return uid;
}

MergeResolution Merger::policy(const MergeConflict &c) const
{
    switch (m_options.prefer) {
    case MergePrefer::Ask:
        return {};
    case MergePrefer::Ours:
        return MergeResolution::ours(QStringLiteral("ours"));
    case MergePrefer::Theirs:
        return MergeResolution::theirs(QStringLiteral("theirs"));
    case MergePrefer::Newer:
        if (c.kind == MergeConflict::Kind::EditedRemoved)
            return MergeResolution::ours(QStringLiteral("default")); // keep what was edited
        if (c.kind == MergeConflict::Kind::RemovedEdited)
            return MergeResolution::theirs(QStringLiteral("default"));
        return c.theirsChangedAt > c.oursChangedAt ? MergeResolution::theirs(QStringLiteral("newer"))
                                                   : MergeResolution::ours(QStringLiteral("newer"));
    }
    return {};
}

void Merger::resolve()
{
    for (MergeConflict &c : m_report.conflicts) {
        MergeResolution chosen;
        if (m_options.resolutions.contains(c.key()))
            chosen = m_options.resolutions.value(c.key());
        else if (m_options.resolve) {
            if (const auto answer = m_options.resolve(c))
                chosen = *answer;
        }
        if (chosen.choice == MergeResolution::Choice::Unresolved)
            chosen = policy(c);
        if (chosen.choice == MergeResolution::Choice::Value && c.isRemoval())
            chosen.choice = MergeResolution::Choice::Unresolved; // a removal has no value to edit
        c.resolution = chosen;
    }
}

bool Merger::hasWork() const
{
    if (!m_report.conflicts.isEmpty() || !m_inserts.isEmpty() || !m_activityMissing.isEmpty() || !m_theirsLog.entries.isEmpty())
        return true;
    for (const Update &u : m_updates)
        if (u.set.contains(true))
            return true;
    for (bool held : m_removalHeld)
        if (!held)
            return true;
    // The tombstones apply() takes in: those of records (not of other rows) that ours lacks.
    for (auto it = m_theirsLog.tombstones.cbegin(); it != m_theirsLog.tombstones.cend(); ++it)
        if (!m_oursLog.tombstones.contains(it.key()) && isRecordTable(it->table))
            return true;
    return false;
}

void Merger::insertRows(const QList<Pending> &rows)
{
    Database &db = m_ours.database();
    QList<QPair<int, const Pending *>> selfReferences;
    for (const Pending &p : rows) {
        const TableInfo &info = m_tables[p.table];
        QStringList columns{QStringLiteral("uid"), QStringLiteral("created_at"), QStringLiteral("updated_at")};
        QStringList values{QStringLiteral("?"), QStringLiteral("?"), QStringLiteral("?")};
        QStringList required;
        QVariantList binds{p.row.uid, p.row.createdAt, p.row.updatedAt};
        QVariantList requiredBinds;
        bool selfReference = false;
        for (int i = 0; i < info.columns.size(); ++i) {
            const Column &c = info.columns[i];
            if (!c.inTheirs)
                continue;
            columns << c.name;
            if (c.refTable.isEmpty()) {
                values << QStringLiteral("?");
                binds << p.row.values[i];
            } else if (c.refTable == info.name) {
                values << QStringLiteral("NULL");
                selfReference = selfReference || !p.row.values[i].isNull();
            } else {
                values << QStringLiteral("(SELECT id FROM %1 WHERE uid = ?)").arg(c.refTable);
                binds << p.row.values[i];
                if (c.notNull) {
                    required << QStringLiteral("EXISTS (SELECT 1 FROM %1 WHERE uid = ?)").arg(c.refTable);
                    requiredBinds << p.row.values[i];
                }
            }
        }
        Statement st = db.query(QStringLiteral("INSERT INTO %1 (%2) SELECT %3%4")
                                    .arg(info.name, columns.join(QStringLiteral(", ")), values.join(QStringLiteral(", ")),
                                         required.isEmpty() ? QString()
                                                            : QStringLiteral(" WHERE ") + required.join(QStringLiteral(" AND "))));
        st.bindAll(binds + requiredBinds);
        st.run();
        if (db.changes() == 0) {
            m_report.notes << tr_t::tr("The %1 “%2” added in theirs was not kept: the record it belongs to was removed in ours.")
                                  .arg(MergeReport::tableLabel(info.name), labelOf(info, p.row));
            // Ours removes it with what it belonged to, and remembers that: the same copy merged
            // again neither asks about it nor finds it new again.
            if (m_ancestor) {
                Statement tomb = db.query(QStringLiteral("INSERT OR IGNORE INTO tombstone (uid, table_name, removed_at, actor) "
                                                         "VALUES (?, ?, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), NULL)"));
                tomb.bindAll({p.row.uid, info.name});
                tomb.run();
            }
            continue;
        }
        m_report.tables[info.name].added << MergedRecord{p.row.uid, labelOf(info, p.row)};
        if (selfReference)
            selfReferences << qMakePair(p.table, &p);
    }
    for (const auto &[t, p] : std::as_const(selfReferences)) {
        const TableInfo &info = m_tables[t];
        for (int i = 0; i < info.columns.size(); ++i) {
            if (info.columns[i].refTable != info.name || p->row.values[i].isNull())
                continue;
            Statement st = db.query(QStringLiteral("UPDATE %1 SET %2 = (SELECT id FROM %1 WHERE uid = ?) WHERE uid = ?")
                                        .arg(info.name, info.columns[i].name));
            st.bindAll({p->row.values[i], p->row.uid});
            st.run();
        }
    }
}

void Merger::apply()
{
    Database &db = m_ours.database();
    db.exec(QStringLiteral("INSERT INTO merge_state (id, theirs) VALUES (1, '')"));
    QSet<qint64> commitments, meetings; // whose milestones or agenda items to number again
    std::optional<Statement> commitmentOf, meetingOf; // asked for thousands of records: made once
    const auto noteParents = [&](const QString &table, const QString &uid) {
        const bool milestone = table == QLatin1String("milestone");
        if (!milestone && table != QLatin1String("agenda_item"))
            return;
        std::optional<Statement> &parentOf = milestone ? commitmentOf : meetingOf;
        if (!parentOf)
            parentOf.emplace(db.query(milestone ? QStringLiteral("SELECT commitment_id FROM milestone WHERE uid = ?")
                                                : QStringLiteral("SELECT meeting_id FROM agenda_item WHERE uid = ?")));
        parentOf->bind(1, uid);
        const qint64 parent = parentOf->next() ? parentOf->int64(0) : 0; // 0: none, not numbered
        parentOf->reset();
        (milestone ? commitments : meetings).insert(parent);
    };

    // Conflicts decide what is held, put back or set.
    QList<QString> inserts = m_inserts;
    for (int k = 0; k < m_report.conflicts.size(); ++k) {
        const MergeConflict &c = m_report.conflicts[k];
        const ConflictTarget &target = m_targets[k];
        if (c.kind == MergeConflict::Kind::Field) {
            Update &u = m_updates[target.update];
            if (c.resolution.choice == MergeResolution::Choice::Theirs) {
                u.values[target.column] = c.theirs;
                u.set[target.column] = true;
            } else if (c.resolution.choice == MergeResolution::Choice::Value) {
                u.values[target.column] = c.resolution.value;
                u.set[target.column] = true;
            }
        } else if (c.kind == MergeConflict::Kind::EditedRemoved) {
            m_removalHeld[target.removal] = c.keepsRecord();
        } else if (c.keepsRecord()) {
            inserts << target.restoreUid;
            inserts << target.restoreDescendants;
        }
    }

    const auto exists = [&](const QString &table, const QString &uid) {
        return db.scalar(QStringLiteral("SELECT EXISTS (SELECT 1 FROM %1 WHERE uid = ?)").arg(table), {uid}).toBool();
    };
    // Removals first, so nothing added below a removed record is taken by its cascade; but a
    // removal whose record held something theirs moved out of it into a record added below waits
    // for the additions, so that what was moved is moved first.
    QSet<QString> reported;
    QHash<QString, int> updateOf; // row uid -> its update, for the records moved out of a removed one
    QList<int> waiting;
    const auto remove = [&](int r, bool last) {
        const Removal &removal = m_removals[r];
        const QString table = m_tables[removal.table].name;
        if (!removal.rescued.isEmpty() && updateOf.isEmpty())
            for (int k = 0; k < m_updates.size(); ++k)
                updateOf.insert(m_updates[k].ours.uid, k);
        // What theirs moved out of the record before removing it goes where theirs has it first
        // (its references are written again with the rest of its update below).
        QList<std::pair<const Update *, int>> moves;
        for (const auto &moved : removal.rescued) {
            const auto k = updateOf.constFind(moved.second.uid);
            if (k == updateOf.cend())
                continue; // moved with its parent
            const Update &u = m_updates[*k];
            const TableInfo &info = m_tables[u.table];
            for (int i = 0; i < info.columns.size(); ++i) {
                const Column &c = info.columns[i];
                if (!u.set[i] || c.refTable.isEmpty() || u.values[i].isNull())
                    continue;
                if (!exists(c.refTable, u.values[i].toString())) {
                    if (!last)
                        return false;
                    continue;
                }
                moves.append({&u, i});
            }
        }
        noteParents(table, removal.uid);
        for (const auto &move : std::as_const(moves)) {
            const Update &u = *move.first;
            const TableInfo &info = m_tables[u.table];
            const Column &c = info.columns[move.second];
            noteParents(info.name, u.ours.uid);
            db.scalar(QStringLiteral("UPDATE %1 SET %2 = (SELECT id FROM %3 WHERE uid = ?) WHERE uid = ?").arg(info.name, c.name, c.refTable),
                      {u.values[move.second], u.ours.uid});
        }
        db.scalar(QStringLiteral("DELETE FROM %1 WHERE uid = ?").arg(table), {removal.uid});
        for (const auto &moved : removal.rescued) {
            if (exists(m_tables[moved.first].name, moved.second.uid))
                continue;
            m_report.notes << tr_t::tr("The %1 “%2”, which theirs moved out of the %3 “%4” before removing it, could not be "
                                       "moved first and was removed with it.")
                                  .arg(MergeReport::tableLabel(m_tables[moved.first].name), moved.second.label,
                                       MergeReport::tableLabel(table), removal.label);
            const QString key = m_tables[moved.first].name + QChar(0x1f) + moved.second.uid;
            if (!reported.contains(key)) {
                reported.insert(key);
                m_report.tables[m_tables[moved.first].name].removed << moved.second;
            }
        }
        m_report.tables[table].removed << MergedRecord{removal.uid, removal.label};
        for (const auto &[t, record] : removal.descendants) {
            const QString key = m_tables[t].name + QChar(0x1f) + record.uid;
            if (reported.contains(key))
                continue; // under two removed records
            reported.insert(key);
            m_report.tables[m_tables[t].name].removed << record;
        }
        return true;
    };
    for (int r = 0; r < m_removals.size(); ++r)
        if (!m_removalHeld[r] && !remove(r, false))
            waiting << r;

    QList<Pending> rows;
    QSet<QString> queued; // a record under two records put back is inserted once
    for (const QString &uid : std::as_const(inserts)) {
        if (m_theirsOnly.contains(uid) && !queued.contains(uid)) {
            queued.insert(uid);
            rows << m_theirsOnly.value(uid);
        }
    }
    std::stable_sort(rows.begin(), rows.end(), [](const Pending &a, const Pending &b) { return a.table < b.table; });
    insertRows(rows);
    for (const Pending &p : std::as_const(rows))
        noteParents(m_tables[p.table].name, p.row.uid);
    for (int r : std::as_const(waiting))
        remove(r, true);

    const auto logOurs = [&](const QString &table, const QString &rowUid, const QString &field, const QVariant &oldValue) {
        Statement st = db.query(QStringLiteral("INSERT INTO change_log (uid, at, table_name, row_uid, field, old_value) "
                                               "VALUES (lower(hex(randomblob(16))), strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), ?, ?, ?, ?)"));
        st.bindAll({table, rowUid, field, oldValue});
        st.run();
    };
    // The change log's triggers leave the merge's updates alone (merge_state): kept from running
    // at all, they cost the updates nothing. Removals and new records above keep theirs (a removal
    // leaves a tombstone, a record put back takes its tombstone away), and so does the numbering
    // again below (logged as ours' own change).
    std::optional<Database::TriggersOff> triggersOff;
    triggersOff.emplace(db);
    // One UPDATE per table, set of fields, and whether the record's rowid in ours is known (found
    // by it, its uid asked too: the record removed and its rowid taken by one added meanwhile would
    // not be written over) or not (found by its uid).
    std::map<std::tuple<int, QList<bool>, bool>, Statement> prepared;
    for (Update &u : m_updates) {
        const TableInfo &info = m_tables[u.table];
        // A reference emptied along a removal that did not happen (kept back by a conflict's
        // answer), or along one undone (the record put back), names the record again.
        // The reference kept is logged as ours' change (theirs' empty value as the one before): a
        // record both copies otherwise hold alike is compared field by field only when a log says
        // it changed, and theirs, merging ours, takes the reference back.
        for (auto it = u.theirsEmptied.cbegin(); it != u.theirsEmptied.cend(); ++it) {
            if (u.set[it.key()] && u.values[it.key()].isNull() && exists(info.columns[it.key()].refTable, it.value())) {
                u.set[it.key()] = false;
                logOurs(info.name, u.ours.uid, info.columns[it.key()].name, QVariant());
            }
        }
        for (auto it = u.oursEmptied.cbegin(); it != u.oursEmptied.cend(); ++it) {
            if (u.values[it.key()].isNull() && exists(info.columns[it.key()].refTable, it.value())) {
                u.values[it.key()] = it.value();
                u.set[it.key()] = true;
            }
        }
        // Moved in theirs under a record whose removal stands: the record stays where ours has it.
        for (int i = 0; i < info.columns.size(); ++i) {
            const Column &c = info.columns[i];
            if (!u.set[i] || c.refTable.isEmpty() || !c.notNull || u.values[i].isNull() || exists(c.refTable, u.values[i].toString()))
                continue;
            // Kept as ours' own change (theirs' value as the one before), so that the same copy
            // merged again finds the question settled, and theirs, merging ours, takes it.
            u.set[i] = false;
            logOurs(info.name, u.ours.uid, c.name, u.values[i]);
            for (int j = 0; j < info.columns.size(); ++j) {
                if (info.columns[j].name == QLatin1String("position") && u.set[j]) {
                    u.set[j] = false;
                    logOurs(info.name, u.ours.uid, info.columns[j].name, u.values[j]);
                }
            }
            m_report.notes << tr_t::tr("The %1 “%2” was moved in theirs under a record removed in ours; it stays where ours has it.")
                                  .arg(MergeReport::tableLabel(info.name), labelOf(info, u.ours));
        }
        QVariantList binds{u.updatedAt};
        for (int i = 0; i < info.columns.size(); ++i)
            if (u.set[i])
                binds << u.values[i];
        if (binds.size() == 1)
            continue; // every differing field kept as ours has it
        const bool byRowid = u.ours.rowid > 0;
        if (byRowid)
            binds << u.ours.rowid;
        binds << u.ours.uid;
        const bool ordered = info.name == QLatin1String("milestone") || info.name == QLatin1String("agenda_item");
        if (ordered)
            noteParents(info.name, u.ours.uid); // the one it may leave
        auto found = prepared.find({u.table, u.set, byRowid});
        if (found == prepared.end()) {
            QStringList sets{QStringLiteral("updated_at = ?")};
            for (int i = 0; i < info.columns.size(); ++i) {
                if (!u.set[i])
                    continue;
                const Column &c = info.columns[i];
                sets << (c.refTable.isEmpty() ? QStringLiteral("%1 = ?").arg(c.name)
                                              : QStringLiteral("%1 = (SELECT id FROM %2 WHERE uid = ?)").arg(c.name, c.refTable));
            }
            found = prepared
                        .emplace(std::make_tuple(u.table, u.set, byRowid),
                                 db.query(QStringLiteral("UPDATE %1 SET %2 WHERE %3uid = ?")
                                              .arg(info.name, sets.join(QStringLiteral(", ")),
                                                   byRowid ? QStringLiteral("rowid = ? AND ") : QString())))
                        .first;
        }
        Statement &st = found->second;
        st.bindAll(binds);
        st.run();
        st.reset();
        if (db.changes() > 0)
            m_report.tables[info.name].changed << MergedRecord{u.ours.uid, labelOf(info, u.ours)};
        if (ordered)
            noteParents(info.name, u.ours.uid); // the one it joins
    }
    triggersOff.reset();

    // Ours now knows what theirs changed and removed, so merging the same copy again changes nothing.
    {
        Statement st = db.query(QStringLiteral("INSERT OR IGNORE INTO change_log (uid, at, table_name, row_uid, field, old_value) "
                                               "VALUES (?, ?, ?, ?, ?, ?)"));
        for (const LogEntry &e : std::as_const(m_theirsLog.entries)) {
            // Theirs' memory of two records merged as one stays as it was written.
            const QString row = e.field == kAliasField ? e.rowUid : m_alias.value(e.rowUid, e.rowUid);
            st.bindAll({e.uid, e.at, e.table, row, e.field, e.oldValue});
            st.run();
            st.reset();
        }
    }
    // Records added on both sides and merged as one here are remembered as such (kAliasField), so
    // that a later merge matches them without asking again what was settled now.
    for (const auto &alias : std::as_const(m_newAliases)) {
        Statement st = db.query(QStringLiteral("INSERT INTO change_log (uid, at, table_name, row_uid, field, old_value) "
                                               "VALUES (lower(hex(randomblob(16))), strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), "
                                               "?, ?, ?, ?)"));
        st.bindAll({m_tables[alias.first].name, m_alias.value(alias.second), kAliasField, alias.second});
        st.run();
    }
    for (auto it = m_theirsLog.tombstones.cbegin(); it != m_theirsLog.tombstones.cend(); ++it) {
        if (!isRecordTable(it->table))
            continue;
        const auto own = m_oursLog.tombstones.constFind(it.key());
        if (own != m_oursLog.tombstones.cend() && own->removedAt == it->removedAt && own->table == it->table)
            continue; // known already
        // Removed on both sides: ours keeps its own tombstone. Otherwise theirs' is taken in, also
        // beside a record kept here (a removal answered by keeping the record): the memory of that
        // answer, replacing the memory of an earlier removal of the same record.
        Statement st = db.query(QStringLiteral("INSERT OR REPLACE INTO tombstone (uid, table_name, removed_at, actor) "
                                               "SELECT ?, ?, ?, ? WHERE NOT EXISTS (SELECT 1 FROM tombstone WHERE uid = ? "
                                               "AND NOT EXISTS (SELECT 1 FROM %1 WHERE uid = ?))")
                                    .arg(it->table));
        st.bindAll({it.key(), it->table, it->removedAt, it->actor.isEmpty() ? QVariant() : QVariant(it->actor), it.key(), it.key()});
        st.run();
    }
    // The activity log is the union of both.
    {
        // Each line copied value by value, as SQLite holds it, oldest first. The lines ours lacks are
        // mostly theirs' newest: where they are most of the lines from the first of them on, those
        // are read in one pass in id order; otherwise each is looked up by its id.
        Statement insert = db.query(QStringLiteral("INSERT INTO activity (uid, created_at, updated_at, actor, action, entity, "
                                                   "entity_uid, summary) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
        const QString columns = QStringLiteral("id, uid, created_at, updated_at, actor, action, entity, entity_uid, summary");
        int added = 0;
        const auto copyLine = [&](const Statement &line) {
            for (int i = 0; i < 8; ++i)
                insert.bindValueOf(i + 1, line, i + 1);
            insert.run();
            insert.reset();
            ++added;
        };
        const qsizetype count = m_activityMissing.size();
        if (count > 0 && m_activityMissing.last() - m_activityMissing.first() < 2 * qint64(count)) {
            Statement line = m_theirs.database().query(
                QStringLiteral("SELECT %1 FROM activity WHERE id BETWEEN ? AND ? ORDER BY id").arg(columns));
            line.bind(1, m_activityMissing.first());
            line.bind(2, m_activityMissing.last());
            qsizetype next = 0;
            while (next < count && line.next()) {
                const qint64 id = line.int64(0);
                while (next < count && m_activityMissing[next] < id)
                    ++next; // not found, as a lookup by its id would not find it
                if (next < count && m_activityMissing[next] == id) {
                    copyLine(line);
                    ++next;
                }
            }
        } else {
            Statement line = m_theirs.database().query(QStringLiteral("SELECT %1 FROM activity WHERE id = ?").arg(columns));
            for (const qint64 id : std::as_const(m_activityMissing)) {
                line.bind(1, id);
                if (line.next())
                    copyLine(line);
                line.reset();
            }
        }
        m_report.activityAdded = added;
    }
    db.exec(QStringLiteral("DELETE FROM merge_state"));

    // Positions numbered again where records came or went, as a removal in the window does; logged
    // as this copy's own change.
    commitments.remove(0);
    meetings.remove(0);
    // Numbering again writes only positions that are not already 0, 1, 2... in (position, id) order:
    // where they all are, it would write nothing, and is not asked. One question per table finds the
    // parents whose children are not in order (numbering one parent's children again touches no other's).
    const auto outOfOrder = [&](const QString &table, const QString &parent, const QSet<qint64> &ids) {
        QSet<qint64> found;
        if (ids.isEmpty())
            return found;
        QJsonArray list;
        for (qint64 id : ids)
            list.append(id);
        Statement st = db.query(QStringLiteral("SELECT DISTINCT parent FROM (SELECT %2 AS parent, position, row_number() OVER "
                                               "(PARTITION BY %2 ORDER BY position, id) - 1 AS n FROM %1 WHERE %2 IN "
                                               "(SELECT value FROM json_each(?))) WHERE position IS NOT n")
                                    .arg(table, parent));
        st.bind(1, QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Compact)));
        while (st.next())
            found.insert(st.int64(0));
        return found;
    };
    const QSet<qint64> commitmentsOut = outOfOrder(QStringLiteral("milestone"), QStringLiteral("commitment_id"), commitments);
    const QSet<qint64> meetingsOut = outOfOrder(QStringLiteral("agenda_item"), QStringLiteral("meeting_id"), meetings);
    for (qint64 id : std::as_const(commitments))
        if (commitmentsOut.contains(id))
            MilestoneOrder::renumber(m_ours, id);
    for (qint64 id : std::as_const(meetings))
        if (meetingsOut.contains(id))
            Agenda::renumber(m_ours, id);
}

} // namespace

namespace {

// THEIRS' integrity check that its open left (OpenOptions::deferIntegrity), on a thread of its own
// with a connection of its own: wait() returns once it passed, and throws its refusal otherwise.
class DeferredCheck {
public:
    explicit DeferredCheck(const ForumFile &file)
    {
        if (file.integrityDeferred())
            m_thread = std::thread([this, &file] {
                try {
                    file.checkDeferredIntegrity();
                } catch (...) {
                    m_error = std::current_exception();
                }
            });
    }
    ~DeferredCheck()
    {
        if (m_thread.joinable())
            m_thread.join();
    }
    DeferredCheck(const DeferredCheck &) = delete;
    DeferredCheck &operator=(const DeferredCheck &) = delete;
    void wait()
    {
        if (m_thread.joinable())
            m_thread.join();
        if (m_error)
            std::rethrow_exception(m_error);
    }

private:
    std::thread m_thread;
    std::exception_ptr m_error;
};

MergeReport mergeOpened(ForumFile &ours, ForumFile &theirsFile, const QString &theirsPath, const MergeOptions &options,
                        MergeReport &report, DeferredCheck &check);

// Frees what the plan kept (every record it read, both change logs) on a thread of its own while the
// merge goes on writing and commits, which takes about as long; done by the time this is destroyed.
// Nothing else uses the Merger any more: it touches only memory of its own (shared text has
// thread-safe counts), never a file. Where no thread can be started, it is freed here and now.
class FreedAside {
public:
    explicit FreedAside(std::unique_ptr<Merger> merger)
    {
        try {
            m_thread = std::thread([owned = std::move(merger)]() mutable { owned.reset(); });
        } catch (const std::exception &) {
            // no thread (none to start, or no memory for one): the Merger, already moved into the
            // function the thread was to run, was freed as that function was dropped
        }
    }
    ~FreedAside()
    {
        if (m_thread.joinable())
            m_thread.join();
    }
    FreedAside(const FreedAside &) = delete;
    FreedAside &operator=(const FreedAside &) = delete;

private:
    std::thread m_thread;
};

} // namespace

MergeReport previewMerge(ForumFile &ours, const QString &theirsPath)
{
    MergeOptions options;
    options.dryRun = true;
    options.prefer = MergePrefer::Ours;
    MergeReport preview = mergeForums(ours, theirsPath, options);
    for (MergeConflict &conflict : preview.conflicts)
        conflict.resolution = MergeResolution();
    return preview;
}

QString beforeMergePath(const QString &oursPath, const QDateTime &when)
{
    const QFileInfo info(oursPath);
    const QString stem = QStringLiteral("%1.before-merge-%2").arg(info.completeBaseName(),
                                                                    when.toString(QStringLiteral("yyyyMMdd-HHmmss")));
    // Two merges in the same second (a script) keep both copies.
    QString path = info.absoluteDir().filePath(stem + QStringLiteral(".ogpforum"));
    for (int n = 2; QFileInfo::exists(path); ++n)
        path = info.absoluteDir().filePath(stem + QStringLiteral("-%1.ogpforum").arg(n));
    return path;
}

MergeReport mergeForums(ForumFile &ours, const QString &theirsPath, const MergeOptions &options)
{
    MergeReport report;
    report.oursPath = ours.path();
    report.theirsPath = QFileInfo(theirsPath).absoluteFilePath();
    report.dryRun = options.dryRun;
    if (!options.dryRun)
        ours.requireWritable();
    const QFileInfo theirsInfo(theirsPath);
    if (theirsInfo.exists() && theirsInfo.canonicalFilePath() == ours.filePath())
        throw StorageError(StorageError::Kind::CannotOpen,
                           tr_t::tr("%1 is the forum file itself; choose the other copy to merge")
                               .arg(QDir::toNativeSeparators(theirsPath)));
    OpenOptions readOnly;
    readOnly.readOnly = true;
    // A copy not seen before (or changed since) gets the full check, as any open does: its header,
    // format and schema here, the rest of it (every page, index and CHECK rule) on a thread of its
    // own while the merge plans and writes in OURS' open transaction. Nothing is committed or
    // returned before it passed, and whatever the merge meets meanwhile, a THEIRS that fails it is
    // refused as the open would have refused it (OURS rolls back, the copy kept of it is removed).
    readOnly.deferIntegrity = true;
    std::unique_ptr<ForumFile> theirs = ForumFile::open(theirsPath, readOnly);
    DeferredCheck check(*theirs);
    try {
        return mergeOpened(ours, *theirs, theirsPath, options, report, check);
    } catch (...) {
        check.wait(); // its refusal first
        throw;
    }
}

namespace {

// The rest of mergeForums, once THEIRS is open: `check` has passed before anything is committed or
// returned.
MergeReport mergeOpened(ForumFile &ours, ForumFile &theirsFile, const QString &theirsPath, const MergeOptions &options,
                        MergeReport &report, DeferredCheck &check)
{
    ForumFile *const theirs = &theirsFile; // as mergeForums named it
    if (theirs->schemaVersion() > ForumFile::currentSchemaVersion())
        throw StorageError(StorageError::Kind::CannotOpen,
                           tr_t::tr("%1 was written by a newer version of Forum Desk (format %2; this version knows "
                                    "format %3): merge it with that version")
                               .arg(QDir::toNativeSeparators(theirsPath))
                               .arg(theirs->schemaVersion())
                               .arg(ForumFile::currentSchemaVersion()));
    Database &db = ours.database();
    Transaction tx(db);
    ReadTransaction theirsSnapshot(theirs->database());
    const QString oursForum = db.scalar(QStringLiteral("SELECT uid FROM forum WHERE id = 1")).toString();
    const QString theirsForum = theirs->database().scalar(QStringLiteral("SELECT uid FROM forum WHERE id = 1")).toString();
    if (oursForum != theirsForum && !options.force)
        throw StorageError(StorageError::Kind::CannotOpen,
                           tr_t::tr("%1 is a copy of another forum (forum uid %2, not %3); merging it would mix two "
                                    "forums, so it is refused unless forced")
                               .arg(QDir::toNativeSeparators(theirsPath), theirsForum, oursForum));

    // Each table is read in uid order, through its uid index: a larger page cache for the merge
    // saves reading the same pages again (ours gets its own size back afterwards).
    const QVariant oursCache = db.scalar(QStringLiteral("PRAGMA cache_size"));
    db.exec(QStringLiteral("PRAGMA cache_size = -16384"));
    theirs->database().exec(QStringLiteral("PRAGMA cache_size = -16384"));
    struct CacheBack {
        Database &db;
        QVariant size;
        ~CacheBack()
        {
            try {
                db.exec(QStringLiteral("PRAGMA cache_size = %1").arg(size.toLongLong()));
            } catch (const StorageError &) {
            }
        }
    } cacheBack{db, oursCache};
    // A copy of ours as it is, beside it, before anything is written (this transaction has only
    // reserved the file so far: its bytes are the last commit's), made while the merge plans (which
    // only reads ours) and put under its name only if the merge writes.
    const QString backupPath = options.dryRun ? QString() : beforeMergePath(ours.path(), QDateTime::currentDateTime());
    std::unique_ptr<ForumFile::BackgroundCopy> backup = backupPath.isEmpty() ? nullptr : ours.keepCopyInBackground(backupPath);
    auto merger = std::make_unique<Merger>(ours, *theirs, options, report);
    merger->plan();
    merger->resolve();
    if (report.unresolvedCount() > 0) {
        check.wait();
        return report; // nothing written; the transaction rolls back having written nothing, the copy is dropped
    }
    if (!merger->hasWork()) {
        check.wait();
        backup.reset();
        tx.commit(); // nothing to write: the same copy merged again, say
        return report;
    }
    if (backup) {
        backup->finish();
        report.backupPath = backupPath;
    }
    try {
        merger->apply();
        const FreedAside freed(std::move(merger));
        const QString summary = tr_t::tr("Merged %1: %2 added, %3 changed, %4 removed, %5 conflicts")
                                    .arg(QFileInfo(theirsPath).fileName())
                                    .arg(report.addedCount())
                                    .arg(report.changedCount())
                                    .arg(report.removedCount())
                                    .arg(report.conflicts.size());
        QStringList lost;
        for (const MergeConflict &c : std::as_const(report.conflicts)) {
            if (c.isRemoval()) {
                lost << tr_t::tr("%1 “%2”: %3").arg(MergeReport::tableLabel(c.table), c.recordLabel, report.resolutionText(c));
                continue;
            }
            const bool tookOurs = c.resolution.choice == MergeResolution::Choice::Ours;
            const QVariant kept = tookOurs ? c.ours
                : c.resolution.choice == MergeResolution::Choice::Theirs ? c.theirs
                                                                         : c.resolution.value;
            const QVariant gone = tookOurs ? c.theirs : c.ours;
            lost << tr_t::tr("%1 of “%2”: kept %3, not kept %4")
                        .arg(c.fieldLabel, c.recordLabel, c.shown(kept), c.shown(gone));
        }
        QString line = summary;
        if (!lost.isEmpty())
            line += QStringLiteral(" (") + lost.join(QStringLiteral("; ")) + QLatin1Char(')');
        if (line.size() > 4000)
            line = line.left(3999) + QStringLiteral("…");
        ours.logActivity(QStringLiteral("import"), QStringLiteral("forum"), oursForum, line);
        report.problems = ConsistencyCheck::dataRules(ours);
        // THEIRS' full check ran beside the plan and the writes above, which are all still this
        // transaction's own: a THEIRS that fails it is refused, and ours rolls back to as it was.
        check.wait();
        if (options.dryRun)
            return report; // rolled back
        tx.commit();
    } catch (...) {
        if (!report.backupPath.isEmpty())
            QFile::remove(report.backupPath); // ours is as it was: the copy is not needed
        throw;
    }
    report.written = true;
    return report;
}

} // namespace

} // namespace forumdesk
