#include "lifewheelpainter.h"

#include <QFontMetricsF>
#include <QPainter>

namespace kd {

namespace {

const QColor kText(0x21, 0x21, 0x21);
const QColor kSecondaryText(0x55, 0x5f, 0x66);
const QColor kOutline(0x26, 0x32, 0x38);

QFont fontOf(qreal pixels, bool bold = false, bool italic = false)
{
    QFont font;
    font.setPixelSize(std::max(1, int(std::lround(pixels))));
    font.setBold(bold);
    font.setItalic(italic);
    return font;
}

// Lines centred in the (turned) box. The geometry wrapped them by estimated widths; a line that
// the real font makes noticeably wider is elided here rather than drawn over its neighbours.
void drawBlock(QPainter &p, const WheelGeometry::TextBlock &block, const QColor &colour, bool bold)
{
    if (block.lines.isEmpty())
        return;
    p.save();
    p.translate(block.centre);
    p.rotate(block.rotation);
    const qreal lineHeight = block.lineHeight();
    const qreal width = block.size.width();
    const qreal top = -lineHeight * block.lines.size() / 2;
    const int firstDetail = int(block.lines.size()) - block.detailLines;
    for (int i = 0; i < block.lines.size(); ++i) {
        const bool detail = i >= firstDetail;
        const QFont font = fontOf(block.fontPixels, bold && !detail, detail);
        p.setFont(font);
        p.setPen(detail ? kSecondaryText : colour);
        const QFontMetricsF metrics(font);
        QString line = block.lines.at(i);
        if (metrics.horizontalAdvance(line) > width * 1.1)
            line = metrics.elidedText(line, Qt::ElideRight, width * 1.1);
        // Wider than the box by the allowance: let the text overflow evenly on both sides.
        const QRectF rect(-width * 0.6, top + i * lineHeight, width * 1.2, lineHeight);
        p.drawText(rect, Qt::AlignCenter | Qt::TextSingleLine | Qt::TextDontClip, line);
    }
    p.restore();
}

void drawMarker(QPainter &p, const QPointF &centre, qreal radius, const QColor &colour,
                const QString &abbreviation, bool emphasised)
{
    const qreal r = emphasised ? radius + 2 : radius;
    p.setPen(QPen(emphasised ? kOutline : QColor(Qt::white), emphasised ? 2.5 : 1.5));
    p.setBrush(colour);
    p.drawEllipse(centre, r, r);
    p.setFont(fontOf(std::max(radius * 0.95, 7.0), true));
    p.setPen(Qt::white);
    p.drawText(QRectF(centre.x() - r, centre.y() - r, 2 * r, 2 * r),
               Qt::AlignCenter | Qt::TextDontClip, abbreviation);
}

// The legend: a square for each domain, a marker for each professional, and its words.
void paintLegend(QPainter &p, const WheelGeometry &g)
{
    const QFont legendFont = fontOf(g.legendFontPixels);
    const QFontMetricsF metrics(legendFont);
    for (const WheelGeometry::LegendEntry &e : g.legend) {
        if (e.kind == WheelGeometry::LegendEntry::Kind::Domain) {
            p.setPen(Qt::NoPen);
            p.setBrush(e.colour);
            p.drawRoundedRect(e.swatch, 2, 2);
        } else {
            drawMarker(p, e.swatch.center(), e.swatch.width() / 2, e.colour, e.abbreviation, false);
        }
        p.setFont(legendFont);
        p.setPen(kText);
        p.drawText(e.textRect,
                   Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine | Qt::TextDontClip,
                   metrics.elidedText(e.text, Qt::ElideRight, e.textRect.width() * 1.1));
    }
}

} // namespace

void LifeWheelPainter::paint(QPainter &p, const WheelGeometry &g, const State &state)
{
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
    p.fillRect(QRectF(QPointF(0, 0), g.size), Qt::white);

    const int n = int(g.segments.size());
    if (n == 0) {
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(0xee, 0xee, 0xee));
        p.drawPath(g.sectorPath(g.holeRadius, g.outerRadius, 0, 360));
        WheelGeometry::TextBlock empty;
        empty.centre = g.pointAt((g.holeRadius + g.outerRadius) / 2, 180);
        empty.size = QSizeF(g.outerRadius * 1.6, g.outerRadius * 0.4);
        empty.fontPixels = std::max(WheelGeometry::kMinimumFontPixels, g.outerRadius * 0.05);
        empty.lines = {state.emptyText};
        drawBlock(p, empty, kSecondaryText, false);
    }

