// SPDX-License-Identifier: GPL-3.0-or-later
// One home for each rule: the file's schema (core/storage/schema_v*.sql), the records' field
// descriptors (EntitySchema) and the Vocabulary lists they take their keys from agree, so a key
// the window offers is one the file accepts, and no column goes unread or unvalidated.
#include <catch2/catch.hpp>

#include "tests/support/TestSupport.h"
#include "core/cocreation/Contribution.h"
#include "core/cocreation/ContributionLink.h"
#include "core/evaluation/Assessment.h"
#include "core/forum/EligibilityCheck.h"
#include "core/forum/Forum.h"
#include "core/forum/JoiningRecord.h"
#include "core/forum/Member.h"
#include "core/forum/NewForum.h"
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
#include "core/storage/ChangeSet.h"
#include "core/storage/ChangeLog.h"
#include "core/storage/Database.h"
#include "core/storage/EntitySchema.h"
#include "core/forum/Vocabulary.h"
#include "core/forum/VocabularyKeys.h"

#include <QRegularExpression>

using namespace forumdesk;

namespace {

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

// The keys a column's CHECK rule lists ("status IN ('open', 'done')"); nothing when it lists none.
QStringList checkedKeys(const QString &tableSql, const QString &column)
{
    const QRegularExpression in(QStringLiteral("\\b%1 IN \\(([^)]*)\\)").arg(column));
    const QRegularExpressionMatch match = in.match(tableSql);
    QStringList keys;
    if (!match.hasMatch())
        return keys;
    const QRegularExpression quoted(QStringLiteral("'([^']*)'"));
    for (auto it = quoted.globalMatch(match.captured(1)); it.hasNext();)
        keys << it.next().captured(1);
    return keys;
}

template <class T>
void checkAgreement(Database &db, QStringList &tablesSeen)
{
    const EntitySchema<T> &schema = T::schema();
    INFO("table " << schema.table.toStdString());
    tablesSeen << schema.table;
    QStringList columns;
    auto st = db.query(QStringLiteral("SELECT name FROM pragma_table_info(?)"));
    st.bind(1, schema.table);
    while (st.next())
        columns << st.text(0);
    REQUIRE_FALSE(columns.isEmpty());
    // Every column has a field descriptor (or is the record's own id, uid and times).
    QStringList described{QStringLiteral("id"), QStringLiteral("uid"), QStringLiteral("created_at"),
                          QStringLiteral("updated_at")};
    for (const Field<T> &f : schema.fields)
        described << f.column;
    CHECK(sorted(columns) == sorted(described));
    // Every list of keys is the one the file's CHECK rule accepts.
    const QString sql = db.scalar(QStringLiteral("SELECT sql FROM sqlite_schema WHERE type = 'table' AND name = ?"),
                                  {schema.table})
                            .toString();
    for (const Field<T> &f : schema.fields) {
        if (f.type != FieldType::Enumeration)
            continue;
        INFO("column " << f.column.toStdString());
        CHECK_FALSE(f.allowed.isEmpty());
        CHECK(sorted(checkedKeys(sql, f.column)) == sorted(f.allowed));
    }
    // And views hear of the table's changes.
    CHECK(recordKindOf(schema.table).has_value());
}

} // namespace

