// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/implementation/ProgressReportDocument.h"

#include "core/documents/DocumentBuilder.h"
#include "core/documents/DocumentLanguage.h"
#include "core/storage/Database.h"
#include "core/storage/ForumFile.h"
#include "core/storage/Table.h"

#include <QMap>


namespace forumdesk {

namespace {

using L = Vocabulary::List;

const char kContext[] = "ProgressReport";

QString percent(const DocumentLanguage &lang, double value)
{
    // A no-break space: "58 %" never wraps between the number and its sign.
    return lang.locale().toString(qRound(value)) + QStringLiteral("\u00a0%");
}

// One update as a line: when, how far, in what state, what was done, the evidence and who said so.
QString updateLine(const DocumentLanguage &lang, const ProgressUpdate &u)
{
    const auto t = [&](const char *source) { return lang.text(kContext, source); };
    QString line = QStringLiteral("%1 · %2 · %3").arg(lang.shortDate(u.reportedOn), percent(lang, u.percent),
                                                      lang.label(L::ProgressStatus, u.status));
    // The narrative's own line breaks would end the list item: they become spaces here.
    const QString narrative = u.narrative.split(QLatin1Char('\n'), Qt::SkipEmptyParts).join(QLatin1Char(' ')).trimmed();
    if (!narrative.isEmpty())
        line += QStringLiteral(" — ") + narrative;
    if (!u.evidence.trimmed().isEmpty())
        line += QStringLiteral(" — ") + t(QT_TRANSLATE_NOOP("ProgressReport", "Evidence: %1")).arg(u.evidence.trimmed());
    if (!u.reporter.trimmed().isEmpty())
        line += QStringLiteral(" — ") + t(QT_TRANSLATE_NOOP("ProgressReport", "Reported by %1")).arg(u.reporter.trimmed());
    return line;
}

QString levelText(const DocumentLanguage &lang, const CommitmentProgress &p)
{
    const QString level = lang.label(L::Completion, p.level);
    if (!p.overridden)
        return level;
    return lang.text(kContext, QT_TRANSLATE_NOOP("ProgressReport", "%1, set by the forum (progress suggests %2)"))
        .arg(level, lang.label(L::Completion, p.suggestedLevel));
}

QString milestonesText(const DocumentLanguage &lang, const CommitmentProgress &p)
{
    QString text = lang.text(kContext, QT_TRANSLATE_NOOP("ProgressReport", "%1 of %2 done"))
                       .arg(p.milestonesDone)
                       .arg(p.milestones);
    if (p.overdueMilestones > 0)
        text += QStringLiteral(", ") + lang.text(kContext, QT_TRANSLATE_N_NOOP("ProgressReport", "%n overdue"), p.overdueMilestones);
    return text;
}

void summary(DocumentBuilder &doc, const ProgressReportContent &c, const DocumentLanguage &lang)
{
    const auto t = [&](const char *source) { return lang.text(kContext, source); };
    double sum = 0;
    int measured = 0;
    int milestones = 0;
    int done = 0;
    int overdue = 0;
    int setByForum = 0;
    QDate last;
    QMap<QString, int> levels;
    for (const CommitmentProgress &p : c.commitments) {
        // The plan's progress is the mean of its commitments' (PlanStats): those without
        // milestones have nothing to measure and are left out.
        if (p.milestones > 0) {
            sum += p.percent;
            ++measured;
        }
        milestones += p.milestones;
        done += p.milestonesDone;
        overdue += p.overdueMilestones;
        setByForum += p.overridden ? 1 : 0;
        if (p.lastUpdate.isValid() && (!last.isValid() || p.lastUpdate > last))
            last = p.lastUpdate;
        ++levels[p.level];
    }

    doc.heading(t(QT_TRANSLATE_NOOP("ProgressReport", "Summary")));
    doc.field(t(QT_TRANSLATE_NOOP("ProgressReport", "Overall progress")),
              measured > 0 ? percent(lang, sum / measured) : t(QT_TRANSLATE_NOOP("ProgressReport", "no milestones yet")));
    doc.field(t(QT_TRANSLATE_NOOP("ProgressReport", "Commitments")), lang.locale().toString(int(c.commitments.size())));
    doc.field(t(QT_TRANSLATE_NOOP("ProgressReport", "Milestones")),
              t(QT_TRANSLATE_NOOP("ProgressReport", "%1 done, %2 overdue, of %3"))
                  .arg(lang.locale().toString(done), lang.locale().toString(overdue), lang.locale().toString(milestones)));
    doc.field(t(QT_TRANSLATE_NOOP("ProgressReport", "Last progress update")),
              last.isValid() ? lang.longDate(last) : t(QT_TRANSLATE_NOOP("ProgressReport", "none yet")));
    if (c.commitments.isEmpty())
        return;

    QList<QStringList> rows;
    for (const QString &key : Vocabulary::keys(L::Completion))
        if (levels.value(key) > 0)
            rows << QStringList{lang.label(L::Completion, key), lang.locale().toString(levels.value(key))};
    doc.table({t(QT_TRANSLATE_NOOP("ProgressReport", "Completion level")), t(QT_TRANSLATE_NOOP("ProgressReport", "Commitments"))},
              rows, {70, 30});
    if (setByForum > 0)
        doc.paragraph(lang.text(kContext, QT_TRANSLATE_N_NOOP("ProgressReport", "The forum set the completion level of %n commitment(s) otherwise than progress suggests; the reasons are given with each commitment."),
                                setByForum));

    doc.heading(t(QT_TRANSLATE_NOOP("ProgressReport", "Commitments at a glance")), 3);
    rows.clear();
    for (const CommitmentProgress &p : c.commitments)
        rows << QStringList{p.number, p.title, p.leadAgency, percent(lang, p.percent), levelText(lang, p), milestonesText(lang, p)};
    doc.table({t(QT_TRANSLATE_NOOP("ProgressReport", "No.")), t(QT_TRANSLATE_NOOP("ProgressReport", "Commitment")),
               t(QT_TRANSLATE_NOOP("ProgressReport", "Lead implementing agency")), t(QT_TRANSLATE_NOOP("ProgressReport", "Progress")),
               t(QT_TRANSLATE_NOOP("ProgressReport", "Completion level")), t(QT_TRANSLATE_NOOP("ProgressReport", "Milestones"))},
              rows, {6, 30, 20, 12, 17, 15});
}

void commitment(DocumentBuilder &doc, const ProgressReportContent &c, const CommitmentProgress &p, const DocumentLanguage &lang)
{
    const auto t = [&](const char *source) { return lang.text(kContext, source); };
    doc.heading(QStringLiteral("%1. %2").arg(p.number, p.title), 3);
    doc.field(t(QT_TRANSLATE_NOOP("ProgressReport", "Lead implementing agency")), p.leadAgency);
    doc.field(t(QT_TRANSLATE_NOOP("ProgressReport", "Progress")),
              p.milestones > 0 ? QStringLiteral("%1 (%2)").arg(percent(lang, p.percent), milestonesText(lang, p))
                               : t(QT_TRANSLATE_NOOP("ProgressReport", "no milestones yet")));
    doc.field(t(QT_TRANSLATE_NOOP("ProgressReport", "Completion level")), levelText(lang, p));
    if (p.overridden)
        doc.field(t(QT_TRANSLATE_NOOP("ProgressReport", "The forum's reason")), p.reason);
    doc.field(t(QT_TRANSLATE_NOOP("ProgressReport", "Last progress update")), lang.longDate(p.lastUpdate));

    const QList<MilestoneStanding> milestones = c.milestones.value(p.commitmentId);
    if (milestones.isEmpty())
        return;
    QList<QStringList> rows;
    for (const MilestoneStanding &m : milestones) {
        QString due = lang.shortDate(m.endOn);
        if (m.overdue)
            due = t(QT_TRANSLATE_NOOP("ProgressReport", "%1 (overdue)")).arg(due);
        rows << QStringList{m.activity, due, m.status.isEmpty() ? QString() : percent(lang, m.percent),
                            m.status.isEmpty() ? t(QT_TRANSLATE_NOOP("ProgressReport", "no update yet"))
                                               : lang.label(L::ProgressStatus, m.status)};
    }
    doc.table({t(QT_TRANSLATE_NOOP("ProgressReport", "Milestone")), t(QT_TRANSLATE_NOOP("ProgressReport", "Due")),
               t(QT_TRANSLATE_NOOP("ProgressReport", "Progress")), t(QT_TRANSLATE_NOOP("ProgressReport", "Status"))},
              rows, {52, 20, 12, 16});

    bool any = false;
    for (const MilestoneStanding &m : milestones) {
        const QList<ProgressUpdate> updates = c.latestUpdates.value(m.id);
        if (updates.isEmpty())
            continue;
        if (!any)
            doc.heading(t(QT_TRANSLATE_NOOP("ProgressReport", "Latest updates")), 4);
        any = true;
        doc.field(t(QT_TRANSLATE_NOOP("ProgressReport", "Milestone")), m.activity);
        QStringList lines;
        for (const ProgressUpdate &u : updates)
            lines << updateLine(lang, u);
        doc.bullets(lines);
    }
}

} // namespace

ProgressReportContent ProgressReportContent::load(ForumFile &file, qint64 planId, const QDate &today)
{
    ProgressReportContent c;
    c.forum = Table<Forum>(file).get(1);
    c.plan = Table<ActionPlan>(file).get(planId); // NotFound names the plan
    c.today = today;
    c.commitments = ProgressTracking::forPlan(file, planId, today);

    Database &db = file.database();
    // Each milestone with its latest update, in one pass.
    Statement milestones = db.query(QStringLiteral(
        "SELECT m.id, m.commitment_id, m.activity, m.end_on, p.percent, p.status "
        "FROM milestone m JOIN commitment c ON c.id = m.commitment_id "
        "LEFT JOIN progress_update p ON p.id = (SELECT q.id FROM progress_update q WHERE q.milestone_id = m.id "
        "                                       ORDER BY q.reported_on DESC, q.id DESC LIMIT 1) "
        "WHERE c.plan_id = ? ORDER BY m.commitment_id, m.position, m.id"));
    milestones.bind(1, planId);
    while (milestones.next()) {
        MilestoneStanding m;
        m.id = milestones.int64(0);
        m.activity = milestones.text(2);
        m.endOn = parseDate(milestones.text(3));
        if (!milestones.isNull(4)) {
            m.percent = int(milestones.int64(4));
            m.status = milestones.text(5);
        }
        // As ProgressTracking counts it: ended before today and not at 100 %.
        m.overdue = m.endOn.isValid() && m.endOn < today && m.percent < 100;
        c.milestones[milestones.int64(1)] << m;
    }

    // The latest few updates of every milestone of the plan, in one pass.
    Statement updates = db.query(QStringLiteral(
        "SELECT milestone_id, reported_on, percent, status, coalesce(narrative, ''), coalesce(evidence, ''), "
        "  coalesce(reporter, ''), id "
        "FROM (SELECT p.*, row_number() OVER (PARTITION BY p.milestone_id ORDER BY p.reported_on DESC, p.id DESC) AS n "
        "      FROM progress_update p JOIN milestone m ON m.id = p.milestone_id "
        "      JOIN commitment c ON c.id = m.commitment_id WHERE c.plan_id = ?) "
        "WHERE n <= ? ORDER BY milestone_id, n"));
    updates.bindAll({planId, kUpdatesPerMilestone});
    while (updates.next()) {
        ProgressUpdate u;
        u.milestoneId = updates.int64(0);
        u.reportedOn = parseDate(updates.text(1));
        u.percent = int(updates.int64(2));
        u.status = updates.text(3);
        u.narrative = updates.text(4);
        u.evidence = updates.text(5);
        u.reporter = updates.text(6);
        u.id = updates.int64(7);
        c.latestUpdates[u.milestoneId] << u;
    }
    return c;
}

std::unique_ptr<QTextDocument> ProgressReportDocument::build(const ProgressReportContent &c, const QList<ReportFigure> &figures)
{
    const DocumentLanguage lang(c.forum.language);
    const auto t = [&](const char *source) { return lang.text(kContext, source); };
    const QString title = t(QT_TRANSLATE_NOOP("ProgressReport", "Progress report"));
    DocumentBuilder doc(QStringLiteral("%1 — %2").arg(title, c.plan.title));
    doc.setRunningHead(lang, c.forum.name, c.today);
    doc.title(title, QStringLiteral("%1 — %2").arg(c.forum.name, c.plan.title));
    doc.paragraph(t(QT_TRANSLATE_NOOP("ProgressReport", "Action plan %1 to %2"))
                      .arg(lang.longDate(c.plan.periodStart), lang.longDate(c.plan.periodEnd)));
    doc.field(t(QT_TRANSLATE_NOOP("ProgressReport", "Stage")), lang.label(L::PlanStage, c.plan.stage));
    doc.field(t(QT_TRANSLATE_NOOP("ProgressReport", "Report date")), lang.longDate(c.today));

    summary(doc, c, lang);

    // On paper, the charts and the commitments each start a page of their own.
    if (!figures.isEmpty()) {
        doc.pageBreak();
        doc.heading(t(QT_TRANSLATE_NOOP("ProgressReport", "Charts")));
        for (const ReportFigure &figure : figures)
            doc.image(figure.image, figure.caption);
    }

    doc.pageBreak();
    doc.heading(t(QT_TRANSLATE_NOOP("ProgressReport", "Progress of each commitment")));
    if (c.commitments.isEmpty())
        doc.paragraph(t(QT_TRANSLATE_NOOP("ProgressReport", "The plan has no commitments yet.")));
    for (const CommitmentProgress &p : c.commitments)
        commitment(doc, c, p, lang);
    return doc.take();
}

std::unique_ptr<QTextDocument> ProgressReportDocument::build(ForumFile &file, qint64 planId, const QDate &today,
                                                             const QList<ReportFigure> &figures)
{
    return build(ProgressReportContent::load(file, planId, today), figures);
}

} // namespace forumdesk