    // Sectors: the tinted body, then the domain rim.
    for (int i = 0; i < n; ++i) {
        const WheelGeometry::Segment &s = g.segments.at(i);
        p.save();
        if (i == state.draggedSegment)
            p.setOpacity(0.45);
        QColor fill = s.fill;
        if (i == state.hoveredSegment || i == state.dropTarget)
            fill = fill.darker(112);
        p.setPen(Qt::NoPen);
        p.setBrush(fill);
        p.drawPath(g.sectorPath(s.innerRadius, g.bandInnerRadius, s.startAngle, s.spanAngle));
        for (const WheelGeometry::Band &b : s.bands) {
            p.setBrush(b.colour);
            p.drawPath(g.sectorPath(b.innerRadius, b.outerRadius, s.startAngle, s.spanAngle));
        }
        p.restore();
    }

    // White spokes between segments keep neighbours of the same domain apart.
    if (n > 1) {
        p.setPen(QPen(Qt::white, std::max(2.0, g.outerRadius * 0.008), Qt::SolidLine, Qt::FlatCap));
        for (const WheelGeometry::Segment &s : g.segments)
            p.drawLine(g.pointAt(g.holeRadius - 1, s.startAngle),
                       g.pointAt(g.outerRadius + 1, s.startAngle));
    }

    // The hole and the scenario title.
    p.setPen(QPen(QColor(0xcf, 0xd8, 0xdc), 1.5));
    p.setBrush(Qt::white);
    p.drawEllipse(g.centre, g.holeRadius, g.holeRadius);
    drawBlock(p, g.centreLabel, kOutline, true);

    for (int i = 0; i < n; ++i) {
        const WheelGeometry::Segment &s = g.segments.at(i);
        p.save();
        if (i == state.draggedSegment)
            p.setOpacity(0.45);
        drawBlock(p, s.label, kText, false);
        drawBlock(p, s.number, i == state.hoveredSegment ? kOutline : kSecondaryText, true);
        for (int m = 0; m < s.markers.size(); ++m) {
            const WheelGeometry::Marker &marker = s.markers.at(m);
            const bool emphasised = (i == state.hoveredSegment && m == state.hoveredMarker)
                                    || (i == state.selectedSegment && m == state.selectedMarker);
            drawMarker(p, marker.centre, marker.radius, marker.colour, marker.abbreviation,
                       emphasised);
        }
        p.restore();
    }

    // Outlines last, so neither spokes nor neighbours cover them.
    auto outline = [&](int i, qreal width, Qt::PenStyle style) {
        if (i < 0 || i >= n)
            return;
        const WheelGeometry::Segment &s = g.segments.at(i);
        p.setPen(QPen(kOutline, width, style, Qt::FlatCap, Qt::RoundJoin));
        p.setBrush(Qt::NoBrush);
        p.drawPath(g.sectorPath(s.innerRadius, s.outerRadius, s.startAngle, s.spanAngle));
    };
    if (state.selectedMarker < 0)
        outline(state.selectedSegment, 3, Qt::SolidLine);
    if (state.hoveredMarker < 0 && state.hoveredSegment != state.selectedSegment)
        outline(state.hoveredSegment, 1.5, Qt::SolidLine);
    if (state.dropTarget != state.draggedSegment)
        outline(state.dropTarget, 3, Qt::DashLine);

    paintLegend(p, g);
    p.restore();
}

} // namespace kd
