// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace forumdesk {

class DocumentLanguage;
struct Contribution;

// How a contribution's author is named in what the forum publishes (the reasoned-response report,
// the standards check): by name, with their organisation, only with their recorded consent (format
// 3); otherwise "a citizen", or "a participant from" their organisation. An anonymous contribution
// is "Anonymous". In a document's language, or the interface's when `language` is null.
QString contributorName(const QString &author, const QString &organization, bool consents,
                        const DocumentLanguage *language = nullptr);
QString contributorName(const Contribution &contribution, const DocumentLanguage *language = nullptr);

} // namespace forumdesk
