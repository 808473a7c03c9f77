// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/AccessibleStyle.h"

#include "ui/widgets/Colours.h"
#include "ui/widgets/OptionalDateEdit.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QFormLayout>
#include <QFrame>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QRegularExpression>
#include <QPlainTextEdit>
#include <QStyleOption>
#include <QTextDocument>
#include <QTextEdit>

namespace forumdesk {

namespace {

void drawRing(QPainter *painter, const QRectF &rect, const QPalette &palette)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QPen pen(colours::focusRing(palette), 2);
    painter->setPen(pen);
    painter->setBrush(Qt::NoBrush);
    painter->drawRoundedRect(rect, 3, 3);
    painter->restore();
}

enum class Shape { Box, Round };

// The edge of a control, over the style's own.
void drawEdge(QPainter *painter, const QRect &rect, const QPalette &palette, Shape shape)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QPen(colours::edge(palette), 1));
    painter->setBrush(Qt::NoBrush);
    const QRectF r = QRectF(rect).adjusted(0.5, 0.5, -0.5, -0.5);
    if (shape == Shape::Round)
        painter->drawEllipse(r);
    else
        painter->drawRoundedRect(r, 2, 2);
    painter->restore();
}

bool keyboardFocus(const QStyleOption *option)
{
    return (option->state & QStyle::State_HasFocus) && (option->state & QStyle::State_KeyboardFocusChange);
}

bool isControl(const QWidget *w)
{
    return qobject_cast<const QAbstractButton *>(w) || qobject_cast<const QLineEdit *>(w)
        || qobject_cast<const QAbstractSpinBox *>(w) || qobject_cast<const QComboBox *>(w)
        || qobject_cast<const QTextEdit *>(w) || qobject_cast<const QPlainTextEdit *>(w)
        || qobject_cast<const QAbstractItemView *>(w);
}

// The controls a form row's field holds: the field itself, or those in its box, but not the parts
// of a control (a combo box's own line edit).
void collectControls(QWidget *w, QList<QWidget *> &out)
{
    if (isControl(w)) {
        out << w;
        return;
    }
    for (QWidget *child : w->findChildren<QWidget *>(Qt::FindDirectChildrenOnly))
        collectControls(child, out);
}

void collectControls(QLayoutItem *item, QList<QWidget *> &out)
{
    if (!item)
        return;
    if (QWidget *w = item->widget()) {
        collectControls(w, out);
    } else if (QLayout *layout = item->layout()) {
        for (int i = 0; i < layout->count(); ++i)
            collectControls(layout->itemAt(i), out);
    }
}

bool hasOwnText(const QWidget *w)
{
    const auto *button = qobject_cast<const QAbstractButton *>(w);
    return button && !button->text().isEmpty();
}

void nameRows(QFormLayout *form)
{
    for (int row = 0; row < form->rowCount(); ++row) {
        QLayoutItem *labelItem = form->itemAt(row, QFormLayout::LabelRole);
        auto *label = labelItem ? qobject_cast<QLabel *>(labelItem->widget()) : nullptr;
        if (!label)
            continue;
        QString name = label->text();
        name.remove(QRegularExpression(QStringLiteral("&(?!&)"))).replace(QLatin1String("&&"), QLatin1String("&"));
        name = name.trimmed();
        if (name.endsWith(QLatin1Char(':')))
            name.chop(1);
        if (name.isEmpty() || Qt::mightBeRichText(name))
            continue;
        QList<QWidget *> controls;
        collectControls(form->itemAt(row, QFormLayout::FieldRole), controls);
        int dates = 0;
        for (QWidget *c : std::as_const(controls))
            dates += qobject_cast<OptionalDateEdit *>(c->parentWidget()) && !hasOwnText(c) ? 1 : 0;
        QWidget *firstInput = nullptr;
        for (QWidget *c : std::as_const(controls)) {
            if (label->buddy() == c) {
                firstInput = c; // Qt names it from its label already
                continue;
            }
            auto *optional = qobject_cast<OptionalDateEdit *>(c->parentWidget());
            const bool optionalDate = optional && !hasOwnText(c);
            if (hasOwnText(c)) {
                if (c->accessibleDescription().isEmpty() && c->toolTip().isEmpty())
                    c->setAccessibleDescription(name);
                continue;
            }
            // The name the control had before a row named it, so that polishing again names it the same.
            QVariant own = c->property("forumdeskOwnName");
            if (!own.isValid()) {
                own = c->accessibleName();
                c->setProperty("forumdeskOwnName", own);
            }
            // An optional date's label goes to the date box, whose focus goes to the check box
            // until the date is set (OptionalDateEdit's focus proxy).
            if (!firstInput)
                firstInput = optionalDate ? optional : c;
            if (optionalDate && dates > 1) // two dates in a row ("Starts", "Ends"): the row's name and each its own
                c->setAccessibleName(QStringLiteral("%1: %2").arg(name, own.toString()));
            else if (optionalDate || own.toString().isEmpty())
                c->setAccessibleName(name);
        }
        if (firstInput && (!label->buddy() || !isControl(label->buddy())))
            label->setBuddy(firstInput);
    }
}

