#pragma once

#include "model/entitykind.h"
#include "model/project.h"
#include "model/projectfacts.h"

#include <QHash>
#include <QString>

#include <array>

namespace kd {

// What the checks need to know about the whole project, built once per validation run: which
// uids exist (and how often), which keys are taken, what each register entry is used by.
// Checks ask it instead of scanning the project, so a run stays linear in the project's size.
// It is built from the registers (everything but the scenarios) and the ProjectFacts of the
// scenarios, so that a project can also be checked one scenario at a time. It points into the
// project, which must outlive it.
class ValidationIndex
{
public:
    explicit ValidationIndex(const Project &project);
    // registers: a project whose scenarios are not looked at (they may be absent).
    ValidationIndex(const Project &registers, const ProjectFacts &facts);

    // How many entities have this uid (1 for one that exists once).
    int uidCount(const QString &uid) const
    {
        return m_repeatedUids.value(uid, uid.isEmpty() ? 0 : 1);
    }
    // How many entities of a kind use key; segments are counted per scenario by the checker.
    int keyCount(EntityKind kind, const QString &key) const;

    bool hasLifeDomain(const QString &uid) const { return m_lifeDomains.contains(uid); }
    bool hasProfessional(const QString &uid) const { return m_professionals.contains(uid); }
    bool hasTheme(const QString &uid) const { return m_themes.contains(uid); }
    bool hasAsset(const QString &uid) const { return m_assets.contains(uid); }
    const LegalSource *legalSource(const QString &uid) const { return m_legalSources.value(uid); }

    int professionalUses(const QString &uid) const { return m_professionalUses.value(uid); }
    // Legal references and professionals' default legal sources that name the source.
    int legalSourceCitations(const QString &uid) const { return m_citations.value(uid); }
    // Legal references to the source that name a lid; to the source's lid that name an onderdeel.
    int lidCitations(const QString &sourceUid) const { return m_lidCitations.value(sourceUid); }
    int onderdeelCitations(const QString &sourceUid, const QString &lid) const
    {
        return m_onderdeelCitations.value(ProjectFacts::lidKey(sourceUid, lid));
    }
    int themeUses(const QString &uid) const { return m_themeUses.value(uid); }
    int assetUses(const QString &uid) const { return m_assetUses.value(uid); }
    // Assets with this file name, compared without case (export targets may ignore case).
    int assetNameCount(const QString &name) const
    {
        return m_assetNames.value(name.toCaseFolded());
    }

private:
    void countKey(EntityKind kind, const QString &key);

    QHash<QString, int> m_repeatedUids;
    std::array<QHash<QString, int>, 16> m_keyCounts;
    QHash<QString, bool> m_lifeDomains;
    QHash<QString, bool> m_professionals;
    QHash<QString, bool> m_themes;
    QHash<QString, bool> m_assets;
    QHash<QString, const LegalSource *> m_legalSources;
    QHash<QString, int> m_professionalUses;
    QHash<QString, int> m_citations;
    QHash<QString, int> m_lidCitations;
    QHash<QString, int> m_onderdeelCitations;
    QHash<QString, int> m_themeUses;
    QHash<QString, int> m_assetUses;
    QHash<QString, int> m_assetNames;
};

} // namespace kd
