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

// One row of the `member` table (schema in core/storage/schema_v1.sql).
struct Member : Record {
    QString name;
    QString organization;
    QString sector{key::Sector::CivilSociety};
    QString role{key::Role::Member};
    QString gender;
    QString email;
    QString phone;
    QDate termStart;
    QDate termEnd;
    bool voting = true;
    qint64 alternateFor = 0;
    QString notes;

    static const EntitySchema<Member> &schema();
};

} // namespace forumdesk
