#pragma once

#include <QUndoCommand>

namespace kd {

class ProjectDocument;

// A command whose redo and undo write to the project file. QUndoCommand::redo()/undo() cannot
// report failure, and QUndoStack moves its index whatever happens, so a write that fails (a full
// disk, another program holding the file) would leave the stack, the model and the file out of
// step. Here the document writes the file first and changes the model only when that worked, so
// model and file stay equal; this class keeps the stack with them:
// - a first redo (the push) that fails drops the command: nothing happened;
// - a later undo or redo that fails leaves the command where it was: the document tells the user
//   (writeFailed) and puts the stack's index back (ProjectDocument::stepFailed), and the call
//   that puts it back writes nothing, because the file already is in that state.
class DocumentCommand : public QUndoCommand
{
public:
    DocumentCommand(ProjectDocument *document, const QString &text, QUndoCommand *parent);

    void redo() final;
    void undo() final;

protected:
    // The write in each direction; false when it failed and changed nothing.
    virtual bool applyRedo() = 0;
    virtual bool applyUndo() = 0;

    ProjectDocument *m_document;

private:
    bool m_done = false;   // whether the file holds the command's redone state
    bool m_pushed = false; // whether the first redo has run
};

} // namespace kd
