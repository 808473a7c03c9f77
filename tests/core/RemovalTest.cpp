// SPDX-License-Identifier: GPL-3.0-or-later
// What removing a record takes with it, and how undoing the removal gives it all back: the rules
// of core/forum/MemberRemoval, core/plans/CommitmentRemoval and MilestoneRemoval, and
// core/meetings/AgendaItemRemoval and DecisionRemoval, on the sample forum where every record is
// named by others.
#include <catch2/catch.hpp>

#include "tests/support/TestSupport.h"
#include "core/forum/MemberRemoval.h"
#include "core/meetings/ActionItem.h"
#include "core/meetings/Agenda.h"
#include "core/meetings/AgendaItemRemoval.h"
#include "core/meetings/DecisionRemoval.h"
#include "core/plans/CommitmentRemoval.h"
#include "core/plans/MilestoneOrder.h"
#include "core/plans/MilestoneRemoval.h"
#include "core/sample/SampleForum.h"
#include "core/storage/ChangeLog.h"
#include "core/storage/Database.h"
#include "core/storage/Table.h"

using namespace forumdesk;

namespace {

// The file's rows but for the activity log, the change log and the tombstones, which keep the
// removal and the restoring.
test::FileRows records(ForumFile &file)
{
    test::FileRows rows = test::fileRows(file);
    rows.remove(QStringLiteral("activity"));
    for (const QString &bookkeeping : changelog::bookkeepingTables())
        rows.remove(bookkeeping);
    return rows;
}

qint64 firstId(ForumFile &file, const char *sql)
{
    const qint64 id = file.database().scalar(QString::fromLatin1(sql)).toLongLong();
    REQUIRE(id > 0);
    return id;
}

qint64 count(ForumFile &file, const QString &sql, qint64 id)
{
    return file.database().scalar(sql, {id}).toLongLong();
}

} // namespace

TEST_CASE("A removal takes what depends on the record, and its restoring gives every row back as it was",
          "[removal]")
{
    test::TempFolder folder;
    const std::unique_ptr<ForumFile> file = createSampleForum(folder.file(QStringLiteral("foro.ogpforum")));
    const test::FileRows before = records(*file);

    SECTION("a commitment: its milestones and their history, assessments, citations and links")
    {
        const qint64 id = firstId(*file, "SELECT id FROM commitment WHERE id IN (SELECT commitment_id FROM assessment) "
                                         "AND id IN (SELECT commitment_id FROM contribution_commitment) "
                                         "AND id IN (SELECT commitment_id FROM commitment_practice) ORDER BY id");
        const CommitmentRemoval removal = CommitmentRemoval::remove(*file, id);
        CHECK(removal.commitment().id == id);
        CHECK(count(*file, QStringLiteral("SELECT count(*) FROM milestone WHERE commitment_id = ?"), id) == 0);
        CHECK(count(*file, QStringLiteral("SELECT count(*) FROM contribution_commitment WHERE commitment_id = ?"), id) == 0);
        CHECK(test::differingTables(before, records(*file)) != QString());
        removal.restore(*file);
    }
    SECTION("a milestone: its history, and the others numbered again")
    {
        const qint64 id = firstId(*file, "SELECT id FROM milestone WHERE position = 0 AND id IN "
                                         "(SELECT milestone_id FROM progress_update) ORDER BY id");
        const MilestoneRemoval removal = MilestoneRemoval::remove(*file, id);
        const QList<Milestone> others = MilestoneOrder::of(*file, removal.milestone().commitmentId);
        REQUIRE_FALSE(others.isEmpty());
        CHECK(others.first().position == 0);
        CHECK(count(*file, QStringLiteral("SELECT count(*) FROM progress_update WHERE milestone_id = ?"), id) == 0);
        removal.restore(*file);
    }
    SECTION("an agenda item: the decisions taken on it stay, and name it again")
    {
        const qint64 id = firstId(*file, "SELECT id FROM agenda_item WHERE position = 0 AND id IN "
                                         "(SELECT agenda_item_id FROM decision) ORDER BY id");
        const AgendaItemRemoval removal = AgendaItemRemoval::remove(*file, id);
        CHECK(count(*file, QStringLiteral("SELECT count(*) FROM decision WHERE agenda_item_id = ?"), id) == 0);
        CHECK(Agenda::of(*file, removal.item().meetingId).value(0).position == 0);
        removal.restore(*file);
    }
    SECTION("a decision: its named votes, and the action items agreed with it stay")
    {
        const qint64 id = firstId(*file, "SELECT id FROM decision WHERE id IN (SELECT decision_id FROM vote) AND id IN "
                                         "(SELECT decision_id FROM action_item) ORDER BY id");
        const qint64 items = Table<ActionItem>(*file).count(QStringLiteral("decision_id IS NULL"));
        const DecisionRemoval removal = DecisionRemoval::remove(*file, id);
        CHECK_FALSE(removal.record().votes.isEmpty());
        CHECK(count(*file, QStringLiteral("SELECT count(*) FROM vote WHERE decision_id = ?"), id) == 0);
        CHECK(Table<ActionItem>(*file).count(QStringLiteral("decision_id IS NULL")) > items); // kept, unlinked
        removal.restore(*file);
    }
    SECTION("a member: the seats, attendance, votes and tasks that named them")
    {
        const qint64 id = firstId(*file, "SELECT id FROM member WHERE id IN (SELECT member_id FROM vote) AND id IN "
                                         "(SELECT owner_member_id FROM action_item) ORDER BY id");
        const MemberRemoval removal = MemberRemoval::remove(*file, id);
        CHECK(removal.referenceCount() > 0);
        CHECK(count(*file, QStringLiteral("SELECT count(*) FROM vote WHERE member_id = ?"), id) == 0);
        removal.restore(*file);
    }
    CHECK(test::differingTables(before, records(*file)) == QString());
    CHECK(file->verify().isEmpty());
}
