#include "testkeys.h"
#include "testprojects.h"

#include "review/approvaltrust.h"
#include "review/contenthash.h"
#include "review/reviewledger.h"
#include "validation/validator.h"

#include <QTest>

using namespace kd;
using namespace kd::testing;

// What an attacker who can edit a project or a package would try against approvals, at the level
// where the program decides (ApprovalTrust, ReviewLedger, the export gate). The package and
// command-line forms of the same attacks are in tests/exporter/tst_signedpackages.cpp.
class tst_SignedApprovals : public QObject
{
    Q_OBJECT

private slots:
    void trustedSignatureCounts();
    void unsignedDoesNotCount();
    void untrustedKeyDoesNotCount();
    void recomputedHashBreaksSignature();
    void signatureMovedToAnotherEntity();
    void signatureMovedToAnotherContent();
    void oldApprovalReplayedIsStale();
    void listedFingerprintOfAnotherKey();
    void fourEyesComparesNamesAsPeopleRead();
    void removedReviewerStopsCounting();
    void gateSaysWhy();
    void decideSignsForTrustedKeysOnly();
    void lookAlikeNamesRefused();
    void findByNameOrFingerprint();
    void sampleKeyIsNeverAdded();
};

namespace {

const QString dilemmaUid = uid(100);

Dilemma &dilemmaOf(Project &p)
{
    return p.scenarios[0].segments[0].dilemmas[0];
}

// fullProject() with one signed, current approval of its dilemma by key, which it trusts.
Project approved(const ReviewerKey &key = testReviewerKey())
{
    Project p = fullProject();
    trust(p, key);
    Review r{uid(300),
             dilemmaUid,
             ReviewState::Approved,
             QString(),
             QDateTime(QDate(2026, 5, 1), QTime(12, 0), Qt::UTC),
             QStringLiteral("Akkoord"),
             ContentHash::of(dilemmaOf(p))};
    ApprovalSignature::sign(&r, key);
    p.reviews = {r};
    return p;
}

ReviewStatus statusOf(const Project &p)
{
    return *ReviewLedger(p).statusOf(dilemmaUid);
}

QList<Issue> gate(const Project &p, const QString &rule)
{
    QList<Issue> found;
    ValidationOptions options;
    options.reviewGate = ValidationOptions::ReviewGate::Export;
    for (const Issue &issue : Validator::validate(p, options)) {
        if (issue.rule == rule && issue.uid == dilemmaUid)
            found.append(issue);
    }
    return found;
}

} // namespace

void tst_SignedApprovals::trustedSignatureCounts()
{
    const Project p = approved();
    QCOMPARE(statusOf(p).verdict, ApprovalVerdict::Counts);
    QVERIFY(statusOf(p).isApprovedAndCurrent());
    QVERIFY(gate(p, "not-approved").isEmpty());
    QCOMPARE(ApprovalTrust(p).nameOf(p.reviews[0]), QStringLiteral("R. Eviewer"));
}

void tst_SignedApprovals::unsignedDoesNotCount()
{
    Project p = approved();
    p.reviews[0].signature.clear();
    p.reviews[0].keyFingerprint.clear();
    QCOMPARE(statusOf(p).verdict, ApprovalVerdict::Unsigned);
    QVERIFY(!statusOf(p).isApprovedAndCurrent());
    QVERIFY(statusOf(p).isApprovedUnverified());
    QCOMPARE(gate(p, "not-approved").size(), 1);
    // The record's own name is never what the program shows.
    p.reviews[0].reviewer = QStringLiteral("R. Eviewer");
    QVERIFY(ApprovalTrust(p).nameOf(p.reviews[0]) != QStringLiteral("R. Eviewer"));
}

