#include "testprojects.h"

#include "wheel/wheelgeometry.h"
#include "wheel/wheelinput.h"

#include <QLineF>
#include <QTest>

#include <cmath>

using namespace kd;
using kd::testing::uid;

// The wheel's layout for 1 to 24 segments at several picture sizes: equal contiguous spans from
// 12 o'clock, hit testing and drop targets that agree with the drawing, markers inside their
// segment, and text never below the readable minimum.
class tst_WheelGeometry : public QObject
{
    Q_OBJECT

private slots:
    void layout_data();
    void layout();
    void bandsFollowDomainOrder();
    void labelModeAndOrientation();
    void emptyWheel();
    void wrapText();
    void abbreviationsAreUnique();
    void inputFromScenario();
    void dropIndexMatchesMoveSemantics();
};

namespace {

const char *const kTitles[] = {
    "Vader verliest zijn baan",
    "Moeder slaapt slecht",
    "Eerste aanmaning van de energieleverancier",
    "Noah komt te laat op school",
    "Ruzie op straat",
    "Huisarts ziet blauwe plekken",
    "Beslag op het loon",
    "Gesprek met het wijkteam",
};

WheelInput makeInput(int segments, int markerCycle = 4)
{
    WheelInput input;
    input.title = QStringLiteral("Familie Jansen");
    const char *domainColours[] = {"#2e7d32", "#1565c0", "#ef6c00", "#c62828", "#6a1b9a"};
    for (int d = 0; d < 5; ++d)
        input.domains.append({uid(10 + d), QStringLiteral("Domein %1").arg(d),
                              QColor(QLatin1String(domainColours[d]))});
    QStringList taken;
    for (int p = 0; p < 6; ++p) {
        const QString title = QStringLiteral("Professional %1").arg(p);
        input.professionals.append({uid(40 + p), title, WheelInput::abbreviate(title, taken),
                                    WheelInput::professionalColour(p)});
        taken.append(input.professionals.last().abbreviation);
    }
    for (int i = 0; i < segments; ++i) {
        WheelInput::Segment s;
        s.uid = uid(1000 + i);
        s.title = QString::fromUtf8(kTitles[i % std::size(kTitles)]);
        s.periodLabel = QStringLiteral("week %1").arg(i + 1);
        for (int d = 0; d <= i % 3; ++d)
            s.domainUids.append(uid(10 + (i + d) % 5));
        for (int m = 0; m < i % markerCycle; ++m)
            s.markers.append({uid(2000 + i * 10 + m), uid(40 + (i + m) % 6), "Vraag?"});
        input.segments.append(s);
    }
    return input;
}

// The angular distance from a to the interval [start, start + span), 0 when inside.
bool angleWithin(qreal angle, qreal start, qreal span, qreal margin = 0)
{
    const qreal offset = std::fmod(angle - start + 720.0, 360.0);
    return offset >= margin - 1e-6 && offset <= span - margin + 1e-6;
}

} // namespace

void tst_WheelGeometry::layout_data()
{
    QTest::addColumn<int>("count");
    QTest::addColumn<QSizeF>("size");
    const QList<QSizeF> sizes = {QSizeF(800, 800), QSizeF(480, 520), QSizeF(1200, 700)};
    for (const QSizeF &size : sizes)
        for (int n = 1; n <= 24; ++n)
            QTest::addRow("%d segments, %dx%d", n, int(size.width()), int(size.height()))
                << n << size;
}

