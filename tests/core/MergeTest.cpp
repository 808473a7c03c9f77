// SPDX-License-Identifier: GPL-3.0-or-later
// Merging two copies of one forum (core/merge/Merge.h): what each side changed lands, the same
// field changed differently is one conflict, references follow uids, removals cascade, and THEIRS
// is never changed.
#include <catch2/catch.hpp>

#include "tests/support/TestSupport.h"
#include "core/cocreation/Contribution.h"
#include "core/forum/ConsistencyCheck.h"
#include "core/forum/Forum.h"
#include "core/forum/Member.h"
#include "core/forum/MemberRemoval.h"
#include "core/forum/NewForum.h"
#include "core/implementation/ProgressUpdate.h"
#include "core/meetings/AgendaItem.h"
#include "core/meetings/AgendaItemRemoval.h"
#include "core/meetings/Attendance.h"
#include "core/meetings/Meeting.h"
#include "core/merge/Merge.h"
#include "core/plans/ActionPlan.h"
#include "core/plans/Commitment.h"
#include "core/plans/CommitmentRemoval.h"
#include "core/plans/Milestone.h"
#include "core/plans/MilestoneOrder.h"
#include "core/plans/MilestoneRemoval.h"
#include "core/sample/SampleForum.h"
#include "core/storage/ChangeLog.h"
#include "core/storage/Database.h"
#include "core/storage/ForumFile.h"
#include "core/storage/StorageError.h"
#include "core/storage/Table.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>

using namespace forumdesk;

namespace {

// Two copies of the small sample forum, as two people would hold them after one copied the file.
struct TwoCopies {
    test::TempFolder folder;
    QString oursPath = folder.file(QStringLiteral("ours.ogpforum"));
    QString theirsPath = folder.file(QStringLiteral("theirs.ogpforum"));
    std::unique_ptr<ForumFile> ours;
    std::unique_ptr<ForumFile> theirs;

    TwoCopies()
    {
        createSampleForum(oursPath)->saveCopy(theirsPath);
        ours = ForumFile::open(oursPath);
        theirs = ForumFile::open(theirsPath);
    }
    // THEIRS as the merge reads it: closed, as a file that arrived by e-mail.
    MergeReport merge(const MergeOptions &options = {})
    {
        theirs.reset();
        return mergeForums(*ours, theirsPath, options);
    }
};

MergeOptions prefer(MergePrefer p)
{
    MergeOptions options;
    options.prefer = p;
    return options;
}

template <class T>
T byUid(ForumFile &file, const QString &uid)
{
    const auto found = Table<T>(file).findByUid(uid);
    REQUIRE(found);
    return *found;
}

// Every record of a file by table and uid, references written as the uids they name, without
// local ids and times: what two files hold in common whatever their local numbering.
QMap<QString, QMap<QString, QString>> records(ForumFile &file)
{
    Database &db = file.database();
    QMap<QString, QMap<QString, QString>> all;
    for (const QString &table : changelog::recordTables(db)) {
        const QHash<QString, changelog::Reference> refs = changelog::referencesOf(db, table);
        QStringList columns;
        for (const QString &c : changelog::columnsOf(db, table)) {
            if (c == QLatin1String("id") || c == QLatin1String("created_at") || c == QLatin1String("updated_at"))
                continue;
            columns << (refs.contains(c) ? QStringLiteral("(SELECT uid FROM %1 WHERE id = t.%2)").arg(refs.value(c).table, c)
                                         : QStringLiteral("t.") + c);
        }
        Statement st = db.query(QStringLiteral("SELECT uid, %1 FROM %2 AS t").arg(columns.join(QStringLiteral(", ")), table));
        while (st.next()) {
            QStringList values;
            for (int i = 1; i < st.columnCount(); ++i)
                values << (st.isNull(i) ? QStringLiteral("NULL") : st.value(i).toString());
            all[table].insert(st.text(0), values.join(QLatin1Char('|')));
        }
    }
    return all;
}

qint64 countWhere(ForumFile &file, const QString &sql, const QVariantList &binds = {})
{
    return file.database().scalar(sql, binds).toLongLong();
}

// Merging the same copy again: nothing asked, nothing written, every row as it was.
void checkMergingAgainChangesNothing(ForumFile &ours, const QString &theirsPath)
{
    const test::FileRows before = test::fileRows(ours);
    const MergeReport again = mergeForums(ours, theirsPath);
    INFO(again.toMarkdown().toStdString());
    CHECK(again.conflicts.isEmpty());
    CHECK(again.isEmpty());
    CHECK_FALSE(again.written);
    CHECK(test::differingTables(before, test::fileRows(ours)).isEmpty());
}

} // namespace

TEST_CASE("Edits on both sides to different fields and records all land, and THEIRS is not changed", "[merge]")
{
    TwoCopies copies;
    Commitment mine = Table<Commitment>(*copies.ours).list().first();
    mine.title = QStringLiteral("Datos abiertos de contratos, edición de Ana");
    Table<Commitment>(*copies.ours).update(mine);

    Commitment same = Table<Commitment>(*copies.theirs).get(mine.id);
    same.leadAgency = QStringLiteral("Oficina de Compras Públicas");
    Table<Commitment>(*copies.theirs).update(same);
    Member member = Table<Member>(*copies.theirs).list().first();
    member.email = QStringLiteral("nuevo@correo.example");
    Table<Member>(*copies.theirs).update(member);

    copies.theirs.reset();
    const QByteArray theirsBefore = test::fileHash(copies.theirsPath);
    const MergeReport report = copies.merge();
    CHECK(report.commonAncestor);
    CHECK(report.conflicts.isEmpty());
    CHECK(report.written);
    CHECK(QFile::exists(report.backupPath));
    CHECK(report.changedCount() == 2);

    const Commitment merged = byUid<Commitment>(*copies.ours, mine.uid);
    CHECK(merged.title == QStringLiteral("Datos abiertos de contratos, edición de Ana"));
    CHECK(merged.leadAgency == QStringLiteral("Oficina de Compras Públicas"));
    CHECK(byUid<Member>(*copies.ours, member.uid).email == QStringLiteral("nuevo@correo.example"));
    // THEIRS is exactly as it was, and nothing was left beside it.
    CHECK(test::fileHash(copies.theirsPath) == theirsBefore);
    CHECK_FALSE(QFile::exists(copies.theirsPath + QStringLiteral(".lock")));
    CHECK_FALSE(QFile::exists(copies.theirsPath + QStringLiteral("-journal")));
    // The merge is one line of the activity log.
    CHECK(countWhere(*copies.ours, QStringLiteral("SELECT count(*) FROM activity WHERE action = 'import' AND summary LIKE 'Merged %'")) == 1);
    // The result passes every check forumdesk-cli check runs.
    CHECK(copies.ours->verify().isEmpty());
    CHECK(ConsistencyCheck::run(*copies.ours).isEmpty());
}

