#pragma once

#include "enums.h"

#include <QString>

namespace kd {

// One answer a professional may choose in a dilemma, with the feedback the website shows.
struct Option
{
    QString uid;
    QString label;
    QString feedback; // Markdown
    Assessment assessment = Assessment::Acceptable;
    int position = 0;

    bool operator==(const Option &) const = default;
};

} // namespace kd
