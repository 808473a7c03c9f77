// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace forumdesk::Csv {

// Comma-separated values as spreadsheets write and read them (RFC 4180): the one reader and
// writer of the contribution import (ContributionImport) and the open-data export (OpenData).

// Splits CSV text into records of fields: quoted fields, doubled quotes, line breaks inside
// quotes, CRLF or LF line ends; comma, semicolon (Excel in Spanish) or tab, as the header line uses.
QList<QStringList> parse(const QString &text);

// A cell as a spreadsheet will read it safely: a leading =, +, -, @, tab or CR (a formula to
// Excel or LibreOffice) gets an apostrophe.
QString neutralise(const QString &cell);
// One record (without its line end): every cell neutralised, quoted when it holds a comma, a
// quote or a line break.
QString line(const QStringList &cells);
// Whole records as a file: UTF-8 with a byte order mark (so Excel reads accents), CRLF line ends.
QByteArray document(const QList<QStringList> &records);

} // namespace forumdesk::Csv
