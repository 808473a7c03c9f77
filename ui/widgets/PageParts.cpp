// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/PageParts.h"

#include "core/forum/Vocabulary.h"
#include "core/i18n/DateText.h"
#include "core/plans/ActionPlan.h"

#include <QLocale>

#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace forumdesk {

QLabel *pageTitle(const QString &text, QWidget *parent)
{
    auto *title = new QLabel(text, parent);
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    title->setFont(big);
    title->setObjectName(QStringLiteral("pageTitle"));
    return title;
}

void setUpRecordView(QTableView *view)
{
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->verticalHeader()->hide();
    view->setWordWrap(false);
}

void setUpTable(QTableWidget *table, const QStringList &headers)
{
    table->setColumnCount(int(headers.size()));
    table->setHorizontalHeaderLabels(headers);
    setUpRecordView(table);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
}

QTableWidgetItem *readOnlyItem(const QString &text, const QString &toolTip)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    if (!toolTip.isEmpty())
        item->setToolTip(toolTip);
    return item;
}

void showQuietly(QLineEdit *edit, const QString &text)
{
    if (edit->text() != text) {
        const QSignalBlocker blocker(edit);
        edit->setText(text);
        edit->setCursorPosition(0); // show the beginning of a long value
    }
}

void showQuietly(QPlainTextEdit *edit, const QString &text)
{
    if (edit->toPlainText() != text) {
        const QSignalBlocker blocker(edit);
        edit->setPlainText(text);
    }
}

void fillWithScrolling(QWidget *page, QWidget *content)
{
    auto *scroll = new QScrollArea(page);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);
}

QString planHeading(const ActionPlan &plan)
{
    const QLocale locale;
    return QCoreApplication::translate("PageParts", "%1 — %2\nPeriod: %3 to %4")
        .arg(plan.title, Vocabulary::label(Vocabulary::List::PlanStage, plan.stage),
             dayText(plan.periodStart, locale),
             dayText(plan.periodEnd, locale));
}

} // namespace forumdesk
