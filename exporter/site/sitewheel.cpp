#include "sitewheel.h"

#include "sitehtml.h"

#include <QPainterPath>

namespace kd::SiteWheel {
namespace {

QString number(qreal value)
{
    QString text = QString::number(value, 'f', 1);
    if (text.endsWith(QLatin1String(".0")))
        text.chop(2);
    return text == QLatin1String("-0") ? QStringLiteral("0") : text;
}

QString point(const QPointF &p)
{
    return number(p.x()) + u' ' + number(p.y());
}

// An SVG path's d of a QPainterPath: moves, lines and cubic curves.
QString pathData(const QPainterPath &path)
{
    QString d;
    for (int i = 0; i < path.elementCount(); ++i) {
        const QPainterPath::Element e = path.elementAt(i);
        switch (e.type) {
        case QPainterPath::MoveToElement:
            d += u'M' + point(e);
            break;
        case QPainterPath::LineToElement:
            d += u'L' + point(e);
            break;
        case QPainterPath::CurveToElement:
            if (i + 2 < path.elementCount()) {
                d += u'C' + point(e) + u' ' + point(path.elementAt(i + 1)) + u' '
                     + point(path.elementAt(i + 2));
                i += 2;
            }
            break;
        default:
            break;
        }
    }
    return d + u'Z';
}

QString colour(const QColor &c)
{
    return c.name(QColor::HexRgb);
}

// A block of lines centred on its (turned) box, as the editor's painter draws it.
QString textBlock(const WheelGeometry::TextBlock &block, const QString &cssClass)
{
    if (block.lines.isEmpty())
        return {};
    const qreal lineHeight = block.lineHeight();
    const qreal top = -lineHeight * block.lines.size() / 2;
    QString out = QStringLiteral("<text class=\"%1\" transform=\"translate(%2) rotate(%3)\" "
                                 "font-size=\"%4\">")
                      .arg(cssClass, number(block.centre.x()) + u' ' + number(block.centre.y()),
                           number(block.rotation), number(block.fontPixels));
    const int firstDetail = int(block.lines.size()) - block.detailLines;
    for (int i = 0; i < block.lines.size(); ++i) {
        // The baseline sits about a third of the font below the middle of its line.
        const qreal baseline = top + (i + 0.5) * lineHeight + block.fontPixels * 0.35;
        out += QStringLiteral("<tspan x=\"0\" y=\"%1\"%2>%3</tspan>")
                   .arg(number(baseline),
                        i >= firstDetail ? QStringLiteral(" class=\"detail\"") : QString(),
                        SiteHtml::escape(block.lines.at(i)));
    }
    return out + QLatin1String("</text>");
}

// The shapes of a segment: what its link holds (no text, so that its name is all a reader of
// the screen hears, and all the link says).
QString segmentShapes(const WheelGeometry &g, const WheelGeometry::Segment &s)
{
    QString out = QStringLiteral("<path class=\"sector\" fill=\"%1\" d=\"%2\"/>")
                      .arg(colour(s.fill), pathData(g.sectorPath(s.innerRadius, g.bandInnerRadius,
                                                                 s.startAngle, s.spanAngle)));
    for (const WheelGeometry::Band &b : s.bands) {
        out += QStringLiteral("<path fill=\"%1\" d=\"%2\"/>")
                   .arg(colour(b.colour), pathData(g.sectorPath(b.innerRadius, b.outerRadius,
                                                                s.startAngle, s.spanAngle)));
    }
    return out;
}

// What is drawn over a segment: its label and its markers, pictures only.
QString segmentOverlay(const WheelGeometry::Segment &s)
{
    QString out = textBlock(s.label, QStringLiteral("label"));
    for (const WheelGeometry::Marker &m : s.markers) {
        out += QStringLiteral("<circle cx=\"%1\" cy=\"%2\" r=\"%3\" fill=\"%4\" "
                              "class=\"marker\"/>")
                   .arg(number(m.centre.x()), number(m.centre.y()), number(m.radius),
                        colour(m.colour));
        out += QStringLiteral("<text class=\"abbreviation\" x=\"%1\" y=\"%2\" "
                              "font-size=\"%3\">%4</text>")
                   .arg(number(m.centre.x()), number(m.centre.y() + m.radius * 0.35),
                        number(std::max(m.radius * 0.95, 7.0)), SiteHtml::escape(m.abbreviation));
    }
    return out;
}

} // namespace

QString svg(const WheelGeometry &g, const QList<Moment> &moments, const QString &title)
{
    // Cropped to the wheel and its numbers.
    const qreal reach = g.numberRadius + WheelGeometry::kMinimumFontPixels * 1.5;
    const QString viewBox
        = QStringLiteral("%1 %2 %3 %3")
              .arg(number(g.centre.x() - reach), number(g.centre.y() - reach), number(2 * reach));
    QString out = QStringLiteral("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"%1\" "
                                 "role=\"group\" aria-labelledby=\"wheel-title\">"
                                 "<title id=\"wheel-title\">%2</title>")
                      .arg(viewBox, SiteHtml::escape(title));
    for (qsizetype i = 0; i < g.segments.size(); ++i) {
        const WheelGeometry::Segment &s = g.segments.at(i);
        const Moment moment = moments.value(i);
        out += QStringLiteral("<a class=\"moment\" href=\"%1\" aria-label=\"%2\">")
                   .arg(SiteHtml::escape(moment.href), SiteHtml::escape(moment.label));
        out += segmentShapes(g, s);
        out += QLatin1String("</a>");
    }
    // Labels, markers, the numbers around the rim (like a clock dial) and the title in the
    // hole: pictures only, over the links and letting clicks through to them.
    out += QLatin1String("<g aria-hidden=\"true\" pointer-events=\"none\">");
    for (const WheelGeometry::Segment &s : g.segments)
        out += segmentOverlay(s) + textBlock(s.number, QStringLiteral("number"));
    out += textBlock(g.centreLabel, QStringLiteral("centre"));
    out += QLatin1String("</g></svg>");
    return out;
}

} // namespace kd::SiteWheel
