#include "entitycounts.h"

#include "description.h"
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
    forEachTopLevelKind([&](auto tag) {
        using T = typename decltype(tag)::Type;
        for (const Count &count : counts()) {
            if (count.kind == Described<T>::kind)
                c.*count.member = int((project.*Described<T>::list).size());
        }
    });
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

const QList<EntityCounts::Count> &EntityCounts::counts()
{
    static const QList<Count> all{
        {EntityKind::Scenario, "scenarios", &EntityCounts::scenarios},
        {EntityKind::Person, "persons", &EntityCounts::persons},
        {EntityKind::Segment, "segments", &EntityCounts::segments},
        {EntityKind::Dilemma, "dilemmas", &EntityCounts::dilemmas},
        {EntityKind::Option, "options", &EntityCounts::options},
        {EntityKind::Professional, "professionals", &EntityCounts::professionals},
        {EntityKind::LegalSource, "legalSources", &EntityCounts::legalSources},
        {EntityKind::LegalReference, "legalReferences", &EntityCounts::legalReferences},
        {EntityKind::Theme, "themes", &EntityCounts::themes},
        {EntityKind::GlossaryTerm, "glossaryTerms", &EntityCounts::glossaryTerms},
        {EntityKind::LifeDomain, "lifeDomains", &EntityCounts::lifeDomains},
        {EntityKind::Asset, "assets", &EntityCounts::assets},
    };
    return all;
}

QList<std::pair<QString, int>> EntityCounts::named() const
{
    QList<std::pair<QString, int>> list;
    for (const Count &count : counts())
        list.append({QLatin1String(count.name), this->*count.member});
    return list;
}

} // namespace kd
