#pragma once

#include "model/description.h"

#include <QByteArray>
#include <QString>

namespace kd {

// The canonical form of reviewable content and its SHA-256. An approval stores the hash of what
// was approved; comparing it with the hash of the content now tells whether the approval still
// holds. The canonical form is compact JSON with a fixed member order: the dilemma's own fields,
// its theme references, its options and its legal references, each list in order. Uids of options
// and references are left out (the content is what counts); references to other entities are
// kept. Absent and empty text are the same here, so a package round trip cannot make an
// approval stale.
namespace ContentHash {

// The parts of a kind's canonical form after its tag, in order: the kind's reviewed fields
// (FieldFlag::Reviewed) as its description lists them, then for a dilemma the records of its
// options and of its legal references, each record the reviewed fields of its kind; last the
// fields added later (FieldFlag::LaterInForm), which the form holds in one trailing object by
// name, and a record likewise at its end, only when one of them is not empty. canonical()
// writes this and ContentDiff reads it: one walk of the description, so the two cannot disagree.
struct FormPart
{
    const FieldDescription *field = nullptr;  // a field of the kind
    EntityKind records = EntityKind::Project; // or a list of records of this kind
};
QList<FormPart> formOf(EntityKind kind);
// "dilemma/1", "legal-source/1"; empty for a kind that is not reviewed.
QString tagOf(EntityKind kind);
// The reviewed fields of a kind, in order (those added later last).
QList<const FieldDescription *> reviewedFields(EntityKind kind);

QByteArray canonical(const Dilemma &dilemma);
QByteArray canonical(const LegalSource &source);

// Lower-case hex SHA-256 of the canonical form.
QString of(const Dilemma &dilemma);
QString of(const LegalSource &source);

} // namespace ContentHash
} // namespace kd
