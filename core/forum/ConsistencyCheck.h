// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace forumdesk {

class ForumFile;

// The `check` of a forum file: integrity and schema (as on open), then the forum's data rules that
// the schema alone cannot hold (dates within the plan, votes within the voting members present,
// a reasoned response for every decided contribution...). One readable line per problem.
class ConsistencyCheck {
public:
    static QStringList run(const ForumFile &file);
};

} // namespace forumdesk
