#pragma once

#include "model/dilemma.h"
#include "model/legalsource.h"

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

QByteArray canonical(const Dilemma &dilemma);
QByteArray canonical(const LegalSource &source);

// Lower-case hex SHA-256 of the canonical form.
QString of(const Dilemma &dilemma);
QString of(const LegalSource &source);

} // namespace ContentHash
} // namespace kd
