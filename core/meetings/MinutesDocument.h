// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QTextDocument>

#include <memory>

namespace forumdesk {

class ForumFile;
struct Meeting;
struct MeetingDossier;
class DocumentLanguage;

// The minutes of a meeting, on the forum manual's template: forum and session, date and place,
// chair and secretary, attendance by sector with the quorum, the agenda, the discussion per item,
// decisions with their results, action items, the next meeting and the approval line. In the
// forum's language. Minutes follow the meeting's state: a planned meeting has none (build throws
// a StorageError of kind Validation saying so); a cancelled one gets a notice of its cancellation;
// minutes not yet approved say DRAFT on their title; approved minutes show the action items as they
// stood on the day of approval.
class MinutesDocument {
public:
    // Why the meeting can have no minutes yet, in the interface's language; empty when it can.
    static QString refusal(const Meeting &meeting);
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
