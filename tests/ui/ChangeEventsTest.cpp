// SPDX-License-Identifier: GPL-3.0-or-later
// Every edit tells the views what it changed: the change a command announces (ChangeSet, made by
// the storage layer from what the transaction wrote) names exactly the records that differ in the
// file afterwards, for the edit, its undo and its redo. A view that listens for commitments thus
// hears of the commitment a removed milestone renumbered, and nothing reloads for nothing.
#include "tests/ui/UiTestSupport.h"

#include "core/cocreation/Contribution.h"
#include "core/cocreation/ContributionImport.h"
#include "core/cocreation/ContributionLinks.h"
#include "core/evaluation/Assessment.h"
#include "core/forum/EligibilityCheck.h"
#include "core/forum/Forum.h"
#include "core/forum/JoiningRecord.h"
#include "core/forum/Member.h"
#include "core/implementation/ProgressUpdate.h"
#include "core/learning/Lesson.h"
#include "core/learning/PracticeCitation.h"
#include "core/learning/PracticeLibrary.h"
#include "core/meetings/ActionItem.h"
#include "core/meetings/ActionItemFollowUp.h"
#include "core/meetings/AgendaItem.h"
#include "core/meetings/Attendance.h"
#include "core/meetings/AttendanceSheet.h"
#include "core/meetings/Decision.h"
#include "core/meetings/DecisionRecord.h"
#include "core/meetings/Meeting.h"
#include "core/meetings/MeetingLifecycle.h"
#include "core/meetings/Vote.h"
#include "core/plans/ActionPlan.h"
#include "core/plans/Commitment.h"
#include "core/plans/Milestone.h"
#include "core/plans/StageGate.h"
#include "core/storage/ChangeLog.h"
#include "core/storage/Database.h"
#include "core/storage/Table.h"
#include "ui/commands/Commands.h"
#include "ui/document/ForumDocument.h"

#include <QMap>
#include <QUndoCommand>
#include <QUndoStack>

#include <catch2/catch.hpp>

#include <functional>

using namespace forumdesk;

namespace {

using Snapshot = test::FileRows;

// Every row as it is, but for its time of change (to the second: a fast test would not see it),
// and but for the change log and tombstones (bookkeeping of format 4, no record kinds: no view
// shows them).
Snapshot snapshot(ForumFile &file)
{
    Snapshot rows = test::fileRows(file, {QStringLiteral("updated_at")});
    for (const QString &bookkeeping : changelog::bookkeepingTables())
        rows.remove(bookkeeping);
    return rows;
}

// The rows that differ between two snapshots (added, removed or changed), as a change set.
ChangeSet differences(const Snapshot &before, const Snapshot &after)
{
    ChangeSet changes;
    QStringList tables = before.keys() + after.keys();
    tables.removeDuplicates();
    for (const QString &table : std::as_const(tables)) {
        const std::optional<RecordKind> kind = recordKindOf(table);
        INFO("table " << table.toStdString() << " has no record kind (core/storage/ChangeSet.h)");
        REQUIRE(kind.has_value());
        const QMap<qint64, QString> a = before.value(table);
        const QMap<qint64, QString> b = after.value(table);
        for (auto it = a.begin(); it != a.end(); ++it)
            if (!b.contains(it.key()) || b.value(it.key()) != it.value())
                changes.add(*kind, it.key());
        for (auto it = b.begin(); it != b.end(); ++it)
            if (!a.contains(it.key()))
                changes.add(*kind, it.key());
    }
    return changes;
}

// Runs one step (a push, an undo or a redo) and checks that the views heard, in one signal,
// exactly the rows that changed in the file.
void checkStep(test::SampleDocument &forum, const char *what, const std::function<void()> &step)
{
    INFO(what);
    const Snapshot before = snapshot(forum.file());
    QList<ChangeSet> heard;
    const QMetaObject::Connection connection =
        QObject::connect(forum.document.get(), &ForumDocument::changed,
                         [&](const ChangeSet &changes) { heard << changes; });
    step();
    QObject::disconnect(connection);
    const ChangeSet written = differences(before, snapshot(forum.file()));
    REQUIRE(heard.size() == 1);
    CHECK_FALSE(written.isEmpty()); // the step changed something a user sees
    CHECK(heard.first().toString() == written.toString());
}

// Which records exist, by table: rowid and uid (what other records, exports and merges refer to).
// The activity log is left out: it only grows, undo and redo are logged too.
test::FileRows identities(ForumFile &file)
{
    test::FileRows kept;
    Database &db = file.database();
    QStringList tables; // every record kind's table has a uid (SchemaAgreementTest)
    for (auto st = db.query(QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table' "
                                          "AND name NOT LIKE 'sqlite%' AND name <> 'activity'"));
         st.next();)
        tables << st.text(0);
    // So are the change log and tombstones (bookkeeping of format 4): each edit adds to them.
    for (const QString &bookkeeping : changelog::bookkeepingTables())
        tables.removeAll(bookkeeping);
    for (const QString &table : std::as_const(tables)) {
        auto st = db.query(QStringLiteral("SELECT rowid, uid FROM \"%1\"").arg(table));
        while (st.next())
            kept[table].insert(st.int64(0), st.text(1));
    }
    return kept;
}

