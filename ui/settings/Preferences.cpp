// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/settings/Preferences.h"

#include "core/i18n/Translations.h"

#include <QDir>
#include <QSettings>
#include <QStandardPaths>

namespace forumdesk {

namespace {
const QString kLanguage = QStringLiteral("interface/language");
const QString kUserName = QStringLiteral("user/name");
const QString kFolder = QStringLiteral("files/defaultFolder");
const QString kHighContrast = QStringLiteral("interface/highContrast");
} // namespace

QString Preferences::language()
{
    const QString stored = QSettings().value(kLanguage).toString();
    if (Translations::available().contains(stored))
        return stored;
    const QString fromLocale = Translations::fromEnvironment();
    return Translations::available().contains(fromLocale) ? fromLocale : QStringLiteral("en");
}

void Preferences::setLanguage(const QString &code)
{
    QSettings().setValue(kLanguage, code);
}

QString Preferences::userName()
{
    const QString stored = QSettings().value(kUserName).toString().trimmed();
    if (!stored.isEmpty())
        return stored;
    for (const char *variable : {"USER", "USERNAME", "LOGNAME"}) {
        const QString login = qEnvironmentVariable(variable);
        if (!login.isEmpty())
            return login;
    }
    return QString();
}

void Preferences::setUserName(const QString &name)
{
    QSettings().setValue(kUserName, name.trimmed());
}

bool Preferences::highContrast()
{
    return QSettings().value(kHighContrast, false).toBool();
}

void Preferences::setHighContrast(bool on)
{
    QSettings().setValue(kHighContrast, on);
}

QString Preferences::defaultFolder()
{
    const QString stored = QSettings().value(kFolder).toString();
    if (!stored.isEmpty() && QDir(stored).exists())
        return stored;
    // The Documents folder where it exists (a fresh account, or a system without one, may have
    // none), otherwise the home folder: never a folder the New Forum dialog would refuse.
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return !documents.isEmpty() && QDir(documents).exists() ? documents : QDir::homePath();
}

void Preferences::setDefaultFolder(const QString &folder)
{
    QSettings().setValue(kFolder, folder);
}

} // namespace forumdesk
