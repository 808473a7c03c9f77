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

// One row of the `lesson` table (schema in core/storage/schema_v1.sql).
struct Lesson : Record {
    qint64 planId = 0;
    QString kind{key::LessonKind::Process};
    QString text;
    QString recommendation;
    qint64 carriedIntoPlanId = 0;

    static const EntitySchema<Lesson> &schema();
};

} // namespace forumdesk
