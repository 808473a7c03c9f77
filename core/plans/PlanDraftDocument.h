// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTextDocument>

#include <memory>

namespace forumdesk {

class ForumFile;

// The action plan draft on OGP's template, in the forum's language: cover, contents, introduction
// and context, open government efforts to date, the co-creation process (its meetings and events,
// contributions by sector and channel, how many were answered and incorporated), each commitment
// on the OGP template with its milestones table, and monitoring.
class PlanDraftDocument {
public:
    static std::unique_ptr<QTextDocument> build(ForumFile &file, qint64 planId);
};

// The reasoned-response report of a plan: every contribution, what became of it and why.
class ResponseReport {
public:
    static std::unique_ptr<QTextDocument> build(ForumFile &file, qint64 planId);
};

} // namespace forumdesk
