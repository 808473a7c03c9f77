// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/cocreation/Contribution.h"

#include <QList>
#include <QString>

namespace forumdesk {

class ForumFile;

// Which contributions of a plan the co-creation log shows, latest received first, read a page at
// a time. "Awaiting a response" means what CoCreationSummary counts as awaiting: no reasoned
// response text or no date of response yet.
struct ContributionQuery {
    qint64 planId = 0;          // 0 = any plan
    bool awaitingOnly = false;
    QString sector;             // a Sector key; empty = any
    QString channel;            // a ContributionChannel key; empty = any
    QString text;               // matched against author, organization and text; empty = any

    qint64 count(ForumFile &file) const;
    QList<Contribution> fetch(ForumFile &file, qint64 offset, qint64 limit) const;
    QString where(QVariantList &binds) const;
    QString orderBy() const;
};

} // namespace forumdesk