void tst_SignedApprovals::untrustedKeyDoesNotCount()
{
    // Signed by a real key, well-formed, but not one the project trusts.
    Project p = approved(otherReviewerKey());
    p.trustedReviewers = {trustedRecord(testReviewerKey())};
    QCOMPARE(statusOf(p).verdict, ApprovalVerdict::UnknownKey);
    QCOMPARE(gate(p, "not-approved").size(), 1);
    QVERIFY(ApprovalTrust(p)
                .nameOf(p.reviews[0])
                .contains(shortFingerprint(otherReviewerKey().fingerprint())));
}

void tst_SignedApprovals::recomputedHashBreaksSignature()
{
    // Edit the content and recompute the approval's hash, as anyone can (the canonical form is
    // public): the hash matches, the signature does not.
    Project p = approved();
    dilemmaOf(p).question += QStringLiteral(" Nu meteen?");
    p.reviews[0].contentHash = ContentHash::of(dilemmaOf(p));
    QCOMPARE(statusOf(p).verdict, ApprovalVerdict::BadSignature);
    QVERIFY(!statusOf(p).stale);
    QVERIFY(!statusOf(p).isApprovedAndCurrent());
    QCOMPARE(gate(p, "not-approved").size(), 1);
}

void tst_SignedApprovals::signatureMovedToAnotherEntity()
{
    Project p = approved();
    // The dilemma's signed approval copied onto a legal source (whose hash it also takes).
    Review copy = p.reviews[0];
    copy.uid = uid(301);
    copy.entityUid = uid(30);
    copy.contentHash = ContentHash::of(p.legalSources[0]);
    p.reviews.append(copy);
    QCOMPARE(ReviewLedger(p).statusOf(uid(30))->verdict, ApprovalVerdict::BadSignature);
    // Keeping the dilemma's hash instead: still not the signed payload.
    p.reviews[1].contentHash = p.reviews[0].contentHash;
    QCOMPARE(ReviewLedger(p).statusOf(uid(30))->verdict, ApprovalVerdict::BadSignature);
}

void tst_SignedApprovals::signatureMovedToAnotherContent()
{
    // Another dilemma's approval signature under this record: no.
    Project p = approved();
    Project other = approved();
    dilemmaOf(other).question = QStringLiteral("Iets anders?");
    Review otherApproval = other.reviews[0];
    otherApproval.contentHash = ContentHash::of(dilemmaOf(other));
    ApprovalSignature::sign(&otherApproval, testReviewerKey());
    p.reviews[0].signature = otherApproval.signature;
    QCOMPARE(statusOf(p).verdict, ApprovalVerdict::BadSignature);
    // A changed decision or time breaks it as well.
    Project later = approved();
    later.reviews[0].time = later.reviews[0].time.addSecs(3600);
    QCOMPARE(statusOf(later).verdict, ApprovalVerdict::BadSignature);
}

void tst_SignedApprovals::oldApprovalReplayedIsStale()
{
    // A genuine approval of the content as it was, after the content changed: it verifies, but
    // it is stale, and the gate says so.
    Project p = approved();
    dilemmaOf(p).options[0].feedback += QStringLiteral(" Toch niet.");
    QCOMPARE(statusOf(p).verdict, ApprovalVerdict::Counts);
    QVERIFY(statusOf(p).stale);
    QVERIFY(!statusOf(p).isApprovedAndCurrent());
    QCOMPARE(gate(p, "approval-stale").size(), 1);
}

void tst_SignedApprovals::listedFingerprintOfAnotherKey()
{
    // An attacker lists their own key under the trusted reviewer's fingerprint and signs: the
    // fingerprint is checked against the key.
    Project p = approved(otherReviewerKey());
    TrustedReviewer forged = trustedRecord(testReviewerKey());
    forged.publicKey = QString::fromLatin1(otherReviewerKey().publicKey().toBase64());
    p.trustedReviewers = {forged};
    p.reviews[0].keyFingerprint = forged.fingerprint;
    ApprovalSignature::sign(&p.reviews[0], otherReviewerKey());
    p.reviews[0].keyFingerprint = forged.fingerprint;
    QVERIFY(statusOf(p).verdict != ApprovalVerdict::Counts);
}