void tst_WheelGeometry::layout()
{
    QFETCH(int, count);
    QFETCH(QSizeF, size);
    const WheelInput input = makeInput(count);
    const WheelGeometry g = WheelGeometry::compute(input, size);
    QCOMPARE(g.segments.size(), count);
    QVERIFY(g.holeRadius > 0 && g.holeRadius < g.bandInnerRadius);
    QVERIFY(g.bandInnerRadius < g.outerRadius && g.outerRadius < g.numberRadius);
    // The whole wheel, numbers included, lies in the picture and clear of the legend.
    const QRectF wheelBounds(g.centre.x() - g.numberRadius, g.centre.y() - g.numberRadius,
                             2 * g.numberRadius, 2 * g.numberRadius);
    QVERIFY(QRectF(QPointF(0, 0), size).contains(wheelBounds));
    QVERIFY(!g.legendRect.isEmpty());
    QVERIFY(!wheelBounds.intersects(g.legendRect));

    QCOMPARE(g.segments.first().startAngle, 0.0); // 12 o'clock
    qreal sum = 0;
    for (int i = 0; i < count; ++i) {
        const WheelGeometry::Segment &s = g.segments.at(i);
        QCOMPARE(s.uid, input.segments.at(i).uid);
        QVERIFY(qFuzzyCompare(s.spanAngle, 360.0 / count)); // equal spans
        if (i > 0)                                          // contiguous, clockwise
            QVERIFY(qFuzzyCompare(s.startAngle, g.segments.at(i - 1).startAngle
                                                    + g.segments.at(i - 1).spanAngle));
        sum += s.spanAngle;

        // Hit testing at the mid-angle, on the rim and just outside the hole.
        const WheelGeometry::Hit expected{WheelGeometry::Hit::Kind::Segment, i, -1};
        const qreal mid = s.midAngle();
        QCOMPARE(g.hitTest(g.pointAt((g.bandInnerRadius + g.outerRadius) / 2, mid)), expected);
        QCOMPARE(g.hitTest(g.pointAt(g.holeRadius + 1, mid)), expected);
        QCOMPARE(g.dropIndex(g.pointAt((g.bandInnerRadius + g.outerRadius) / 2, mid)), i);
        // Near both edges of the span, still this segment.
        QCOMPARE(g.hitTest(g.pointAt(g.outerRadius - 1, s.startAngle + 0.01)).segment, i);
        QCOMPARE(g.hitTest(g.pointAt(g.outerRadius - 1, s.startAngle + s.spanAngle - 0.01)).segment,
                 i);
        // Outside the rim (where the number is) is not the segment.
        QCOMPARE(g.hitTest(g.pointAt(g.numberRadius, mid)).kind, WheelGeometry::Hit::Kind::Nothing);

        // Bands tile the rim from bandInnerRadius to outerRadius.
        QCOMPARE(s.bands.size(), input.segments.at(i).domainUids.size());
        qreal covered = 0;
        for (const WheelGeometry::Band &b : s.bands)
            covered += b.outerRadius - b.innerRadius;
        QVERIFY(qFuzzyCompare(covered, g.outerRadius - g.bandInnerRadius));

        // Markers: inside their segment (the whole circle), clear of the rim, hole and each other.
        QCOMPARE(s.markers.size(), input.segments.at(i).markers.size());
        for (int m = 0; m < s.markers.size(); ++m) {
            const WheelGeometry::Marker &marker = s.markers.at(m);
            QCOMPARE(marker.dilemmaUid, input.segments.at(i).markers.at(m).dilemmaUid);
            const qreal d = QLineF(g.centre, marker.centre).length();
            QVERIFY2(d - marker.radius >= g.holeRadius, qPrintable(QString::number(d)));
            QVERIFY(d + marker.radius <= g.bandInnerRadius);
            const qreal halfWidth = std::asin(marker.radius / d) * 180 / M_PI;
            QVERIFY2(angleWithin(g.angleOf(marker.centre), s.startAngle, s.spanAngle, halfWidth),
                     qPrintable(QStringLiteral("marker %1 of segment %2").arg(m).arg(i)));
            QVERIFY(marker.radius >= 7);
            const WheelGeometry::Hit hit{WheelGeometry::Hit::Kind::Marker, i, m};
            QCOMPARE(g.hitTest(marker.centre), hit);
            for (int o = 0; o < m; ++o)
                QVERIFY(QLineF(marker.centre, s.markers.at(o).centre).length()
                        >= marker.radius + s.markers.at(o).radius);
        }

        // Text: never below the readable minimum; the label sits in its own segment.
        QVERIFY(s.label.fontPixels >= WheelGeometry::kMinimumFontPixels);
        QVERIFY(s.number.fontPixels >= WheelGeometry::kMinimumFontPixels);
        QVERIFY(!s.label.lines.isEmpty());
        QCOMPARE(s.number.lines, QStringList{QString::number(i + 1)});
        QVERIFY(g.hitTest(s.label.centre).segment == i);
        // With room enough, every title of up to 30 characters fits whole (longer ones may be
        // cut on a crowded wheel; the tooltip has them in full).
        if (size.width() >= 800 && input.segments.at(i).title.size() <= 30)
            QVERIFY2(!s.label.elided, qPrintable(s.label.lines.join(QLatin1Char('|'))));
    }
    QVERIFY(qFuzzyCompare(sum, 360.0));
    QVERIFY(qFuzzyCompare(g.segments.last().startAngle + g.segments.last().spanAngle, 360.0));
    QVERIFY(g.centreLabel.fontPixels >= WheelGeometry::kMinimumFontPixels);
    QCOMPARE(g.centreLabel.lines.join(QLatin1Char(' ')), "Familie Jansen");
    QVERIFY(g.legendFontPixels >= WheelGeometry::kMinimumFontPixels);

    // The centre hole and the outside are nothing, and no drop target.
    QCOMPARE(g.hitTest(g.centre).kind, WheelGeometry::Hit::Kind::Nothing);
    QCOMPARE(g.hitTest(g.pointAt(g.holeRadius - 1, 45)).kind, WheelGeometry::Hit::Kind::Nothing);
    QCOMPARE(g.hitTest(QPointF(0, 0)).kind, WheelGeometry::Hit::Kind::Nothing);
    QCOMPARE(g.hitTest(g.pointAt(g.outerRadius + 1, 45)).kind, WheelGeometry::Hit::Kind::Nothing);
    QCOMPARE(g.dropIndex(g.centre), -1);
    QCOMPARE(g.dropIndex(g.pointAt(g.outerRadius * 3, 45)), -1);

    // The legend lists each used domain and professional once, inside the picture.
    for (const WheelGeometry::LegendEntry &e : g.legend) {
        QVERIFY(QRectF(QPointF(0, 0), size).contains(e.swatch));
        QVERIFY(e.textRect.right() <= size.width() + 0.5);
    }
}

