// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QMap>
#include <QString>

namespace forumdesk {

class DocumentLanguage;
class ForumFile;

// The co-creation of one plan in numbers, counted in the database: contributions received,
// answered with a reasoned response, incorporated; by sector and by channel.
struct CoCreationSummary {
    int received = 0;
    int answered = 0;               // with a response and its date
    int awaiting = 0;               // no reasoned response yet
    int incorporated = 0;           // fully or partly
    int notIncorporated = 0;
    QMap<QString, int> bySector;    // key -> count
    QMap<QString, int> byChannel;

    static CoCreationSummary of(ForumFile &file, qint64 planId);

    // "12 contributions were received: 10 have a reasoned response, 7 were incorporated in full
    // or in part.", each number with its own plural form, in the document's language.
    QString sentence(const DocumentLanguage &lang) const;
    // The response report's fuller account: answered, awaiting, incorporated, not incorporated.
    QString treatmentSentence(const DocumentLanguage &lang) const;
};

} // namespace forumdesk
