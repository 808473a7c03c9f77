// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/forum/VocabularyKeys.h"
#include "core/storage/EntitySchema.h"
#include "core/storage/Record.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>

namespace forumdesk {

// One row of the `contribution` table (schema in core/storage/schema_v1.sql).
struct Contribution : Record {
    qint64 planId = 0;
    QDate receivedOn;
    QString channel{key::ContributionChannel::Online};
    QString author;
    QString organization;
    QString sector{key::Sector::Other};
    QString text;
    qint64 meetingId = 0;
    QString status{key::ContributionStatus::Received};
    QString response;
    QDate respondedOn;
    // Format 3: the author agreed to be named in what the forum publishes (a private individual
    // is otherwise "a citizen", with their organisation if any).
    bool authorConsents = false;

    static const EntitySchema<Contribution> &schema();
};

} // namespace forumdesk
