// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/cocreation/ContributionLink.h"


#include <QCoreApplication>

namespace forumdesk {

const EntitySchema<ContributionLink> &ContributionLink::schema()
{
    using R = ContributionLink;
    static const EntitySchema<R> s{
        QStringLiteral("contribution_commitment"),
        QT_TRANSLATE_NOOP("Entity", "link between a contribution and a commitment"),
        {
            field<R>("contribution_id", QT_TRANSLATE_NOOP("Field", "Contribution"), FieldType::Reference, &R::contributionId).isRequired().refersTo(QStringLiteral("contribution")),
            field<R>("commitment_id", QT_TRANSLATE_NOOP("Field", "Commitment"), FieldType::Reference, &R::commitmentId).isRequired().refersTo(QStringLiteral("commitment")),
        },
        {
        },
        [](const R &r) { return QStringLiteral("%1 -> %2").arg(r.contributionId).arg(r.commitmentId); },
    };
    return s;
}

} // namespace forumdesk
