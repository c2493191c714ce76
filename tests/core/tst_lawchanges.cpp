#include "testkeys.h"
#include "testprojects.h"

#include "review/approvaltrust.h"
#include "review/contenthash.h"
#include "review/lawchanges.h"
#include "validation/validator.h"

#include <QTest>

using namespace kd;
using namespace kd::testing;

// "Law changed since approval": a legal source edited after a dilemma that cites it was approved
// marks that dilemma (rule law-changed, part of the export gate), judged from the sources' own
// signed approvals.
class tst_LawChanges : public QObject
{
    Q_OBJECT

private slots:
    void sourceEditedAfterApprovalMarksTheDilemma();
    void everyKindOfSourceEditCounts_data();
    void everyKindOfSourceEditCounts();
    void stillMarkedAfterTheSourceIsApprovedAgain();
    void sourceApprovedJustAfterTheDilemma();
    void dilemmaApprovedAgainBeforeItsSource();
    void anEditUndoneIsNoChange();
    void recordsThatDoNotVerifyCannotHideAChange();
    void neverApprovedSourceHasNoKnownVersion();
    void onlyApprovalsThatCountAreJudged();
    void gateDecidesTheSeverity();
    void aSourceCitedTwiceIsNamedOnce();
};

namespace {

const QString dilemmaUid = uid(100);
const QString wgboUid = uid(30);
const QString avgUid = uid(31);

Dilemma &dilemmaOf(Project &p)
{
    return p.scenarios[0].segments[0].dilemmas[0];
}

LegalSource &sourceOf(Project &p, const QString &sourceUid)
{
    for (LegalSource &s : p.legalSources)
        if (s.uid == sourceUid)
            return s;
    qFatal("no such source");
}

QDateTime day(int d)
{
    return QDateTime(QDate(2026, 5, d), QTime(12, 0), Qt::UTC);
}

Review signedApproval(const QString &entityUid, const QDateTime &time, const QString &hash,
                      const ReviewerKey &key = testReviewerKey())
{
    static int next = 400;
    Review r{uid(next++), entityUid, ReviewState::Approved,
             QString(),   time,      QStringLiteral("Akkoord"),
             hash};
    ApprovalSignature::sign(&r, key);
    return r;
}

void approveSource(Project &p, const QString &sourceUid, const QDateTime &time)
{
    p.reviews.append(signedApproval(sourceUid, time, ContentHash::of(sourceOf(p, sourceUid))));
}

void approveDilemma(Project &p, const QDateTime &time)
{
    p.reviews.append(signedApproval(dilemmaUid, time, ContentHash::of(dilemmaOf(p))));
}

// fullProject(), trusting the test key, with both legal sources approved on 1 May and the
// dilemma (which cites both) on 2 May.
Project approved()
{
    Project p = fullProject();
    trust(p, testReviewerKey());
    p.reviews.clear();
    approveSource(p, wgboUid, day(1));
    approveSource(p, avgUid, day(1));
    approveDilemma(p, day(2));
    return p;
}

QList<Issue> findings(const Project &p,
                      ValidationOptions::ReviewGate gate = ValidationOptions::ReviewGate::Export)
{
    ValidationOptions options;
    options.reviewGate = gate;
    QList<Issue> found;
    for (const Issue &issue : Validator::validate(p, options)) {
        if (issue.rule == QLatin1String("law-changed"))
            found.append(issue);
    }
    return found;
}

QStringList changedTitles(const Project &p)
{
    const ApprovalTrust trust(p);
    QStringList titles;
    for (const LegalSource *s :
         LawChanges(p, trust).changedSinceApproval(p.scenarios[0].segments[0].dilemmas[0]))
        titles << s->shortTitle;
    return titles;
}

} // namespace

void tst_LawChanges::sourceEditedAfterApprovalMarksTheDilemma()
{
    Project p = approved();
    QVERIFY(findings(p).isEmpty());
    QVERIFY(changedTitles(p).isEmpty());

    sourceOf(p, wgboUid).versionDate = QDate(2027, 1, 1);
    const QList<Issue> found = findings(p);
    QCOMPARE(found.size(), 1);
    QCOMPARE(found[0].uid, dilemmaUid);
    QCOMPARE(found[0].kind, EntityKind::Dilemma);
    QCOMPARE(found[0].field, QStringLiteral("legalReferences"));
    QCOMPARE(found[0].severity, Issue::Severity::Error);
    QVERIFY2(found[0].message.contains(QStringLiteral("2026-05-02"))
                 && found[0].message.contains(sourceOf(p, wgboUid).shortTitle),
             qPrintable(found[0].message));
    QCOMPARE(changedTitles(p), QStringList{sourceOf(p, wgboUid).shortTitle});
    // The dilemma itself did not change: its approval is not stale.
    ValidationOptions options;
    options.reviewGate = ValidationOptions::ReviewGate::Export;
    for (const Issue &issue : Validator::validate(p, options))
        QVERIFY(!(issue.rule == QLatin1String("approval-stale") && issue.uid == dilemmaUid));
}

