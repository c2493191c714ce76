#pragma once

#include "documentcommand.h"

#include "document/projectdocument.h"

#include <QUndoCommand>

#include <memory>

namespace kd {

// A review action (approve, request changes) as one undo step: redo adds the review record,
// undo withdraws it. The document writes each in one transaction with its change-log row.
// approve() applies the four-eyes rule before a command exists, so a refused approval never
// reaches the undo stack.
class AddReview : public DocumentCommand
{
public:
    AddReview(ProjectDocument *document, const Review &review, QUndoCommand *parent = nullptr);

    // An approval of the entity's content as it is now (its content hash and canonical form), or
    // nullptr with the reason when the reviewer may not approve it: no name, unknown entity, or
    // the reviewer made the last change (four eyes).
    static std::unique_ptr<AddReview> approve(ProjectDocument *document, const QString &entityUid,
                                              const QString &reviewer, const QString &comment,
                                              QString *reason);
    // A request for changes, with the comment that says which.
    static std::unique_ptr<AddReview> requestChanges(ProjectDocument *document,
                                                     const QString &entityUid,
                                                     const QString &reviewer,
                                                     const QString &comment, QString *reason);

    const Review &review() const { return m_review; }

private:
    bool applyRedo() override;
    bool applyUndo() override;

    Review m_review;
};

} // namespace kd
