// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateEdit>
#include <QDateTimeEdit>
#include <QStyledItemDelegate>

namespace forumdesk {

// A date field as a secretariat expects it: a calendar pops up, the year has four digits, the
// dates are those a forum file keeps, and Tab leaves the field for the next one. (Qt's own Tab
// walks day, month and year, so that typed text lands in the wrong field; inside the field the
// arrow keys, or typing the separator, move between day, month and year.)
class DateEdit : public QDateEdit {
    Q_OBJECT
public:
    explicit DateEdit(QWidget *parent = nullptr);
    explicit DateEdit(const QDate &date, QWidget *parent = nullptr);

protected:
    bool focusNextPrevChild(bool next) override;
};

// The same for a day and its time ("sáb 5 dic 2026  10:00").
class DateTimeEdit : public QDateTimeEdit {
    Q_OBJECT
public:
    explicit DateTimeEdit(QWidget *parent = nullptr);
    // Shows `when`; an invalid one leaves the field blank (rather than a made-up first day).
    void showDateTime(const QDateTime &when);
    // Wide enough for any day of the year in the interface language, not only for the earliest
    // and latest dates Qt measures ("qui. 22 out. 2026  10:00" is wider than any of those).
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    bool focusNextPrevChild(bool next) override;

private:
    int widestExtra() const;
    mutable QString m_measuredFor; // locale, font and format the width below was measured for
    mutable int m_extra = 0;
};

// Edits a table's date cells with a DateEdit: the cell holds a QDate (Qt::EditRole), shows it as
// "5 dic. 2026", and an empty cell starts its editor at `suggested` (or today).
class DateDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    explicit DateDelegate(QObject *parent = nullptr) : QStyledItemDelegate(parent) {}
    void setSuggested(const QDate &day) { m_suggested = day; }

    QString displayText(const QVariant &value, const QLocale &locale) const override;
    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    QDate m_suggested;
    mutable int m_editorWidth = 0;
};

} // namespace forumdesk
