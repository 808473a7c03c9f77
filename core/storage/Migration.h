// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <functional>
#include <vector>

namespace forumdesk {

class Database;

// One numbered step of the file format. `apply` runs inside a transaction that also sets
// user_version to `version`; a step that throws leaves the file at the version before it.
struct MigrationStep {
    int version;
    QString description;
    std::function<void(Database &)> apply;
};

// The steps this version of Forum Desk knows, oldest first. The last step's version is the
// current schema version.
std::vector<MigrationStep> standardMigrations();

// When the change log's triggers are made again from the schema a step leaves (format 4 on): after
// every step, as a file holding records needs (a later step's own writes are logged), or only after
// the last, for a schema built up from nothing just to be looked at (expectedSchema). The triggers
// are always all dropped and made anew, so both end with the same schema; each trigger in place
// while later steps run makes their ALTER TABLE statements check it again, which is most of the time
// building the schema takes.
enum class ChangeTriggers { AfterEveryStep, AfterLastStep };

// Applies every step after `fromVersion`, each in its own transaction.
void runMigrations(Database &db, int fromVersion, const std::vector<MigrationStep> &steps,
                   ChangeTriggers triggers = ChangeTriggers::AfterEveryStep);

inline constexpr int kApplicationId = 0x4F475046; // "OGPF"

} // namespace forumdesk
