// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/forum/Vocabulary.h"

#include <QDate>
#include <QDateTime>
#include <QLocale>
#include <QString>
#include <QTranslator>

namespace forumdesk {

// The language a document is written in: the forum's, whatever the interface speaks. Document
// strings are marked with QT_TRANSLATE_NOOP and translated here, not through tr().
class DocumentLanguage {
public:
    explicit DocumentLanguage(const QString &language);

    QString code() const { return m_code; }
    QLocale locale() const { return m_locale; }
    QString text(const char *context, const char *source, int n = -1) const;
    QString label(Vocabulary::List list, const QString &key) const;
    QString longDate(const QDate &date) const;
    // "24 jun 2025": for table cells, where a long date would wrap.
    QString shortDate(const QDate &date) const;
    QString time(const QDateTime &wallClock) const;

private:
    QString m_code;
    QLocale m_locale;
    QTranslator m_translator;
    bool m_loaded = false;
};

} // namespace forumdesk
