// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/plans/StageGate.h"

#include "core/forum/Vocabulary.h"
#include "core/forum/VocabularyKeys.h"
#include "core/plans/ActionPlan.h"
#include "core/plans/Commitment.h"
#include "core/storage/Database.h"
#include "core/storage/ForumFile.h"
#include "core/storage/StorageError.h"
#include "core/storage/Table.h"

#include <QDateTime>

#include <functional>

namespace forumdesk {

namespace {

using L = Vocabulary::List;

constexpr int kNamed = 10; // records named per missing item; the rest are counted

[[noreturn]] void refuse(const char *rule, const QString &message)
{
    throw ValidationError(ActionPlan::schema().table, QStringLiteral("stage"), QString::fromLatin1(rule), message);
}

// Runs `sql` (bound to the plan; its last column is count(*) OVER (), the rest make one name) and,
// when it finds records, returns `message` (with %1 for the count and %2 for the names) filled in.
QString namedRecords(ForumFile &file, const QString &sql, qint64 planId,
                     const std::function<QString(const Statement &)> &name, const char *message)
{
    Statement st = file.database().query(sql + QStringLiteral(" LIMIT %1").arg(kNamed));
    st.bind(1, planId);
    QStringList names;
    int total = 0;
    while (st.next()) {
        names << name(st);
        total = int(st.int64(st.columnCount() - 1));
    }
    if (names.isEmpty())
        return QString();
    QString list = names.join(QStringLiteral(", "));
    if (total > names.size())
        list = StageGate::tr("%1 and %2 more").arg(list, QString::number(total - int(names.size())));
    return QCoreApplication::translate("StageGate", message).arg(QString::number(total), list);
}

QString commitmentName(const Statement &st)
{
    return StageGate::tr("%1 “%2”").arg(st.text(0), st.text(1));
}

// Commitments of the plan (aliased c) matching `condition`, in plan order.
QString commitmentsWhere(const QString &condition)
{
    return QStringLiteral("SELECT c.number, c.title, count(*) OVER () FROM commitment c WHERE c.plan_id = ? AND (%1) ORDER BY %2")
        .arg(condition, Commitment::planOrder(QStringLiteral("c")));
}

QStringList toImplement(ForumFile &file, qint64 planId)
{
    QStringList missing;
    Database &db = file.database();
    if (db.scalar(QStringLiteral("SELECT count(*) FROM commitment WHERE plan_id = ?"), {planId}).toInt() == 0)
        missing << StageGate::tr("The plan has no commitments yet.");
    missing << namedRecords(
        file,
        QStringLiteral("SELECT id, coalesce(author, ''), count(*) OVER () FROM contribution WHERE plan_id = ? "
                       "AND (trim(coalesce(response, '')) = '' OR responded_on IS NULL) ORDER BY received_on, id"),
        planId,
        [](const Statement &st) {
            return st.text(1).isEmpty() ? QStringLiteral("#%1").arg(st.int64(0))
                                        : QStringLiteral("#%1 (%2)").arg(QString::number(st.int64(0)), st.text(1));
        },
        QT_TRANSLATE_NOOP("StageGate", "Contributions without a reasoned response with its date (%1): %2."));
    missing << namedRecords(file, commitmentsWhere(QStringLiteral("trim(coalesce(c.lead_agency, '')) = ''")), planId,
                            commitmentName,
                            QT_TRANSLATE_NOOP("StageGate", "Commitments without a lead implementing agency (%1): %2."));
    missing << namedRecords(file,
                            commitmentsWhere(QStringLiteral("NOT EXISTS (SELECT 1 FROM milestone m WHERE m.commitment_id = c.id)")),
                            planId, commitmentName,
                            QT_TRANSLATE_NOOP("StageGate", "Commitments without milestones (%1): %2."));
    missing << namedRecords(
        file,
        QStringLiteral("SELECT m.activity, c.number, count(*) OVER () FROM milestone m JOIN commitment c ON c.id = m.commitment_id "
                       "WHERE c.plan_id = ? AND m.end_on IS NULL ORDER BY %1, m.position, m.id")
            .arg(Commitment::planOrder(QStringLiteral("c"))),
        planId,
        [](const Statement &st) { return StageGate::tr("“%1” (commitment %2)").arg(st.text(0), st.text(1)); },
        QT_TRANSLATE_NOOP("StageGate", "Milestones without an expected completion (end) date (%1): %2."));
    if (!ActionPlan::approvedByForum(file, planId))
        missing << StageGate::tr("No adopted forum decision approves the plan: record the forum's approval with its meeting.");
    return missing;
}

QStringList toEvaluate(ForumFile &file, qint64 planId)
{
    return {namedRecords(file,
                         commitmentsWhere(QStringLiteral(
                             "c.completion_level IS NULL AND NOT EXISTS (SELECT 1 FROM progress_update p JOIN milestone m "
                             "ON m.id = p.milestone_id WHERE m.commitment_id = c.id)")),
                         planId, commitmentName,
                         QT_TRANSLATE_NOOP("StageGate", "Commitments with neither a progress update nor a completion level to assess them on (%1): %2."))};
}

QStringList toLearn(ForumFile &file, qint64 planId)
{
    return {namedRecords(file,
                         commitmentsWhere(QStringLiteral(
                             "NOT EXISTS (SELECT 1 FROM assessment a WHERE a.commitment_id = c.id AND a.source = 'self')")),
                         planId, commitmentName,
                         QT_TRANSLATE_NOOP("StageGate", "Commitments without a self-assessment (%1): %2.")),
            namedRecords(file,
                         commitmentsWhere(QStringLiteral(
                             "EXISTS (SELECT 1 FROM assessment a WHERE a.commitment_id = c.id AND a.source = 'self' "
                             "AND a.completion IS NULL)")),
                         planId, commitmentName,
                         QT_TRANSLATE_NOOP("StageGate", "Commitments whose self-assessment gives no completion level (%1): %2."))};
}

QStringList toClose(ForumFile &file, qint64 planId)
{
    if (file.database().scalar(QStringLiteral("SELECT count(*) FROM lesson WHERE plan_id = ?"), {planId}).toInt() > 0)
        return {};
    return {StageGate::tr("No lesson learned is recorded for the plan.")};
}

QString stageLabel(const QString &stage)
{
    return Vocabulary::label(L::PlanStage, stage);
}

// Throws unless `to` is the stage just after or just before `from`. Returns true for a step forward.
bool checkStep(const ActionPlan &plan, const QString &to)
{
    if (!StageGate::stages().contains(to))
        refuse("one_of", StageGate::tr("“%1” is not a stage of a plan; the stages are %2")
                             .arg(to, StageGate::stages().join(QStringLiteral(", "))));
    if (to == plan.stage)
        refuse("same_stage", StageGate::tr("“%1” is already at the stage “%2”").arg(plan.title, stageLabel(to)));
    if (to == StageGate::nextStage(plan.stage))
        return true;
    if (to == StageGate::previousStage(plan.stage))
        return false;
    QStringList allowed;
    for (const QString &stage : {StageGate::nextStage(plan.stage), StageGate::previousStage(plan.stage)})
        if (!stage.isEmpty())
            allowed << QStringLiteral("“%1”").arg(stageLabel(stage));
    refuse("one_step", StageGate::tr("A plan moves one stage at a time: from “%1”, “%2” can go to %3, not to “%4”")
                           .arg(stageLabel(plan.stage), plan.title, allowed.join(StageGate::tr(" or ")), stageLabel(to)));
}

// Sets the file's actor for the life of a move, then puts the previous one back.
class ActingAs {
public:
    ActingAs(ForumFile &file, const QString &actor) : m_file(file), m_previous(file.actor())
    {
        if (!actor.trimmed().isEmpty())
            m_file.setActor(actor.trimmed());
    }
    ~ActingAs() { m_file.setActor(m_previous); }
    ActingAs(const ActingAs &) = delete;
    ActingAs &operator=(const ActingAs &) = delete;

private:
    ForumFile &m_file;
    QString m_previous;
};

} // namespace

QStringList StageGate::stages()
{
    return Vocabulary::keys(L::PlanStage);
}

QString StageGate::nextStage(const QString &stage)
{
    const QStringList all = stages();
    const qsizetype index = all.indexOf(stage);
    return index >= 0 && index + 1 < all.size() ? all.at(index + 1) : QString();
}

QString StageGate::previousStage(const QString &stage)
{
    const QStringList all = stages();
    const qsizetype index = all.indexOf(stage);
    return index > 0 ? all.at(index - 1) : QString();
}

QStringList StageGate::check(ForumFile &file, qint64 planId, const QString &toStage)
{
    const ActionPlan plan = Table<ActionPlan>(file).get(planId);
    if (!checkStep(plan, toStage))
        return {};
    QStringList missing;
    if (toStage == key::PlanStage::Implement)
        missing = toImplement(file, planId);
    else if (toStage == key::PlanStage::Evaluate)
        missing = toEvaluate(file, planId);
    else if (toStage == key::PlanStage::Learn)
        missing = toLearn(file, planId);
    else if (toStage == key::PlanStage::Closed)
        missing = toClose(file, planId);
    missing.removeAll(QString());
    return missing;
}

void StageGate::move(ForumFile &file, qint64 planId, const QString &toStage, const QString &reason, const QString &actor)
{
    file.requireWritable();
    const ActionPlan plan = Table<ActionPlan>(file).get(planId);
    const bool forward = checkStep(plan, toStage);
    const QStringList missing = check(file, planId, toStage);
    const QString why = reason.trimmed();
    if (!missing.isEmpty() && why.isEmpty())
        refuse("gate", tr("“%1” cannot move to “%2” yet: %3 Give a reason to move it anyway.")
                           .arg(plan.title, stageLabel(toStage), missing.join(QLatin1Char(' '))));

    QString summary = (forward ? tr("“%1” moved from “%2” to “%3”.") : tr("“%1” moved back from “%2” to “%3”."))
                          .arg(plan.title, stageLabel(plan.stage), stageLabel(toStage));
    if (!missing.isEmpty())
        summary += QLatin1Char(' ') + tr("Missing: %1").arg(missing.join(QLatin1Char(' ')));
    if (!why.isEmpty())
        summary += QLatin1Char(' ') + tr("Reason: %1").arg(why);

    ActingAs acting(file, actor);
    Transaction tx(file.database());
    Statement st = file.database().query(QStringLiteral("UPDATE action_plan SET stage = ?, updated_at = ? WHERE id = ?"));
    st.bindAll({toStage, formatTimestamp(QDateTime::currentDateTimeUtc()), planId});
    st.run();
    file.logActivity(QStringLiteral("stage"), ActionPlan::schema().table, plan.uid, summary);
    tx.commit();
}

} // namespace forumdesk
