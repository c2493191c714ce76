#include "testprojects.h"

#include "model/description.h"
#include "model/entitycounts.h"
#include "model/identifiers.h"
#include "model/referrers.h"
#include "review/contenthash.h"
#include "review/reviewledger.h"
#include "review/reviewthreads.h"
#include "storage/projectstore.h"

#include <QTemporaryDir>
#include <QTest>

using namespace kd;
using kd::testing::fullProject;
using kd::testing::uid;

// Review threads (core/review/reviewthreads.h): notes grouped into threads, the rules for adding
// one, and notes kept out of everything that is content. fullProject() has a resolved thread on
// dilemma 100 (notes 140-142) and an open one on legal source 31 (note 143).
class tst_ReviewThreads : public QObject
{
    Q_OBJECT

private slots:
    void kindNames();
    void threadsOfAnEntity();
    void repliesFollowTheirQuestionWhateverTheListOrder();
    void resolvedIsTheLastReply();
    void refusal_data();
    void refusal();
    void makeGivesANewNoteNow();
    void notesAreNotContent();
    void storeKeepsNotesAndWithdrawsThem();
};

namespace {

ReviewNote note(int n, const QString &entity, const QString &thread, ReviewNoteKind kind,
                int minute, const QString &text = QStringLiteral("tekst"))
{
    return {uid(n),
            entity,
            thread,
            kind,
            QStringLiteral("Anna"),
            QDateTime(QDate(2026, 12, 6), QTime(9, minute), Qt::UTC),
            text};
}

QStringList uidsOf(const QList<ReviewNote> &notes)
{
    QStringList uids;
    for (const ReviewNote &n : notes)
        uids.append(n.uid);
    return uids;
}

} // namespace

void tst_ReviewThreads::kindNames()
{
    QCOMPARE(reviewNoteKindNames(),
             (QStringList{QStringLiteral("question"), QStringLiteral("answer"),
                          QStringLiteral("resolution")}));
    QCOMPARE(toName(ReviewNoteKind::Resolution), QStringLiteral("resolution"));
    ReviewNoteKind kind = ReviewNoteKind::Question;
    QVERIFY(fromName(QStringLiteral("answer"), &kind));
    QCOMPARE(kind, ReviewNoteKind::Answer);
    QVERIFY(!fromName(QStringLiteral("Answer"), &kind));
    QCOMPARE(kind, ReviewNoteKind::Answer);
    QCOMPARE(toName(EntityKind::ReviewNote), QStringLiteral("review-note"));
    QCOMPARE(entityKindFromName(QStringLiteral("review-note")), EntityKind::ReviewNote);
    QVERIFY(isRecordKind(EntityKind::ReviewNote));
}

void tst_ReviewThreads::threadsOfAnEntity()
{
    const Project p = fullProject();
    const QList<ReviewThread> onDilemma = ReviewThreads::of(uid(100), p.reviewNotes);
    QCOMPARE(onDilemma.size(), 1);
    QCOMPARE(onDilemma[0].question, p.reviewNotes[0]);
    QCOMPARE(uidsOf(onDilemma[0].replies), (QStringList{uid(141), uid(142)}));
    QVERIFY(onDilemma[0].resolved());
    QCOMPARE(onDilemma[0].resolution(), p.reviewNotes[2]);

    const QList<ReviewThread> onSource = ReviewThreads::of(uid(31), p.reviewNotes);
    QCOMPARE(onSource.size(), 1);
    QVERIFY(onSource[0].replies.isEmpty());
    QVERIFY(!onSource[0].resolved());
    QVERIFY(!onSource[0].resolution());
    QVERIFY(ReviewThreads::of(uid(30), p.reviewNotes).isEmpty());

    // Two threads on one item, oldest first; a reply whose question is unknown is left out.
    const QList<ReviewNote> notes{
        note(1, uid(100), {}, ReviewNoteKind::Question, 5),
        note(2, uid(100), {}, ReviewNoteKind::Question, 1),
        note(3, uid(100), uid(2), ReviewNoteKind::Answer, 6),
        note(4, uid(100), uid(99), ReviewNoteKind::Answer, 7),
        note(5, uid(100), uid(1), ReviewNoteKind::Answer, 8),
    };
    const QList<ReviewThread> threads = ReviewThreads::of(uid(100), notes);
    QCOMPARE(threads.size(), 2);
    QCOMPARE(threads[0].question.uid, uid(2));
    QCOMPARE(uidsOf(threads[0].replies), QStringList{uid(3)});
    QCOMPARE(threads[1].question.uid, uid(1));
    QCOMPARE(uidsOf(threads[1].replies), QStringList{uid(5)});
}

