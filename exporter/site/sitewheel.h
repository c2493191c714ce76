#pragma once

#include "wheel/wheelgeometry.h"

#include <QList>
#include <QString>

namespace kd::SiteWheel {

// One moment of the wheel as the site links it.
struct Moment
{
    QString href;  // relative to the case page
    QString label; // its accessible name: "Moment 3: Erik verliest zijn werk (voorjaar)"
};

// The life wheel as inline SVG: the editor's geometry (WheelGeometry) drawn as paths, each
// moment an SVG link of shapes only, named by its label, that the keyboard reaches in wheel
// order; the labels, markers and numbers are drawn over the links as pictures only (the list
// after the wheel says the same in words). Cropped to the wheel: the
// legend is HTML beside it. moments has one entry per geometry segment. Deterministic.
QString svg(const WheelGeometry &geometry, const QList<Moment> &moments, const QString &title);

} // namespace kd::SiteWheel
