#include "testkeys.h"
#include "testprojects.h"

#include "review/contenthash.h"
#include "review/reviewledger.h"
#include "storage/projectstore.h"

#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace kd;
using kd::testing::fullProject;
using kd::testing::uid;
using namespace kd::testing; // the test keys (testkeys.h)

Q_DECLARE_METATYPE(std::function<void(Dilemma &)>)

class tst_Review : public QObject
{
    Q_OBJECT

private slots:
    void hashIsStableThroughTheStore();
    void hashIgnoresAbsentVersusEmpty();
    void anyChangeChangesTheHash_data();
    void anyChangeChangesTheHash();
    void legalSourceHash();
    void staleWhenContentChanges();
    void stateFollowsTheLatestRecord();
    void fourEyes();
};

void tst_Review::hashIsStableThroughTheStore()
{
    QTemporaryDir dir;
    const Project original = fullProject();
    StoreError error;
    QVERIFY(ProjectStore::writeNew(dir.filePath("h.kdproj"), original, false, &error));
    auto store
        = ProjectStore::open(dir.filePath("h.kdproj"), ProjectStore::OpenMode::ReadOnly, &error);
    Project loaded;
    QVERIFY(store && store->load(&loaded));
    const Dilemma &before = original.scenarios[0].segments[0].dilemmas[0];
    const Dilemma &after = loaded.scenarios[0].segments[0].dilemmas[0];
    QCOMPARE(ContentHash::of(after), ContentHash::of(before));
    QCOMPARE(ContentHash::of(loaded.legalSources[1]), ContentHash::of(original.legalSources[1]));
    QCOMPARE(ContentHash::of(before).size(), 64);
    // A fixed value: the canonical form is a contract between versions of the program.
    Dilemma known;
    known.key = QStringLiteral("k");
    QCOMPARE(QString::fromUtf8(ContentHash::canonical(known)),
             QStringLiteral(R"(["dilemma/1","k","","","","","",[],[],[]])"));
}

void tst_Review::hashIgnoresAbsentVersusEmpty()
{
    Dilemma a = fullProject().scenarios[0].segments[0].dilemmas[0];
    Dilemma b = a;
    a.considerations = QString();
    b.considerations = QStringLiteral("");
    QCOMPARE(ContentHash::of(a), ContentHash::of(b));
    // Positions are order, not content: renumbering alone changes nothing.
    b.options[0].position = 7;
    b.position = 9;
    QCOMPARE(ContentHash::of(a), ContentHash::of(b));
}

void tst_Review::anyChangeChangesTheHash_data()
{
    QTest::addColumn<std::function<void(Dilemma &)>>("change");
    using F = std::function<void(Dilemma &)>;
    QTest::newRow("key") << F([](Dilemma &d) { d.key += "-x"; });
    QTest::newRow("professional") << F([](Dilemma &d) { d.professionalUid = uid(41); });
    QTest::newRow("question, one word")
        << F([](Dilemma &d) { d.question.replace("school", "juf"); });
    QTest::newRow("situation") << F([](Dilemma &d) { d.situation += " "; });
    QTest::newRow("considerations") << F([](Dilemma &d) {
        d.considerations.clear();
        d.considerations += "x";
    });
    QTest::newRow("solution direction") << F([](Dilemma &d) { d.solutionDirection.chop(1); });
    QTest::newRow("themes") << F([](Dilemma &d) { d.themeUids.clear(); });
    QTest::newRow("option label") << F([](Dilemma &d) { d.options[1].label += "!"; });
    QTest::newRow("option feedback") << F([](Dilemma &d) { d.options[0].feedback = "Anders."; });
    QTest::newRow("option assessment")
        << F([](Dilemma &d) { d.options[2].assessment = Assessment::Recommended; });
    QTest::newRow("options reordered") << F([](Dilemma &d) { d.options.swapItemsAt(0, 1); });
    QTest::newRow("option removed") << F([](Dilemma &d) { d.options.removeLast(); });
    QTest::newRow("reference source")
        << F([](Dilemma &d) { d.legalReferences[0].legalSourceUid = uid(31); });
    QTest::newRow("reference pinpoint")
        << F([](Dilemma &d) { d.legalReferences[0].pinpoint = "lid 2"; });
    QTest::newRow("reference note") << F([](Dilemma &d) { d.legalReferences[1].note = "n"; });
    QTest::newRow("references reordered")
        << F([](Dilemma &d) { d.legalReferences.swapItemsAt(0, 1); });
}

