#pragma once

#include <QStringList>
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
    // On a server project, a write found the project moved on and the document brought the
    // others' changes in: whether the command still makes sense on top of them (it is then
    // tried again). A command that changes a field someone else changed meanwhile asks the
    // document's conflict resolver here.
    virtual bool stillApplies(bool redo)
    {
        Q_UNUSED(redo);
        return true;
    }

    ProjectDocument *m_document;

private:
    // The write in one direction, tried again on a model brought up to date while the server
    // has moved on; an undo or redo (not the first do) is refused once anyone else changed
    // what the command changed.
    bool apply(bool redo, bool first);

    bool m_done = false;    // whether the file holds the command's redone state
    bool m_pushed = false;  // whether the first redo has run
    QStringList m_entities; // the entities the last write logged (their change-log uids)
    qint64 m_logId = 0;     // and its last change-log id
};

} // namespace kd
