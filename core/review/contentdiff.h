#pragma once

#include "text/textdiff.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace kd {

struct Project;

// One field of a dilemma or legal source that differs between two versions, worded for a
// reviewer: the field's label (translated), the old and new value as text, and for prose (the
// question, the Markdown fields, an option's label and feedback, a reference's note, the themes)
// a word-level diff of the two.
struct FieldChange
{
    enum class Kind { Added, Removed, Changed };
    QString field;
    Kind kind = Kind::Changed;
    QString before;
    QString after;
    QList<DiffRun> runs; // empty for values that are shown whole (keys, dates, references)

    bool operator==(const FieldChange &) const = default;
};

// What changed since an approval, field by field: the approved canonical form (stored with the
// approval) against the canonical form of the content now (ContentHash::canonical). Options and
// legal references carry no uid in the canonical form, so they are matched by content: an
// unchanged one wherever it moved, then one with the same label (option) or source (reference),
// then one at the same position; the rest count as added or removed, and a changed order is one
// change of its own. Themes are compared as a set. References to other entities are shown by name
// when `names` holds them, else by uid. The hash stays the authority on staleness; this only
// explains it.
namespace ContentDiff {

// The changes in content order, empty when there are none; nullopt when `approved` is not a
// canonical form of the same kind and version as `current` (not stored, or damaged).
std::optional<QList<FieldChange>> compare(const QByteArray &approved, const QByteArray &current,
                                          const Project *names = nullptr);

} // namespace ContentDiff
} // namespace kd