void tst_LawChanges::everyKindOfSourceEditCounts_data()
{
    QTest::addColumn<int>("edit");
    QTest::newRow("new version date") << 0;
    QTest::newRow("changed summary") << 1;
    QTest::newRow("valid-until set") << 2;
    QTest::newRow("other article") << 3;
}

void tst_LawChanges::everyKindOfSourceEditCounts()
{
    QFETCH(int, edit);
    Project p = approved();
    LegalSource &avg = sourceOf(p, avgUid);
    switch (edit) {
    case 0:
        avg.versionDate = QDate(2027, 3, 1);
        break;
    case 1:
        avg.summary = QStringLiteral("Nieuwe samenvatting.");
        break;
    case 2:
        avg.validUntil = QDate(2027, 12, 31);
        break;
    default:
        avg.artikel = QStringLiteral("10");
        break;
    }
    QCOMPARE(changedTitles(p), QStringList{avg.shortTitle});
    QCOMPARE(findings(p).size(), 1);
}

void tst_LawChanges::stillMarkedAfterTheSourceIsApprovedAgain()
{
    Project p = approved();
    sourceOf(p, wgboUid).summary = QStringLiteral("Gewijzigd.");
    // The source's own reviewer approves the new text: the dilemma still leans on the old one.
    approveSource(p, wgboUid, day(3));
    QCOMPARE(findings(p).size(), 1);
    // Its reviewer reads the dilemma against the new text and approves it again.
    approveDilemma(p, day(4));
    QVERIFY(findings(p).isEmpty());
}

void tst_LawChanges::sourceApprovedJustAfterTheDilemma()
{
    // The dilemma was approved a moment before its sources were: that is no change.
    Project p = fullProject();
    trust(p, testReviewerKey());
    p.reviews.clear();
    approveDilemma(p, day(1));
    approveSource(p, wgboUid, day(2));
    approveSource(p, avgUid, day(2));
    QVERIFY(findings(p).isEmpty());
    // An edit after the source's first approval is.
    sourceOf(p, avgUid).versionDate = QDate(2027, 1, 1);
    QCOMPARE(findings(p).size(), 1);
}

void tst_LawChanges::dilemmaApprovedAgainBeforeItsSource()
{
    // The source is edited on 3 May (the change log says so), the dilemma approved again on
    // 4 May, with the source as it is now, before the source's own reviewer gets to it.
    Project p = approved();
    sourceOf(p, wgboUid).summary = QStringLiteral("Gewijzigd.");
    p.changeLog.append({1, day(3), QStringLiteral("Anna"), wgboUid, QStringLiteral("summary"),
                        QStringLiteral("Samenvatting gewijzigd")});
    QCOMPARE(findings(p).size(), 1);
    approveDilemma(p, day(4));
    QVERIFY(findings(p).isEmpty());
    approveSource(p, wgboUid, day(5));
    QVERIFY(findings(p).isEmpty());
    // Without a change log (an imported project), only the signed versions speak: the dilemma
    // leans on the version approved before 4 May, so it is marked until approved once more.
    Project imported = p;
    imported.changeLog.clear();
    QCOMPARE(findings(imported).size(), 1);
    approveDilemma(imported, day(6));
    QVERIFY(findings(imported).isEmpty());
}

void tst_LawChanges::anEditUndoneIsNoChange()
{
    Project p = approved();
    const QString summary = sourceOf(p, wgboUid).summary;
    sourceOf(p, wgboUid).summary = QStringLiteral("Gewijzigd.");
    p.changeLog.append({1, day(3), QStringLiteral("Anna"), wgboUid, QStringLiteral("summary"),
                        QStringLiteral("Samenvatting gewijzigd")});
    QCOMPARE(findings(p).size(), 1);
    sourceOf(p, wgboUid).summary = summary;
    p.changeLog.append({2, day(3).addSecs(60), QStringLiteral("Anna"), wgboUid,
                        QStringLiteral("summary"), QStringLiteral("Ongedaan gemaakt")});
    QVERIFY(findings(p).isEmpty());
    // Review records and notes in the log are not edits of the source.
    p.changeLog.append({3, day(9), QStringLiteral("R. Eviewer"), wgboUid, QStringLiteral("review"),
                        QStringLiteral("Goedgekeurd")});
    sourceOf(p, wgboUid).summary = QStringLiteral("Ongelogd gewijzigd.");
    QCOMPARE(findings(p).size(), 1);
}

