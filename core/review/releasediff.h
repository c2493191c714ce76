#pragma once

#include "contentdiff.h"

#include "model/entitykind.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace kd {

struct Project;

// One entity that differs between two releases of a project (two packages, two projects or one
// of each), in the words of the content.
struct EntityChange
{
    enum class Kind {
        Added,
        Removed,
        Moved,   // to another owner, or to another place among its siblings; may also have fields
        Changed, // the same place, other content
    };
    Kind kind = Kind::Changed;
    EntityKind entity = EntityKind::Project;
    QString uid;
    QString key; // empty for kinds without one
    // Where it is, by name: the case, the moment, then the entity itself (its naming field);
    // in the new release, or in the old one when it was removed.
    QStringList place;
    // Moved: where it was in the old release; equal to place when only its order changed.
    QStringList from;
    // Moved: its place among its siblings (1 is the first) in the new and in the old release.
    int position = 0;
    int fromPosition = 0;
    // Changed (and Moved when its content changed too), in the order of its fields; a dilemma's
    // options and legal references are fields of the dilemma ("Option 2: feedback"), as in the
    // Review dock.
    QList<FieldChange> fields;

    bool operator==(const EntityChange &) const = default;
};

// What changed between two releases. Entities are matched by uid, which every package carries.
// Every content kind is compared, field by field as the content model describes it (uids and
// positions aside): a dilemma and a legal source through ContentDiff on their canonical forms,
// so the words are those the Review dock shows; an asset's file by its bytes. An entity counts as
// moved when its owner changed or when it is no longer in the order of the others that both
// releases have under the same owner (the fewest moves that explain the new order). Reviews,
// review comments, trusted reviewers and the change log are records, not content, and are not
// compared.
//
// The changes come in content order: the project, the registers, then each case with its
// persons, moments and their dilemmas, each list in the new release's order followed by what was
// removed from it. An entity removed with its owner is listed after the owner.
namespace ReleaseDiff {

QList<EntityChange> compare(const Project &before, const Project &after);

// "added", "removed", "moved", "changed": the stable names in changes.json.
QString toName(EntityChange::Kind kind);

} // namespace ReleaseDiff
} // namespace kd
