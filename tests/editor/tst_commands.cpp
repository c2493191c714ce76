#include "testprojects.h"

#include "commands/addreview.h"
#include "commands/addtrustedreviewer.h"
#include "commands/changeproperty.h"
#include "commands/removetrustedreviewer.h"
#include "commands/structurecommands.h"
#include "document/entityfactory.h"
#include "document/keyfollowstitle.h"
#include "document/projectdocument.h"
#include "forms/fieldtable.h"
#include "review/reviewledger.h"
#include "storage/database.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace kd;
using kd::testing::otherReviewerKey;
using kd::testing::testReviewerKey;
using kd::testing::uid;

namespace {

// The content of a project: undoing an edit restores it, while the change log keeps growing.
Project withoutLog(Project p)
{
    p.changeLog.clear();
    return p;
}

} // namespace

// Every command's redo and undo reach the file: after each step the project on disk, loaded
// afresh, equals the document's model, and undoing everything gives back the original.
class tst_Commands : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void changePropertyPersistsAndUndoes();
    void consecutiveTextCommitsMerge();
    void changeProjectInfo();
    void insertAndUndo();
    void removeWithChildrenAndUndo();
    void moveBetweenParentsAndUndo();
    void reorderWithinParentAndUndo();
    void macroUndoesAsOne();
    void readOnlyRefusesEveryEdit();
    void changeLogRowForEveryCommand();
    void reviewCommandsFourEyesUndoAndLog();
    void signedApprovalSurvivesReopening();
    void untrustedKeyRefused();
    void reviewsUnderTheAuthorName();
    void fourEyesComparesNamesAsPeopleRead_data();
    void fourEyesComparesNamesAsPeopleRead();
    void trustedReviewerAddRemoveUndoAndLog();
    void removedReviewersApprovalsStopCounting();
    void lookAlikeReviewerNamesRefused_data();
    void lookAlikeReviewerNamesRefused();
    void failedUndoAndRedoKeepStackModelAndFileInStep();
    void failedUndoInsideAMacro();
    void renameCarriesAFollowingKey_data();
    void renameCarriesAFollowingKey();
    void keyTypedByHandStays();
    void keyStopsFollowingOnceReviewedOrExported();
    void renameWithKeyMergesWithTyping();
    void keyFromALongNameFitsItsField();
    void failedRenameLeavesNameAndKey();

private:
    Project onDisk() const;
    // Makes every write of that kind to the table fail (a trigger that aborts it), as a full
    // disk or a damaged page would; another connection, like another program, sets it up.
    void injectFailure(const char *table, const char *operation);
    void removeFailure();
    void verifyPersisted();
    // Adds a new entity of the kind at the end of parentUid's list (EntityFactory); its uid.
    QString addNew(EntityKind kind, const QString &parentUid);
    QString valueOf(EntityKind kind, const QString &entity, const QString &field) const;
    void rename(EntityKind kind, const QString &entity, const QString &name);

    QTemporaryDir m_dir;
    QString m_path;
    ProjectDocument *m_doc = nullptr;
    Project m_original;
};

void tst_Commands::init()
{
    // One file per data row too: each row starts from a new project.
    m_path = m_dir.filePath(QStringLiteral("%1-%2.kdproj")
                                .arg(QLatin1String(QTest::currentTestFunction()),
                                     QString::number(qHash(QByteArray(QTest::currentDataTag())))));
    Project p = kd::testing::fullProject();
    Segment second = p.scenarios[0].segments[0];
    second.uid = uid(91);
    second.key = QStringLiteral("tweede");
    second.position = 1;
    second.dilemmas.clear();
    p.scenarios[0].segments.append(second);
    StoreError error;
    QVERIFY(ProjectStore::writeNew(m_path, p, false, &error));
    m_doc = new ProjectDocument;
    QVERIFY(m_doc->open(m_path, ProjectStore::OpenMode::ReadWrite, &error));
    m_original = m_doc->project();
}

void tst_Commands::cleanup()
{
    delete m_doc;
    m_doc = nullptr;
}

Project tst_Commands::onDisk() const
{
    StoreError error;
    auto reader = ProjectStore::open(m_path, ProjectStore::OpenMode::ReadOnly, &error);
    Project p;
    if (reader)
        reader->load(&p);
    return p;
}

void tst_Commands::verifyPersisted()
{
    QVERIFY(onDisk() == m_doc->project());
}

void tst_Commands::changePropertyPersistsAndUndoes()
{
    QUndoStack *stack = m_doc->undoStack();
    QSignalSpy changed(m_doc, &ProjectDocument::entityChanged);
    stack->push(new ChangeProperty<Dilemma, QString>(m_doc, uid(100), &Dilemma::question,
                                                     "question", "question", "Nieuwe vraag?"));
    QCOMPARE(m_doc->find<Dilemma>(uid(100))->question, QStringLiteral("Nieuwe vraag?"));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(2).toString(), QStringLiteral("question"));
    verifyPersisted();
    QCOMPARE(stack->undoText(), QStringLiteral("Change question"));
    // Children survive a property edit of their parent.
    QCOMPARE(m_doc->find<Dilemma>(uid(100))->options.size(), 3);

    stack->push(new ChangeProperty<Person, std::optional<int>>(m_doc, uid(80), &Person::age, "age",
                                                               "age", std::optional<int>()));
    QVERIFY(!m_doc->find<Person>(uid(80))->age);
    verifyPersisted();
    stack->push(new ChangeProperty<LegalSource, QDate>(
        m_doc, uid(30), &LegalSource::validUntil, "validUntil", "valid until", QDate(2030, 1, 1)));
    stack->push(new ChangeProperty<Professional, SecrecyRegime>(
        m_doc, uid(40), &Professional::secrecy, "secrecy", "secrecy", SecrecyRegime::PoliceData));
    stack->push(new ChangeProperty<Segment, QStringList>(m_doc, uid(90), &Segment::lifeDomainUids,
                                                         "lifeDomainUids", "life domains",
                                                         QStringList{uid(10)}));
    verifyPersisted();
    while (stack->canUndo()) {
        stack->undo();
        verifyPersisted();
    }
    QVERIFY(withoutLog(m_doc->project()) == withoutLog(m_original));
    while (stack->canRedo())
        stack->redo();
    verifyPersisted();
    QCOMPARE(m_doc->find<Segment>(uid(90))->lifeDomainUids, QStringList{uid(10)});
}

