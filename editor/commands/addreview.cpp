#include "addreview.h"

#include "crypto/reviewerkey.h"
#include "document/entitylabels.h"
#include "review/reviewledger.h"

#include <QCoreApplication>

#include <algorithm>

namespace kd {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("kd::AddReview", text);
}

} // namespace

AddReview::AddReview(ProjectDocument *document, const Review &review, QUndoCommand *parent)
    : DocumentCommand(document, QString(), parent)
    , m_review(review)
{
    // The state in the words the review dock uses; the change log keeps its stable name.
    setText(review.state == ReviewState::Approved
                ? tr("Approve")
                : tr("Review: %1").arg(EntityLabels::reviewStateName(review.state)));
}

std::unique_ptr<AddReview> AddReview::approve(ProjectDocument *document, const QString &entityUid,
                                              const ReviewerKey &key, const QString &comment,
                                              QString *reason)
{
    return decide(document, entityUid, ReviewState::Approved, key, comment, reason);
}

std::unique_ptr<AddReview> AddReview::requestChanges(ProjectDocument *document,
                                                     const QString &entityUid,
                                                     const ReviewerKey &key, const QString &comment,
                                                     QString *reason)
{
    return decide(document, entityUid, ReviewState::ChangesRequested, key, comment, reason);
}

std::unique_ptr<AddReview> AddReview::decide(ProjectDocument *document, const QString &entityUid,
                                             ReviewState decision, const ReviewerKey &key,
                                             const QString &comment, QString *reason)
{
    QString why;
    const ReviewLedger ledger(document->project());
    if (!ledger.statusOf(entityUid)) {
        why = tr("Only dilemmas and legal sources are reviewed.");
    } else if (std::none_of(
                   document->project().trustedReviewers.cbegin(),
                   document->project().trustedReviewers.cend(),
                   [&](const TrustedReviewer &t) { return t.fingerprint == key.fingerprint(); })) {
        why = tr("Your key (%1) is not among this project's trusted reviewers; ask whoever "
                 "manages the project to add it (Project > Trusted Reviewers).")
                  .arg(shortFingerprint(key.fingerprint()));
    } else {
        // The ledger signs the record (entity, content hash, decision, time to the millisecond,
        // key) and names it after the trusted list; it applies four eyes with that name.
        std::optional<Review> review = ledger.decide(entityUid, decision, key, comment, &why);
        // A server records a review under the login it checked, and refuses any other name.
        if (review && document->isServer())
            review->reviewer = document->author();
        if (review)
            return std::make_unique<AddReview>(document, *review);
    }
    if (reason)
        *reason = why;
    return nullptr;
}

bool AddReview::applyRedo()
{
    return m_document->addReview(m_review);
}

bool AddReview::applyUndo()
{
    return m_document->removeReview(m_review.uid);
}

} // namespace kd
