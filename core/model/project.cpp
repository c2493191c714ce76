#include "project.h"

#include "identifiers.h"

namespace kd {

QList<LifeDomain> Project::defaultLifeDomains()
{
    struct Seed
    {
        const char *key;
        const char *label;
        const char *colour;
    };
    // One domain a line:
    // clang-format off
    static const Seed seeds[] = {
        {"zorg", "Zorg", "#2e7d32"},
        {"werk-en-inkomen", "Werk en inkomen", "#1565c0"},
        {"schulden", "Schulden", "#ef6c00"},
        {"veiligheid", "Veiligheid", "#c62828"},
        {"onderwijs", "Onderwijs", "#6a1b9a"},
    };
    // clang-format on
    QList<LifeDomain> domains;
    int position = 0;
    for (const Seed &seed : seeds) {
        domains.append({Identifiers::createUid(), QString::fromLatin1(seed.key),
                        QString::fromUtf8(seed.label), QString::fromLatin1(seed.colour),
                        position++});
    }
    return domains;
}

} // namespace kd