void tst_Commands::consecutiveTextCommitsMerge()
{
    QUndoStack *stack = m_doc->undoStack();
    for (const char *text : {"D", "De", "De vraag"})
        stack->push(new ChangeProperty<Dilemma, QString>(m_doc, uid(100), &Dilemma::question,
                                                         "question", "question", text));
    QCOMPARE(stack->count(), 1);
    stack->push(new ChangeProperty<Dilemma, QString>(m_doc, uid(100), &Dilemma::situation,
                                                     "situation", "situation", "Anders."));
    QCOMPARE(stack->count(), 2);
    stack->push(new ChangeProperty<Dilemma, QString>(m_doc, uid(100), &Dilemma::question,
                                                     "question", "question", "Nog een vraag"));
    QCOMPARE(stack->count(), 3); // not consecutive: a separate step
    stack->undo();
    stack->undo();
    QCOMPARE(m_doc->find<Dilemma>(uid(100))->question, QStringLiteral("De vraag"));
    stack->undo();
    QCOMPARE(m_doc->find<Dilemma>(uid(100))->question,
             m_original.scenarios[0].segments[0].dilemmas[0].question);
    verifyPersisted();
}

void tst_Commands::changeProjectInfo()
{
    m_doc->undoStack()->push(new ChangeProperty<ProjectInfo, QString>(
        m_doc, m_doc->project().info.uid, &ProjectInfo::title, "title", "title", "Nieuwe titel"));
    QCOMPARE(onDisk().info.title, QStringLiteral("Nieuwe titel"));
    m_doc->undoStack()->undo();
    QCOMPARE(onDisk().info.title, m_original.info.title);
}

void tst_Commands::insertAndUndo()
{
    QUndoStack *stack = m_doc->undoStack();
    QSignalSpy inserted(m_doc, &ProjectDocument::entityInserted);
    Dilemma d;
    d.uid = uid(200);
    d.key = QStringLiteral("nieuw");
    d.question = QStringLiteral("Nieuwe vraag?");
    d.options = {{uid(201), "A", "a", Assessment::Recommended, 0},
                 {uid(202), "B", "b", Assessment::NotAdvisable, 1}};
    stack->push(new InsertEntity<Dilemma>(m_doc, uid(90), 0, d, "Add dilemma"));
    QCOMPARE(inserted.count(), 1);
    const Segment *segment = m_doc->find<Segment>(uid(90));
    QCOMPARE(segment->dilemmas.size(), 2);
    QCOMPARE(segment->dilemmas[0].uid, uid(200));
    QCOMPARE(segment->dilemmas[1].position, 1); // the old one shifted
    verifyPersisted();
    QCOMPARE(onDisk().scenarios[0].segments[0].dilemmas[0].options.size(), 2);

    stack->push(new InsertEntity<Theme>(
        m_doc, {}, 1, Theme{uid(210), "meldcode", "Meldcode", {}, 0}, "Add theme"));
    stack->push(new InsertEntity<Option>(m_doc, uid(100), 3,
                                         Option{uid(211), "Vierde", "f", Assessment::Acceptable, 0},
                                         "Add option"));
    verifyPersisted();
    stack->undo();
    stack->undo();
    stack->undo();
    verifyPersisted();
    QVERIFY(withoutLog(m_doc->project()) == withoutLog(m_original));

    // Inserting under a parent that does not exist fails and leaves no command behind.
    stack->push(new InsertEntity<Option>(
        m_doc, uid(999), 0, Option{uid(212), "x", "y", Assessment::Acceptable, 0}, "Add option"));
    QCOMPARE(stack->index(), 0);
    QVERIFY(withoutLog(m_doc->project()) == withoutLog(m_original));
}

void tst_Commands::removeWithChildrenAndUndo()
{
    QUndoStack *stack = m_doc->undoStack();
    stack->push(new RemoveEntity<Segment>(m_doc, uid(90), "Delete segment"));
    QCOMPARE(m_doc->project().scenarios[0].segments.size(), 1);
    QCOMPARE(m_doc->project().scenarios[0].segments[0].uid, uid(91));
    QCOMPARE(m_doc->project().scenarios[0].segments[0].position, 0);
    verifyPersisted();
    stack->undo();
    verifyPersisted();
    QVERIFY(withoutLog(m_doc->project()) == withoutLog(m_original));
    stack->redo();
    verifyPersisted();

    stack->push(new RemoveEntity<Scenario>(m_doc, uid(70), "Delete scenario"));
    QVERIFY(m_doc->project().scenarios.isEmpty());
    verifyPersisted();
    stack->undo();
    stack->undo();
    QVERIFY(withoutLog(m_doc->project()) == withoutLog(m_original));
    verifyPersisted();
}

