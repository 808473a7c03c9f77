// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/merge/MergeReport.h"

#include "core/cocreation/Contribution.h"
#include "core/cocreation/ContributionLink.h"
#include "core/evaluation/Assessment.h"
#include "core/forum/EligibilityCheck.h"
#include "core/forum/Forum.h"
#include "core/forum/JoiningRecord.h"
#include "core/forum/Member.h"
#include "core/implementation/ProgressUpdate.h"
#include "core/learning/Lesson.h"
#include "core/learning/PracticeCitation.h"
#include "core/meetings/ActionItem.h"
#include "core/meetings/Intervention.h"
#include "core/meetings/AgendaItem.h"
#include "core/meetings/Attendance.h"
#include "core/meetings/Decision.h"
#include "core/meetings/Meeting.h"
#include "core/meetings/Vote.h"
#include "core/plans/ActionPlan.h"
#include "core/plans/Commitment.h"
#include "core/plans/Milestone.h"
#include "core/storage/EntitySchema.h"

#include <QDir>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>

namespace forumdesk {

namespace {

struct Labels {
    const char *entity = nullptr;
    QHash<QString, const char *> fields;
};

template <class T>
void addLabels(QHash<QString, Labels> &all)
{
    const EntitySchema<T> &schema = T::schema();
    Labels labels;
    labels.entity = schema.label;
    for (const auto &f : schema.fields)
        labels.fields.insert(f.column, f.label);
    all.insert(schema.table, labels);
}

const QHash<QString, Labels> &labels()
{
    static const QHash<QString, Labels> all = [] {
        QHash<QString, Labels> l;
        addLabels<Forum>(l);
        addLabels<Member>(l);
        addLabels<EligibilityCheck>(l);
        addLabels<JoiningRecord>(l);
        addLabels<ActionPlan>(l);
        addLabels<Commitment>(l);
        addLabels<Milestone>(l);
        addLabels<ProgressUpdate>(l);
        addLabels<Meeting>(l);
        addLabels<AgendaItem>(l);
        addLabels<Attendance>(l);
        addLabels<Decision>(l);
        addLabels<Vote>(l);
        addLabels<ActionItem>(l);
        addLabels<Contribution>(l);
        addLabels<ContributionLink>(l);
        addLabels<Assessment>(l);
        addLabels<Lesson>(l);
        addLabels<PracticeCitation>(l);
        addLabels<Intervention>(l);
        return l;
    }();
    return all;
}

QJsonValue jsonValue(const QVariant &value)
{
    if (value.isNull() || !value.isValid())
        return QJsonValue::Null;
    if (value.typeId() == QMetaType::LongLong || value.typeId() == QMetaType::Int)
        return QJsonValue(value.toLongLong());
    if (value.typeId() == QMetaType::Double)
        return QJsonValue(value.toDouble());
    return QJsonValue(value.toString());
}

QString kindText(MergeConflict::Kind kind)
{
    switch (kind) {
    case MergeConflict::Kind::Field: return QStringLiteral("field");
    case MergeConflict::Kind::EditedRemoved: return QStringLiteral("changed_in_ours_removed_in_theirs");
    case MergeConflict::Kind::RemovedEdited: return QStringLiteral("removed_in_ours_changed_in_theirs");
    }
    return {};
}

QString choiceText(MergeResolution::Choice choice)
{
    switch (choice) {
    case MergeResolution::Choice::Unresolved: return QStringLiteral("unresolved");
    case MergeResolution::Choice::Ours: return QStringLiteral("ours");
    case MergeResolution::Choice::Theirs: return QStringLiteral("theirs");
    case MergeResolution::Choice::Value: return QStringLiteral("value");
    }
    return {};
}

// Markdown table cells: no line breaks or bars from the records' own text.
QString cell(QString text)
{
    text.replace(QLatin1Char('|'), QStringLiteral("\\|")).replace(QLatin1Char('\n'), QLatin1Char(' '));
    return text.size() > 120 ? text.left(119) + QStringLiteral("…") : text;
}

} // namespace

QString MergeConflict::shown(const QVariant &value) const
{
    const auto name = names.constFind(value.toString());
    return name != names.cend() && !value.isNull() ? *name : MergeReport::shownValue(value);
}

bool MergeConflict::keepsRecord() const
{
    switch (resolution.choice) {
    case MergeResolution::Choice::Ours: return kind == Kind::EditedRemoved;
    case MergeResolution::Choice::Theirs: return kind == Kind::RemovedEdited;
    case MergeResolution::Choice::Value: return true;
    case MergeResolution::Choice::Unresolved: return true;
    }
    return true;
}

int MergeReport::unresolvedCount() const
{
    int n = 0;
    for (const MergeConflict &c : conflicts)
        n += c.resolution.choice == MergeResolution::Choice::Unresolved ? 1 : 0;
    return n;
}

int MergeReport::addedCount() const
{
    int n = 0;
    for (const auto &[table, changes] : tables)
        n += int(changes.added.size());
    return n;
}

int MergeReport::changedCount() const
{
    int n = 0;
    for (const auto &[table, changes] : tables)
        n += int(changes.changed.size());
    return n;
}

int MergeReport::removedCount() const
{
    int n = 0;
    for (const auto &[table, changes] : tables)
        n += int(changes.removed.size());
    return n;
}

QString MergeReport::tableLabel(const QString &table)
{
    const auto found = labels().constFind(table);
    if (found == labels().cend() || !found->entity)
        return table;
    return QCoreApplication::translate("Entity", found->entity);
}

QString MergeReport::fieldLabel(const QString &table, const QString &column)
{
    const auto found = labels().constFind(table);
    if (found == labels().cend())
        return column;
    const char *label = found->fields.value(column);
    return label ? QCoreApplication::translate("Field", label) : column;
}

QString MergeReport::shownValue(const QVariant &value)
{
    if (value.isNull() || !value.isValid() || value.toString().isEmpty())
        return tr("(empty)");
    return value.toString();
}

QString MergeReport::resolutionText(const MergeConflict &c) const
{
    const bool removal = c.isRemoval();
    switch (c.resolution.choice) {
    case MergeResolution::Choice::Unresolved:
        return removal ? tr("not resolved (proposed: keep the record)") : tr("not resolved");
    case MergeResolution::Choice::Value:
        return tr("edited value %1").arg(shownValue(c.resolution.value));
    case MergeResolution::Choice::Ours:
    case MergeResolution::Choice::Theirs: {
        const bool ours = c.resolution.choice == MergeResolution::Choice::Ours;
        QString how;
        if (removal)
            how = c.keepsRecord() ? tr("record kept") : tr("record removed");
        else
            how = ours ? tr("kept ours") : tr("took theirs");
        if (c.resolution.by == QLatin1String("newer"))
            return tr("%1 (the newer change)").arg(how);
        if (c.resolution.by == QLatin1String("person"))
            return tr("%1 (chosen in the review)").arg(how);
        if (c.resolution.by == QLatin1String("default"))
            return tr("%1 (so that nothing is lost)").arg(how);
        return tr("%1 (as asked)").arg(how);
    }
    }
    return {};
}

QString MergeReport::summary() const
{
    QString text;
    if (!written)
        text += dryRun ? tr("Dry run: nothing was written to %1.\n").arg(QDir::toNativeSeparators(oursPath))
                       : tr("Nothing was written to %1.\n").arg(QDir::toNativeSeparators(oursPath));
    else
        text += tr("Merged %1 into %2.\n").arg(QDir::toNativeSeparators(theirsPath), QDir::toNativeSeparators(oursPath));
    if (!commonAncestor)
        text += tr("The two copies have no common ancestor (a file of format 3 or older keeps no change log): "
                   "records were matched by uid and differing fields compared by the time of their last change; "
                   "removals cannot be told from additions and were not carried over.\n");
    text += tr("Records added: %1, changed: %2, removed: %3.\n").arg(addedCount()).arg(changedCount()).arg(removedCount());
    if (!conflicts.isEmpty())
        text += tr("Conflicts: %1, of which %2 not resolved.\n").arg(conflicts.size()).arg(unresolvedCount());
    if (unresolvedCount() > 0)
        text += tr("Review them and choose, or merge again with --prefer ours, theirs or newer.\n");
    if (!backupPath.isEmpty())
        text += tr("The copy before the merge is kept as %1.\n").arg(QDir::toNativeSeparators(backupPath));
    for (const QString &note : notes)
        text += note + QLatin1Char('\n');
    for (const QString &problem : problems)
        text += tr("Check after the merge: %1").arg(problem) + QLatin1Char('\n');
    return text;
}

QString MergeReport::toMarkdown() const
{
    QString md = QStringLiteral("# ") + tr("Merge report") + QStringLiteral("\n\n");
    md += QStringLiteral("- ") + tr("Ours: %1").arg(QDir::toNativeSeparators(oursPath)) + QLatin1Char('\n');
    md += QStringLiteral("- ") + tr("Theirs: %1").arg(QDir::toNativeSeparators(theirsPath)) + QLatin1Char('\n');
    md += QStringLiteral("- ") + (commonAncestor ? tr("Common ancestor: yes (from the change logs)")
                                                 : tr("Common ancestor: none (matched by uid and time of change)"))
        + QLatin1Char('\n');
    md += QStringLiteral("\n") + summary() + QLatin1Char('\n');

    md += QStringLiteral("## ") + tr("Records") + QStringLiteral("\n\n");
    md += QStringLiteral("| %1 | %2 | %3 | %4 |\n|---|---:|---:|---:|\n")
              .arg(tr("Kind of record"), tr("Added"), tr("Changed"), tr("Removed"));
    for (const auto &[table, changes] : tables)
        md += QStringLiteral("| %1 | %2 | %3 | %4 |\n")
                  .arg(cell(tableLabel(table)))
                  .arg(changes.added.size())
                  .arg(changes.changed.size())
                  .arg(changes.removed.size());
    md += QLatin1Char('\n');
    for (const auto &entry : tables) {
        const QString &table = entry.first; // not a structured binding: the lambda uses it
        const KindChanges &changes = entry.second;
        const auto list = [&](const QString &title, const QList<MergedRecord> &records) {
            if (records.isEmpty())
                return;
            md += QStringLiteral("### %1: %2\n\n").arg(tableLabel(table), title);
            for (const MergedRecord &r : records)
                md += QStringLiteral("- %1 (`%2`)\n").arg(cell(r.label), r.uid);
            md += QLatin1Char('\n');
        };
        list(tr("added"), changes.added);
        list(tr("changed"), changes.changed);
        list(tr("removed"), changes.removed);
    }

    if (!conflicts.isEmpty()) {
        md += QStringLiteral("## ") + tr("Conflicts") + QStringLiteral("\n\n");
        md += QStringLiteral("| %1 | %2 | %3 | %4 | %5 | %6 | %7 |\n|---|---|---|---|---|---|---|\n")
                  .arg(tr("Kind of record"), tr("Record"), tr("Field"), tr("Before"), tr("Ours"), tr("Theirs"),
                       tr("Resolution"));
        for (const MergeConflict &c : conflicts) {
            const QString field = c.isRemoval() ? (c.kind == MergeConflict::Kind::EditedRemoved
                                                       ? tr("changed in ours, removed in theirs")
                                                       : tr("removed in ours, changed in theirs"))
                                                : c.fieldLabel;
            md += QStringLiteral("| %1 | %2 | %3 | %4 | %5 | %6 | %7 |\n")
                      .arg(cell(tableLabel(c.table)), cell(c.recordLabel), cell(field),
                           cell(c.hasBase ? c.shown(c.base) : tr("(unknown)")), cell(c.shown(c.ours)),
                           cell(c.shown(c.theirs)), cell(resolutionText(c)));
        }
        md += QLatin1Char('\n');
    }
    return md;
}

namespace {

// The report as toJson() gives it, its records of each kind (`tables`) as given.
QJsonObject reportObject(const MergeReport &report, const QJsonValue &tables)
{
    QJsonArray conflictList;
    for (const MergeConflict &c : report.conflicts) {
        QJsonObject names; // a reference's values: the records they name
        for (auto it = c.names.cbegin(); it != c.names.cend(); ++it)
            names.insert(it.key(), it.value());
        QJsonObject entry{
            {QStringLiteral("kind"), kindText(c.kind)},
            {QStringLiteral("table"), c.table},
            {QStringLiteral("uid"), c.recordUid},
            {QStringLiteral("label"), c.recordLabel},
            {QStringLiteral("field"), c.field},
            {QStringLiteral("field_label"), c.fieldLabel},
            {QStringLiteral("has_base"), c.hasBase},
            {QStringLiteral("base"), jsonValue(c.base)},
            {QStringLiteral("ours"), jsonValue(c.ours)},
            {QStringLiteral("theirs"), jsonValue(c.theirs)},
            {QStringLiteral("resolution"), choiceText(c.resolution.choice)},
            {QStringLiteral("resolved_by"), c.resolution.by},
            {QStringLiteral("value"), jsonValue(c.resolution.value)},
        };
        if (!names.isEmpty())
            entry.insert(QStringLiteral("names"), names);
        conflictList.append(entry);
    }
    return QJsonObject{
        {QStringLiteral("ours"), report.oursPath},
        {QStringLiteral("theirs"), report.theirsPath},
        {QStringLiteral("common_ancestor"), report.commonAncestor},
        {QStringLiteral("dry_run"), report.dryRun},
        {QStringLiteral("written"), report.written},
        {QStringLiteral("backup"), report.backupPath},
        {QStringLiteral("added"), report.addedCount()},
        {QStringLiteral("changed"), report.changedCount()},
        {QStringLiteral("removed"), report.removedCount()},
        {QStringLiteral("unresolved"), report.unresolvedCount()},
        {QStringLiteral("activity_added"), report.activityAdded},
        {QStringLiteral("tables"), tables},
        {QStringLiteral("conflicts"), conflictList},
        {QStringLiteral("notes"), QJsonArray::fromStringList(report.notes)},
        {QStringLiteral("problems"), QJsonArray::fromStringList(report.problems)},
    };
}

// A string as QJsonDocument writes it: UTF-8; quotes, backslashes and control characters escaped
// (\b \f \n \r \t, else \u00xx); a surrogate without its pair as \uxxxx.
void appendJsonString(QByteArray &out, const QString &text)
{
    static constexpr char hex[] = "0123456789abcdef";
    const auto escape = [&](char16_t u) {
        out += "\\u";
        for (int shift = 12; shift >= 0; shift -= 4)
            out += hex[(u >> shift) & 0xf];
    };
    out += '"';
    const char16_t *const begin = reinterpret_cast<const char16_t *>(text.constData());
    const char16_t *const end = begin + text.size();
    for (const char16_t *p = begin; p != end; ++p) {
        const char16_t u = *p;
        if (u < 0x80) {
            switch (u) {
            case '"': out += "\\\""; break;
            case '\\': out += "\\\\"; break;
            case '\b': out += "\\b"; break;
            case '\f': out += "\\f"; break;
            case '\n': out += "\\n"; break;
            case '\r': out += "\\r"; break;
            case '\t': out += "\\t"; break;
            default:
                if (u < 0x20)
                    escape(u);
                else
                    out += char(u);
            }
        } else if (u < 0x800) {
            out += char(0xc0 | (u >> 6));
            out += char(0x80 | (u & 0x3f));
        } else if (QChar::isHighSurrogate(u) && p + 1 != end && QChar::isLowSurrogate(p[1])) {
            const char32_t c = QChar::surrogateToUcs4(u, p[1]);
            ++p;
            out += char(0xf0 | (c >> 18));
            out += char(0x80 | ((c >> 12) & 0x3f));
            out += char(0x80 | ((c >> 6) & 0x3f));
            out += char(0x80 | (c & 0x3f));
        } else if (QChar::isSurrogate(u)) {
            escape(u);
        } else {
            out += char(0xe0 | (u >> 12));
            out += char(0x80 | ((u >> 6) & 0x3f));
            out += char(0x80 | (u & 0x3f));
        }
    }
    out += '"';
}

// The records of each kind as QJsonDocument indents them, the object standing at `level`.
void appendTables(QByteArray &out, const std::map<QString, MergeReport::KindChanges> &tables, int level)
{
    const auto indent = [&](int depth) { out.append(4 * depth, ' '); };
    const auto records = [&](const QList<MergedRecord> &list, int depth) {
        out += "[\n";
        for (qsizetype i = 0; i < list.size(); ++i) {
            indent(depth + 1);
            out += "{\n";
            indent(depth + 2);
            out += "\"label\": ";
            appendJsonString(out, list[i].label);
            out += ",\n";
            indent(depth + 2);
            out += "\"uid\": ";
            appendJsonString(out, list[i].uid);
            out += '\n';
            indent(depth + 1);
            out += i + 1 < list.size() ? "},\n" : "}\n";
        }
        indent(depth);
        out += ']';
    };
    out += "{\n";
    for (auto it = tables.cbegin(); it != tables.cend(); ++it) {
        indent(level + 1);
        appendJsonString(out, it->first);
        out += ": {\n";
        indent(level + 2);
        out += "\"added\": ";
        records(it->second.added, level + 2);
        out += ",\n";
        indent(level + 2);
        out += "\"changed\": ";
        records(it->second.changed, level + 2);
        out += ",\n";
        indent(level + 2);
        out += "\"removed\": ";
        records(it->second.removed, level + 2);
        out += '\n';
        indent(level + 1);
        out += std::next(it) != tables.cend() ? "},\n" : "}\n";
    }
    indent(level);
    out += '}';
}

} // namespace

QJsonObject MergeReport::toJson() const
{
    QJsonObject kinds;
    for (const auto &[table, changes] : tables) {
        const auto list = [](const QList<MergedRecord> &records) {
            QJsonArray array;
            for (const MergedRecord &r : records)
                array.append(QJsonObject{{QStringLiteral("uid"), r.uid}, {QStringLiteral("label"), r.label}});
            return array;
        };
        kinds.insert(table, QJsonObject{{QStringLiteral("added"), list(changes.added)},
                                        {QStringLiteral("changed"), list(changes.changed)},
                                        {QStringLiteral("removed"), list(changes.removed)}});
    }
    return reportObject(*this, kinds);
}

QByteArray MergeReport::toJsonText() const
{
    // QJsonDocument's own text, the records of each kind (a large merge's thousands) written here
    // in its very form (MergeTest holds the two the same), at the place it gives a stand-in.
    const QString standIn(QChar(1));
    QByteArray text = QJsonDocument(reportObject(*this, standIn)).toJson(QJsonDocument::Indented);
    // The stand-in's line as Qt writes it (from its newline to its closing quote), found once in the
    // report: every other newline in the text is Qt's own, between keys.
    const QByteArray alone = QJsonDocument(QJsonObject{{QStringLiteral("tables"), standIn}}).toJson(QJsonDocument::Indented);
    const QByteArray place = alone.mid(1, alone.lastIndexOf('"'));
    const qsizetype at = text.indexOf(place);
    if (at < 0)
        return QJsonDocument(toJson()).toJson(QJsonDocument::Indented); // not Qt's form as known here
    QByteArray tablesText;
    tablesText.reserve(160 * (qsizetype(addedCount()) + changedCount() + removedCount()) + 64);
    appendTables(tablesText, tables, 1);
    const qsizetype valueAt = at + place.indexOf(": ") + 2;
    text.replace(valueAt, at + place.size() - valueAt, tablesText);
    return text;
}

} // namespace forumdesk
