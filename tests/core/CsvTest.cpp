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
