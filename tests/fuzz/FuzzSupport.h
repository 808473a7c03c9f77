// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace forumdesk::fuzz {

// Once per process: a QCoreApplication, and a data folder of its own (Forum Desk remembers files
// that passed its check in the user's data folder; a fuzzer must not write into the real one).
void initialise(int *argc, char ***argv);
// A folder of this process's own, removed at exit.
QString scratchFolder();

} // namespace forumdesk::fuzz
