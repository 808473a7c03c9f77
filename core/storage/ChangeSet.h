// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QMetaType>
#include <QSet>
#include <QString>
#include <QAnyStringView>

#include <array>
#include <initializer_list>
#include <optional>

namespace forumdesk {

// Every kind of record a forum file keeps: one per table.
enum class RecordKind {
    Forum,
    Member,
    EligibilityCheck,
    JoiningRecord,
    ActionPlan,
    Commitment,
    Milestone,
    ProgressUpdate,
    Meeting,
    AgendaItem,
    Attendance,
    Decision,
    Vote,
    ActionItem,
    Contribution,
    ContributionLink,
    Assessment,
    Lesson,
    PracticeCitation,
    Intervention,
    Activity,
};
inline constexpr int kRecordKindCount = int(RecordKind::Activity) + 1;

// The table that keeps a kind, and back (nothing for tables that keep no records: the schema's own).
QString tableOf(RecordKind kind);
std::optional<RecordKind> recordKindOf(QAnyStringView table);

// What one edit changed: the kinds of record it wrote and, for each, the ids of the rows it
// created, changed or removed. Made by the storage layer from what a transaction actually wrote
// (Database::takeWritten), never declared by hand, so a view that listens for commitments hears of
// the commitment a removed milestone renumbered. "Everything" stands for changes nobody watched
// (an edit that failed half-way and was rolled back, the file reloaded): every view reloads.
class ChangeSet {
public:
    static ChangeSet everything();

    void add(RecordKind kind, qint64 id);
    void merge(const ChangeSet &other);

    bool isEmpty() const { return !m_everything && m_kinds == 0; }
    bool isEverything() const { return m_everything; }
    bool touches(RecordKind kind) const;
    bool touches(std::initializer_list<RecordKind> kinds) const;
    // True when the row with this id was written (always true for "everything").
    bool touches(RecordKind kind, qint64 id) const;
    QList<RecordKind> kinds() const;
    QSet<qint64> ids(RecordKind kind) const { return m_ids[std::size_t(kind)]; }

    // "member 3, 4; attendance 12", for tests and logs.
    QString toString() const;

    bool operator==(const ChangeSet &other) const;
    bool operator!=(const ChangeSet &other) const { return !(*this == other); }

private:
    quint32 m_kinds = 0;
    bool m_everything = false;
    std::array<QSet<qint64>, kRecordKindCount> m_ids;
};

} // namespace forumdesk

Q_DECLARE_METATYPE(forumdesk::ChangeSet)