TEST_CASE("The same field changed differently on both sides is exactly one conflict with its three values", "[merge]")
{
    TwoCopies copies;
    Commitment base = Table<Commitment>(*copies.ours).list().first();
    Commitment mine = base;
    mine.title = QStringLiteral("Título de Ana");
    Table<Commitment>(*copies.ours).update(mine);
    Commitment theirs = Table<Commitment>(*copies.theirs).get(base.id);
    theirs.title = QStringLiteral("Título de Luis");
    Table<Commitment>(*copies.theirs).update(theirs);
    copies.theirs.reset();

    SECTION("without a preference nothing is written and the conflict is listed")
    {
        const test::FileRows before = test::fileRows(*copies.ours);
        const MergeReport report = copies.merge();
        REQUIRE(report.conflicts.size() == 1);
        const MergeConflict &c = report.conflicts.first();
        CHECK(c.kind == MergeConflict::Kind::Field);
        CHECK(c.recordUid == base.uid);
        CHECK(c.field == QStringLiteral("title"));
        CHECK(c.fieldLabel == QStringLiteral("Title"));
        CHECK(c.hasBase);
        CHECK(c.base.toString() == base.title);
        CHECK(c.ours.toString() == QStringLiteral("Título de Ana"));
        CHECK(c.theirs.toString() == QStringLiteral("Título de Luis"));
        CHECK(report.unresolvedCount() == 1);
        CHECK_FALSE(report.written);
        CHECK(report.backupPath.isEmpty());
        CHECK(test::differingTables(before, test::fileRows(*copies.ours)).isEmpty());
        CHECK(report.toMarkdown().contains(QStringLiteral("Título de Luis")));
        CHECK(report.toJson().value(QStringLiteral("unresolved")).toInt() == 1);
    }
    SECTION("preferring theirs takes theirs, and the losing value is kept in the report and the log")
    {
        const MergeReport report = copies.merge(prefer(MergePrefer::Theirs));
        REQUIRE(report.conflicts.size() == 1);
        CHECK(report.unresolvedCount() == 0);
        CHECK(byUid<Commitment>(*copies.ours, base.uid).title == QStringLiteral("Título de Luis"));
        CHECK(countWhere(*copies.ours, QStringLiteral("SELECT count(*) FROM activity WHERE action = 'import' "
                                                      "AND summary LIKE '%Título de Ana%'")) == 1);
    }
    SECTION("a person's edited value wins over the policy")
    {
        MergeOptions options = prefer(MergePrefer::Ours);
        options.resolve = [](const MergeConflict &) { return MergeResolution::edited(QStringLiteral("Título acordado")); };
        copies.merge(options);
        CHECK(byUid<Commitment>(*copies.ours, base.uid).title == QStringLiteral("Título acordado"));
    }
}

TEST_CASE("A conflict over a reference shows the records it names, not their uids", "[merge]")
{
    TwoCopies copies;
    const QList<Member> members = Table<Member>(*copies.ours).list();
    REQUIRE(members.size() >= 3);
    Meeting meeting = Table<Meeting>(*copies.ours).list().first();
    QList<Member> others; // neither chairs it now
    for (const Member &m : members)
        if (m.id != meeting.chairMemberId)
            others << m;
    const Member mine = others.at(0), yours = others.at(1);
    meeting.chairMemberId = mine.id;
    Table<Meeting>(*copies.ours).update(meeting);
    Meeting theirs = byUid<Meeting>(*copies.theirs, meeting.uid);
    theirs.chairMemberId = byUid<Member>(*copies.theirs, yours.uid).id;
    Table<Meeting>(*copies.theirs).update(theirs);
    const MergeReport report = copies.merge();
    REQUIRE(report.conflicts.size() == 1);
    const MergeConflict &c = report.conflicts.first();
    CHECK(c.ours.toString() == mine.uid); // what is written stays a uid
    CHECK(c.shown(c.ours) == mine.name);
    CHECK(c.shown(c.theirs) == yours.name);
    const QString markdown = report.toMarkdown();
    CHECK(markdown.contains(mine.name));
    CHECK(markdown.contains(yours.name));
    CHECK_FALSE(markdown.contains(yours.uid));
    CHECK(report.toJson().value(QStringLiteral("conflicts")).toArray().first().toObject()
              .value(QStringLiteral("names")).toObject().value(yours.uid).toString() == yours.name);
}

// forumdesk-cli merge --report R.json writes toJsonText(): scripts read it as they read toJson().
TEST_CASE("The merge report's JSON text is the one QJsonDocument writes, byte for byte", "[merge][report]")
{
    const auto asQt = [](const MergeReport &report) { return QJsonDocument(report.toJson()).toJson(QJsonDocument::Indented); };
    MergeReport report;
    SECTION("an empty report")
    {
        CHECK(report.toJsonText() == asQt(report));
    }
    SECTION("every character a label can hold, and every shape of the lists")
    {
        // Every UTF-16 code unit on its own (controls, quotes, backslash, accents, CJK, lone surrogates)...
        QList<MergedRecord> all;
        for (char32_t u = 0; u <= 0xffff; u += 97) {
            QString label;
            for (char32_t v = u; v < u + 97 && v <= 0xffff; ++v)
                label += QChar(char16_t(v));
            all << MergedRecord{QStringLiteral("uid-%1").arg(quint32(u)), label};
        }
        // ...pairs, a pair's halves apart or swapped, and text a person types.
        all << MergedRecord{QStringLiteral("a"), QStringLiteral("🌎 会议 ñandú \"citado\" C:\\ruta\ttab\r\n=SUM(A1) <b>")}
            << MergedRecord{QStringLiteral("b"), QString(QChar(0xd83c)) + QStringLiteral("x") + QChar(0xdf0e) + QChar(0xdf0e) + QChar(0xd83c)}
            << MergedRecord{QString(), QString()} << MergedRecord{QStringLiteral("\u0001"), QStringLiteral("\u007f\u0080\u07ff\u0800")};
        report.tables[QStringLiteral("commitment")].changed = all;
        report.tables[QStringLiteral("milestone")].added = all.mid(0, 1);
        report.tables[QStringLiteral("milestone")].removed = all.mid(1, 2);
        report.tables[QStringLiteral("vote")]; // a kind with nothing in it
        report.oursPath = QStringLiteral("/tmp/forum \"a\".ogpforum");
        report.notes << QStringLiteral("nota\n") << QString(QChar(0xdc00));
        report.activityAdded = 3;
        report.written = true;
        MergeConflict conflict;
        conflict.table = QStringLiteral("commitment");
        conflict.field = QStringLiteral("title");
        conflict.ours = QStringLiteral("Título");
        conflict.theirs = 2.5;
        conflict.base = qint64(1) << 40;
        report.conflicts << conflict;
        const QByteArray text = report.toJsonText();
        CHECK(text == asQt(report));
        CHECK(QJsonDocument::fromJson(text).object().value(QStringLiteral("tables")).toObject().value(QStringLiteral("commitment"))
                  .toObject().value(QStringLiteral("changed")).toArray().size() == all.size());
    }
}

TEST_CASE("A field that differs with no log entry on either side is asked about, even when only ours logged other changes of the record", "[merge]")
{
    TwoCopies copies;
    Commitment base = Table<Commitment>(*copies.ours).list().first();
    // Ours changes the title, logged as every edit is.
    Commitment mine = base;
    mine.title = QStringLiteral("Título de Ana");
    Table<Commitment>(*copies.ours).update(mine);
    // Theirs holds another budget that no log of its own names: as a value taken in by a merge
    // with a copy of format 3 is, or an edit made before the copy reached format 4.
    copies.theirs->database().exec(QStringLiteral("INSERT INTO merge_state (id, theirs) VALUES (1, '')"));
    copies.theirs->database().exec(QStringLiteral("UPDATE commitment SET budget = 'USD 9', updated_at = '2026-01-02T03:04:05Z' WHERE id = %1").arg(base.id));
    copies.theirs->database().exec(QStringLiteral("DELETE FROM merge_state"));
    REQUIRE(countWhere(*copies.theirs, QStringLiteral("SELECT count(*) FROM change_log WHERE row_uid = '%1'").arg(base.uid)) == 0);

    const MergeReport report = copies.merge();
    REQUIRE(report.conflicts.size() == 1);
    CHECK(report.conflicts.first().recordUid == base.uid);
    CHECK(report.conflicts.first().field == QStringLiteral("budget"));
    CHECK(report.conflicts.first().theirs.toString() == QStringLiteral("USD 9"));
    CHECK_FALSE(report.written);
}

TEST_CASE("The same change on both sides is no conflict", "[merge]")
{
    TwoCopies copies;
    Member a = Table<Member>(*copies.ours).list().first();
    a.phone = QStringLiteral("+51 1 555 0101");
    Table<Member>(*copies.ours).update(a);
    Member b = Table<Member>(*copies.theirs).get(a.id);
    b.phone = QStringLiteral("+51 1 555 0101");
    Table<Member>(*copies.theirs).update(b);
    const MergeReport report = copies.merge();
    CHECK(report.conflicts.isEmpty());
    CHECK(byUid<Member>(*copies.ours, a.uid).phone == QStringLiteral("+51 1 555 0101"));
}

