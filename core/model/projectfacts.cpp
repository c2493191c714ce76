#include "projectfacts.h"

#include "project.h"

namespace kd {
namespace {

// Keeps the entries counted more than once.
QHash<QString, int> repeated(const QHash<QString, int> &counts)
{
    QHash<QString, int> result;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (it.value() > 1)
            result.insert(it.key(), it.value());
    }
    return result;
}

void count(QHash<QString, int> &counts, const QString &value)
{
    // An empty uid or key is reported as missing, not as shared by all that lack one.
    if (!value.isEmpty())
        ++counts[value];
}

} // namespace

ProjectFacts ProjectFacts::of(const Project &project)
{
    ProjectFacts facts;
    QHash<QString, int> uids;
    QHash<QString, int> scenarioKeys;
    QHash<QString, int> dilemmaKeys;
    count(uids, project.info.uid);
    for (const LifeDomain &d : project.lifeDomains)
        count(uids, d.uid);
    for (const Professional &p : project.professionals)
        count(uids, p.uid);
    for (const LegalSource &s : project.legalSources)
        count(uids, s.uid);
    for (const Theme &t : project.themes)
        count(uids, t.uid);
    for (const GlossaryTerm &g : project.glossary)
        count(uids, g.uid);
    for (const Asset &a : project.assets)
        count(uids, a.uid);
    for (const Scenario &s : project.scenarios) {
        count(uids, s.uid);
        count(scenarioKeys, s.key);
        count(facts.coverUses, s.coverAssetUid);
        for (const Person &p : s.persons)
            count(uids, p.uid);
        for (const Segment &seg : s.segments) {
            count(uids, seg.uid);
            for (const Dilemma &d : seg.dilemmas) {
                count(uids, d.uid);
                count(dilemmaKeys, d.key);
                count(facts.professionalUses, d.professionalUid);
                for (const QString &theme : d.themeUids)
                    count(facts.themeUses, theme);
                for (const Option &o : d.options)
                    count(uids, o.uid);
                for (const LegalReference &r : d.legalReferences) {
                    count(uids, r.uid);
                    count(facts.sourceCitations, r.legalSourceUid);
                }
            }
        }
    }
    facts.repeatedUids = repeated(uids);
    facts.repeatedScenarioKeys = repeated(scenarioKeys);
    facts.repeatedDilemmaKeys = repeated(dilemmaKeys);
    return facts;
}

} // namespace kd
