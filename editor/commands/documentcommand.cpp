#include "documentcommand.h"

#include "document/projectdocument.h"

namespace kd {

DocumentCommand::DocumentCommand(ProjectDocument *document, const QString &text,
                                 QUndoCommand *parent)
    : QUndoCommand(text, parent)
    , m_document(document)
{}

void DocumentCommand::redo()
{
    const bool first = !m_pushed;
    m_pushed = true;
    if (m_done)
        return; // the stack catching up after a failed undo: the file never left this state
    if (applyRedo()) {
        m_done = true;
        return;
    }
    if (first)
        setObsolete(true); // QUndoStack::push drops it: nothing happened
    else
        m_document->stepFailed();
}

void DocumentCommand::undo()
{
    if (!m_done)
        return; // the stack catching up after a failed redo
    if (applyUndo())
        m_done = false;
    else
        m_document->stepFailed();
}

} // namespace kd
