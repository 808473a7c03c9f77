// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QString>

namespace forumdesk::live {

// "4:05", "1:02:09", "−0:40" (over time): a clock as the console and the projector show it.
QString clock(qint64 seconds);

// How a countdown stands: plenty of time, the last fifth (amber), over (red).
enum class Urgency { Normal, Amber, Red };
Urgency urgency(qint64 remaining, qint64 planned);
// Colours readable from the back of a room on the projector's black, and on the console's light
// background; with the urgency always said in words too (never colour alone).
QColor projectorColour(Urgency urgency);
QColor consoleColour(Urgency urgency);

} // namespace forumdesk::live
