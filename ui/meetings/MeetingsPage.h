// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSplitter;
class QTabWidget;
class QTableView;

namespace forumdesk {

class ReloadWhenShown;

class ActionItemsPanel;
class ForumDocument;
class MeetingEditor;
class MeetingTableModel;

// The forum's meetings: upcoming and past ones, filtered by kind and by the plan chosen in the
// toolbar, with the chosen meeting's editor beside the list; and the action items followed
// across meetings.
class MeetingsPage : public QWidget {
    Q_OBJECT
public:
    explicit MeetingsPage(ForumDocument *document, QWidget *parent = nullptr);

    MeetingTableModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    MeetingEditor *editor() const { return m_editor; }
    ActionItemsPanel *actionItems() const { return m_actionItems; }
    QTabWidget *sections() const { return m_sections; }
    QComboBox *whenFilter() const { return m_when; }
    QComboBox *kindFilter() const { return m_kind; }
    QCheckBox *planFilter() const { return m_planOnly; }

    // Adds a planned meeting (a week from today, in the current plan) and opens it; returns its id.
    qint64 addMeeting();
    // Shows a meeting in the list (clearing filters that hide it) and in the editor.
    void showMeeting(qint64 meetingId);

public slots:
    void exportUpcoming();

private:
    // Filters again now if the page is on show, else once it is shown.
    void applyFilterWhenShown();
    void applyFilter();
    void refresh();
    void selectionChanged();
    void updateLiveButton();
    qint64 selectedId() const;

    ForumDocument *m_document;
    MeetingTableModel *m_model;
    QTableView *m_view;
    MeetingEditor *m_editor;
    ActionItemsPanel *m_actionItems;
    QTabWidget *m_sections;
    QSplitter *m_splitter;
    QComboBox *m_when;
    QComboBox *m_kind;
    QCheckBox *m_planOnly;
    QLineEdit *m_search;
    ReloadWhenShown *m_reload; // the reload, held while the widget is hidden
    QLabel *m_count;
    QPushButton *m_add;
    QPushButton *m_upcoming;
    QPushButton *m_live; // Start Meeting, or Resume Meeting for one under way
};

} // namespace forumdesk
