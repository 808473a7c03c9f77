// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The sample forum in French and Portuguese. SampleContent.h holds each text in Spanish and
// English; the French and Portuguese ones are looked up by the English text, so that the content's
// tables stay as they are. Names of people, places, e-mail domains and links, which Spanish and
// English share, are looked up by themselves: the French sample is a fictional francophone West
// African republic (Kanwara), the Portuguese one a fictional lusophone one (Serra Formosa), each
// with its own people and places.

#include <QString>
#include <QStringList>

#include <vector>

namespace forumdesk::sample {

struct Translation {
    const char *source; // the English text, or the name, domain or link as Spanish and English have it
    const char *text;
};
const std::vector<Translation> &frenchTexts();     // SampleFrench.cpp
const std::vector<Translation> &portugueseTexts(); // SamplePortuguese.cpp

// `source` in `language`: itself in Spanish and English, its translation in French and Portuguese.
// A text the catalogue lacks stays as it is (English), and untranslated() lists it.
QString translated(const char *source, const QString &language);
// The texts asked for in `language` (fr or pt) that have no translation yet, sorted.
QStringList untranslated(const QString &language);

} // namespace forumdesk::sample
