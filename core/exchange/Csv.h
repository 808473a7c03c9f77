// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QStringList>

namespace forumdesk::Csv {

// Comma-separated values as spreadsheets write and read them (RFC 4180): the one reader and
// writer of the contribution import (ContributionImport) and the open-data export (OpenData).

// How a file's bytes were read as text. Spreadsheets write UTF-8 (with or without a byte order
// mark), UTF-16 ("Unicode text") or, for "CSV" in Excel on Windows in Spanish, Windows-1252.
enum class Encoding { Utf8, Utf16LE, Utf16BE, Windows1252 };

struct DecodedText {
    QString text;
    Encoding encoding = Encoding::Utf8;
    bool byteOrderMark = false;
    // Lines (1-based, as separated by LF) in the other encoding than the file's: rows pasted from
    // another file. In a UTF-8 file, lines whose bytes are not UTF-8, read as Windows-1252; in a
    // Windows-1252 file, lines of accented letters in UTF-8 (which Windows-1252 would show as
    // "JosÃ©"), read as UTF-8. Either way they show as they were written.
    QList<int> badLines;
    // NUL bytes in no UTF-16 pattern: a spreadsheet's own format or another binary file, not text.
    bool binary = false;
};

// Reads bytes as text: a byte order mark decides (UTF-8, UTF-16 LE or BE); without one, NUL bytes
// in every other position are UTF-16; bytes that are valid UTF-8 are UTF-8; otherwise, when more
// lines are not UTF-8 than are, Windows-1252 (whose 0xA0-0xFF are Latin-1), else UTF-8; either way
// with the lines in the other encoding named.
DecodedText decode(const QByteArray &bytes);
// The encoding's usual name ("UTF-8", "UTF-16 LE", "Windows-1252"): a name, not a translated text.
QString encodingName(Encoding encoding);
// Windows-1252 bytes as text; its five unassigned bytes become the C1 controls, as Windows does.
QString fromWindows1252(QByteArrayView bytes);

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
