#pragma once

#include "wheelinput.h"

#include <QColor>
#include <QList>
#include <QPainterPath>
#include <QPointF>
#include <QRectF>
#include <QSizeF>
#include <QString>
#include <QStringList>

namespace kd {

// The layout of a life wheel in a picture of a given size: everything a painter (the editor
// widget, the PNG/SVG export, later the HTML preview) needs, as plain numbers, so they all draw
// the same wheel. compute() is a pure function of the input and the size.
//
// Angles are compass degrees: 0 is 12 o'clock and they grow clockwise, so segment i of n spans
// [i * 360/n, (i+1) * 360/n). Every segment gets the same span: the wheel shows order, not time.
// From the centre outwards, a segment's sector holds:
//   - the centre hole (radius holeRadius) with the scenario title;
//   - the label zone, between the hole and the markers: the segment title. With up to
//     kMaxHorizontalLabels segments the label is horizontal, in the widest box found around the
//     middle of the sector (beside the markers if need be), with the period below when there is
//     room. With more segments the sectors get narrow, so the label runs along the radius
//     (turned on the left half so it is never upside down) and shows the title only; the
//     tooltip has the period. The font is the largest between kMinimumFontPixels and a
//     size-dependent maximum at which the title fits, then evened out (no label more than 2 px
//     above the smallest); what does not fit at the minimum is cut with an ellipsis rather than
//     shrunk further;
//   - the marker rows: one circle per dilemma, in the professional's colour with its
//     abbreviation, side by side around the arc just inside the rim; markers shrink (to 70%)
//     before a further row inwards is added;
//   - the domain rim (bandInnerRadius..outerRadius): one concentric band per life domain of the
//     segment, in project domain order (first domain outermost), so a domain stays on the same
//     track around the wheel as far as possible. A segment without domains gets one grey band;
//   - outside the rim, the segment number (1-based), like a clock dial.
// The legend (domains, then professionals) sits below the wheel, or to its right when the
// picture is much wider than tall.
struct WheelGeometry
{
    static constexpr qreal kMinimumFontPixels = 10.0;
    static constexpr int kMaxHorizontalLabels = 8;

    enum class LabelMode { Horizontal, Radial };

    // Lines of text in a box whose centre sits at `centre`, turned by `rotation` degrees
    // clockwise (0 = horizontal). `size` is the box before turning; lines are centred in it.
    struct TextBlock
    {
        QPointF centre;
        qreal rotation = 0;
        QSizeF size;
        qreal fontPixels = kMinimumFontPixels;
        QStringList lines;
        int detailLines = 0; // the last detailLines lines are secondary (the period label)
        bool elided = false; // the text did not fit and was cut
        qreal lineHeight() const { return fontPixels * kLineSpacing; }
    };
    struct Band
    {
        QString domainUid; // empty for the grey "no domain" band
        QColor colour;
        qreal innerRadius = 0;
        qreal outerRadius = 0;
    };
    struct Marker
    {
        QString dilemmaUid;
        QString professionalUid;
        QString abbreviation;
        QColor colour;
        QPointF centre;
        qreal radius = 0;
    };
    struct Segment
    {
        QString uid;
        qreal startAngle = 0;
        qreal spanAngle = 0;
        qreal innerRadius = 0; // = holeRadius
        qreal outerRadius = 0; // = outerRadius of the wheel
        QColor fill;           // the light tint behind label and markers
        QList<Band> bands;
        TextBlock label;
        TextBlock number;
        QList<Marker> markers;
        qreal midAngle() const { return startAngle + spanAngle / 2; }
    };
    struct LegendEntry
    {
        enum class Kind { Domain, Professional };
        Kind kind = Kind::Domain;
        QString uid;
        QString text;
        QString abbreviation; // professionals
        QColor colour;
        QRectF swatch;   // square for a domain, the circle's bounds for a professional
        QRectF textRect; // left-aligned, vertically centred
    };
    struct Hit
    {
        enum class Kind { Nothing, Segment, Marker };
        Kind kind = Kind::Nothing;
        int segment = -1;
        int marker = -1;
        bool operator==(const Hit &) const = default;
    };

    static constexpr qreal kLineSpacing = 1.25;

    QSizeF size;
    QPointF centre;
    qreal holeRadius = 0;
    qreal bandInnerRadius = 0;
    qreal outerRadius = 0;
    qreal numberRadius = 0; // where the segment numbers sit, outside the rim
    LabelMode labelMode = LabelMode::Horizontal;
    QList<Segment> segments;
    TextBlock centreLabel;
    QList<LegendEntry> legend;
    qreal legendFontPixels = kMinimumFontPixels;
    QRectF legendRect;

    static WheelGeometry compute(const WheelInput &input, const QSizeF &size);

    // The segment or marker under a point; markers win over the segment they sit on.
    Hit hitTest(const QPointF &point) const;
    // Where a segment dragged to `point` should go: the index of the segment under it, which is
    // the newIndex a move (take out, then insert) needs to put the dragged segment in that place.
    // -1 over the centre hole, far outside the wheel, or when there are no segments.
    int dropIndex(const QPointF &point) const;

    // The point at a radius and compass angle from the centre.
    QPointF pointAt(qreal radius, qreal angle) const;
    // The compass angle of a point, in [0, 360).
    qreal angleOf(const QPointF &point) const;
    // The annular sector between two radii, clockwise from startAngle over spanAngle.
    QPainterPath sectorPath(qreal innerRadius, qreal outerRadius, qreal startAngle,
                            qreal spanAngle) const;

    // A greedy word wrap by estimated text width (no font database needed, so it runs without a
    // GUI and gives the HTML preview the same lines). Returns at most maxLines lines; *fits is
    // false when the text had to be cut (the last line then ends with an ellipsis).
    static QStringList wrapText(const QString &text, qreal fontPixels, qreal width, int maxLines,
                                bool *fits, qreal charWidth = kCharWidth);
    static qreal estimatedWidth(const QString &text, qreal fontPixels,
                                qreal charWidth = kCharWidth);

    static constexpr qreal kCharWidth = 0.6;      // average advance of DejaVu/Liberation Sans, em
    static constexpr qreal kBoldCharWidth = 0.66; // the same for bold

private:
    // The steps of compute(): the legend's entries and their places (the rest is the wheel's
    // area), each segment's domain bands, markers and label, and labels evened out in size.
    static QList<LegendEntry> legendEntries(const WheelInput &input, int *domainEntries);
    QRectF layOutLegend(QList<LegendEntry> *entries, int domainEntries, qreal margin);
    void placeBands(const WheelInput &input, const WheelInput::Segment &in, Segment *seg) const;
    // Returns the radius inside the innermost row of markers.
    qreal placeMarkers(const WheelInput &input, const WheelInput::Segment &in, qreal pad,
                       qreal baseMarker, Segment *seg) const;
    void placeHorizontalLabel(const WheelInput::Segment &in, qreal labelIn, qreal pad,
                              qreal labelMaxFont, Segment *seg) const;
    void placeRadialLabel(const WheelInput::Segment &in, qreal labelIn, qreal labelOut,
                          qreal labelMaxFont, Segment *seg) const;
    void evenOutLabels(const WheelInput &input, qreal labelMaxFont);
};

} // namespace kd
