// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/exchange/Csv.h"

#include <QStringDecoder>

#include <algorithm>
#include <optional>

namespace forumdesk::Csv {

namespace {

// Windows-1252's 0x80-0x9F; 0x81, 0x8D, 0x8F, 0x90 and 0x9D are unassigned and kept as C1 controls.
constexpr char16_t kWindows1252High[32] = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
    0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
};

QString decodeWith(QStringConverter::Encoding encoding, QByteArrayView bytes)
{
    QStringDecoder decoder(encoding, QStringDecoder::Flag::Stateless);
    return decoder.decode(bytes);
}

// UTF-16 without a byte order mark, told by its NUL bytes: text that is mostly ASCII has a NUL in
// every other byte, the high byte of each character.
std::optional<Encoding> utf16ByNulBytes(const QByteArray &bytes)
{
    const qsizetype sample = std::min<qsizetype>(bytes.size(), 8192) & ~qsizetype(1);
    qsizetype even = 0;
    qsizetype odd = 0;
    for (qsizetype i = 0; i < sample; ++i) {
        if (bytes.at(i) == 0)
            ++(i % 2 == 0 ? even : odd);
    }
    const qsizetype units = sample / 2;
    if (units == 0)
        return std::nullopt;
    if (odd * 10 >= units * 4 && even * 10 <= units)
        return Encoding::Utf16LE;
    if (even * 10 >= units * 4 && odd * 10 <= units)
        return Encoding::Utf16BE;
    return std::nullopt;
}

} // namespace

QString fromWindows1252(QByteArrayView bytes)
{
    QString text(bytes.size(), Qt::Uninitialized);
    QChar *out = text.data();
    for (const char byte : bytes) {
        const auto b = static_cast<unsigned char>(byte);
        *out++ = (b >= 0x80 && b < 0xA0) ? QChar(kWindows1252High[b - 0x80]) : QChar(char16_t(b));
    }
    return text;
}

QString encodingName(Encoding encoding)
{
    switch (encoding) {
    case Encoding::Utf8:
        return QStringLiteral("UTF-8");
    case Encoding::Utf16LE:
        return QStringLiteral("UTF-16 LE");
    case Encoding::Utf16BE:
        return QStringLiteral("UTF-16 BE");
    case Encoding::Windows1252:
        return QStringLiteral("Windows-1252");
    }
    return {};
}

