// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

namespace forumdesk {

// What every stored entity carries (README, The forum file): an integer key for this file, a UUID that
// stays the same across copies of the file, and UTC creation/update times.
struct Record {
    qint64 id = 0;
    QString uid;
    QDateTime createdAt;
    QDateTime updatedAt;
};

} // namespace forumdesk
