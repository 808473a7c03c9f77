// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/i18n/Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <memory>

namespace forumdesk {

namespace {

std::unique_ptr<QTranslator> s_own;
std::unique_ptr<QTranslator> s_qt;
QString s_current = QStringLiteral("en");

} // namespace

QStringList Translations::available()
{
    return {QStringLiteral("en"), QStringLiteral("es"), QStringLiteral("fr"), QStringLiteral("pt")};
}

QString Translations::codeOf(const QString &language)
{
    // "fr", "FR", "fr_CA", "pt-BR", "es_PE.UTF-8", "pt@euro": the language part of a locale's name.
    if (language.size() == 2 || (language.size() > 2 && QStringLiteral("_-.@").contains(language.at(2))))
        return language.left(2).toLower();
    return language;
}

QString Translations::install(const QString &language)
{
    const QString code = codeOf(language);
    if (s_own)
        QCoreApplication::removeTranslator(s_own.get());
    if (s_qt)
        QCoreApplication::removeTranslator(s_qt.get());
    s_own.reset();
    s_qt.reset();
    s_current = QStringLiteral("en");
    // Dates and numbers on screen follow the interface's language too.
    QLocale::setDefault(QLocale(available().contains(code) ? code : s_current));
    if (!available().contains(code))
        return s_current;
    // English has a translation file of its own, for the plural forms of "%n item(s)" texts.
    auto own = std::make_unique<QTranslator>();
    if (!own->load(QStringLiteral(":/i18n/forumdesk_%1.qm").arg(code)))
        return s_current;
    QCoreApplication::installTranslator(own.get());
    s_own = std::move(own);
    if (code == QLatin1String("en"))
        return s_current;
    // Qt's own words (standard buttons, file dialogs): qtbase_es.qm, qtbase_fr.qm, qtbase_pt_BR.qm.
    // Without them (qt6-translations-l10n not installed) those few words stay English.
    auto qt = std::make_unique<QTranslator>();
    if (qt->load(QLocale(code), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt.get());
        s_qt = std::move(qt);
    }
    s_current = code;
    return s_current;
}

QString Translations::current()
{
    return s_current;
}

QString Translations::fromEnvironment()
{
    for (const char *name : {"LC_ALL", "LC_MESSAGES", "LANG"}) {
        const QString value = qEnvironmentVariable(name);
        if (!value.isEmpty() && value != QLatin1String("C") && value != QLatin1String("POSIX"))
            return codeOf(value);
    }
    return QStringLiteral("en");
}

} // namespace forumdesk
