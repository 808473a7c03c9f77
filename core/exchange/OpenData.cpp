// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/exchange/OpenData.h"

#include "core/exchange/RecordJson.h"
#include "core/implementation/ProgressUpdate.h"
#include "core/plans/Commitment.h"
#include "core/plans/Milestone.h"
#include "core/storage/Database.h"
#include "core/storage/ForumFile.h"
#include "core/storage/Table.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace forumdesk {

QByteArray OpenData::json(ForumFile &file)
{
    const QJsonObject data{
        {QStringLiteral("commitments"), recordsToJson(Table<Commitment>(file).list({}, {}, QStringLiteral("plan_id, id")))},
        {QStringLiteral("milestones"), recordsToJson(Table<Milestone>(file).list({}, {}, QStringLiteral("commitment_id, position, id")))},
        {QStringLiteral("progress_updates"), recordsToJson(Table<ProgressUpdate>(file).list({}, {}, QStringLiteral("milestone_id, reported_on, id")))},
    };
    return QJsonDocument(data).toJson(QJsonDocument::Indented);
}

QString OpenData::neutralise(const QString &cell)
{
    static const QString risky = QStringLiteral("=+-@\t\r");
    if (!cell.isEmpty() && risky.contains(cell.at(0)))
        return QLatin1Char('\'') + cell;
    return cell;
}

QString OpenData::csvLine(const QStringList &cells)
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

QByteArray OpenData::csv(ForumFile &file)
{
    QString text = csvLine({QStringLiteral("plan"), QStringLiteral("commitment_number"), QStringLiteral("commitment_title"),
                            QStringLiteral("lead_agency"), QStringLiteral("milestone"), QStringLiteral("reported_on"),
                            QStringLiteral("percent"), QStringLiteral("status"), QStringLiteral("evidence")})
        + QLatin1String("\r\n");
    Statement st = file.database().query(QStringLiteral(
        "SELECT p.title, c.number, c.title, coalesce(c.lead_agency, ''), mi.activity, pu.reported_on, pu.percent, "
        "       pu.status, coalesce(pu.evidence, '') "
        "FROM progress_update pu JOIN milestone mi ON mi.id = pu.milestone_id "
        "JOIN commitment c ON c.id = mi.commitment_id JOIN action_plan p ON p.id = c.plan_id "
        "ORDER BY p.period_start, p.id, c.number COLLATE NAME, c.id, mi.position, mi.id, pu.reported_on, pu.id"));
    while (st.next()) {
        QStringList cells;
        for (int column = 0; column < 9; ++column)
            cells << st.text(column);
        text += csvLine(cells) + QLatin1String("\r\n");
    }
    return QByteArrayLiteral("\xEF\xBB\xBF") + text.toUtf8();
}

} // namespace forumdesk
