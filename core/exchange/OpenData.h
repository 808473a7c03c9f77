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
// as Csv::document writes them (byte order mark, RFC 4180 quoting, CRLF, formulas neutralised).
QByteArray csv(ForumFile &file);

} // namespace OpenData

} // namespace forumdesk
