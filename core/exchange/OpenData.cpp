// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/exchange/OpenData.h"

#include "core/exchange/Csv.h"
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

QByteArray OpenData::csv(ForumFile &file)
{
    QList<QStringList> records{{QStringLiteral("plan"), QStringLiteral("commitment_number"),
                                QStringLiteral("commitment_title"), QStringLiteral("lead_agency"),
                                QStringLiteral("milestone"), QStringLiteral("reported_on"), QStringLiteral("percent"),
                                QStringLiteral("status"), QStringLiteral("evidence")}};
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
        records << cells;
    }
    return Csv::document(records);
}

} // namespace forumdesk
