#pragma once

#include "documentcommand.h"

#include "model/trustedreviewer.h"

#include <memory>

namespace kd {

class ProjectDocument;
struct PublicKey;

// Trusting a reviewer's key as one undo step: redo adds the project's trusted-reviewer record,
// undo removes it; the document logs each under the project. make() applies the checks kdtool
// applies too (TrustedReviewers::make: an acceptable name that does not look like another
// trusted reviewer's, a key not trusted already) before a command exists.
class AddTrustedReviewer : public DocumentCommand
{
public:
    AddTrustedReviewer(ProjectDocument *document, const TrustedReviewer &reviewer,
                       QUndoCommand *parent = nullptr);

    // The command that trusts key under name (the key file's name when empty), added by the
    // document's author; nullptr with the reason when it is refused.
    static std::unique_ptr<AddTrustedReviewer> make(ProjectDocument *document, const PublicKey &key,
                                                    const QString &name, QString *reason);

    const TrustedReviewer &reviewer() const { return m_reviewer; }

private:
    bool applyRedo() override;
    bool applyUndo() override;

    TrustedReviewer m_reviewer;
};

} // namespace kd
