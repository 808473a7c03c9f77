// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/DateEdit.h"

#include "core/i18n/DateText.h"
#include "core/storage/EntitySchema.h"

#include <QFontMetrics>
#include <QSignalBlocker>

#include <algorithm>

namespace forumdesk {

namespace {

template <class Edit>
void prepare(Edit *edit)
{
    edit->setCalendarPopup(true);
    edit->setDateRange(earliestDate(), latestDate());
}

} // namespace

DateEdit::DateEdit(QWidget *parent) : QDateEdit(parent)
{
    prepare(this);
    setDisplayFormat(dateFieldFormat(locale()));
}

DateEdit::DateEdit(const QDate &date, QWidget *parent) : DateEdit(parent)
{
    setDate(date);
}

bool DateEdit::focusNextPrevChild(bool next)
{
    return QWidget::focusNextPrevChild(next); // to the next field, not the next section
}

DateTimeEdit::DateTimeEdit(QWidget *parent) : QDateTimeEdit(parent)
{
    prepare(this);
    // Day names and months in the interface language; a four-digit year, never ambiguous.
    setDisplayFormat(QStringLiteral("ddd d MMM yyyy  HH:mm"));
}

void DateTimeEdit::showDateTime(const QDateTime &when)
{
    if (when.isValid()) {
        setSpecialValueText(QString());
        setDateTime(when);
    } else {
        setSpecialValueText(QStringLiteral(" ")); // shown at the minimum, which stands for "none"
        setDateTime(minimumDateTime());
    }
}

bool DateTimeEdit::focusNextPrevChild(bool next)
{
    return QWidget::focusNextPrevChild(next);
}

int DateTimeEdit::widestExtra() const
{
    const QString format = displayFormat();
    const QLocale shown = locale();
    const QString key = shown.name() + QLatin1Char('|') + font().key() + QLatin1Char('|') + format;
    if (key == m_measuredFor)
        return m_extra;
    // What Qt measured: the earliest and the latest date, as they are shown.
    const QFontMetrics metrics = fontMetrics();
    const int measured = std::max(metrics.horizontalAdvance(shown.toString(minimumDateTime(), format)),
                                  metrics.horizontalAdvance(shown.toString(maximumDateTime(), format)));
    // Every day of a year: each weekday's and each month's name, with two-digit days.
    int widest = 0;
    for (QDate day(2026, 1, 1); day.year() == 2026; day = day.addDays(1))
        widest = std::max(widest, metrics.horizontalAdvance(shown.toString(QDateTime(day, QTime(22, 22)), format)));
    m_measuredFor = key;
    m_extra = std::max(0, widest - measured);
    return m_extra;
}

QSize DateTimeEdit::sizeHint() const
{
    QSize hint = QDateTimeEdit::sizeHint();
    hint.rwidth() += widestExtra();
    return hint;
}

QSize DateTimeEdit::minimumSizeHint() const
{
    QSize hint = QDateTimeEdit::minimumSizeHint();
    hint.rwidth() += widestExtra();
    return hint;
}

QString DateDelegate::displayText(const QVariant &value, const QLocale &locale) const
{
    if (value.userType() == QMetaType::QDate)
        return dayText(value.toDate(), locale);
    return QStyledItemDelegate::displayText(value, locale);
}

QWidget *DateDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &) const
{
    auto *editor = new DateEdit(parent);
    editor->setFrame(false);
    editor->setObjectName(QStringLiteral("dateCellEditor"));
    // Only a date the user set is written back: opening or tabbing through an empty cell leaves it empty.
    connect(editor, &QDateEdit::dateChanged, editor, [editor] { editor->setProperty("touched", true); });
    return editor;
}

void DateDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    const QDate day = index.data(Qt::EditRole).toDate();
    auto *edit = static_cast<DateEdit *>(editor);
    const QSignalBlocker blocker(edit);
    edit->setDate(day.isValid() ? day : m_suggested.isValid() ? m_suggested : QDate::currentDate());
    edit->setProperty("touched", false);
}

void DateDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    auto *edit = static_cast<DateEdit *>(editor);
    edit->interpretText();
    if (edit->property("touched").toBool() && index.data(Qt::EditRole).toDate() != edit->date())
        model->setData(index, edit->date(), Qt::EditRole);
}

QSize DateDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    // Wide enough for its editor: a date field with its calendar button.
    const QSize text = QStyledItemDelegate::sizeHint(option, index);
    if (m_editorWidth == 0)
        m_editorWidth = DateEdit().sizeHint().width();
    return text.expandedTo(QSize(m_editorWidth, text.height()));
}

} // namespace forumdesk
