#pragma once

#include <QString>

namespace kd {

// An information domain of the wheel (zorg, werk-en-inkomen, schulden, veiligheid, onderwijs).
struct LifeDomain
{
    QString uid;
    QString key;
    QString label;
    QString colour; // "#rrggbb"
    int position = 0;

    bool operator==(const LifeDomain &) const = default;
};

} // namespace kd
