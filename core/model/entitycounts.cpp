#include "entitycounts.h"

#include "project.h"

namespace kd {

EntityCounts EntityCounts::of(const Project &project)
{
    EntityCounts c;
    c.scenarios = int(project.scenarios.size());
    for (const Scenario &scenario : project.scenarios) {
        c.persons += int(scenario.persons.size());
        c.segments += int(scenario.segments.size());
        for (const Segment &segment : scenario.segments) {
            c.dilemmas += int(segment.dilemmas.size());
            for (const Dilemma &dilemma : segment.dilemmas) {
                c.options += int(dilemma.options.size());
                c.legalReferences += int(dilemma.legalReferences.size());
            }
        }
    }
    c.professionals = int(project.professionals.size());
    c.legalSources = int(project.legalSources.size());
    c.themes = int(project.themes.size());
    c.glossaryTerms = int(project.glossary.size());
    c.lifeDomains = int(project.lifeDomains.size());
    c.assets = int(project.assets.size());
    return c;
}

QList<std::pair<QString, int>> EntityCounts::named() const
{
    return {
        {QStringLiteral("scenarios"), scenarios},
        {QStringLiteral("persons"), persons},
        {QStringLiteral("segments"), segments},
        {QStringLiteral("dilemmas"), dilemmas},
        {QStringLiteral("options"), options},
        {QStringLiteral("professionals"), professionals},
        {QStringLiteral("legalSources"), legalSources},
        {QStringLiteral("legalReferences"), legalReferences},
        {QStringLiteral("themes"), themes},
        {QStringLiteral("glossaryTerms"), glossaryTerms},
        {QStringLiteral("lifeDomains"), lifeDomains},
        {QStringLiteral("assets"), assets},
    };
}

} // namespace kd