TEST_CASE("Records new on both sides are kept, their references translated through uids", "[merge]")
{
    TwoCopies copies;
    // Ours: a new member (it takes the next local id).
    Member ana = test::makeMember(QStringLiteral("Ana Nueva"));
    Table<Member>(*copies.ours).create(ana);
    // Theirs: another new member at the same local id, a new meeting where they attended, and a
    // new commitment in an existing plan with milestones and progress.
    Member luis = test::makeMember(QStringLiteral("Luis Nuevo"), QStringLiteral("government"));
    Table<Member>(*copies.theirs).create(luis);
    CHECK(luis.id == ana.id);
    const ActionPlan plan = Table<ActionPlan>(*copies.theirs).list().first();
    Meeting meeting;
    meeting.planId = plan.id;
    meeting.title = QStringLiteral("Sesión extraordinaria");
    meeting.startsAt = QDateTime(QDate(2026, 3, 10), QTime(10, 0));
    meeting.endsAt = QDateTime(QDate(2026, 3, 10), QTime(12, 0));
    Table<Meeting>(*copies.theirs).create(meeting);
    Attendance attendance;
    attendance.meetingId = meeting.id;
    attendance.memberId = luis.id;
    attendance.name = luis.name;
    attendance.sector = luis.sector;
    Table<Attendance>(*copies.theirs).create(attendance);
    Commitment commitment;
    commitment.planId = plan.id;
    commitment.number = QStringLiteral("99");
    commitment.title = QStringLiteral("Compromiso nuevo de Luis");
    Table<Commitment>(*copies.theirs).create(commitment);
    QStringList milestoneUids;
    for (int i = 0; i < 2; ++i) {
        Milestone m;
        m.commitmentId = commitment.id;
        m.position = i;
        m.activity = QStringLiteral("Hito %1").arg(i + 1);
        Table<Milestone>(*copies.theirs).create(m);
        milestoneUids << m.uid;
        ProgressUpdate p;
        p.milestoneId = m.id;
        p.reportedOn = QDate(2026, 4, 1);
        p.percent = 20 * (i + 1);
        Table<ProgressUpdate>(*copies.theirs).create(p);
    }

    const MergeReport report = copies.merge();
    CHECK(report.conflicts.isEmpty());
    CHECK(report.tables.at(QStringLiteral("member")).added.size() == 1);
    CHECK(report.tables.at(QStringLiteral("milestone")).added.size() == 2);
    ForumFile &ours = *copies.ours;
    const Member ana2 = byUid<Member>(ours, ana.uid);
    const Member luis2 = byUid<Member>(ours, luis.uid);
    CHECK(ana2.name == QStringLiteral("Ana Nueva"));
    CHECK(luis2.name == QStringLiteral("Luis Nuevo"));
    CHECK(luis2.id != ana2.id);
    const Meeting meeting2 = byUid<Meeting>(ours, meeting.uid);
    CHECK(meeting2.planId == byUid<ActionPlan>(ours, plan.uid).id);
    const Attendance attendance2 = byUid<Attendance>(ours, attendance.uid);
    CHECK(attendance2.meetingId == meeting2.id);
    CHECK(attendance2.memberId == luis2.id); // not Ana, who has Luis's id in theirs
    const Commitment commitment2 = byUid<Commitment>(ours, commitment.uid);
    CHECK(commitment2.planId == byUid<ActionPlan>(ours, plan.uid).id);
    for (const QString &uid : milestoneUids) {
        const Milestone m = byUid<Milestone>(ours, uid);
        CHECK(m.commitmentId == commitment2.id);
        CHECK(Table<ProgressUpdate>(ours).count(QStringLiteral("milestone_id = ?"), {m.id}) == 1);
    }
    CHECK(ours.verify().isEmpty());
    CHECK(ConsistencyCheck::run(ours).isEmpty());
}

TEST_CASE("A record added on both sides under the same natural key is merged as one", "[merge]")
{
    TwoCopies copies;
    // The same member marked at the same meeting on both sides: attendance is unique per meeting and member.
    const Meeting meeting = Table<Meeting>(*copies.ours).list().first();
    Member member = test::makeMember(QStringLiteral("Rosa Invitada"));
    Table<Member>(*copies.ours).create(member);
    {
        // Theirs gets the same member by a merge of ours first, as colleagues would.
        copies.ours.reset();
        auto theirs = std::move(copies.theirs);
        mergeForums(*theirs, copies.oursPath);
        copies.theirs = std::move(theirs);
        copies.ours = ForumFile::open(copies.oursPath);
    }
    const qint64 theirsMember = byUid<Member>(*copies.theirs, member.uid).id;
    const qint64 theirsMeeting = byUid<Meeting>(*copies.theirs, meeting.uid).id;
    for (ForumFile *file : {copies.ours.get(), copies.theirs.get()}) {
        Attendance a;
        a.meetingId = file == copies.ours.get() ? meeting.id : theirsMeeting;
        a.memberId = file == copies.ours.get() ? member.id : theirsMember;
        a.name = member.name;
        a.sector = member.sector;
        a.status = file == copies.ours.get() ? QStringLiteral("present") : QStringLiteral("remote");
        Table<Attendance>(*file).create(a);
    }
    const MergeReport report = copies.merge(prefer(MergePrefer::Theirs));
    CHECK(report.notes.join(QLatin1Char(' ')).contains(QStringLiteral("added on both sides")));
    REQUIRE(report.conflicts.size() == 1);
    CHECK(report.conflicts.first().field == QStringLiteral("status"));
    CHECK_FALSE(report.conflicts.first().hasBase);
    const auto rows = Table<Attendance>(*copies.ours).list(QStringLiteral("meeting_id = ? AND member_id = ?"), {meeting.id, member.id});
    REQUIRE(rows.size() == 1);
    CHECK(rows.first().status == QStringLiteral("remote"));
}

TEST_CASE("A removal on one side goes through, and against an edit on the other it is a conflict", "[merge]")
{
    TwoCopies copies;
    const Commitment commitment = Table<Commitment>(*copies.ours).list().first();
    const qint64 milestones = Table<Milestone>(*copies.ours).count(QStringLiteral("commitment_id = ?"), {commitment.id});
    REQUIRE(milestones > 0);

    SECTION("removed in theirs, untouched in ours: removed with what it held")
    {
        CommitmentRemoval::remove(*copies.theirs, commitment.id);
        const MergeReport report = copies.merge();
        CHECK(report.conflicts.isEmpty());
        CHECK_FALSE(Table<Commitment>(*copies.ours).findByUid(commitment.uid));
        CHECK(Table<Milestone>(*copies.ours).count(QStringLiteral("commitment_id = ?"), {commitment.id}) == 0);
        CHECK(report.tables.at(QStringLiteral("commitment")).removed.size() == 1);
        CHECK(report.tables.at(QStringLiteral("milestone")).removed.size() == milestones);
        CHECK(copies.ours->verify().isEmpty());
        CHECK(ConsistencyCheck::run(*copies.ours).isEmpty());
    }
    SECTION("removed in theirs, edited in ours: a conflict that keeps the record by default")
    {
        Commitment edited = commitment;
        edited.budget = QStringLiteral("USD 120 000");
        Table<Commitment>(*copies.ours).update(edited);
        CommitmentRemoval::remove(*copies.theirs, commitment.id);
        const MergeReport asked = copies.merge();
        REQUIRE(asked.conflicts.size() == 1);
        CHECK(asked.conflicts.first().kind == MergeConflict::Kind::EditedRemoved);
        CHECK_FALSE(asked.written);
        const MergeReport report = mergeForums(*copies.ours, copies.theirsPath, prefer(MergePrefer::Newer));
        CHECK(report.written);
        CHECK(byUid<Commitment>(*copies.ours, commitment.uid).budget == QStringLiteral("USD 120 000"));
        CHECK(Table<Milestone>(*copies.ours).count(QStringLiteral("commitment_id = ?"), {commitment.id}) == milestones);
        // Theirs' tombstone stays beside the record kept: the memory of the answer.
        CHECK(countWhere(*copies.ours, QStringLiteral("SELECT count(*) FROM tombstone WHERE uid = ?"), {commitment.uid}) == 1);
        CHECK(copies.ours->verify().isEmpty());
        CHECK(ConsistencyCheck::run(*copies.ours).isEmpty());
    }
    SECTION("removed in ours, a milestone added to it in theirs: a conflict; keeping puts it back whole")
    {
        CommitmentRemoval::remove(*copies.ours, commitment.id);
        Milestone added;
        added.commitmentId = commitment.id;
        added.position = int(milestones);
        added.activity = QStringLiteral("Hito añadido por Luis");
        Table<Milestone>(*copies.theirs).create(added);
        const MergeReport report = copies.merge(prefer(MergePrefer::Newer));
        REQUIRE(report.conflicts.size() == 1);
        CHECK(report.conflicts.first().kind == MergeConflict::Kind::RemovedEdited);
        const Commitment back = byUid<Commitment>(*copies.ours, commitment.uid);
        CHECK(Table<Milestone>(*copies.ours).count(QStringLiteral("commitment_id = ?"), {back.id}) == milestones + 1);
        CHECK(copies.ours->verify().isEmpty());
    }
}

