#include "entitycounts.h"

#include "project.h"

namespace kd {

EntityCounts EntityCounts::of(const Project &project)
{
    EntityCounts c = ofRegisters(project);
    for (const Scenario &scenario : project.scenarios)
        c.addContent(scenario);
    return c;
}

EntityCounts EntityCounts::ofRegisters(const Project &project)
{
    EntityCounts c;
    c.scenarios = int(project.scenarios.size());
    c.professionals = int(project.professionals.size());
    c.legalSources = int(project.legalSources.size());
    c.themes = int(project.themes.size());
    c.glossaryTerms = int(project.glossary.size());
    c.lifeDomains = int(project.lifeDomains.size());
    c.assets = int(project.assets.size());
    return c;
}

void EntityCounts::addContent(const Scenario &scenario)
{
    persons += int(scenario.persons.size());
    segments += int(scenario.segments.size());
    for (const Segment &segment : scenario.segments) {
        dilemmas += int(segment.dilemmas.size());
        for (const Dilemma &dilemma : segment.dilemmas) {
            options += int(dilemma.options.size());
            legalReferences += int(dilemma.legalReferences.size());
        }
    }
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
