// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <map>

namespace forumdesk {

// How conflicts are settled when nobody chose: ask (leave them unresolved: nothing is written),
// keep ours, take theirs, or take the side whose record changed last.
enum class MergePrefer { Ask, Ours, Theirs, Newer };

// What was chosen for one conflict.
struct MergeResolution {
    enum class Choice { Unresolved, Ours, Theirs, Value };
    Choice choice = Choice::Unresolved;
    QVariant value; // for Value: the field's new value (a reference as the uid of the record it names)
    QString by;     // "ours", "theirs", "newer" (the policy), "default" (a removal against a change,
                    // answered by keeping the record) or "person" (a choice made in a review)

    static MergeResolution ours(const QString &by = QStringLiteral("person")) { return {Choice::Ours, {}, by}; }
    static MergeResolution theirs(const QString &by = QStringLiteral("person")) { return {Choice::Theirs, {}, by}; }
    static MergeResolution edited(const QVariant &value) { return {Choice::Value, value, QStringLiteral("person")}; }
};

// The same field changed differently on both sides, or a record removed on one side and changed on
// the other.
struct MergeConflict {
    enum class Kind {
        Field,         // the field changed on both sides (or, without a common ancestor, differs)
        EditedRemoved, // changed (or given new records under it) in ours, removed in theirs
        RemovedEdited, // removed in ours, changed in theirs
    };
    Kind kind = Kind::Field;
    QString table;
    QString recordUid;
    QString recordLabel;  // the record's name or title
    QString field;        // empty for a removal
    QString fieldLabel;   // translated
    bool hasBase = false; // the value both copies started from is known
    QVariant base;
    QVariant ours;        // for a removal: null on the side that removed it
    QVariant theirs;
    QString oursChangedAt;   // the record's updated_at, or the removal's time
    QString theirsChangedAt;
    // A reference field: the name of each record its values name, by uid (a uid means nothing to
    // a person).
    QHash<QString, QString> names;
    MergeResolution resolution;

    // What a resolution is looked up by (MergeOptions::resolutions): "table/uid/field".
    QString key() const { return table + QLatin1Char('/') + recordUid + QLatin1Char('/') + field; }
    bool isRemoval() const { return kind != Kind::Field; }
    // One of its values as a person reads it: the name of the record a reference names, "(empty)"
    // for nothing (MergeReport::shownValue).
    QString shown(const QVariant &value) const;
    // For a removal: whether the resolution keeps the record.
    bool keepsRecord() const;
};

// One record the merge added, changed or removed.
struct MergedRecord {
    QString uid;
    QString label;
};

// What a merge did (or, for a dry run or unresolved conflicts, would do).
class MergeReport {
    Q_DECLARE_TR_FUNCTIONS(MergeReport)

public:
    struct KindChanges {
        QList<MergedRecord> added, changed, removed;
    };

    QString oursPath;
    QString theirsPath;
    bool commonAncestor = false;
    bool dryRun = false;
    bool written = false;      // the merge was committed to ours
    QString backupPath;        // the copy of ours kept before writing
    std::map<QString, KindChanges> tables; // by table
    QList<MergeConflict> conflicts;
    QStringList notes;         // records matched by their natural key, records that could not be kept...
    QStringList problems;      // what the data rules found in the result (ConsistencyCheck)
    int activityAdded = 0;     // lines of theirs' activity log added to ours

    int unresolvedCount() const;
    int addedCount() const;
    int changedCount() const;
    int removedCount() const;
    bool isEmpty() const { return addedCount() + changedCount() + removedCount() == 0 && conflicts.isEmpty(); }

    // A few lines for a terminal or a message box.
    QString summary() const;
    // The whole report, as Markdown, in the user's language.
    QString toMarkdown() const;
    // The whole report for scripts (keys in English).
    QJsonObject toJson() const;
    // toJson() as QJsonDocument writes it, indented, byte for byte; written a few times faster (a
    // large merge reports thousands of records).
    QByteArray toJsonText() const;

    // A kind of record as a person names it ("commitment"), translated.
    static QString tableLabel(const QString &table);
    // A value as the report shows it ("(empty)" for nothing).
    static QString shownValue(const QVariant &value);
    // A field as a person names it ("Title"), translated; the column name when it has no label.
    static QString fieldLabel(const QString &table, const QString &column);
    QString resolutionText(const MergeConflict &conflict) const;
};

} // namespace forumdesk
