#pragma once

#include "documentcommand.h"

#include "document/projectdocument.h"

#include <QUndoCommand>

#include <memory>

namespace kd {

class ReviewerKey;

// A review action (approve, request changes) as one undo step: redo adds the review record,
// undo withdraws it. The document writes each in one transaction with its change-log row.
// The record is signed with the reviewer's key (ApprovalSignature), and approve() and
// requestChanges() refuse a key the project does not trust and apply the four-eyes rule before
// a command exists, so a refused review never reaches the undo stack.
class AddReview : public DocumentCommand
{
public:
    AddReview(ProjectDocument *document, const Review &review, QUndoCommand *parent = nullptr);

    // An approval of the entity's content as it is now (its content hash and canonical form),
    // signed with key, or nullptr with the reason when it may not be made: unknown entity, a key
    // the project does not trust, or the trusted reviewer made the last change (four eyes). The
    // record's reviewer is the name the project's trusted list gives the key.
    static std::unique_ptr<AddReview> approve(ProjectDocument *document, const QString &entityUid,
                                              const ReviewerKey &key, const QString &comment,
                                              QString *reason);
    // A request for changes, signed with key, with the comment that says which.
    static std::unique_ptr<AddReview> requestChanges(ProjectDocument *document,
                                                     const QString &entityUid,
                                                     const ReviewerKey &key, const QString &comment,
                                                     QString *reason);

    const Review &review() const { return m_review; }

private:
    static std::unique_ptr<AddReview> decide(ProjectDocument *document, const QString &entityUid,
                                             ReviewState decision, const ReviewerKey &key,
                                             const QString &comment, QString *reason);
    bool applyRedo() override;
    bool applyUndo() override;

    Review m_review;
};

} // namespace kd
