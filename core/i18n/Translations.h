// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace forumdesk {

// Loads Forum Desk's own translation (built into the core library) and Qt's for a language, and
// installs them on the running application. English is the source language and needs no file.
class Translations {
public:
    static QStringList available(); // "en", "es"
    // Installs `language` ("es", "en", or a locale name such as "es_PE"), replacing any earlier
    // one. Returns the language actually in force.
    static QString install(const QString &language);
    static QString current();
    // The language a command-line user gets without --lang: the environment's locale if we have it.
    static QString fromEnvironment();
};

} // namespace forumdesk
