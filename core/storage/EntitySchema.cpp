// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/EntitySchema.h"

#include <QTimeZone>

namespace forumdesk {

QString formatDate(const QDate &date)
{
    return date.toString(QStringLiteral("yyyy-MM-dd"));
}

QDate parseDate(const QString &text)
{
    return QDate::fromString(text, QStringLiteral("yyyy-MM-dd"));
}

QString formatWallClock(const QDateTime &when)
{
    return when.toString(QStringLiteral("yyyy-MM-ddTHH:mm"));
}

QDateTime parseWallClock(const QString &text)
{
    // Wall-clock times are kept in a UTC-spec QDateTime so that no local daylight-saving rule of
    // this computer shifts them; the forum's own time zone gives them meaning (forum.time_zone).
    QDateTime when = QDateTime::fromString(text, QStringLiteral("yyyy-MM-ddTHH:mm"));
    when.setTimeZone(QTimeZone::utc());
    return when;
}

QString formatTimestamp(const QDateTime &utc)
{
    return utc.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ"));
}

QDateTime parseTimestamp(const QString &text)
{
    QDateTime when = QDateTime::fromString(text, Qt::ISODate);
    return when.toUTC();
}

} // namespace forumdesk
