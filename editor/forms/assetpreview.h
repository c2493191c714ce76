#pragma once

#include <QByteArray>
#include <QPixmap>
#include <QSize>

namespace kd {

// Renders an asset's bytes for a picker or the asset form: raster formats through QImage, SVG
// through QSvgRenderer. A null pixmap when the bytes are not a picture we can draw.
class AssetPreview
{
public:
    static QPixmap render(const QByteArray &data, const QSize &bounds);
};

} // namespace kd
