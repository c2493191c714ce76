#pragma once

#include "text/textdiff.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace kd {

struct FieldDescription;
struct Project;
enum class EntityKind;

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

// The name of the entity of a kind with a uid, or empty when it is not known (the value is then
// shown as the uid).
using Namer = std::function<QString(EntityKind kind, const QString &uid)>;

// The changes in content order, empty when there are none; nullopt when `approved` is not a
// canonical form of the same kind and version as `current` (not stored, or damaged).
std::optional<QList<FieldChange>> compare(const QByteArray &approved, const QByteArray &current,
                                          const Project *names = nullptr);
// The same, naming what the old form refers to with namesBefore and the new one with namesAfter
// (two releases, each with its own registers).
std::optional<QList<FieldChange>> compare(const QByteArray &before, const QByteArray &after,
                                          const Namer &namesBefore, const Namer &namesAfter);

// One field of any kind, its two values as text, shown as its description says (prose word by
// word, references by name, an enumeration in words); nullopt when they are equal. A
// ReferenceList field is compared as a set with compareList().
std::optional<FieldChange> compareValue(const FieldDescription &field, const QString &before,
                                        const QString &after, const Namer &namesBefore,
                                        const Namer &namesAfter);
std::optional<FieldChange> compareList(const FieldDescription &field, const QStringList &before,
                                       const QStringList &after, const Namer &namesBefore,
                                       const Namer &namesAfter);

} // namespace ContentDiff
} // namespace kd