TEST_CASE("A removal answered by keeping the record is not asked about again, on either side", "[merge]")
{
    TwoCopies copies;
    const Commitment commitment = Table<Commitment>(*copies.ours).list().first();
    Commitment edited = commitment;
    edited.budget = QStringLiteral("USD 120 000");
    Table<Commitment>(*copies.ours).update(edited);
    CommitmentRemoval::remove(*copies.theirs, commitment.id);
    copies.theirs.reset();
    MergeOptions keep;
    keep.resolve = [](const MergeConflict &c) -> std::optional<MergeResolution> {
        CHECK(c.kind == MergeConflict::Kind::EditedRemoved);
        return MergeResolution::ours(QStringLiteral("review"));
    };
    const MergeReport first = mergeForums(*copies.ours, copies.theirsPath, keep);
    REQUIRE(first.conflicts.size() == 1);
    REQUIRE(first.written);

    // The same copy again: the removal was answered, nothing is asked or written.
    checkMergingAgainChangesNothing(*copies.ours, copies.theirsPath);
    CHECK(byUid<Commitment>(*copies.ours, commitment.uid).budget == QStringLiteral("USD 120 000"));

    // Theirs, which removed it, is asked once whether to take the commitment back; its answer
    // (keep it removed) stands too.
    copies.ours.reset();
    auto theirs = ForumFile::open(copies.theirsPath);
    MergeOptions stayRemoved;
    stayRemoved.resolve = [](const MergeConflict &c) -> std::optional<MergeResolution> {
        CHECK(c.kind == MergeConflict::Kind::RemovedEdited);
        return MergeResolution::ours(QStringLiteral("review"));
    };
    const MergeReport back = mergeForums(*theirs, copies.oursPath, stayRemoved);
    CHECK(back.conflicts.size() == 1);
    CHECK_FALSE(Table<Commitment>(*theirs).findByUid(commitment.uid));
    CHECK(mergeForums(*theirs, copies.oursPath).conflicts.isEmpty());
    CHECK_FALSE(Table<Commitment>(*theirs).findByUid(commitment.uid));
    theirs.reset();
    copies.ours = ForumFile::open(copies.oursPath);
    CHECK(mergeForums(*copies.ours, copies.theirsPath).conflicts.isEmpty());
    CHECK(Table<Commitment>(*copies.ours).findByUid(commitment.uid));
}

TEST_CASE("Two records merged as one stay one, and what was settled between them is not asked again", "[merge]")
{
    TwoCopies copies;
    const Meeting meeting = Table<Meeting>(*copies.ours).list().first();
    const Member member = Table<Member>(*copies.ours).list().first();
    // Neither has marked that member at that meeting when they part.
    copies.theirs.reset();
    copies.ours->database().scalar(QStringLiteral("DELETE FROM attendance WHERE meeting_id = ? AND member_id = ?"),
                                   {meeting.id, member.id});
    copies.ours->saveCopy(copies.theirsPath, ForumFile::CopyTarget::Replace);
    copies.theirs = ForumFile::open(copies.theirsPath);
    const qint64 theirsMeeting = byUid<Meeting>(*copies.theirs, meeting.uid).id;
    const qint64 theirsMember = byUid<Member>(*copies.theirs, member.uid).id;
    // Then both mark them, differently: two records under one natural key.
    QString theirsUid;
    for (ForumFile *file : {copies.ours.get(), copies.theirs.get()}) {
        const bool mine = file == copies.ours.get();
        Attendance a;
        a.meetingId = mine ? meeting.id : theirsMeeting;
        a.memberId = mine ? member.id : theirsMember;
        a.name = member.name;
        a.sector = member.sector;
        a.status = mine ? QStringLiteral("present") : QStringLiteral("remote");
        Table<Attendance>(*file).create(a);
        if (!mine)
            theirsUid = a.uid;
    }
    const MergeReport first = copies.merge(prefer(MergePrefer::Ours));
    REQUIRE(first.conflicts.size() == 1);
    REQUIRE(first.written);
    const auto status = [&] {
        const auto rows = Table<Attendance>(*copies.ours).list(QStringLiteral("meeting_id = ? AND member_id = ?"), {meeting.id, member.id});
        REQUIRE(rows.size() == 1);
        return rows.first().status;
    };
    CHECK(status() == QStringLiteral("present"));

    // Again: the status settled as ours is not asked about again.
    const MergeReport again = mergeForums(*copies.ours, copies.theirsPath);
    CHECK(again.conflicts.isEmpty());
    CHECK(again.isEmpty());
    CHECK(status() == QStringLiteral("present"));

    // Theirs changes its record afterwards: the change comes in, without a question.
    copies.ours.reset();
    {
        auto theirs = ForumFile::open(copies.theirsPath);
        Attendance a = *Table<Attendance>(*theirs).findByUid(theirsUid);
        a.status = QStringLiteral("excused");
        Table<Attendance>(*theirs).update(a);
    }
    copies.ours = ForumFile::open(copies.oursPath);
    const MergeReport later = mergeForums(*copies.ours, copies.theirsPath);
    CHECK(later.conflicts.isEmpty());
    CHECK(later.written);
    CHECK(status() == QStringLiteral("excused"));
    CHECK(ConsistencyCheck::run(*copies.ours).isEmpty());

    // And theirs, merging ours, keeps its own record: ours' is the same one.
    copies.ours.reset();
    auto theirs = ForumFile::open(copies.theirsPath);
    const MergeReport reverse = mergeForums(*theirs, copies.oursPath);
    CHECK(reverse.conflicts.isEmpty());
    CHECK(Table<Attendance>(*theirs).count(QStringLiteral("meeting_id = ? AND member_id = ?"), {theirsMeeting, theirsMember}) == 1);
}

TEST_CASE("Undoing a removal, which puts back the same uid, leaves no tombstone", "[merge]")
{
    test::TempFolder folder;
    auto file = createSampleForum(folder.file(QStringLiteral("f.ogpforum")));
    const Member member = Table<Member>(*file).list().first();
    const MemberRemoval removal = MemberRemoval::remove(*file, member.id);
    CHECK(countWhere(*file, QStringLiteral("SELECT count(*) FROM tombstone WHERE uid = ? AND table_name = 'member'"), {member.uid}) == 1);
    removal.restore(*file);
    CHECK(countWhere(*file, QStringLiteral("SELECT count(*) FROM tombstone WHERE uid = ?"), {member.uid}) == 0);
    // An edit is logged field by field, with the value before it.
    Member edited = Table<Member>(*file).get(member.id);
    edited.organization = QStringLiteral("Otra organización");
    Table<Member>(*file).update(edited);
    CHECK(countWhere(*file, QStringLiteral("SELECT count(*) FROM change_log WHERE row_uid = ? AND field = 'organization'"), {member.uid}) == 1);
    CHECK(countWhere(*file, QStringLiteral("SELECT count(*) FROM change_log WHERE row_uid = ? AND field = 'name'"), {member.uid}) == 0);
}

