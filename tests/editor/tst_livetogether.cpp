// Two people on one server project (issue "Team projects", Deliver 4 and 6): each sees the
// other's committed edits, no edit is overwritten unseen, undo never takes back someone else's
// change, and a lost connection loses nothing. Real PostgreSQL (tests/common/pgcluster.h), two
// ProjectDocuments with their own logins and connections, as two editors have.

#include "commands/addreview.h"
#include "commands/addreviewnote.h"
#include "commands/changeproperty.h"
#include "commands/structurecommands.h"
#include "document/projectdocument.h"
#include "forms/editors/lineeditor.h"
#include "forms/entityform.h"
#include "forms/fieldgroup.h"
#include "forms/fieldtable.h"
#include "pgcluster.h"
#include "review/contenthash.h"
#include "review/reviewledger.h"
#include "storage/serverproject.h"
#include "testprojects.h"

#include <QApplication>
#include <QLineEdit>
#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>
#include <QUuid>

using namespace kd;
using kd::testing::PgCluster;

namespace {

// How long a test waits for another session's change, a lost connection or its return. The
// time it takes is the benchmark's to measure (bench/serverbench.cpp: within a second); a test
// only checks that it happens, also on a loaded machine.
constexpr int waitMs = 15000;

const QString dilemmaUid = kd::testing::uid(100);
const QString segmentUid = kd::testing::uid(90);
const QString scenarioUid = kd::testing::uid(70);

QString password(const QString &login)
{
    return QStringLiteral("pw-") + login;
}

// Changes one text field of the dilemma as an editor does (one undo command).
void setDilemmaText(ProjectDocument *doc, QString Dilemma::*member, const char *field,
                    const QString &value, const QString &uid = dilemmaUid)
{
    doc->undoStack()->push(new ChangeProperty<Dilemma, QString>(
        doc, uid, member, QString::fromLatin1(field), QString::fromLatin1(field), value));
}

} // namespace

class tst_LiveTogether : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void editsArriveInTheOtherEditor();
    void structureArrivesInTheOtherEditor();
    void fieldsOfWhatADilemmaOwnsArrive();
    void editByHandArrivesAndIsInTheHistory();
    void staleWriteKeepsTheOthersOtherField();
    void formKeepsTypedTextAndAsksOnCommit();
    void sameFieldAsksWhoWins();
    void undoRefusedAfterSomeoneElsesChange();
    void readOnlyLoginSeesButCannotWrite();
    void approvalGoesStaleLiveAndEditorsCannotApprove();
    void submissionsAndThreadsArriveLive();
    void thousandsOfInterleavedEditsLoseNothing();
    void serverRestartIsShownAndRecovered();
    void killedClientLosesNoCommittedEdit();

private:
    std::unique_ptr<ProjectDocument> openAs(const QString &login);
    Project serverProject();

    PgCluster m_cluster;
    QString m_database;
    int m_round = 0;
};

void tst_LiveTogether::initTestCase()
{
    QString why;
    QVERIFY2(PgCluster::isAvailable(&why), qPrintable(why)); // scripts/setup.sh installs it
    QVERIFY2(m_cluster.start(&why), qPrintable(why));
    const QList<std::pair<QString, QStringList>> people = {
        {QStringLiteral("ada"), {QStringLiteral("kd_admin")}},
        {QStringLiteral("eva"), {QStringLiteral("kd_editor")}},
        {QStringLiteral("ben"), {QStringLiteral("kd_editor")}},
        {QStringLiteral("pia"), {QStringLiteral("kd_publisher")}},
        {QStringLiteral("rob"), {QStringLiteral("kd_reviewer")}},
    };
    QString done;
    StoreError error;
    QVERIFY2(m_cluster.createDatabase(QStringLiteral("template_kd")),
             qPrintable(m_cluster.lastError()));
    QVERIFY2(
        ServerProject::init(m_cluster.uri(PgCluster::superuser(), "template_kd"), &done, &error),
        qPrintable(error.message));
    for (const auto &[name, roles] : people)
        QVERIFY2(m_cluster.createLogin(name, password(name), roles),
                 qPrintable(m_cluster.lastError()));
}

// Every test starts on a fresh copy of the test project, in a database of its own.
void tst_LiveTogether::init()
{
    m_database = QStringLiteral("kd%1").arg(++m_round);
    QVERIFY2(
        m_cluster.psql(QStringLiteral("CREATE DATABASE %1 TEMPLATE template_kd").arg(m_database)),
        qPrintable(m_cluster.lastError()));
    StoreError error;
    QVERIFY2(ServerProject::upload(m_cluster.uri(QStringLiteral("ada"), m_database),
                                   kd::testing::fullProject(), false, &error, password("ada")),
             qPrintable(error.message));
}

