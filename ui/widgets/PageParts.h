// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTableView;
class QTableWidget;
class QTableWidgetItem;
class QWidget;

namespace forumdesk {
struct ActionPlan;
}

namespace forumdesk {

// The pieces the pages and panels share, so that every page looks and behaves alike.

// A page's title: larger and bold, named "pageTitle".
QLabel *pageTitle(const QString &text, QWidget *parent);

// A list of records: chosen a whole row at a time, one row at a time, never edited in place, no
// row numbers, one line per row.
void setUpRecordView(QTableView *view);
// A small read-only table (decisions, attendance) set up as setUpRecordView, with these column
// headers: the first column takes the spare width, the others fit their content.
void setUpTable(QTableWidget *table, const QStringList &headers);
// A cell of such a table: it can be selected, not edited; with a tooltip unless `toolTip` is empty.
QTableWidgetItem *readOnlyItem(const QString &text, const QString &toolTip = {});

// Shows `text` in a field without emitting its signals, and only when it differs, so that a field
// reloaded while it is edited keeps its cursor. A line edit shows the beginning of a long value.
// Makes `content` the whole of `page`, scrolling when the page is shorter than the form.
void fillWithScrolling(QWidget *page, QWidget *content);

// A stage page's heading for its plan: "title — stage", then its period.
QString planHeading(const ActionPlan &plan);

void showQuietly(QLineEdit *edit, const QString &text);
void showQuietly(QPlainTextEdit *edit, const QString &text);

// The translated label of one of T's columns (T::schema()), or the column name if T has none such.
template <class T>
QString fieldLabel(const QString &column)
{
    for (const auto &f : T::schema().fields) {
        if (f.column == column)
            return QCoreApplication::translate("Field", f.label);
    }
    return column;
}

} // namespace forumdesk