// Makes one edit through its entry point (ui/commands/Commands.h), then undoes and redoes it.
void checkEdit(test::SampleDocument &forum, const std::function<void()> &edit)
{
    QUndoStack *stack = forum.document->undoStack();
    const int depth = stack->count();
    const auto before = identities(forum.file());
    checkStep(forum, "do", edit);
    REQUIRE(stack->count() == depth + 1); // it did not fail
    INFO("edit “" << stack->command(depth)->text().toStdString() << "”");
    const auto done = identities(forum.file());
    checkStep(forum, "undo", [&] { stack->undo(); });
    CHECK(test::differingTables(identities(forum.file()), before) == QString()); // undo brings back the same records, ids and uids
    checkStep(forum, "redo", [&] { stack->redo(); });
    CHECK(test::differingTables(identities(forum.file()), done) == QString()); // and redo makes the same ones again
}

template <class T>
T first(ForumFile &file, const QString &where = {}, const QVariantList &binds = {})
{
    const QList<T> found = Table<T>(file).list(where, binds);
    REQUIRE_FALSE(found.isEmpty());
    return found.first();
}

template <class T>
T fresh(T record)
{
    record.id = 0;
    record.uid.clear();
    return record;
}

} // namespace

TEST_CASE("Every edit, its undo and its redo announce exactly the records they changed", "[ui][commands]")
{
    test::isolateSettings();
    test::SampleDocument forum(QStringLiteral("es"));
    ForumFile &file = forum.file();
    ForumDocument *doc = forum.document.get();

    SECTION("the forum and its joining OGP")
    {
        const Forum settings = doc->forum();
        Forum stricter = settings;
        stricter.quorumPercent = settings.quorumPercent == 60 ? 51 : 60;
        checkEdit(forum, [&] { edit::editForum(doc, settings, stricter, QStringLiteral("Quorum")); });
        const EligibilityCheck check = first<EligibilityCheck>(file);
        EligibilityCheck evidenced = check;
        evidenced.evidence = QStringLiteral("Ley 27.275 de acceso a la información");
        checkEdit(forum, [&] { edit::checkEligibility(doc, check, evidenced); });
        const JoiningRecord joining = first<JoiningRecord>(file);
        JoiningRecord noted = joining;
        noted.notes = QStringLiteral("Carta enviada por la Cancillería.");
        checkEdit(forum, [&] { edit::editJoining(doc, joining, noted, QStringLiteral("Notes")); });
    }

    SECTION("members")
    {
        Member member = test::makeMember(QStringLiteral("Rosa Quispe"));
        checkEdit(forum, [&] { edit::addMember(doc, member); });
        const Member added = first<Member>(file, QStringLiteral("name = ?"), {member.name});
        Member renamed = added;
        renamed.name = QStringLiteral("Rosa Quispe Mamani");
        checkEdit(forum, [&] { edit::editMember(doc, added, renamed); });
        checkEdit(forum, [&] { edit::removeMember(doc, renamed); });
        // A member named in meetings, attendance, votes and action items.
        const Member named = first<Member>(file, QStringLiteral("id IN (SELECT member_id FROM vote) AND id IN "
                                                                "(SELECT owner_member_id FROM action_item)"));
        checkEdit(forum, [&] { edit::removeMember(doc, named); });
    }

    SECTION("meetings, attendance and action items")
    {
        const Meeting held = first<Meeting>(file, QStringLiteral("status = 'minutes_draft'"));
        Meeting next = fresh(held);
        next.title = QStringLiteral("Sesión extraordinaria");
        next.status = QStringLiteral("planned");
        next.number = 0;
        checkEdit(forum, [&] { edit::addMeeting(doc, next); });
        Meeting edited = held;
        edited.place = QStringLiteral("Sala 2");
        checkEdit(forum, [&] { edit::editMeeting(doc, held, edited, QStringLiteral("Place")); });
        const Meeting now = Table<Meeting>(file).get(held.id);
        const QString onward = MeetingLifecycle::nextStatuses(now.status).value(0);
        REQUIRE_FALSE(onward.isEmpty());
        const Meeting approver = MeetingLifecycle::approvingMeetings(file, now).value(0);
        checkEdit(forum, [&] { edit::moveMeeting(doc, now, MeetingLifecycle::moved(file, now, onward, approver.id)); });

        const Attendance present = first<Attendance>(file, QStringLiteral("member_id IS NOT NULL AND guest = 0"));
        checkEdit(forum, [&] { edit::markAttendance(doc, present,
                                                  AttendanceSheet::marked(file, present.meetingId, present.memberId,
                                                                          QStringLiteral("absent"))); });
        checkEdit(forum, [&] { edit::clearAttendance(doc, Table<Attendance>(file).get(present.id)); });
        Attendance guest;
        guest.meetingId = held.id;
        guest.name = QStringLiteral("Invitada Pérez");
        guest.guest = true;
        checkEdit(forum, [&] { edit::addGuest(doc, guest); });
        checkEdit(forum, [&] { edit::removeGuest(doc, first<Attendance>(file, QStringLiteral("name = ?"), {guest.name})); });

        const ActionItem item = first<ActionItem>(file, QStringLiteral("decision_id IS NOT NULL"));
        checkEdit(forum, [&] { edit::addActionItem(doc, fresh(item)); });
        ActionItem reworded = item;
        reworded.text = QStringLiteral("Publicar el acta");
        checkEdit(forum, [&] { edit::editActionItem(doc, item, reworded); });
        const ActionItem open = Table<ActionItem>(file).get(item.id);
        checkEdit(forum, [&] { edit::followUpActionItem(doc, open, open.status == QLatin1String("open")
                                                                    ? ActionItemFollowUp::closed(open, QStringLiteral("done"), QDate(2026, 1, 5))
                                                                    : ActionItemFollowUp::reopened(open)); });
        checkEdit(forum, [&] { edit::removeActionItem(doc, Table<ActionItem>(file).get(item.id)); });
    }

    SECTION("agenda items and decisions")
    {
        const AgendaItem decided = first<AgendaItem>(file, QStringLiteral("id IN (SELECT agenda_item_id FROM decision) "
                                                                          "AND position > 0"));
        AgendaItem inserted = fresh(decided);
        inserted.title = QStringLiteral("Asuntos varios");
        checkEdit(forum, [&] { edit::addAgendaItem(doc, inserted, 0); });
        AgendaItem retitled = Table<AgendaItem>(file).get(decided.id);
        const AgendaItem was = retitled;
        retitled.title = QStringLiteral("Informe de avance");
        checkEdit(forum, [&] { edit::editAgendaItem(doc, was, retitled); });
        checkEdit(forum, [&] { edit::moveAgendaItem(doc, decided.meetingId, retitled.position, 0, retitled.title); });
        checkEdit(forum, [&] { edit::removeAgendaItem(doc, Table<AgendaItem>(file).get(decided.id)); });

        const Decision voted = first<Decision>(file, QStringLiteral("id IN (SELECT decision_id FROM vote) AND id IN "
                                                                    "(SELECT decision_id FROM action_item)"));
        DecisionRecord proposed = DecisionRecord::proposed(file, voted.meetingId);
        proposed.decision.text = QStringLiteral("Aprobar el calendario");
        checkEdit(forum, [&] { edit::addDecision(doc, proposed); });
        const DecisionRecord record = DecisionRecord::load(file, voted.id);
        DecisionRecord changed = record;
        changed.decision.text = QStringLiteral("Aprobar el plan con cambios");
        REQUIRE_FALSE(changed.votes.isEmpty());
        changed.votes.removeLast();
        changed.tally();
        checkEdit(forum, [&] { edit::editDecision(doc, record, changed); });
        checkEdit(forum, [&] { edit::removeDecision(doc, DecisionRecord::load(file, voted.id)); });
    }

    SECTION("co-creation")
    {
        const ActionPlan plan = first<ActionPlan>(file);
        ActionPlan next = fresh(plan);
        next.title = QStringLiteral("Quinto plan");
        checkEdit(forum, [&] { edit::addPlan(doc, next); });
        ActionPlan retitled = plan;
        retitled.notes = QStringLiteral("Notas nuevas");
        checkEdit(forum, [&] { edit::editPlan(doc, plan, retitled); });

        const Contribution contribution = first<Contribution>(file, QStringLiteral("id IN (SELECT contribution_id FROM "
                                                                                   "contribution_commitment)"));
        const QList<qint64> links = ContributionLinks::commitmentsOf(file, contribution.id);
        Contribution answered = contribution;
        answered.response = QStringLiteral("Se incorpora al compromiso 2.");
        checkEdit(forum, [&] { edit::editContribution(doc, contribution, answered, links); });
        // Linked to another commitment instead of its first: undo brings back the very link row.
        QList<qint64> relinked = links.mid(1);
        relinked << first<Commitment>(file, QStringLiteral("id NOT IN (SELECT commitment_id FROM contribution_commitment "
                                                           "WHERE contribution_id = ?)"),
                                      {contribution.id})
                        .id;
        checkEdit(forum, [&] { edit::editContribution(doc, Table<Contribution>(file).get(contribution.id), answered, relinked); });
        checkEdit(forum, [&] { edit::addContribution(doc, fresh(contribution), links); });
        checkEdit(forum, [&] { edit::removeContribution(doc, Table<Contribution>(file).get(contribution.id)); });
        const QByteArray csv = "date,channel,author,sector,text\n"
                               "2026-03-02,online,Ana,civil_society,Datos abiertos de compras\n"
                               "2026-03-03,email,Luis,academia,Presupuesto participativo\n";
        checkEdit(forum, [&] { edit::importContributions(doc, ContributionImport::read(file, csv, contribution.planId),
                                                           QStringLiteral("consulta.csv")); });

        const Commitment commitment = first<Commitment>(file);
        checkEdit(forum, [&] { edit::addCommitment(doc, [&] {
                         Commitment c = fresh(commitment);
                         c.number = QStringLiteral("99");
                         return c;
                     }()); });
        Commitment reframed = commitment;
        reframed.problem = QStringLiteral("Un problema mejor descrito.");
        checkEdit(forum, [&] { edit::editCommitment(doc, commitment, reframed); });
        const Milestone milestone = first<Milestone>(file, QStringLiteral("position = 0 AND id IN "
                                                                          "(SELECT milestone_id FROM progress_update)"));
        checkEdit(forum, [&] { edit::addMilestone(doc, [&] {
                         Milestone m = fresh(milestone);
                         m.position = 0;
                         m.activity = QStringLiteral("Consulta pública");
                         return m;
                     }()); });
        Milestone reweighed = Table<Milestone>(file).get(milestone.id);
        const Milestone unweighed = reweighed;
        reweighed.weight = 2.5;
        checkEdit(forum, [&] { edit::editMilestone(doc, unweighed, reweighed); });
        checkEdit(forum, [&] { edit::moveMilestone(doc, Table<Milestone>(file).get(milestone.id), 1); });
        checkEdit(forum, [&] { edit::removeMilestone(doc, Table<Milestone>(file).get(milestone.id)); });
        // The commitment that everything else names: milestones, updates, assessments,
        // citations, contributions and agenda items.
        const Commitment named = first<Commitment>(
            file, QStringLiteral("id IN (SELECT commitment_id FROM milestone) AND id IN (SELECT commitment_id FROM "
                                 "assessment) AND id IN (SELECT commitment_id FROM contribution_commitment)"));
        checkEdit(forum, [&] { edit::removeCommitment(doc, named); });
    }

    SECTION("implementation, evaluation and learning")
    {
        const Milestone milestone = first<Milestone>(file);
        ProgressUpdate update;
        update.milestoneId = milestone.id;
        update.reportedOn = QDate(2026, 6, 30);
        update.percent = 60;
        update.narrative = QStringLiteral("Avanza según lo previsto.");
        checkEdit(forum, [&] { edit::addProgressUpdate(doc, update, milestone.activity); });
        const Commitment commitment = Table<Commitment>(file).get(milestone.commitmentId);
        checkEdit(forum, [&] { edit::setCompletionLevel(doc, commitment, commitment.completionLevel == QLatin1String("limited")
                                                                                  ? QStringLiteral("substantial")
                                                                                  : QStringLiteral("limited"),
                                                          QStringLiteral("Verificado en terreno."), QDate(2026, 7, 1)); });

        const Assessment assessment = first<Assessment>(file);
        Assessment reassessed = assessment;
        reassessed.notes = QStringLiteral("Revisado con el MRI.");
        checkEdit(forum, [&] { edit::assess(doc, assessment, reassessed, QStringLiteral("Compromiso")); });
        const Commitment unassessed = first<Commitment>(file, QStringLiteral("id NOT IN (SELECT commitment_id FROM assessment)"));
        Assessment firstOne;
        firstOne.commitmentId = unassessed.id;
        firstOne.assessedOn = QDate(2026, 8, 1);
        checkEdit(forum, [&] { edit::assess(doc, std::nullopt, firstOne, unassessed.title); });

        const QStringList cited = PracticeLibrary::citations(file, commitment.id);
        QStringList citing = cited;
        for (const QString &key : PracticeLibrary::keys())
            if (!citing.contains(key) && citing.size() < cited.size() + 2)
                citing << key;
        if (!citing.isEmpty() && !cited.isEmpty())
            citing.removeFirst();
        checkEdit(forum, [&] { edit::citePractices(doc, commitment, cited, citing); });

        const Lesson lesson = first<Lesson>(file);
        checkEdit(forum, [&] { edit::addLesson(doc, fresh(lesson)); });
        Lesson rewritten = lesson;
        rewritten.recommendation = QStringLiteral("Convocar antes.");
        checkEdit(forum, [&] { edit::editLesson(doc, lesson, rewritten); });
        const QList<ActionPlan> plans = Table<ActionPlan>(file).list(QString(), {}, QStringLiteral("period_start"));
        REQUIRE(plans.size() >= 2);
        const Lesson kept = first<Lesson>(file, QStringLiteral("carried_into_plan_id IS NULL AND plan_id = ?"),
                                          {plans.first().id});
        checkEdit(forum, [&] { edit::carryLesson(doc, kept, plans.last().id, plans.last().title); });
        checkEdit(forum, [&] { edit::carryLesson(doc, Table<Lesson>(file).get(kept.id), 0, plans.last().title); });
        checkEdit(forum, [&] { edit::removeLesson(doc, Table<Lesson>(file).get(lesson.id)); });

        const ActionPlan plan = plans.first();
        const QString onward = StageGate::nextStage(plan.stage);
        const QString to = onward.isEmpty() ? StageGate::previousStage(plan.stage) : onward;
        checkEdit(forum, [&] { edit::movePlanStage(doc, plan, to, QStringLiteral("Acordado en sesión.")); });
    }
}
