#pragma once

#include "documentcommand.h"

#include "document/projectdocument.h"

#include <QUndoCommand>

#include <memory>

namespace kd {

class ReviewerKey;

// A review action (submit for review, approve, request changes) as one undo step: redo adds the
// review record, undo withdraws it. The document writes each in one transaction with its change-log
// row. The record is signed with the reviewer's key (ApprovalSignature), and approve() and
// requestChanges() refuse a key the project does not trust and apply the four-eyes rule before
// a command exists, so a refused review never reaches the undo stack.
class AddReview : public DocumentCommand
{
public:
    AddReview(ProjectDocument *document, const Review &review, QUndoCommand *parent = nullptr);

    // An approval of the entity's content as it is now (its content hash and canonical form),
    // signed with key, or nullptr with the reason when it may not be made: unknown entity, a key
    // the project does not trust, a name conflict (nameConflict()), or the trusted reviewer made
    // the last change (four eyes). The record's reviewer is the name the project's trusted list
    // gives the key (in a file, therefore, the author name as people read it).
    static std::unique_ptr<AddReview> approve(ProjectDocument *document, const QString &entityUid,
                                              const ReviewerKey &key, const QString &comment,
                                              QString *reason);
    // A request for changes, signed with key, with the comment that says which.
    static std::unique_ptr<AddReview> requestChanges(ProjectDocument *document,
                                                     const QString &entityUid,
                                                     const ReviewerKey &key, const QString &comment,
                                                     QString *reason);

    // The editor submits the entity for review: an unsigned record in state InReview under the
    // author's name, which puts it in the reviewers' queue as "in review". nullptr with the
    // reason when it is not a dilemma or legal source, is in review already, or is approved and
    // unchanged since (its approval counts). On a server the record is the login's; the server
    // takes it from editors and reviewers alike.
    // The comment, which may be empty, tells the reviewer what to look at.
    static std::unique_ptr<AddReview> submit(ProjectDocument *document, const QString &entityUid,
                                             const QString &comment, QString *reason);

    // In a project file a person reviews under the name their edits are recorded under: why the
    // holder of the key trusted as signer may not review now (the author name is not the trusted
    // name, so one person would show under two names and four eyes would compare the wrong
    // one); empty when the names look alike, when no author name is set, and on a server (which
    // records its login and checks four eyes itself).
    static QString nameConflict(const ProjectDocument *document, const TrustedReviewer &signer);

    const Review &review() const { return m_review; }

private:
    // Why the holder of key may not review the entity at all; empty when they may (four eyes
    // and the comment are the ledger's to check). A member, so its words are AddReview's.
    static QString refusal(const ProjectDocument *document, const QString &entityUid,
                           const ReviewerKey &key);
    static std::unique_ptr<AddReview> decide(ProjectDocument *document, const QString &entityUid,
                                             ReviewState decision, const ReviewerKey &key,
                                             const QString &comment, QString *reason);
    bool applyRedo() override;
    bool applyUndo() override;

    Review m_review;
};

} // namespace kd