std::unique_ptr<ProjectDocument> tst_LiveTogether::openAs(const QString &login)
{
    auto doc = std::make_unique<ProjectDocument>();
    StoreError error;
    if (!doc->open(m_cluster.uri(login, m_database), ProjectStore::OpenMode::ReadWrite, &error,
                   password(login))) {
        qWarning("%s", qPrintable(error.message));
        return nullptr;
    }
    return doc;
}

Project tst_LiveTogether::serverProject()
{
    StoreError error;
    auto store = ProjectStore::open(m_cluster.uri(QStringLiteral("ada"), m_database),
                                    ProjectStore::OpenMode::ReadOnly, &error, password("ada"));
    Project project;
    if (!store || !store->load(&project))
        qWarning("cannot read the server project back");
    return project;
}

void tst_LiveTogether::editsArriveInTheOtherEditor()
{
    auto eva = openAs("eva");
    auto ben = openAs("ben");
    QVERIFY(eva && ben);
    QSignalSpy changed(ben.get(), &ProjectDocument::entityChanged);
    QSignalSpy applied(ben.get(), &ProjectDocument::remoteChangesApplied);

    setDilemmaText(eva.get(), &Dilemma::question, "question", QStringLiteral("Mag ik bellen?"));
    QCOMPARE(eva->undoStack()->count(), 1);
    // The server's notification brings it in, without anyone asking.
    QTRY_COMPARE_WITH_TIMEOUT(applied.count(), 1, waitMs);
    QCOMPARE(ben->find<Dilemma>(dilemmaUid)->question, QStringLiteral("Mag ik bellen?"));
    QVERIFY(changed.contains(QVariantList{QVariant::fromValue(EntityKind::Dilemma), dilemmaUid,
                                          QStringLiteral("question")}));
    const QList<ChangeLogEntry> entries = applied.first().first().value<QList<ChangeLogEntry>>();
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.first().author, QStringLiteral("eva"));
    // Ben's own history shows it; his undo stack does not (it is not his edit).
    QCOMPARE(ben->project().changeLog.constLast().author, QStringLiteral("eva"));
    QCOMPARE(ben->undoStack()->count(), 0);
    QCOMPARE(ben->project(), eva->project());
}

void tst_LiveTogether::structureArrivesInTheOtherEditor()
{
    auto eva = openAs("eva");
    auto ben = openAs("ben");
    QVERIFY(eva && ben);
    QSignalSpy applied(ben.get(), &ProjectDocument::remoteChangesApplied);

    // A second segment, the dilemma moved into it, an option added, a legal reference deleted.
    Segment second;
    second.uid = QStringLiteral("00000000-0000-4000-8000-00000000a001");
    second.key = QStringLiteral("tweede-moment");
    second.title = QStringLiteral("Tweede moment");
    eva->undoStack()->push(
        new InsertEntity<Segment>(eva.get(), scenarioUid, 1, second, QStringLiteral("add")));
    eva->undoStack()->push(
        new MoveEntity<Dilemma>(eva.get(), dilemmaUid, second.uid, 0, QStringLiteral("move")));
    Option option;
    option.uid = QStringLiteral("00000000-0000-4000-8000-00000000a002");
    option.label = QStringLiteral("Eerst de ouders spreken");
    eva->undoStack()->push(
        new InsertEntity<Option>(eva.get(), dilemmaUid, 0, option, QStringLiteral("add")));
    eva->undoStack()->push(new RemoveEntity<LegalReference>(eva.get(), kd::testing::uid(121),
                                                            QStringLiteral("delete")));
    QCOMPARE(eva->undoStack()->count(), 4);
    QTRY_VERIFY_WITH_TIMEOUT(ben->project() == eva->project(), waitMs);
    QVERIFY(applied.count() >= 1);
    QCOMPARE(ben->find<Segment>(second.uid)->dilemmas.size(), 1);
    QCOMPARE(ben->find<Dilemma>(dilemmaUid)->options.first().label, option.label);

    // And back: Eva undoes all four; Ben follows.
    for (int i = 0; i < 4; ++i)
        eva->undoStack()->undo();
    QCOMPARE(eva->undoStack()->index(), 0);
    QTRY_VERIFY_WITH_TIMEOUT(ben->project() == eva->project(), waitMs);
    QVERIFY(!ben->find<Segment>(second.uid));
    QCOMPARE(ben->project(), serverProject());
}