void tst_Commands::moveBetweenParentsAndUndo()
{
    QUndoStack *stack = m_doc->undoStack();
    QSignalSpy moved(m_doc, &ProjectDocument::entityMoved);
    stack->push(new MoveEntity<Dilemma>(m_doc, uid(100), uid(91), 0, "Move dilemma"));
    QCOMPARE(moved.count(), 1);
    QVERIFY(m_doc->find<Segment>(uid(90))->dilemmas.isEmpty());
    QCOMPARE(m_doc->find<Segment>(uid(91))->dilemmas.size(), 1);
    QCOMPARE(m_doc->find<Segment>(uid(91))->dilemmas[0].options.size(), 3);
    verifyPersisted();
    stack->undo();
    verifyPersisted();
    QVERIFY(withoutLog(m_doc->project()) == withoutLog(m_original));
}

void tst_Commands::reorderWithinParentAndUndo()
{
    QUndoStack *stack = m_doc->undoStack();
    stack->push(new MoveEntity<Option>(m_doc, uid(110), uid(100), 2, "Move option"));
    const QList<Option> &options = m_doc->find<Dilemma>(uid(100))->options;
    QCOMPARE(options[0].uid, uid(111));
    QCOMPARE(options[2].uid, uid(110));
    for (int i = 0; i < options.size(); ++i)
        QCOMPARE(options[i].position, i);
    verifyPersisted();
    stack->push(new MoveEntity<Segment>(m_doc, uid(91), uid(70), 0, "Move segment"));
    QCOMPARE(m_doc->project().scenarios[0].segments[0].uid, uid(91));
    verifyPersisted();
    stack->undo();
    stack->undo();
    verifyPersisted();
    QVERIFY(withoutLog(m_doc->project()) == withoutLog(m_original));
}

void tst_Commands::macroUndoesAsOne()
{
    QUndoStack *stack = m_doc->undoStack();
    stack->beginMacro("Replace option");
    stack->push(new RemoveEntity<Option>(m_doc, uid(112), "Delete option"));
    stack->push(new InsertEntity<Option>(m_doc, uid(100), 2,
                                         Option{uid(220), "Nieuw", "n", Assessment::Acceptable, 0},
                                         "Add option"));
    stack->endMacro();
    QCOMPARE(stack->count(), 1);
    QCOMPARE(stack->undoText(), QStringLiteral("Replace option"));
    verifyPersisted();
    stack->undo();
    QVERIFY(withoutLog(m_doc->project()) == withoutLog(m_original));
    verifyPersisted();
}

void tst_Commands::readOnlyRefusesEveryEdit()
{
    delete m_doc;
    m_doc = new ProjectDocument;
    StoreError error;
    QVERIFY(m_doc->open(m_path, ProjectStore::OpenMode::ReadOnly, &error));
    QSignalSpy failed(m_doc, &ProjectDocument::writeFailed);
    m_doc->undoStack()->push(new ChangeProperty<Dilemma, QString>(
        m_doc, uid(100), &Dilemma::question, "question", "question", "X"));
    m_doc->undoStack()->push(new RemoveEntity<Scenario>(m_doc, uid(70), "Delete"));
    QCOMPARE(failed.count(), 2);
    QCOMPARE(m_doc->undoStack()->count(), 0);
    QVERIFY(withoutLog(m_doc->project()) == withoutLog(m_original));
}

void tst_Commands::changeLogRowForEveryCommand()
{
    m_doc->setAuthor(QStringLiteral("Anna"));
    QUndoStack *stack = m_doc->undoStack();
    struct Expect
    {
        QString entity;
        QString field;
        QString summaryStart;
    };
    QList<Expect> expected;
    auto check = [&] {
        const QList<ChangeLogEntry> log = onDisk().changeLog;
        QCOMPARE(log.size(), expected.size());
        for (int i = 0; i < log.size(); ++i) {
            QCOMPARE(log[i].author, i == 0 ? QStringLiteral("redacteur") : QStringLiteral("Anna"));
            QCOMPARE(log[i].entityUid, expected[i].entity);
            QCOMPARE(log[i].field, expected[i].field);
            QVERIFY2(log[i].summary.startsWith(expected[i].summaryStart),
                     qPrintable(log[i].summary));
            QVERIFY(log[i].time.isValid());
        }
        QCOMPARE(m_doc->project().changeLog, log);
    };
    // m_original already holds fullProject's one log row.
    expected.append({uid(100), "question", "vraag"});
    stack->push(new ChangeProperty<Dilemma, QString>(m_doc, uid(100), &Dilemma::question,
                                                     "question", "question", "Vraag?"));
    expected.append({uid(100), "question", "changed question"});
    check();
    stack->push(new ChangeProperty<Option, QString>(m_doc, uid(111), &Option::feedback, "feedback",
                                                    "feedback", "Beter."));
    expected.append({uid(100), "option.feedback", "changed option.feedback"}); // under its dilemma
    check();
    stack->push(new InsertEntity<Theme>(m_doc, {}, 1, Theme{uid(230), "t", "T", {}, 0}, "Add"));
    expected.append({uid(230), "", "added theme"});
    check();
    stack->push(new MoveEntity<Dilemma>(m_doc, uid(100), uid(91), 0, "Move"));
    expected.append({uid(100), "position", "moved dilemma"});
    check();
    stack->push(new RemoveEntity<LegalReference>(m_doc, uid(121), "Delete"));
    expected.append({uid(100), "", "deleted legal-reference"});
    check();
    stack->push(new ChangeProperty<ProjectInfo, QString>(
        m_doc, m_original.info.uid, &ProjectInfo::publisher, "publisher", "publisher", "TSD"));
    expected.append({m_original.info.uid, "publisher", "changed publisher"});
    check();
    stack->undo(); // an undo is an edit too
    expected.append({m_original.info.uid, "publisher", "changed publisher"});
    check();
    // A failed edit leaves no row.
    stack->push(new InsertEntity<Option>(
        m_doc, uid(999), 0, Option{uid(240), "x", "y", Assessment::Acceptable, 0}, "Add"));
    check();
}

