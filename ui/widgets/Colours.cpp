// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/Colours.h"

#include <QApplication>

#include <algorithm>
#include <cmath>

namespace forumdesk::colours {

namespace {

double channel(double c)
{
    return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

// What a colour is meant to be on a light window and on a dark one, before readableOn makes sure.
QColor wanted(Tone tone, bool dark)
{
    switch (tone) {
    case Tone::Good: return dark ? QColor(0x81, 0xc7, 0x84) : QColor(0x1b, 0x6e, 0x20);
    case Tone::Caution: return dark ? QColor(0xff, 0xca, 0x28) : QColor(0x8a, 0x53, 0x00);
    case Tone::Bad: return dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xb3, 0x26, 0x1e);
    case Tone::Muted: return dark ? QColor(0xb0, 0xb0, 0xb0) : QColor(0x5f, 0x5f, 0x5f);
    }
    return {};
}

// Readable on both backgrounds: adjusted against the one it stands out from least.
QColor readableOnBoth(const QColor &colour, const QColor &a, const QColor &b, double ratio)
{
    QColor result = readableOn(colour, a, ratio);
    result = readableOn(result, b, ratio);
    return contrastRatio(result, a) >= ratio ? result : readableOn(result, a, ratio);
}

// The colours a view asks for on every paint (a field's edge, the focus ring) and every cell's
// data() (a status tone), worked out once per palette: readableOn mixes step by step.
enum Slot { GoodText, CautionText, BadText, MutedText, EdgeSlot, RingSlot, SlotCount };

template <typename Compute>
QColor once(const QPalette &palette, Slot slot, Compute compute)
{
    thread_local qint64 key = 0;
    thread_local QColor values[SlotCount];
    if (palette.cacheKey() != key) {
        key = palette.cacheKey();
        for (QColor &v : values)
            v = QColor();
    }
    QColor &value = values[slot];
    if (!value.isValid())
        value = compute();
    return value;
}

Slot slotOf(Tone tone)
{
    switch (tone) {
    case Tone::Good: return GoodText;
    case Tone::Caution: return CautionText;
    case Tone::Bad: return BadText;
    case Tone::Muted: return MutedText;
    }
    return MutedText;
}

// Black or white, whichever reads better on `background`.
QColor inkFor(const QColor &background)
{
    return contrastRatio(Qt::black, background) >= contrastRatio(Qt::white, background) ? QColor(Qt::black)
                                                                                      : QColor(Qt::white);
}

} // namespace

double relativeLuminance(const QColor &colour)
{
    const QColor c = colour.toRgb();
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

double contrastRatio(const QColor &a, const QColor &b)
{
    const double la = relativeLuminance(a);
    const double lb = relativeLuminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor readableOn(const QColor &wanted, const QColor &background, double ratio)
{
    QColor c = wanted.toRgb();
    c.setAlpha(255);
    if (contrastRatio(c, background) >= ratio)
        return c;
    const bool darken = relativeLuminance(background) > 0.18;
    const QColor target = darken ? QColor(Qt::black) : QColor(Qt::white);
    // Mix toward black or white in small steps: the hue stays, only the lightness moves.
    for (int step = 1; step <= 40; ++step) {
        const double t = step / 40.0;
        const QColor mixed = QColor::fromRgbF(float(c.redF() + (target.redF() - c.redF()) * t),
                                              float(c.greenF() + (target.greenF() - c.greenF()) * t),
                                              float(c.blueF() + (target.blueF() - c.blueF()) * t));
        if (contrastRatio(mixed, background) >= ratio)
            return mixed;
    }
    return target;
}

QColor edge(const QPalette &palette)
{
    return once(palette, EdgeSlot, [&] {
        return readableOnBoth(palette.color(QPalette::Mid), palette.color(QPalette::Window), palette.color(QPalette::Base), 3.0);
    });
}

QColor focusRing(const QPalette &palette)
{
    return once(palette, RingSlot, [&] {
        const QColor button = palette.color(QPalette::Button);
        const QColor ring = readableOnBoth(palette.color(QPalette::Active, QPalette::Highlight), button,
                                           palette.color(QPalette::Window), 3.0);
        return readableOnBoth(ring, palette.color(QPalette::Base), button, 3.0);
    });
}

bool isDark(const QPalette &palette)
{
    return relativeLuminance(palette.color(QPalette::Window)) < relativeLuminance(palette.color(QPalette::WindowText));
}

QColor text(Tone tone, const QPalette &palette)
{
    return once(palette, slotOf(tone), [&] {
        return readableOnBoth(wanted(tone, isDark(palette)), palette.color(QPalette::Base),
                              palette.color(QPalette::Window), 4.5);
    });
}

QColor text(Tone tone)
{
    return text(tone, QApplication::palette());
}

QString textStyle(Tone tone)
{
    return QStringLiteral("color: %1;").arg(text(tone).name());
}

Fill badge(Tone tone, const QPalette &palette)
{
    // Filled with the light palette's strong colour, whatever the window: a badge is its own
    // little surface. White text on it, or black where black reads better (the amber one).
    QColor fill;
    switch (tone) {
    case Tone::Good: fill = QColor(0x2e, 0x7d, 0x32); break;
    case Tone::Caution: fill = QColor(0xf9, 0xa8, 0x25); break;
    case Tone::Bad: fill = QColor(0xc6, 0x28, 0x28); break;
    case Tone::Muted: fill = QColor(0x6b, 0x6b, 0x6b); break;
    }
    const QColor ink = inkFor(fill);
    fill = readableOn(fill, ink, 4.5);
    // On a dark window the badge's edge is drawn in the window's text colour so that it stands out.
    const QColor border = isDark(palette) ? palette.color(QPalette::WindowText) : fill;
    return {fill, ink, border};
}

Fill notice(const QPalette &palette, Tone tone)
{
    const bool dark = isDark(palette);
    const bool bad = tone == Tone::Bad;
    const QColor background = dark ? (bad ? QColor(0x4a, 0x12, 0x10) : QColor(0x3d, 0x2e, 0x00))
                                   : (bad ? QColor(0xfd, 0xec, 0xea) : QColor(0xff, 0xf4, 0xce));
    const QColor ink = dark ? (bad ? QColor(0xff, 0xd6, 0xd1) : QColor(0xff, 0xec, 0xb3))
                            : (bad ? QColor(0x7a, 0x1c, 0x14) : QColor(0x4d, 0x38, 0x00));
    const QColor border = dark ? (bad ? QColor(0xc6, 0x28, 0x28) : QColor(0xc8, 0x9b, 0x1e))
                               : (bad ? QColor(0xe0, 0xa3, 0x9c) : QColor(0xe0, 0xc3, 0x6a));
    return {background, readableOn(ink, background, 4.5), border};
}

Fill notice(Tone tone)
{
    return notice(QApplication::palette(), tone);
}

QString noticeStyle(const QString &objectName, Tone tone, NoticeShape shape)
{
    const Fill f = notice(tone);
    const QString edge = shape == NoticeShape::Box ? QStringLiteral("border: 1px solid %1; border-radius: 3px;")
                                                   : QStringLiteral("border-bottom: 1px solid %1;");
    return QStringLiteral("#%1 { background: %2; color: %3; %4 }"
                          "#%1 QLabel { color: %3; background: transparent; }")
        .arg(objectName, f.background.name(), f.foreground.name(), edge.arg(f.border.name()));
}

QPalette readable(QPalette palette)
{
    for (const QPalette::ColorGroup group : {QPalette::Active, QPalette::Inactive}) {
        const QColor highlight = palette.color(group, QPalette::Highlight);
        const QColor highlighted = palette.color(group, QPalette::HighlightedText);
        if (contrastRatio(highlight, highlighted) < 4.5)
            palette.setColor(group, QPalette::Highlight, readableOn(highlight, highlighted, 4.5));
        // Placeholders and hints are text a reader needs, not decoration.
        const QColor base = palette.color(group, QPalette::Base);
        const QColor window = palette.color(group, QPalette::Window);
        palette.setColor(group, QPalette::PlaceholderText,
                         readableOnBoth(palette.color(group, QPalette::PlaceholderText), base, window, 4.5));
        for (const QPalette::ColorRole role : {QPalette::Link, QPalette::LinkVisited})
            palette.setColor(group, role, readableOnBoth(palette.color(group, role), base, window, 4.5));
    }
    return palette;
}

QPalette highContrast()
{
    const QColor black(Qt::black), white(Qt::white), yellow(0xff, 0xff, 0x00), cyan(0x00, 0xff, 0xff);
    QPalette p;
    for (const QPalette::ColorGroup group : {QPalette::Active, QPalette::Inactive, QPalette::Disabled}) {
        const bool disabled = group == QPalette::Disabled;
        const QColor ink = disabled ? QColor(0xa0, 0xa0, 0xa0) : white;
        p.setColor(group, QPalette::Window, black);
        p.setColor(group, QPalette::WindowText, ink);
        p.setColor(group, QPalette::Base, black);
        p.setColor(group, QPalette::AlternateBase, QColor(0x1a, 0x1a, 0x1a));
        p.setColor(group, QPalette::Text, ink);
        p.setColor(group, QPalette::PlaceholderText, QColor(0xc0, 0xc0, 0xc0));
        p.setColor(group, QPalette::Button, black);
        p.setColor(group, QPalette::ButtonText, ink);
        p.setColor(group, QPalette::BrightText, yellow);
        p.setColor(group, QPalette::Light, white);
        p.setColor(group, QPalette::Midlight, QColor(0xc0, 0xc0, 0xc0));
        p.setColor(group, QPalette::Mid, QColor(0x80, 0x80, 0x80));
        p.setColor(group, QPalette::Dark, white);
        p.setColor(group, QPalette::Shadow, white);
        p.setColor(group, QPalette::Highlight, yellow);
        p.setColor(group, QPalette::HighlightedText, black);
        p.setColor(group, QPalette::Link, cyan);
        p.setColor(group, QPalette::LinkVisited, QColor(0xff, 0x80, 0xff));
        p.setColor(group, QPalette::ToolTipBase, black);
        p.setColor(group, QPalette::ToolTipText, white);
    }
    return p;
}

namespace {
bool s_high = false;
} // namespace

void applyPalette(bool high)
{
    s_high = high;
    if (high) {
        QApplication::setPalette(highContrast());
        return;
    }
    // An empty palette gives back the system's own (Qt resolves it against the theme), whose
    // selection and hints are then made readable.
    QApplication::setPalette(QPalette());
    QApplication::setPalette(readable(QApplication::palette()));
}

bool highContrastApplied()
{
    return s_high;
}

} // namespace forumdesk::colours