TEST_CASE("Merging the same copy again changes nothing", "[merge]")
{
    TwoCopies copies;
    Member member = Table<Member>(*copies.theirs).list().first();
    member.notes = QStringLiteral("Cambió de cargo");
    Table<Member>(*copies.theirs).update(member);
    CommitmentRemoval::remove(*copies.theirs, Table<Commitment>(*copies.theirs).list().last().id);
    Member mine = Table<Member>(*copies.ours).list().last();
    mine.notes = QStringLiteral("Nota de Ana");
    Table<Member>(*copies.ours).update(mine);
    REQUIRE(copies.merge().written);
    checkMergingAgainChangesNothing(*copies.ours, copies.theirsPath);
}

TEST_CASE("Merging A into B and B into A gives the same records when nothing conflicts", "[merge]")
{
    TwoCopies copies;
    Member m = Table<Member>(*copies.ours).list().first();
    m.organization = QStringLiteral("Organización de Ana");
    Table<Member>(*copies.ours).update(m);
    Member inA = test::makeMember(QStringLiteral("Nuevo en A"));
    Table<Member>(*copies.ours).create(inA);
    Commitment c = Table<Commitment>(*copies.theirs).list().first();
    c.budget = QStringLiteral("EUR 10 000");
    Table<Commitment>(*copies.theirs).update(c);
    Member n = test::makeMember(QStringLiteral("Nuevo en B"));
    Table<Member>(*copies.theirs).create(n);
    CommitmentRemoval::remove(*copies.theirs, Table<Commitment>(*copies.theirs).list().last().id);

    const QString a2 = copies.folder.file(QStringLiteral("a2.ogpforum"));
    const QString b2 = copies.folder.file(QStringLiteral("b2.ogpforum"));
    copies.ours->saveCopy(a2);
    copies.theirs->saveCopy(b2);
    copies.merge(); // B into A
    {
        auto b = ForumFile::open(b2);
        mergeForums(*b, a2); // A into B
        CHECK(records(*b) == records(*copies.ours));
    }
}

TEST_CASE("A copy of format 3 merges by uid and time of change, and the report says there was no common ancestor", "[merge]")
{
    test::TempFolder folder;
    const QString oursPath = folder.file(QStringLiteral("ours.ogpforum"));
    const QString theirsPath = folder.file(QStringLiteral("theirs.ogpforum"));
    OpenOptions format3;
    format3.migrations = standardMigrations();
    format3.migrations.resize(3);
    QString oldUid, newUid;
    {
        auto file = ForumFile::create(oursPath, [](ForumFile &f) {
            Forum forum;
            forum.name = QStringLiteral("Foro");
            Table<Forum>(f).create(forum);
            Member a = test::makeMember(QStringLiteral("Ana"));
            Table<Member>(f).create(a);
        }, format3);
        REQUIRE(file->schemaVersion() == 3);
    }
    REQUIRE(QFile::copy(oursPath, theirsPath));
    {
        auto theirs = ForumFile::open(theirsPath, format3);
        Member a = Table<Member>(*theirs).list().first();
        oldUid = a.uid;
        a.email = QStringLiteral("ana@correo.example");
        Table<Member>(*theirs).update(a);
        theirs->database().exec(QStringLiteral("UPDATE member SET updated_at = '2099-01-01T00:00:00Z'"));
        Member b = test::makeMember(QStringLiteral("Beto"));
        Table<Member>(*theirs).create(b);
        newUid = b.uid;
    }
    const QByteArray theirsBefore = test::fileHash(theirsPath);
    auto ours = ForumFile::open(oursPath); // migrated to the current format, its copy kept
    CHECK(ours->backupPath() == oursPath + QStringLiteral(".v3.bak"));

    const MergeReport asked = mergeForums(*ours, theirsPath);
    CHECK_FALSE(asked.commonAncestor);
    CHECK(asked.summary().contains(QStringLiteral("no common ancestor")));
    REQUIRE(asked.conflicts.size() == 1); // the e-mail differs, nobody knows who changed it
    CHECK_FALSE(asked.written);

    const MergeReport report = mergeForums(*ours, theirsPath, prefer(MergePrefer::Newer));
    CHECK(report.written);
    REQUIRE(report.conflicts.size() == 1);
    CHECK(report.conflicts.first().resolution.by == QStringLiteral("newer"));
    CHECK(byUid<Member>(*ours, oldUid).email == QStringLiteral("ana@correo.example"));
    CHECK(byUid<Member>(*ours, newUid).name == QStringLiteral("Beto"));
    CHECK(test::fileHash(theirsPath) == theirsBefore); // read as it is, never migrated
    CHECK_FALSE(QFile::exists(theirsPath + QStringLiteral(".v3.bak")));
    CHECK(ours->verify().isEmpty());
}

TEST_CASE("A dry run changes nothing", "[merge]")
{
    TwoCopies copies;
    Member member = Table<Member>(*copies.theirs).list().first();
    member.notes = QStringLiteral("Solo en la copia de Luis");
    Table<Member>(*copies.theirs).update(member);
    const test::FileRows before = test::fileRows(*copies.ours);
    MergeOptions options;
    options.dryRun = true;
    const MergeReport report = copies.merge(options);
    CHECK(report.changedCount() == 1);
    CHECK_FALSE(report.written);
    CHECK(report.backupPath.isEmpty());
    CHECK(test::differingTables(before, test::fileRows(*copies.ours)).isEmpty());
    CHECK(QDir(copies.folder.path()).entryList({QStringLiteral("*before-merge*")}, QDir::Files).isEmpty());
}

TEST_CASE("A merge refuses another forum, the file itself, a newer format and a damaged copy, changing nothing", "[merge]")
{
    TwoCopies copies;
    copies.theirs.reset();
    const test::FileRows before = test::fileRows(*copies.ours);
    const auto refused = [&](const QString &path, const QString &words) {
        try {
            mergeForums(*copies.ours, path);
            FAIL("the merge was not refused");
        } catch (const StorageError &e) {
            INFO(e.message().toStdString());
            CHECK(e.message().contains(words));
            CHECK(e.message().contains(QFileInfo(path).fileName()));
        }
        CHECK(test::differingTables(before, test::fileRows(*copies.ours)).isEmpty());
    };
    SECTION("another forum")
    {
        const QString other = copies.folder.file(QStringLiteral("otro.ogpforum"));
        createForum(other, QStringLiteral("Otro foro"));
        refused(other, QStringLiteral("another forum"));
        MergeOptions forced;
        forced.force = true;
        CHECK_NOTHROW(mergeForums(*copies.ours, other, forced));
    }
    SECTION("the same file")
    {
        refused(copies.oursPath, QStringLiteral("the forum file itself"));
    }
    SECTION("a newer format")
    {
        {
            auto theirs = ForumFile::open(copies.theirsPath);
            theirs->database().exec(QStringLiteral("PRAGMA user_version = 9"));
        }
        refused(copies.theirsPath, QStringLiteral("newer version"));
    }
    SECTION("a damaged copy")
    {
        QFile file(copies.theirsPath);
        REQUIRE(file.open(QIODevice::ReadWrite));
        const QByteArray bytes = file.readAll();
        file.resize(bytes.size() / 3);
        file.close();
        const QByteArray damaged = test::fileHash(copies.theirsPath);
        try {
            mergeForums(*copies.ours, copies.theirsPath);
            FAIL("a damaged copy was merged");
        } catch (const StorageError &e) {
            INFO(e.message().toStdString());
            CHECK(e.message().contains(QStringLiteral("theirs.ogpforum")));
        }
        CHECK(test::fileHash(copies.theirsPath) == damaged);
        CHECK(test::differingTables(before, test::fileRows(*copies.ours)).isEmpty());
    }
}