void tst_SignedApprovals::fourEyesComparesNamesAsPeopleRead()
{
    const QStringList sameName
        = {QStringLiteral("R. Eviewer"), QStringLiteral("r.  eviewer"),
           QStringLiteral(" R.\u00A0EVIEWER "), QStringLiteral("R. Evi\u200Bewer"),
           QStringLiteral("R. \u0415viewer")}; // Cyrillic Е
    for (const QString &editor : sameName) {
        Project p = approved();
        p.changeLog.append({2, QDateTime(QDate(2026, 4, 30), QTime(9, 0), Qt::UTC), editor,
                            dilemmaUid, QStringLiteral("question"), QStringLiteral("vraag")});
        QCOMPARE(statusOf(p).verdict, ApprovalVerdict::OwnEdit);
        QCOMPARE(gate(p, "not-approved").size(), 1);
        QString reason;
        QVERIFY(
            !ReviewLedger(p).trust().mayApprove(dilemmaUid, QStringLiteral("R. Eviewer"), &reason));
        QVERIFY2(reason.contains(QLatin1String("own setting")), qPrintable(reason));
    }
    // A review action logged by the reviewer is no edit.
    Project p = approved();
    p.changeLog.append({2, QDateTime(QDate(2026, 5, 1), QTime(12, 0), Qt::UTC),
                        QStringLiteral("R. Eviewer"), dilemmaUid, QStringLiteral("review"),
                        QStringLiteral("review: approved")});
    QCOMPARE(statusOf(p).verdict, ApprovalVerdict::Counts);
}

void tst_SignedApprovals::removedReviewerStopsCounting()
{
    Project p = approved();
    p.trustedReviewers.clear();
    QCOMPARE(statusOf(p).verdict, ApprovalVerdict::UnknownKey);
    const QList<Issue> issues = gate(p, "not-approved");
    QCOMPARE(issues.size(), 1);
    QVERIFY2(issues[0].message.contains(QLatin1String("does not trust")),
             qPrintable(issues[0].message));
}

void tst_SignedApprovals::gateSaysWhy()
{
    Project unsignedApproval = approved();
    unsignedApproval.reviews[0].signature.clear();
    unsignedApproval.reviews[0].keyFingerprint.clear();
    Project badSignature = approved();
    badSignature.reviews[0].contentHash = QString(64, QLatin1Char('b'));
    const QList<std::pair<Project, QString>> cases{
        {unsignedApproval, QStringLiteral("not signed")},
        {badSignature, QStringLiteral("does not verify")}};
    for (const auto &[project, words] : cases) {
        const QList<Issue> issues = gate(project, "not-approved");
        QCOMPARE(issues.size(), 1);
        QVERIFY2(issues[0].message.contains(words), qPrintable(issues[0].message));
    }
}

void tst_SignedApprovals::decideSignsForTrustedKeysOnly()
{
    Project p = fullProject();
    p.reviews.clear();
    trust(p, testReviewerKey());
    QString reason;
    const auto review = ReviewLedger(p).decide(dilemmaUid, ReviewState::Approved, testReviewerKey(),
                                               QStringLiteral("Goed"), &reason);
    QVERIFY2(review, qPrintable(reason));
    QCOMPARE(review->reviewer, QStringLiteral("R. Eviewer"));
    QCOMPARE(review->keyFingerprint, testReviewerKey().fingerprint());
    p.reviews.append(*review);
    QVERIFY(statusOf(p).isApprovedAndCurrent());

    QVERIFY(!ReviewLedger(p).decide(dilemmaUid, ReviewState::Approved, otherReviewerKey(), {},
                                    &reason));
    QVERIFY2(reason.contains(QLatin1String("not among")), qPrintable(reason));
    QVERIFY(!ReviewLedger(p).decide(dilemmaUid, ReviewState::ChangesRequested, testReviewerKey(),
                                    QStringLiteral("  "), &reason));
    QVERIFY(!ReviewLedger(p).decide(uid(50), ReviewState::Approved, testReviewerKey(), {},
                                    &reason)); // a theme
    // The reviewer as last editor may ask for changes, not approve.
    p.changeLog.append({2, QDateTime::currentDateTimeUtc(), QStringLiteral("r. eviewer"),
                        dilemmaUid, QStringLiteral("question"), QStringLiteral("vraag")});
    QVERIFY(
        !ReviewLedger(p).decide(dilemmaUid, ReviewState::Approved, testReviewerKey(), {}, &reason));
    QVERIFY2(reason.contains(QLatin1String("four eyes")), qPrintable(reason));
    QVERIFY(ReviewLedger(p).decide(dilemmaUid, ReviewState::ChangesRequested, testReviewerKey(),
                                   QStringLiteral("Graag korter"), &reason));
}

