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

QString ForumClock::computerZone()
{
    const QString id = QString::fromLatin1(QTimeZone::systemTimeZoneId());
    return isZoneId(id) ? id : QStringLiteral("UTC");
}

namespace {

// An IANA name has an area and a place ("America/Lima", also links such as "US/Eastern"); Qt's
// own offset names ("UTC-05:00") are not places, and a bare city is not a name.
bool looksLikeZoneName(const QString &id)
{
    return ForumClock::isUtc(id) || (id.contains(QLatin1Char('/')) && !id.startsWith(QLatin1String("UTC")));
}

} // namespace

bool ForumClock::isZoneId(const QString &id)
{
    return looksLikeZoneName(id) && (isUtc(id) || QTimeZone(id.toLatin1()).isValid());
}

QStringList ForumClock::zoneIds()
{
    // The computer's own list holds only zones it knows: no need to load each one to check it.
    static const QStringList ids = [] {
        QStringList names;
        for (const QByteArray &id : QTimeZone::availableTimeZoneIds()) {
            const QString name = QString::fromLatin1(id);
            if (looksLikeZoneName(name))
                names << name;
        }
        names.sort();
        return names;
    }();
    return ids;
}

bool ForumClock::isUtc(const QString &id)
{
    static const QStringList names{QStringLiteral("UTC"),       QStringLiteral("Etc/UTC"),  QStringLiteral("Etc/UCT"),
                                   QStringLiteral("UCT"),       QStringLiteral("Universal"), QStringLiteral("Etc/Universal"),
                                   QStringLiteral("Zulu"),      QStringLiteral("Etc/Zulu"), QStringLiteral("GMT"),
                                   QStringLiteral("Etc/GMT"),   QStringLiteral("GMT0"),     QStringLiteral("Etc/GMT0"),
                                   QStringLiteral("Etc/GMT+0"), QStringLiteral("Etc/GMT-0"), QStringLiteral("Greenwich"),
                                   QStringLiteral("Etc/Greenwich")};
    return names.contains(id);
}

void ForumClock::fixNow(const QDateTime &utc)
{
    g_fixedNowMs.store(utc.isValid() ? utc.toMSecsSinceEpoch() : 0);
}

} // namespace forumdesk
