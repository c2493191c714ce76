#pragma once

#include <QString>

namespace kd {

// A cross-cutting subject dilemmas are tagged with (toestemming, meldcode, conflict van plichten).
struct Theme
{
    QString uid;
    QString key;
    QString label;
    QString description; // Markdown
    int position = 0;

    bool operator==(const Theme &) const = default;
};

} // namespace kd
