// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace forumdesk {

class ForumFile;

// The `check` of a forum file: the full check of the file (ForumFile::verify: integrity with
// indexes and constraints, CHECK rules, the exact schema, references), then the forum's data rules
// that the schema alone cannot hold (dates within the plan, votes within the voting members
// present, a reasoned response for every decided contribution...). One readable line per problem.
class ConsistencyCheck {
public:
    static QStringList run(const ForumFile &file);
    // The data rules alone, for a file just opened with the full check.
    static QStringList dataRules(const ForumFile &file);
};

} // namespace forumdesk
