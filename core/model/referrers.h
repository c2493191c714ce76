#pragma once

#include "entitykind.h"

#include <QList>
#include <QString>

namespace kd {

struct Project;

// A field of one entity that names another entity (a Reference or ReferenceList field).
struct Referrer
{
    EntityKind kind;
    QString uid;
    QString field;  // the field's model name
    QString target; // the uid it names
    QString owner;  // the uid of the entity that owns the referrer; empty for a top-level one

    bool operator==(const Referrer &) const = default;
};

// The fields of the project's content that name the entity, or anything it owns (deleting a
// scenario deletes its persons): what deleting it would leave pointing at nothing. Fields inside
// the entity itself are not counted (they go with it); records (reviews, trusted reviewers) are
// not content and are left out. In the order of the project.
QList<Referrer> referrersOf(const Project &project, const QString &uid);

} // namespace kd
