#include "projectfacts.h"

#include "project.h"

#include <QSet>
#include <QStringView>

namespace kd {
namespace {

void count(QHash<QString, int> &counts, const QString &value)
{
    // An empty uid or key is reported as missing, not as shared by all that lack one.
    if (!value.isEmpty())
        ++counts[value];
}

// Finds the values seen more than once among many that are almost all distinct (every uid of
// the project): the distinct ones are held as views of the project's own strings, and only the
// repeated ones are copied into a count. At 100,000 dilemmas a count of every uid was 34 MB.
class Repeats
{
public:
    explicit Repeats(qsizetype expected) { m_seen.reserve(expected); }

    void add(const QString &value)
    {
        if (value.isEmpty())
            return;
        if (!m_seen.contains(QStringView(value))) {
            m_seen.insert(QStringView(value));
            return;
        }
        const auto it = m_repeated.find(value);
        if (it == m_repeated.end())
            m_repeated.insert(value, 2);
        else
            ++it.value();
    }
    // Each repeated value with the number of times it was seen.
    QHash<QString, int> take() { return std::move(m_repeated); }

private:
    QSet<QStringView> m_seen;
    QHash<QString, int> m_repeated; // times seen, of those seen more than once
};

qsizetype entityCount(const Project &project)
{
    qsizetype n = 1 + project.lifeDomains.size() + project.professionals.size()
                  + project.legalSources.size() + project.themes.size() + project.glossary.size()
                  + project.assets.size();
    for (const Scenario &s : project.scenarios) {
        n += 1 + s.persons.size();
        for (const Segment &seg : s.segments) {
            n += 1 + seg.dilemmas.size();
            for (const Dilemma &d : seg.dilemmas)
                n += d.options.size() + d.legalReferences.size();
        }
    }
    return n;
}

} // namespace

ProjectFacts ProjectFacts::of(const Project &project)
{
    ProjectFacts facts;
    Repeats uids(entityCount(project));
    Repeats scenarioKeys(project.scenarios.size());
    Repeats dilemmaKeys(0);
    uids.add(project.info.uid);
    for (const LifeDomain &d : project.lifeDomains)
        uids.add(d.uid);
    for (const Professional &p : project.professionals)
        uids.add(p.uid);
    for (const LegalSource &s : project.legalSources)
        uids.add(s.uid);
    for (const Theme &t : project.themes)
        uids.add(t.uid);
    for (const GlossaryTerm &g : project.glossary)
        uids.add(g.uid);
    for (const Asset &a : project.assets)
        uids.add(a.uid);
    for (const Scenario &s : project.scenarios) {
        uids.add(s.uid);
        scenarioKeys.add(s.key);
        count(facts.coverUses, s.coverAssetUid);
        for (const Person &p : s.persons)
            uids.add(p.uid);
        for (const Segment &seg : s.segments) {
            uids.add(seg.uid);
            for (const Dilemma &d : seg.dilemmas) {
                uids.add(d.uid);
                dilemmaKeys.add(d.key);
                count(facts.professionalUses, d.professionalUid);
                for (const QString &theme : d.themeUids)
                    count(facts.themeUses, theme);
                for (const Option &o : d.options)
                    uids.add(o.uid);
                for (const LegalReference &r : d.legalReferences) {
                    uids.add(r.uid);
                    count(facts.sourceCitations, r.legalSourceUid);
                    if (!r.lid.isEmpty() && !r.legalSourceUid.isEmpty())
                        ++facts.lidCitations[r.legalSourceUid];
                    if (!r.onderdeel.isEmpty() && !r.legalSourceUid.isEmpty())
                        ++facts.onderdeelCitations[lidKey(r.legalSourceUid, r.lid)];
                }
            }
        }
    }
    facts.repeatedUids = uids.take();
    facts.repeatedScenarioKeys = scenarioKeys.take();
    facts.repeatedDilemmaKeys = dilemmaKeys.take();
    return facts;
}

} // namespace kd
