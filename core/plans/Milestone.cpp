// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/plans/Milestone.h"


#include <QCoreApplication>

namespace forumdesk {

const EntitySchema<Milestone> &Milestone::schema()
{
    using R = Milestone;
    static const EntitySchema<R> s{
        QStringLiteral("milestone"),
        QT_TRANSLATE_NOOP("Entity", "milestone"),
        {
            field<R>("commitment_id", QT_TRANSLATE_NOOP("Field", "Commitment"), FieldType::Reference, &R::commitmentId).isRequired().refersTo(QStringLiteral("commitment")),
            field<R>("position", QT_TRANSLATE_NOOP("Field", "Position"), FieldType::Integer, &R::position).between(0, 1e6),
            field<R>("activity", QT_TRANSLATE_NOOP("Field", "Activity"), FieldType::Text, &R::activity).isRequired().maxChars(2000),
            field<R>("deliverable", QT_TRANSLATE_NOOP("Field", "Deliverable"), FieldType::Text, &R::deliverable),
            field<R>("responsible", QT_TRANSLATE_NOOP("Field", "Responsible"), FieldType::Text, &R::responsible),
            field<R>("start_on", QT_TRANSLATE_NOOP("Field", "Start"), FieldType::Date, &R::startOn),
            field<R>("end_on", QT_TRANSLATE_NOOP("Field", "End"), FieldType::Date, &R::endOn),
            field<R>("weight", QT_TRANSLATE_NOOP("Field", "Weight"), FieldType::Real, &R::weight).between(0.001, 1000),
        },
        {
            {QStringLiteral("end_on"), QStringLiteral("after_start"), [](const R &r) {
                 if (r.startOn.isValid() && r.endOn.isValid() && r.endOn < r.startOn)
                     return QCoreApplication::translate("Validation", "“%1” (%3) cannot be before “%2” (%4)")
                         .arg(QCoreApplication::translate("Field", "End"), QCoreApplication::translate("Field", "Start"), shown(r.endOn), shown(r.startOn));
                 return QString();
             }},
        },
        [](const R &r) { return r.activity.left(80); },
    };
    return s;
}

} // namespace forumdesk
