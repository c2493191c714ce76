#include "documentcommand.h"

#include "document/projectdocument.h"

#include <QCoreApplication>

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
    if (apply(true, first)) {
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
    if (apply(false, false))
        m_done = false;
    else
        m_document->stepFailed();
}

bool DocumentCommand::apply(bool redo, bool first)
{
    // First without the lock; when the project moved on meanwhile, again holding the project's
    // write lock from bringing the others' changes in until the write commits, so that nobody
    // can overtake it a second time.
    std::unique_ptr<WriteBatch> hold;
    for (int round = 0; round < 2; ++round) {
        if (round > 0) {
            hold = m_document->holdWrites();
            if (!hold || !m_document->refresh() || !stillApplies(redo))
                return false;
        }
        QString message;
        if (!first && m_document->changedByOthersSince(m_entities, m_logId, &message))
            return m_document->refuseStep(message);
        if (redo ? applyRedo() : applyUndo()) {
            if (hold && !hold->commit())
                return m_document->writeLost();
            m_entities = m_document->lastWriteEntities();
            m_logId = m_document->lastWriteLogId();
            return true;
        }
        if (!m_document->lastWriteWasStale())
            return false;
    }
    return m_document->refuseStep(QCoreApplication::translate(
        "kd::Commands", "Others are changing the project too quickly; try again in a moment."));
}

} // namespace kd
