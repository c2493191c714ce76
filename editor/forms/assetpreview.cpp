#include "assetpreview.h"

#include <QImage>
#include <QPainter>
#include <QSvgRenderer>

namespace kd {

QPixmap AssetPreview::render(const QByteArray &data, const QSize &bounds)
{
    if (data.isEmpty() || bounds.isEmpty())
        return {};
    QImage image;
    if (image.loadFromData(data)) {
        return QPixmap::fromImage(
            image.scaled(bounds, Qt::KeepAspectRatio, Qt::SmoothTransformation));
    }
    QSvgRenderer svg(data);
    if (!svg.isValid())
        return {};
    QSize size = svg.defaultSize();
    if (size.isEmpty())
        size = bounds;
    size.scale(bounds, Qt::KeepAspectRatio);
    QImage canvas(size, QImage::Format_ARGB32_Premultiplied);
    canvas.fill(Qt::transparent);
    QPainter painter(&canvas);
    svg.render(&painter);
    painter.end();
    return QPixmap::fromImage(canvas);
}

} // namespace kd
