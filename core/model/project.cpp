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

QString Project::defaultJargon()
{
    // Words of official Dutch that B1 readers stumble on, each with the everyday word
    // (docs/rules.md, "jargon"). Kept short: a project adds its own.
    return QStringLiteral("aangaande = over\n"
                          "alsmede = en\n"
                          "alvorens = voordat\n"
                          "conform = volgens\n"
                          "derhalve = daarom\n"
                          "dientengevolge = daardoor\n"
                          "doch = maar\n"
                          "hetgeen = wat\n"
                          "indien = als\n"
                          "inzake = over\n"
                          "middels = met\n"
                          "onverwijld = meteen\n"
                          "reeds = al\n"
                          "ten aanzien van = over\n"
                          "ten behoeve van = voor\n"
                          "teneinde = om\n"
                          "tevens = ook\n"
                          "thans = nu\n"
                          "trachten = proberen\n"
                          "zulks = dit\n");
}

} // namespace kd
