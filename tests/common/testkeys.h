#pragma once

#include "crypto/reviewerkey.h"
#include "model/project.h"
#include "review/approvaltrust.h"
#include "review/contenthash.h"

namespace kd::testing {

// Fixed reviewer keys for tests, so that signed fixtures are the same bytes on every run. The
// secrets are RFC 8032's test vectors 1 and 2: public, as test keys must be.
inline const ReviewerKey &testReviewerKey()
{
    static const ReviewerKey key = ReviewerKey::fromSecret(
        QStringLiteral("R. Eviewer"),
        QByteArray::fromHex("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60"));
    return key;
}

inline const ReviewerKey &otherReviewerKey()
{
    static const ReviewerKey key = ReviewerKey::fromSecret(
        QStringLiteral("O. Ther"),
        QByteArray::fromHex("4ccd089b28ff96da9db6c346ec114e0f5b8a319f35aba624da8cf6ed4fb8a6fb"));
    return key;
}

// The project's trusted-reviewer record for key, with a fixed uid and time.
inline TrustedReviewer trustedRecord(const ReviewerKey &key,
                                     const QString &uid
                                     = QStringLiteral("00000000-0000-4000-8000-000000000950"))
{
    return {uid,
            key.name(),
            QString::fromLatin1(key.publicKey().toBase64()),
            key.fingerprint(),
            QStringLiteral("beheer"),
            QDateTime(QDate(2026, 1, 1), QTime(9, 0), Qt::UTC)};
}

// Trusts key in p (once).
inline void trust(Project &p, const ReviewerKey &key,
                  const QString &uid = QStringLiteral("00000000-0000-4000-8000-000000000950"))
{
    for (const TrustedReviewer &t : std::as_const(p.trustedReviewers))
        if (t.fingerprint == key.fingerprint())
            return;
    p.trustedReviewers.append(trustedRecord(key, uid));
}

// Signs every review record of p with key (as the key's holder had made them).
inline void signAll(Project &p, const ReviewerKey &key = testReviewerKey())
{
    for (Review &r : p.reviews)
        ApprovalSignature::sign(&r, key);
}

// Replaces p's review records: every legal source approved at sourcesAt and every dilemma a day
// later, signed with the test key, which p then trusts; each approval of the content as it is.
inline void approveSourcesThenDilemmas(Project &p, const QDateTime &sourcesAt)
{
    p.reviews.clear();
    trust(p, testReviewerKey());
    const auto approve
        = [&p](const QString &entityUid, const QDateTime &time, const QString &hash) {
              Review r{QStringLiteral("00000000-0000-4000-8000-%1")
                           .arg(400 + p.reviews.size(), 12, 10, QLatin1Char('0')),
                       entityUid,
                       ReviewState::Approved,
                       QString(),
                       time,
                       QStringLiteral("Akkoord"),
                       hash};
              ApprovalSignature::sign(&r, testReviewerKey());
              p.reviews.append(r);
          };
    for (const LegalSource &s : std::as_const(p.legalSources))
        approve(s.uid, sourcesAt, ContentHash::of(s));
    for (const Scenario &scenario : std::as_const(p.scenarios))
        for (const Segment &segment : scenario.segments)
            for (const Dilemma &d : segment.dilemmas)
                approve(d.uid, sourcesAt.addDays(1), ContentHash::of(d));
}

} // namespace kd::testing
