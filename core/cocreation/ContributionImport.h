// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/cocreation/Contribution.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace forumdesk {

class ForumFile;

// Public contributions from a CSV file (an online consultation's export, say), in two steps: read
// gives a preview with every problem named by row and column and writes nothing; commit writes
// every row in one transaction, and only when no row has a problem: nothing is imported in part.
// Cell text is kept exactly as written: markup and spreadsheet formulas stay plain text.
class ContributionImport {
    Q_DECLARE_TR_FUNCTIONS(ContributionImport)

public:
    struct Row {
        int row = 0;                 // as a spreadsheet numbers it: the header is row 1
        Contribution contribution;
        QStringList errors;
    };

    // The largest file readFile takes: far above any consultation's export, far below what would
    // make the window wait.
    static constexpr qint64 kMaxFileBytes = 50 * 1024 * 1024;

    static ContributionImport read(ForumFile &file, const QByteArray &csv, qint64 planId);
    // Reads a file from disk; an unreadable file is a problem of the import, not an exception.
    static ContributionImport readFile(ForumFile &file, const QString &path, qint64 planId);

    const QList<Row> &rows() const { return m_rows; }
    // Problems of the whole file: no header, a required column missing, nothing to import.
    const QStringList &problems() const { return m_problems; }
    // Every problem, one line each: the file's, then each row's.
    QStringList allProblems() const;
    bool acceptable() const;
    // Writes every row, in one transaction; throws StorageError when the import is not
    // acceptable. Returns the ids of the contributions created, in the order of the rows.
    QList<qint64> commit(ForumFile &file) const;

private:
    QList<Row> m_rows;
    QStringList m_problems;
};

} // namespace forumdesk
