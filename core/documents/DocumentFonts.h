// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace forumdesk::DocumentFonts {

// The font families documents are set in (Debian's fonts-dejavu-core, fonts-noto-core and
// fonts-noto-cjk, which the set-up installs). DejaVu Sans covers Latin, Greek, Cyrillic, Georgian,
// Armenian and Hebrew; Arabic goes to Noto Sans Arabic; Chinese, Japanese and Korean to the Noto
// Sans CJK family whose glyph forms the text asks for.
QString western();
QString complex();
// The CJK family for Han characters in a document of `language` ("ja", "ko", "zh-TW"...): Han
// characters are shared by Chinese, Japanese and Korean but drawn differently in each, and only
// the language tells which. Simplified Chinese when the language is none of these.
QString cjk(const QString &language);
// The CJK family a run of text needs, from its own script first: kana is Japanese and hangul is
// Korean, whatever the document's language; Han alone follows the language. Empty for text with
// no CJK character.
QString cjkFor(const QString &text, const QString &language);
// The stretches of `text` that need a font of their own: Chinese or Japanese, Korean (cjkFor) or
// Arabic, each with the spaces between its words; offsets in UTF-16 units.
struct Run {
    qsizetype start = 0;
    qsizetype length = 0;
    QString family;
};
QList<Run> runs(const QString &text, const QString &language);
// Every CJK family, for a file that names each font it may use.
QStringList allCjk();
// A document's default families, in the order glyphs are looked for.
QStringList families(const QString &language);

} // namespace forumdesk::DocumentFonts
