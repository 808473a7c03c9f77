// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/cocreation/Contribution.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace forumdesk {

class ForumFile;

// Public contributions from a CSV file (an online consultation's export, say), in two steps: read
// gives a preview with every problem named by row and column and writes nothing; commit writes the
// rows that can be imported in one transaction. A row with a problem, or one the forum already has
// (the same file imported twice), is skipped and named; a problem of the whole file (no header, a
// required column missing, not text) stops everything.
// Cell text is kept exactly as written: markup and spreadsheet formulas stay plain text, formulas
// with a note in the preview.
class ContributionImport {
    Q_DECLARE_TR_FUNCTIONS(ContributionImport)

public:
    // A row that says what another says: the same day received, the same author (case, accents and
    // spacing aside) and the same text (spacing aside).
    enum class Duplicate { None, InForum, InFile };

    struct Row {
        int row = 0;                 // as a spreadsheet numbers it: the header is row 1
        Contribution contribution;
        QStringList errors;          // the row is skipped
        QStringList warnings;        // noted; the row is imported all the same
        Duplicate duplicate = Duplicate::None;
        int sameAsRow = 0;           // Duplicate::InFile: the earlier row of the file
        qint64 sameAsId = 0;         // Duplicate::InForum: the contribution the forum has

        bool importable() const { return errors.isEmpty() && duplicate == Duplicate::None; }
        // "Already in the forum", "Same as row 4", or nothing.
        QString duplicateNote() const;
    };

    // The largest file readFile takes: far above any consultation's export, far below what would
    // make the window wait.
    static constexpr qint64 kMaxFileBytes = 50 * 1024 * 1024;

    static ContributionImport read(ForumFile &file, const QByteArray &csv, qint64 planId);
    // Reads a file from disk; an unreadable file is a problem of the import, not an exception.
    static ContributionImport readFile(ForumFile &file, const QString &path, qint64 planId);

    const QList<Row> &rows() const { return m_rows; }
    // How the file's bytes were read: "UTF-8", "UTF-16 LE", "UTF-16 BE" or "Windows-1252"; empty
    // when the file could not be read as text.
    QString encoding() const { return m_encoding; }
    // Problems of the whole file: no header, a required column missing, nothing to import.
    const QStringList &problems() const { return m_problems; }
    // Every problem, one line each: the file's, then each row's (not the duplicates or warnings).
    QStringList allProblems() const;

    int importableCount() const;
    int duplicateCount() const;
    // Rows skipped for a problem of their own.
    int problemRowCount() const;
    // Cells noted as looking like spreadsheet formulas.
    int warningCount() const;
    // Each row that will not be imported, with why, one line each: "Row 3: duplicate, already in
    // the forum", or the row's problems.
    QStringList skippedRows() const;

    // The file has no problem of its own and at least one row can be imported.
    bool acceptable() const;
    // Writes the rows that can be imported, in one transaction; throws StorageError when the
    // import is not acceptable. A row that has reached the forum since it was read is skipped as
    // a duplicate. Returns the ids of the contributions created, in the order of the rows.
    QList<qint64> commit(ForumFile &file) const;

private:
    QList<Row> m_rows;
    QStringList m_problems;
    QString m_encoding;
};

} // namespace forumdesk
