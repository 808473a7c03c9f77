// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace forumdesk {

class ReloadWhenShown;

class ActionItemTableModel;
class ForumDocument;

// Action items followed across meetings until they are closed: open ones by due date (overdue
// ones in red), and the done and cancelled ones with their closing date.
class ActionItemsPanel : public QWidget {
    Q_OBJECT
public:
    explicit ActionItemsPanel(ForumDocument *document, QWidget *parent = nullptr);

    ActionItemTableModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QComboBox *statusFilter() const { return m_status; }
    QLineEdit *searchField() const { return m_search; }
    QString countText() const;
    // Closes (done, cancelled) or reopens (open) the selected item.
    void setSelectedStatus(const QString &status);

private:
    // Filters again now if the panel is on show, else once it is shown.
    void applyFilterWhenShown();
    void applyFilter();
    void refresh();
    void updateButtons();
    qint64 selectedId() const;

    ForumDocument *m_document;
    ActionItemTableModel *m_model;
    QTableView *m_view;
    QComboBox *m_status;
    QCheckBox *m_planOnly;
    QLabel *m_count;
    QPushButton *m_done;
    QPushButton *m_cancel;
    QPushButton *m_reopen;
    QLineEdit *m_search;
    ReloadWhenShown *m_reload; // the reload, held while the widget is hidden
};

} // namespace forumdesk
