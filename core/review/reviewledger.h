#pragma once

#include "approvaltrust.h"

#include "model/entitykind.h"
#include "model/enums.h"
#include "model/project.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace kd {

// Where a dilemma or legal source stands in review, read from the project's review records and
// change log. Staleness is computed, never stored: an approval is stale when the hash it stored
// differs from the hash of the content now.
struct ReviewStatus
{
    QString entityUid;
    EntityKind kind = EntityKind::Dilemma;
    ReviewState state = ReviewState::Draft; // of the latest review record
    bool stale = false;                     // approved, but the content changed since
    std::optional<Review> lastApproval;     // the latest approving record, if any
    // Whether lastApproval counts: signed by a trusted key, four eyes kept (ApprovalTrust).
    ApprovalVerdict verdict = ApprovalVerdict::Unsigned;
    // The hash of the content now. In all(), only for entities with an approval (the others
    // need none); statusOf() always gives it.
    QString currentHash;

    bool isApprovedAndCurrent() const
    {
        return state == ReviewState::Approved && !stale && verdict == ApprovalVerdict::Counts;
    }
    // Approved by the latest record, but an approval that does not count (unsigned, ...).
    bool isApprovedUnverified() const
    {
        return state == ReviewState::Approved && verdict != ApprovalVerdict::Counts;
    }
};

class ReviewLedger
{
public:
    explicit ReviewLedger(const Project &project);

    // Each entity's records, oldest first, by entity uid.
    static QHash<QString, QList<Review>> histories(const QList<Review> &reviews);
    // A dilemma's status from its records (oldest first), for a dilemma read on its own.
    static ReviewStatus statusOf(const Dilemma &dilemma, const QList<Review> &history,
                                 const ApprovalTrust &trust);
    static ReviewStatus statusOf(const LegalSource &source, const QList<Review> &history,
                                 const ApprovalTrust &trust);

    // The status of every dilemma, then every legal source, in project order.
    QList<ReviewStatus> all() const;
    // The same, one at a time, for a caller that keeps only part of each (the review queue of
    // a large project need not hold every status at once).
    void forEachStatus(const std::function<void(const ReviewStatus &)> &visit) const;
    std::optional<ReviewStatus> statusOf(const QString &uid) const;
    // The canonical form of the entity's content now (ContentHash::canonical), what an approval
    // keeps; nullopt when the uid is not a dilemma or legal source.
    std::optional<QByteArray> contentOf(const QString &uid) const;
    // The records of one entity, oldest first.
    QList<Review> historyOf(const QString &uid) const;
    // The project's trust in its review records (signatures, four eyes).
    const ApprovalTrust &trust() const { return m_trust; }

    // A review of the entity's content as it is now (Approved or ChangesRequested), signed with
    // key, with a new uid and the current time: what the editor's Review dock and `kdtool
    // approve` record. nullopt with *reason when the entity is not a dilemma or legal source,
    // the key is not among the project's trusted reviewers, the trusted reviewer made the last
    // change (four eyes), or a request for changes has no comment. The record's reviewer is the
    // trusted list's name for the key.
    std::optional<Review> decide(const QString &entityUid, ReviewState decision,
                                 const ReviewerKey &key, const QString &comment,
                                 QString *reason) const;

private:
    enum class HashMode { Always, WhenApproved };
    template<typename Entity>
    static ReviewStatus status(const Entity &entity, EntityKind kind, const QList<Review> &history,
                               const ApprovalTrust &trust, HashMode mode);

    const Project &m_project;
    ApprovalTrust m_trust;
};

} // namespace kd
