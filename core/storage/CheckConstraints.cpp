// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/CheckConstraints.h"

#include "core/storage/Database.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace forumdesk {

namespace {

// Index just past the quoted text starting at `i` ('...', "...", `...` or [...]).
qsizetype skipQuoted(const QString &sql, qsizetype i)
{
    const QChar open = sql.at(i);
    const QChar close = open == QLatin1Char('[') ? QLatin1Char(']') : open;
    for (++i; i < sql.size(); ++i) {
        if (sql.at(i) == close) {
            if (close != QLatin1Char(']') && i + 1 < sql.size() && sql.at(i + 1) == close) {
                ++i; // a doubled quote inside the text
                continue;
            }
            return i + 1;
        }
    }
    return i;
}

bool isQuote(QChar c)
{
    return c == QLatin1Char('\'') || c == QLatin1Char('"') || c == QLatin1Char('`') || c == QLatin1Char('[');
}

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('_');
}

} // namespace

QStringList CheckConstraints::of(const QString &sql)
{
    QStringList expressions;
    qsizetype i = 0;
    while (i < sql.size()) {
        const QChar c = sql.at(i);
        if (isQuote(c)) {
            i = skipQuoted(sql, i);
        } else if (c == QLatin1Char('-') && i + 1 < sql.size() && sql.at(i + 1) == QLatin1Char('-')) {
            const qsizetype end = sql.indexOf(QLatin1Char('\n'), i);
            i = end < 0 ? sql.size() : end + 1;
        } else if (c == QLatin1Char('/') && i + 1 < sql.size() && sql.at(i + 1) == QLatin1Char('*')) {
            const qsizetype end = sql.indexOf(QLatin1String("*/"), i + 2);
            i = end < 0 ? sql.size() : end + 2;
        } else if (isWordChar(c)) {
            qsizetype end = i;
            while (end < sql.size() && isWordChar(sql.at(end)))
                ++end;
            const bool check = sql.mid(i, end - i).compare(QLatin1String("CHECK"), Qt::CaseInsensitive) == 0;
            i = end;
            if (!check)
                continue;
            while (i < sql.size() && sql.at(i).isSpace())
                ++i;
            if (i >= sql.size() || sql.at(i) != QLatin1Char('('))
                continue;
            const qsizetype start = i + 1;
            int depth = 0;
            for (; i < sql.size(); ++i) {
                const QChar d = sql.at(i);
                if (isQuote(d)) {
                    i = skipQuoted(sql, i) - 1;
                } else if (d == QLatin1Char('(')) {
                    ++depth;
                } else if (d == QLatin1Char(')') && --depth == 0) {
                    expressions << sql.mid(start, i - start).trimmed();
                    ++i;
                    break;
                }
            }
        } else {
            ++i;
        }
    }
    return expressions;
}

QStringList CheckConstraints::scan(Database &db, const QString &table, const QStringList &expressions, int limit)
{
    QStringList problems;
    if (expressions.isEmpty())
        return problems;
    // One pass over the table: the first rule each row breaks. A CHECK fails only when its
    // expression is false; NULL passes, as in SQLite.
    QString which = QStringLiteral("CASE");
    QStringList anyBroken;
    // A time checked by formatting it again (strftime('%Y-%m-%dT%H:%M:%SZ', t) = t, on every row of
    // every table) is first given to forumdesk_plain_timestamp(t), which answers 1 only where that
    // comparison is true (see Database.cpp) and 0 elsewhere: (1 OR e) and e are then both true, and
    // (0 OR e) is e, NULL included, so every rule keeps its exact result at a fraction of the cost.
    static const QRegularExpression formattedTime(
        QStringLiteral("(?<=^|\\(| AND | OR )(strftime\\('%Y-%m-%dT%H:%M:%SZ', (\\w+)\\) = \\2)(?=\\)| AND | OR |$)"));
    for (qsizetype k = 0; k < expressions.size(); ++k) {
        which += QStringLiteral(" WHEN NOT (%1) THEN %2").arg(expressions.at(k)).arg(k);
        QString rule = expressions.at(k);
        rule.replace(formattedTime, QStringLiteral("(forumdesk_plain_timestamp(\\2) OR \\1)"));
        anyBroken << QStringLiteral("NOT (%1)").arg(rule);
    }
    which += QStringLiteral(" END");
    const QString quoted = QLatin1Char('"') + QString(table).replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
    Statement st = db.query(QStringLiteral("SELECT rowid, %1 FROM %2 WHERE %3 LIMIT %4")
                                .arg(which, quoted, anyBroken.join(QStringLiteral(" OR ")))
                                .arg(limit));
    while (st.next()) {
        problems << QCoreApplication::translate("CheckConstraints", "row %1 of %2 breaks the rule CHECK (%3)")
                        .arg(st.int64(0))
                        .arg(table, expressions.value(int(st.int64(1))));
    }
    return problems;
}

} // namespace forumdesk
