// SPDX-License-Identifier: GPL-3.0-or-later
// The one CSV reader and writer (core/exchange/Csv): what the open-data export writes, the
// contribution import reads back, as spreadsheets write and read it.
#include <catch2/catch.hpp>

#include "tests/support/TestSupport.h"
#include "core/exchange/Csv.h"

using namespace forumdesk;

TEST_CASE("What the CSV writer writes, the reader reads back cell for cell", "[csv]")
{
    const QList<QStringList> records{
        {QStringLiteral("plan"), QStringLiteral("text"), QStringLiteral("percent")},
        {QStringLiteral("II Plan, 2025–2027"), QStringLiteral("Dijo \"sí\"\ny se fue"), QStringLiteral("40")},
        {QStringLiteral("=HYPERLINK(\"http://x\")"), QStringLiteral("@SUM(A1)"), QStringLiteral("-3")},
    };
    const QByteArray bytes = Csv::document(records);
    CHECK(bytes.startsWith("\xEF\xBB\xBF")); // Excel reads the accents as UTF-8
    CHECK(bytes.contains("\r\n"));
    const QList<QStringList> read = Csv::parse(QString::fromUtf8(bytes.mid(3)));
    REQUIRE(read.size() == 3);
    CHECK(read.at(1) == records.at(1));
    // A cell a spreadsheet would run as a formula is text, with an apostrophe.
    CHECK(read.at(2) == QStringList{QStringLiteral("'=HYPERLINK(\"http://x\")"), QStringLiteral("'@SUM(A1)"),
                                    QStringLiteral("'-3")});
}

TEST_CASE("The CSV reader takes the separator the header uses, as Excel in Spanish writes semicolons", "[csv]")
{
    const QList<QStringList> read = Csv::parse(QStringLiteral("fecha;autor;texto\r\n2025-03-31;\"Pérez; Ana\";Más datos\r\n"));
    REQUIRE(read.size() == 2);
    CHECK(read.at(1) == QStringList{QStringLiteral("2025-03-31"), QStringLiteral("Pérez; Ana"), QStringLiteral("Más datos")});
    CHECK(Csv::parse(QStringLiteral("a\tb\n1\t2")).at(1) == QStringList{QStringLiteral("1"), QStringLiteral("2")});
}

TEST_CASE("CSV bytes are read in the encoding that makes sense of them", "[csv][encoding]")
{
    // Windows-1252's own characters in 0x80-0x9F, Latin-1 above, and its five unassigned bytes.
    CHECK(Csv::fromWindows1252("\x80\x85\x8a\x91\x92\x93\x94\x96\x97\x99\x9f") == QStringLiteral("€…Š‘’“”–—™Ÿ"));
    CHECK(Csv::fromWindows1252("\xa0\xbf\xc1\xe9\xf1\xfc\xff") == QStringLiteral("\u00a0¿Áéñüÿ"));
    CHECK(Csv::fromWindows1252("\x81\x8d\x8f\x90\x9d") == QStringLiteral("\u0081\u008d\u008f\u0090\u009d"));

    const Csv::DecodedText ascii = Csv::decode("a,b\n1,2\n");
    CHECK(ascii.encoding == Csv::Encoding::Utf8);
    CHECK(ascii.text == QStringLiteral("a,b\n1,2\n"));
    CHECK_FALSE(ascii.byteOrderMark);

    const Csv::DecodedText bom = Csv::decode("\xEF\xBB\xBF" "a\nMar\xC3\xAD" "a\n");
    CHECK(bom.byteOrderMark);
    CHECK(bom.text == QStringLiteral("a\nMaría\n"));

    const Csv::DecodedText latin = Csv::decode("a\nMar\xED" "a\n");
    CHECK(latin.encoding == Csv::Encoding::Windows1252);
    CHECK(Csv::encodingName(latin.encoding) == QStringLiteral("Windows-1252"));
    CHECK(latin.text == QStringLiteral("a\nMaría\n"));
    CHECK(latin.badLines.isEmpty());

    // Windows-1252 in which one line happens to be valid UTF-8 ("É”" is C9 94, "ɔ" in UTF-8).
    const Csv::DecodedText cafe = Csv::decode("a\nCAF\xC9\x94\nJos\xE9\nMar\xED" "a\n");
    CHECK(cafe.encoding == Csv::Encoding::Windows1252);
    CHECK(cafe.text == QStringLiteral("a\nCAFÉ”\nJosé\nMaría\n"));

    // UTF-8 with one line from elsewhere: the file stays UTF-8, the line is named.
    const Csv::DecodedText mixed = Csv::decode("a\nMar\xC3\xAD" "a\nJos\xE9\nfin");
    CHECK(mixed.encoding == Csv::Encoding::Utf8);
    CHECK(mixed.badLines == QList<int>{3});
    CHECK(mixed.text == QStringLiteral("a\nMaría\nJosé\nfin"));

    // Windows-1252 with one line of accented letters in UTF-8: that line is read as UTF-8 and named.
    const Csv::DecodedText pasted = Csv::decode("a\nJos\xE9\nMar\xED" "a\nLuc\xC3\xAD" "a\n");
    CHECK(pasted.encoding == Csv::Encoding::Windows1252);
    CHECK(pasted.badLines == QList<int>{4});
    CHECK(pasted.text == QStringLiteral("a\nJosé\nMaría\nLucía\n"));
    CHECK(cafe.badLines.isEmpty());

    const Csv::DecodedText utf16 = Csv::decode(QByteArray("a\0,\0b\0\n\0\xF1\0", 10));
    CHECK(utf16.encoding == Csv::Encoding::Utf16LE);
    CHECK(utf16.text == QStringLiteral("a,b\nñ"));

    CHECK(Csv::decode(QByteArray("\x01\x02\0\0\0\x05\x06\x07", 8)).binary);
}