void tst_LawChanges::recordsThatDoNotVerifyCannotHideAChange()
{
    Project p = approved();
    sourceOf(p, wgboUid).summary = QStringLiteral("Stilletjes gewijzigd.");
    const QString now = ContentHash::of(sourceOf(p, wgboUid));
    // An attacker adds a record, dated before the dilemma's approval, that claims the changed
    // text was the approved one: unsigned, signed by a key nobody trusts, or a trusted
    // signature moved onto it.
    Review unsignedRecord{uid(500),  wgboUid, ReviewState::Approved, QString(), day(1).addSecs(60),
                          QString(), now};
    p.reviews.append(unsignedRecord);
    QCOMPARE(findings(p).size(), 1);
    p.reviews.append(signedApproval(wgboUid, day(1).addSecs(120), now, otherReviewerKey()));
    QCOMPARE(findings(p).size(), 1);
    Review moved = signedApproval(wgboUid, day(1).addSecs(180), QString(64, QLatin1Char('0')));
    moved.contentHash = now;
    p.reviews.append(moved);
    QCOMPARE(findings(p).size(), 1);
}

void tst_LawChanges::neverApprovedSourceHasNoKnownVersion()
{
    Project p = fullProject();
    trust(p, testReviewerKey());
    p.reviews.clear();
    approveDilemma(p, day(2));
    sourceOf(p, wgboUid).summary = QStringLiteral("Gewijzigd.");
    QVERIFY(findings(p).isEmpty());
    // The source's own finding stands for it.
    ValidationOptions options;
    options.reviewGate = ValidationOptions::ReviewGate::Export;
    bool sourceNotApproved = false;
    for (const Issue &issue : Validator::validate(p, options))
        sourceNotApproved
            = sourceNotApproved
              || (issue.rule == QLatin1String("not-approved") && issue.uid == wgboUid);
    QVERIFY(sourceNotApproved);
}

void tst_LawChanges::onlyApprovalsThatCountAreJudged()
{
    // A dilemma whose latest record asks for changes, or whose approval does not count, is
    // not-approved; law-changed would say nothing more.
    Project p = approved();
    sourceOf(p, wgboUid).summary = QStringLiteral("Gewijzigd.");
    Review changes = signedApproval(dilemmaUid, day(3), QString());
    changes.state = ReviewState::ChangesRequested;
    ApprovalSignature::sign(&changes, testReviewerKey());
    p.reviews.append(changes);
    QVERIFY(findings(p).isEmpty());
    const ApprovalTrust trust(p);
    QVERIFY(!LawChanges(p, trust).countingApproval(dilemmaUid));

    Project q = approved();
    sourceOf(q, wgboUid).summary = QStringLiteral("Gewijzigd.");
    q.trustedReviewers.clear(); // nothing counts: not-approved everywhere
    QVERIFY(findings(q).isEmpty());
}

void tst_LawChanges::gateDecidesTheSeverity()
{
    Project p = approved();
    sourceOf(p, wgboUid).summary = QStringLiteral("Gewijzigd.");
    QCOMPARE(findings(p, ValidationOptions::ReviewGate::Export).value(0).severity,
             Issue::Severity::Error);
    QCOMPARE(findings(p, ValidationOptions::ReviewGate::Editing).value(0).severity,
             Issue::Severity::Warning);
    QVERIFY(findings(p, ValidationOptions::ReviewGate::Off).isEmpty());
}

void tst_LawChanges::aSourceCitedTwiceIsNamedOnce()
{
    Project p = fullProject();
    trust(p, testReviewerKey());
    p.reviews.clear();
    dilemmaOf(p).legalReferences[1].legalSourceUid = wgboUid;
    dilemmaOf(p).legalReferences[1].lid = QStringLiteral("3");
    dilemmaOf(p).legalReferences[1].onderdeel.clear();
    approveSource(p, wgboUid, day(1));
    approveSource(p, avgUid, day(1));
    approveDilemma(p, day(2));
    sourceOf(p, wgboUid).versionDate = QDate(2027, 1, 1);
    QCOMPARE(findings(p).size(), 1);
}

QTEST_GUILESS_MAIN(tst_LawChanges)
#include "tst_lawchanges.moc"
