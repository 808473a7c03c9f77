// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/cocreation/ContributionImport.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTableWidget;

namespace forumdesk {

// Shows what a CSV file of contributions would import, row by row, with every problem named by
// row and column. Nothing is written here: Import is enabled only when the whole file can be
// imported, and the caller then imports it as one undoable step.
class ImportPreviewDialog : public QDialog {
    Q_OBJECT
public:
    ImportPreviewDialog(const ContributionImport &import, const QString &fileName, QWidget *parent = nullptr);

    const ContributionImport &import() const { return m_import; }
    QTableWidget *table() const { return m_table; }
    QPushButton *importButton() const { return m_importButton; }
    QLabel *summary() const { return m_summary; }

private:
    ContributionImport m_import;
    QTableWidget *m_table;
    QLabel *m_summary;
    QPushButton *m_importButton;
};

} // namespace forumdesk