// Fields of options and legal references are logged as their dilemma's: only that dilemma is
// read again, and views hear of each field that changed, and of nothing else.
void tst_LiveTogether::fieldsOfWhatADilemmaOwnsArrive()
{
    auto eva = openAs("eva");
    auto ben = openAs("ben");
    QVERIFY(eva && ben);
    const Dilemma before = *eva->find<Dilemma>(dilemmaUid);
    const QString optionUid = before.options.first().uid;
    const QString referenceUid = before.legalReferences.first().uid;
    QSignalSpy changed(ben.get(), &ProjectDocument::entityChanged);
    QSignalSpy removed(ben.get(), &ProjectDocument::entityRemoved);
    QSignalSpy inserted(ben.get(), &ProjectDocument::entityInserted);
    eva->undoStack()->push(new ChangeProperty<Option, QString>(
        eva.get(), optionUid, &Option::label, QStringLiteral("label"), QStringLiteral("label"),
        QStringLiteral("Eerst bellen")));
    eva->undoStack()->push(new ChangeProperty<LegalReference, QString>(
        eva.get(), referenceUid, &LegalReference::note, QStringLiteral("note"),
        QStringLiteral("note"), QStringLiteral("Lid 2")));
    setDilemmaText(eva.get(), &Dilemma::situation, "situation", QStringLiteral("Nieuw"));
    QCOMPARE(eva->undoStack()->count(), 3);
    QTRY_VERIFY_WITH_TIMEOUT(ben->project() == eva->project(), waitMs);
    QCOMPARE(ben->find<Dilemma>(dilemmaUid)->options.first().label, QStringLiteral("Eerst bellen"));
    QVERIFY(changed.contains(
        QVariantList{QVariant::fromValue(EntityKind::Option), optionUid, QStringLiteral("label")}));
    QVERIFY(changed.contains(QVariantList{QVariant::fromValue(EntityKind::LegalReference),
                                          referenceUid, QStringLiteral("note")}));
    QVERIFY(changed.contains(QVariantList{QVariant::fromValue(EntityKind::Dilemma), dilemmaUid,
                                          QStringLiteral("situation")}));
    QCOMPARE(changed.count(), 3);
    QCOMPARE(removed.count() + inserted.count(), 0);

    // A field changed and then the dilemma deleted: both arrive (its segment is read again).
    setDilemmaText(eva.get(), &Dilemma::question, "question", QStringLiteral("Laatste vraag"));
    eva->undoStack()->push(new RemoveEntity<Dilemma>(eva.get(), dilemmaUid, QStringLiteral("del")));
    QTRY_VERIFY_WITH_TIMEOUT(!ben->find<Dilemma>(dilemmaUid), waitMs);
    QTRY_VERIFY_WITH_TIMEOUT(ben->project() == eva->project(), waitMs);
    QCOMPARE(ben->project(), serverProject());
}

// Someone who edits with hand-written SQL under their own login: the server logs it, so the
// editors see it live and the history names who did it.
void tst_LiveTogether::editByHandArrivesAndIsInTheHistory()
{
    auto ben = openAs("ben");
    QVERIFY(ben);
    QSignalSpy applied(ben.get(), &ProjectDocument::remoteChangesApplied);
    QVERIFY2(m_cluster.psql(QStringLiteral("UPDATE dilemma SET question = 'Met de hand?' "
                                           "WHERE uid = '%1'")
                                .arg(dilemmaUid),
                            nullptr, QStringLiteral("eva"), password("eva"), m_database),
             qPrintable(m_cluster.lastError()));
    QTRY_COMPARE_WITH_TIMEOUT(ben->find<Dilemma>(dilemmaUid)->question,
                              QStringLiteral("Met de hand?"), waitMs);
    const ChangeLogEntry last = ben->project().changeLog.constLast();
    QCOMPARE(last.author, QStringLiteral("eva"));
    QCOMPARE(last.entityUid, dilemmaUid);
    QCOMPARE(last.summary, QStringLiteral("changed outside Kiezen & Delen Studio"));
    QCOMPARE(ben->project(), serverProject());
}

