// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace forumdesk {

class ForumFile;

// What a commitment still lacks against OGP's commitment template, as the forum should see it
// before the plan goes out: empty template fields, no OGP value (or technology and innovation
// alone, which OGP does not count), no milestones, dates outside the plan's period.
struct TemplateGap {
    QString field;   // the column the gap is about ("problem", "values", "milestones"...)
    QString message; // readable, in the interface's language
};

class CommitmentReview {
    Q_DECLARE_TR_FUNCTIONS(CommitmentReview)

public:
    static QList<TemplateGap> gaps(ForumFile &file, qint64 commitmentId);
};

} // namespace forumdesk