void tst_ReviewThreads::repliesFollowTheirQuestionWhateverTheListOrder()
{
    // The store orders notes by time, then uid: an answer of the same millisecond as its
    // question may come first.
    ReviewNote question = note(9, uid(100), {}, ReviewNoteKind::Question, 3);
    ReviewNote answer = note(1, uid(100), uid(9), ReviewNoteKind::Answer, 3);
    const QList<ReviewThread> threads = ReviewThreads::of(uid(100), {answer, question});
    QCOMPARE(threads.size(), 1);
    QCOMPARE(threads[0].question, question);
    QCOMPARE(threads[0].replies, QList<ReviewNote>{answer});
}

void tst_ReviewThreads::resolvedIsTheLastReply()
{
    ReviewThread thread{note(1, uid(100), {}, ReviewNoteKind::Question, 0), {}};
    QVERIFY(!thread.resolved());
    thread.replies.append(note(2, uid(100), uid(1), ReviewNoteKind::Answer, 1));
    QVERIFY(!thread.resolved());
    thread.replies.append(note(3, uid(100), uid(1), ReviewNoteKind::Resolution, 2, {}));
    QVERIFY(thread.resolved());
    QCOMPARE(thread.resolution()->uid, uid(3));
    // An answer after the resolution (a package made by hand) opens it again.
    thread.replies.append(note(4, uid(100), uid(1), ReviewNoteKind::Answer, 3));
    QVERIFY(!thread.resolved());
    QVERIFY(!thread.resolution());
}

void tst_ReviewThreads::refusal_data()
{
    QTest::addColumn<QString>("entity");
    QTest::addColumn<QString>("thread");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("refused"); // part of the reason; empty: allowed
    const int question = int(ReviewNoteKind::Question);
    const int answer = int(ReviewNoteKind::Answer);
    const int resolution = int(ReviewNoteKind::Resolution);
    QTest::newRow("question on a dilemma") << uid(100) << "" << question << "Waarom?"
                                           << "";
    QTest::newRow("question on a legal source") << uid(30) << "" << question << "Waarom?"
                                                << "";
    QTest::newRow("answer in an open thread") << uid(31) << uid(143) << answer << "Ja."
                                              << "";
    QTest::newRow("resolution without text") << uid(31) << uid(143) << resolution << ""
                                             << "";
    QTest::newRow("question on an option") << uid(110) << "" << question << "Waarom?"
                                           << "dilemma or legal source";
    QTest::newRow("question on nothing") << uid(999) << "" << question << "Waarom?"
                                         << "dilemma or legal source";
    QTest::newRow("question in a thread") << uid(31) << uid(143) << question << "Waarom?"
                                          << "thread of its own";
    QTest::newRow("question without text") << uid(100) << "" << question << " \n "
                                           << "text";
    QTest::newRow("answer without text") << uid(31) << uid(143) << answer << ""
                                         << "text";
    QTest::newRow("answer in no thread") << uid(31) << "" << answer << "Ja."
                                         << "no review thread";
    QTest::newRow("answer in an unknown thread") << uid(31) << uid(998) << answer << "Ja."
                                                 << "no review thread";
    QTest::newRow("answer naming an answer") << uid(100) << uid(141) << answer << "Ja."
                                             << "no review thread";
    QTest::newRow("answer in another item's thread") << uid(100) << uid(143) << answer << "Ja."
                                                     << "another item";
    QTest::newRow("answer in a resolved thread") << uid(100) << uid(140) << answer << "Toch nog?"
                                                 << "new question";
    QTest::newRow("second resolution") << uid(100) << uid(140) << resolution << ""
                                       << "already";
}

void tst_ReviewThreads::refusal()
{
    QFETCH(QString, entity);
    QFETCH(QString, thread);
    QFETCH(int, kind);
    QFETCH(QString, text);
    QFETCH(QString, refused);
    const Project p = fullProject();
    const ReviewNote n
        = ReviewThreads::make(entity, thread, ReviewNoteKind(kind), QStringLiteral("Eva"), text);
    const QString reason = ReviewThreads::refusal(p, n);
    if (refused.isEmpty())
        QVERIFY2(reason.isEmpty(), qPrintable(reason));
    else
        QVERIFY2(reason.contains(refused), qPrintable(reason));
}