TEST_CASE("Random edits, additions and removals on both sides merge as the rules say", "[merge][random]")
{
    for (quint32 seed : {7u, 2026u, 40961u}) {
        INFO("seed " << seed);
        TwoCopies copies;
        QRandomGenerator random(seed);
        const QList<Member> baseMembers = Table<Member>(*copies.ours).list();
        const QList<Milestone> baseMilestones = Table<Milestone>(*copies.ours).list();
        struct Side {
            QMap<QString, QString> notes;        // member uid -> the notes this side wrote last
            QMap<QString, QString> deliverables; // milestone uid -> the deliverable this side wrote last
            QSet<QString> removed;               // milestones
            QStringList created;                 // members
        };
        Side sides[2];
        ForumFile *files[2] = {copies.ours.get(), copies.theirs.get()};
        for (int s = 0; s < 2; ++s) {
            ForumFile &file = *files[s];
            for (int step = 0; step < 30; ++step) {
                const QString text = QStringLiteral("%1-%2-%3").arg(seed).arg(s).arg(step);
                switch (random.bounded(6)) {
                case 0: {
                    Member m = baseMembers.at(int(random.bounded(int(baseMembers.size()))));
                    m = Table<Member>(file).get(m.id);
                    m.notes = QStringLiteral("nota ") + text;
                    Table<Member>(file).update(m);
                    sides[s].notes.insert(m.uid, m.notes);
                    break;
                }
                case 1: {
                    Member added = test::makeMember(QStringLiteral("Nuevo ") + text);
                    Table<Member>(file).create(added);
                    sides[s].created << added.uid;
                    break;
                }
                case 2: {
                    // A member added here and removed again: the other side never hears of them.
                    Member added = test::makeMember(QStringLiteral("Efímero ") + text);
                    Table<Member>(file).create(added);
                    MemberRemoval::remove(file, added.id);
                    break;
                }
                case 3: {
                    const Milestone pick = baseMilestones.at(int(random.bounded(int(baseMilestones.size()))));
                    if (sides[s].removed.contains(pick.uid))
                        break;
                    MilestoneRemoval::remove(file, Table<Milestone>(file).findByUid(pick.uid)->id);
                    sides[s].removed.insert(pick.uid);
                    break;
                }
                default: {
                    const Milestone pick = baseMilestones.at(int(random.bounded(int(baseMilestones.size()))));
                    if (sides[s].removed.contains(pick.uid))
                        break;
                    Milestone m = *Table<Milestone>(file).findByUid(pick.uid);
                    m.deliverable = QStringLiteral("entregable ") + text;
                    Table<Milestone>(file).update(m);
                    sides[s].deliverables.insert(m.uid, m.deliverable);
                    break;
                }
                }
            }
        }
        const MergeReport report = copies.merge(prefer(MergePrefer::Theirs));
        CHECK(report.unresolvedCount() == 0);
        ForumFile &ours = *copies.ours;
        const Side &o = sides[0], &t = sides[1];
        for (const Member &m : baseMembers) {
            const Member now = byUid<Member>(ours, m.uid);
            CHECK(now.notes == (t.notes.contains(m.uid) ? t.notes.value(m.uid) : o.notes.value(m.uid, m.notes)));
        }
        for (const Side *side : {&o, &t})
            for (const QString &uid : side->created)
                CHECK(Table<Member>(ours).findByUid(uid));
        for (const Milestone &m : baseMilestones) {
            INFO("milestone " << m.activity.toStdString());
            const auto now = Table<Milestone>(ours).findByUid(m.uid);
            const bool editedTheirs = t.deliverables.contains(m.uid);
            bool present = !t.removed.contains(m.uid);
            if (o.removed.contains(m.uid))
                present = present && editedTheirs; // removed here, changed there: theirs is preferred
            CHECK(bool(now) == present);
            if (now && present)
                CHECK(now->deliverable == (editedTheirs ? t.deliverables.value(m.uid) : o.deliverables.value(m.uid, m.deliverable)));
        }
        // Milestones are numbered 0, 1, 2... in every commitment, as a removal in the window leaves them.
        CHECK(countWhere(ours, QStringLiteral(
                  "SELECT count(*) FROM milestone AS m WHERE position <> (SELECT count(*) FROM milestone AS o "
                  "WHERE o.commitment_id = m.commitment_id AND (o.position < m.position OR (o.position = m.position AND o.id < m.id)))")) == 0);
        CHECK(ours.verify().isEmpty());
        INFO(ConsistencyCheck::run(ours).join(QLatin1Char('\n')).toStdString());
        CHECK(ConsistencyCheck::run(ours).isEmpty());
        const MergeReport again = mergeForums(ours, copies.theirsPath, prefer(MergePrefer::Theirs));
        INFO(again.toMarkdown().toStdString());
        CHECK(again.isEmpty());
    }
}

TEST_CASE("A record theirs removed and added again under the same key is not lost in the merge", "[merge]")
{
    TwoCopies copies;
    // In theirs, a person's attendance is removed and recorded again (a new record, same meeting
    // and member): ours, untouched, must end with the new record, not with none.
    const Attendance before = Table<Attendance>(*copies.theirs).list(QStringLiteral("member_id IS NOT NULL"), {}, QStringLiteral("id")).first();
    Table<Attendance>(*copies.theirs).remove(before.id);
    Attendance again = before;
    again.id = 0;
    again.uid.clear();
    again.status = before.status == QStringLiteral("remote") ? QStringLiteral("present") : QStringLiteral("remote");
    Table<Attendance>(*copies.theirs).create(again);
    const MergeReport report = copies.merge(prefer(MergePrefer::Theirs));
    CHECK(report.written);
    const auto rows = Table<Attendance>(*copies.ours).list(QStringLiteral("uid = ?"), {again.uid});
    REQUIRE(rows.size() == 1);
    CHECK(rows.first().status == again.status);
    CHECK(countWhere(*copies.ours, QStringLiteral("SELECT count(*) FROM attendance WHERE uid = ?"), {before.uid}) == 0);
}

TEST_CASE("A record theirs moved under a record ours removed stays where ours has it when the removal stands", "[merge]")
{
    TwoCopies copies;
    const QList<Commitment> commitments = Table<Commitment>(*copies.ours).list();
    REQUIRE(commitments.size() >= 2);
    const Commitment gone = commitments[0];
    const Commitment other = commitments[1];
    Milestone moved = Table<Milestone>(*copies.theirs).list(QStringLiteral("commitment_id = ?"), {other.id}).first();
    CommitmentRemoval::remove(*copies.ours, gone.id);
    moved.commitmentId = gone.id;
    moved.position = int(Table<Milestone>(*copies.theirs).count(QStringLiteral("commitment_id = ?"), {gone.id}));
    Table<Milestone>(*copies.theirs).update(moved);

    SECTION("the preview and ours' answer keep the removal; the milestone stays under the other commitment, with a note")
    {
        copies.theirs.reset();
        MergeOptions dry = prefer(MergePrefer::Ours);
        dry.dryRun = true;
        const MergeReport preview = mergeForums(*copies.ours, copies.theirsPath, dry);
        REQUIRE(preview.conflicts.size() == 1);
        CHECK(preview.conflicts.first().kind == MergeConflict::Kind::RemovedEdited);
        const MergeReport report = mergeForums(*copies.ours, copies.theirsPath, prefer(MergePrefer::Ours));
        REQUIRE(report.written);
        CHECK_FALSE(Table<Commitment>(*copies.ours).findByUid(gone.uid));
        CHECK(byUid<Milestone>(*copies.ours, moved.uid).commitmentId == other.id);
        CHECK(report.notes.join(QLatin1Char('\n')).contains(moved.activity.simplified().left(40)));
        CHECK(copies.ours->verify().isEmpty());
        CHECK(ConsistencyCheck::run(*copies.ours).isEmpty());
        // Settled: the same copy again asks nothing and moves nothing.
        checkMergingAgainChangesNothing(*copies.ours, copies.theirsPath);
        CHECK(byUid<Milestone>(*copies.ours, moved.uid).commitmentId == other.id);
    }
    SECTION("theirs' answer puts the commitment back, with the milestone moved into it")
    {
        const MergeReport report = copies.merge(prefer(MergePrefer::Theirs));
        REQUIRE(report.written);
        const Commitment back = byUid<Commitment>(*copies.ours, gone.uid);
        CHECK(byUid<Milestone>(*copies.ours, moved.uid).commitmentId == back.id);
        CHECK(copies.ours->verify().isEmpty());
        // Its dates may fall outside the commitment's, as in theirs; both commitments' milestones
        // are numbered in order.
        for (const QString &problem : ConsistencyCheck::run(*copies.ours))
            CHECK_FALSE(problem.contains(QStringLiteral("numbered")));
    }
}

