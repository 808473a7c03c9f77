// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/stats/PlanStats.h"

#include <QColor>
#include <QCoreApplication>
#include <QString>

#include <memory>

QT_BEGIN_NAMESPACE
class QChart;
QT_END_NAMESPACE

namespace forumdesk {

class ForumFile;

// Builds the Qt Charts chart of each kind from core/stats series, with translated titles, axis
// labels and legends. Charts have no animation, so they can be rendered at once (ChartExport).
class ChartFactory {
    Q_DECLARE_TR_FUNCTIONS(ChartFactory)

public:
    static std::unique_ptr<QChart> create(ChartKind kind, const QList<StatSeries> &series);
    // Computes the series of `kind` for the plan (downsampled to `maxPoints` if > 0) and builds it.
    static std::unique_ptr<QChart> create(ForumFile &file, ChartKind kind, qint64 planId, int maxPoints = 0);

    static QString title(ChartKind kind);
    // The translated name of a series or category key (a completion level, a sector, ...).
    static QString keyLabel(const QString &key);
    // The colour of a series key wherever it is drawn (each completion level, sector...); invalid
    // for a key without one of its own.
    static QColor keyColour(const QString &key);
};

} // namespace forumdesk
