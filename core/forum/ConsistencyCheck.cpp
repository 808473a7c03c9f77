// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/forum/ConsistencyCheck.h"

#include "core/storage/Database.h"
#include "core/storage/ForumFile.h"

#include <QCoreApplication>

namespace forumdesk {

namespace {

struct DataRule {
    const char *sql;     // returns the columns the message's %1.. take, one row per problem
    const char *message; // translatable, context "ConsistencyCheck"
};

// Each rule selects the rows that break it. Kept as SQL so that a large forum is checked by the
// database in one pass per rule.
const DataRule kRules[] = {
    {"SELECT count(*) FROM forum HAVING count(*) <> 1",
     QT_TRANSLATE_NOOP("ConsistencyCheck", "the file has %1 forum records instead of one")},
    {"SELECT c.id, c.number, coalesce(c.start_on, ''), coalesce(c.end_on, ''), p.period_start, p.period_end "
     "FROM commitment c JOIN action_plan p ON p.id = c.plan_id "
     "WHERE c.start_on < p.period_start OR c.end_on > p.period_end ORDER BY c.id",
     QT_TRANSLATE_NOOP("ConsistencyCheck",
                       "commitment %1 (number %2) runs %3 to %4, outside its plan's period %5 to %6")},
    {"SELECT m.id, c.number, coalesce(m.start_on, ''), coalesce(m.end_on, ''), c.start_on, c.end_on "
     "FROM milestone m JOIN commitment c ON c.id = m.commitment_id "
     "WHERE m.start_on < c.start_on OR m.end_on > c.end_on ORDER BY m.id",
     QT_TRANSLATE_NOOP("ConsistencyCheck",
                       "milestone %1 of commitment %2 runs %3 to %4, outside the commitment's dates %5 to %6")},
    {"SELECT d.id, mt.title, d.votes_for + d.votes_against + d.votes_abstain, "
     "  (SELECT count(*) FROM attendance a JOIN member mb ON mb.id = a.member_id "
     "   WHERE a.meeting_id = d.meeting_id AND @SEAT_VOTING@ = 1 AND a.status IN ('present', 'remote', 'represented')) AS voters "
     "FROM decision d JOIN meeting mt ON mt.id = d.meeting_id "
     "WHERE d.method = 'vote' AND d.votes_for + d.votes_against + d.votes_abstain > voters ORDER BY d.id",
     QT_TRANSLATE_NOOP("ConsistencyCheck",
                       "decision %1 at “%2” counts %3 votes, but only %4 voting members were present")},
    {"SELECT id, status FROM contribution "
     "WHERE status IN ('incorporated', 'partially_incorporated', 'not_incorporated', 'duplicate') "
     "AND (response IS NULL OR trim(response) = '' OR responded_on IS NULL) ORDER BY id",
     QT_TRANSLATE_NOOP("ConsistencyCheck",
                       "contribution %1 is marked “%2” but has no reasoned response with its date")},
    {"SELECT m.id, m.title FROM meeting m LEFT JOIN meeting a ON a.id = m.approved_at_meeting_id "
     "WHERE m.status IN ('minutes_approved', 'published') AND (a.id IS NULL OR a.starts_at <= m.starts_at) "
     "ORDER BY m.id",
     QT_TRANSLATE_NOOP("ConsistencyCheck",
                       "the minutes of meeting %1 (“%2”) are marked approved, but no later meeting approving them is recorded")},
    {"SELECT id, name FROM member WHERE alternate_for = id ORDER BY id",
     QT_TRANSLATE_NOOP("ConsistencyCheck", "member %1 (%2) is recorded as their own alternate")},
    {"SELECT p.id, m.id, p.reported_on, m.start_on FROM progress_update p "
     "JOIN milestone m ON m.id = p.milestone_id WHERE p.reported_on < m.start_on ORDER BY p.id",
     QT_TRANSLATE_NOOP("ConsistencyCheck",
                       "progress update %1 of milestone %2 is dated %3, before the milestone starts (%4)")},
    {"SELECT meeting_id, count(*), max(position) FROM agenda_item GROUP BY meeting_id "
     "HAVING max(position) <> count(*) - 1 OR count(DISTINCT position) <> count(*) ORDER BY meeting_id",
     QT_TRANSLATE_NOOP("ConsistencyCheck",
                       "the agenda of meeting %1 is not numbered in order (%2 items, last position %3)")},
    {"SELECT commitment_id, count(*), max(position) FROM milestone GROUP BY commitment_id "
     "HAVING max(position) <> count(*) - 1 OR count(DISTINCT position) <> count(*) ORDER BY commitment_id",
     QT_TRANSLATE_NOOP("ConsistencyCheck",
                       "the milestones of commitment %1 are not numbered in order (%2 milestones, last position %3)")},
};

// Fills %1..%9 in one pass, so that a value holding "%2" (a title, say) is never filled in again.
QString fill(const QString &pattern, const QStringList &values)
{
    QString result;
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        const QChar c = pattern.at(i);
        if (c == QLatin1Char('%') && i + 1 < pattern.size() && pattern.at(i + 1).isDigit()) {
            const int index = pattern.at(i + 1).digitValue() - 1;
            if (index >= 0 && index < values.size()) {
                result += values.at(index);
                ++i;
                continue;
            }
        }
        result += c;
    }
    return result;
}

} // namespace

QStringList ConsistencyCheck::run(const ForumFile &file)
{
    const QStringList problems = file.verify();
    if (!problems.isEmpty())
        return problems; // data rules mean little on a damaged or altered file
    return dataRules(file);
}

QStringList ConsistencyCheck::dataRules(const ForumFile &file)
{
    QStringList problems;
    Database &db = file.database();
    // Whether a member present voted: what the attendance kept (format 5 on), else today's record.
    const QString seatVoting = file.schemaVersion() >= 5 ? QStringLiteral("(CASE WHEN a.role IS NOT NULL THEN a.voting ELSE mb.voting END)")
                                                         : QStringLiteral("mb.voting");
    for (const DataRule &rule : kRules) {
        Statement st = db.query(QString::fromLatin1(rule.sql).replace(QLatin1String("@SEAT_VOTING@"), seatVoting));
        while (st.next()) {
            QStringList values;
            for (int column = 0; column < st.columnCount(); ++column)
                values << st.value(column).toString();
            problems << fill(QCoreApplication::translate("ConsistencyCheck", rule.message), values);
        }
    }
    return problems;
}

} // namespace forumdesk
