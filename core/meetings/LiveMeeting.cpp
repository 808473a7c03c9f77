// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/meetings/LiveMeeting.h"

#include "core/forum/Forum.h"
#include "core/forum/Member.h"
#include "core/forum/VocabularyKeys.h"
#include "core/meetings/Majority.h"
#include "core/storage/Database.h"
#include "core/storage/ForumFile.h"
#include "core/storage/StorageError.h"
#include "core/storage/Table.h"

#include <QTimeZone>

#include <algorithm>

namespace forumdesk {

namespace {

QDateTime second(const QDateTime &now)
{
    // Moments are kept to the second: what is computed now is what is read back after a crash.
    return QDateTime::fromSecsSinceEpoch(now.toSecsSinceEpoch(), QTimeZone::utc());
}

[[noreturn]] void refuse(const char *field, const char *rule, const QString &message)
{
    throw ValidationError(QStringLiteral("meeting"), QString::fromLatin1(field), QString::fromLatin1(rule), message);
}

Meeting liveMeeting(ForumFile &file, qint64 meetingId)
{
    if (file.schemaVersion() < 6)
        refuse("live_started_at", "format", LiveMeeting::tr("This file is of an older format; open it for writing to run a meeting live."));
    Meeting meeting = Table<Meeting>(file).get(meetingId);
    if (!meeting.isLive())
        refuse("live_started_at", "live", LiveMeeting::tr("“%1” is not under way: start it first.").arg(meeting.title));
    return meeting;
}

QList<AgendaItem> agendaOf(ForumFile &file, qint64 meetingId)
{
    return Table<AgendaItem>(file).list(QStringLiteral("meeting_id = ?"), {meetingId}, QStringLiteral("position, id"));
}

std::optional<AgendaItem> currentItemOf(ForumFile &file, qint64 meetingId)
{
    const QList<AgendaItem> items = Table<AgendaItem>(file).list(
        QStringLiteral("meeting_id = ? AND started_at IS NOT NULL AND ended_at IS NULL"), {meetingId}, QStringLiteral("position, id"));
    if (items.isEmpty())
        return std::nullopt;
    return items.first();
}

std::optional<Intervention> speakingOf(ForumFile &file, qint64 meetingId)
{
    const QList<Intervention> speaking = Table<Intervention>(file).list(
        QStringLiteral("meeting_id = ? AND started_at IS NOT NULL AND ended_at IS NULL"), {meetingId}, QStringLiteral("id"));
    if (speaking.isEmpty())
        return std::nullopt;
    return speaking.first();
}

void stopSpeaking(ForumFile &file, qint64 meetingId, const QDateTime &now)
{
    if (auto speaking = speakingOf(file, meetingId)) {
        speaking->endedAt = std::max(now, speaking->startedAt);
        Table<Intervention>(file).update(*speaking);
    }
}

void closeCurrentItem(ForumFile &file, const Meeting &meeting, const QDateTime &now)
{
    stopSpeaking(file, meeting.id, now);
    if (auto item = currentItemOf(file, meeting.id)) {
        item->endedAt = std::max(now, item->startedAt);
        if (meeting.livePausedAt.isValid()) // closed while paused: the pause so far counts
            item->pausedSeconds += int(std::max<qint64>(0, meeting.livePausedAt.secsTo(item->endedAt)));
        Table<AgendaItem>(file).update(*item);
        // Those still waiting to speak keep their place for the next item.
        file.database().exec(QStringLiteral("UPDATE intervention SET agenda_item_id = NULL, updated_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now') "
                                            "WHERE agenda_item_id = %1 AND started_at IS NULL")
                                 .arg(item->id));
    }
}

// The meeting is running (a pause ends before another item is taken up: LiveMeeting::resume).
void takeUpItem(ForumFile &file, const Meeting &meeting, AgendaItem item, const QDateTime &now)
{
    if (item.endedAt.isValid()) {
        // Taken up again: the time it stood closed counts as a pause, so its clock goes on.
        item.pausedSeconds += int(std::max<qint64>(0, item.endedAt.secsTo(now)));
        item.endedAt = QDateTime();
    } else if (!item.startedAt.isValid()) {
        item.startedAt = now;
        item.pausedSeconds = 0;
    }
    Table<AgendaItem>(file).update(item);
    // Speakers waiting between items move to the item taken up.
    file.database().exec(QStringLiteral("UPDATE intervention SET agenda_item_id = %1, updated_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now') "
                                        "WHERE meeting_id = %2 AND agenda_item_id IS NULL AND started_at IS NULL")
                             .arg(item.id)
                             .arg(meeting.id));
}

// Someone already on the attendance comes into the room (back, or for the first time live): a
// return keeps the first arrival.
void comeBack(Table<Attendance> &table, Attendance a, const QDateTime &now)
{
    if (LiveMeetingState::inRoom(a) && a.arrivedAt.isValid())
        return;
    if (a.status != key::AttendanceStatus::Remote && a.status != key::AttendanceStatus::Represented)
        a.status = key::AttendanceStatus::Present;
    if (!a.arrivedAt.isValid())
        a.arrivedAt = now;
    a.leftAt = QDateTime();
    table.update(a);
}

void goOut(Table<Attendance> &table, Attendance a, const QDateTime &now)
{
    if (a.leftAt.isValid())
        return;
    a.leftAt = a.arrivedAt.isValid() ? std::max(now, a.arrivedAt) : now;
    table.update(a);
}

Intervention waitingSpeaker(ForumFile &file, qint64 interventionId)
{
    Intervention intervention = Table<Intervention>(file).get(interventionId);
    if (!intervention.isWaiting())
        throw ValidationError(QStringLiteral("intervention"), QStringLiteral("started_at"), QStringLiteral("waiting"),
                              LiveMeeting::tr("%1 has already spoken on this turn.").arg(intervention.name));
    return intervention;
}

} // namespace

std::optional<Intervention> LiveMeetingState::speaking() const
{
    for (const Intervention &i : interventions)
        if (i.isSpeaking())
            return i;
    return std::nullopt;
}

QList<Intervention> LiveMeetingState::waiting() const
{
    const qint64 item = current >= 0 ? agenda.at(current).id : 0;
    QList<Intervention> list;
    for (const Intervention &i : interventions)
        if (i.isWaiting() && (i.agendaItemId == item || i.agendaItemId == 0))
            list << i;
    std::stable_sort(list.begin(), list.end(), [](const Intervention &a, const Intervention &b) { return a.position < b.position; });
    return list;
}

qint64 LiveMeetingState::itemElapsed(const AgendaItem &item) const
{
    if (!item.startedAt.isValid())
        return 0;
    QDateTime until = item.endedAt.isValid() ? item.endedAt : now;
    qint64 paused = item.pausedSeconds;
    if (!item.endedAt.isValid() && meeting.livePausedAt.isValid()) // the pause under way
        paused += std::max<qint64>(0, meeting.livePausedAt.secsTo(now));
    return std::max<qint64>(0, item.startedAt.secsTo(until) - paused);
}

qint64 LiveMeetingState::itemRemaining() const
{
    const AgendaItem *item = currentItem();
    if (!item)
        return 0;
    return qint64(item->durationMinutes) * 60 - itemElapsed(*item);
}

qint64 LiveMeetingState::meetingElapsed() const
{
    if (!meeting.liveStartedAt.isValid())
        return 0;
    return std::max<qint64>(0, meeting.liveStartedAt.secsTo(meeting.liveEndedAt.isValid() ? meeting.liveEndedAt : now));
}

qint64 LiveMeetingState::speakerElapsed() const
{
    const auto s = speaking();
    return s ? s->secondsAt(now) : 0;
}

const Attendance *LiveMeetingState::attendanceOf(qint64 memberId) const
{
    for (const Attendance &a : attendance)
        if (memberId != 0 && a.memberId == memberId)
            return &a;
    return nullptr;
}

bool LiveMeetingState::inRoom(const Attendance &a)
{
    return (a.status == key::AttendanceStatus::Present || a.status == key::AttendanceStatus::Remote
            || a.status == key::AttendanceStatus::Represented)
        && !a.leftAt.isValid();
}

LiveMeetingState LiveMeeting::load(ForumFile &file, qint64 meetingId, const QDateTime &now)
{
    ReadTransaction read(file.database());
    LiveMeetingState state;
    state.now = second(now);
    state.meeting = Table<Meeting>(file).get(meetingId);
    state.agenda = agendaOf(file, meetingId);
    for (int i = 0; i < state.agenda.size(); ++i)
        if (state.agenda.at(i).startedAt.isValid() && !state.agenda.at(i).endedAt.isValid())
            state.current = i;
    if (file.schemaVersion() >= 6) {
        state.interventions = Table<Intervention>(file).list(QStringLiteral("meeting_id = ?"), {meetingId},
                                                             QStringLiteral("started_at IS NULL, started_at, position, id"));
        const QList<Decision> open = Table<Decision>(file).list(QStringLiteral("meeting_id = ? AND vote_open = 1"), {meetingId},
                                                                QStringLiteral("id DESC"));
        if (!open.isEmpty())
            state.openVote = DecisionRecord::load(file, open.first().id);
        // The last vote taken on the item under way: the projector shows its result.
        if (state.current >= 0) {
            const QList<Decision> taken = Table<Decision>(file).list(
                QStringLiteral("meeting_id = ? AND agenda_item_id = ? AND method = 'vote' AND vote_open = 0 AND taken_at IS NOT NULL"),
                {meetingId, state.agenda.at(state.current).id}, QStringLiteral("taken_at DESC, id DESC LIMIT 1"));
            if (!taken.isEmpty())
                state.lastVote = taken.first();
        }
    }
    state.attendance = Table<Attendance>(file).list(QStringLiteral("meeting_id = ?"), {meetingId},
                                                    QStringLiteral("guest, sector, name COLLATE NAME, id"));
    state.quorum = Quorum::of(file, meetingId, state.meeting.isLive() ? state.now : QDateTime());
    return state;
}

QString LiveMeeting::refusal(const Meeting &meeting)
{
    if (meeting.isLive())
        return {};
    if (meeting.status == key::MeetingStatus::Cancelled)
        return tr("“%1” was cancelled: plan it again before running it.").arg(meeting.title);
    if (meeting.liveEndedAt.isValid())
        return tr("“%1” has already been run and ended.").arg(meeting.title);
    if (meeting.status != key::MeetingStatus::Planned && meeting.status != key::MeetingStatus::Held)
        return tr("The minutes of “%1” are already written: it can no longer be run live.").arg(meeting.title);
    return {};
}

void LiveMeeting::start(ForumFile &file, qint64 meetingId, const QDateTime &nowIn)
{
    const QDateTime now = second(nowIn);
    file.requireWritable();
    if (file.schemaVersion() < 6)
        refuse("live_started_at", "format", tr("This file is of an older format; open it for writing to run a meeting live."));
    Transaction tx(file.database());
    Meeting meeting = Table<Meeting>(file).get(meetingId);
    if (meeting.isLive())
        refuse("live_started_at", "live", tr("“%1” is already under way.").arg(meeting.title));
    if (const QString refused = refusal(meeting); !refused.isEmpty())
        refuse("status", "live", refused);
    meeting.liveStartedAt = now;
    meeting.livePausedAt = QDateTime();
    Table<Meeting>(file).update(meeting);
    const QList<AgendaItem> agenda = agendaOf(file, meetingId);
    if (!agenda.isEmpty())
        takeUpItem(file, meeting, agenda.first(), now);
    tx.commit();
}

void LiveMeeting::pause(ForumFile &file, qint64 meetingId, const QDateTime &nowIn)
{
    const QDateTime now = second(nowIn);
    Transaction tx(file.database());
    Meeting meeting = liveMeeting(file, meetingId);
    if (meeting.livePausedAt.isValid())
        return;
    stopSpeaking(file, meetingId, now);
    meeting.livePausedAt = now;
    Table<Meeting>(file).update(meeting);
    tx.commit();
}

void LiveMeeting::resume(ForumFile &file, qint64 meetingId, const QDateTime &nowIn)
{
    const QDateTime now = second(nowIn);
    Transaction tx(file.database());
    Meeting meeting = liveMeeting(file, meetingId);
    if (!meeting.livePausedAt.isValid())
        return;
    if (auto item = currentItemOf(file, meetingId)) {
        item->pausedSeconds += int(std::max<qint64>(0, meeting.livePausedAt.secsTo(now)));
        Table<AgendaItem>(file).update(*item);
    }
    meeting.livePausedAt = QDateTime();
    Table<Meeting>(file).update(meeting);
    tx.commit();
}

void LiveMeeting::takeUp(ForumFile &file, qint64 meetingId, qint64 itemId, const QDateTime &nowIn)
{
    const QDateTime now = second(nowIn);
    Transaction tx(file.database());
    Meeting meeting = liveMeeting(file, meetingId);
    const AgendaItem item = Table<AgendaItem>(file).get(itemId);
    if (item.meetingId != meetingId)
        refuse("agenda_item", "meeting", tr("“%1” is not on this meeting's agenda.").arg(item.title));
    const auto current = currentItemOf(file, meetingId);
    if (current && current->id == itemId)
        return;
    // Moving to another item ends a pause: the item left gets its pause, the next none of it.
    if (meeting.livePausedAt.isValid()) {
        resume(file, meetingId, now);
        meeting = Table<Meeting>(file).get(meetingId);
    }
    closeCurrentItem(file, meeting, now);
    takeUpItem(file, meeting, Table<AgendaItem>(file).get(itemId), now);
    tx.commit();
}

qint64 LiveMeeting::nextItem(ForumFile &file, qint64 meetingId, const QDateTime &nowIn)
{
    const QDateTime now = second(nowIn);
    Transaction tx(file.database());
    Meeting meeting = liveMeeting(file, meetingId);
    if (meeting.livePausedAt.isValid()) { // as in takeUp: the pause ends with the item
        resume(file, meetingId, now);
        meeting = Table<Meeting>(file).get(meetingId);
    }
    const QList<AgendaItem> agenda = agendaOf(file, meetingId);
    const auto current = currentItemOf(file, meetingId);
    closeCurrentItem(file, meeting, now);
    // The next item after the current one not yet closed; else the first never taken up.
    int from = 0;
    if (current)
        for (int i = 0; i < agenda.size(); ++i)
            if (agenda.at(i).id == current->id)
                from = i + 1;
    qint64 next = 0;
    for (int i = from; i < agenda.size() && !next; ++i)
        if (!agenda.at(i).endedAt.isValid() && agenda.at(i).id != (current ? current->id : 0))
            next = agenda.at(i).id;
    for (int i = 0; i < agenda.size() && !next; ++i)
        if (!agenda.at(i).startedAt.isValid())
            next = agenda.at(i).id;
    if (next)
        takeUpItem(file, meeting, Table<AgendaItem>(file).get(next), now);
    tx.commit();
    return next;
}

void LiveMeeting::end(ForumFile &file, qint64 meetingId, const QDateTime &nowIn)
{
    const QDateTime now = second(nowIn);
    Transaction tx(file.database());
    Meeting meeting = liveMeeting(file, meetingId);
    closeCurrentItem(file, meeting, now);
    // Votes left open are taken back: nothing was decided.
    for (const Decision &open : Table<Decision>(file).list(QStringLiteral("meeting_id = ? AND vote_open = 1"), {meetingId}))
        DecisionRecord::remove(file, open.id);
    meeting = Table<Meeting>(file).get(meetingId);
    meeting.liveEndedAt = std::max(now, meeting.liveStartedAt);
    meeting.livePausedAt = QDateTime();
    if (meeting.status == key::MeetingStatus::Planned)
        meeting.status = key::MeetingStatus::Held;
    Table<Meeting>(file).update(meeting);
    tx.commit();
}

qint64 LiveMeeting::addSpeaker(ForumFile &file, qint64 meetingId, const Speaker &speaker, int limitSeconds)
{
    Transaction tx(file.database());
    liveMeeting(file, meetingId);
    Intervention intervention;
    intervention.meetingId = meetingId;
    if (const auto item = currentItemOf(file, meetingId))
        intervention.agendaItemId = item->id;
    intervention.memberId = speaker.memberId;
    intervention.name = speaker.name;
    intervention.organization = speaker.organization;
    intervention.sector = speaker.sector.isEmpty() ? QString(key::Sector::Other) : speaker.sector;
    intervention.gender = speaker.gender;
    if (speaker.memberId) {
        const Member member = Table<Member>(file).get(speaker.memberId);
        intervention.name = member.name;
        intervention.organization = member.organization;
        intervention.sector = member.sector;
        intervention.gender = member.gender;
    }
    intervention.limitSeconds = limitSeconds;
    intervention.position = int(file.database()
                                    .scalar(QStringLiteral("SELECT coalesce(max(position) + 1, 0) FROM intervention WHERE meeting_id = ?"), {meetingId})
                                    .toLongLong());
    const qint64 id = Table<Intervention>(file).create(intervention);
    tx.commit();
    return id;
}

void LiveMeeting::startSpeaker(ForumFile &file, qint64 interventionId, const QDateTime &nowIn)
{
    const QDateTime now = second(nowIn);
    Transaction tx(file.database());
    Intervention intervention = waitingSpeaker(file, interventionId);
    Meeting meeting = liveMeeting(file, intervention.meetingId);
    if (meeting.livePausedAt.isValid()) { // giving the floor ends the pause
        resume(file, meeting.id, now);
    }
    stopSpeaking(file, intervention.meetingId, now);
    if (const auto item = currentItemOf(file, intervention.meetingId))
        intervention.agendaItemId = item->id;
    intervention.startedAt = now;
    Table<Intervention>(file).update(intervention);
    tx.commit();
}

qint64 LiveMeeting::nextSpeaker(ForumFile &file, qint64 meetingId)
{
    const auto item = currentItemOf(file, meetingId);
    const QVariant id = file.database().scalar(
        QStringLiteral("SELECT id FROM intervention WHERE meeting_id = ? AND started_at IS NULL "
                       "AND (agenda_item_id IS NULL OR agenda_item_id = ?) ORDER BY position, id LIMIT 1"),
        {meetingId, item ? QVariant(item->id) : QVariant(qint64(0))});
    return id.isNull() ? 0 : id.toLongLong();
}

void LiveMeeting::stopSpeaker(ForumFile &file, qint64 meetingId, const QDateTime &nowIn)
{
    Transaction tx(file.database());
    liveMeeting(file, meetingId);
    stopSpeaking(file, meetingId, second(nowIn));
    tx.commit();
}

void LiveMeeting::moveSpeaker(ForumFile &file, qint64 interventionId, int delta)
{
    Transaction tx(file.database());
    const Intervention moving = waitingSpeaker(file, interventionId);
    liveMeeting(file, moving.meetingId);
    QList<Intervention> queue = Table<Intervention>(file).list(
        QStringLiteral("meeting_id = ? AND started_at IS NULL AND coalesce(agenda_item_id, 0) = ?"),
        {moving.meetingId, moving.agendaItemId}, QStringLiteral("position, id"));
    const auto at = std::find_if(queue.begin(), queue.end(), [&](const Intervention &i) { return i.id == interventionId; });
    const int from = int(at - queue.begin());
    const int to = std::clamp(from + delta, 0, int(queue.size()) - 1);
    if (from == to)
        return;
    // The list keeps the places it holds (made distinct, in order); only who holds them changes.
    QList<int> places;
    for (const Intervention &i : std::as_const(queue))
        places << (places.isEmpty() ? i.position : std::max(i.position, places.last() + 1));
    queue.move(from, to);
    Table<Intervention> table(file);
    for (int i = 0; i < queue.size(); ++i) {
        if (queue[i].position == places.at(i))
            continue;
        queue[i].position = places.at(i);
        table.update(queue[i]);
    }
    tx.commit();
}

void LiveMeeting::removeSpeaker(ForumFile &file, qint64 interventionId)
{
    Transaction tx(file.database());
    const Intervention intervention = waitingSpeaker(file, interventionId);
    liveMeeting(file, intervention.meetingId);
    Table<Intervention>(file).remove(interventionId);
    tx.commit();
}

void LiveMeeting::arrive(ForumFile &file, qint64 meetingId, qint64 memberId, const QDateTime &nowIn)
{
    const QDateTime now = second(nowIn);
    Transaction tx(file.database());
    liveMeeting(file, meetingId);
    Table<Attendance> table(file);
    const QList<Attendance> rows = table.list(QStringLiteral("meeting_id = ? AND member_id = ?"), {meetingId, memberId});
    if (rows.isEmpty()) {
        Attendance a;
        a.meetingId = meetingId;
        a.memberId = memberId;
        a.seat(Table<Member>(file).get(memberId));
        a.status = key::AttendanceStatus::Present;
        a.arrivedAt = now;
        table.create(a);
    } else {
        comeBack(table, rows.first(), now);
    }
    tx.commit();
}

void LiveMeeting::leave(ForumFile &file, qint64 meetingId, qint64 memberId, const QDateTime &nowIn)
{
    Transaction tx(file.database());
    liveMeeting(file, meetingId);
    Table<Attendance> table(file);
    const QList<Attendance> rows = table.list(QStringLiteral("meeting_id = ? AND member_id = ?"), {meetingId, memberId});
    if (!rows.isEmpty())
        goOut(table, rows.first(), second(nowIn));
    tx.commit();
}

void LiveMeeting::guestLeaves(ForumFile &file, qint64 attendanceId, const QDateTime &nowIn)
{
    Transaction tx(file.database());
    Table<Attendance> table(file);
    const Attendance a = table.get(attendanceId);
    liveMeeting(file, a.meetingId);
    goOut(table, a, second(nowIn));
    tx.commit();
}

void LiveMeeting::guestReturns(ForumFile &file, qint64 attendanceId, const QDateTime &nowIn)
{
    Transaction tx(file.database());
    Table<Attendance> table(file);
    const Attendance a = table.get(attendanceId);
    liveMeeting(file, a.meetingId);
    comeBack(table, a, second(nowIn));
    tx.commit();
}

qint64 LiveMeeting::addGuest(ForumFile &file, qint64 meetingId, const QString &name, const QString &organization,
                             const QString &sector, const QDateTime &now)
{
    Transaction tx(file.database());
    liveMeeting(file, meetingId);
    Attendance a;
    a.meetingId = meetingId;
    a.guest = true;
    a.name = name.trimmed();
    a.organization = organization.trimmed();
    a.sector = sector.isEmpty() ? QString(key::Sector::Other) : sector;
    a.status = key::AttendanceStatus::Present;
    a.arrivedAt = second(now);
    const qint64 id = Table<Attendance>(file).create(a);
    tx.commit();
    return id;
}

qint64 LiveMeeting::openVote(ForumFile &file, qint64 meetingId, const QString &text, const QDateTime &)
{
    Transaction tx(file.database());
    liveMeeting(file, meetingId);
    if (Table<Decision>(file).count(QStringLiteral("meeting_id = ? AND vote_open = 1"), {meetingId}) > 0)
        refuse("vote_open", "one", tr("A vote is already open: close it first."));
    DecisionRecord record = DecisionRecord::proposed(file, meetingId);
    record.decision.text = text.trimmed();
    record.decision.method = key::DecisionMethod::Vote;
    if (record.decision.majority == key::Majority::Consensus)
        record.decision.majority = key::Majority::Simple; // a vote is counted; consensus is not voted
    record.decision.outcome = key::DecisionOutcome::Deferred;
    record.decision.voteOpen = true;
    if (const auto item = currentItemOf(file, meetingId))
        record.decision.agendaItemId = item->id;
    record.write(file);
    tx.commit();
    return record.decision.id;
}

void LiveMeeting::castVote(ForumFile &file, qint64 decisionId, qint64 memberId, const QString &choice)
{
    Transaction tx(file.database());
    DecisionRecord record = DecisionRecord::load(file, decisionId);
    if (!record.decision.voteOpen)
        refuse("vote_open", "open", tr("This vote is closed."));
    const auto mine = std::find_if(record.votes.begin(), record.votes.end(), [&](const Vote &v) { return v.memberId == memberId; });
    if (choice.isEmpty()) {
        if (mine != record.votes.end())
            record.votes.erase(mine);
    } else if (mine != record.votes.end()) {
        mine->choice = choice;
    } else {
        Vote vote;
        vote.memberId = memberId;
        vote.name = Table<Member>(file).get(memberId).name;
        vote.choice = choice;
        record.votes << vote;
    }
    record.tally();
    if (record.votes.isEmpty())
        record.decision.votesFor = record.decision.votesAgainst = record.decision.votesAbstain = 0;
    record.write(file);
    tx.commit();
}

void LiveMeeting::setCounts(ForumFile &file, qint64 decisionId, int votesFor, int votesAgainst, int votesAbstain)
{
    Transaction tx(file.database());
    DecisionRecord record = DecisionRecord::load(file, decisionId);
    if (!record.decision.voteOpen)
        refuse("vote_open", "open", tr("This vote is closed."));
    record.votes.clear();
    record.decision.votesFor = votesFor;
    record.decision.votesAgainst = votesAgainst;
    record.decision.votesAbstain = votesAbstain;
    record.write(file);
    tx.commit();
}

void LiveMeeting::closeVote(ForumFile &file, qint64 decisionId, const QDateTime &now)
{
    Transaction tx(file.database());
    DecisionRecord record = DecisionRecord::load(file, decisionId);
    if (!record.decision.voteOpen)
        return;
    record.tally();
    record.decision.outcome = record.suggestedOutcome();
    record.decision.voteOpen = false;
    stampDecision(file, record.decision, now);
    record.write(file);
    tx.commit();
}

void LiveMeeting::cancelVote(ForumFile &file, qint64 decisionId)
{
    Transaction tx(file.database());
    const Decision decision = Table<Decision>(file).get(decisionId);
    if (!decision.voteOpen)
        refuse("vote_open", "open", tr("This vote is closed: remove the decision on the Meetings page instead."));
    DecisionRecord::remove(file, decisionId);
    tx.commit();
}

void LiveMeeting::stampDecision(ForumFile &file, Decision &decision, const QDateTime &nowIn)
{
    if (file.schemaVersion() < 6 || decision.takenAt.isValid())
        return;
    const auto meeting = Table<Meeting>(file).find(decision.meetingId);
    if (!meeting || !meeting->isLive())
        return;
    const QDateTime now = second(nowIn);
    const QuorumStatus quorum = Quorum::of(file, decision.meetingId, now);
    decision.takenAt = now;
    decision.quorumPresent = quorum.presentVoting;
    decision.quorumRequired = quorum.required;
    decision.quorumMet = quorum.met;
}

} // namespace forumdesk
