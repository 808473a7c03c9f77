// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/implementation/ProgressReportDocument.h"
#include "core/publish/Website.h"
#include "core/stats/PlanStats.h"

#include <QList>
#include <QString>

namespace forumdesk {

class ForumFile;

// The charts of a plan's progress report, drawn as captioned pictures for ProgressReportDocument:
// progress over time, milestones due and done, progress by lead agency and by OGP value,
// commitment completion across the forum's plans, attendance and co-creation. Titles, axes,
// legends and captions are in `language` (the forum's, as the report's text), whatever the
// interface speaks. A chart with nothing to show (no meetings, no contributions yet) is left out.
// Draws on the calling thread, which must be the application's (Qt Charts are graphics items).
class ReportCharts {
public:
    static QList<ChartKind> kinds();
    static QList<ReportFigure> render(ForumFile &file, qint64 planId, const QString &language);
    // The same charts as SVG for the website, each with its title and what it shows.
    static QList<WebFigure> renderSvg(ForumFile &file, qint64 planId, const QString &language);
};

} // namespace forumdesk