DecodedText decode(const QByteArray &bytes)
{
    DecodedText decoded;
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        decoded.byteOrderMark = true;
    } else if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")) {
        decoded.byteOrderMark = true;
        decoded.encoding = bytes.at(0) == '\xFF' ? Encoding::Utf16LE : Encoding::Utf16BE;
    } else if (bytes.contains('\0')) {
        const std::optional<Encoding> utf16 = utf16ByNulBytes(bytes);
        if (!utf16) {
            decoded.binary = true;
            return decoded;
        }
        decoded.encoding = *utf16;
    }
    if (decoded.encoding == Encoding::Utf16LE || decoded.encoding == Encoding::Utf16BE) {
        decoded.text = decodeWith(decoded.encoding == Encoding::Utf16LE ? QStringConverter::Utf16LE : QStringConverter::Utf16BE,
                                  QByteArrayView(bytes).sliced(decoded.byteOrderMark ? 2 : 0));
        return decoded;
    }

    // UTF-8 or Windows-1252, looked at line by line: a line of another encoding pasted into a UTF-8
    // file is named, not the whole file.
    const QByteArrayView body = QByteArrayView(bytes).sliced(decoded.byteOrderMark ? 3 : 0);
    int utf8Lines = 0; // lines beyond ASCII that are valid UTF-8
    QList<int> latinUtf8Lines; // ... whose every character beyond ASCII is in U+0080-U+00FF
    qsizetype start = 0;
    int line = 1;
    while (start <= body.size()) {
        qsizetype end = body.indexOf('\n', start);
        if (end < 0)
            end = body.size();
        const QByteArrayView raw = body.sliced(start, end - start);
        bool ascii = true;
        for (const char c : raw)
            if (static_cast<unsigned char>(c) >= 0x80) {
                ascii = false;
                break;
            }
        if (!ascii) {
            QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
            const QString text = decoder.decode(raw); // decoding happens when the result becomes a QString
            Q_UNUSED(text)
            if (decoder.hasError()) {
                decoded.badLines << line;
            } else {
                ++utf8Lines;
                // Accented Latin letters are two bytes starting C2 or C3 in UTF-8; read as
                // Windows-1252 they become "Ã©", "Ã±", which no one writes. Other valid sequences
                // (C9 94, "É”" in Windows-1252) can be Windows-1252 by chance.
                bool latin = true;
                for (const char c : raw) {
                    const auto b = static_cast<unsigned char>(c);
                    if (b >= 0xC0 && b != 0xC2 && b != 0xC3) {
                        latin = false;
                        break;
                    }
                }
                if (latin)
                    latinUtf8Lines << line;
            }
        }
        start = end + 1;
        ++line;
    }
    if (decoded.badLines.isEmpty()) {
        decoded.text = QString::fromUtf8(body);
        return decoded;
    }
    if (decoded.badLines.size() > utf8Lines && !decoded.byteOrderMark) {
        // Mostly not UTF-8: Windows-1252, where a word like "CAFÉ”" can look like UTF-8 by chance.
        // Its lines of accented letters in UTF-8 (pasted from another file) are read as UTF-8 and
        // named by the caller.
        decoded.encoding = Encoding::Windows1252;
        decoded.badLines = latinUtf8Lines;
        if (decoded.badLines.isEmpty()) {
            decoded.text = fromWindows1252(body);
            return decoded;
        }
    }
    {
        // Each line as what it is; the odd ones, in the file's other encoding, are named by the caller.
        const bool utf8 = decoded.encoding == Encoding::Utf8;
        qsizetype from = 0;
        int n = 1;
        qsizetype nextBad = 0; // badLines is in order
        QString text;
        text.reserve(body.size());
        while (from <= body.size()) {
            qsizetype end = body.indexOf('\n', from);
            if (end < 0)
                end = body.size();
            const QByteArrayView raw = body.sliced(from, end - from);
            const bool bad = nextBad < decoded.badLines.size() && decoded.badLines.at(nextBad) == n;
            if (bad)
                ++nextBad;
            const bool readAsUtf8 = utf8 ? !bad : bad;
            text += readAsUtf8 ? QString::fromUtf8(raw) : fromWindows1252(raw);
            if (end < body.size())
                text += QLatin1Char('\n');
            from = end + 1;
            ++n;
        }
        decoded.text = text;
    }
    return decoded;
}

QList<QStringList> parse(const QString &text)
{
    const qsizetype firstLineEnd = text.indexOf(QLatin1Char('\n'));
    const QString header = text.left(firstLineEnd < 0 ? text.size() : firstLineEnd);
    QChar delimiter = QLatin1Char(',');
    if (header.count(QLatin1Char(';')) > header.count(delimiter))
        delimiter = QLatin1Char(';');
    if (header.count(QLatin1Char('\t')) > header.count(delimiter))
        delimiter = QLatin1Char('\t');

    QList<QStringList> records;
    QStringList record;
    QString field;
    bool quoted = false;
    bool fieldStarted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    field += c;
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"') && !fieldStarted) {
            quoted = true;
            fieldStarted = true;
        } else if (c == delimiter) {
            record << field;
            field.clear();
            fieldStarted = false;
        } else if (c == QLatin1Char('\n') || c == QLatin1Char('\r')) {
            if (c == QLatin1Char('\r') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            record << field;
            records << record;
            record.clear();
            field.clear();
            fieldStarted = false;
        } else {
            field += c;
            fieldStarted = true;
        }
    }
    if (fieldStarted || !field.isEmpty() || !record.isEmpty()) {
        record << field;
        records << record;
    }
    return records;
}

QString neutralise(const QString &cell)
{
    static const QString risky = QStringLiteral("=+-@\t\r");
    if (!cell.isEmpty() && risky.contains(cell.at(0)))
        return QLatin1Char('\'') + cell;
    return cell;
}

QString line(const QStringList &cells)
{
    QStringList out;
    for (const QString &raw : cells) {
        QString cell = neutralise(raw);
        if (cell.contains(QLatin1Char('"')) || cell.contains(QLatin1Char(',')) || cell.contains(QLatin1Char('\n'))
            || cell.contains(QLatin1Char('\r')))
            cell = QLatin1Char('"') + cell.replace(QLatin1Char('"'), QLatin1String("\"\"")) + QLatin1Char('"');
        out << cell;
    }
    return out.join(QLatin1Char(','));
}

QByteArray document(const QList<QStringList> &records)
{
    QString text;
    for (const QStringList &record : records)
        text += line(record) + QLatin1String("\r\n");
    return QByteArrayLiteral("\xEF\xBB\xBF") + text.toUtf8();
}

} // namespace forumdesk::Csv
