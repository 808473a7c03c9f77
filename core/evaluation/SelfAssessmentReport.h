// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTextDocument>

#include <memory>

namespace forumdesk {

class ForumFile;

// The end-of-term self-assessment report of a plan, in the forum's language, on the structure OGP
// gives it (GLOSSARY.md): 1. the plan, its period and its results in figures (starred, completion,
// "Did it open government?", self-assessment and IRM side by side); 2. the process: co-creation
// in figures, participation during implementation (meetings and who attended), the forum's role;
// 3. the final results of each commitment: completion, progress, evidence, the practices that
// inspired it, its self-assessment beside the IRM's, starred or why not; 4. where the IRM's
// assessment differs from the forum's; 5. lessons learned and recommendations; 6. next steps
// (the lessons carried into later plans). Write it with DocumentWriter (pdf, odt, html, md).
class SelfAssessmentReport {
public:
    static std::unique_ptr<QTextDocument> build(ForumFile &file, qint64 planId);
};

} // namespace forumdesk