TEST_CASE("The schema, the field descriptors and the vocabulary agree on every column and key", "[schema]")
{
    test::TempFolder folder;
    const std::unique_ptr<ForumFile> file = createForum(folder.file(QStringLiteral("f.ogpforum")), QStringLiteral("Foro"));
    Database &db = file->database();
    QStringList seen;
    checkAgreement<Forum>(db, seen);
    checkAgreement<Member>(db, seen);
    checkAgreement<EligibilityCheck>(db, seen);
    checkAgreement<JoiningRecord>(db, seen);
    checkAgreement<ActionPlan>(db, seen);
    checkAgreement<Commitment>(db, seen);
    checkAgreement<Milestone>(db, seen);
    checkAgreement<ProgressUpdate>(db, seen);
    checkAgreement<Meeting>(db, seen);
    checkAgreement<AgendaItem>(db, seen);
    checkAgreement<Attendance>(db, seen);
    checkAgreement<Decision>(db, seen);
    checkAgreement<Vote>(db, seen);
    checkAgreement<ActionItem>(db, seen);
    checkAgreement<Contribution>(db, seen);
    checkAgreement<ContributionLink>(db, seen);
    checkAgreement<Assessment>(db, seen);
    checkAgreement<Lesson>(db, seen);
    checkAgreement<PracticeCitation>(db, seen);
    checkAgreement<Intervention>(db, seen);
    // Every table of the file but the activity log is a record kind with its descriptors.
    QStringList tables;
    for (auto st = db.query(QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite%'"));
         st.next();)
        tables << st.text(0);
    tables.removeAll(QStringLiteral("activity"));
    // The change log, tombstones and merge state are bookkeeping about records (format 4), not kinds.
    for (const QString &bookkeeping : changelog::bookkeepingTables()) {
        CHECK(tables.removeAll(bookkeeping) == 1);
        CHECK_FALSE(recordKindOf(bookkeeping));
    }
    CHECK(sorted(tables) == sorted(seen));
}

namespace {

template <std::size_t N>
QStringList named(const QLatin1StringView (&keys)[N])
{
    QStringList result;
    for (QLatin1StringView k : keys)
        result << QString(k);
    return result;
}

} // namespace

TEST_CASE("The named keys that code compares with are the Vocabulary's keys, list by list", "[schema]")
{
    // The Vocabulary's lists are the schema's CHECK lists (above); the constants code uses for them
    // (key::MeetingStatus::Cancelled...) are these lists, so no comparison can name a key the file
    // does not accept.
    using L = Vocabulary::List;
    CHECK(named(key::Scope::all) == Vocabulary::keys(L::Scope));
    CHECK(named(key::Language::all) == Vocabulary::keys(L::Language));
    CHECK(named(key::DecisionRule::all) == Vocabulary::keys(L::DecisionRule));
    CHECK(named(key::Sector::all) == Vocabulary::keys(L::Sector));
    CHECK(named(key::Role::all) == Vocabulary::keys(L::Role));
    CHECK(named(key::Gender::all) == Vocabulary::keys(L::Gender));
    CHECK(named(key::EligibilityCriterion::all) == Vocabulary::keys(L::EligibilityCriterion));
    CHECK(named(key::PlanStage::all) == Vocabulary::keys(L::PlanStage));
    CHECK(named(key::Frontier::all) == Vocabulary::keys(L::Frontier));
    CHECK(named(key::ProgressStatus::all) == Vocabulary::keys(L::ProgressStatus));
    CHECK(named(key::MeetingKind::all) == Vocabulary::keys(L::MeetingKind));
    CHECK(named(key::MeetingStatus::all) == Vocabulary::keys(L::MeetingStatus));
    CHECK(named(key::AttendanceStatus::all) == Vocabulary::keys(L::AttendanceStatus));
    CHECK(named(key::DecisionMethod::all) == Vocabulary::keys(L::DecisionMethod));
    CHECK(named(key::Majority::all) == Vocabulary::keys(L::Majority));
    CHECK(named(key::DecisionOutcome::all) == Vocabulary::keys(L::DecisionOutcome));
    CHECK(named(key::VoteChoice::all) == Vocabulary::keys(L::VoteChoice));
    CHECK(named(key::ActionItemStatus::all) == Vocabulary::keys(L::ActionItemStatus));
    CHECK(named(key::ContributionChannel::all) == Vocabulary::keys(L::ContributionChannel));
    CHECK(named(key::ContributionStatus::all) == Vocabulary::keys(L::ContributionStatus));
    CHECK(named(key::AssessmentSource::all) == Vocabulary::keys(L::AssessmentSource));
    CHECK(named(key::PotentialResults::all) == Vocabulary::keys(L::PotentialResults));
    CHECK(named(key::PotentialImpact::all) == Vocabulary::keys(L::PotentialImpact));
    CHECK(named(key::Completion::all) == Vocabulary::keys(L::Completion));
    CHECK(named(key::OpenedGovernment::all) == Vocabulary::keys(L::OpenedGovernment));
    CHECK(named(key::LessonKind::all) == Vocabulary::keys(L::LessonKind));
    CHECK(named(key::PolicyArea::all) == Vocabulary::keys(L::PolicyArea));
}
