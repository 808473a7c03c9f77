// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/cocreation/ContributionImport.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTableWidget;
class QTimer;

namespace forumdesk {

// Shows what a CSV file of contributions would import, row by row: how the file was read (its
// encoding), which rows are imported, which are skipped as duplicates or for a problem named by
// row and column, and which cells look like formulas. Nothing is written here: Import ("Import 12
// Rows") is enabled when at least one row can be imported, and the caller then imports those rows
// as one undoable step.
class ImportPreviewDialog : public QDialog {
    Q_OBJECT
public:
    enum Column { RowNumber, Status, Received, Author, Organization, Channel, Sector, Text, Notes };

    ImportPreviewDialog(const ContributionImport &import, const QString &fileName, QWidget *parent = nullptr);

    const ContributionImport &import() const { return m_import; }
    QTableWidget *table() const { return m_table; }
    QPushButton *importButton() const { return m_importButton; }
    QLabel *summary() const { return m_summary; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void fillTable();
    // The contribution's column gives way first, so that the notes keep a readable width.
    void fitColumns();
    void describe(const QString &fileName);

    ContributionImport m_import;
    QTableWidget *m_table;
    QLabel *m_summary;
    QPushButton *m_importButton;
    QTimer *m_fitRows; // rows take the height of their wrapped notes again after a resize
};

} // namespace forumdesk
