// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/cocreation/ContributorName.h"

#include "core/cocreation/Contribution.h"
#include "core/documents/DocumentLanguage.h"

#include <QCoreApplication>

namespace forumdesk {

QString contributorName(const QString &author, const QString &organization, bool consents, const DocumentLanguage *language)
{
    const auto t = [language](const char *source) {
        return language ? language->text("Contributor", source) : QCoreApplication::translate("Contributor", source);
    };
    if (!author.isEmpty() && !consents)
        return organization.isEmpty() ? t(QT_TRANSLATE_NOOP("Contributor", "A citizen"))
                                      : t(QT_TRANSLATE_NOOP("Contributor", "A participant from %1")).arg(organization);
    const QString who = author.isEmpty() ? t(QT_TRANSLATE_NOOP("Contributor", "Anonymous")) : author;
    return organization.isEmpty() ? who : t(QT_TRANSLATE_NOOP("Contributor", "%1 (%2)")).arg(who, organization);
}

QString contributorName(const Contribution &contribution, const DocumentLanguage *language)
{
    return contributorName(contribution.author, contribution.organization, contribution.authorConsents, language);
}

} // namespace forumdesk