TEST_CASE("A record held twice under a removal, such as a contribution's link to a commitment, is counted and put back once", "[merge]")
{
    TwoCopies copies;
    const ActionPlan plan = Table<ActionPlan>(*copies.ours).list().first();
    const qint64 links = countWhere(*copies.ours, QStringLiteral("SELECT count(*) FROM contribution_commitment"));
    const qint64 planLinks = countWhere(*copies.ours, QStringLiteral("SELECT count(*) FROM contribution_commitment AS l JOIN commitment AS c "
                                                                     "ON c.id = l.commitment_id WHERE c.plan_id = ?"),
                                        {plan.id});
    REQUIRE(planLinks > 0);

    SECTION("removed in theirs: each link is reported removed once")
    {
        Table<ActionPlan>(*copies.theirs).remove(plan.id);
        const MergeReport report = copies.merge();
        CHECK(report.conflicts.isEmpty());
        CHECK(countWhere(*copies.ours, QStringLiteral("SELECT count(*) FROM action_plan WHERE uid = ?"), {plan.uid}) == 0);
        CHECK(report.tables.at(QStringLiteral("contribution_commitment")).removed.size() == planLinks);
    }
    SECTION("removed in ours, a contribution edited in theirs: keeping the plan puts every link back once")
    {
        const QMap<QString, QMap<QString, QString>> before = records(*copies.ours);
        Table<ActionPlan>(*copies.ours).remove(plan.id);
        Contribution edited = Table<Contribution>(*copies.theirs).list().first();
        edited.response = QStringLiteral("Respuesta razonada revisada por Luis");
        Table<Contribution>(*copies.theirs).update(edited);
        const MergeReport report = copies.merge(prefer(MergePrefer::Theirs));
        REQUIRE(report.written);
        REQUIRE(report.conflicts.size() == 1);
        CHECK(report.conflicts.first().kind == MergeConflict::Kind::RemovedEdited);
        CHECK(countWhere(*copies.ours, QStringLiteral("SELECT count(*) FROM contribution_commitment")) == links);
        CHECK(report.tables.at(QStringLiteral("contribution_commitment")).added.size() == planLinks);
        const QMap<QString, QMap<QString, QString>> after = records(*copies.ours);
        CHECK(after.value(QStringLiteral("contribution_commitment")) == before.value(QStringLiteral("contribution_commitment")));
        CHECK(copies.ours->verify().isEmpty());
        CHECK(ConsistencyCheck::run(*copies.ours).isEmpty());
    }
}

TEST_CASE("A removal answered by keeping the record keeps the references to it on both sides", "[merge]")
{
    TwoCopies copies;
    const ActionPlan plan = Table<ActionPlan>(*copies.ours).list().first();
    const qint64 meetingsOfPlan = Table<Meeting>(*copies.ours).count(QStringLiteral("plan_id = ?"), {plan.id});
    REQUIRE(meetingsOfPlan > 0);

    SECTION("theirs removed the plan, ours edited it and keeps it: ours' meetings still name it")
    {
        ActionPlan edited = plan;
        edited.title = plan.title + QStringLiteral(" (revisado)");
        Table<ActionPlan>(*copies.ours).update(edited);
        Table<ActionPlan>(*copies.theirs).remove(plan.id);
        const MergeReport report = copies.merge(prefer(MergePrefer::Ours));
        REQUIRE(report.written);
        REQUIRE(report.conflicts.size() == 1);
        CHECK(report.conflicts.first().kind == MergeConflict::Kind::EditedRemoved);
        CHECK(Table<Meeting>(*copies.ours).count(QStringLiteral("plan_id = ?"), {plan.id}) == meetingsOfPlan);
        CHECK_FALSE(report.tables.count(QStringLiteral("meeting")));
        CHECK(copies.ours->verify().isEmpty());
        checkMergingAgainChangesNothing(*copies.ours, copies.theirsPath);
    }
    SECTION("ours removed a member who chairs meetings, theirs edited her and the answer puts her back: she chairs them again")
    {
        const Meeting chaired = Table<Meeting>(*copies.ours).list(QStringLiteral("chair_member_id IS NOT NULL")).first();
        const qint64 chairedCount = Table<Meeting>(*copies.ours).count(QStringLiteral("chair_member_id = ?"), {chaired.chairMemberId});
        Member chair = Table<Member>(*copies.theirs).get(chaired.chairMemberId);
        MemberRemoval::remove(*copies.ours, chaired.chairMemberId);
        REQUIRE(Table<Meeting>(*copies.ours).count(QStringLiteral("chair_member_id IS NULL AND uid = ?"), {chaired.uid}) == 1);
        chair.organization = QStringLiteral("Red de Transparencia (nueva sede)");
        Table<Member>(*copies.theirs).update(chair);
        const MergeReport report = copies.merge(prefer(MergePrefer::Theirs));
        REQUIRE(report.written);
        const Member back = byUid<Member>(*copies.ours, chair.uid);
        CHECK(Table<Meeting>(*copies.ours).count(QStringLiteral("chair_member_id = ?"), {back.id}) == chairedCount);
        CHECK(copies.ours->verify().isEmpty());
        CHECK(ConsistencyCheck::run(*copies.ours).isEmpty());
        checkMergingAgainChangesNothing(*copies.ours, copies.theirsPath);
    }
    SECTION("the same, and ours also retitled a meeting she chaired: that meeting keeps its title and gets its chair back")
    {
        // The meeting is a record only ours changed (its title), and its chair, emptied along the
        // removal, differs from theirs: it is not taken as ours has it, chair and all.
        const Meeting chaired = Table<Meeting>(*copies.ours).list(QStringLiteral("chair_member_id IS NOT NULL")).first();
        Member chair = Table<Member>(*copies.theirs).get(chaired.chairMemberId);
        MemberRemoval::remove(*copies.ours, chaired.chairMemberId);
        Meeting retitled = Table<Meeting>(*copies.ours).get(chaired.id);
        REQUIRE(retitled.chairMemberId == 0);
        retitled.title = QStringLiteral("Sesión ordinaria (orden del día revisado)");
        Table<Meeting>(*copies.ours).update(retitled);
        chair.organization = QStringLiteral("Red de Transparencia (nueva sede)");
        Table<Member>(*copies.theirs).update(chair);
        const MergeReport report = copies.merge(prefer(MergePrefer::Theirs));
        REQUIRE(report.written);
        const Meeting after = byUid<Meeting>(*copies.ours, chaired.uid);
        CHECK(after.title == retitled.title);
        CHECK(after.chairMemberId == byUid<Member>(*copies.ours, chair.uid).id);
        CHECK(ConsistencyCheck::run(*copies.ours).isEmpty());
        checkMergingAgainChangesNothing(*copies.ours, copies.theirsPath);
    }
}

TEST_CASE("A copy whose tombstone names no kind of record merges once, then changes nothing", "[merge]")
{
    TwoCopies copies;
    copies.theirs->database().exec(QStringLiteral(
        "INSERT INTO tombstone (uid, table_name, removed_at, actor) VALUES "
        "('00000000-0000-4000-8000-000000000001', 'activity', '2026-11-30T10:00:00Z', NULL)"));
    copies.merge();
    checkMergingAgainChangesNothing(*copies.ours, copies.theirsPath);
}

TEST_CASE("A copy that gives one uid to records of two kinds is refused, changing nothing", "[merge]")
{
    TwoCopies copies;
    const Commitment commitment = Table<Commitment>(*copies.ours).list().first();
    const Milestone milestone = Table<Milestone>(*copies.ours).list(QStringLiteral("commitment_id = ?"), {commitment.id}).first();
    // Theirs' new progress update carries the uid of a milestone: as a hostile or damaged file would.
    ProgressUpdate p;
    p.uid = milestone.uid;
    p.milestoneId = milestone.id;
    p.reportedOn = QDate(2026, 4, 1);
    p.percent = 30;
    Table<ProgressUpdate>(*copies.theirs).create(p);
    SECTION("the milestone removed in ours, so both records are theirs only")
    {
        MilestoneRemoval::remove(*copies.ours, milestone.id);
    }
    SECTION("the milestone held by both copies, the progress update new in theirs")
    {
    }
    const test::FileRows before = test::fileRows(*copies.ours);
    CHECK_THROWS_AS(copies.merge(prefer(MergePrefer::Theirs)), StorageError);
    CHECK(test::differingTables(before, test::fileRows(*copies.ours)).isEmpty());
}

