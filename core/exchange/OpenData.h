// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace forumdesk {

class ForumFile;

namespace OpenData {

// Commitments, milestones and progress updates as JSON: {"commitments": [...], "milestones":
// [...], "progress_updates": [...]}, each record as recordToJson writes it.
QByteArray json(ForumFile &file);
// One row per progress update, joined with its milestone and commitment (README, Open data):
// UTF-8 with a byte order mark, RFC 4180 quoting, CRLF line ends, formulas neutralised.
QByteArray csv(ForumFile &file);

// A cell as a spreadsheet will read it safely: a leading =, +, -, @, tab or CR gets an apostrophe.
QString neutralise(const QString &cell);
// One CSV line (without its line end), quoting cells that need it.
QString csvLine(const QStringList &cells);

} // namespace OpenData

} // namespace forumdesk
