// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/charts/ChartExport.h"

#include "core/documents/DocumentWriter.h"
#include "core/storage/StorageError.h"

#include <QBuffer>
#include <QChart>
#include <QDir>
#include <QFileInfo>
#include <QGraphicsScene>
#include <QPainter>
#include <QSvgGenerator>

namespace forumdesk {

namespace {

// Lays the chart out at `size` in a scene of its own and paints it; the chart goes back to its
// owner afterwards (the scene would otherwise delete it).
void paint(QChart &chart, const QSize &size, QPainter &painter)
{
    QGraphicsScene scene;
    QGraphicsItem *parent = chart.parentItem();
    QGraphicsScene *previous = chart.scene();
    if (previous)
        previous->removeItem(&chart);
    scene.addItem(&chart);
    chart.setPos(0, 0);
    chart.resize(QSizeF(size));
    scene.setSceneRect(QRectF(QPointF(0, 0), QSizeF(size)));
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    scene.render(&painter, QRectF(QPointF(0, 0), QSizeF(size)), scene.sceneRect());
    scene.removeItem(&chart);
    if (previous)
        previous->addItem(&chart);
    if (parent)
        chart.setParentItem(parent);
}

void checkSize(const QSize &size)
{
    if (size.width() < 16 || size.height() < 16 || size.width() > 20000 || size.height() > 20000)
        throw StorageError(StorageError::Kind::Io,
                           ChartExport::tr("A chart is between 16 and 20000 pixels wide and high, not %1 × %2")
                               .arg(size.width())
                               .arg(size.height()));
}

} // namespace

QImage ChartExport::toImage(QChart &chart, const QSize &size, qreal scale)
{
    checkSize(size);
    QImage image(size * scale, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(scale);
    image.fill(Qt::white);
    QPainter painter(&image);
    paint(chart, size, painter);
    painter.end();
    return image;
}

QByteArray ChartExport::toPng(QChart &chart, const QSize &size)
{
    const QImage image = toImage(chart, size);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    if (!image.save(&buffer, "PNG"))
        throw StorageError(StorageError::Kind::Io, tr("Cannot encode the chart as PNG"));
    return bytes;
}

QByteArray ChartExport::toSvg(QChart &chart, const QSize &size)
{
    checkSize(size);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator generator;
    generator.setOutputDevice(&buffer);
    generator.setSize(size);
    generator.setViewBox(QRect(QPoint(0, 0), size));
    generator.setTitle(chart.title());
    generator.setDescription(tr("A chart made with Forum Desk"));
    QPainter painter(&generator);
    paint(chart, size, painter);
    painter.end();
    return bytes;
}

ChartExport::Format ChartExport::formatFor(const QString &path)
{
    return QFileInfo(path).suffix().compare(QLatin1String("svg"), Qt::CaseInsensitive) == 0 ? Format::Svg : Format::Png;
}

void ChartExport::save(QChart &chart, const QString &path, const QSize &size, Format format)
{
    DocumentWriter::writeBytes(format == Format::Svg ? toSvg(chart, size) : toPng(chart, size), path);
}

} // namespace forumdesk
