// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/implementation/ProgressTracking.h"

#include "core/forum/Vocabulary.h"
#include "core/forum/VocabularyKeys.h"
#include "core/plans/Commitment.h"
#include "core/storage/Database.h"
#include "core/storage/ForumFile.h"
#include "core/storage/StorageError.h"
#include "core/storage/Table.h"

namespace forumdesk {

namespace {

// One row per commitment: its milestones' latest percents, weighted, in one pass.
QList<CommitmentProgress> query(ForumFile &file, const QString &where, const QVariant &id, const QDate &today)
{
    const QString sql = QStringLiteral(
        "WITH latest AS ("
        "  SELECT m.id, m.commitment_id, m.weight, m.end_on, "
        "    coalesce((SELECT p.percent FROM progress_update p WHERE p.milestone_id = m.id "
        "              ORDER BY p.reported_on DESC, p.id DESC LIMIT 1), 0) AS percent "
        "  FROM milestone m JOIN commitment c ON c.id = m.commitment_id WHERE %1) "
        "SELECT c.id, c.number, c.title, coalesce(c.lead_agency, ''), coalesce(c.completion_level, ''), "
        "  coalesce(c.completion_reason, ''), "
        "  coalesce(sum(l.weight * l.percent) / nullif(sum(l.weight), 0), 0), count(l.id), "
        "  coalesce(sum(l.percent >= 100), 0), coalesce(sum(l.end_on < ? AND l.percent < 100), 0), "
        "  (SELECT max(p.reported_on) FROM progress_update p JOIN milestone m2 ON m2.id = p.milestone_id "
        "   WHERE m2.commitment_id = c.id) "
        "FROM commitment c LEFT JOIN latest l ON l.commitment_id = c.id WHERE %1 "
        "GROUP BY c.id ORDER BY %2").arg(where, Commitment::planOrder(QStringLiteral("c")));
    Statement st = file.database().query(sql);
    st.bindAll({id, formatDate(today), id});
    QList<CommitmentProgress> result;
    while (st.next()) {
        CommitmentProgress p;
        p.commitmentId = st.int64(0);
        p.number = st.text(1);
        p.title = st.text(2);
        p.leadAgency = st.text(3);
        const QString set = st.text(4);
        p.reason = st.text(5);
        p.percent = st.real(6);
        p.milestones = int(st.int64(7));
        p.milestonesDone = int(st.int64(8));
        p.overdueMilestones = int(st.int64(9));
        p.lastUpdate = parseDate(st.text(10));
        p.suggestedLevel = ProgressTracking::suggestedLevel(p.percent);
        p.level = set.isEmpty() ? p.suggestedLevel : set;
        p.overridden = !set.isEmpty() && set != p.suggestedLevel;
        result << p;
    }
    return result;
}

} // namespace

QString ProgressTracking::suggestedLevel(double percent)
{
    if (percent <= 0)
        return key::Completion::NotStarted;
    if (percent >= 100)
        return key::Completion::Complete;
    return percent < 50 ? key::Completion::Limited : key::Completion::Substantial;
}

QList<CommitmentProgress> ProgressTracking::forPlan(ForumFile &file, qint64 planId, const QDate &today)
{
    return query(file, QStringLiteral("c.plan_id = ?"), planId, today);
}

CommitmentProgress ProgressTracking::forCommitment(ForumFile &file, qint64 commitmentId, const QDate &today)
{
    const QList<CommitmentProgress> one = query(file, QStringLiteral("c.id = ?"), commitmentId, today);
    if (one.isEmpty())
        Table<Commitment>(file).get(commitmentId); // throws NotFound with the id
    return one.first();
}

void ProgressTracking::checkLevel(const CommitmentProgress &progress, const QString &level, const QString &reason)
{
    if (!level.isEmpty() && level != progress.suggestedLevel && reason.trimmed().isEmpty())
        throw ValidationError(QStringLiteral("commitment"), QStringLiteral("completion_reason"), QStringLiteral("required"),
                              tr("Progress suggests “%1”; give the reason for “%2”")
                                  .arg(Vocabulary::label(Vocabulary::List::Completion, progress.suggestedLevel),
                                       Vocabulary::label(Vocabulary::List::Completion, level)));
}

void ProgressTracking::setLevel(ForumFile &file, qint64 commitmentId, const QString &level, const QString &reason,
                                const QDate &today)
{
    const CommitmentProgress now = forCommitment(file, commitmentId, today);
    checkLevel(now, level, reason);
    Commitment c = Table<Commitment>(file).get(commitmentId);
    c.completionLevel = level;
    c.completionReason = level.isEmpty() || level == now.suggestedLevel ? QString() : reason.trimmed();
    Table<Commitment>(file).update(c); // one transaction, logged
}

} // namespace forumdesk
