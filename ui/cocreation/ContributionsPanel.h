// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace forumdesk {

class ReloadWhenShown;

class ContributionImport;
class ContributionTableModel;
class ForumDocument;

// The log of public contributions to the current plan: who said what, through which channel, and
// whether it has its reasoned response yet; counts by sector and channel; add, edit, remove and
// import from CSV.
class ContributionsPanel : public QWidget {
    Q_OBJECT
public:
    explicit ContributionsPanel(ForumDocument *document, QWidget *parent = nullptr);

    ContributionTableModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QCheckBox *awaitingFilter() const { return m_awaiting; }
    QLineEdit *searchEdit() const { return m_search; }
    QLabel *counts() const { return m_counts; }

    // Opens the dialog for a new contribution to the current plan; returns its id (0 if cancelled).
    qint64 addContribution();
    void editContribution(qint64 id);
    void removeSelected();
    // Asks for a CSV file, then previews it.
    void chooseAndImport();
    // Previews `path` and imports its rows that can be imported if the user accepts; then names
    // the rows skipped (duplicates, problems) in a message box. Returns how many were imported.
    int importFile(const QString &path);
    qint64 selectedId() const;

public slots:
    void applyFilter();
    void refresh();

private:
    // Filters again now if the panel is on show, else once it is shown.
    void applyFilterWhenShown();
    // Tells, after an import, which rows of the file were not imported and why.
    void reportSkipped(const QString &fileName, int imported, const ContributionImport &import);

    ForumDocument *m_document;
    ContributionTableModel *m_model;
    QTableView *m_view;
    QCheckBox *m_awaiting;
    QLineEdit *m_search;
    QLabel *m_counts;
    QPushButton *m_add;
    QPushButton *m_edit;
    QPushButton *m_remove;
    QPushButton *m_import;
    ReloadWhenShown *m_reload; // the reload, held while the widget is hidden
};

} // namespace forumdesk
