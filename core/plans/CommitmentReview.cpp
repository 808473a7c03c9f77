// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/plans/CommitmentReview.h"

#include "core/plans/ActionPlan.h"
#include "core/plans/Commitment.h"
#include "core/plans/Milestone.h"
#include "core/storage/Table.h"

namespace forumdesk {

QList<TemplateGap> CommitmentReview::gaps(ForumFile &file, qint64 commitmentId)
{
    const Commitment c = Table<Commitment>(file).get(commitmentId);
    const ActionPlan plan = Table<ActionPlan>(file).get(c.planId);
    QList<TemplateGap> gaps;
    // The template's text fields, in the template's order.
    const struct {
        const char *column;
        const QString *value;
    } required[] = {
        {"brief_description", &c.briefDescription},
        {"lead_agency", &c.leadAgency},
        {"contact_name", &c.contactName},
        {"contact_email", &c.contactEmail},
        {"problem", &c.problem},
        {"causes", &c.causes},
        {"status_quo", &c.statusQuo},
        {"description", &c.description},
        {"expected_results", &c.expectedResults},
        {"budget", &c.budget},
    };
    for (const auto &field : required) {
        if (!field.value->trimmed().isEmpty())
            continue;
        for (const auto &f : Commitment::schema().fields)
            if (f.column == QLatin1String(field.column))
                gaps.append({f.column, tr("“%1” is empty").arg(QCoreApplication::translate("Field", f.label))});
    }
    if (!c.startOn.isValid() || !c.endOn.isValid())
        gaps.append({QStringLiteral("start_on"), tr("The start and end dates are not set")});
    else if (c.startOn < plan.periodStart || c.endOn > plan.periodEnd)
        gaps.append({QStringLiteral("start_on"), tr("The dates fall outside the plan's period (%1 to %2)")
                                                     .arg(formatDate(plan.periodStart), formatDate(plan.periodEnd))});
    const bool core = c.valueAccessInformation || c.valueCivicParticipation || c.valuePublicAccountability;
    if (!core && c.valueTechnologyInnovation)
        gaps.append({QStringLiteral("values"),
                     tr("Technology and innovation counts for OGP only together with access to information, civic participation or public accountability")});
    else if (!core)
        gaps.append({QStringLiteral("values"), tr("No OGP value is chosen")});
    // The template's analysis: how the commitment advances each value it claims.
    const struct {
        bool claimed;
        const char *column;
        const QString *text;
    } analysis[] = {
        {c.valueAccessInformation, "advances_transparency", &c.advancesTransparency},
        {c.valuePublicAccountability, "advances_accountability", &c.advancesAccountability},
        {c.valueCivicParticipation, "advances_participation", &c.advancesParticipation},
    };
    for (const auto &value : analysis) {
        if (!value.claimed || !value.text->trimmed().isEmpty())
            continue;
        for (const auto &f : Commitment::schema().fields)
            if (f.column == QLatin1String(value.column))
                gaps.append({f.column, tr("“%1” is empty").arg(QCoreApplication::translate("Field", f.label))});
    }
    if (c.policyAreas.isEmpty())
        gaps.append({QStringLiteral("policy_areas"), tr("No policy area is chosen")});
    const QList<Milestone> milestones = Table<Milestone>(file).list(QStringLiteral("commitment_id = ?"), {c.id},
                                                                    QStringLiteral("position"));
    if (milestones.isEmpty())
        gaps.append({QStringLiteral("milestones"), tr("The commitment has no milestones")});
    for (int i = 0; i < milestones.size(); ++i) {
        const Milestone &m = milestones.at(i);
        if (!m.startOn.isValid() || !m.endOn.isValid())
            gaps.append({QStringLiteral("milestones"), tr("Milestone %1 has no start or end date").arg(i + 1)});
        else if (m.startOn < plan.periodStart || m.endOn > plan.periodEnd)
            gaps.append({QStringLiteral("milestones"), tr("Milestone %1 runs %2 to %3, outside the plan's period")
                                                           .arg(i + 1).arg(formatDate(m.startOn), formatDate(m.endOn))});
        else if (c.startOn.isValid() && c.endOn.isValid() && (m.startOn < c.startOn || m.endOn > c.endOn))
            gaps.append({QStringLiteral("milestones"), tr("Milestone %1 runs %2 to %3, outside the commitment's dates")
                                                           .arg(i + 1).arg(formatDate(m.startOn), formatDate(m.endOn))});
        if (m.deliverable.trimmed().isEmpty())
            gaps.append({QStringLiteral("milestones"), tr("Milestone %1 has no expected output").arg(i + 1)});
    }
    return gaps;
}

} // namespace forumdesk
