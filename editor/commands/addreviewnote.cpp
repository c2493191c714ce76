#include "addreviewnote.h"

#include "document/projectdocument.h"
#include "review/reviewthreads.h"

#include <QCoreApplication>

#include <algorithm>

namespace kd {

AddReviewNote::AddReviewNote(ProjectDocument *document, const ReviewNote &note)
    : DocumentCommand(document, QString(), nullptr)
    , m_note(note)
{
    switch (note.kind) {
    case ReviewNoteKind::Question:
        setText(QCoreApplication::translate("kd::AddReviewNote", "Ask a Question"));
        break;
    case ReviewNoteKind::Answer:
        setText(QCoreApplication::translate("kd::AddReviewNote", "Answer"));
        break;
    case ReviewNoteKind::Resolution:
        setText(QCoreApplication::translate("kd::AddReviewNote", "Resolve Thread"));
        break;
    }
}

std::unique_ptr<AddReviewNote> AddReviewNote::make(ProjectDocument *document,
                                                   const QString &entityUid,
                                                   const QString &threadUid, ReviewNoteKind kind,
                                                   const QString &text, QString *reason)
{
    const ReviewNote note
        = ReviewThreads::make(entityUid, threadUid, kind, document->author(), text.trimmed());
    const QString why = ReviewThreads::refusal(document->project(), note);
    if (!why.isEmpty()) {
        if (reason)
            *reason = why;
        return nullptr;
    }
    return std::make_unique<AddReviewNote>(document, note);
}

bool AddReviewNote::applyRedo()
{
    return m_document->addReviewNote(m_note);
}

bool AddReviewNote::applyUndo()
{
    // Someone may have answered the question meanwhile (on a server): withdrawing it would hide
    // their answer, so it stays.
    const QList<ReviewNote> &notes = m_document->project().reviewNotes;
    if (std::any_of(notes.cbegin(), notes.cend(),
                    [this](const ReviewNote &n) { return n.threadUid == m_note.uid; })) {
        return m_document->refuseStep(QCoreApplication::translate(
            "kd::AddReviewNote",
            "The question was not withdrawn: it has been answered or resolved since."));
    }
    return m_document->removeReviewNote(m_note.uid);
}

} // namespace kd
