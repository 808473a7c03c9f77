// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDateTime>
#include <QLocale>
#include <QString>

namespace forumdesk {

// A day as Forum Desk writes it for people, in every page, list and document: "5 Dec 2026",
// "5 dic. 2026" (day, short month, year in `locale`'s words; never the ambiguous 05/12/26).
// Empty for an invalid date.
QString dayText(const QDate &day, const QLocale &locale = QLocale());
// A day as documents and the sample's texts write it in a sentence, in `locale`'s language: "10 de
// marzo de 2026", "10 March 2026", "1er mars 2026", "1º de março de 2026". Empty for an invalid date.
QString longDayText(const QDate &day, const QLocale &locale);
// A day and its time of day: "5 Dec 2026 10:00". Empty for an invalid moment.
QString dayTimeText(const QDateTime &when, const QLocale &locale = QLocale());
// The display format of a date field: `locale`'s numeric short format with a four-digit year
// ("d/MM/yyyy" in Spanish, "M/d/yyyy" in US English), never "5/12/26".
QString dateFieldFormat(const QLocale &locale = QLocale());

} // namespace forumdesk
