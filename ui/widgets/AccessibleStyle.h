// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QProxyStyle>

namespace forumdesk {

// The system's style, with what a screen reader or a keyboard user needs and Qt leaves out:
// - A focus ring wherever the style draws none that can be told apart: on push buttons (Fusion
//   marks the focused button and the default one alike) and around lists, tables and text boxes
//   (an empty list or a read-only text with the focus otherwise looks as it did). The ring is the
//   palette's selection colour, 2 pixels wide and 3:1 against what is around it
//   (colours::focusRing; WCAG 2.1's 2.4.7 and 1.4.11), and shows only for the keyboard's focus,
//   as the style's own frames do.
// - Edges at 3:1 against the window (WCAG 2.1's 1.4.11) around fields, check boxes, radio buttons,
//   spin boxes and framed boxes: Fusion draws them 2:1 on its grey, and not at all on black.
// - Names from form labels for the fields a label does not reach: Qt names a field from the label
//   whose buddy it is, but many rows hold a field inside a box with its message under it, or a
//   date with its "known" check box. Each such field takes the row's label as its accessible name
//   (check boxes and buttons keep their own text and take the label as their description), and
//   the label's Alt+letter goes to the field.
class AccessibleStyle : public QProxyStyle {
    Q_OBJECT
public:
    using QProxyStyle::QProxyStyle;

    // Wraps the application's style once; later calls do nothing.
    static void install();

    void polish(QWidget *widget) override;
    using QProxyStyle::polish;

    void drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                       const QWidget *widget = nullptr) const override;
    void drawComplexControl(ComplexControl control, const QStyleOptionComplex *option, QPainter *painter,
                            const QWidget *widget = nullptr) const override;
    void drawControl(ControlElement element, const QStyleOption *option, QPainter *painter,
                     const QWidget *widget = nullptr) const override;
};

} // namespace forumdesk
