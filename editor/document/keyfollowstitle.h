#pragma once

#include "model/entitykind.h"

#include <QString>

class QUndoCommand;

namespace kd {

class ProjectDocument;

// Renaming an entity: the change of the field that names it (a scenario's or moment's title, a
// dilemma's question, ...) and, while its key still follows that name, of its key. A key follows
// while it is one the program made: the key derived from the name now (Identifiers::keyFromText),
// or the placeholder a new entity got (EntityFactory::keyStem), either with a suffix that made
// it unique, and only for an entity added since the project was opened and last exported and
// not yet in review (ProjectDocument::isNewSinceExport): the key is part of a published
// package's paths and names, so an entity that may have been published keeps it. A key typed by
// hand, or an imported one that differs, stays. The form and the tree's
// inline rename both push what rename() returns, so they agree. Name and key are one undo step
// with the name's text ("Change Title"), which merges with further typing in that field like
// the name's own ChangeProperty.
namespace KeyFollowsTitle {

// The command that sets the naming field of the entity to text (that field's
// FieldSpec::change) and, when the key follows, the key to the one derived from text, made free
// in the key's scope (EntityFactory::freeKey); nullptr for a kind without a naming field. The
// caller pushes it.
QUndoCommand *rename(ProjectDocument *document, EntityKind kind, const QString &uid,
                     const QString &text);

} // namespace KeyFollowsTitle
} // namespace kd
