#pragma once

#include "documentcommand.h"

#include "model/trustedreviewer.h"

namespace kd {

class ProjectDocument;
struct Project;

// No longer trusting a reviewer as one undo step: redo removes the record, so the approvals
// signed with that key stop counting at once; undo puts it back where it was. The document logs
// each under the project.
class RemoveTrustedReviewer : public DocumentCommand
{
public:
    RemoveTrustedReviewer(ProjectDocument *document, const TrustedReviewer &reviewer,
                          QUndoCommand *parent = nullptr);

    // How many entities have an approval by this reviewer that counts now (approved, current,
    // verified): the approvals that stop counting when the reviewer is removed.
    static int countingApprovals(const Project &project, const QString &fingerprint);

private:
    bool applyRedo() override;
    bool applyUndo() override;

    TrustedReviewer m_reviewer;
    int m_index = -1;
};

} // namespace kd