void tst_LiveTogether::staleWriteKeepsTheOthersOtherField()
{
    auto eva = openAs("eva");
    auto ben = openAs("ben");
    QVERIFY(eva && ben);
    ben->setHeartbeatInterval(0);
    // Ben has not heard of Eva's change yet (no events processed) when he writes another field.
    setDilemmaText(eva.get(), &Dilemma::question, "question", QStringLiteral("Eva's vraag"));
    bool asked = false;
    ben->setConflictResolver([&](const EditConflict &) { return asked = true; });
    setDilemmaText(ben.get(), &Dilemma::situation, "situation", QStringLiteral("Ben's situatie"));
    QVERIFY(!asked);
    QCOMPARE(ben->undoStack()->count(), 1);
    const Dilemma *stored = serverProject().scenarios.first().segments.first().dilemmas.data();
    QCOMPARE(stored->question, QStringLiteral("Eva's vraag"));
    QCOMPARE(stored->situation, QStringLiteral("Ben's situatie"));
    // His model took Eva's change in before his own write.
    QCOMPARE(ben->find<Dilemma>(dilemmaUid)->question, QStringLiteral("Eva's vraag"));
}

// Ben types in the question while Eva's edits come in: another field of the form follows her at
// once, his typing stays; when he finishes, he is asked, since she changed the same field.
void tst_LiveTogether::formKeepsTypedTextAndAsksOnCommit()
{
    auto eva = openAs("eva");
    auto ben = openAs("ben");
    QVERIFY(eva && ben);
    EntityForm form(ben.get(), EntityKind::Dilemma, dilemmaUid);
    form.show();
    QLineEdit *question
        = qobject_cast<LineEditor *>(form.fieldGroup()->editor(QStringLiteral("question")))
              ->lineEdit();
    QLineEdit *key
        = qobject_cast<LineEditor *>(form.fieldGroup()->editor(QStringLiteral("key")))->lineEdit();
    question->setFocus();
    question->selectAll();
    QTest::keyClicks(question, "Ben typt");

    setDilemmaText(eva.get(), &Dilemma::key, "key", QStringLiteral("eva-sleutel"));
    QTRY_COMPARE_WITH_TIMEOUT(key->text(), QStringLiteral("eva-sleutel"), waitMs);
    setDilemmaText(eva.get(), &Dilemma::question, "question", QStringLiteral("Eva's vraag"));
    QTRY_COMPARE_WITH_TIMEOUT(ben->find<Dilemma>(dilemmaUid)->question,
                              QStringLiteral("Eva's vraag"), waitMs);
    QCOMPARE(question->text(), QStringLiteral("Ben typt")); // not overwritten

    QList<EditConflict> asked;
    ben->setConflictResolver([&](const EditConflict &c) {
        asked.append(c);
        return true;
    });
    form.fieldGroup()->commitPendingEdits();
    QCOMPARE(asked.size(), 1);
    QCOMPARE(asked.first().theirs, QStringLiteral("Eva's vraag"));
    QCOMPARE(asked.first().mine, QStringLiteral("Ben typt"));
    QCOMPARE(asked.first().author, QStringLiteral("eva"));
    QCOMPARE(serverProject().scenarios.first().segments.first().dilemmas.first().question,
             QStringLiteral("Ben typt"));
    // Undo takes it back to hers, not to the text before either of them.
    ben->undoStack()->undo();
    QCOMPARE(serverProject().scenarios.first().segments.first().dilemmas.first().question,
             QStringLiteral("Eva's vraag"));
}

