#include "wheelinput.h"

#include "model/project.h"

namespace kd {

const WheelInput::Domain *WheelInput::domain(const QString &uid) const
{
    for (const Domain &d : domains)
        if (d.uid == uid)
            return &d;
    return nullptr;
}

const WheelInput::Professional *WheelInput::professional(const QString &uid) const
{
    for (const Professional &p : professionals)
        if (p.uid == uid)
            return &p;
    return nullptr;
}

QColor WheelInput::unassignedColour()
{
    return QColor(0x75, 0x75, 0x75);
}

QColor WheelInput::professionalColour(int index)
{
    // Tableau-like hues darkened so white letters on them stay legible (contrast >= 4.5:1).
    static const QRgb palette[] = {0x1f4e79, 0x8c2d04, 0x2d6a4f, 0x6a1b9a, 0x9c2754,
                                   0x005f73, 0x7f5539, 0x3949ab, 0x5d4037, 0x00695c};
    const int count = int(std::size(palette));
    return QColor::fromRgb(palette[((index % count) + count) % count]);
}

QString WheelInput::abbreviate(const QString &title, const QStringList &taken)
{
    const QStringList words = title.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words.isEmpty())
        return QStringLiteral("?");
    QString candidate;
    if (words.size() >= 2)
        candidate = words.at(0).left(1).toUpper() + words.at(1).left(1).toUpper();
    else
        candidate = words.at(0).left(1).toUpper() + words.at(0).mid(1, 1).toLower();
    if (!taken.contains(candidate))
        return candidate;
    // Same start as another professional: keep the first letter, try the later ones in turn.
    const QString letters = words.join(QString());
    for (int i = 1; i < letters.size(); ++i) {
        const QString next = letters.left(1).toUpper() + letters.mid(i, 1).toLower();
        if (!taken.contains(next))
            return next;
    }
    return candidate;
}

WheelInput WheelInput::fromScenario(const Project &project, const Scenario &scenario)
{
    WheelInput input;
    input.title = scenario.title;
    for (const LifeDomain &d : project.lifeDomains) {
        QColor colour(d.colour);
        if (!colour.isValid())
            colour = unassignedColour();
        input.domains.append(Domain{d.uid, d.label, colour});
    }
    QStringList taken;
    for (int i = 0; i < project.professionals.size(); ++i) {
        const kd::Professional &p = project.professionals.at(i);
        const QString abbreviation = abbreviate(p.title, taken);
        taken.append(abbreviation);
        input.professionals.append(
            Professional{p.uid, p.title, abbreviation, professionalColour(i)});
    }
    for (const kd::Segment &s : scenario.segments) {
        Segment segment;
        segment.uid = s.uid;
        segment.title = s.title;
        segment.periodLabel = s.periodLabel;
        // Project order, not the order the author ticked them: the bands line up around the wheel.
        for (const Domain &d : input.domains)
            if (s.lifeDomainUids.contains(d.uid))
                segment.domainUids.append(d.uid);
        for (const Dilemma &d : s.dilemmas)
            segment.markers.append(Marker{d.uid, d.professionalUid, d.question});
        input.segments.append(segment);
    }
    return input;
}

} // namespace kd
