#pragma once

#include "fieldspec.h"

#include <QCoreApplication>

namespace kd {

// The field description table: for every entity kind, every field of its model type in form
// order. Field names equal the model members' names, so validation issues, the change log and
// the form agree on what "question" or "lifeDomainUids" means. Members that are not fields are
// uid and position (identity and order, changed by moving) and owned children (options, legal
// references, persons, segments, dilemmas), which have forms of their own.
class FieldTable
{
    Q_DECLARE_TR_FUNCTIONS(kd::FieldTable)

public:
    // Every field of the kind, in the order the form shows them; empty for kinds without a
    // form (Review).
    static const QList<FieldSpec> &fields(EntityKind kind);
    // The field of the kind with this name, or nullptr.
    static const FieldSpec *field(EntityKind kind, const QString &name);
};

} // namespace kd