void tst_LiveTogether::sameFieldAsksWhoWins()
{
    auto eva = openAs("eva");
    auto ben = openAs("ben");
    QVERIFY(eva && ben);
    ben->setHeartbeatInterval(0);
    const QString before = ben->find<Dilemma>(dilemmaUid)->question;

    // Keep theirs: Ben's edit is not made, and he was told whose change is there.
    setDilemmaText(eva.get(), &Dilemma::question, "question", QStringLiteral("Eva 1"));
    QList<EditConflict> conflicts;
    ben->setConflictResolver([&](const EditConflict &c) {
        conflicts.append(c);
        return false;
    });
    setDilemmaText(ben.get(), &Dilemma::question, "question", QStringLiteral("Ben 1"));
    QCOMPARE(conflicts.size(), 1);
    QCOMPARE(conflicts.first().author, QStringLiteral("eva"));
    QCOMPARE(conflicts.first().theirs, QStringLiteral("Eva 1"));
    QCOMPARE(conflicts.first().mine, QStringLiteral("Ben 1"));
    QCOMPARE(conflicts.first().fieldLabel, QStringLiteral("question"));
    QVERIFY(conflicts.first().time.isValid());
    QCOMPARE(ben->undoStack()->count(), 0);
    QCOMPARE(ben->find<Dilemma>(dilemmaUid)->question, QStringLiteral("Eva 1"));
    QVERIFY(before != QStringLiteral("Eva 1"));

    // Use mine: written over theirs knowingly; undo gives theirs back, not the old text.
    setDilemmaText(eva.get(), &Dilemma::question, "question", QStringLiteral("Eva 2"));
    ben->setConflictResolver([](const EditConflict &) { return true; });
    setDilemmaText(ben.get(), &Dilemma::question, "question", QStringLiteral("Ben 2"));
    QCOMPARE(serverProject().scenarios.first().segments.first().dilemmas.first().question,
             QStringLiteral("Ben 2"));
    ben->undoStack()->undo();
    QCOMPARE(serverProject().scenarios.first().segments.first().dilemmas.first().question,
             QStringLiteral("Eva 2"));

    // A form's edit shows values as the form does: the names of the themes, not their uids.
    Theme second;
    second.uid = QStringLiteral("00000000-0000-4000-8000-00000000a003");
    second.key = QStringLiteral("meldcode");
    second.label = QStringLiteral("Meldcode");
    eva->undoStack()->push(
        new InsertEntity<Theme>(eva.get(), QString(), 1, second, QStringLiteral("add")));
    QTRY_VERIFY_WITH_TIMEOUT(ben->find<Theme>(second.uid), waitMs);
    const FieldSpec *themes = FieldTable::field(EntityKind::Dilemma, QStringLiteral("themeUids"));
    QVERIFY(themes);
    eva->undoStack()->push(themes->change(eva.get(), dilemmaUid, QStringList{second.uid}));
    conflicts.clear();
    ben->setConflictResolver([&](const EditConflict &c) {
        conflicts.append(c);
        return false;
    });
    ben->undoStack()->push(
        themes->change(ben.get(), dilemmaUid, QStringList{kd::testing::uid(50), second.uid}));
    QCOMPARE(conflicts.size(), 1);
    QCOMPARE(conflicts.first().theirs, QStringLiteral("Meldcode"));
    QCOMPARE(conflicts.first().mine, QStringLiteral("Toestemming, Meldcode"));
}

void tst_LiveTogether::undoRefusedAfterSomeoneElsesChange()
{
    auto eva = openAs("eva");
    auto ben = openAs("ben");
    QVERIFY(eva && ben);
    setDilemmaText(ben.get(), &Dilemma::question, "question", QStringLiteral("Ben's vraag"));
    QTRY_COMPARE_WITH_TIMEOUT(eva->find<Dilemma>(dilemmaUid)->question,
                              QStringLiteral("Ben's vraag"), waitMs);
    // Eva changes another field of the same dilemma after Ben's edit.
    setDilemmaText(eva.get(), &Dilemma::situation, "situation", QStringLiteral("Eva's situatie"));
    QTRY_COMPARE_WITH_TIMEOUT(ben->find<Dilemma>(dilemmaUid)->situation,
                              QStringLiteral("Eva's situatie"), waitMs);
    QSignalSpy failed(ben.get(), &ProjectDocument::writeFailed);
    ben->undoStack()->undo();
    QCOMPARE(failed.count(), 1);
    QVERIFY2(failed.first().first().toString().contains(QLatin1String("eva")),
             qPrintable(failed.first().first().toString()));
    QTRY_COMPARE(ben->undoStack()->index(), 1); // the step stays done
    QCOMPARE(serverProject().scenarios.first().segments.first().dilemmas.first().question,
             QStringLiteral("Ben's vraag"));
    // Eva's own undo is hers to make: nobody changed the field after her.
    eva->undoStack()->undo();
    QCOMPARE(eva->undoStack()->index(), 0);
}

void tst_LiveTogether::readOnlyLoginSeesButCannotWrite()
{
    auto eva = openAs("eva");
    auto pia = openAs("pia");
    QVERIFY(eva && pia);
    setDilemmaText(eva.get(), &Dilemma::question, "question", QStringLiteral("Voor Pia"));
    QTRY_COMPARE_WITH_TIMEOUT(pia->find<Dilemma>(dilemmaUid)->question, QStringLiteral("Voor Pia"),
                              waitMs);
    QSignalSpy failed(pia.get(), &ProjectDocument::writeFailed);
    setDilemmaText(pia.get(), &Dilemma::question, "question", QStringLiteral("Van Pia"));
    QCOMPARE(failed.count(), 1);
    QVERIFY2(failed.first().first().toString().contains(QLatin1String("kd_publisher")),
             qPrintable(failed.first().first().toString()));
    QCOMPARE(pia->undoStack()->count(), 0);
    QCOMPARE(pia->find<Dilemma>(dilemmaUid)->question, QStringLiteral("Voor Pia"));
}

