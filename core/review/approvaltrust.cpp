#include "approvaltrust.h"

#include "crypto/reviewerkey.h"
#include "crypto/sha256.h"
#include "model/enums.h"

#include <QCoreApplication>
#include <QMutex>
#include <QSet>
#include <QUuid>

namespace kd {

QByteArray ApprovalSignature::payload(const Review &review)
{
    const QString time
        = review.time.isValid() ? review.time.toUTC().toString(Qt::ISODateWithMs) : QString();
    const QStringList lines{QStringLiteral("kd-approval/1"),
                            review.entityUid,
                            review.contentHash,
                            toName(review.state),
                            time,
                            review.keyFingerprint};
    return (lines.join(u'\n') + u'\n').toUtf8();
}

void ApprovalSignature::sign(Review *review, const ReviewerKey &key)
{
    review->keyFingerprint = key.fingerprint();
    review->reviewer = key.name();
    review->signature = QString::fromLatin1(key.sign(payload(*review)).toBase64());
}

namespace {

// Signatures that verified, by a hash of key, payload and signature: the editor validates the
// whole project after edits, and an Ed25519 check costs far more than the hash. Only successes
// are kept, so nothing can be made to pass by being remembered; bounded, shared by threads.
class VerifiedSignatures
{
public:
    static QByteArray id(const QByteArray &key, const QByteArray &payload,
                         const QByteArray &signature)
    {
        Sha256 hash;
        hash.addData(key);
        hash.addData(signature);
        hash.addData(payload);
        return hash.hexResult().toLatin1();
    }
    bool contains(const QByteArray &id)
    {
        const QMutexLocker lock(&m_mutex);
        return m_ids.contains(id);
    }
    void insert(const QByteArray &id)
    {
        const QMutexLocker lock(&m_mutex);
        if (m_ids.size() >= 200000)
            m_ids.clear();
        m_ids.insert(id);
    }

private:
    QMutex m_mutex;
    QSet<QByteArray> m_ids;
};

VerifiedSignatures &verifiedSignatures()
{
    static VerifiedSignatures cache;
    return cache;
}

} // namespace

ApprovalTrust::ApprovalTrust(const Project &project)
    : ApprovalTrust(project.trustedReviewers, project.changeLog)
{}

ApprovalTrust::ApprovalTrust(const QList<TrustedReviewer> &trusted,
                             const QList<ChangeLogEntry> &changeLog)
{
    for (const TrustedReviewer &reviewer : trusted)
        m_byFingerprint.insert(reviewer.fingerprint, &reviewer);
    // The change log records edits of options and legal references under their dilemma. Review
    // actions are logged under the entity too (field "review"), but they change no content: a
    // reviewer who asked for changes may still approve once someone else made them.
    for (const ChangeLogEntry &entry : changeLog) {
        if (entry.field != QLatin1String("review") && !entry.entityUid.isEmpty())
            m_lastEditor.insert(entry.entityUid, entry.author);
    }
}

const TrustedReviewer *ApprovalTrust::signerOf(const Review &review) const
{
    if (review.signature.isEmpty())
        return nullptr;
    return m_byFingerprint.value(review.keyFingerprint);
}

bool ApprovalTrust::verifies(const Review &review) const
{
    const TrustedReviewer *signer = signerOf(review);
    if (!signer)
        return false;
    const QByteArray key = QByteArray::fromBase64(signer->publicKey.toLatin1());
    // A list entry whose fingerprint is not its key's would let a record claim another key.
    if (fingerprintOf(key) != signer->fingerprint)
        return false;
    const auto signature = QByteArray::fromBase64Encoding(review.signature.toLatin1(),
                                                          QByteArray::AbortOnBase64DecodingErrors);
    if (!signature)
        return false;
    const QByteArray payload = ApprovalSignature::payload(review);
    const QByteArray id = VerifiedSignatures::id(key, payload, *signature);
    if (verifiedSignatures().contains(id))
        return true;
    if (!Ed25519::verify(key, payload, *signature))
        return false;
    verifiedSignatures().insert(id);
    return true;
}

ApprovalVerdict ApprovalTrust::check(const Review &review) const
{
    if (review.signature.isEmpty())
        return ApprovalVerdict::Unsigned;
    const TrustedReviewer *signer = signerOf(review);
    if (!signer)
        return ApprovalVerdict::UnknownKey;
    if (!verifies(review))
        return ApprovalVerdict::BadSignature;
    const QString editor = lastEditor(review.entityUid);
    if (!editor.isEmpty() && ReviewerNames::looksAlike(editor, signer->name))
        return ApprovalVerdict::OwnEdit;
    return ApprovalVerdict::Counts;
}

QString ApprovalTrust::nameOf(const Review &review) const
{
    // A submission for review is the editor's, never signed: named as edits are, by the name
    // it was recorded under (on a server, the login the server checked).
    if (review.state == ReviewState::InReview)
        return review.reviewer;
    if (review.signature.isEmpty())
        return QCoreApplication::translate("kd::ApprovalTrust", "(unsigned)");
    if (const TrustedReviewer *signer = signerOf(review))
        return signer->name;
    return QCoreApplication::translate("kd::ApprovalTrust", "(key %1, not trusted)")
        .arg(shortFingerprint(review.keyFingerprint));
}

QString ApprovalTrust::lastEditor(const QString &entityUid) const
{
    return m_lastEditor.value(entityUid);
}

bool ApprovalTrust::mayApprove(const QString &entityUid, const QString &signerName,
                               QString *reason) const
{
    const QString editor = lastEditor(entityUid);
    if (editor.isEmpty() || !ReviewerNames::looksAlike(editor, signerName))
        return true;
    if (reason) {
        *reason = QCoreApplication::translate(
                      "kd::ApprovalTrust",
                      "%1 made the last change, so someone else must approve it (four eyes). In "
                      "a project file the name of whoever edits is their own setting, not a "
                      "checked identity.")
                      .arg(editor);
    }
    return false;
}

QString ApprovalTrust::reason(ApprovalVerdict verdict)
{
    switch (verdict) {
    case ApprovalVerdict::Counts:
        return QCoreApplication::translate("kd::ApprovalTrust", "it counts");
    case ApprovalVerdict::Unsigned:
        return QCoreApplication::translate("kd::ApprovalTrust", "the approval is not signed");
    case ApprovalVerdict::UnknownKey:
        return QCoreApplication::translate(
            "kd::ApprovalTrust", "the approval is signed with a key the project does not trust");
    case ApprovalVerdict::BadSignature:
        return QCoreApplication::translate(
            "kd::ApprovalTrust",
            "the approval's signature does not verify (the record was changed after signing)");
    case ApprovalVerdict::OwnEdit:
        return QCoreApplication::translate(
            "kd::ApprovalTrust",
            "the approval is by the last editor (four eyes: someone else must approve it)");
    }
    return {};
}

std::optional<TrustedReviewer> TrustedReviewers::make(const Project &project, const PublicKey &key,
                                                      const QString &name, const QString &addedBy,
                                                      QString *reason)
{
    const QString chosen = (name.isEmpty() ? key.name : name).trimmed();
    if (!ReviewerNames::isAcceptable(chosen, reason))
        return std::nullopt;
    const QString fingerprint = key.fingerprint();
    // samples/keys/sample-reviewer.key is committed, so anyone can sign with it. Only the
    // sample's own import trusts it (--trust); nobody adds it to a project by hand.
    if (fingerprint
        == QLatin1String("6baefbc88f44ea5fed605e9f736d4634ce47adb7e27422ace81e20ebe5d383c3")) {
        *reason = QCoreApplication::translate(
            "kd::TrustedReviewers",
            "this is the published sample key (samples/keys/): anyone can sign with it, so it is "
            "never a trusted reviewer");
        return std::nullopt;
    }
    for (const TrustedReviewer &t : project.trustedReviewers) {
        if (t.fingerprint == fingerprint) {
            *reason = QCoreApplication::translate("kd::TrustedReviewers",
                                                  "the key %1 is already trusted, as %2")
                          .arg(shortFingerprint(fingerprint), t.name);
            return std::nullopt;
        }
        if (ReviewerNames::looksAlike(t.name, chosen)) {
            *reason = QCoreApplication::translate(
                          "kd::TrustedReviewers",
                          "the name '%1' looks like that of trusted reviewer '%2' (key %3); "
                          "names must tell reviewers apart")
                          .arg(chosen, t.name, shortFingerprint(t.fingerprint));
            return std::nullopt;
        }
    }
    TrustedReviewer t;
    t.uid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    t.name = chosen;
    t.publicKey = QString::fromLatin1(key.key.toBase64());
    t.fingerprint = fingerprint;
    t.addedBy = addedBy.trimmed();
    t.addedAt = QDateTime::currentDateTimeUtc();
    return t;
}

const TrustedReviewer *TrustedReviewers::find(const Project &project,
                                              const QString &fingerprintOrName)
{
    const QString wanted = fingerprintOrName.trimmed();
    const QString hex = QString(wanted).remove(u' ').toLower();
    const TrustedReviewer *found = nullptr;
    for (const TrustedReviewer &t : project.trustedReviewers) {
        const bool matches = (hex.size() >= 16 && t.fingerprint.startsWith(hex))
                             || ReviewerNames::looksAlike(t.name, wanted);
        if (matches) {
            if (found)
                return nullptr;
            found = &t;
        }
    }
    return found;
}

QString TrustedReviewers::addedSummary(const TrustedReviewer &reviewer)
{
    return QStringLiteral("trusted reviewer added: %1 (key %2)")
        .arg(reviewer.name, shortFingerprint(reviewer.fingerprint));
}

QString TrustedReviewers::removedSummary(const TrustedReviewer &reviewer)
{
    return QStringLiteral("trusted reviewer removed: %1 (key %2)")
        .arg(reviewer.name, shortFingerprint(reviewer.fingerprint));
}

} // namespace kd
