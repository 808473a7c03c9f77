// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/implementation/ProgressUpdate.h"

#include "core/forum/Vocabulary.h"
#include "core/i18n/DateText.h"
#include "core/storage/Database.h"
#include "core/storage/ForumFile.h"

#include <QCoreApplication>

namespace forumdesk {

const EntitySchema<ProgressUpdate> &ProgressUpdate::schema()
{
    using R = ProgressUpdate;
    static const EntitySchema<R> s{
        QStringLiteral("progress_update"),
        QT_TRANSLATE_NOOP("Entity", "progress update"),
        {
            field<R>("milestone_id", QT_TRANSLATE_NOOP("Field", "Milestone"), FieldType::Reference, &R::milestoneId).isRequired().refersTo(QStringLiteral("milestone")),
            field<R>("reported_on", QT_TRANSLATE_NOOP("Field", "Reported on"), FieldType::Date, &R::reportedOn).isRequired(),
            field<R>("percent", QT_TRANSLATE_NOOP("Field", "Percent complete"), FieldType::Integer, &R::percent).between(0, 100),
            field<R>("status", QT_TRANSLATE_NOOP("Field", "Status"), FieldType::Enumeration, &R::status).isRequired().oneOf(Vocabulary::keys(Vocabulary::List::ProgressStatus)),
            field<R>("narrative", QT_TRANSLATE_NOOP("Field", "Narrative"), FieldType::Text, &R::narrative),
            field<R>("evidence", QT_TRANSLATE_NOOP("Field", "Evidence"), FieldType::Text, &R::evidence),
            field<R>("reporter", QT_TRANSLATE_NOOP("Field", "Reported by"), FieldType::Text, &R::reporter),
        },
        {
            // The same rule as `check`'s "dated before the milestone starts" (ConsistencyCheck):
            // what the window accepts, check never reports.
            {QStringLiteral("reported_on"), QStringLiteral("after_milestone_start"), [](const R &r, ForumFile &file) {
                 if (!r.reportedOn.isValid() || r.milestoneId <= 0)
                     return QString();
                 const QDate start = file.database()
                                         .scalar(QStringLiteral("SELECT start_on FROM milestone WHERE id = ?"), {r.milestoneId})
                                         .toDate();
                 if (!start.isValid() || r.reportedOn >= start)
                     return QString();
                 return QCoreApplication::translate("Validation", "A progress update cannot be dated %1, before its milestone "
                                                                  "starts (%2)")
                     .arg(dayText(r.reportedOn), dayText(start));
             }},
        },
        [](const R &r) { return formatDate(r.reportedOn) + QStringLiteral(" ") + QString::number(r.percent) + QStringLiteral("%"); },
    };
    return s;
}

} // namespace forumdesk