void tst_Commands::reviewCommandsFourEyesUndoAndLog()
{
    const QString dilemma = uid(100);
    QString reason;
    // Bert's key is trusted too (fullProject trusts R. Eviewer's).
    auto trustBert = AddTrustedReviewer::make(m_doc, otherReviewerKey().publicPart(),
                                              QStringLiteral("Bert"), &reason);
    QVERIFY2(trustBert, qPrintable(reason));
    m_doc->undoStack()->push(trustBert.release());
    m_doc->setAuthor(QStringLiteral("Bert"));
    QUndoStack *stack = m_doc->undoStack();
    stack->push(new ChangeProperty<Dilemma, QString>(m_doc, dilemma, &Dilemma::question, "question",
                                                     "question", "Vraag?"));

    // Four eyes: Bert made the last change, so his key may not approve it; R. Eviewer's may.
    QVERIFY(!AddReview::approve(m_doc, dilemma, otherReviewerKey(), {}, &reason));
    QVERIFY2(reason.contains(QLatin1String("four eyes")), qPrintable(reason));
    QVERIFY(!AddReview::approve(m_doc, uid(70), testReviewerKey(), {}, &reason));
    QVERIFY(!AddReview::requestChanges(m_doc, dilemma, testReviewerKey(), {}, &reason));

    const int logBefore = int(m_doc->project().changeLog.size());
    // R. Eviewer at the desk: the review is recorded under the name the edits are.
    m_doc->setAuthor(QStringLiteral("R. Eviewer"));
    auto request = AddReview::requestChanges(m_doc, dilemma, testReviewerKey(),
                                             QStringLiteral("Noem de meldcode."), &reason);
    QVERIFY(request);
    // Signed, too: a request for changes cannot be forged either.
    QCOMPARE(request->review().keyFingerprint, testReviewerKey().fingerprint());
    QVERIFY(ApprovalTrust(m_doc->project()).verifies(request->review()));
    QCOMPARE(request->review().reviewer, QStringLiteral("R. Eviewer"));
    stack->push(request.release());
    // Asking for changes does not make the reviewer the last editor: they may approve later.
    auto approval = AddReview::approve(m_doc, dilemma, testReviewerKey(),
                                       QStringLiteral("Akkoord."), &reason);
    QVERIFY2(approval, qPrintable(reason));
    QCOMPARE(approval->review().contentHash,
             ReviewLedger(m_doc->project()).statusOf(dilemma)->currentHash);
    stack->push(approval.release());
    QVERIFY(ReviewLedger(m_doc->project()).statusOf(dilemma)->isApprovedAndCurrent());
    verifyPersisted();

    // Each review action is one logged row under the dilemma, by whoever edits.
    QList<ChangeLogEntry> log = onDisk().changeLog;
    QCOMPARE(log.size(), logBefore + 2);
    QCOMPARE(log[logBefore].entityUid, dilemma);
    QCOMPARE(log[logBefore].field, QStringLiteral("review"));
    QCOMPARE(log[logBefore].author, QStringLiteral("R. Eviewer"));
    QVERIFY(log[logBefore].summary.contains(QLatin1String("changes-requested")));
    QVERIFY(log[logBefore + 1].summary.contains(QLatin1String("approved")));

    // Undo withdraws the approval (and logs that); redo puts it back.
    stack->undo();
    QCOMPARE(ReviewLedger(m_doc->project()).statusOf(dilemma)->state,
             ReviewState::ChangesRequested);
    verifyPersisted();
    QCOMPARE(onDisk().changeLog.size(), logBefore + 3);
    stack->redo();
    QVERIFY(ReviewLedger(m_doc->project()).statusOf(dilemma)->isApprovedAndCurrent());

    // One word changed after approval: stale, and the export gate would refuse it.
    stack->push(new ChangeProperty<Dilemma, QString>(m_doc, dilemma, &Dilemma::question, "question",
                                                     "question", "Vraag nu?"));
    QVERIFY(ReviewLedger(m_doc->project()).statusOf(dilemma)->stale);
    verifyPersisted();
}

void tst_Commands::signedApprovalSurvivesReopening()
{
    m_doc->setAuthor(QStringLiteral("R. Eviewer"));
    QString reason;
    auto approval = AddReview::approve(m_doc, uid(100), testReviewerKey(), {}, &reason);
    QVERIFY2(approval, qPrintable(reason));
    const Review review = approval->review();
    QVERIFY(!review.signature.isEmpty());
    m_doc->undoStack()->push(approval.release());

    m_doc->close();
    StoreError error;
    QVERIFY(m_doc->open(m_path, ProjectStore::OpenMode::ReadWrite, &error));
    const QList<Review> &reviews = m_doc->project().reviews;
    const auto stored = std::find_if(reviews.cbegin(), reviews.cend(),
                                     [&](const Review &r) { return r.uid == review.uid; });
    QVERIFY(stored != reviews.cend());
    // Milliseconds and all: the time is signed, so the file must give it back exactly.
    QCOMPARE(stored->time, review.time);
    QCOMPARE(*stored, review);
    const std::optional<ReviewStatus> status = ReviewLedger(m_doc->project()).statusOf(uid(100));
    QCOMPARE(status->verdict, ApprovalVerdict::Counts);
    QVERIFY(status->isApprovedAndCurrent());
}

void tst_Commands::untrustedKeyRefused()
{
    const ReviewerKey stranger = ReviewerKey::generate(QStringLiteral("R. Eviewer"));
    QString reason;
    QVERIFY(!AddReview::approve(m_doc, uid(100), stranger, {}, &reason));
    QVERIFY2(reason.contains(QLatin1String("not among this project's trusted reviewers")),
             qPrintable(reason));
    QVERIFY2(reason.contains(shortFingerprint(stranger.fingerprint())), qPrintable(reason));
    reason.clear();
    QVERIFY(!AddReview::requestChanges(m_doc, uid(100), stranger, QStringLiteral("Nee."), &reason));
    QVERIFY(!reason.isEmpty());
    QCOMPARE(m_doc->undoStack()->count(), 0);
}

