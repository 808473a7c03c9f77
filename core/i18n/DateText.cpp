// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/i18n/DateText.h"

namespace forumdesk {

QString dayText(const QDate &day, const QLocale &locale)
{
    return day.isValid() ? locale.toString(day, QStringLiteral("d MMM yyyy")) : QString();
}

} // namespace forumdesk
