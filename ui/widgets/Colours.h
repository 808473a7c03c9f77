// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QPalette>
#include <QString>

// Every colour the window gives a status, a badge or a notice, in one place, computed from the
// palette the window has now (the system's, a dark one, a high-contrast one) and held to WCAG 2.1
// AA: 4.5:1 for text against what is behind it. Status is never colour alone: each use also says
// it in words or a symbol; the colour only helps.
namespace forumdesk::colours {

// WCAG 2.1's relative luminance (0 black to 1 white) and contrast ratio (1 to 21).
double relativeLuminance(const QColor &colour);
double contrastRatio(const QColor &a, const QColor &b);
// `wanted`, darkened on a light background or lightened on a dark one just enough to reach
// `ratio` against `background` (itself when it already does).
QColor readableOn(const QColor &wanted, const QColor &background, double ratio = 4.5);

enum class Tone {
    Good,    // met, done, quorum reached
    Caution, // at risk, late, a warning
    Bad,     // not met, overdue, an error
    Muted,   // former, cancelled, skipped, a note beside a field
};

// Text in `tone`, readable on the palette's Base (lists, fields) and Window (labels) both.
QColor text(Tone tone, const QPalette &palette);
QColor text(Tone tone);
// A style sheet line for a label: "color: #rrggbb;".
QString textStyle(Tone tone);

// A filled badge: its fill and its text, 4.5:1 apart.
struct Fill {
    QColor background;
    QColor foreground;
    QColor border;
};
Fill badge(Tone tone, const QPalette &palette);
// The notice strip (a banner, a warning box): pale yellow on a light palette, dark amber on a dark
// one; `tone` Bad makes it a pale red one.
Fill notice(const QPalette &palette, Tone tone = Tone::Caution);
Fill notice(Tone tone = Tone::Caution);
// The style sheet of a notice frame named `objectName` and the labels in it: a box, or a band
// across the top of the window (read-only, conflict copies) with an edge only below.
enum class NoticeShape { Box, Band };
QString noticeStyle(const QString &objectName, Tone tone = Tone::Caution, NoticeShape shape = NoticeShape::Box);

// The edge of a field, a check box or a box: 3:1 against the window (WCAG 2.1's 1.4.11), which
// Fusion's own edges are not (2:1 on its grey, invisible on black).
QColor edge(const QPalette &palette);

// The keyboard's focus ring: the selection colour, 3:1 against buttons, fields and the window.
QColor focusRing(const QPalette &palette);

// Whether the palette is a dark one (light text on a dark window).
bool isDark(const QPalette &palette);
// The palette with its selection, placeholder and link colours held to 4.5:1 (Fusion's own
// selection blue with white text is 3.6:1); the rest as the system gave it.
QPalette readable(QPalette palette);
// The window's own high-contrast palette (white on black, yellow selection), for desktops whose
// high-contrast setting Qt does not pass on; Preferences > Contrast chooses it.
QPalette highContrast();
// Installs readable(the system's palette as it is now), or highContrast() when `high`, as the
// application's palette; called again when the system's theme changes.
void applyPalette(bool high);
// Whether applyPalette last installed high contrast.
bool highContrastApplied();

} // namespace forumdesk::colours
