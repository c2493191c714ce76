#pragma once

namespace kd {

// QUndoCommand::id() values: commands with the same id may merge (QUndoCommand::mergeWith).
enum CommandId {
    ChangePropertyCommandId = 1,
};

} // namespace kd