// In a project file a person reviews under the name their edits are recorded under: a key the
// project trusts under another name is refused, with both names; names compare as people read.
void tst_Commands::reviewsUnderTheAuthorName()
{
    m_doc->setAuthor(QStringLiteral("Anna"));
    QString reason;
    QVERIFY(!AddReview::approve(m_doc, uid(100), testReviewerKey(), {}, &reason));
    QVERIFY2(reason.contains(QLatin1String("Anna")) && reason.contains(QLatin1String("R. Eviewer")),
             qPrintable(reason));
    reason.clear();
    QVERIFY(!AddReview::requestChanges(m_doc, uid(100), testReviewerKey(), QStringLiteral("Nee."),
                                       &reason));
    QVERIFY2(reason.contains(QLatin1String("Anna")), qPrintable(reason));

    m_doc->setAuthor(QStringLiteral("r.  eviewer"));
    auto approval = AddReview::approve(m_doc, uid(100), testReviewerKey(), {}, &reason);
    QVERIFY2(approval, qPrintable(reason));
    QCOMPARE(approval->review().reviewer, QStringLiteral("R. Eviewer"));
}

void tst_Commands::fourEyesComparesNamesAsPeopleRead_data()
{
    QTest::addColumn<QString>("author");
    QTest::newRow("same") << QStringLiteral("R. Eviewer");
    QTest::newRow("case") << QStringLiteral("r. eviewer");
    QTest::newRow("spaces") << QStringLiteral("  R.   Eviewer ");
    QTest::newRow("zero-width space") << QStringLiteral("R. Evi\u200Bewer");
    QTest::newRow("cyrillic e") << QStringLiteral("R. \u0415viewer");
}

void tst_Commands::fourEyesComparesNamesAsPeopleRead()
{
    QFETCH(QString, author);
    m_doc->setAuthor(author);
    m_doc->undoStack()->push(new ChangeProperty<Dilemma, QString>(
        m_doc, uid(100), &Dilemma::question, "question", "question", "Vraag?"));
    QString reason;
    QVERIFY(!AddReview::approve(m_doc, uid(100), testReviewerKey(), {}, &reason));
    QVERIFY2(reason.contains(QLatin1String("four eyes")), qPrintable(reason));
}

void tst_Commands::trustedReviewerAddRemoveUndoAndLog()
{
    QUndoStack *stack = m_doc->undoStack();
    QSignalSpy changed(m_doc, &ProjectDocument::trustedReviewersChanged);
    m_doc->setAuthor(QStringLiteral("Beheer"));
    QString reason;
    auto add = AddTrustedReviewer::make(m_doc, otherReviewerKey().publicPart(), {}, &reason);
    QVERIFY2(add, qPrintable(reason));
    const TrustedReviewer added = add->reviewer();
    QCOMPARE(added.name, QStringLiteral("O. Ther")); // the key file's name
    QCOMPARE(added.addedBy, QStringLiteral("Beheer"));
    QCOMPARE(added.fingerprint, otherReviewerKey().fingerprint());
    stack->push(add.release());
    QCOMPARE(m_doc->project().trustedReviewers.size(), 2);
    QCOMPARE(changed.count(), 1);
    verifyPersisted();
    auto lastLog = [this] {
        return onDisk().changeLog.constLast();
    };
    QCOMPARE(lastLog().entityUid, m_original.info.uid);
    QCOMPARE(lastLog().field, QString::fromLatin1(TrustedReviewers::logField));
    QCOMPARE(lastLog().summary, TrustedReviewers::addedSummary(added));
    QCOMPARE(lastLog().author, QStringLiteral("Beheer"));

    stack->undo();
    QCOMPARE(m_doc->project().trustedReviewers, m_original.trustedReviewers);
    verifyPersisted();
    QCOMPARE(lastLog().summary, TrustedReviewers::removedSummary(added));
    stack->redo();
    QCOMPARE(m_doc->project().trustedReviewers.constLast(), added);
    verifyPersisted();

    // Removing the first one, and undoing that, puts it back in its place.
    const TrustedReviewer first = m_doc->project().trustedReviewers.constFirst();
    stack->push(new RemoveTrustedReviewer(m_doc, first));
    QCOMPARE(m_doc->project().trustedReviewers, QList<TrustedReviewer>{added});
    QCOMPARE(lastLog().summary, TrustedReviewers::removedSummary(first));
    verifyPersisted();
    stack->undo();
    QCOMPARE(m_doc->project().trustedReviewers, (QList<TrustedReviewer>{first, added}));
    QCOMPARE(lastLog().summary, TrustedReviewers::addedSummary(first));
    verifyPersisted();
    QCOMPARE(changed.count(), 5);
}

void tst_Commands::removedReviewersApprovalsStopCounting()
{
    m_doc->setAuthor(QStringLiteral("R. Eviewer"));
    QString reason;
    auto approval = AddReview::approve(m_doc, uid(100), testReviewerKey(), {}, &reason);
    QVERIFY2(approval, qPrintable(reason));
    m_doc->undoStack()->push(approval.release());
    QVERIFY(ReviewLedger(m_doc->project()).statusOf(uid(100))->isApprovedAndCurrent());
    const TrustedReviewer reviewer = m_doc->project().trustedReviewers.constFirst();
    QCOMPARE(RemoveTrustedReviewer::countingApprovals(m_doc->project(), reviewer.fingerprint), 1);

    m_doc->undoStack()->push(new RemoveTrustedReviewer(m_doc, reviewer));
    std::optional<ReviewStatus> status = ReviewLedger(m_doc->project()).statusOf(uid(100));
    QCOMPARE(status->verdict, ApprovalVerdict::UnknownKey);
    QVERIFY(!status->isApprovedAndCurrent());
    QVERIFY(status->isApprovedUnverified());
    QCOMPARE(RemoveTrustedReviewer::countingApprovals(m_doc->project(), reviewer.fingerprint), 0);
    // And the key can no longer approve.
    QVERIFY(!AddReview::approve(m_doc, uid(100), testReviewerKey(), {}, &reason));

    m_doc->undoStack()->undo();
    status = ReviewLedger(m_doc->project()).statusOf(uid(100));
    QCOMPARE(status->verdict, ApprovalVerdict::Counts);
}

