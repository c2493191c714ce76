#pragma once

#include <QColor>
#include <QList>
#include <QString>
#include <QStringList>

namespace kd {

struct Project;
struct Scenario;

// What the life wheel shows of one scenario, reduced to plain values: the segments in wheel
// order, the life domains and professionals they refer to (resolved to colours and short
// abbreviations), and the scenario title for the centre. WheelGeometry lays this out; keeping it
// separate from the content model lets the HTML preview and tests build a wheel without a project.
struct WheelInput
{
    struct Domain
    {
        QString uid;
        QString label;
        QColor colour;
    };
    struct Professional
    {
        QString uid;
        QString title;
        QString abbreviation; // one or two letters, unique within the project
        QColor colour;
    };
    struct Marker
    {
        QString dilemmaUid;
        QString professionalUid; // empty when the dilemma names no professional yet
        QString question;
    };
    struct Segment
    {
        QString uid;
        QString title;
        QString periodLabel;
        QStringList domainUids; // only known domains, in the project's domain order
        QList<Marker> markers;  // one per dilemma, in dilemma order
    };

    QString title;
    QList<Domain> domains;             // every domain of the project, in project order
    QList<Professional> professionals; // every professional of the project, in project order
    QList<Segment> segments;           // in wheel order

    static WheelInput fromScenario(const Project &project, const Scenario &scenario);

    const Domain *domain(const QString &uid) const;
    const Professional *professional(const QString &uid) const;
    // The colour of a professional with no colour of its own, and of markers without one.
    static QColor unassignedColour();
    // Professional colours by position: dark enough for white letters, distinct from each other.
    static QColor professionalColour(int index);
    // "Huisarts" -> "Hu", "Medewerker Veilig Thuis" -> "MV"; `taken` keeps them unique.
    static QString abbreviate(const QString &title, const QStringList &taken);
};

} // namespace kd
