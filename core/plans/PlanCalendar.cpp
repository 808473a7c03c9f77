// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/plans/PlanCalendar.h"

#include "core/plans/ActionPlan.h"

#include <QCoreApplication>

namespace forumdesk {

QDate PlanCalendar::defaultDueDate(const QDate &periodStart)
{
    if (!periodStart.isValid())
        return {};
    const QDate sameYear(periodStart.year(), 8, 31);
    return sameYear <= periodStart ? sameYear : QDate(periodStart.year() - 1, 8, 31);
}

namespace {

// Whole months from `from` to `to`: how many times a month can be added to `from` (its day
// clamped to the month's end, as 31 August plus six months is 28 February) without passing `to`.
int wholeMonths(const QDate &from, const QDate &to)
{
    int months = 0;
    while (from.addMonths(months + 1) <= to)
        ++months;
    return months;
}

} // namespace

int PlanCalendar::monthsCovered(const QDate &start, const QDate &end)
{
    if (!start.isValid() || !end.isValid() || end < start)
        return 0;
    return wholeMonths(start, end.addDays(1)); // the plan runs to the end of its last day
}

int PlanCalendar::monthsLate(const ActionPlan &plan, const QDate &today)
{
    if (!plan.dueOn.isValid())
        return 0;
    const QDate submitted = plan.submittedOn.isValid() ? plan.submittedOn : today;
    if (submitted <= plan.dueOn)
        return 0;
    return wholeMonths(plan.dueOn, submitted);
}

QStringList PlanCalendar::warnings(const ActionPlan &plan, const QDate &today)
{
    QStringList result;
    const int months = monthsCovered(plan.periodStart, plan.periodEnd);
    if (plan.periodStart.isValid() && plan.periodEnd.isValid() && months < kMinimumMonths)
        result << tr("The plan covers %1 months; OGP asks for at least %2.").arg(months).arg(kMinimumMonths);
    const int late = monthsLate(plan, today);
    if (late > kLateMonths)
        result << tr("The plan is more than %1 months past its due date (%2): OGP considers this acting contrary to process.")
                      .arg(kLateMonths).arg(plan.dueOn.toString(Qt::ISODate));
    else if (!plan.submittedOn.isValid() && plan.dueOn.isValid() && today > plan.dueOn)
        result << tr("The plan was due on %1 and has not been submitted.").arg(plan.dueOn.toString(Qt::ISODate));
    return result;
}

} // namespace forumdesk