TEST_CASE("Random moves, reorders, edits and removals of parents on both sides merge under every policy into a sound file both copies agree on", "[merge][random]")
{
    // No oracle of who wins here (the test above has one): whatever is answered, the result is a
    // sound forum, its lists numbered in order, merging the same copy again changes nothing, and the
    // other copy merging the result ends the same. (Seeds 1, 3 and 28 found bugs once.)
    for (quint32 seed : {1u, 3u, 28u, 509u, 7001u, 90210u}) {
        INFO("seed " << seed);
        TwoCopies copies;
        QRandomGenerator random(seed);
        ForumFile *files[2] = {copies.ours.get(), copies.theirs.get()};
        for (int s = 0; s < 2; ++s) {
            ForumFile &file = *files[s];
            for (int step = 0; step < 25; ++step) {
                const QString text = QStringLiteral("%1-%2-%3").arg(seed).arg(s).arg(step);
                const QList<Commitment> commitments = Table<Commitment>(file).list();
                const QList<Milestone> milestones = Table<Milestone>(file).list();
                const QList<AgendaItem> items = Table<AgendaItem>(file).list();
                const auto pick = [&](const auto &list) { return list.at(int(random.bounded(int(list.size())))); };
                switch (random.bounded(8)) {
                case 0: { // reorder within a commitment
                    const Commitment c = pick(commitments);
                    const int n = int(MilestoneOrder::of(file, c.id).size());
                    if (n > 1)
                        MilestoneOrder::move(file, c.id, int(random.bounded(n)), int(random.bounded(n)));
                    break;
                }
                case 1: { // move a milestone to another commitment, at its end
                    if (milestones.isEmpty() || commitments.size() < 2)
                        break;
                    Milestone m = pick(milestones);
                    const qint64 from = m.commitmentId;
                    const Commitment to = pick(commitments);
                    if (to.id == from)
                        break;
                    m.commitmentId = to.id;
                    m.position = int(MilestoneOrder::of(file, to.id).size());
                    Table<Milestone>(file).update(m);
                    MilestoneOrder::renumber(file, from);
                    break;
                }
                case 2: // remove a commitment with all it holds
                    if (commitments.size() > 1)
                        CommitmentRemoval::remove(file, pick(commitments).id);
                    break;
                case 3: {
                    Commitment c = pick(commitments);
                    c.budget = QStringLiteral("USD ") + text;
                    Table<Commitment>(file).update(c);
                    break;
                }
                case 4: {
                    Milestone m;
                    const Commitment c = pick(commitments);
                    m.commitmentId = c.id;
                    m.position = int(MilestoneOrder::of(file, c.id).size());
                    m.activity = QStringLiteral("Hito ") + text;
                    Table<Milestone>(file).create(m);
                    break;
                }
                case 5:
                    if (!items.isEmpty())
                        AgendaItemRemoval::remove(file, pick(items).id);
                    break;
                case 6:
                    if (!items.isEmpty()) {
                        AgendaItem item = pick(items);
                        item.minutes = QStringLiteral("acta ") + text;
                        Table<AgendaItem>(file).update(item);
                    }
                    break;
                default: {
                    const QList<Member> members = Table<Member>(file).list();
                    if (random.bounded(2))
                        MemberRemoval::remove(file, pick(members).id);
                    else {
                        Member m = pick(members);
                        m.notes = QStringLiteral("nota ") + text;
                        Table<Member>(file).update(m);
                    }
                    break;
                }
                }
            }
        }
        copies.theirs.reset();
        for (const MergePrefer policy : {MergePrefer::Ours, MergePrefer::Theirs, MergePrefer::Newer}) {
            INFO("policy " << int(policy));
            const QString path = copies.folder.file(QStringLiteral("ours-%1-%2.ogpforum").arg(seed).arg(int(policy)));
            copies.ours->saveCopy(path);
            auto ours = ForumFile::open(path);
            MergeReport report;
            REQUIRE_NOTHROW(report = mergeForums(*ours, copies.theirsPath, prefer(policy)));
            CHECK(report.unresolvedCount() == 0);
            CHECK(ours->verify().isEmpty());
            for (const auto &[table, parent] : {std::pair{"milestone", "commitment_id"}, std::pair{"agenda_item", "meeting_id"}})
                CHECK(countWhere(*ours, QStringLiteral("SELECT count(*) FROM %1 AS m WHERE position <> (SELECT count(*) FROM %1 AS o "
                                                       "WHERE o.%2 = m.%2 AND (o.position < m.position OR (o.position = m.position "
                                                       "AND o.id < m.id)))")
                                            .arg(QLatin1String(table), QLatin1String(parent)))
                      == 0);
            const MergeReport again = mergeForums(*ours, copies.theirsPath, prefer(policy));
            INFO(again.toMarkdown().toStdString());
            CHECK(again.isEmpty());
            // Theirs, merging the result and taking its answers, ends with the very same records:
            // what each merge settled is carried, and nothing moved out of a removed record is lost.
            const QString back = copies.folder.file(QStringLiteral("theirs-%1-%2.ogpforum").arg(seed).arg(int(policy)));
            REQUIRE(QFile::copy(copies.theirsPath, back));
            auto theirs = ForumFile::open(back);
            const MergeReport returned = mergeForums(*theirs, path, prefer(MergePrefer::Theirs));
            INFO(returned.toMarkdown().toStdString());
            CHECK(records(*theirs) == records(*ours));
            CHECK(theirs->verify().isEmpty());
        }
    }
}

TEST_CASE("Three copies that each added the same record are one record everywhere after their merges, without the settled differences asked again", "[merge]")
{
    TwoCopies copies;
    const QString thirdPath = copies.folder.file(QStringLiteral("third.ogpforum"));
    copies.ours->saveCopy(thirdPath);
    const ActionPlan plan = Table<ActionPlan>(*copies.ours).list().first();
    auto third = ForumFile::open(thirdPath);
    const auto addCommitment = [&](ForumFile &file, const QString &title) {
        Commitment c;
        c.planId = plan.id;
        c.number = QStringLiteral("99");
        c.title = title;
        Table<Commitment>(file).create(c);
        return c.uid;
    };
    addCommitment(*copies.ours, QStringLiteral("Compromiso 99 según Ana"));
    addCommitment(*copies.theirs, QStringLiteral("Compromiso 99 según Luis"));
    addCommitment(*third, QStringLiteral("Compromiso 99 según Bea"));
    copies.theirs.reset();
    third.reset();
    // Ana merges Luis's copy, then Bea's: each time the same commitment, Ana's title kept.
    for (const QString &path : {copies.theirsPath, thirdPath}) {
        const MergeReport report = mergeForums(*copies.ours, path, prefer(MergePrefer::Ours));
        REQUIRE(report.conflicts.size() == 1);
        CHECK(report.conflicts.first().field == QStringLiteral("title"));
    }
    CHECK(Table<Commitment>(*copies.ours).count(QStringLiteral("number = '99'")) == 1);
    copies.ours.reset();
    // Luis and Bea each merge Ana's copy: one commitment, no question asked again.
    for (const QString &path : {copies.theirsPath, thirdPath}) {
        INFO(path.toStdString());
        auto file = ForumFile::open(path);
        const MergeReport report = mergeForums(*file, copies.oursPath);
        INFO(report.toMarkdown().toStdString());
        CHECK(report.conflicts.isEmpty());
        CHECK(report.unresolvedCount() == 0);
        CHECK(Table<Commitment>(*file).count(QStringLiteral("number = '99'")) == 1);
    }
    // And Luis merges Bea's: one record too, known through Ana's memory both now hold.
    auto luis = ForumFile::open(copies.theirsPath);
    const MergeReport last = mergeForums(*luis, thirdPath);
    INFO(last.toMarkdown().toStdString());
    CHECK(last.conflicts.isEmpty());
    CHECK(Table<Commitment>(*luis).count(QStringLiteral("number = '99'")) == 1);
}
