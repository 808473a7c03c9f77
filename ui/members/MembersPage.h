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

class CompositionPanel;
class ForumDocument;
class MemberDialog;
class MemberTableModel;

// The forum's members: a filtered, sortable list, add/edit/remove in a dialog, and who sits on the
// forum today.
class MembersPage : public QWidget {
    Q_OBJECT
public:
    explicit MembersPage(ForumDocument *document, QWidget *parent = nullptr);

    MemberTableModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    CompositionPanel *composition() const { return m_composition; }
    QLineEdit *searchField() const { return m_search; }
    // What the page says under its list: how many members are shown, or that none matched.
    QString countText() const;
    QComboBox *sectorFilter() const { return m_sector; }
    QComboBox *roleFilter() const { return m_role; }
    QCheckBox *activeFilter() const { return m_active; }
    QPushButton *addButton() const { return m_add; }

    // The dialogs are built here and run by the buttons; tests fill them and call accept().
    MemberDialog *createAddDialog();
    MemberDialog *createEditDialog(qint64 memberId);
    // Pushes the command for a dialog the user accepted.
    void commitDialog(MemberDialog *dialog);

public slots:
    void addMember();
    void editSelected();
    void removeSelected();
    void focusSearch();

private:
    void applyFilter();
    void refresh();
    void updateButtons();
    qint64 selectedId() const;

    ForumDocument *m_document;
    MemberTableModel *m_model;
    QTableView *m_view;
    CompositionPanel *m_composition;
    QLineEdit *m_search;
    QComboBox *m_sector;
    QComboBox *m_role;
    QCheckBox *m_active;
    QLabel *m_count;
    QPushButton *m_add;
    QPushButton *m_edit;
    QPushButton *m_remove;
};

} // namespace forumdesk
