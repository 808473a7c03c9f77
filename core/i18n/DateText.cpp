// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/i18n/DateText.h"

namespace forumdesk {

QString dayText(const QDate &day, const QLocale &locale)
{
    return day.isValid() ? locale.toString(day, QStringLiteral("d MMM yyyy")) : QString();
}

QString longDayText(const QDate &day, const QLocale &locale)
{
    if (!day.isValid())
        return QString();
    // No leading zero, the month by name; French writes the first of the month "1er", Brazilian
    // Portuguese "1º".
    switch (locale.language()) {
    case QLocale::Spanish:
        return locale.toString(day, QStringLiteral("d 'de' MMMM 'de' yyyy"));
    case QLocale::Portuguese:
        return locale.toString(day, day.day() == 1 && locale.territory() == QLocale::Brazil
                                        ? QStringLiteral("d'º de' MMMM 'de' yyyy")
                                        : QStringLiteral("d 'de' MMMM 'de' yyyy"));
    case QLocale::French:
        return locale.toString(day, day.day() == 1 ? QStringLiteral("d'er' MMMM yyyy") : QStringLiteral("d MMMM yyyy"));
    default:
        return locale.toString(day, QStringLiteral("d MMMM yyyy"));
    }
}

QString dayTimeText(const QDateTime &when, const QLocale &locale)
{
    return when.isValid() ? dayText(when.date(), locale) + QLatin1Char(' ') + when.time().toString(QStringLiteral("HH:mm"))
                          : QString();
}

QString dateFieldFormat(const QLocale &locale)
{
    QString format = locale.dateFormat(QLocale::ShortFormat);
    if (!format.contains(QLatin1String("yyyy")))
        format.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    if (!format.contains(QLatin1String("yyyy")))
        format = QStringLiteral("yyyy-MM-dd"); // a locale whose short format has no year at all
    return format;
}

} // namespace forumdesk
