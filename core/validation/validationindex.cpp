#include "validationindex.h"

namespace kd {

ValidationIndex::ValidationIndex(const Project &project)
    : ValidationIndex(project, ProjectFacts::of(project))
{}

ValidationIndex::ValidationIndex(const Project &registers, const ProjectFacts &facts)
    : m_repeatedUids(facts.repeatedUids)
    , m_professionalUses(facts.professionalUses)
    , m_citations(facts.sourceCitations)
    , m_lidCitations(facts.lidCitations)
    , m_onderdeelCitations(facts.onderdeelCitations)
    , m_themeUses(facts.themeUses)
    , m_assetUses(facts.coverUses)
{
    for (const LifeDomain &d : registers.lifeDomains) {
        countKey(EntityKind::LifeDomain, d.key);
        m_lifeDomains.insert(d.uid, true);
    }
    for (const Professional &p : registers.professionals) {
        countKey(EntityKind::Professional, p.key);
        m_professionals.insert(p.uid, true);
        for (const QString &source : p.defaultLegalSourceUids)
            ++m_citations[source];
        if (!p.iconAssetUid.isEmpty())
            ++m_assetUses[p.iconAssetUid];
    }
    for (const LegalSource &s : registers.legalSources) {
        countKey(EntityKind::LegalSource, s.key);
        m_legalSources.insert(s.uid, &s);
    }
    for (const Theme &t : registers.themes) {
        countKey(EntityKind::Theme, t.key);
        m_themes.insert(t.uid, true);
    }
    for (const GlossaryTerm &g : registers.glossary)
        countKey(EntityKind::GlossaryTerm, g.key);
    for (const Asset &a : registers.assets) {
        countKey(EntityKind::Asset, a.key);
        m_assets.insert(a.uid, true);
        if (!a.name.isEmpty())
            ++m_assetNames[a.name.toCaseFolded()];
    }
    // Scenario and dilemma keys: only the repeated ones are known, and 1 is the rest's count.
    m_keyCounts[std::size_t(EntityKind::Scenario)] = facts.repeatedScenarioKeys;
    m_keyCounts[std::size_t(EntityKind::Dilemma)] = facts.repeatedDilemmaKeys;
}

int ValidationIndex::keyCount(EntityKind kind, const QString &key) const
{
    if (key.isEmpty())
        return 0;
    const QHash<QString, int> &counts = m_keyCounts[std::size_t(kind)];
    if (kind == EntityKind::Scenario || kind == EntityKind::Dilemma)
        return counts.value(key, 1);
    return counts.value(key);
}

void ValidationIndex::countKey(EntityKind kind, const QString &key)
{
    if (!key.isEmpty())
        ++m_keyCounts[std::size_t(kind)][key];
}

} // namespace kd
