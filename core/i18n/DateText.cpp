// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/i18n/DateText.h"

namespace forumdesk {

QString dayText(const QDate &day, const QLocale &locale)
{
    return day.isValid() ? locale.toString(day, QStringLiteral("d MMM yyyy")) : QString();
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
