#include "wheelgeometry.h"

#include <QCoreApplication>
#include <QLineF>

#include <algorithm>
#include <cmath>

namespace kd {

namespace {

constexpr qreal kPi = 3.14159265358979323846;
const QChar kEllipsis(0x2026);

qreal radians(qreal degrees)
{
    return degrees * kPi / 180.0;
}

qreal degrees(qreal radians)
{
    return radians * 180.0 / kPi;
}

QColor tint(const QColor &colour, qreal towardsWhite)
{
    auto mix = [&](int c) {
        return int(std::lround(c + (255 - c) * towardsWhite));
    };
    return QColor(mix(colour.red()), mix(colour.green()), mix(colour.blue()));
}

// The largest font (down to the readable minimum) at which title, and then the period if a line
// is left, fit the box; at the minimum the title is cut instead.
WheelGeometry::TextBlock fitText(const QString &title, const QString &detail, const QSizeF &box,
                                 qreal maxFont, int maxLines, qreal charWidth)
{
    WheelGeometry::TextBlock block;
    block.size = box;
    const qreal minFont = WheelGeometry::kMinimumFontPixels;
    maxFont = std::max(maxFont, minFont);
    for (qreal font = maxFont; font >= minFont - 1e-9; font -= 0.5) {
        const int allowed = std::min(
            maxLines, int(std::floor(box.height() / (font * WheelGeometry::kLineSpacing))));
        if (allowed < 1)
            continue;
        bool fits = false;
        const QStringList lines
            = WheelGeometry::wrapText(title, font, box.width(), allowed, &fits, charWidth);
        if (!fits)
            continue;
        block.fontPixels = font;
        block.lines = lines;
        if (!detail.isEmpty() && lines.size() < allowed) {
            bool detailFits = false;
            const QStringList detailLines
                = WheelGeometry::wrapText(detail, font, box.width(), 1, &detailFits, charWidth);
            if (detailFits) {
                block.lines += detailLines;
                block.detailLines = detailLines.size();
            }
        }
        return block;
    }
    const int allowed = std::clamp(
        int(std::floor(box.height() / (minFont * WheelGeometry::kLineSpacing))), 1, maxLines);
    bool fits = false;
    block.fontPixels = minFont;
    block.lines = WheelGeometry::wrapText(title, minFont, box.width(), allowed, &fits, charWidth);
    block.elided = !fits;
    return block;
}

// Whether a box (centre, size, not turned) lies in the annular sector, checked along its edges,
// and stays `pad` clear of the markers.
bool boxInSector(const WheelGeometry &g, const QPointF &centre, const QSizeF &size, qreal rIn,
                 qreal rOut, qreal start, qreal span, qreal pad,
                 const QList<WheelGeometry::Marker> &markers)
{
    const QRectF r(centre.x() - size.width() / 2, centre.y() - size.height() / 2, size.width(),
                   size.height());
    for (const WheelGeometry::Marker &m : markers) {
        const QPointF nearest(std::clamp(m.centre.x(), r.left(), r.right()),
                              std::clamp(m.centre.y(), r.top(), r.bottom()));
        if (QLineF(nearest, m.centre).length() < m.radius + pad)
            return false;
    }
    const QPointF corners[] = {r.topLeft(), r.topRight(), r.bottomRight(), r.bottomLeft()};
    constexpr int kSteps = 12;
    for (int edge = 0; edge < 4; ++edge) {
        const QPointF a = corners[edge];
        const QPointF b = corners[(edge + 1) % 4];
        for (int s = 0; s < kSteps; ++s) {
            const QPointF p = a + (b - a) * (qreal(s) / kSteps);
            const qreal d = QLineF(g.centre, p).length();
            if (d < rIn || d > rOut)
                return false;
            if (span < 360) {
                const qreal offset = std::fmod(g.angleOf(p) - start + 720.0, 360.0);
                const qreal margin = degrees(pad / std::max(d, 1.0));
                if (offset < margin || offset > span - margin)
                    return false;
            }
        }
    }
    return true;
}

// Whole text first; then a larger font, where showing the period is worth 6 px of font; then
// fewer (wider) lines.
bool betterLabel(const WheelGeometry::TextBlock &a, const WheelGeometry::TextBlock &b)
{
    if (a.elided != b.elided)
        return !a.elided;
    const qreal scoreA = a.fontPixels + (a.detailLines > 0 ? 6 : 0);
    const qreal scoreB = b.fontPixels + (b.detailLines > 0 ? 6 : 0);
    if (!qFuzzyCompare(scoreA, scoreB))
        return scoreA > scoreB;
    return a.lines.size() < b.lines.size();
}

} // namespace

qreal WheelGeometry::estimatedWidth(const QString &text, qreal fontPixels, qreal charWidth)
{
    return text.size() * fontPixels * charWidth;
}

QStringList WheelGeometry::wrapText(const QString &text, qreal fontPixels, qreal width,
                                    int maxLines, bool *fits, qreal charWidth)
{
    const QStringList words = text.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QStringList lines;
    QString current;
    for (const QString &word : words) {
        const QString candidate = current.isEmpty() ? word : current + QLatin1Char(' ') + word;
        if (current.isEmpty() || estimatedWidth(candidate, fontPixels, charWidth) <= width) {
            current = candidate;
        } else {
            lines.append(current);
            current = word;
        }
    }
    if (!current.isEmpty())
        lines.append(current);

    bool ok = lines.size() <= maxLines;
    for (const QString &line : std::as_const(lines))
        ok = ok && estimatedWidth(line, fontPixels, charWidth) <= width;
    if (fits)
        *fits = ok;
    if (ok)
        return lines;

    maxLines = std::max(1, maxLines);
    if (lines.size() > maxLines) {
        const QStringList rest = lines.mid(maxLines - 1);
        lines = lines.mid(0, maxLines - 1);
        lines.append(rest.join(QLatin1Char(' ')) + kEllipsis);
    }
    // Cut every line that is too wide (a long last line, or one long word) and mark the cut.
    for (QString &line : lines) {
        if (estimatedWidth(line, fontPixels, charWidth) <= width)
            continue;
        if (line.endsWith(kEllipsis))
            line.chop(1);
        while (!line.isEmpty() && estimatedWidth(line + kEllipsis, fontPixels, charWidth) > width)
            line.chop(1);
        line = line.trimmed() + kEllipsis;
    }
    return lines;
}

QPointF WheelGeometry::pointAt(qreal radius, qreal angle) const
{
    const qreal a = radians(angle);
    return centre + QPointF(radius * std::sin(a), -radius * std::cos(a));
}

qreal WheelGeometry::angleOf(const QPointF &point) const
{
    const QPointF d = point - centre;
    qreal a = degrees(std::atan2(d.x(), -d.y()));
    if (a < 0)
        a += 360;
    if (a >= 360)
        a -= 360;
    return a;
}

QPainterPath WheelGeometry::sectorPath(qreal innerRadius, qreal outerRadius, qreal startAngle,
                                       qreal spanAngle) const
{
    QPainterPath path;
    const QRectF outer(centre.x() - outerRadius, centre.y() - outerRadius, 2 * outerRadius,
                       2 * outerRadius);
    const QRectF inner(centre.x() - innerRadius, centre.y() - innerRadius, 2 * innerRadius,
                       2 * innerRadius);
    if (spanAngle >= 360 - 1e-9) {
        path.addEllipse(outer);
        if (innerRadius > 0)
            path.addEllipse(inner); // odd-even fill leaves the hole
        return path;
    }
    // QPainterPath counts degrees counter-clockwise from 3 o'clock.
    const qreal qtStart = 90 - startAngle;
    path.moveTo(pointAt(outerRadius, startAngle));
    path.arcTo(outer, qtStart, -spanAngle);
    if (innerRadius > 0) {
        path.lineTo(pointAt(innerRadius, startAngle + spanAngle));
        path.arcTo(inner, qtStart - spanAngle, spanAngle);
    } else {
        path.lineTo(centre);
    }
    path.closeSubpath();
    return path;
}

WheelGeometry::Hit WheelGeometry::hitTest(const QPointF &point) const
{
    Hit hit;
    if (segments.isEmpty())
        return hit;
    for (int s = 0; s < segments.size(); ++s) {
        const QList<Marker> &markers = segments.at(s).markers;
        for (int m = 0; m < markers.size(); ++m) {
            if (QLineF(markers.at(m).centre, point).length() <= markers.at(m).radius) {
                hit.kind = Hit::Kind::Marker;
                hit.segment = s;
                hit.marker = m;
                return hit;
            }
        }
    }
    const qreal d = QLineF(centre, point).length();
    if (d < holeRadius || d > outerRadius)
        return hit;
    const qreal span = 360.0 / segments.size();
    hit.kind = Hit::Kind::Segment;
    hit.segment = std::clamp(int(angleOf(point) / span), 0, int(segments.size()) - 1);
    return hit;
}

int WheelGeometry::dropIndex(const QPointF &point) const
{
    if (segments.isEmpty())
        return -1;
    const qreal d = QLineF(centre, point).length();
    // Beyond the numbers a little slack, so a drop just past the rim still lands.
    const qreal reach = numberRadius + (numberRadius - outerRadius) + outerRadius * 0.1;
    if (d < holeRadius || d > reach)
        return -1;
    const qreal span = 360.0 / segments.size();
    return std::clamp(int(angleOf(point) / span), 0, int(segments.size()) - 1);
}

QList<WheelGeometry::LegendEntry> WheelGeometry::legendEntries(const WheelInput &input,
                                                               int *domainEntries)
{
    // The domains and professionals this scenario uses, in project order.
    QStringList usedDomains;
    QStringList usedProfessionals;
    bool unassigned = false;
    for (const WheelInput::Segment &s : input.segments) {
        usedDomains += s.domainUids;
        for (const WheelInput::Marker &m : s.markers) {
            if (input.professional(m.professionalUid))
                usedProfessionals.append(m.professionalUid);
            else
                unassigned = true;
        }
    }
    QList<LegendEntry> entries;
    for (const WheelInput::Domain &d : input.domains) {
        if (usedDomains.contains(d.uid)) {
            LegendEntry e;
            e.kind = LegendEntry::Kind::Domain;
            e.uid = d.uid;
            e.text = d.label;
            e.colour = d.colour;
            entries.append(e);
        }
    }
    *domainEntries = int(entries.size());
    for (const WheelInput::Professional &p : input.professionals) {
        if (usedProfessionals.contains(p.uid)) {
            LegendEntry e;
            e.kind = LegendEntry::Kind::Professional;
            e.uid = p.uid;
            e.text = p.title;
            e.abbreviation = p.abbreviation;
            e.colour = p.colour;
            entries.append(e);
        }
    }
    if (unassigned) {
        LegendEntry e;
        e.kind = LegendEntry::Kind::Professional;
        e.text = QCoreApplication::translate("kd::WheelGeometry", "No professional");
        e.abbreviation = QStringLiteral("?");
        e.colour = WheelInput::unassignedColour();
        entries.append(e);
    }

    return entries;
}

QRectF WheelGeometry::layOutLegend(QList<LegendEntry> *entries, int domainEntries, qreal margin)
{
    const qreal w = std::max<qreal>(size.width(), 1);
    const qreal h = std::max<qreal>(size.height(), 1);
    const qreal shortSide = std::min(w, h);
    const qreal legendFont = std::clamp(shortSide * 0.022, kMinimumFontPixels, 14.0);
    // Professional circles carry letters, so they are larger than the domain squares.
    const qreal swatch = legendFont * 1.7;
    const qreal lineHeight = legendFont * 1.9;
    const qreal gap = legendFont * 0.5;
    auto entryWidth = [&](const LegendEntry &e) {
        return swatch + gap + estimatedWidth(e.text, legendFont);
    };
    auto place = [&](LegendEntry &e, qreal x, qreal y, qreal width) {
        const qreal side = e.kind == LegendEntry::Kind::Domain ? legendFont * 1.2 : swatch;
        e.swatch = QRectF(x + (swatch - side) / 2, y + (lineHeight - side) / 2, side, side);
        e.textRect
            = QRectF(x + swatch + gap, y, std::max<qreal>(width - swatch - gap, 0), lineHeight);
    };
    QRectF wheelArea(0, 0, w, h);
    legendFontPixels = legendFont;
    if (!entries->isEmpty() && w >= 1.3 * h) {
        // A wide picture: one column to the right of the wheel.
        qreal widest = 0;
        for (const LegendEntry &e : std::as_const(*entries))
            widest = std::max(widest, entryWidth(e));
        const qreal column = std::min(widest, 0.32 * w);
        const qreal height = lineHeight * entries->size() + (domainEntries ? lineHeight * 0.5 : 0);
        qreal y = std::max(margin, (h - height) / 2);
        const qreal x = w - margin - column;
        legendRect = QRectF(x, y, column, height);
        for (int i = 0; i < entries->size(); ++i) {
            if (i == domainEntries && i > 0)
                y += lineHeight * 0.5; // a little air between domains and professionals
            place((*entries)[i], x, y, column);
            y += lineHeight;
        }
        wheelArea = QRectF(0, 0, x - margin, h);
    } else if (!entries->isEmpty()) {
        // Rows under the wheel, centred; professionals start a row of their own.
        const qreal available = w - 2 * margin;
        const qreal spacing = legendFont * 1.6;
        QList<QList<int>> rows;
        QList<qreal> rowWidths;
        for (int i = 0; i < entries->size(); ++i) {
            const qreal ew = std::min(entryWidth(entries->at(i)), available);
            const bool newGroup = i == domainEntries;
            if (rows.isEmpty() || newGroup || rowWidths.last() + spacing + ew > available) {
                rows.append(QList<int>{i});
                rowWidths.append(ew);
            } else {
                rows.last().append(i);
                rowWidths.last() += spacing + ew;
            }
        }
        const qreal height = lineHeight * rows.size();
        const qreal top = h - margin - height;
        legendRect = QRectF(margin, top, available, height);
        for (int r = 0; r < rows.size(); ++r) {
            qreal x = margin + (available - rowWidths.at(r)) / 2;
            for (int i : rows.at(r)) {
                const qreal ew = std::min(entryWidth(entries->at(i)), available);
                place((*entries)[i], x, top + r * lineHeight, ew);
                x += ew + spacing;
            }
        }
        wheelArea = QRectF(0, 0, w, std::max<qreal>(top - margin * 0.5, 1));
    }
    return wheelArea;
}

void WheelGeometry::placeBands(const WheelInput &input, const WheelInput::Segment &in,
                               Segment *seg) const
{
    const qreal R = outerRadius;
    // Domain rim: one concentric band per domain, first domain outermost.
    QList<const WheelInput::Domain *> domains;
    for (const QString &uid : in.domainUids)
        if (const WheelInput::Domain *d = input.domain(uid))
            domains.append(d);
    const qreal rim = R - bandInnerRadius;
    if (domains.isEmpty()) {
        seg->bands.append(Band{QString(), QColor(0xbd, 0xbd, 0xbd), bandInnerRadius, R});
        seg->fill = QColor(0xf3, 0xf3, 0xf3);
    } else {
        const qreal band = rim / domains.size();
        for (int d = 0; d < domains.size(); ++d)
            seg->bands.append(
                Band{domains.at(d)->uid, domains.at(d)->colour, R - (d + 1) * band, R - d * band});
        seg->fill = tint(domains.first()->colour, 0.86);
    }
}

qreal WheelGeometry::placeMarkers(const WheelInput &input, const WheelInput::Segment &in, qreal pad,
                                  qreal baseMarker, Segment *seg) const
{
    const qreal span = seg->spanAngle;
    // Markers: rows along the arc just inside the rim, more rows inwards when needed. Every
    // row costs the label length, so markers first shrink (to 70%) to save a row.
    const int count = int(in.markers.size());
    qreal pitch = 0;
    qreal firstRow = 0;
    QList<int> perRow;
    auto arrange = [&](qreal radius) {
        pitch = 2 * radius + std::max(3.0, radius * 0.4);
        firstRow = bandInnerRadius - pad - radius;
        perRow.clear();
        int left = count;
        for (int row = 0; left > 0; ++row) {
            const qreal r = firstRow - row * pitch;
            const qreal arc = radians(std::min(span, 300.0)) * r * 0.9;
            const int fit = std::max(1, int(arc / pitch));
            perRow.append(std::min(fit, left));
            left -= perRow.last();
        }
        return int(perRow.size());
    };
    const qreal smallest = std::max(7.0, baseMarker * 0.7);
    const int fewestRows = arrange(smallest);
    qreal markerRadius = baseMarker;
    while (markerRadius > smallest && arrange(markerRadius) > fewestRows)
        markerRadius = std::max(smallest, markerRadius - 0.5);
    while (arrange(markerRadius) > 3 && markerRadius > 7)
        markerRadius = std::max(7.0, markerRadius * 0.85);
    int markerIndex = 0;
    for (int row = 0; row < perRow.size(); ++row) {
        const qreal r = firstRow - row * pitch;
        const qreal step = degrees(pitch / r);
        const qreal first = seg->midAngle() - step * (perRow.at(row) - 1) / 2;
        for (int k = 0; k < perRow.at(row); ++k, ++markerIndex) {
            const WheelInput::Marker &m = in.markers.at(markerIndex);
            Marker marker;
            marker.dilemmaUid = m.dilemmaUid;
            marker.professionalUid = m.professionalUid;
            marker.centre = pointAt(r, first + k * step);
            marker.radius = markerRadius;
            if (const WheelInput::Professional *p = input.professional(m.professionalUid)) {
                marker.abbreviation = p->abbreviation;
                marker.colour = p->colour;
            } else {
                marker.abbreviation = QStringLiteral("?");
                marker.colour = WheelInput::unassignedColour();
            }
            seg->markers.append(marker);
        }
    }
    return count ? firstRow - (perRow.size() - 1) * pitch - markerRadius : bandInnerRadius;
}

void WheelGeometry::placeHorizontalLabel(const WheelInput::Segment &in, qreal labelIn, qreal pad,
                                         qreal labelMaxFont, Segment *seg) const
{
    const qreal R = outerRadius;
    const qreal span = seg->spanAngle;
    // Wide sectors: the label may reach up to the rim, beside the markers.
    const qreal wideOut = bandInnerRadius - pad;
    // Try boxes of several shapes, around the middle of the zone and a little inside and
    // outside it (markers may sit right above the middle); keep the best text.
    bool found = false;
    // The middle first: an off-centre box wins only with clearly better text.
    for (qreal where : {0.5, 0.4, 0.3, 0.6}) {
        for (qreal turn : {0.0, -0.12, 0.12}) {
            const QPointF at = pointAt(labelIn + where * (wideOut - labelIn),
                                       seg->midAngle() + turn * std::min(span, 180.0));
            for (qreal aspect : {0.8, 1.0, 1.3, 1.7, 2.2, 3.0, 4.0}) {
                qreal lo = 0;
                qreal hi = 2 * R;
                for (int it = 0; it < 16; ++it) {
                    const qreal mid = (lo + hi) / 2;
                    if (boxInSector(*this, at, QSizeF(mid * aspect, mid), labelIn, wideOut,
                                    seg->startAngle, span, pad, seg->markers))
                        lo = mid;
                    else
                        hi = mid;
                }
                TextBlock candidate = fitText(in.title, in.periodLabel, QSizeF(lo * aspect, lo),
                                              labelMaxFont, 4, kCharWidth);
                candidate.centre = at;
                if (!found || betterLabel(candidate, seg->label)) {
                    seg->label = candidate;
                    found = true;
                }
            }
        }
    }
    seg->label.rotation = 0;
}

void WheelGeometry::placeRadialLabel(const WheelInput::Segment &in, qreal labelIn, qreal labelOut,
                                     qreal labelMaxFont, Segment *seg) const
{
    const qreal span = seg->spanAngle;
    // Along the radius: the sector is narrowest at the inner end, so try starting the
    // box further out, trading length for room for a second line.
    const qreal halfSpan = radians(span / 2);
    bool found = false;
    qreal bestIn = labelIn;
    for (int step = 0; step <= 10; ++step) {
        const qreal in0 = labelIn + step * 0.05 * (labelOut - labelIn);
        const QSizeF box(labelOut - in0, 2 * in0 * std::tan(halfSpan) * 0.9);
        // No period here: on a crowded wheel it would cost the title its size.
        TextBlock candidate = fitText(in.title, QString(), box, labelMaxFont, 3, kCharWidth);
        if (!found || betterLabel(candidate, seg->label)) {
            seg->label = candidate;
            bestIn = in0;
            found = true;
        }
    }
    const qreal mid = seg->midAngle();
    seg->label.centre = pointAt((bestIn + labelOut) / 2, mid);
    // Reads outwards on the right half, inwards on the left, never upside down.
    seg->label.rotation = mid < 180 ? mid - 90 : mid + 90 - 360;
}

void WheelGeometry::evenOutLabels(const WheelInput &input, qreal labelMaxFont)
{
    const int n = int(segments.size());
    // Labels side by side read best in one size: none more than 2 px above the smallest.
    qreal smallestFont = labelMaxFont;
    for (const Segment &seg : std::as_const(segments))
        smallestFont = std::min(smallestFont, seg.label.fontPixels);
    for (int i = 0; i < n; ++i) {
        TextBlock &label = segments[i].label;
        if (label.fontPixels <= smallestFont + 2)
            continue;
        const QString period
            = labelMode == LabelMode::Horizontal ? input.segments.at(i).periodLabel : QString();
        TextBlock refit = fitText(input.segments.at(i).title, period, label.size, smallestFont + 2,
                                  labelMode == LabelMode::Horizontal ? 4 : 3, kCharWidth);
        refit.centre = label.centre;
        refit.rotation = label.rotation;
        label = refit;
    }
}

WheelGeometry WheelGeometry::compute(const WheelInput &input, const QSizeF &size)
{
    WheelGeometry g;
    g.size = size;
    const qreal w = std::max<qreal>(size.width(), 1);
    const qreal h = std::max<qreal>(size.height(), 1);
    const qreal shortSide = std::min(w, h);
    const qreal margin = 6 + 0.02 * shortSide;

    // --- legend: the domains and professionals this scenario uses, in project order ----------
    int domainEntries = 0;
    QList<LegendEntry> entries = legendEntries(input, &domainEntries);
    const QRectF wheelArea = g.layOutLegend(&entries, domainEntries, margin);
    g.legend = entries;

    // --- the rings ------------------------------------------------------------------------
    const int n = int(input.segments.size());
    g.centre = wheelArea.center();
    const qreal total
        = std::max<qreal>(std::min(wheelArea.width(), wheelArea.height()) / 2 - margin, 20);
    const qreal numberFont = std::clamp(total * 0.04, kMinimumFontPixels, 15.0);
    const qreal numberRing = numberFont * 2.2;
    const qreal R = std::max(total - numberRing, total * 0.5);
    g.outerRadius = R;
    g.numberRadius = R + numberRing / 2;
    g.labelMode = n <= kMaxHorizontalLabels ? LabelMode::Horizontal : LabelMode::Radial;
    g.holeRadius = R * (g.labelMode == LabelMode::Horizontal ? 0.30 : 0.26);
    g.bandInnerRadius = R * 0.89;

    // The scenario title, in a box inside the hole.
    const qreal hole = g.holeRadius;
    g.centreLabel = fitText(input.title, QString(), QSizeF(hole * 1.55, hole * 1.1),
                            std::clamp(hole * 0.22, kMinimumFontPixels, 26.0), 3, kBoldCharWidth);
    g.centreLabel.centre = g.centre;

    if (n == 0)
        return g;

    const qreal span = 360.0 / n;
    const qreal pad = std::max(3.0, R * 0.015);
    const qreal labelMaxFont = g.labelMode == LabelMode::Horizontal
                                   ? std::clamp(R * 0.06, kMinimumFontPixels, 19.0)
                                   : std::clamp(R * 0.05, kMinimumFontPixels, 15.0);
    const qreal baseMarker = std::clamp(R * 0.042, 8.0, 16.0);

    for (int i = 0; i < n; ++i) {
        const WheelInput::Segment &in = input.segments.at(i);
        Segment seg;
        seg.uid = in.uid;
        seg.startAngle = i * span;
        seg.spanAngle = span;
        seg.innerRadius = g.holeRadius;
        seg.outerRadius = R;

        g.placeBands(input, in, &seg);

        const qreal markerInner = g.placeMarkers(input, in, pad, baseMarker, &seg);
        const qreal labelIn = g.holeRadius + pad;
        const qreal labelOut = std::max(markerInner - pad, labelIn + kMinimumFontPixels);

        if (g.labelMode == LabelMode::Horizontal) {
            g.placeHorizontalLabel(in, labelIn, pad, labelMaxFont, &seg);
        } else {
            g.placeRadialLabel(in, labelIn, labelOut, labelMaxFont, &seg);
        }

        seg.number.centre = g.pointAt(g.numberRadius, seg.midAngle());
        seg.number.fontPixels = numberFont;
        seg.number.size = QSizeF(numberFont * 2.6, numberFont * kLineSpacing);
        seg.number.lines = {QString::number(i + 1)};

        g.segments.append(seg);
    }

    g.evenOutLabels(input, labelMaxFont);
    return g;
}

} // namespace kd
