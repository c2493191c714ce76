#pragma once

#include <QString>

namespace kd {

// A term a professional may stumble on (beroepsgeheim, meldrecht), with its definition.
struct GlossaryTerm
{
    QString uid;
    QString key;
    QString term;
    QString definition; // Markdown
    int position = 0;

    bool operator==(const GlossaryTerm &) const = default;
};

} // namespace kd