void tst_Commands::lookAlikeReviewerNamesRefused_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("case") << QStringLiteral("r. eviewer");
    QTest::newRow("spaces") << QStringLiteral("R.  Eviewer");
    QTest::newRow("zero-width space") << QStringLiteral("R. Evie\u200Bwer");
    QTest::newRow("cyrillic i") << QStringLiteral("R. Ev\u0456ewer");
}

void tst_Commands::lookAlikeReviewerNamesRefused()
{
    QFETCH(QString, name);
    QString reason;
    QVERIFY(!AddTrustedReviewer::make(m_doc, otherReviewerKey().publicPart(), name, &reason));
    QVERIFY(!reason.isEmpty());
    // The key already trusted cannot be added twice, under any name.
    QVERIFY(!AddTrustedReviewer::make(m_doc, testReviewerKey().publicPart(),
                                      QStringLiteral("Someone Else"), &reason));
    QVERIFY2(reason.contains(QLatin1String("already trusted")), qPrintable(reason));
    QCOMPARE(m_doc->undoStack()->count(), 0);
    QCOMPARE(m_doc->project().trustedReviewers.size(), 1);
}

void tst_Commands::injectFailure(const char *table, const char *operation)
{
    Database other;
    QVERIFY(other.open(m_path, false));
    QVERIFY2(other.exec(QStringLiteral("CREATE TRIGGER injected_failure BEFORE %1 ON %2 BEGIN "
                                       "SELECT RAISE(ABORT, 'injected write failure'); END")
                            .arg(QLatin1String(operation), QLatin1String(table))),
             qPrintable(other.lastError()));
}

void tst_Commands::removeFailure()
{
    Database other;
    QVERIFY(other.open(m_path, false));
    QVERIFY(other.exec(QStringLiteral("DROP TRIGGER injected_failure")));
}

void tst_Commands::failedUndoAndRedoKeepStackModelAndFileInStep()
{
    QUndoStack *stack = m_doc->undoStack();
    QSignalSpy failed(m_doc, &ProjectDocument::writeFailed);
    const QString originalQuestion = m_doc->find<Dilemma>(uid(100))->question;
    stack->push(new ChangeProperty<Dilemma, QString>(m_doc, uid(100), &Dilemma::question,
                                                     "question", "question", "Nieuwe vraag?"));
    QCOMPARE(stack->index(), 1);

    // The undo's write fails: the user hears it, the edit stays done everywhere.
    injectFailure("dilemma", "UPDATE");
    stack->undo();
    QCOMPARE(failed.count(), 1);
    QVERIFY2(failed.at(0).at(0).toString().contains(QLatin1String("injected write failure")),
             qPrintable(failed.at(0).at(0).toString()));
    QTRY_COMPARE(stack->index(), 1);
    QCOMPARE(m_doc->find<Dilemma>(uid(100))->question, QStringLiteral("Nieuwe vraag?"));
    QVERIFY(stack->canUndo());
    QVERIFY(!stack->canRedo());
    verifyPersisted();

    // Once writes work again, the same step undoes.
    removeFailure();
    stack->undo();
    QCOMPARE(stack->index(), 0);
    QCOMPARE(m_doc->find<Dilemma>(uid(100))->question, originalQuestion);
    verifyPersisted();

    // A redo that fails leaves it undone, and redoable.
    injectFailure("dilemma", "UPDATE");
    stack->redo();
    QCOMPARE(failed.count(), 2);
    QTRY_COMPARE(stack->index(), 0);
    QVERIFY(stack->canRedo());
    QCOMPARE(m_doc->find<Dilemma>(uid(100))->question, originalQuestion);
    verifyPersisted();
    removeFailure();
    stack->redo();
    QCOMPARE(stack->index(), 1);
    QCOMPARE(m_doc->find<Dilemma>(uid(100))->question, QStringLiteral("Nieuwe vraag?"));
    verifyPersisted();

    // A structural step too: the deleted option cannot come back while inserts fail.
    const QString optionUid = m_doc->find<Dilemma>(uid(100))->options.first().uid;
    stack->push(new RemoveEntity<Option>(m_doc, optionUid, "delete option"));
    QVERIFY(!m_doc->find<Option>(optionUid));
    injectFailure("dilemma_option", "INSERT");
    stack->undo();
    QTRY_COMPARE(stack->index(), 2);
    QVERIFY(!m_doc->find<Option>(optionUid));
    verifyPersisted();
    removeFailure();
    stack->undo();
    QVERIFY(m_doc->find<Option>(optionUid));
    verifyPersisted();
}

