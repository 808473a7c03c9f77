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

// Applies every step after `fromVersion`, each in its own transaction.
void runMigrations(Database &db, int fromVersion, const std::vector<MigrationStep> &steps);

inline constexpr int kApplicationId = 0x4F475046; // "OGPF"

} // namespace forumdesk