void tst_WheelGeometry::bandsFollowDomainOrder()
{
    WheelInput input = makeInput(3);
    input.segments[0].domainUids = {uid(10), uid(12), uid(14)};
    input.segments[1].domainUids = {};
    const WheelGeometry g = WheelGeometry::compute(input, QSizeF(600, 600));
    const QList<WheelGeometry::Band> &bands = g.segments.at(0).bands;
    QCOMPARE(bands.size(), 3);
    // First domain outermost, each band directly inside the one before.
    QCOMPARE(bands.at(0).domainUid, uid(10));
    QCOMPARE(bands.at(0).outerRadius, g.outerRadius);
    QCOMPARE(bands.at(1).outerRadius, bands.at(0).innerRadius);
    QCOMPARE(bands.at(2).domainUid, uid(14));
    QCOMPARE(bands.at(2).colour, QColor("#6a1b9a"));
    QVERIFY(qFuzzyCompare(bands.at(2).innerRadius, g.bandInnerRadius));
    // No domain: one grey band over the whole rim.
    QCOMPARE(g.segments.at(1).bands.size(), 1);
    QVERIFY(g.segments.at(1).bands.at(0).domainUid.isEmpty());
    // The legend: used domains first, in project order, then professionals.
    QCOMPARE(g.legend.first().uid, uid(10));
    QCOMPARE(g.legend.first().kind, WheelGeometry::LegendEntry::Kind::Domain);
    QCOMPARE(g.legend.last().kind, WheelGeometry::LegendEntry::Kind::Professional);
}

void tst_WheelGeometry::labelModeAndOrientation()
{
    for (int n : {3, 8}) {
        const WheelGeometry g = WheelGeometry::compute(makeInput(n), QSizeF(800, 800));
        QCOMPARE(g.labelMode, WheelGeometry::LabelMode::Horizontal);
        for (const WheelGeometry::Segment &s : g.segments)
            QCOMPARE(s.label.rotation, 0.0);
    }
    for (int n : {9, 24}) {
        const WheelGeometry g = WheelGeometry::compute(makeInput(n), QSizeF(800, 800));
        QCOMPARE(g.labelMode, WheelGeometry::LabelMode::Radial);
        for (const WheelGeometry::Segment &s : g.segments) {
            // Along the radius, and never upside down.
            QVERIFY(s.label.rotation >= -90 && s.label.rotation <= 90);
            const qreal along = std::fmod(s.midAngle() - 90 - s.label.rotation + 720, 180);
            QVERIFY(qAbs(along) < 1e-6 || qAbs(along - 180) < 1e-6);
        }
    }
    // A wide picture puts the legend to the right of the wheel, a tall one below it.
    const WheelGeometry wide = WheelGeometry::compute(makeInput(5), QSizeF(1200, 700));
    QVERIFY(wide.legendRect.left() > wide.centre.x() + wide.numberRadius);
    const WheelGeometry tall = WheelGeometry::compute(makeInput(5), QSizeF(700, 900));
    QVERIFY(tall.legendRect.top() > tall.centre.y() + tall.numberRadius);
}

