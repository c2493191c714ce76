#pragma once

#include <QList>
#include <QString>

#include <utility>

namespace kd {

struct Project;

// How many entities of each kind a project holds; `kdtool info` and the manifest print these.
struct EntityCounts
{
    int scenarios = 0;
    int persons = 0;
    int segments = 0;
    int dilemmas = 0;
    int options = 0;
    int professionals = 0;
    int legalSources = 0;
    int legalReferences = 0;
    int themes = 0;
    int glossaryTerms = 0;
    int lifeDomains = 0;
    int assets = 0;

    static EntityCounts of(const Project &project);
    // The counts in a fixed order, with the names packages and `kdtool info --json` use.
    QList<std::pair<QString, int>> named() const;

    bool operator==(const EntityCounts &) const = default;
};

} // namespace kd
