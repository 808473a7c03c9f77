// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTextDocument>

#include <memory>

namespace forumdesk {

class ForumFile;
struct MeetingDossier;
class DocumentLanguage;

// The minutes of a meeting, on the forum manual's template: forum and session, date and place,
// chair and secretary, attendance by sector with the quorum, the agenda, the discussion per item,
// decisions with their results, action items, the next meeting and the approval line. In the
// forum's language.
class MinutesDocument {
public:
    static std::unique_ptr<QTextDocument> build(ForumFile &file, qint64 meetingId);
    static std::unique_ptr<QTextDocument> build(const MeetingDossier &dossier, const DocumentLanguage &language);
};

// The notice that calls a meeting: what, when, where, the agenda with its expected times, the
// matters arising from earlier meetings. In the forum's language.
class MeetingNotice {
public:
    static std::unique_ptr<QTextDocument> build(ForumFile &file, qint64 meetingId);
    static std::unique_ptr<QTextDocument> build(const MeetingDossier &dossier, const DocumentLanguage &language);
};

} // namespace forumdesk
