#pragma once

#include "model/project.h"

#include <QByteArray>
#include <QHash>
#include <QString>

#include <optional>

namespace kd {

class ReviewerKey;
struct PublicKey;

// What a review record's signature covers, and how to make one. The payload is fixed text, one
// item per line: "kd-approval/1", the entity's uid, the content hash, the decision (the review
// state's name), the time (UTC, ISO 8601 with milliseconds, as packages write it) and the key's
// fingerprint. A signature therefore cannot be moved to another entity, another content, another
// decision or another time, or be claimed by another key.
namespace ApprovalSignature {

QByteArray payload(const Review &review);
// Signs review with key: sets its key fingerprint and signature, and its reviewer name to the
// key's name (a record's own name is never what the program shows; see ApprovalTrust::nameOf).
void sign(Review *review, const ReviewerKey &key);

} // namespace ApprovalSignature

// Why an approval does or does not count for the export gate (staleness, which compares the
// hash with the content now, is judged apart from this).
enum class ApprovalVerdict {
    Counts,       // signed by a trusted reviewer's key, and not by the entity's last editor
    Unsigned,     // no signature
    UnknownKey,   // signed by a key the project does not trust (never added, or removed)
    BadSignature, // the signature does not verify: the record was changed after signing
    OwnEdit,      // four eyes: the signer is recorded as the entity's last editor
};

// The project's trust in review records: its trusted reviewers' keys, and its change log for the
// four-eyes rule. In a file project the change log's authors are self-declared (each person's
// own setting), so the four-eyes check there is what a file can know; on a server the server
// records who edited. Holds references to project's lists, which must outlive it.
class ApprovalTrust
{
public:
    explicit ApprovalTrust(const Project &project);
    ApprovalTrust(const QList<TrustedReviewer> &trusted, const QList<ChangeLogEntry> &changeLog);

    // The verdict on a record (of any decision; the gate asks about approvals).
    ApprovalVerdict check(const Review &review) const;
    // Whether the record's signature verifies with a trusted key, four eyes aside.
    bool verifies(const Review &review) const;
    // The trusted reviewer whose key signed the record; null when unsigned or not trusted.
    const TrustedReviewer *signerOf(const Review &review) const;
    // The name to show for a record: the trusted reviewer's name from the project's list; for
    // an unsigned record or an unknown key, words that say so (never the record's own name).
    // A submission for review (InReview) is an editor's act, not a reviewer's: it carries the
    // name it was recorded under, as the change log's edits do.
    QString nameOf(const Review &review) const;
    // Who last changed the entity's content (for a dilemma: also its options and references),
    // from the change log; empty when the log does not say.
    QString lastEditor(const QString &entityUid) const;
    // Four eyes for a new approval by the holder of a trusted key named signerName: false with
    // *reason when the log names the signer as the entity's last editor.
    bool mayApprove(const QString &entityUid, const QString &signerName, QString *reason) const;

    // The reason in words ("it is not signed", ...), for messages.
    static QString reason(ApprovalVerdict verdict);

private:
    QHash<QString, const TrustedReviewer *> m_byFingerprint;
    QHash<QString, QString> m_lastEditor; // entity uid -> author of its last content change
};

// Adding and removing trusted reviewers: the checks both the editor and kdtool apply.
namespace TrustedReviewers {

// The record for trusting key under name (the key file's name when name is empty), added by
// addedBy now; nullopt with *reason when the name is not acceptable (ReviewerNames), looks like
// the name of another trusted reviewer, or the key is trusted already.
std::optional<TrustedReviewer> make(const Project &project, const PublicKey &key,
                                    const QString &name, const QString &addedBy, QString *reason);
// The trusted reviewer with this fingerprint (or its first 16 or more characters) or this name
// (compared as people read names); null when none or more than one matches.
const TrustedReviewer *find(const Project &project, const QString &fingerprintOrName);
// The change log's summary of adding or removing one, and its field name.
QString addedSummary(const TrustedReviewer &reviewer);
QString removedSummary(const TrustedReviewer &reviewer);
inline constexpr char logField[] = "trustedReviewers";

} // namespace TrustedReviewers

} // namespace kd