void tst_Review::anyChangeChangesTheHash()
{
    QFETCH(std::function<void(Dilemma &)>, change);
    const Dilemma original = fullProject().scenarios[0].segments[0].dilemmas[0];
    Dilemma changed = original;
    change(changed);
    QVERIFY(ContentHash::of(changed) != ContentHash::of(original));
}

void tst_Review::legalSourceHash()
{
    LegalSource s = fullProject().legalSources[0];
    const QString before = ContentHash::of(s);
    s.validUntil = QDate(2030, 1, 1);
    QVERIFY(ContentHash::of(s) != before);
    s = fullProject().legalSources[0];
    s.url += "#Artikel457";
    QVERIFY(ContentHash::of(s) != before);
}

void tst_Review::staleWhenContentChanges()
{
    Project p = fullProject();
    Dilemma &d = p.scenarios[0].segments[0].dilemmas[0];
    p.reviews = {{uid(300), d.uid, ReviewState::Approved, "Reviewer",
                  QDateTime::currentDateTimeUtc(), "Akkoord", ContentHash::of(d)}};
    trust(p, testReviewerKey());
    signAll(p);
    {
        const ReviewStatus s = *ReviewLedger(p).statusOf(d.uid);
        QCOMPARE(s.state, ReviewState::Approved);
        QVERIFY(!s.stale);
        QVERIFY(s.isApprovedAndCurrent());
    }
    d.options[1].feedback += " Let op.";
    {
        const ReviewStatus s = *ReviewLedger(p).statusOf(d.uid);
        QCOMPARE(s.state, ReviewState::Approved);
        QVERIFY(s.stale);
        QVERIFY(!s.isApprovedAndCurrent());
    }
    // A legal source never reviewed is a draft; the list has every dilemma and source.
    const QList<ReviewStatus> all = ReviewLedger(p).all();
    QCOMPARE(all.size(), 3);
    QCOMPARE(all[1].kind, EntityKind::LegalSource);
    QCOMPARE(all[1].state, ReviewState::Draft);
    QVERIFY(!ReviewLedger(p).statusOf(uid(999)));
}

void tst_Review::stateFollowsTheLatestRecord()
{
    Project p = fullProject();
    const Dilemma &d = p.scenarios[0].segments[0].dilemmas[0];
    const QDateTime t0(QDate(2026, 1, 1), QTime(10, 0), Qt::UTC);
    p.reviews = {
        {uid(302), d.uid, ReviewState::ChangesRequested, "B", t0.addDays(2), "Graag aanpassen", {}},
        {uid(301), d.uid, ReviewState::Approved, "B", t0.addDays(1), "", ContentHash::of(d)},
        {uid(303), uid(30), ReviewState::InReview, "C", t0, "", {}},
    };
    const ReviewStatus s = *ReviewLedger(p).statusOf(d.uid);
    QCOMPARE(s.state, ReviewState::ChangesRequested);
    QVERIFY(!s.stale); // not approved now, so not stale either
    QVERIFY(s.lastApproval);
    QCOMPARE(s.lastApproval->uid, uid(301));
    QCOMPARE(ReviewLedger(p).historyOf(d.uid).size(), 2);
    QCOMPARE(ReviewLedger(p).historyOf(d.uid).first().uid, uid(301));
    QCOMPARE(ReviewLedger(p).statusOf(uid(30))->state, ReviewState::InReview);
}

void tst_Review::fourEyes()
{
    Project p = fullProject();
    const QString dilemma = uid(100);
    p.changeLog = {{1, QDateTime::currentDateTimeUtc(), "anna", dilemma, "question", "vraag"},
                   {2, QDateTime::currentDateTimeUtc(), "bert", uid(30), "url", "link"}};
    const ReviewLedger ledger(p);
    QCOMPARE(ledger.trust().lastEditor(dilemma), QStringLiteral("anna"));
    QString reason;
    QVERIFY(!ledger.trust().mayApprove(dilemma, "Anna", &reason));
    QVERIFY2(reason.contains("four eyes"), qPrintable(reason));
    QVERIFY(ledger.trust().mayApprove(dilemma, "bert", &reason));
    QVERIFY(!ledger.trust().mayApprove(uid(30), "bert", &reason));
    // Content nobody edited here (an imported package) may be approved by anyone trusted.
    QVERIFY(ledger.trust().mayApprove(uid(31), "anna", &reason));
}

QTEST_GUILESS_MAIN(tst_Review)
#include "tst_review.moc"
