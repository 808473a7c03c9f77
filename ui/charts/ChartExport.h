// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QImage>
#include <QSize>
#include <QString>

QT_BEGIN_NAMESPACE
class QChart;
QT_END_NAMESPACE

namespace forumdesk {

// Renders a chart offscreen (a QApplication must exist) and saves it as PNG or SVG, written
// atomically. Errors are StorageError with a sentence for the user.
class ChartExport {
    Q_DECLARE_TR_FUNCTIONS(ChartExport)

public:
    enum class Format { Png, Svg };

    // `scale` > 1 draws `size` with that many times the pixels each way (device pixel ratio), for print.
    static QImage toImage(QChart &chart, const QSize &size, qreal scale = 1);
    static QByteArray toSvg(QChart &chart, const QSize &size);
    static QByteArray toPng(QChart &chart, const QSize &size);
    // The format from the path's suffix (.svg -> Svg, otherwise Png).
    static Format formatFor(const QString &path);
    static void save(QChart &chart, const QString &path, const QSize &size, Format format);
    static void save(QChart &chart, const QString &path, const QSize &size) { save(chart, path, size, formatFor(path)); }
};

} // namespace forumdesk
