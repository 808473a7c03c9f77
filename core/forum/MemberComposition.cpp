// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/forum/MemberComposition.h"

#include "core/forum/ForumClock.h"
#include "core/forum/VocabularyKeys.h"
#include "core/storage/Database.h"
#include "core/storage/EntitySchema.h"
#include "core/storage/ForumFile.h"

#include <QCoreApplication>

namespace forumdesk {

QStringList MemberComposition::missingSectors() const
{
    QStringList missing;
    if (!hasGovernment())
        missing << key::Sector::Government;
    if (!hasCivilSociety())
        missing << key::Sector::CivilSociety;
    return missing;
}

MemberComposition MemberComposition::compute(ForumFile &file, const QDate &on)
{
    static const QString active = QStringLiteral(
        "(term_start IS NULL OR term_start <= ?1) AND (term_end IS NULL OR term_end >= ?1)");
    const QString day = formatDate(on.isValid() ? on : ForumClock::of(file).today());
    MemberComposition result;
    Database &db = file.database();
    result.allMembers = db.scalar(QStringLiteral("SELECT count(*) FROM member")).toInt();

    Statement sectors = db.query(
        QStringLiteral("SELECT sector, count(*) FROM member WHERE %1 GROUP BY sector").arg(active));
    sectors.bind(1, day);
    while (sectors.next()) {
        result.bySector.insert(sectors.text(0), int(sectors.int64(1)));
        result.total += int(sectors.int64(1));
    }

    Statement genders = db.query(
        QStringLiteral("SELECT gender, count(*) FROM member WHERE %1 GROUP BY gender").arg(active));
    genders.bind(1, day);
    while (genders.next()) {
        if (genders.isNull(0) || genders.text(0) == key::Gender::Undisclosed)
            result.genderNotGiven += int(genders.int64(1));
        else
            result.byGender.insert(genders.text(0), int(genders.int64(1)));
    }
    return result;
}

QString MemberComposition::warning() const
{
    const QStringList missing = missingSectors();
    if (missing.size() == 2)
        return QCoreApplication::translate("MemberComposition",
                                           "The forum has no active government or civil-society members. OGP minimum "
                                           "requirement 1.1 asks for both in the multi-stakeholder forum.");
    if (missing.contains(key::Sector::Government))
        return QCoreApplication::translate("MemberComposition",
                                           "The forum has no active government members. OGP minimum requirement 1.1 "
                                           "asks for both government and civil society in the multi-stakeholder forum.");
    if (missing.contains(key::Sector::CivilSociety))
        return QCoreApplication::translate("MemberComposition",
                                           "The forum has no active civil-society members. OGP minimum requirement 1.1 "
                                           "asks for both government and civil society in the multi-stakeholder forum.");
    return QString();
}

} // namespace forumdesk
