#pragma once

#include "enums.h"

#include <QDateTime>
#include <QString>

namespace kd {

// A review event on a dilemma or legal source. The content hash is the SHA-256 of the canonical
// form of what was reviewed, so an approval can tell when it has gone stale; an approval made in
// the editor also keeps that canonical form, so the review dock can show what changed since.
// The hash stays the authority: the content is absent in approvals from before schema version 4
// and in imported ones.
struct Review
{
    QString uid;
    QString entityUid;
    ReviewState state = ReviewState::Draft;
    QString reviewer;
    QDateTime time; // UTC
    QString comment;
    QString contentHash; // hex, empty unless approved
    // ContentHash::canonical at approval; null when not known. The {} lets brace initialisers
    // that predate the field leave it out without a warning.
    QString content{};
    // The signature (base64, Ed25519) of ApprovalSignature::payload() by the key with this
    // fingerprint; both empty for a record nobody signed. Only a signed approval by a key the
    // project trusts counts (ApprovalTrust).
    QString keyFingerprint{};
    QString signature{};

    bool operator==(const Review &) const = default;
};

} // namespace kd
