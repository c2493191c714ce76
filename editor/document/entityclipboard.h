#pragma once

#include "model/entitykind.h"

#include <QString>

#include <any>
#include <optional>

class QUndoCommand;

namespace kd {

class ProjectDocument;

// Cut, Copy and Paste of entities inside the editor. Copy keeps a snapshot of the entity with
// everything it owns (so a cut dilemma can be pasted after its deletion); Paste inserts a copy
// with fresh uids and a free key. The label goes to the system clipboard as plain text too.
class EntityClipboard
{
public:
    void copy(const ProjectDocument &document, EntityKind kind, const QString &uid);
    bool isEmpty() const { return !m_kind.has_value(); }
    std::optional<EntityKind> kind() const { return m_kind; }
    // The command that pastes the snapshot under ownerUid at index; nullptr if impossible.
    QUndoCommand *pasteCommand(ProjectDocument *document, const QString &ownerUid, int index) const;

private:
    std::optional<EntityKind> m_kind;
    std::any m_snapshot;
};

} // namespace kd
