// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/Migration.h"

#include "core/storage/ChangeLog.h"
#include "core/storage/Database.h"
#include "core/storage/StorageError.h"

#include <QFile>

namespace forumdesk {

namespace {

QString resourceText(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw StorageError(StorageError::Kind::Internal, QStringLiteral("missing resource %1").arg(path));
    return QString::fromUtf8(file.readAll());
}

} // namespace

std::vector<MigrationStep> standardMigrations()
{
    return {
        {1, QStringLiteral("Forum Desk format 1"),
         [](Database &db) {
             db.exec(QStringLiteral("PRAGMA application_id = %1").arg(kApplicationId));
             db.exec(resourceText(QStringLiteral(":/forumdesk/schema_v1.sql")));
         }},
        {2, QStringLiteral("Forum Desk format 2: commitments cite reference practices"),
         [](Database &db) { db.exec(resourceText(QStringLiteral(":/forumdesk/schema_v2.sql"))); }},
        {3, QStringLiteral("Forum Desk format 3: OGP's commitment template in full, contributors' consent to be named"),
         [](Database &db) { db.exec(resourceText(QStringLiteral(":/forumdesk/schema_v3.sql"))); }},
        {4, QStringLiteral("Forum Desk format 4: a change log and tombstones, to merge copies of a forum"),
         [](Database &db) { db.exec(resourceText(QStringLiteral(":/forumdesk/schema_v4.sql"))); }},
        {5, QStringLiteral("Forum Desk format 5: the role each member held at a meeting"),
         [](Database &db) { db.exec(resourceText(QStringLiteral(":/forumdesk/schema_v5.sql"))); }},
        {6, QStringLiteral("Forum Desk format 6: the meeting as it runs: speakers, arrivals, actual times"),
         [](Database &db) { db.exec(resourceText(QStringLiteral(":/forumdesk/schema_v6.sql"))); }},
    };
}

void runMigrations(Database &db, int fromVersion, const std::vector<MigrationStep> &steps, ChangeTriggers triggers)
{
    const int last = steps.empty() ? 0 : steps.back().version;
    for (const MigrationStep &step : steps) {
        if (step.version <= fromVersion)
            continue;
        Transaction tx(db);
        step.apply(db);
        // From format 4 on, every step ends with the change triggers made again from the schema
        // it leaves, so that columns a step adds are logged too.
        if ((triggers == ChangeTriggers::AfterEveryStep || step.version == last) && changelog::present(db))
            changelog::installTriggers(db);
        db.exec(QStringLiteral("PRAGMA user_version = %1").arg(step.version));
        tx.commit();
    }
}

} // namespace forumdesk
