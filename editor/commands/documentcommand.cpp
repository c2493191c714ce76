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
    // A few rounds: each one brings in what was committed meanwhile, and the server is busy
    // only for a moment between them.
    constexpr int rounds = 5;
    for (int round = 0; round < rounds; ++round) {
        QString message;
        if (!first && m_document->changedByOthersSince(m_entities, m_logId, &message)) {
            return m_document->refuseStep(message);
        }
        if (redo ? applyRedo() : applyUndo()) {
            m_entities = m_document->lastWriteEntities();
            m_logId = m_document->lastWriteLogId();
            return true;
        }
        if (!m_document->lastWriteWasStale() || !m_document->refresh() || !stillApplies(redo))
            return false;
    }
    return m_document->refuseStep(QCoreApplication::translate(
        "kd::Commands", "Others are changing the project too quickly; try again in a moment."));
}

} // namespace kd