void tst_SignedApprovals::lookAlikeNamesRefused()
{
    Project p = fullProject();
    trust(p, testReviewerKey());
    PublicKey other = otherReviewerKey().publicPart();
    QString reason;
    for (const QString &name : {QStringLiteral("r. eviewer"), QStringLiteral("R.  Eviewer"),
                                QStringLiteral("R. \u0415viewer"), QStringLiteral("R. Évïewer")}) {
        QVERIFY2(!TrustedReviewers::make(p, other, name, QStringLiteral("beheer"), &reason),
                 qPrintable(name));
        QVERIFY2(reason.contains(QLatin1String("looks like")) || !reason.isEmpty(),
                 qPrintable(reason));
    }
    QVERIFY(!TrustedReviewers::make(p, other, QStringLiteral("O.\u200BTher"), {}, &reason));
    QVERIFY(!TrustedReviewers::make(p, testReviewerKey().publicPart(), QStringLiteral("Nieuw"), {},
                                    &reason));
    QVERIFY2(reason.contains(QLatin1String("already trusted")), qPrintable(reason));
    const auto added = TrustedReviewers::make(p, other, {}, QStringLiteral("beheer"), &reason);
    QVERIFY2(added, qPrintable(reason));
    QCOMPARE(added->name, QStringLiteral("O. Ther"));
    QCOMPARE(added->fingerprint, otherReviewerKey().fingerprint());
}

void tst_SignedApprovals::findByNameOrFingerprint()
{
    Project p = fullProject();
    trust(p, testReviewerKey());
    trust(p, otherReviewerKey(), uid(951));
    const QString fp = otherReviewerKey().fingerprint();
    QCOMPARE(TrustedReviewers::find(p, fp)->name, QStringLiteral("O. Ther"));
    QCOMPARE(TrustedReviewers::find(p, fp.left(16))->name, QStringLiteral("O. Ther"));
    QCOMPARE(TrustedReviewers::find(p, shortFingerprint(fp))->name, QStringLiteral("O. Ther"));
    QCOMPARE(TrustedReviewers::find(p, QStringLiteral("r. eviewer"))->name,
             QStringLiteral("R. Eviewer"));
    QVERIFY(!TrustedReviewers::find(p, fp.left(8))); // too short to be sure
    QVERIFY(!TrustedReviewers::find(p, QStringLiteral("Niemand")));
}

void tst_SignedApprovals::sampleKeyIsNeverAdded()
{
    QString error;
    const auto sample = PublicKey::read(QStringLiteral(KD_SOURCE_DIR)
                                            + QStringLiteral("/samples/keys/sample-reviewer.pub"),
                                        &error);
    QVERIFY2(sample, qPrintable(error));
    QString reason;
    QVERIFY(!TrustedReviewers::make(fullProject(), *sample, {}, QStringLiteral("beheer"), &reason));
    QVERIFY2(reason.contains(QLatin1String("sample key")), qPrintable(reason));
}

QTEST_GUILESS_MAIN(tst_SignedApprovals)
#include "tst_signedapprovals.moc"
