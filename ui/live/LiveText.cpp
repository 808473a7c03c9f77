// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/live/LiveText.h"
#include "ui/widgets/Colours.h"

#include <QApplication>

#include <cstdlib>

namespace forumdesk::live {

QString clock(qint64 seconds)
{
    const bool over = seconds < 0;
    const qint64 s = std::llabs(seconds);
    const QString sign = over ? QStringLiteral("\u2212") : QString();
    if (s >= 3600)
        return QStringLiteral("%1%2:%3:%4").arg(sign).arg(s / 3600).arg((s % 3600) / 60, 2, 10, QLatin1Char('0')).arg(s % 60, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1%2:%3").arg(sign).arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
}

Urgency urgency(qint64 remaining, qint64 planned)
{
    if (remaining < 0)
        return Urgency::Red;
    if (planned > 0 && remaining * 5 <= planned)
        return Urgency::Amber;
    return Urgency::Normal;
}

QColor projectorColour(Urgency urgency)
{
    switch (urgency) {
    case Urgency::Amber: return QColor(0xff, 0xc1, 0x07); // 12.3:1 on black
    case Urgency::Red: return QColor(0xff, 0x6b, 0x6b);   // 7.3:1 on black
    case Urgency::Normal: break;
    }
    return QColor(Qt::white);
}

QColor consoleColour(Urgency urgency)
{
    switch (urgency) {
    case Urgency::Amber: return colours::text(colours::Tone::Caution);
    case Urgency::Red: return colours::text(colours::Tone::Bad);
    case Urgency::Normal: break;
    }
    return QApplication::palette().color(QPalette::WindowText);
}

} // namespace forumdesk::live