// The "done when": an editor and a reviewer on one project; the editor cannot approve,
// the reviewer's approval goes stale in the reviewer's own editor the moment the editor changes
// the dilemma.
void tst_LiveTogether::approvalGoesStaleLiveAndEditorsCannotApprove()
{
    auto eva = openAs("eva");
    auto rob = openAs("rob");
    QVERIFY(eva && rob);
    const auto approvalBy = [](ProjectDocument *doc, const QString &login) {
        Review review;
        review.uid = QUuid::createUuid().toString(QUuid::WithoutBraces);
        review.entityUid = dilemmaUid;
        review.state = ReviewState::Approved;
        review.reviewer = login;
        review.time = QDateTime::currentDateTimeUtc();
        review.contentHash = ContentHash::of(*doc->find<Dilemma>(dilemmaUid));
        return review;
    };
    const qsizetype reviews = eva->project().reviews.size();
    QSignalSpy refused(eva.get(), &ProjectDocument::writeFailed);
    QVERIFY(!eva->addReview(approvalBy(eva.get(), QStringLiteral("eva"))));
    QVERIFY(!eva->addReview(approvalBy(eva.get(), QStringLiteral("rob")))); // a forged name
    QCOMPARE(refused.count(), 2);
    QCOMPARE(eva->project().reviews.size(), reviews);

    QVERIFY(rob->addReview(approvalBy(rob.get(), QStringLiteral("rob"))));
    QTRY_COMPARE_WITH_TIMEOUT(eva->project().reviews.size(), reviews + 1, waitMs);
    std::optional<ReviewStatus> status = ReviewLedger(rob->project()).statusOf(dilemmaUid);
    QVERIFY(status && status->state == ReviewState::Approved && !status->stale);

    setDilemmaText(eva.get(), &Dilemma::solutionDirection, "solutionDirection",
                   QStringLiteral("Overleg eerst met de ouders."));
    QTRY_VERIFY_WITH_TIMEOUT(ReviewLedger(rob->project()).statusOf(dilemmaUid)->stale, waitMs);
}

