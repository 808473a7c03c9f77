// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/documents/DocumentLanguage.h"
#include "core/i18n/DateText.h"

namespace forumdesk {

DocumentLanguage::DocumentLanguage(const QString &language)
    : m_code(language.left(2).toLower()), m_locale(m_code)
{
    // English documents load forumdesk_en.qm too: it holds the plural forms of the "%n item(s)" texts.
    m_loaded = m_translator.load(QStringLiteral(":/i18n/forumdesk_%1.qm").arg(m_code));
}

QString DocumentLanguage::text(const char *context, const char *source, int n) const
{
    if (m_loaded) {
        const QString translated = m_translator.translate(context, source, nullptr, n);
        if (!translated.isEmpty())
            return n >= 0 ? QString(translated).replace(QLatin1String("%n"), m_locale.toString(n)) : translated;
    }
    const QString plain = QString::fromUtf8(source);
    return n >= 0 ? QString(plain).replace(QLatin1String("%n"), QString::number(n)) : plain;
}

QString DocumentLanguage::label(Vocabulary::List list, const QString &key) const
{
    const char *source = Vocabulary::sourceText(list, key);
    return source ? text("Vocabulary", source) : key;
}

QString DocumentLanguage::longDate(const QDate &date) const
{
    return longDayText(date, m_locale);
}

QString DocumentLanguage::shortDate(const QDate &date) const
{
    // No-break spaces: a table cell wraps around the date, not inside it.
    return dayText(date, m_locale).replace(QLatin1Char(' '), QChar(0x00A0));
}

QString DocumentLanguage::time(const QDateTime &wallClock) const
{
    return wallClock.time().toString(QStringLiteral("HH:mm"));
}

} // namespace forumdesk
