#pragma once

#include "documentcommand.h"

#include "model/reviewnote.h"

#include <memory>

namespace kd {

class ProjectDocument;

// A note in a review thread (a question, an answer, a resolution) as one undo step: redo adds
// it, undo withdraws it. make() applies ReviewThreads' rules before a command exists, so a
// refused note never reaches the undo stack. The note carries the author name, as edits do (on
// a server, the login the server checked).
class AddReviewNote : public DocumentCommand
{
public:
    AddReviewNote(ProjectDocument *document, const ReviewNote &note);

    // The note of kind on the entity (threadUid: the question's uid, empty for a question), or
    // nullptr with the reason when ReviewThreads::refusal refuses it.
    static std::unique_ptr<AddReviewNote> make(ProjectDocument *document, const QString &entityUid,
                                               const QString &threadUid, ReviewNoteKind kind,
                                               const QString &text, QString *reason);

    const ReviewNote &note() const { return m_note; }

private:
    bool applyRedo() override;
    bool applyUndo() override;

    ReviewNote m_note;
};

} // namespace kd
