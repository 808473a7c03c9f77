// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/forum/VocabularyKeys.h"

#include <QDate>
#include <QMap>
#include <QString>
#include <QStringList>

namespace forumdesk {

class ForumFile;

// Who sits on the forum today: counts by sector and by gender (where given) of the members whose
// term covers the day, and the check of OGP minimum requirement 1.1 (both government and civil
// society are members).
struct MemberComposition {
    int total = 0;                 // active members
    int allMembers = 0;            // every member row, active or not
    QMap<QString, int> bySector;   // sector key -> count
    QMap<QString, int> byGender;   // gender key -> count; members without one are not counted
    int genderNotGiven = 0;

    bool hasGovernment() const { return bySector.value(key::Sector::Government) > 0; }
    bool hasCivilSociety() const { return bySector.value(key::Sector::CivilSociety) > 0; }
    // Minimum requirement 1.1: the forum has both government and civil-society members.
    bool meetsMinimumRequirement11() const { return hasGovernment() && hasCivilSociety(); }
    // The sector keys MR 1.1 needs and the forum lacks ("government", "civil_society").
    QStringList missingSectors() const;
    // What the forum must hear when it breaks MR 1.1, in the interface's language; empty when it
    // meets it.
    QString warning() const;

    static MemberComposition compute(ForumFile &file, const QDate &on = {});
};

} // namespace forumdesk
