// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTreeWidget;

namespace forumdesk {

class AgendaModel;
class ForumDocument;

// A meeting's agenda: ordered items with their expected start times and the expected end,
// reordered by drag or with Ctrl+Up/Ctrl+Down; the commitment an item is about; and the matters
// arising (action items still open from earlier meetings).
class AgendaPanel : public QWidget {
    Q_OBJECT
public:
    explicit AgendaPanel(ForumDocument *document, QWidget *parent = nullptr);

    void setMeeting(qint64 meetingId);
    AgendaModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QLineEdit *newItemTitle() const { return m_newTitle; }
    QLabel *expectedEnd() const { return m_end; }
    QTreeWidget *mattersArising() const { return m_arising; }
    QComboBox *commitmentBox() const { return m_commitment; }

public slots:
    void addItem();
    void removeSelected();
    void moveSelected(int step);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void reload();
    void updateSelection();
    int selectedRow() const;
    void selectRow(int row);

    ForumDocument *m_document;
    qint64 m_meetingId = 0;
    AgendaModel *m_model;
    QTableView *m_view;
    QLineEdit *m_newTitle;
    QPushButton *m_add;
    QPushButton *m_remove;
    QPushButton *m_up;
    QPushButton *m_down;
    QComboBox *m_commitment;
    QLabel *m_end;
    QTreeWidget *m_arising;
};

} // namespace forumdesk
