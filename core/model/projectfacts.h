#pragma once

#include <QHash>
#include <QString>

namespace kd {

struct Project;

// What the checks of one scenario need to know about all of them: the uids and keys that are
// used more than once anywhere, and how often the scenarios use each professional, legal source,
// theme and asset. With these, validation can take the scenarios one at a time (a project of
// 100,000 dilemmas is never in memory whole): ProjectFacts::of() finds them by walking a project
// in memory, ProjectStore::facts() asks the project file, and a test keeps the two equal.
struct ProjectFacts
{
    QHash<QString, int> repeatedUids;         // every entity of the project, registers included
    QHash<QString, int> repeatedScenarioKeys; // keys are unique within their kind
    QHash<QString, int> repeatedDilemmaKeys;
    QHash<QString, int> professionalUses; // by dilemmas
    QHash<QString, int> sourceCitations;  // by legal references (not professionals' defaults)
    // Legal references that name a lid, by source uid; and those that name an onderdeel, by
    // lidKey(source uid, lid): a citation without them is unclear where others have them.
    QHash<QString, int> lidCitations;
    QHash<QString, int> onderdeelCitations;
    static QString lidKey(const QString &sourceUid, const QString &lid)
    {
        return sourceUid + u'/' + lid;
    }
    QHash<QString, int> themeUses; // by dilemmas
    QHash<QString, int> coverUses; // assets as scenario covers

    static ProjectFacts of(const Project &project);

    bool operator==(const ProjectFacts &) const = default;
};

} // namespace kd
