// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/cocreation/CoCreationSummary.h"

#include "core/documents/DocumentLanguage.h"
#include "core/storage/Database.h"
#include "core/storage/ForumFile.h"

namespace forumdesk {

CoCreationSummary CoCreationSummary::of(ForumFile &file, qint64 planId)
{
    Database &db = file.database();
    CoCreationSummary s;
    Statement totals = db.query(QStringLiteral(
        "SELECT count(*), "
        "  count(*) FILTER (WHERE trim(coalesce(response, '')) <> '' AND responded_on IS NOT NULL), "
        "  count(*) FILTER (WHERE status IN ('incorporated', 'partially_incorporated')), "
        "  count(*) FILTER (WHERE status = 'not_incorporated') "
        "FROM contribution WHERE plan_id = ?"));
    totals.bind(1, planId);
    if (totals.next()) {
        s.received = int(totals.int64(0));
        s.answered = int(totals.int64(1));
        s.incorporated = int(totals.int64(2));
        s.notIncorporated = int(totals.int64(3));
    }
    s.awaiting = s.received - s.answered;
    for (const auto &[column, target] : {std::pair{"sector", &s.bySector}, {"channel", &s.byChannel}}) {
        Statement st = db.query(QStringLiteral("SELECT %1, count(*) FROM contribution WHERE plan_id = ? GROUP BY %1")
                                    .arg(QLatin1String(column)));
        st.bind(1, planId);
        while (st.next())
            target->insert(st.text(0), int(st.int64(1)));
    }
    return s;
}

QString CoCreationSummary::sentence(const DocumentLanguage &lang) const
{
    const char *context = "CoCreationSummary";
    if (received == 0)
        return lang.text(context, QT_TRANSLATE_NOOP("CoCreationSummary", "No contributions were received."));
    return lang.text(context, QT_TRANSLATE_NOOP("CoCreationSummary", "%1: %2, %3."))
        .arg(lang.text(context, QT_TRANSLATE_N_NOOP("CoCreationSummary", "%n contribution(s) were received"), received),
             lang.text(context, QT_TRANSLATE_N_NOOP("CoCreationSummary", "%n have a reasoned response"), answered),
             lang.text(context, QT_TRANSLATE_N_NOOP("CoCreationSummary", "%n were incorporated in full or in part"),
                       incorporated));
}

QString CoCreationSummary::treatmentSentence(const DocumentLanguage &lang) const
{
    const char *context = "CoCreationSummary";
    if (received == 0)
        return lang.text(context, QT_TRANSLATE_NOOP("CoCreationSummary", "No contributions were received."));
    return lang.text(context, QT_TRANSLATE_NOOP("CoCreationSummary", "%1: %2, %3, %4, %5."))
        .arg(lang.text(context, QT_TRANSLATE_N_NOOP("CoCreationSummary", "%n contribution(s) received"), received),
             lang.text(context, QT_TRANSLATE_N_NOOP("CoCreationSummary", "%n answered"), answered),
             lang.text(context, QT_TRANSLATE_N_NOOP("CoCreationSummary", "%n awaiting a response"), awaiting),
             lang.text(context, QT_TRANSLATE_N_NOOP("CoCreationSummary", "%n incorporated in full or in part"),
                       incorporated),
             lang.text(context, QT_TRANSLATE_N_NOOP("CoCreationSummary", "%n not incorporated"), notIncorporated));
}

} // namespace forumdesk
