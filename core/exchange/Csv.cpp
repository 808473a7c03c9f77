// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/exchange/Csv.h"

namespace forumdesk::Csv {

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
