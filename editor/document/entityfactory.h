#pragma once

#include "model/entitykind.h"
#include "model/project.h"

#include <QString>

class QUndoCommand;

namespace kd {

class ProjectDocument;

// Makes the undo commands that create entities: a new, empty entity of a kind (with a fresh uid
// and a key that is free in its scope), and a duplicate of an existing one (fresh uids all the
// way down, so a copied dilemma's options are new options). Both return nullptr when the parent
// or source does not exist. The caller pushes the command. Its rule for free keys is also the
// one a rename follows (KeyFollowsTitle).
namespace EntityFactory {

QUndoCommand *createNew(ProjectDocument *document, EntityKind kind, const QString &parentUid,
                        int index);
QUndoCommand *duplicate(ProjectDocument *document, EntityKind kind, const QString &uid);
// A copy of a snapshot, pasted under parentUid at index: fresh uids, a free key.
template<typename T>
QUndoCommand *paste(ProjectDocument *document, const T &snapshot, const QString &parentUid,
                    int index);

// The key a new entity of the kind starts from ("moment"); empty for kinds without a key.
QString keyStem(EntityKind kind);
// base when no other entity in the key's scope (an entity of the kind under parentUid) has it,
// else base with the first free suffix "-2", "-3", ...; the entity exceptUid does not count.
QString freeKey(const ProjectDocument &document, EntityKind kind, const QString &parentUid,
                const QString &base, const QString &exceptUid = {});

// Gives an entity and everything it owns new uids.
void renewUids(Scenario &scenario);
void renewUids(Segment &segment);
void renewUids(Dilemma &dilemma);

} // namespace EntityFactory
} // namespace kd
