#pragma once

#include <QString>

namespace kd {

// A dilemma's citation of a legal source, narrowed by a pinpoint (article, lid).
struct LegalReference
{
    QString uid;
    QString legalSourceUid;
    QString pinpoint;
    QString note;
    int position = 0;

    bool operator==(const LegalReference &) const = default;
};

} // namespace kd
