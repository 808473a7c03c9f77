// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sample/SampleTranslations.h"

#include "core/forum/VocabularyKeys.h"

#include <QMutex>
#include <QSet>

#include <string_view>
#include <unordered_map>

namespace forumdesk::sample {

namespace {

using Catalogue = std::unordered_map<std::string_view, const char *>;

Catalogue index(const std::vector<Translation> &texts)
{
    Catalogue catalogue;
    for (const Translation &t : texts)
        catalogue.emplace(t.source, t.text);
    return catalogue;
}

const Catalogue *catalogueFor(const QString &language)
{
    if (language == key::Language::French) {
        static const Catalogue french = index(frenchTexts());
        return &french;
    }
    if (language == key::Language::Portuguese) {
        static const Catalogue portuguese = index(portugueseTexts());
        return &portuguese;
    }
    return nullptr;
}

// What the sample asked for and the catalogues lack, per language: the test that writes the
// sample in French and Portuguese reads it.
QMutex s_missingLock;
QHash<QString, QSet<QString>> s_missing;

} // namespace

QString translated(const char *source, const QString &language)
{
    if (!source)
        return QString();
    const Catalogue *catalogue = catalogueFor(language);
    if (!catalogue || !*source)
        return QString::fromUtf8(source);
    const auto found = catalogue->find(source);
    if (found != catalogue->end())
        return QString::fromUtf8(found->second);
    QMutexLocker lock(&s_missingLock);
    s_missing[language].insert(QString::fromUtf8(source));
    return QString::fromUtf8(source);
}

QStringList untranslated(const QString &language)
{
    QMutexLocker lock(&s_missingLock);
    QStringList missing = s_missing.value(language).values();
    missing.sort();
    return missing;
}

} // namespace forumdesk::sample
