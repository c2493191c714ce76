#pragma once

#include "enums.h"

#include <QDateTime>
#include <QString>

namespace kd {

// A review event on a dilemma or legal source. The content hash is the SHA-256 of the canonical
// form of what was reviewed, so an approval can tell when it has gone stale.
struct Review
{
    QString uid;
    QString entityUid;
    ReviewState state = ReviewState::Draft;
    QString reviewer;
    QDateTime time; // UTC
    QString comment;
    QString contentHash; // hex, empty unless approved

    bool operator==(const Review &) const = default;
};

} // namespace kd