// An editor submits a dilemma and asks in its thread through the editor's commands, under her
// login; the reviewer sees both at once and answers; she sees the answer. The server keeps each
// note under the login that wrote it.
void tst_LiveTogether::submissionsAndThreadsArriveLive()
{
    auto eva = openAs("eva");
    auto rob = openAs("rob");
    QVERIFY(eva && rob);
    QSignalSpy robHeard(rob.get(), &ProjectDocument::reviewNotesChanged);
    QString reason;
    auto submit = AddReview::submit(eva.get(), dilemmaUid, QString(), &reason);
    QVERIFY2(submit, qPrintable(reason));
    eva->undoStack()->push(submit.release());
    QCOMPARE(eva->undoStack()->count(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(ReviewLedger(rob->project()).statusOf(dilemmaUid)->state,
                              ReviewState::InReview, waitMs);
    QCOMPARE(ReviewLedger(rob->project()).trust().nameOf(rob->project().reviews.constLast()),
             QStringLiteral("eva"));

    const qsizetype notes = eva->project().reviewNotes.size();
    auto ask = AddReviewNote::make(eva.get(), dilemmaUid, QString(), ReviewNoteKind::Question,
                                   QStringLiteral("Is lid 2 de goede?"), &reason);
    QVERIFY2(ask, qPrintable(reason));
    const QString thread = ask->note().uid;
    eva->undoStack()->push(ask.release());
    QCOMPARE(eva->project().reviewNotes.size(), notes + 1);
    QTRY_COMPARE_WITH_TIMEOUT(rob->project().reviewNotes.size(), notes + 1, waitMs);
    QVERIFY(!robHeard.isEmpty());
    QCOMPARE(robHeard.constLast().at(0).toString(), dilemmaUid);

    auto answer = AddReviewNote::make(rob.get(), dilemmaUid, thread, ReviewNoteKind::Answer,
                                      QStringLiteral("Ja, lid 2."), &reason);
    QVERIFY2(answer, qPrintable(reason));
    rob->undoStack()->push(answer.release());
    QTRY_COMPARE_WITH_TIMEOUT(eva->project().reviewNotes.size(), notes + 2, waitMs);
    QCOMPARE(eva->project().reviewNotes.constLast().author, QStringLiteral("rob"));
    QCOMPARE(serverProject().reviewNotes, rob->project().reviewNotes);

    // Her question has his answer now: undo does not withdraw it (it would hide his answer).
    QSignalSpy refused(eva.get(), &ProjectDocument::writeFailed);
    eva->undoStack()->undo();
    QTRY_COMPARE(eva->undoStack()->index(), eva->undoStack()->count());
    QCOMPARE(refused.count(), 1);
    QCOMPARE(serverProject().reviewNotes.size(), notes + 2);
    // The server refuses it too, whoever asks.
    QVERIFY(!m_cluster.psql(QStringLiteral("DELETE FROM review_note WHERE uid = '%1'").arg(thread),
                            nullptr, QStringLiteral("eva"), password("eva"), m_database));
    QCOMPARE(serverProject().reviewNotes.size(), notes + 2);
}

// Two editors change the same few fields thousands of times, each sometimes before it has heard
// of the other's last change. Every edit either lands (and is then the field's value until the
// next edit of it lands) or is a conflict its editor was asked about: none disappears unseen.
void tst_LiveTogether::thousandsOfInterleavedEditsLoseNothing()
{
    auto eva = openAs("eva");
    auto ben = openAs("ben");
    QVERIFY(eva && ben);
    eva->setHeartbeatInterval(0);
    ben->setHeartbeatInterval(0);
    int conflicts = 0;
    const auto keepTheirs = [&](const EditConflict &) {
        ++conflicts;
        return false;
    };
    eva->setConflictResolver(keepTheirs);
    ben->setConflictResolver(keepTheirs);
    struct Landed
    {
        qint64 logId;
        QString field;
        QString value;
    };
    QList<Landed> landed;
    const std::pair<QString Dilemma::*, const char *> fields[] = {
        {&Dilemma::question, "question"},
        {&Dilemma::situation, "situation"},
        {&Dilemma::considerations, "considerations"},
    };
    QRandomGenerator random(20261206);
    const int edits = 2000;
    for (int i = 0; i < edits; ++i) {
        ProjectDocument *doc = random.bounded(2) ? eva.get() : ben.get();
        const auto &[member, field] = fields[random.bounded(3)];
        const QString value = QStringLiteral("%1 %2").arg(doc == eva.get() ? "eva" : "ben").arg(i);
        const int before = doc->undoStack()->count();
        setDilemmaText(doc, member, field, value);
        if (doc->undoStack()->count() > before || doc->find<Dilemma>(dilemmaUid)->*member == value)
            landed.append({doc->lastWriteLogId(), QString::fromLatin1(field), value});
        if (random.bounded(4) == 0)
            QCoreApplication::processEvents(); // sometimes each hears of the other in time
    }
    QVERIFY(conflicts > 0); // the test did make them race
    QCOMPARE(landed.size() + conflicts, edits);
    // Each field holds the value of the edit of it that landed last (by the change log's order).
    const Dilemma stored = serverProject().scenarios.first().segments.first().dilemmas.first();
    for (const auto &[member, field] : fields) {
        const Landed *last = nullptr;
        for (const Landed &l : std::as_const(landed)) {
            if (l.field == QLatin1String(field) && (!last || l.logId > last->logId))
                last = &l;
        }
        QVERIFY(last);
        QCOMPARE(stored.*member, last->value);
    }
    // Every landed edit is in the change log, under its editor's login.
    const Project server = serverProject();
    QHash<qint64, QString> authors;
    for (const ChangeLogEntry &entry : server.changeLog)
        authors.insert(entry.id, entry.author);
    for (const Landed &l : std::as_const(landed))
        QCOMPARE(authors.value(l.logId), l.value.section(u' ', 0, 0));
    // Both editors end where the server is.
    QVERIFY(eva->refresh() && ben->refresh());
    QCOMPARE(eva->project(), server);
    QCOMPARE(ben->project(), server);
}

void tst_LiveTogether::serverRestartIsShownAndRecovered()
{
    auto eva = openAs("eva");
    auto ben = openAs("ben");
    QVERIFY(eva && ben);
    eva->setHeartbeatInterval(100);
    QSignalSpy connection(eva.get(), &ProjectDocument::connectionChanged);
    QTRY_COMPARE_WITH_TIMEOUT(eva->others().size(), 1, waitMs);
    QCOMPARE(eva->others().first().login, QStringLiteral("ben"));
    QCOMPARE(eva->others().first().roles, QStringList{QStringLiteral("kd_editor")});
    setDilemmaText(eva.get(), &Dilemma::question, "question", QStringLiteral("Voor de herstart"));

    m_cluster.stop();
    QTRY_COMPARE_WITH_TIMEOUT(connection.count(), 1, waitMs);
    QCOMPARE(connection.first().first().toBool(), false);
    QVERIFY(!eva->isConnected());
    QSignalSpy failed(eva.get(), &ProjectDocument::writeFailed);
    setDilemmaText(eva.get(), &Dilemma::question, "question", QStringLiteral("Tijdens de storing"));
    QCOMPARE(failed.count(), 1); // refused, not queued
    QCOMPARE(eva->undoStack()->count(), 1);

    QString why;
    QVERIFY2(m_cluster.resume(&why), qPrintable(why));
    QTRY_COMPARE_WITH_TIMEOUT(connection.count(), 2, waitMs);
    QCOMPARE(connection.last().first().toBool(), true);
    QVERIFY(eva->isConnected());
    QCOMPARE(eva->find<Dilemma>(dilemmaUid)->question, QStringLiteral("Voor de herstart"));
    // The refused edit is no part of the undo step before it: redo writes what was written.
    eva->undoStack()->undo();
    eva->undoStack()->redo();
    QCOMPARE(serverProject().scenarios.first().segments.first().dilemmas.first().question,
             QStringLiteral("Voor de herstart"));
    // (Another change of the same field: it merges into the first undo step.)
    QSignalSpy failedAfter(eva.get(), &ProjectDocument::writeFailed);
    setDilemmaText(eva.get(), &Dilemma::question, "question", QStringLiteral("Na de herstart"));
    QCOMPARE(failedAfter.count(), 0);
    QCOMPARE(serverProject().scenarios.first().segments.first().dilemmas.first().question,
             QStringLiteral("Na de herstart"));
}

void tst_LiveTogether::killedClientLosesNoCommittedEdit()
{
    // Another process edits in a loop and prints each edit once it is committed; it is killed
    // in the middle. Every edit it reported is on the server, and the project takes writes at
    // once (the killed session's write lock went with it).
    QProcess child;
    child.setProgram(QCoreApplication::applicationFilePath());
    child.setArguments({QStringLiteral("--edit-loop"), m_cluster.uri("ben", m_database)});
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PGPASSWORD"), password("ben"));
    child.setProcessEnvironment(env);
    child.start();
    QVERIFY(child.waitForStarted());
    QStringList reported;
    while (reported.size() < 50 && child.waitForReadyRead(10000)) {
        while (child.canReadLine())
            reported.append(QString::fromUtf8(child.readLine()).trimmed());
    }
    QVERIFY2(reported.size() >= 50, child.readAllStandardError().constData());
    child.kill();
    QVERIFY(child.waitForFinished());
    reported.append(
        QString::fromUtf8(child.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts));

    reported.removeAll(QString());
    int logged = 0;
    for (const ChangeLogEntry &entry : serverProject().changeLog)
        logged += entry.author == QLatin1String("ben") && entry.field == QLatin1String("question");
    QVERIFY2(logged >= reported.size(), qPrintable(QString::number(logged)));
    // Its edits were made one after another: the last one reported (or a later one) is there.
    auto eva = openAs("eva");
    QVERIFY(eva);
    const QString question = eva->find<Dilemma>(dilemmaUid)->question;
    QVERIFY2(question.startsWith(QLatin1String("ben "))
                 && question.section(u' ', 1).toInt()
                        >= reported.constLast().section(u' ', 1).toInt(),
             qPrintable(question + u'/' + reported.constLast()));
    setDilemmaText(eva.get(), &Dilemma::question, "question", QStringLiteral("Na de kill"));
    QCOMPARE(eva->undoStack()->count(), 1);
}

// The child of killedClientLosesNoCommittedEdit: edits until it is killed.
static int editLoop(const QString &uri)
{
    ProjectDocument doc;
    StoreError error;
    if (!doc.open(uri, ProjectStore::OpenMode::ReadWrite, &error)) {
        fprintf(stderr, "%s\n", qPrintable(error.message));
        return 2;
    }
    for (int i = 0;; ++i) {
        const QString value = QStringLiteral("ben %1").arg(i);
        setDilemmaText(&doc, &Dilemma::question, "question", value);
        if (doc.find<Dilemma>(dilemmaUid)->question == value) {
            printf("%s\n", qPrintable(value));
            fflush(stdout);
        }
    }
}

int main(int argc, char **argv)
{
    if (argc == 3 && qstrcmp(argv[1], "--edit-loop") == 0) {
        QCoreApplication app(argc, argv);
        QCoreApplication::setApplicationName(QStringLiteral("kd-editor"));
        return editLoop(QString::fromLocal8Bit(argv[2]));
    }
    QApplication app(argc, argv);
    // The editor's name: the server lists the sessions of the editor and kdtool as the others.
    QCoreApplication::setApplicationName(QStringLiteral("kd-editor"));
    tst_LiveTogether test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_livetogether.moc"