void tst_Commands::failedUndoInsideAMacro()
{
    // Replace All and the like: several writes undone as one step. When one of them fails, the
    // stack puts the whole step back as done, the ones undone before the failure included.
    QUndoStack *stack = m_doc->undoStack();
    stack->beginMacro(QStringLiteral("two edits"));
    stack->push(new ChangeProperty<Theme, QString>(m_doc, uid(50), &Theme::label, "label", "label",
                                                   "Eerste"));
    stack->push(new ChangeProperty<Dilemma, QString>(m_doc, uid(100), &Dilemma::question,
                                                     "question", "question", "Tweede?"));
    stack->endMacro();
    const Project edited = m_doc->project();
    injectFailure("theme", "UPDATE"); // the macro undoes the dilemma first, then fails here
    stack->undo();
    QTRY_COMPARE(stack->index(), 1);
    QVERIFY(withoutLog(m_doc->project()) == withoutLog(edited));
    verifyPersisted();
    removeFailure();
    stack->undo();
    QVERIFY(withoutLog(m_doc->project()) == withoutLog(m_original));
    verifyPersisted();
}

QString tst_Commands::addNew(EntityKind kind, const QString &parentUid)
{
    int count = 0;
    auto last = [&]() -> QString {
        const Project &p = m_doc->project();
        switch (kind) {
        case EntityKind::Scenario:
            count = int(p.scenarios.size());
            return p.scenarios.isEmpty() ? QString() : p.scenarios.last().uid;
        case EntityKind::Segment:
            count = int(m_doc->find<Scenario>(parentUid)->segments.size());
            return count ? m_doc->find<Scenario>(parentUid)->segments.last().uid : QString();
        case EntityKind::Dilemma:
            count = int(m_doc->find<Segment>(parentUid)->dilemmas.size());
            return count ? m_doc->find<Segment>(parentUid)->dilemmas.last().uid : QString();
        default:
            return {};
        }
    };
    last();
    m_doc->undoStack()->push(EntityFactory::createNew(m_doc, kind, parentUid, count));
    return last();
}

QString tst_Commands::valueOf(EntityKind kind, const QString &entity, const QString &field) const
{
    return FieldTable::field(kind, field)->read(*m_doc, entity).value_or(QVariant()).toString();
}

void tst_Commands::rename(EntityKind kind, const QString &entity, const QString &name)
{
    m_doc->undoStack()->push(KeyFollowsTitle::rename(m_doc, kind, entity, name));
}

void tst_Commands::renameCarriesAFollowingKey_data()
{
    QTest::addColumn<EntityKind>("kind");
    QTest::addColumn<QString>("parent");
    QTest::addColumn<QString>("secondParent");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("secondKey");
    QTest::addColumn<QString>("undoText");
    QTest::newRow("scenario") << EntityKind::Scenario << QString() << QString() << "title"
                              << "Familie Jansen"
                              << "familie-jansen"
                              << "familie-jansen-2"
                              << "Change Title";
    // A moment's key is unique within its scenario.
    QTest::newRow("moment") << EntityKind::Segment << uid(70) << uid(70) << "title"
                            << "Eerste gesprek"
                            << "eerste-gesprek"
                            << "eerste-gesprek-2"
                            << "Change Title";
    // A dilemma's within the project: the second is in another moment.
    QTest::newRow("dilemma") << EntityKind::Dilemma << uid(90) << uid(91) << "question"
                             << "Mag de school het weten?"
                             << "mag-de-school-het-weten"
                             << "mag-de-school-het-weten-2"
                             << "Change Question";
}

void tst_Commands::renameCarriesAFollowingKey()
{
    QFETCH(EntityKind, kind);
    QFETCH(QString, parent);
    QFETCH(QString, secondParent);
    QFETCH(QString, field);
    QFETCH(QString, name);
    QFETCH(QString, key);
    QFETCH(QString, secondKey);
    QFETCH(QString, undoText);
    QUndoStack *stack = m_doc->undoStack();

    const QString first = addNew(kind, parent);
    rename(kind, first, name);
    QCOMPARE(valueOf(kind, first, field), name);
    QCOMPARE(valueOf(kind, first, "key"), key);
    QCOMPARE(stack->count(), 2); // the insert, and the name with its key
    QCOMPARE(stack->undoText(), undoText);
    verifyPersisted();

    const QString second = addNew(kind, secondParent);
    const QString placeholder = valueOf(kind, second, "key");
    rename(kind, second, name);
    QCOMPARE(valueOf(kind, second, "key"), secondKey);
    verifyPersisted();

    // One undo takes back the name and the key; one redo brings both again.
    stack->undo();
    QCOMPARE(valueOf(kind, second, field), QString());
    QCOMPARE(valueOf(kind, second, "key"), placeholder);
    verifyPersisted();
    stack->redo();
    QCOMPARE(valueOf(kind, second, field), name);
    QCOMPARE(valueOf(kind, second, "key"), secondKey);
    verifyPersisted();
    while (stack->canUndo())
        stack->undo();
    QVERIFY(withoutLog(m_doc->project()) == withoutLog(m_original));
    verifyPersisted();
}

void tst_Commands::keyTypedByHandStays()
{
    QUndoStack *stack = m_doc->undoStack();
    const QString moment = addNew(EntityKind::Segment, uid(70));
    rename(EntityKind::Segment, moment, "Eerste gesprek");
    QCOMPARE(valueOf(EntityKind::Segment, moment, "key"), QStringLiteral("eerste-gesprek"));
    stack->push(FieldTable::field(EntityKind::Segment, "key")
                    ->change(m_doc, moment, QStringLiteral("mijn-moment")));
    rename(EntityKind::Segment, moment, "Later gesprek");
    QCOMPARE(valueOf(EntityKind::Segment, moment, "title"), QStringLiteral("Later gesprek"));
    QCOMPARE(valueOf(EntityKind::Segment, moment, "key"), QStringLiteral("mijn-moment"));
    QCOMPARE(stack->count(), 4);

    // Existing content whose key is not its name's keeps it ...
    rename(EntityKind::Dilemma, uid(100), "Een andere vraag?");
    QCOMPARE(valueOf(EntityKind::Dilemma, uid(100), "key"), QStringLiteral("toestemming-ouders"));
    // ... and so does content that was there when the project was opened, even when its key is
    // its name's: a package may have published it, and its key is in the package's paths.
    const QString scenarioKey = valueOf(EntityKind::Scenario, uid(70), "key");
    rename(EntityKind::Scenario, uid(70), valueOf(EntityKind::Scenario, uid(70), "title"));
    rename(EntityKind::Scenario, uid(70), "Familie Özdemir-Jansen");
    QCOMPARE(valueOf(EntityKind::Scenario, uid(70), "title"),
             QStringLiteral("Familie Özdemir-Jansen"));
    QCOMPARE(valueOf(EntityKind::Scenario, uid(70), "key"), scenarioKey);
    // Kinds without a key rename as before.
    rename(EntityKind::Person, uid(80), "Ayla");
    QCOMPARE(m_doc->find<Person>(uid(80))->name, QStringLiteral("Ayla"));
    verifyPersisted();
}