void tst_WheelGeometry::emptyWheel()
{
    WheelInput input;
    input.title = "Leeg";
    const WheelGeometry g = WheelGeometry::compute(input, QSizeF(400, 400));
    QVERIFY(g.segments.isEmpty());
    QVERIFY(g.legend.isEmpty());
    QCOMPARE(g.hitTest(g.pointAt(g.outerRadius - 2, 10)).kind, WheelGeometry::Hit::Kind::Nothing);
    QCOMPARE(g.dropIndex(g.pointAt(g.outerRadius - 2, 10)), -1);
    // A degenerate size still gives a usable layout.
    const WheelGeometry tiny = WheelGeometry::compute(makeInput(24), QSizeF(0, 0));
    QCOMPARE(tiny.segments.size(), 24);
    for (const WheelGeometry::Segment &s : tiny.segments)
        QVERIFY(s.label.fontPixels >= WheelGeometry::kMinimumFontPixels);
}

void tst_WheelGeometry::wrapText()
{
    bool fits = false;
    // 10 px at 0.6 em: 6 px a character.
    QCOMPARE(WheelGeometry::wrapText("Vader verliest zijn baan", 10, 90, 3, &fits),
             QStringList({"Vader verliest", "zijn baan"}));
    QVERIFY(fits);
    QCOMPARE(WheelGeometry::wrapText("Vader verliest zijn baan", 10, 200, 3, &fits),
             QStringList{"Vader verliest zijn baan"});
    QVERIFY(fits);
    const QStringList cut = WheelGeometry::wrapText("Vader verliest zijn baan", 10, 60, 2, &fits);
    QVERIFY(!fits);
    QCOMPARE(cut.size(), 2);
    QVERIFY(cut.last().endsWith(QChar(0x2026)));
    for (const QString &line : cut)
        QVERIFY(WheelGeometry::estimatedWidth(line, 10) <= 60);
    // One word wider than the box is cut, not left to overflow.
    const QStringList word
        = WheelGeometry::wrapText("Schuldhulpverleningstraject", 10, 60, 2, &fits);
    QVERIFY(!fits);
    QVERIFY(WheelGeometry::estimatedWidth(word.first(), 10) <= 60);
    QVERIFY(WheelGeometry::wrapText("", 10, 60, 2, &fits).isEmpty());
    QVERIFY(fits);
}

void tst_WheelGeometry::abbreviationsAreUnique()
{
    QStringList taken;
    for (const char *title : {"Huisarts", "Wijkagent", "Wijkteammedewerker",
                              "Medewerker Veilig Thuis", "Jeugdarts", "Psycholoog", "Leraar"}) {
        const QString a = WheelInput::abbreviate(title, taken);
        QVERIFY2(!taken.contains(a), title);
        QVERIFY(a.size() <= 2);
        taken.append(a);
    }
    QCOMPARE(taken.at(0), "Hu");
    QCOMPARE(taken.at(3), "MV");
    QCOMPARE(WheelInput::abbreviate("", {}), "?");
}

void tst_WheelGeometry::inputFromScenario()
{
    const Project p = kd::testing::fullProject();
    const WheelInput input = WheelInput::fromScenario(p, p.scenarios.at(0));
    QCOMPARE(input.title, p.scenarios.at(0).title);
    QCOMPARE(input.segments.size(), 1);
    // The segment lists veiligheid before zorg; the wheel uses the project's domain order.
    QCOMPARE(input.segments.at(0).domainUids, QStringList({uid(10), uid(11)}));
    QCOMPARE(input.domains.at(1).colour, QColor("#c62828"));
    QCOMPARE(input.segments.at(0).markers.size(), 1);
    QCOMPARE(input.segments.at(0).markers.at(0).dilemmaUid, uid(100));
    QCOMPARE(input.professional(uid(40))->abbreviation, "Hu");
    QVERIFY(!input.professional(uid(999)));
}

void tst_WheelGeometry::dropIndexMatchesMoveSemantics()
{
    // Dropping on segment t asks for newIndex t: taking the dragged one out and inserting it
    // there puts it exactly where it was dropped.
    const WheelGeometry g = WheelGeometry::compute(makeInput(5), QSizeF(600, 600));
    for (int from = 0; from < 5; ++from) {
        for (int to = 0; to < 5; ++to) {
            const int target
                = g.dropIndex(g.pointAt(g.outerRadius - 3, g.segments.at(to).midAngle()));
            QCOMPARE(target, to);
            QList<int> order = {0, 1, 2, 3, 4};
            const int moved = order.takeAt(from);
            order.insert(target, moved);
            QCOMPARE(order.indexOf(from), to);
        }
    }
    // Dropping just past the rim, on the numbers, still counts.
    QCOMPARE(g.dropIndex(g.pointAt(g.numberRadius, g.segments.at(2).midAngle())), 2);
}

QTEST_GUILESS_MAIN(tst_WheelGeometry)
#include "tst_wheelgeometry.moc"
