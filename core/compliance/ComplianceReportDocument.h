// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QTextDocument>

#include <memory>

namespace forumdesk {

class ForumFile;
struct StandardsCheck;

// The compliance report of an action plan, in the forum's language: the forum, the plan and the
// day of the check, a summary line (how many rules are met, at risk, not met), the rules at a
// glance, then each OGP minimum requirement and calendar rule with its status, the evidence and
// the next step, and the IRM's three questions with the data behind each answer.
class ComplianceReportDocument {
public:
    // Evaluates the plan's standards on `today`, in the forum's language, and builds the report.
    static std::unique_ptr<QTextDocument> build(ForumFile &file, qint64 planId, const QDate &today);
};

} // namespace forumdesk
