#include "addreview.h"

#include "document/entitylabels.h"
#include "review/reviewledger.h"

#include <QCoreApplication>
#include <QUuid>

namespace kd {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("kd::AddReview", text);
}

Review makeReview(const QString &entityUid, ReviewState state, const QString &reviewer,
                  const QString &comment)
{
    Review review;
    review.uid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    review.entityUid = entityUid;
    review.state = state;
    review.reviewer = reviewer.trimmed();
    review.time = QDateTime::currentDateTimeUtc();
    review.comment = comment;
    return review;
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
                                              const QString &reviewer, const QString &comment,
                                              QString *reason)
{
    const ReviewLedger ledger(document->project());
    const std::optional<ReviewStatus> status = ledger.statusOf(entityUid);
    if (!status) {
        if (reason)
            *reason = tr("Only dilemmas and legal sources are reviewed.");
        return nullptr;
    }
    if (!ledger.mayApprove(entityUid, reviewer, reason))
        return nullptr;
    Review review = makeReview(entityUid, ReviewState::Approved, reviewer, comment);
    review.contentHash = status->currentHash;
    // Kept so the review dock can show what changed since; the hash decides staleness.
    review.content = QString::fromUtf8(ledger.contentOf(entityUid).value_or(QByteArray()));
    return std::make_unique<AddReview>(document, review);
}

std::unique_ptr<AddReview> AddReview::requestChanges(ProjectDocument *document,
                                                     const QString &entityUid,
                                                     const QString &reviewer,
                                                     const QString &comment, QString *reason)
{
    if (!ReviewLedger(document->project()).statusOf(entityUid)) {
        if (reason)
            *reason = tr("Only dilemmas and legal sources are reviewed.");
        return nullptr;
    }
    if (reviewer.trimmed().isEmpty()) {
        if (reason)
            *reason = tr("A review needs the reviewer's name.");
        return nullptr;
    }
    if (comment.trimmed().isEmpty()) {
        if (reason)
            *reason = tr("Say which changes are needed in the comment.");
        return nullptr;
    }
    return std::make_unique<AddReview>(
        document, makeReview(entityUid, ReviewState::ChangesRequested, reviewer, comment));
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
