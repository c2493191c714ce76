#pragma once

#include "model/entitycounts.h"
#include "model/projectinfo.h"

#include <QJsonObject>
#include <QString>

namespace kd {

// What a project holds, at a glance: its title, format version and entity counts. `kdtool info`
// prints it as a table or JSON; package manifests carry the same counts object.
struct ProjectSummary
{
    ProjectInfo info;
    int formatVersion = 0;
    EntityCounts counts;

    static QJsonObject countsToJson(const EntityCounts &counts);
    QJsonObject toJson() const;
    QString toText() const;
};

} // namespace kd
