// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/ChangeSet.h"

#include <QStringList>

#include <algorithm>

namespace forumdesk {

namespace {

// In the order of RecordKind.
constexpr std::array<const char *, kRecordKindCount> kTables = {
    "forum",        "member",   "eligibility_check", "joining_record", "action_plan",
    "commitment",   "milestone", "progress_update",  "meeting",        "agenda_item",
    "attendance",   "decision", "vote",              "action_item",    "contribution",
    "contribution_commitment", "assessment", "lesson", "commitment_practice", "intervention", "activity",
};

quint32 bit(RecordKind kind)
{
    return quint32(1) << int(kind);
}

} // namespace

QString tableOf(RecordKind kind)
{
    return QString::fromLatin1(kTables[std::size_t(kind)]);
}

std::optional<RecordKind> recordKindOf(QAnyStringView table)
{
    for (int i = 0; i < kRecordKindCount; ++i) {
        if (QAnyStringView::compare(table, QLatin1String(kTables[std::size_t(i)])) == 0)
            return RecordKind(i);
    }
    return std::nullopt;
}

ChangeSet ChangeSet::everything()
{
    ChangeSet all;
    all.m_everything = true;
    return all;
}

void ChangeSet::add(RecordKind kind, qint64 id)
{
    m_kinds |= bit(kind);
    m_ids[std::size_t(kind)].insert(id);
}

void ChangeSet::merge(const ChangeSet &other)
{
    m_everything = m_everything || other.m_everything;
    m_kinds |= other.m_kinds;
    for (std::size_t i = 0; i < m_ids.size(); ++i)
        m_ids[i].unite(other.m_ids[i]);
}

bool ChangeSet::touches(RecordKind kind) const
{
    return m_everything || (m_kinds & bit(kind)) != 0;
}

bool ChangeSet::touches(std::initializer_list<RecordKind> kinds) const
{
    return std::any_of(kinds.begin(), kinds.end(), [this](RecordKind kind) { return touches(kind); });
}

bool ChangeSet::touches(RecordKind kind, qint64 id) const
{
    return m_everything || m_ids[std::size_t(kind)].contains(id);
}

QList<RecordKind> ChangeSet::kinds() const
{
    QList<RecordKind> result;
    for (int i = 0; i < kRecordKindCount; ++i) {
        if (m_everything || (m_kinds & bit(RecordKind(i))))
            result << RecordKind(i);
    }
    return result;
}

QString ChangeSet::toString() const
{
    if (m_everything)
        return QStringLiteral("everything");
    QStringList parts;
    for (RecordKind kind : kinds()) {
        QList<qint64> ids = m_ids[std::size_t(kind)].values();
        std::sort(ids.begin(), ids.end());
        QStringList numbers;
        for (qint64 id : std::as_const(ids))
            numbers << QString::number(id);
        parts << tableOf(kind) + QLatin1Char(' ') + numbers.join(QStringLiteral(", "));
    }
    return parts.isEmpty() ? QStringLiteral("nothing") : parts.join(QStringLiteral("; "));
}

bool ChangeSet::operator==(const ChangeSet &other) const
{
    return m_everything == other.m_everything && m_kinds == other.m_kinds && m_ids == other.m_ids;
}

} // namespace forumdesk
