// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QStringList>

namespace forumdesk {

struct ActionPlan;

// OGP's calendar for action plans: plans are due on 31 August, cover at least 20 months, and a
// plan more than four months late is "acting contrary to process".
class PlanCalendar {
    Q_DECLARE_TR_FUNCTIONS(PlanCalendar)

public:
    static constexpr int kMinimumMonths = 20;
    static constexpr int kLateMonths = 4;

    // The 31 August on or before the day the plan starts: the deadline OGP sets for it.
    static QDate defaultDueDate(const QDate &periodStart);
    // Whole months from start to end (both days included): 1 Sep 2024 to 31 Aug 2026 is 24.
    static int monthsCovered(const QDate &start, const QDate &end);
    // Whole months the plan was (or, by `today`, is) submitted after its due date; 0 if on time.
    static int monthsLate(const ActionPlan &plan, const QDate &today);
    // Readable warnings about a plan's dates (too short, late, contrary to process); empty if none.
    static QStringList warnings(const ActionPlan &plan, const QDate &today);
};

} // namespace forumdesk
