// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace forumdesk::cli {

// Exit codes of forumdesk-cli (README, The command line).
enum ExitCode {
    Ok = 0,
    ProblemsFound = 1,
    UsageError = 2,
    CannotOpen = 3,
    CannotWrite = 4,
    ConflictsLeft = 5, // merge: conflicts nobody resolved; nothing was written
};

// Runs one subcommand; `arguments` starts with the program name, then the subcommand.
int runCommand(const QStringList &arguments);

} // namespace forumdesk::cli
