// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/forum/ForumClock.h"

#include "core/forum/Forum.h"
#include "core/storage/Table.h"

#include <atomic>

namespace forumdesk {

namespace {

std::atomic<qint64> g_fixedNowMs{0}; // 0: the real time

} // namespace

ForumClock::ForumClock(const QString &timeZone) : m_zone(timeZone.toLatin1())
{
    if (!m_zone.isValid())
        m_zone = QTimeZone::systemTimeZone();
}

ForumClock ForumClock::of(ForumFile &file)
{
    const std::optional<Forum> forum = Table<Forum>(file).find(1);
    return ForumClock(forum ? forum->timeZone : QString());
}

QDateTime ForumClock::now() const
{
    const qint64 fixed = g_fixedNowMs.load();
    const QDateTime utc = fixed != 0 ? QDateTime::fromMSecsSinceEpoch(fixed, QTimeZone::utc())
                                     : QDateTime::currentDateTimeUtc();
    return utc.toTimeZone(m_zone);
}

QDate ForumClock::today() const
{
    return now().date();
}

void ForumClock::fixNow(const QDateTime &utc)
{
    g_fixedNowMs.store(utc.isValid() ? utc.toMSecsSinceEpoch() : 0);
}

} // namespace forumdesk
