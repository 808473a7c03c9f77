// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/documents/DocumentFonts.h"

namespace forumdesk::DocumentFonts {

namespace {

bool isKana(char32_t c)
{
    return (c >= 0x3040 && c <= 0x30FF) || (c >= 0x31F0 && c <= 0x31FF) || (c >= 0xFF66 && c <= 0xFF9F);
}

bool isHangul(char32_t c)
{
    return (c >= 0xAC00 && c <= 0xD7AF) || (c >= 0x1100 && c <= 0x11FF) || (c >= 0x3130 && c <= 0x318F);
}

bool isHan(char32_t c)
{
    return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x20000 && c <= 0x2FA1F)
        || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0x3000 && c <= 0x303F);
}

bool isArabic(char32_t c)
{
    return (c >= 0x0600 && c <= 0x06FF) || (c >= 0x0750 && c <= 0x077F) || (c >= 0x08A0 && c <= 0x08FF)
        || (c >= 0xFB50 && c <= 0xFDFF) || (c >= 0xFE70 && c <= 0xFEFF);
}

enum class Script { Other, Cjk, Hangul, Arabic };

Script scriptOf(char32_t c)
{
    if (isHangul(c))
        return Script::Hangul;
    if (isKana(c) || isHan(c) || (c >= 0xFF00 && c <= 0xFF65))
        return Script::Cjk;
    if (isArabic(c))
        return Script::Arabic;
    return Script::Other;
}

// What may stand between two words of one stretch: a space ("山田 さくら"), and for Arabic
// punctuation too. A comma between two CJK names ends a stretch: "王芳, 山田さくら" is a Chinese
// name and a Japanese one.
bool isNeutral(char32_t c, Script script)
{
    return QChar::isSpace(c) || (script == Script::Arabic && QChar::isPunct(c));
}

} // namespace

QList<Run> runs(const QString &text, const QString &language)
{
    QList<Run> found;
    const QList<uint> characters = text.toUcs4();
    qsizetype offset = 0; // in UTF-16 units, of the character at `i`
    QList<qsizetype> offsets;
    for (const uint c : characters) {
        offsets << offset;
        offset += QChar::requiresSurrogates(c) ? 2 : 1;
    }
    offsets << offset;
    for (qsizetype i = 0; i < characters.size();) {
        const Script script = scriptOf(characters.at(i));
        if (script == Script::Other) {
            ++i;
            continue;
        }
        qsizetype end = i + 1; // past the last character of the script
        for (qsizetype j = i + 1; j < characters.size(); ++j) {
            if (scriptOf(characters.at(j)) == script)
                end = j + 1;
            else if (!isNeutral(characters.at(j), script))
                break;
        }
        const QString stretch = text.mid(offsets.at(i), offsets.at(end) - offsets.at(i));
        found.append({offsets.at(i), offsets.at(end) - offsets.at(i), script == Script::Arabic ? complex() : cjkFor(stretch, language)});
        i = end;
    }
    return found;
}

QString western()
{
    return QStringLiteral("DejaVu Sans");
}

QString complex()
{
    return QStringLiteral("Noto Sans Arabic");
}

QString cjk(const QString &language)
{
    const QString code = language.toLower().replace(QLatin1Char('_'), QLatin1Char('-'));
    if (code == QLatin1String("ja") || code.startsWith(QLatin1String("ja-")))
        return QStringLiteral("Noto Sans CJK JP");
    if (code == QLatin1String("ko") || code.startsWith(QLatin1String("ko-")))
        return QStringLiteral("Noto Sans CJK KR");
    if (code == QLatin1String("zh-tw") || code == QLatin1String("zh-hk") || code.startsWith(QLatin1String("zh-hant")))
        return QStringLiteral("Noto Sans CJK TC");
    return QStringLiteral("Noto Sans CJK SC");
}

QString cjkFor(const QString &text, const QString &language)
{
    bool han = false;
    for (const char32_t c : text.toUcs4()) {
        if (isKana(c))
            return cjk(QStringLiteral("ja"));
        if (isHangul(c))
            return cjk(QStringLiteral("ko"));
        han = han || isHan(c);
    }
    return han ? cjk(language) : QString();
}

QStringList allCjk()
{
    return {QStringLiteral("Noto Sans CJK SC"), QStringLiteral("Noto Sans CJK TC"), QStringLiteral("Noto Sans CJK JP"),
            QStringLiteral("Noto Sans CJK KR")};
}

QStringList families(const QString &language)
{
    return {western(), cjk(language), complex(), QStringLiteral("Noto Sans")};
}

} // namespace forumdesk::DocumentFonts
