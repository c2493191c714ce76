#pragma once

#include "model/entitykind.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace kd {

class ProjectDocument;

// An entity a reference field may point at, as a picker lists it.
struct ReferenceCandidate
{
    QString uid;
    QString label;
};

// What a reference field may point at. Most kinds offer every entity of the kind in the project;
// persons are scoped: a segment may only involve persons of its own scenario.
class ReferenceCandidates
{
    Q_DECLARE_TR_FUNCTIONS(kd::ReferenceCandidates)

public:
    // The candidates of the kind for a field of the entity ownerUid, in project order.
    static QList<ReferenceCandidate> of(const ProjectDocument &document, EntityKind kind,
                                        const QString &ownerUid);
};

} // namespace kd