void tst_Commands::keyStopsFollowingOnceReviewedOrExported()
{
    // A new dilemma's key follows until it is in review ...
    const QString dilemma = addNew(EntityKind::Dilemma, uid(91));
    rename(EntityKind::Dilemma, dilemma, "Mag de school het weten?");
    QCOMPARE(valueOf(EntityKind::Dilemma, dilemma, "key"),
             QStringLiteral("mag-de-school-het-weten"));
    Review submitted{QUuid::createUuid().toString(QUuid::WithoutBraces),
                     dilemma,
                     ReviewState::InReview,
                     QStringLiteral("Eva"),
                     QDateTime::currentDateTimeUtc(),
                     QString(),
                     QString()};
    QVERIFY(m_doc->addReview(submitted));
    rename(EntityKind::Dilemma, dilemma, "Mag de school het nu weten?");
    QCOMPARE(valueOf(EntityKind::Dilemma, dilemma, "key"),
             QStringLiteral("mag-de-school-het-weten"));

    // ... and a new moment's until the project is exported.
    const QString moment = addNew(EntityKind::Segment, uid(70));
    rename(EntityKind::Segment, moment, "Eerste gesprek");
    QCOMPARE(valueOf(EntityKind::Segment, moment, "key"), QStringLiteral("eerste-gesprek"));
    m_doc->exported();
    rename(EntityKind::Segment, moment, "Tweede gesprek");
    QCOMPARE(valueOf(EntityKind::Segment, moment, "title"), QStringLiteral("Tweede gesprek"));
    QCOMPARE(valueOf(EntityKind::Segment, moment, "key"), QStringLiteral("eerste-gesprek"));
    verifyPersisted();
}

void tst_Commands::renameWithKeyMergesWithTyping()
{
    // The form commits a name typed with pauses several times: still one step, key and all.
    QUndoStack *stack = m_doc->undoStack();
    const QString dilemma = addNew(EntityKind::Dilemma, uid(91));
    for (const char *typed : {"Mag", "Mag de", "Mag de school", "Mag de school?"})
        rename(EntityKind::Dilemma, dilemma, typed);
    QCOMPARE(stack->count(), 2);
    QCOMPARE(valueOf(EntityKind::Dilemma, dilemma, "key"), QStringLiteral("mag-de-school"));
    verifyPersisted();
    stack->undo();
    QCOMPARE(valueOf(EntityKind::Dilemma, dilemma, "question"), QString());
    QCOMPARE(valueOf(EntityKind::Dilemma, dilemma, "key"), QStringLiteral("dilemma"));
    verifyPersisted();
    // Another field's edit in between ends the step.
    stack->redo();
    stack->push(FieldTable::field(EntityKind::Dilemma, "situation")
                    ->change(m_doc, dilemma, QStringLiteral("Noah zwijgt.")));
    rename(EntityKind::Dilemma, dilemma, "Mag de school het weten?");
    QCOMPARE(stack->count(), 4);
    QCOMPARE(valueOf(EntityKind::Dilemma, dilemma, "key"),
             QStringLiteral("mag-de-school-het-weten"));
}

void tst_Commands::keyFromALongNameFitsItsField()
{
    const QString dilemma = addNew(EntityKind::Dilemma, uid(91));
    rename(EntityKind::Dilemma, dilemma,
           "Mag de wijkverpleegkundige zonder toestemming van de ouders contact opnemen met de "
           "school over de zorgen om Noah?");
    // Whole words, with room left for a suffix within the key's 60 characters.
    QCOMPARE(valueOf(EntityKind::Dilemma, dilemma, "key"),
             QStringLiteral("mag-de-wijkverpleegkundige-zonder-toestemming-van-de"));
    // A name that gives no key gives the placeholder back.
    rename(EntityKind::Dilemma, dilemma, "?");
    QCOMPARE(valueOf(EntityKind::Dilemma, dilemma, "key"), QStringLiteral("dilemma"));
    verifyPersisted();
}

void tst_Commands::failedRenameLeavesNameAndKey()
{
    QUndoStack *stack = m_doc->undoStack();
    QSignalSpy failed(m_doc, &ProjectDocument::writeFailed);
    const QString moment = addNew(EntityKind::Segment, uid(70));
    injectFailure("segment", "UPDATE");
    rename(EntityKind::Segment, moment, "Eerste gesprek");
    QCOMPARE(failed.count(), 1);
    QCOMPARE(stack->count(), 1); // only the insert
    QCOMPARE(valueOf(EntityKind::Segment, moment, "title"), QString());
    QCOMPARE(valueOf(EntityKind::Segment, moment, "key"), QStringLiteral("moment"));
    removeFailure();
    verifyPersisted();
}

QTEST_GUILESS_MAIN(tst_Commands)

#include "tst_commands.moc"
