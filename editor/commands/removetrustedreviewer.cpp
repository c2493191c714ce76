#include "removetrustedreviewer.h"

#include "document/projectdocument.h"
#include "review/reviewledger.h"

#include <QCoreApplication>

namespace kd {

RemoveTrustedReviewer::RemoveTrustedReviewer(ProjectDocument *document,
                                             const TrustedReviewer &reviewer, QUndoCommand *parent)
    : DocumentCommand(
        document,
        QCoreApplication::translate("kd::RemoveTrustedReviewer", "Remove Trusted Reviewer %1")
            .arg(reviewer.name),
        parent)
    , m_reviewer(reviewer)
{}

int RemoveTrustedReviewer::countingApprovals(const Project &project, const QString &fingerprint)
{
    int count = 0;
    ReviewLedger(project).forEachStatus([&](const ReviewStatus &status) {
        if (status.isApprovedAndCurrent() && status.lastApproval
            && status.lastApproval->keyFingerprint == fingerprint)
            ++count;
    });
    return count;
}

bool RemoveTrustedReviewer::applyRedo()
{
    TrustedReviewer removed;
    if (!m_document->removeTrustedReviewer(m_reviewer.uid, &removed, &m_index))
        return false;
    m_reviewer = removed;
    return true;
}

bool RemoveTrustedReviewer::applyUndo()
{
    return m_document->addTrustedReviewer(m_reviewer, m_index);
}

} // namespace kd
