#include "reviewledger.h"

#include "contenthash.h"

#include "crypto/reviewerkey.h"

#include <QCoreApplication>
#include <QHash>
#include <QUuid>

namespace kd {

ReviewLedger::ReviewLedger(const Project &project)
    : m_project(project)
    , m_trust(project)
{}

QList<Review> ReviewLedger::historyOf(const QString &uid) const
{
    QList<Review> history;
    for (const Review &r : m_project.reviews)
        if (r.entityUid == uid)
            history.append(r);
    std::stable_sort(history.begin(), history.end(),
                     [](const Review &a, const Review &b) { return a.time < b.time; });
    return history;
}

template<typename Entity>
ReviewStatus ReviewLedger::status(const Entity &entity, EntityKind kind,
                                  const QList<Review> &history, const ApprovalTrust &trust,
                                  HashMode mode)
{
    ReviewStatus s;
    s.entityUid = entity.uid;
    s.kind = kind;
    if (!history.isEmpty())
        s.state = history.constLast().state;
    for (auto it = history.crbegin(); it != history.crend(); ++it) {
        if (it->state == ReviewState::Approved) {
            s.lastApproval = *it;
            break;
        }
    }
    // Hashing is most of the cost; without an approval nothing needs the hash.
    if (mode == HashMode::Always || s.lastApproval)
        s.currentHash = ContentHash::of(entity);
    if (s.lastApproval)
        s.verdict = trust.check(*s.lastApproval);
    s.stale = s.state == ReviewState::Approved && s.lastApproval
              && s.lastApproval->contentHash != s.currentHash;
    return s;
}

QHash<QString, QList<Review>> ReviewLedger::histories(const QList<Review> &reviews)
{
    QHash<QString, QList<Review>> histories;
    for (const Review &r : reviews)
        histories[r.entityUid].append(r);
    for (QList<Review> &history : histories) {
        std::stable_sort(history.begin(), history.end(),
                         [](const Review &a, const Review &b) { return a.time < b.time; });
    }
    return histories;
}

ReviewStatus ReviewLedger::statusOf(const Dilemma &dilemma, const QList<Review> &history,
                                    const ApprovalTrust &trust)
{
    return status(dilemma, EntityKind::Dilemma, history, trust, HashMode::WhenApproved);
}

ReviewStatus ReviewLedger::statusOf(const LegalSource &source, const QList<Review> &history,
                                    const ApprovalTrust &trust)
{
    return status(source, EntityKind::LegalSource, history, trust, HashMode::WhenApproved);
}

QList<ReviewStatus> ReviewLedger::all() const
{
    // Counted first: at 100,000 dilemmas the list's growth by doubling cost tens of MB.
    qsizetype count = m_project.legalSources.size();
    for (const Scenario &scenario : m_project.scenarios)
        for (const Segment &segment : scenario.segments)
            count += segment.dilemmas.size();
    QList<ReviewStatus> result;
    result.reserve(count);
    forEachStatus([&result](const ReviewStatus &status) { result.append(status); });
    return result;
}

void ReviewLedger::forEachStatus(const std::function<void(const ReviewStatus &)> &visit) const
{
    // Each entity's records, oldest first, found in one pass (historyOf() searches them all).
    const QHash<QString, QList<Review>> histories = ReviewLedger::histories(m_project.reviews);
    for (const Scenario &scenario : m_project.scenarios)
        for (const Segment &segment : scenario.segments)
            for (const Dilemma &d : segment.dilemmas)
                visit(status(d, EntityKind::Dilemma, histories.value(d.uid), m_trust,
                             HashMode::WhenApproved));
    for (const LegalSource &s : m_project.legalSources)
        visit(status(s, EntityKind::LegalSource, histories.value(s.uid), m_trust,
                     HashMode::WhenApproved));
}

std::optional<ReviewStatus> ReviewLedger::statusOf(const QString &uid) const
{
    for (const Scenario &scenario : m_project.scenarios)
        for (const Segment &segment : scenario.segments)
            for (const Dilemma &d : segment.dilemmas)
                if (d.uid == uid)
                    return status(d, EntityKind::Dilemma, historyOf(uid), m_trust,
                                  HashMode::Always);
    for (const LegalSource &s : m_project.legalSources)
        if (s.uid == uid)
            return status(s, EntityKind::LegalSource, historyOf(uid), m_trust, HashMode::Always);
    return std::nullopt;
}

std::optional<QByteArray> ReviewLedger::contentOf(const QString &uid) const
{
    for (const Scenario &scenario : m_project.scenarios)
        for (const Segment &segment : scenario.segments)
            for (const Dilemma &d : segment.dilemmas)
                if (d.uid == uid)
                    return ContentHash::canonical(d);
    for (const LegalSource &s : m_project.legalSources)
        if (s.uid == uid)
            return ContentHash::canonical(s);
    return std::nullopt;
}

std::optional<Review> ReviewLedger::decide(const QString &entityUid, ReviewState decision,
                                           const ReviewerKey &key, const QString &comment,
                                           QString *reason) const
{
    const auto tr = [](const char *text) {
        return QCoreApplication::translate("kd::ReviewLedger", text);
    };
    const std::optional<ReviewStatus> status = statusOf(entityUid);
    if (!status) {
        *reason = tr("Only dilemmas and legal sources are reviewed.");
        return std::nullopt;
    }
    const TrustedReviewer *signer = nullptr;
    for (const TrustedReviewer &t : m_project.trustedReviewers) {
        if (t.fingerprint == key.fingerprint())
            signer = &t;
    }
    if (!signer) {
        *reason = tr("The key %1 (%2) is not among the project's trusted reviewers; whoever "
                     "manages the project must add it first.")
                      .arg(shortFingerprint(key.fingerprint()), key.name());
        return std::nullopt;
    }
    if (decision == ReviewState::Approved && !m_trust.mayApprove(entityUid, signer->name, reason))
        return std::nullopt;
    if (decision == ReviewState::ChangesRequested && comment.trimmed().isEmpty()) {
        *reason = tr("Say which changes are needed in the comment.");
        return std::nullopt;
    }
    if (decision != ReviewState::Approved && decision != ReviewState::ChangesRequested) {
        *reason = tr("A reviewer approves or requests changes.");
        return std::nullopt;
    }
    Review review;
    review.uid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    review.entityUid = entityUid;
    review.state = decision;
    review.time = QDateTime::currentDateTimeUtc();
    review.comment = comment;
    if (decision == ReviewState::Approved) {
        review.contentHash = status->currentHash;
        // Kept so the review dock can show what changed since; the hash decides staleness.
        review.content = QString::fromUtf8(contentOf(entityUid).value_or(QByteArray()));
    }
    ApprovalSignature::sign(&review, key);
    review.reviewer = signer->name;
    return review;
}

} // namespace kd
