#pragma once

#include "entitykind.h"

#include <QList>
#include <QString>

#include <utility>

namespace kd {

struct Project;
struct Scenario;

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
    // For a project read one scenario at a time: ofRegisters() counts the registers and the
    // scenarios (not what they own), addContent() what one scenario owns.
    static EntityCounts ofRegisters(const Project &project);
    void addContent(const Scenario &scenario);
    // The counts in a fixed order, with the names packages and `kdtool info --json` use.
    QList<std::pair<QString, int>> named() const;

    // Each count once: the kind it counts, its published name and its member, in named()'s order.
    struct Count
    {
        EntityKind kind;
        const char *name;
        int EntityCounts::*member;
    };
    static const QList<Count> &counts();

    bool operator==(const EntityCounts &) const = default;
};

} // namespace kd
