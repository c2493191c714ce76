#pragma once

#include "dilemma.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace kd {

// A moment on a scenario's life wheel: what happens to the family, in which life domains, and
// the dilemmas professionals face there.
struct Segment
{
    QString uid;
    QString key; // unique within its scenario
    QString title;
    QString periodLabel; // "voorjaar 2021", "week 3"
    QString narrative;   // Markdown
    QStringList lifeDomainUids;
    QStringList personUids;
    QList<Dilemma> dilemmas;
    int position = 0;

    bool operator==(const Segment &) const = default;
};

} // namespace kd
