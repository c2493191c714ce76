#pragma once

#include "wheel/wheelgeometry.h"

#include <QCoreApplication>
#include <QString>

class QPainter;

namespace kd {

// Draws a laid-out life wheel. The one paint routine behind the editor's wheel view and its PNG
// and SVG export, so what is exported is what the author sees (minus hover and drag feedback).
// All positions and sizes come from WheelGeometry; this class only chooses pens and brushes.
class LifeWheelPainter
{
    Q_DECLARE_TR_FUNCTIONS(LifeWheelPainter)

public:
    // Interaction feedback; the defaults draw the plain picture used for export.
    struct State
    {
        int hoveredSegment = -1;
        int hoveredMarker = -1; // within hoveredSegment
        int selectedSegment = -1;
        int selectedMarker = -1; // within selectedSegment
        int draggedSegment = -1;
        int dropTarget = -1;
        QString emptyText; // shown in the ring when there are no segments
    };

    static void paint(QPainter &painter, const WheelGeometry &geometry, const State &state);
    static void paint(QPainter &painter, const WheelGeometry &geometry)
    {
        paint(painter, geometry, State());
    }
};

} // namespace kd
