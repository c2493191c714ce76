#pragma once

#include <QDateTime>
#include <QString>

namespace kd {

// A reviewer whose approvals the project counts: a name for people and the Ed25519 public key
// that checks the reviewer's signatures. Added and removed by explicit, logged actions (the
// editor's Trusted reviewers dialog, `kdtool reviewers`); never edited as fields.
struct TrustedReviewer
{
    QString uid;
    QString name;
    QString publicKey;   // base64 of the raw 32-byte key
    QString fingerprint; // lower-case hex SHA-256 of the raw key (fingerprintOf)
    QString addedBy;
    QDateTime addedAt; // UTC

    bool operator==(const TrustedReviewer &) const = default;
};

} // namespace kd
