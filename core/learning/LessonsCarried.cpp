// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/learning/LessonsCarried.h"

#include "core/plans/ActionPlan.h"
#include "core/storage/Database.h"
#include "core/storage/ForumFile.h"
#include "core/storage/StorageError.h"
#include "core/storage/Table.h"

namespace forumdesk {

namespace {

// The lessons matching `where` (over lesson l, its plan p and the plan it was carried into t),
// with both plans' titles: one query.
QList<LessonInPlans> lessons(ForumFile &file, const QString &where, qint64 planId, const QString &orderBy)
{
    QStringList columns{QStringLiteral("l.id"), QStringLiteral("l.uid"), QStringLiteral("l.created_at"),
                        QStringLiteral("l.updated_at")};
    const auto &fields = Lesson::schema().fields;
    for (const auto &f : fields)
        columns << QStringLiteral("l.") + f.column;
    Statement st = file.database().query(
        QStringLiteral("SELECT %1, p.title, coalesce(t.title, '') FROM lesson l JOIN action_plan p ON p.id = l.plan_id "
                       "LEFT JOIN action_plan t ON t.id = l.carried_into_plan_id WHERE %2 ORDER BY %3")
            .arg(columns.join(QStringLiteral(", ")), where, orderBy));
    st.bind(1, planId);
    QList<LessonInPlans> result;
    while (st.next()) {
        LessonInPlans row;
        row.lesson.id = st.int64(0);
        row.lesson.uid = st.text(1);
        row.lesson.createdAt = parseTimestamp(st.text(2));
        row.lesson.updatedAt = parseTimestamp(st.text(3));
        for (size_t i = 0; i < fields.size(); ++i)
            fields[i].store(row.lesson, st.value(4 + int(i)));
        row.planTitle = st.text(4 + int(fields.size()));
        row.carriedIntoTitle = st.text(5 + int(fields.size()));
        result << row;
    }
    return result;
}

} // namespace

QList<LessonInPlans> LessonsCarried::ofPlan(ForumFile &file, qint64 planId)
{
    return lessons(file, QStringLiteral("l.plan_id = ?"), planId,
                   QStringLiteral("l.kind = 'substance', l.id"));
}

QList<LessonInPlans> LessonsCarried::carriedInto(ForumFile &file, qint64 planId)
{
    return lessons(file, QStringLiteral("l.carried_into_plan_id = ?"), planId,
                   QStringLiteral("p.period_start, p.id, l.kind = 'substance', l.id"));
}

QList<LaterPlan> LessonsCarried::laterPlans(ForumFile &file, qint64 lessonId)
{
    Statement st = file.database().query(QStringLiteral(
        "SELECT t.id, t.title, t.period_start FROM lesson l JOIN action_plan p ON p.id = l.plan_id "
        "JOIN action_plan t ON t.period_start > p.period_start WHERE l.id = ? ORDER BY t.period_start, t.id"));
    st.bind(1, lessonId);
    QList<LaterPlan> result;
    while (st.next())
        result << LaterPlan{st.int64(0), st.text(1), parseDate(st.text(2))};
    return result;
}

void LessonsCarried::carry(ForumFile &file, qint64 lessonId, qint64 intoPlanId)
{
    file.requireWritable();
    Table<Lesson> table(file);
    Lesson lesson = table.get(lessonId);
    const ActionPlan target = Table<ActionPlan>(file).get(intoPlanId);
    const auto refuse = [&](const QString &message) {
        throw ValidationError(Lesson::schema().table, QStringLiteral("carried_into_plan_id"), QStringLiteral("later_plan"), message);
    };
    if (intoPlanId == lesson.planId)
        refuse(tr("A lesson is carried into another plan, not the plan it was learned in (“%1”)").arg(target.title));
    const QVariant later = file.database().scalar(
        QStringLiteral("SELECT t.period_start > p.period_start FROM action_plan p, action_plan t WHERE p.id = ? AND t.id = ?"),
        {lesson.planId, intoPlanId});
    if (later.toInt() != 1) {
        const ActionPlan own = Table<ActionPlan>(file).get(lesson.planId);
        refuse(tr("A lesson is carried into a later plan: “%1” starts on %2, not after “%3” (%4)")
                   .arg(target.title, formatDate(target.periodStart), own.title, formatDate(own.periodStart)));
    }
    if (lesson.carriedIntoPlanId == intoPlanId)
        return;
    lesson.carriedIntoPlanId = intoPlanId;
    table.update(lesson); // one transaction, logged
}

void LessonsCarried::takeBack(ForumFile &file, qint64 lessonId)
{
    file.requireWritable();
    Table<Lesson> table(file);
    Lesson lesson = table.get(lessonId);
    if (lesson.carriedIntoPlanId == 0)
        return;
    lesson.carriedIntoPlanId = 0;
    table.update(lesson);
}

} // namespace forumdesk
