// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

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
    QString sector = QStringLiteral("civil_society");
    QString role = QStringLiteral("member");
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
