// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/EntitySchema.h"
#include "core/storage/Record.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>

namespace forumdesk {

// One row of the `commitment` table (schema in core/storage/schema_v1.sql, completed to OGP's
// template by schema_v3.sql). The practices of the
// reference library a commitment cites are not a column: they are rows of `commitment_practice`
// (format 2, schema_v2.sql), read and written with PracticeLibrary::citations() and
// PracticeLibrary::setCitations(), so that the commitment table keeps its format 1 shape and a
// format 1 file open read-only still reads its commitments.
struct Commitment : Record {
    qint64 planId = 0;
    QString number;
    QString title;
    QDate startOn;
    QDate endOn;
    QString leadAgency;
    QString supportingGovernment;
    QString supportingOther;
    QString problem;
    QString statusQuo;
    QString description;
    QString solution;
    bool valueAccessInformation = false;
    bool valueCivicParticipation = false;
    bool valuePublicAccountability = false;
    bool valueTechnologyInnovation = false;
    QString budget;
    QString linksOtherPlans;
    QStringList frontiers;
    QStringList themes;
    QString completionLevel;
    QString completionReason;
    // Format 3: the rest of OGP's commitment template (schema_v3.sql).
    QString briefDescription;
    QString causes;
    QString expectedResults;
    QString advancesTransparency;
    QString advancesAccountability;
    QString advancesParticipation;
    QString contactName;
    QString contactTitle;
    QString contactEmail;
    QString contactPhone;
    QStringList policyAreas;

    // OGP's template asks for a brief description of a tweet's length or so; the file keeps some room.
    static constexpr int kBriefDescriptionChars = 500;

    static const EntitySchema<Commitment> &schema();
    // The ORDER BY that lists commitments as their plan numbers them: 2 before 10, 3.2 before 3.10
    // (the NAME collation compares numbers by value).
    // `table` qualifies the columns in a query that joins other tables ("c").
    static QString planOrder(const QString &table = {})
    {
        const QString prefix = table.isEmpty() ? QString() : table + QLatin1Char('.');
        return QStringLiteral("%1number COLLATE NAME, %1id").arg(prefix);
    }
};

} // namespace forumdesk
