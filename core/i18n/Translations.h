// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace forumdesk {

// Loads Forum Desk's own translation (built into the core library) and Qt's for a language, and
// installs them on the running application. English is the source language and needs no file.
class Translations {
public:
    static QStringList available(); // "en", "es", "fr", "pt"
    // The two-letter code of a language or locale name: "fr" for "fr_CA", "pt" for "pt-BR"; a name
    // that is neither comes back as it is.
    static QString codeOf(const QString &language);
    // Installs `language` ("es", "en", "fr", "pt", or a locale name such as "es_PE", "fr_CA",
    // "pt_PT"), replacing any earlier one. Returns the language actually in force. Portuguese is
    // Brazilian Portuguese, for every Portuguese locale.
    static QString install(const QString &language);
    static QString current();
    // The language a command-line user gets without --lang: the environment's locale if we have it.
    static QString fromEnvironment();
};

} // namespace forumdesk
