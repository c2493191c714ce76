#pragma once

#include "crypto/reviewerkey.h"
#include "model/project.h"
#include "review/approvaltrust.h"

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

} // namespace kd::testing
