// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/EntitySchema.h"
#include "core/storage/Record.h"

#include <QString>

namespace forumdesk {

// One row of the `commitment_practice` table (format 2, core/storage/schema_v2.sql): a commitment
// cites a practice of the reference library that inspired it. Read and written through
// PracticeLibrary::citations() and PracticeLibrary::setCitations().
struct PracticeCitation : Record {
    qint64 commitmentId = 0;
    QString practice; // a PracticeLibrary key

    static const EntitySchema<PracticeCitation> &schema();
};

} // namespace forumdesk
