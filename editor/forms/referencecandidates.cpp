#include "referencecandidates.h"

#include "document/projectdocument.h"

namespace kd {
namespace {

template<typename T, typename Label>
QList<ReferenceCandidate> candidates(const QList<T> &list, Label label)
{
    QList<ReferenceCandidate> result;
    for (const T &entity : list) {
        QString text = label(entity);
        if (text.trimmed().isEmpty())
            text = ReferenceCandidates::tr("(untitled)");
        result.append({entity.uid, text});
    }
    return result;
}

} // namespace

QList<ReferenceCandidate> ReferenceCandidates::of(const ProjectDocument &document, EntityKind kind,
                                                  const QString &ownerUid)
{
    const Project &project = document.project();
    switch (kind) {
    case EntityKind::LifeDomain:
        return candidates(project.lifeDomains, [](const LifeDomain &d) { return d.label; });
    case EntityKind::Professional:
        return candidates(project.professionals, [](const Professional &p) { return p.title; });
    case EntityKind::LegalSource:
        return candidates(project.legalSources, [](const LegalSource &s) {
            if (s.fullTitle.isEmpty() || s.fullTitle == s.shortTitle)
                return s.shortTitle;
            return tr("%1 (%2)").arg(s.shortTitle, s.fullTitle);
        });
    case EntityKind::Theme:
        return candidates(project.themes, [](const Theme &t) { return t.label; });
    case EntityKind::Asset:
        return candidates(project.assets, [](const Asset &a) { return a.name; });
    case EntityKind::Person: {
        QString scenarioUid;
        if (!document.locate<Segment>(ownerUid, &scenarioUid, nullptr))
            return {};
        const Scenario *scenario = document.find<Scenario>(scenarioUid);
        if (!scenario)
            return {};
        return candidates(scenario->persons, [](const Person &p) {
            return p.role.isEmpty() ? p.name : tr("%1 (%2)").arg(p.name, p.role);
        });
    }
    default:
        break;
    }
    return {};
}

} // namespace kd