void tst_ReviewThreads::makeGivesANewNoteNow()
{
    const QDateTime before = QDateTime::currentDateTimeUtc();
    const ReviewNote a
        = ReviewThreads::make(uid(100), {}, ReviewNoteKind::Question, QStringLiteral("Anna"),
                              QStringLiteral("Klopt lid 2?"));
    const ReviewNote b = ReviewThreads::make(uid(100), a.uid, ReviewNoteKind::Answer,
                                             QStringLiteral("Eva"), QStringLiteral("Ja."));
    QVERIFY(Identifiers::isValidUid(a.uid));
    QVERIFY(a.uid != b.uid);
    QCOMPARE(a.entityUid, uid(100));
    QVERIFY(a.threadUid.isEmpty());
    QCOMPARE(b.threadUid, a.uid);
    QCOMPARE(b.kind, ReviewNoteKind::Answer);
    QCOMPARE(b.author, QStringLiteral("Eva"));
    QCOMPARE(b.text, QStringLiteral("Ja."));
    QCOMPARE(a.time.timeSpec(), Qt::UTC);
    QVERIFY(a.time >= before && a.time <= QDateTime::currentDateTimeUtc());
}

// Notes are staff talk, not content: they change no hash, no review state, no count, and nothing
// refers to an item through them.
void tst_ReviewThreads::notesAreNotContent()
{
    const Project with = fullProject();
    Project without = with;
    without.reviewNotes.clear();
    const Dilemma &dilemma = with.scenarios[0].segments[0].dilemmas[0];
    QCOMPARE(ContentHash::of(dilemma),
             ContentHash::of(without.scenarios[0].segments[0].dilemmas[0]));
    QCOMPARE(EntityCounts::of(with), EntityCounts::of(without));
    QCOMPARE(referrersOf(with, dilemma.uid), referrersOf(without, dilemma.uid));
    QCOMPARE(referrersOf(with, uid(31)), referrersOf(without, uid(31)));
    const QList<ReviewStatus> a = ReviewLedger(with).all();
    const QList<ReviewStatus> b = ReviewLedger(without).all();
    QCOMPARE(a.size(), b.size());
    for (qsizetype i = 0; i < a.size(); ++i) {
        QCOMPARE(a[i].state, b[i].state);
        QCOMPARE(a[i].stale, b[i].stale);
        QCOMPARE(a[i].currentHash, b[i].currentHash);
    }
}

void tst_ReviewThreads::storeKeepsNotesAndWithdrawsThem()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("n.kdproj"));
    const Project original = fullProject();
    StoreError error;
    QVERIFY2(ProjectStore::writeNew(file, original, false, &error), qPrintable(error.message));
    auto store = ProjectStore::open(file, ProjectStore::OpenMode::ReadWrite, &error);
    QVERIFY2(store, qPrintable(error.message));
    Project loaded;
    QVERIFY(store->load(&loaded));
    QCOMPARE(loaded.reviewNotes, original.reviewNotes);

    // An answer is appended, then withdrawn (undo), as a review record is.
    const ReviewNote answer = ReviewThreads::make(uid(31), uid(143), ReviewNoteKind::Answer,
                                                  QStringLiteral("Eva"), QStringLiteral("Ja."));
    QVERIFY(ReviewThreads::refusal(loaded, answer).isEmpty());
    QVERIFY2(store->insert(answer), qPrintable(store->lastError().message));
    QVERIFY(store->load(&loaded));
    QCOMPARE(loaded.reviewNotes.size(), original.reviewNotes.size() + 1);
    QCOMPARE(loaded.reviewNotes.constLast(), answer);
    QCOMPARE(ReviewThreads::of(uid(31), loaded.reviewNotes).constFirst().replies,
             QList<ReviewNote>{answer});

    // Never edited in place.
    QVERIFY(!store->backend().exec(QStringLiteral("UPDATE review_note SET text = 'anders'")));
    QVERIFY2(store->backend().lastError().contains(QLatin1String("append-only")),
             qPrintable(store->backend().lastError()));

    QVERIFY(store->remove(EntityKind::ReviewNote, answer.uid));
    QVERIFY(store->load(&loaded));
    QCOMPARE(loaded.reviewNotes, original.reviewNotes);
    QVERIFY(!store->remove(EntityKind::ReviewNote, answer.uid));
    QVERIFY2(store->lastError().message.contains(QLatin1String("review-note")),
             qPrintable(store->lastError().message));

    // The kind is one of three, whatever a file says.
    QVERIFY(!store->backend().exec(
        QStringLiteral("INSERT INTO review_note (uid, entity_uid, kind) VALUES (?, ?, 'remark')"),
        {uid(150), uid(100)}));
}

QTEST_GUILESS_MAIN(tst_ReviewThreads)
#include "tst_reviewthreads.moc"
