// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace forumdesk {

// The user's own settings (kept with QSettings, per user, not per forum): the interface language,
// the name written in the activity log, and the folder new forums and copies go to.
class Preferences {
public:
    // "en", "es", "fr" or "pt"; the environment's language on first run.
    static QString language();
    static void setLanguage(const QString &code);

    // The name written in each forum's activity log; the login name until the user gives one.
    static QString userName();
    static void setUserName(const QString &name);

    // Where New Forum and Save a Copy start; the Documents folder until the user picks one.
    static QString defaultFolder();
    static void setDefaultFolder(const QString &folder);

    // Whether the window uses its own high-contrast colours (white on black) rather than the
    // system's; off until the user turns it on.
    static bool highContrast();
    static void setHighContrast(bool on);
};

} // namespace forumdesk