void nameFormFields(QLayout *layout)
{
    if (auto *form = qobject_cast<QFormLayout *>(layout))
        nameRows(form);
    for (int i = 0; i < layout->count(); ++i)
        if (QLayout *inner = layout->itemAt(i)->layout())
            nameFormFields(inner);
}

} // namespace

void AccessibleStyle::polish(QWidget *widget)
{
    QProxyStyle::polish(widget);
    // Polished when first shown: the widget's form rows are built by then.
    if (QLayout *layout = widget->layout())
        nameFormFields(layout);
}

void AccessibleStyle::install()
{
    if (qobject_cast<AccessibleStyle *>(QApplication::style()))
        return;
    // A fresh copy of the style in use (its name), so that the application keeps owning the old one.
    QApplication::setStyle(new AccessibleStyle(QApplication::style()->name()));
}

void AccessibleStyle::drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                                    const QWidget *widget) const
{
    QProxyStyle::drawPrimitive(element, option, painter, widget);
    switch (element) {
    case PE_FrameLineEdit:
        if (!widget || !qobject_cast<const QAbstractSpinBox *>(widget->parentWidget())) // a spin box has its own
            drawEdge(painter, option->rect, option->palette, Shape::Box);
        break;
    case PE_IndicatorCheckBox:
    case PE_IndicatorItemViewItemCheck:
        drawEdge(painter, option->rect, option->palette, Shape::Box);
        break;
    case PE_IndicatorRadioButton:
        drawEdge(painter, option->rect, option->palette, Shape::Round);
        break;
    default:
        break;
    }
}

void AccessibleStyle::drawComplexControl(ComplexControl control, const QStyleOptionComplex *option, QPainter *painter,
                                         const QWidget *widget) const
{
    QProxyStyle::drawComplexControl(control, option, painter, widget);
    if (control == CC_SpinBox) {
        const auto *spin = qstyleoption_cast<const QStyleOptionSpinBox *>(option);
        if (spin && spin->frame)
            drawEdge(painter, option->rect, option->palette, Shape::Box);
    }
}

void AccessibleStyle::drawControl(ControlElement element, const QStyleOption *option, QPainter *painter,
                                  const QWidget *widget) const
{
    QProxyStyle::drawControl(element, option, painter, widget);
    if (element == CE_ShapedFrame) {
        const auto *frame = qstyleoption_cast<const QStyleOptionFrame *>(option);
        if (frame && frame->frameShape != QFrame::NoFrame && frame->frameShape != QFrame::HLine
            && frame->frameShape != QFrame::VLine && frame->lineWidth > 0)
            drawEdge(painter, option->rect, option->palette, Shape::Box);
    }
    if (!keyboardFocus(option))
        return;
    if (element == CE_PushButton) {
        drawRing(painter, QRectF(option->rect).adjusted(2, 2, -2, -2), option->palette);
    } else if (element == CE_ShapedFrame
               && (qobject_cast<const QAbstractItemView *>(widget) || qobject_cast<const QTextEdit *>(widget)
                   || qobject_cast<const QPlainTextEdit *>(widget))) {
        drawRing(painter, QRectF(option->rect).adjusted(1, 1, -1, -1), option->palette);
    }
}

} // namespace forumdesk
