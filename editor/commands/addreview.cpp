#include "addreview.h"

#include "crypto/reviewerkey.h"
#include "document/entitylabels.h"
#include "review/reviewledger.h"

#include <QCoreApplication>
#include <QUuid>

#include <algorithm>

namespace kd {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("kd::AddReview", text);
}

const TrustedReviewer *trustedFor(const Project &project, const QString &fingerprint)
{
    const auto it
        = std::find_if(project.trustedReviewers.cbegin(), project.trustedReviewers.cend(),
                       [&](const TrustedReviewer &t) { return t.fingerprint == fingerprint; });
    return it == project.trustedReviewers.cend() ? nullptr : &*it;
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

std::unique_ptr<AddReview> AddReview::submit(ProjectDocument *document, const QString &entityUid,
                                             const QString &comment, QString *reason)
{
    const std::optional<ReviewStatus> status
        = ReviewLedger(document->project()).statusOf(entityUid);
    QString why;
    if (!status)
        why = tr("Only dilemmas and legal sources are reviewed.");
    else if (status->state == ReviewState::InReview)
        why = tr("It is in review already: the reviewers have it in their queue.");
    else if (status->isApprovedAndCurrent())
        why = tr("It is approved and has not changed since: there is nothing new to review.");
    if (!why.isEmpty()) {
        if (reason)
            *reason = why;
        return nullptr;
    }
    Review review;
    review.uid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    review.entityUid = entityUid;
    review.state = ReviewState::InReview;
    review.reviewer = document->author();
    review.time = QDateTime::currentDateTimeUtc();
    review.comment = comment.trimmed();
    auto command = std::make_unique<AddReview>(document, review);
    command->setText(tr("Submit for Review"));
    return command;
}

QString AddReview::nameConflict(const ProjectDocument *document, const TrustedReviewer &signer)
{
    const QString author = document->author().trimmed();
    if (document->isServer() || author.isEmpty() || ReviewerNames::looksAlike(author, signer.name))
        return {};
    return tr("Your author name is %1, but this project trusts your key (%3) as %2. Reviews are "
              "recorded under one name: set your author name to %2 in Edit > Preferences, or ask "
              "whoever manages the project to trust your key as %1 (Project > Trusted Reviewers).")
        .arg(author, signer.name, shortFingerprint(signer.fingerprint));
}

QString AddReview::refusal(const ProjectDocument *document, const QString &entityUid,
                           const ReviewerKey &key)
{
    if (!ReviewLedger(document->project()).statusOf(entityUid))
        return tr("Only dilemmas and legal sources are reviewed.");
    const TrustedReviewer *signer = trustedFor(document->project(), key.fingerprint());
    if (!signer) {
        return tr("Your key (%1) is not among this project's trusted reviewers; ask whoever "
                  "manages the project to add it (Project > Trusted Reviewers).")
            .arg(shortFingerprint(key.fingerprint()));
    }
    return nameConflict(document, *signer);
}

std::unique_ptr<AddReview> AddReview::decide(ProjectDocument *document, const QString &entityUid,
                                             ReviewState decision, const ReviewerKey &key,
                                             const QString &comment, QString *reason)
{
    QString why = refusal(document, entityUid, key);
    if (why.isEmpty()) {
        // The ledger signs the record (entity, content hash, decision, time to the millisecond,
        // key) and names it after the trusted list; it applies four eyes with that name.
        std::optional<Review> review
            = ReviewLedger(document->project()).decide(entityUid, decision, key, comment, &why);
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
