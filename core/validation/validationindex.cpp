#include "validationindex.h"

namespace kd {

ValidationIndex::ValidationIndex(const Project &project)
{
    countUid(project.info.uid);
    for (const LifeDomain &d : project.lifeDomains) {
        countUid(d.uid);
        countKey(EntityKind::LifeDomain, d.key);
        m_lifeDomains.insert(d.uid, true);
    }
    for (const Professional &p : project.professionals) {
        countUid(p.uid);
        countKey(EntityKind::Professional, p.key);
        m_professionals.insert(p.uid, true);
        for (const QString &source : p.defaultLegalSourceUids)
            ++m_citations[source];
        if (!p.iconAssetUid.isEmpty())
            ++m_assetUses[p.iconAssetUid];
    }
    for (const LegalSource &s : project.legalSources) {
        countUid(s.uid);
        countKey(EntityKind::LegalSource, s.key);
        m_legalSources.insert(s.uid, &s);
    }
    for (const Theme &t : project.themes) {
        countUid(t.uid);
        countKey(EntityKind::Theme, t.key);
        m_themes.insert(t.uid, true);
    }
    for (const GlossaryTerm &g : project.glossary) {
        countUid(g.uid);
        countKey(EntityKind::GlossaryTerm, g.key);
    }
    for (const Asset &a : project.assets) {
        countUid(a.uid);
        countKey(EntityKind::Asset, a.key);
        m_assets.insert(a.uid, true);
        if (!a.name.isEmpty())
            ++m_assetNames[a.name.toCaseFolded()];
    }
    for (const Scenario &s : project.scenarios) {
        countUid(s.uid);
        countKey(EntityKind::Scenario, s.key);
        if (!s.coverAssetUid.isEmpty())
            ++m_assetUses[s.coverAssetUid];
        for (const Person &p : s.persons)
            countUid(p.uid);
        for (const Segment &seg : s.segments) {
            countUid(seg.uid);
            for (const Dilemma &d : seg.dilemmas) {
                countUid(d.uid);
                countKey(EntityKind::Dilemma, d.key);
                if (!d.professionalUid.isEmpty())
                    ++m_professionalUses[d.professionalUid];
                for (const QString &theme : d.themeUids)
                    ++m_themeUses[theme];
                for (const Option &o : d.options)
                    countUid(o.uid);
                for (const LegalReference &r : d.legalReferences) {
                    countUid(r.uid);
                    if (!r.legalSourceUid.isEmpty())
                        ++m_citations[r.legalSourceUid];
                }
            }
        }
    }
}

int ValidationIndex::keyCount(EntityKind kind, const QString &key) const
{
    return m_keyCounts[std::size_t(kind)].value(key);
}

void ValidationIndex::countUid(const QString &uid)
{
    // An empty uid is reported as invalid, not as shared by every entity that lacks one.
    if (!uid.isEmpty())
        ++m_uidCounts[uid];
}

void ValidationIndex::countKey(EntityKind kind, const QString &key)
{
    if (!key.isEmpty())
        ++m_keyCounts[std::size_t(kind)][key];
}

} // namespace kd
