#pragma once

#include "person.h"
#include "segment.h"

#include <QList>
#include <QString>

namespace kd {

// A family case: its people and the moments of its life wheel.
struct Scenario
{
    QString uid;
    QString key;
    QString title;
    QString summary;       // Markdown
    QString calamityBasis; // which investigation it draws on, anonymised
    QString coverAssetUid; // null when none
    QList<Person> persons;
    QList<Segment> segments;
    int position = 0;

    bool operator==(const Scenario &) const = default;
};

} // namespace kd
