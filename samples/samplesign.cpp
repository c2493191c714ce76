// kd-sample-sign: signs a sample project's review records with the sample reviewer key
// (samples/keys/sample-reviewer.key), so that the sample exports without --draft. Each record
// keeps its time and decision; an approval takes the content hash of its dilemma or legal source
// as it is now (the sample's approvals are sample approvals, not a check: samples/README.md), and
// every record the key's name; the key becomes the project's only trusted reviewer. Not run by the
// build: samples/README.md says when and how to use it. The key is read without the owner-only
// check that real keys get, because it is public on purpose.

#include "crypto/reviewerkey.h"
#include "review/approvaltrust.h"
#include "review/contenthash.h"
#include "storage/projectstore.h"

#include <QCoreApplication>
#include <QFile>
#include <QTextStream>

using namespace kd;

namespace {

int fail(const QString &message)
{
    QTextStream(stderr) << "kd-sample-sign: " << message << Qt::endl;
    return 2;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 3)
        return fail(QStringLiteral("usage: kd-sample-sign PROJECT.kdproj SAMPLE_KEY.key"));
    QFile keyFile(args.at(2));
    if (!keyFile.open(QIODevice::ReadOnly))
        return fail(args.at(2) + QStringLiteral(": ") + keyFile.errorString());
    QString error;
    const auto key = ReviewerKey::fromFile(keyFile.readAll(), QString(), &error);
    if (!key)
        return fail(args.at(2) + QStringLiteral(": ") + error);

    StoreError storeError;
    auto store = ProjectStore::open(args.at(1), ProjectStore::OpenMode::ReadWrite, &storeError);
    if (!store)
        return fail(args.at(1) + QStringLiteral(": ") + storeError.message);
    Project project;
    if (!store->load(&project))
        return fail(store->lastError().message);
    QHash<QString, QString> hashes;
    for (const LegalSource &source : std::as_const(project.legalSources))
        hashes.insert(source.uid, ContentHash::of(source));
    for (const Scenario &scenario : std::as_const(project.scenarios))
        for (const Segment &segment : scenario.segments)
            for (const Dilemma &dilemma : segment.dilemmas)
                hashes.insert(dilemma.uid, ContentHash::of(dilemma));

    WriteBatch batch(*store);
    bool ok = batch.isActive();
    // The sample key is the only trusted reviewer, added at a fixed time so that the sample's
    // package stays byte-identical from one signing to the next.
    for (const TrustedReviewer &t : std::as_const(project.trustedReviewers))
        ok = ok && store->remove(EntityKind::TrustedReviewer, t.uid);
    TrustedReviewer reviewer{QStringLiteral("5a3c1f0e-8d2b-4e6a-9c47-0b1d2e3f4a5b"),
                             key->name(),
                             QString::fromLatin1(key->publicKey().toBase64()),
                             key->fingerprint(),
                             QStringLiteral("Kiezen & Delen (voorbeeld)"),
                             QDateTime(QDate(2026, 11, 20), QTime(9, 0), Qt::UTC)};
    ok = ok && store->insert(reviewer);
    int rehashed = 0;
    for (Review review : std::as_const(project.reviews)) {
        const QString now = hashes.value(review.entityUid);
        if (review.state == ReviewState::Approved && !now.isEmpty() && review.contentHash != now) {
            review.contentHash = now;
            review.content = QString(); // the copy of what was approved no longer is
            ++rehashed;
        }
        ApprovalSignature::sign(&review, *key);
        ok = ok && store->remove(EntityKind::Review, review.uid) && store->insert(review);
    }
    if (!ok || !batch.commit())
        return fail(store->lastError().message);
    QTextStream(stdout) << "signed " << project.reviews.size() << " review records with key "
                        << shortFingerprint(key->fingerprint()) << " (" << rehashed
                        << " approvals took the current content hash)" << Qt::endl;
    return 0;
}
