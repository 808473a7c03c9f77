// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QWidget>

class QCheckBox;
class QDateEdit;

namespace forumdesk {

// A date that may be left unset (a term with no end yet): a check box turns the date on, at
// `suggested` (the forum's today, ForumClock) when it had none.
class OptionalDateEdit : public QWidget {
    Q_OBJECT
public:
    OptionalDateEdit(const QString &checkText, const QDate &suggested, QWidget *parent = nullptr);

    QDate date() const; // invalid when unset
    void setDate(const QDate &date);
    // What a screen reader calls the date ("Fiscal transparency: checked on"), where no form label
    // names it; the check box keeps its own text and takes this as its description.
    void setFieldName(const QString &name);

signals:
    void dateChanged(const QDate &date);
    void editingFinished();

private:
    QCheckBox *m_set;
    QDateEdit *m_edit;
};

} // namespace forumdesk
