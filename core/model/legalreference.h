#pragma once

#include <QString>

namespace kd {

// A dilemma's citation of a legal source, narrowed by a pinpoint (free text) and by lid and
// onderdeel.
struct LegalReference
{
    QString uid;
    QString legalSourceUid;
    QString pinpoint;
    QString note;
    int position = 0;
    // Added in schema version 7, after position (see LegalSource).
    // The lid (a number) and onderdeel ("a", "1°") of the source's article this reference
    // cites; empty when it cites the whole article.
    QString lid{};
    QString onderdeel{};

    bool operator==(const LegalReference &) const = default;
};

} // namespace kd
