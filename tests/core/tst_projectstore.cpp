#include "testkeys.h"
#include "testprojects.h"

#include "model/identifiers.h"
#include "review/contenthash.h"
#include "storage/database.h"
#include "storage/projectstore.h"
#include "storage/sqlitebackend.h"
#include "storage/transaction.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QScopeGuard>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <chrono>
#include <thread>

using namespace kd;
using kd::testing::fullProject;
using kd::testing::uid;
using namespace kd::testing; // the test keys (testkeys.h)

class tst_ProjectStore : public QObject
{
    Q_OBJECT

private slots:
    void roundTripEveryField();
    void emptyStringIsNotAbsent();
    void createSeedsLifeDomains();
    void insertUpdateRemove();
    void removeCascadesToChildren();
    void moveChangesParentAndPosition();
    void failedWriteRollsBack();
    void changeLogIsAppendOnly();
    void readOnlyRefusesEdits();
    void badOpen_data();
    void badOpen();
    void newerVersionIsRefused();
    void foreignDatabaseIsRefused();
    void damagedFileIsRefused();
    void directoryIsRefused();
    void secondWriterIsLockedOut();
    void lockOfDeadProcessIsStale();
    void migratesVersionZero();
    void migratesVersionThree();
    void migratesVersionFour();
    void migratesVersionFive();
    void migratesVersionSix();
    void migratesVersionSeven();
    void migratesVersionEight();
    void newProjectStartsWithTheJargonList();
    void writeNewRefusesExistingAndLeavesNothingOnFailure();
    void writeNewSaysWhenTheFolderIsNotWritable();
    void loadIsOneCommittedState();
    void busyWriterIsNotDamage();
    void countsWithoutLoading();
    void factsFromTheFileEqualTheModel();
    void scenariosOneAtATimeEqualTheWhole();

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    static QStringList schemaShape(const QString &file);
    QStringList freshShape();
    QTemporaryDir m_dir;
    int m_fresh = 0;
};

void tst_ProjectStore::roundTripEveryField()
{
    Project original = fullProject();
    // What the approval approved, as the editor keeps it (any text will do for the store).
    original.reviews[0].content = QStringLiteral("[\"dilemma/1\",\"d-1\",\"\",\"Vraag é?\"]");
    StoreError error;
    QVERIFY2(ProjectStore::writeNew(path("full.kdproj"), original, false, &error),
             qPrintable(error.message));
    auto store = ProjectStore::open(path("full.kdproj"), ProjectStore::OpenMode::ReadOnly, &error);
    QVERIFY2(store, qPrintable(error.message));
    Project loaded;
    QVERIFY2(store->load(&loaded), qPrintable(store->lastError().message));

    QCOMPARE(loaded.info, original.info);
    QCOMPARE(loaded.lifeDomains, original.lifeDomains);
    QCOMPARE(loaded.assets, original.assets);
    QCOMPARE(loaded.legalSources, original.legalSources);
    QCOMPARE(loaded.professionals, original.professionals);
    QCOMPARE(loaded.themes, original.themes);
    QCOMPARE(loaded.glossary, original.glossary);
    QCOMPARE(loaded.scenarios.size(), 1);
    QCOMPARE(loaded.scenarios[0].persons, original.scenarios[0].persons);
    QCOMPARE(loaded.scenarios[0].segments[0].dilemmas[0].options,
             original.scenarios[0].segments[0].dilemmas[0].options);
    QCOMPARE(loaded.scenarios[0].segments[0].dilemmas[0].legalReferences,
             original.scenarios[0].segments[0].dilemmas[0].legalReferences);
    QCOMPARE(loaded.scenarios[0].segments[0].dilemmas, original.scenarios[0].segments[0].dilemmas);
    QCOMPARE(loaded.scenarios, original.scenarios);
    QCOMPARE(loaded.reviews, original.reviews);
    QCOMPARE(loaded.reviewNotes, original.reviewNotes);
    QCOMPARE(loaded.changeLog, original.changeLog);
    QVERIFY(loaded == original);
}

void tst_ProjectStore::emptyStringIsNotAbsent()
{
    StoreError error;
    QVERIFY(ProjectStore::writeNew(path("empty.kdproj"), fullProject(), false, &error));
    auto store = ProjectStore::open(path("empty.kdproj"), ProjectStore::OpenMode::ReadOnly, &error);
    QVERIFY(store);
    Project loaded;
    QVERIFY(store->load(&loaded));
    const LegalSource &avg = loaded.legalSources.at(1);
    QVERIFY(avg.pinpoint.isNull());
    QVERIFY(!avg.summary.isNull());
    QVERIFY(avg.summary.isEmpty());
    QVERIFY(!avg.reviewBy.isValid());
    QVERIFY(!loaded.scenarios[0].persons[1].age.has_value());
    QCOMPARE(loaded.scenarios[0].persons[0].age, std::optional<int>(34));
}

void tst_ProjectStore::createSeedsLifeDomains()
{
    StoreError error;
    ProjectInfo info;
    info.title = QStringLiteral("Nieuw");
    auto store = ProjectStore::create(path("new.kdproj"), info, &error);
    QVERIFY2(store, qPrintable(error.message));
    Project loaded;
    QVERIFY(store->load(&loaded));
    QCOMPARE(loaded.info.title, QStringLiteral("Nieuw"));
    QVERIFY(Identifiers::isValidUid(loaded.info.uid));
    QStringList keys;
    for (const LifeDomain &d : loaded.lifeDomains)
        keys.append(d.key);
    QCOMPARE(keys, (QStringList{"zorg", "werk-en-inkomen", "schulden", "veiligheid", "onderwijs"}));
}

void tst_ProjectStore::insertUpdateRemove()
{
    StoreError error;
    auto store = ProjectStore::create(path("edit.kdproj"), {}, &error);
    QVERIFY2(store, qPrintable(error.message));
    const Project full = fullProject();
    QVERIFY(store->insert(full.assets[0]));
    for (const LegalSource &s : full.legalSources)
        QVERIFY(store->insert(s));
    QVERIFY(store->insert(full.professionals[0]));
    QVERIFY(store->insert(full.themes[0]));
    QVERIFY(store->insert(full.glossary[0]));
    QVERIFY2(store->insert(full.scenarios[0]), qPrintable(store->lastError().message));

    Professional huisarts = full.professionals[0];
    huisarts.title = QStringLiteral("Huisarts (WGBO)");
    huisarts.defaultLegalSourceUids = {uid(31)};
    QVERIFY(store->update(huisarts));

    Dilemma d = full.scenarios[0].segments[0].dilemmas[0];
    d.question = QStringLiteral("Nieuwe vraag?");
    d.themeUids.clear();
    QVERIFY(store->update(uid(90), d));
    Option o = d.options[2];
    o.feedback = QStringLiteral("Afwachten kan schade vergroten.");
    QVERIFY(store->update(d.uid, o));
    QVERIFY(store->remove(EntityKind::LegalReference, uid(121)));

    Project loaded;
    QVERIFY(store->load(&loaded));
    QCOMPARE(loaded.professionals[0].title, huisarts.title);
    QCOMPARE(loaded.professionals[0].defaultLegalSourceUids, QStringList{uid(31)});
    const Dilemma &ld = loaded.scenarios[0].segments[0].dilemmas[0];
    QCOMPARE(ld.question, d.question);
    QVERIFY(ld.themeUids.isEmpty());
    QCOMPARE(ld.options.size(), 3); // update does not touch children
    QCOMPARE(ld.options[2].feedback, o.feedback);
    QCOMPARE(ld.legalReferences.size(), 1);

    // Updating or removing what is not there fails with a message and changes nothing.
    Theme ghost = full.themes[0];
    ghost.uid = uid(999);
    QVERIFY(!store->update(ghost));
    QVERIFY(!store->lastError().message.isEmpty());
    QVERIFY(!store->remove(EntityKind::Theme, uid(999)));
    QVERIFY(!store->remove(EntityKind::Project, loaded.info.uid));
}

void tst_ProjectStore::removeCascadesToChildren()
{
    StoreError error;
    QVERIFY(ProjectStore::writeNew(path("cascade.kdproj"), fullProject(), false, &error));
    auto store
        = ProjectStore::open(path("cascade.kdproj"), ProjectStore::OpenMode::ReadWrite, &error);
    QVERIFY(store);
    QVERIFY(store->remove(EntityKind::Scenario, uid(70)));
    QCOMPARE(store->backend().scalar(QStringLiteral("SELECT count(*) FROM dilemma_option")).toInt(),
             0);
    QCOMPARE(store->backend().scalar(QStringLiteral("SELECT count(*) FROM segment_person")).toInt(),
             0);
    QCOMPARE(store->backend().scalar(QStringLiteral("SELECT count(*) FROM person")).toInt(), 0);
    Project loaded;
    QVERIFY(store->load(&loaded));
    QVERIFY(loaded.scenarios.isEmpty());
    QCOMPARE(loaded.legalSources.size(), 2); // referenced, not owned: kept
}

void tst_ProjectStore::moveChangesParentAndPosition()
{
    StoreError error;
    Project p = fullProject();
    Segment second = p.scenarios[0].segments[0];
    second.uid = uid(91);
    second.key = QStringLiteral("tweede");
    second.position = 1;
    second.dilemmas.clear();
    p.scenarios[0].segments.append(second);
    QVERIFY(ProjectStore::writeNew(path("move.kdproj"), p, false, &error));
    auto store = ProjectStore::open(path("move.kdproj"), ProjectStore::OpenMode::ReadWrite, &error);
    QVERIFY(store);
    QVERIFY(store->move(EntityKind::Dilemma, uid(100), uid(91), 0));
    QVERIFY(store->move(EntityKind::Theme, uid(50), QString(), 4));
    QVERIFY(!store->move(EntityKind::Dilemma, uid(999), uid(91), 0));
    QVERIFY(!store->move(EntityKind::Dilemma, uid(100), uid(999), 0)); // no such parent
    Project loaded;
    QVERIFY(store->load(&loaded));
    QVERIFY(loaded.scenarios[0].segments[0].dilemmas.isEmpty());
    QCOMPARE(loaded.scenarios[0].segments[1].dilemmas.size(), 1);
    QCOMPARE(loaded.scenarios[0].segments[1].dilemmas[0].options.size(), 3);
    QCOMPARE(loaded.themes[0].position, 4);
}

void tst_ProjectStore::failedWriteRollsBack()
{
    StoreError error;
    auto store = ProjectStore::create(path("rollback.kdproj"), {}, &error);
    QVERIFY(store);
    Scenario s = fullProject().scenarios[0];
    // The second option breaks a CHECK constraint: nothing of the scenario may remain.
    s.segments[0].dilemmas[0].options[1].position = -1;
    QVERIFY(!store->insert(s));
    QVERIFY(!store->lastError().message.isEmpty());
    Project loaded;
    QVERIFY(store->load(&loaded));
    QVERIFY(loaded.scenarios.isEmpty());
    QCOMPARE(store->backend().scalar(QStringLiteral("SELECT count(*) FROM dilemma")).toInt(), 0);

    // An outer transaction sees the inner failure and commits nothing.
    {
        Transaction tx(store->backend());
        QVERIFY(store->insert(fullProject().themes[0]));
        Theme bad = fullProject().themes[0];
        bad.uid = QStringLiteral("short");
        QVERIFY(!store->insert(bad));
        QVERIFY(!tx.commit());
    }
    QVERIFY(store->load(&loaded));
    QVERIFY(loaded.themes.isEmpty());
}

void tst_ProjectStore::changeLogIsAppendOnly()
{
    StoreError error;
    auto store = ProjectStore::create(path("log.kdproj"), {}, &error);
    QVERIFY(store);
    ChangeLogEntry entry{
        0,      QDateTime::currentDateTimeUtc(), QStringLiteral("anna"),
        uid(5), QStringLiteral("title"),         QStringLiteral("titel gewijzigd")};
    QVERIFY(store->append(&entry));
    QVERIFY(entry.id > 0);
    QVERIFY(!store->backend().exec(QStringLiteral("UPDATE change_log SET author = 'x'")));
    QVERIFY(store->backend().lastError().contains(QStringLiteral("append-only")));
    QVERIFY(!store->backend().exec(QStringLiteral("DELETE FROM change_log")));
    QCOMPARE(store->backend().scalar(QStringLiteral("SELECT author FROM change_log")).toString(),
             QStringLiteral("anna"));
}

void tst_ProjectStore::readOnlyRefusesEdits()
{
    StoreError error;
    QVERIFY(ProjectStore::writeNew(path("ro.kdproj"), fullProject(), false, &error));
    auto store = ProjectStore::open(path("ro.kdproj"), ProjectStore::OpenMode::ReadOnly, &error);
    QVERIFY(store);
    QVERIFY(store->isReadOnly());
    QVERIFY(!store->insert(fullProject().themes[0]));
    QCOMPARE(store->lastError().code, StoreError::Code::ReadOnly);
    QVERIFY(!QFile::exists(path("ro.kdproj.lock")));
}

void tst_ProjectStore::badOpen_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("content"); // null: do not create
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("message");

    QByteArray random(4096, Qt::Uninitialized);
    for (int i = 0; i < random.size(); ++i)
        random[i] = char((i * 7919 + 13) % 251);
    QTest::newRow("missing") << "missing.kdproj" << QByteArray() << int(StoreError::Code::NotFound)
                             << "no such file";
    QTest::newRow("empty file") << "empty.kdproj" << QByteArray("")
                                << int(StoreError::Code::NotAProject)
                                << "not a Kiezen & Delen project";
    QTest::newRow("random bytes") << "random.kdproj" << random << int(StoreError::Code::NotAProject)
                                  << "not a Kiezen & Delen project";
    QTest::newRow("text") << "text.kdproj" << QByteArray("Kiezen & Delen\n")
                          << int(StoreError::Code::NotAProject) << "not a Kiezen & Delen project";
}

void tst_ProjectStore::badOpen()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, content);
    QFETCH(int, code);
    QFETCH(QString, message);
    if (!content.isNull()) {
        QFile file(path(name));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
    }
    for (auto mode : {ProjectStore::OpenMode::ReadWrite, ProjectStore::OpenMode::ReadOnly}) {
        StoreError error;
        QVERIFY(!ProjectStore::open(path(name), mode, &error));
        QCOMPARE(int(error.code), code);
        QVERIFY2(error.message.contains(message), qPrintable(error.message));
    }
    QVERIFY(!QFile::exists(path(name + QStringLiteral(".lock"))));
}

namespace {

// Writes raw SQL into a fresh SQLite file, outside the store.
bool makeDatabase(const QString &file, const QStringList &statements)
{
    Database db;
    if (!db.open(file, false))
        return false;
    for (const QString &sql : statements) {
        if (!db.execScript(sql.toUtf8()))
            return false;
    }
    return true;
}

} // namespace

// Every table, index and trigger of a file, and every table's columns.
QStringList tst_ProjectStore::schemaShape(const QString &file)
{
    Database db;
    if (!db.open(file, true))
        return {QStringLiteral("cannot open ") + file};
    QStringList shape;
    const QStringList objects
        = db.scalar(QStringLiteral("SELECT group_concat(type || ' ' || name, ';') FROM "
                                   "(SELECT type, name FROM sqlite_master ORDER BY name)"))
              .toString()
              .split(u';');
    for (const QString &object : objects) {
        shape.append(object);
        if (object.startsWith(QLatin1String("table ")))
            shape.append(db.scalar(QStringLiteral("SELECT group_concat(name, ',') FROM "
                                                  "(SELECT name FROM pragma_table_info('%1') "
                                                  "ORDER BY name)")
                                       .arg(object.mid(6)))
                             .toString());
    }
    return shape;
}

// The shape of a new file, as project.sql makes it.
QStringList tst_ProjectStore::freshShape()
{
    StoreError error;
    Project empty;
    empty.info.uid = uid(1);
    const QString file = path(QStringLiteral("fresh%1.kdproj").arg(++m_fresh));
    if (!ProjectStore::writeNew(file, empty, false, &error))
        return {error.message};
    return schemaShape(file);
}

void tst_ProjectStore::newerVersionIsRefused()
{
    StoreError error;
    QVERIFY(ProjectStore::writeNew(path("newer.kdproj"), fullProject(), false, &error));
    QVERIFY(makeDatabase(path("newer.kdproj"), {QStringLiteral("PRAGMA user_version = 99")}));
    QVERIFY(!ProjectStore::open(path("newer.kdproj"), ProjectStore::OpenMode::ReadOnly, &error));
    QCOMPARE(error.code, StoreError::Code::NewerVersion);
    QVERIFY2(error.message.contains(QStringLiteral("99")), qPrintable(error.message));
    QVERIFY(error.message.contains(QString::number(ProjectStore::schemaVersion())));
}

void tst_ProjectStore::foreignDatabaseIsRefused()
{
    QVERIFY(makeDatabase(path("foreign.db"),
                         {QStringLiteral("CREATE TABLE t (x); INSERT INTO t VALUES (1);")}));
    StoreError error;
    QVERIFY(!ProjectStore::open(path("foreign.db"), ProjectStore::OpenMode::ReadOnly, &error));
    QCOMPARE(error.code, StoreError::Code::NotAProject);
    QVERIFY2(error.message.contains(QStringLiteral("another application")),
             qPrintable(error.message));
}

void tst_ProjectStore::damagedFileIsRefused()
{
    StoreError error;
    QVERIFY(ProjectStore::writeNew(path("damaged.kdproj"), fullProject(), false, &error));
    QFile file(path("damaged.kdproj"));
    QVERIFY(file.open(QIODevice::ReadWrite));
    const QByteArray whole = file.readAll();
    // Keep the header page, cut the rest in half: a truncated copy.
    QVERIFY(file.resize(whole.size() / 2));
    file.close();
    QVERIFY(!ProjectStore::open(path("damaged.kdproj"), ProjectStore::OpenMode::ReadOnly, &error));
    QCOMPARE(error.code, StoreError::Code::Damaged);
    QVERIFY2(error.message.contains(QStringLiteral("damaged")), qPrintable(error.message));

    // Garbage written over the pages after the header.
    QVERIFY(ProjectStore::writeNew(path("scribbled.kdproj"), fullProject(), false, &error));
    QFile scribbled(path("scribbled.kdproj"));
    QVERIFY(scribbled.open(QIODevice::ReadWrite));
    scribbled.seek(4096);
    scribbled.write(QByteArray(8192, '\xa5'));
    scribbled.close();
    QVERIFY(
        !ProjectStore::open(path("scribbled.kdproj"), ProjectStore::OpenMode::ReadOnly, &error));
    QCOMPARE(error.code, StoreError::Code::Damaged);
}

void tst_ProjectStore::directoryIsRefused()
{
    QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("folder.kdproj")));
    StoreError error;
    QVERIFY(!ProjectStore::open(path("folder.kdproj"), ProjectStore::OpenMode::ReadWrite, &error));
    QCOMPARE(error.code, StoreError::Code::NotFound);
    QVERIFY(error.message.contains(QStringLiteral("directory")));
}

void tst_ProjectStore::secondWriterIsLockedOut()
{
    StoreError error;
    QVERIFY(ProjectStore::writeNew(path("locked.kdproj"), fullProject(), false, &error));
    auto first
        = ProjectStore::open(path("locked.kdproj"), ProjectStore::OpenMode::ReadWrite, &error);
    QVERIFY(first);
    auto second
        = ProjectStore::open(path("locked.kdproj"), ProjectStore::OpenMode::ReadWrite, &error);
    QVERIFY(!second);
    QCOMPARE(error.code, StoreError::Code::Locked);
    QVERIFY2(error.message.contains(QString::number(QCoreApplication::applicationPid())),
             qPrintable(error.message));
    QVERIFY(error.message.contains(QStringLiteral("read-only")));
    auto reader
        = ProjectStore::open(path("locked.kdproj"), ProjectStore::OpenMode::ReadOnly, &error);
    QVERIFY(reader);
    Project loaded;
    QVERIFY(reader->load(&loaded));
    first.reset();
    QVERIFY(ProjectStore::open(path("locked.kdproj"), ProjectStore::OpenMode::ReadWrite, &error));
}

void tst_ProjectStore::lockOfDeadProcessIsStale()
{
    StoreError error;
    QVERIFY(ProjectStore::writeNew(path("stale.kdproj"), fullProject(), false, &error));
    // A lock file left by a process that no longer runs (as after a crash or a kill).
    QProcess done;
    done.start(QStringLiteral("true"));
    QVERIFY(done.waitForStarted());
    const qint64 deadPid = done.processId();
    QVERIFY(done.waitForFinished());
    QFile lock(path("stale.kdproj.lock"));
    QVERIFY(lock.open(QIODevice::WriteOnly));
    lock.write(QByteArray::number(deadPid) + "\nkd-editor\n" + QSysInfo::machineHostName().toUtf8()
               + "\n");
    lock.close();
    auto store
        = ProjectStore::open(path("stale.kdproj"), ProjectStore::OpenMode::ReadWrite, &error);
    QVERIFY2(store, qPrintable(error.message));
}

void tst_ProjectStore::migratesVersionZero()
{
    // A version-0 file: assessments were numbers and the project had no publisher.
    QFile fixture(QStringLiteral(KD_TEST_DIR "/fixtures/project-v0.sql"));
    QVERIFY(fixture.open(QIODevice::ReadOnly));
    const QString file = path("old.kdproj");
    QVERIFY(makeDatabase(
        file, {QString::fromUtf8(fixture.readAll()),
               QStringLiteral("PRAGMA application_id = %1").arg(SqliteBackend::ApplicationId)}));
    StoreError error;
    QVERIFY(!ProjectStore::open(file, ProjectStore::OpenMode::ReadOnly, &error));
    QCOMPARE(error.code, StoreError::Code::ReadOnly);

    auto store = ProjectStore::open(file, ProjectStore::OpenMode::ReadWrite, &error);
    QVERIFY2(store, qPrintable(error.message));
    QCOMPARE(store->migrationBackupPath(), QFileInfo(file).absoluteFilePath() + ".bak-v0");
    QCOMPARE(store->backend().scalar(QStringLiteral("PRAGMA user_version")).toInt(),
             ProjectStore::schemaVersion());
    Project loaded;
    QVERIFY2(store->load(&loaded), qPrintable(store->lastError().message));
    QCOMPARE(loaded.info.title, QStringLiteral("Oude casus"));
    QVERIFY(loaded.info.publisher.isNull());
    const QList<Option> &options = loaded.scenarios.at(0).segments.at(0).dilemmas.at(0).options;
    QCOMPARE(options.size(), 3);
    QCOMPARE(options[0].assessment, Assessment::Recommended);
    QCOMPARE(options[1].assessment, Assessment::Acceptable);
    QCOMPARE(options[2].assessment, Assessment::NotAdvisable);
    QCOMPARE(options[2].label, QStringLiteral("Niets zeggen"));
    // The migrated file has what a new file has: every table, index and trigger, every column.
    QCOMPARE(schemaShape(store->path()), freshShape());
    // The search index was filled from what the old file held.
    QList<SearchHit> hits;
    QVERIFY(store->search(QStringLiteral("niets zeggen"), 10, &hits));
    QCOMPARE(hits.size(), 1);
    QCOMPARE(hits.first().field, QStringLiteral("label"));

    // The migrated file takes new data under the new rules.
    ProjectInfo info = loaded.info;
    info.publisher = QStringLiteral("TSD");
    QVERIFY(store->saveInfo(info));
    store.reset();

    // The backup is the untouched version-0 file.
    Database backup;
    QVERIFY(backup.open(file + ".bak-v0", true));
    QCOMPARE(backup.scalar(QStringLiteral("PRAGMA user_version")).toInt(), 0);
    QCOMPARE(backup
                 .scalar(QStringLiteral("SELECT assessment FROM dilemma_option "
                                        "ORDER BY position LIMIT 1"))
                 .toInt(),
             0);
}

void tst_ProjectStore::migratesVersionThree()
{
    // A version-3 file is a version-4 file whose approvals do not keep their content.
    Project original = withoutAltText(withoutPlainLanguage(withoutCitations(fullProject())));
    original.reviews[0].content = QStringLiteral("[\"dilemma/1\"]");
    const QString file = path("v3.kdproj");
    StoreError error;
    QVERIFY(ProjectStore::writeNew(file, original, false, &error));
    QVERIFY(makeDatabase(
        file, QStringList{QStringLiteral("ALTER TABLE review DROP COLUMN content"),
                          QStringLiteral("ALTER TABLE review DROP COLUMN key_fingerprint"),
                          QStringLiteral("ALTER TABLE review DROP COLUMN signature"),
                          QStringLiteral("DROP TABLE trusted_reviewer"),
                          QStringLiteral("DROP TABLE review_note")}
                  + citationColumnsDropped() + plainLanguageColumnsDropped()
                  + altTextColumnDropped()
                  + QStringList{QStringLiteral("PRAGMA user_version = 3")}));

    auto store = ProjectStore::open(file, ProjectStore::OpenMode::ReadWrite, &error);
    QVERIFY2(store, qPrintable(error.message));
    QCOMPARE(store->migrationBackupPath(), QFileInfo(file).absoluteFilePath() + ".bak-v3");
    QCOMPARE(ProjectStore::schemaVersion(), 9);
    QCOMPARE(store->backend().scalar(QStringLiteral("PRAGMA user_version")).toInt(), 9);
    QCOMPARE(schemaShape(store->path()), freshShape());

    // The old approval keeps its hash, so staleness still works; its content is not known.
    Project loaded;
    QVERIFY2(store->load(&loaded), qPrintable(store->lastError().message));
    QCOMPARE(loaded.reviews.size(), 1);
    QCOMPARE(loaded.reviews[0].contentHash, original.reviews[0].contentHash);
    QVERIFY(loaded.reviews[0].content.isNull());

    // A new approval keeps its content.
    Review approval = original.reviews[0];
    approval.uid = uid(131);
    approval.time = approval.time.addDays(1);
    QVERIFY(store->insert(approval));
    QVERIFY(store->load(&loaded));
    QCOMPARE(loaded.reviews.size(), 2);
    QCOMPARE(loaded.reviews[1].content, original.reviews[0].content);
}

void tst_ProjectStore::migratesVersionFour()
{
    // A version-4 file has no trusted reviewers and no signatures: its approvals stay, unsigned.
    Project original = withoutAltText(withoutPlainLanguage(withoutCitations(fullProject())));
    original.trustedReviewers.clear();
    for (Review &r : original.reviews) {
        r.keyFingerprint.clear();
        r.signature.clear();
    }
    const QString file = path("v4.kdproj");
    StoreError error;
    QVERIFY(ProjectStore::writeNew(file, original, false, &error));
    QVERIFY(makeDatabase(
        file, QStringList{QStringLiteral("ALTER TABLE review DROP COLUMN key_fingerprint"),
                          QStringLiteral("ALTER TABLE review DROP COLUMN signature"),
                          QStringLiteral("DROP TABLE trusted_reviewer"),
                          QStringLiteral("DROP TABLE review_note")}
                  + citationColumnsDropped() + plainLanguageColumnsDropped()
                  + altTextColumnDropped()
                  + QStringList{QStringLiteral("PRAGMA user_version = 4")}));
    auto store = ProjectStore::open(file, ProjectStore::OpenMode::ReadWrite, &error);
    QVERIFY2(store, qPrintable(error.message));
    QCOMPARE(store->migrationBackupPath(), QFileInfo(file).absoluteFilePath() + ".bak-v4");
    QCOMPARE(schemaShape(store->path()), freshShape());
    Project loaded;
    QVERIFY2(store->load(&loaded), qPrintable(store->lastError().message));
    QCOMPARE(loaded.reviews, original.reviews);
    QVERIFY(loaded.trustedReviewers.isEmpty());
    // Trusting a key and signing work in the migrated file.
    const TrustedReviewer reviewer = trustedRecord(testReviewerKey());
    QVERIFY(store->insert(reviewer));
    Review signedApproval = original.reviews[0];
    signedApproval.uid = uid(132);
    ApprovalSignature::sign(&signedApproval, testReviewerKey());
    QVERIFY(store->insert(signedApproval));
    QVERIFY(store->load(&loaded));
    QCOMPARE(loaded.trustedReviewers, QList<TrustedReviewer>{reviewer});
    QCOMPARE(loaded.reviews.last(), signedApproval);
}

void tst_ProjectStore::migratesVersionFive()
{
    // A version-5 file has no review threads; everything else it holds stays as it was.
    Project original = withoutAltText(withoutPlainLanguage(withoutCitations(fullProject())));
    original.reviewNotes.clear();
    const QString file = path("v5.kdproj");
    StoreError error;
    QVERIFY(ProjectStore::writeNew(file, original, false, &error));
    QVERIFY(makeDatabase(file, QStringList{QStringLiteral("DROP TABLE review_note")}
                                   + citationColumnsDropped() + plainLanguageColumnsDropped()
                                   + altTextColumnDropped()
                                   + QStringList{QStringLiteral("PRAGMA user_version = 5")}));
    auto store = ProjectStore::open(file, ProjectStore::OpenMode::ReadWrite, &error);
    QVERIFY2(store, qPrintable(error.message));
    QCOMPARE(store->migrationBackupPath(), QFileInfo(file).absoluteFilePath() + ".bak-v5");
    QCOMPARE(store->backend().scalar(QStringLiteral("PRAGMA user_version")).toInt(), 9);
    QCOMPARE(schemaShape(store->path()), freshShape());
    Project loaded;
    QVERIFY2(store->load(&loaded), qPrintable(store->lastError().message));
    QVERIFY(loaded == original);

    // Notes go into the migrated file, and are append-only there as in a new one.
    for (const ReviewNote &note : fullProject().reviewNotes)
        QVERIFY2(store->insert(note), qPrintable(store->lastError().message));
    QVERIFY(store->load(&loaded));
    QCOMPARE(loaded.reviewNotes, fullProject().reviewNotes);
    QVERIFY(!store->backend().exec(QStringLiteral("UPDATE review_note SET author = 'x'")));
    store.reset();

    // The backup is the untouched version-5 file.
    Database backup;
    QVERIFY(backup.open(file + ".bak-v5", true));
    QCOMPARE(backup.scalar(QStringLiteral("PRAGMA user_version")).toInt(), 5);
    QCOMPARE(backup
                 .scalar(QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE name = "
                                        "'review_note'"))
                 .toInt(),
             0);
}

void tst_ProjectStore::migratesVersionSix()
{
    // A version-6 file has no structured citations: its sources keep their free-text pinpoints,
    // its approvals their hashes (the new fields are not in the canonical form while empty), and
    // the new fields are stored and searched from then on.
    const Project original = withoutAltText(withoutPlainLanguage(withoutCitations(fullProject())));
    const QString file = path("v6.kdproj");
    StoreError error;
    QVERIFY(ProjectStore::writeNew(file, original, false, &error));
    QVERIFY(makeDatabase(file, citationColumnsDropped() + plainLanguageColumnsDropped()
                                   + altTextColumnDropped()
                                   + QStringList{QStringLiteral("PRAGMA user_version = 6")}));
    auto store = ProjectStore::open(file, ProjectStore::OpenMode::ReadWrite, &error);
    QVERIFY2(store, qPrintable(error.message));
    QCOMPARE(store->migrationBackupPath(), QFileInfo(file).absoluteFilePath() + ".bak-v6");
    QCOMPARE(store->backend().scalar(QStringLiteral("PRAGMA user_version")).toInt(), 9);
    QCOMPARE(schemaShape(store->path()), freshShape());
    Project loaded;
    QVERIFY2(store->load(&loaded), qPrintable(store->lastError().message));
    QVERIFY(loaded == original);
    QCOMPARE(loaded.legalSources[0].pinpoint, fullProject().legalSources[0].pinpoint);
    QCOMPARE(ContentHash::of(loaded.legalSources[0]), ContentHash::of(original.legalSources[0]));

    LegalSource cited = fullProject().legalSources[0];
    QVERIFY2(store->update(cited), qPrintable(store->lastError().message));
    QVERIFY(store->load(&loaded));
    QCOMPARE(loaded.legalSources[0], cited);
    QCOMPARE(store->backend()
                 .scalar(QStringLiteral("SELECT count(*) FROM search_index WHERE field = "
                                        "'artikel' AND text = '7:457'"))
                 .toInt(),
             1);
}

void tst_ProjectStore::migratesVersionSeven()
{
    // A version-7 file has no plain-language settings: they are empty after the migration (the
    // documented defaults hold), and stored from then on.
    const Project original = withoutAltText(withoutPlainLanguage(fullProject()));
    const QString file = path("v7.kdproj");
    StoreError error;
    QVERIFY(ProjectStore::writeNew(file, original, false, &error));
    QVERIFY(makeDatabase(file, plainLanguageColumnsDropped() + altTextColumnDropped()
                                   + QStringList{QStringLiteral("PRAGMA user_version = 7")}));
    auto store = ProjectStore::open(file, ProjectStore::OpenMode::ReadWrite, &error);
    QVERIFY2(store, qPrintable(error.message));
    QCOMPARE(store->migrationBackupPath(), QFileInfo(file).absoluteFilePath() + ".bak-v7");
    QCOMPARE(store->backend().scalar(QStringLiteral("PRAGMA user_version")).toInt(), 9);
    QCOMPARE(schemaShape(store->path()), freshShape());
    Project loaded;
    QVERIFY2(store->load(&loaded), qPrintable(store->lastError().message));
    QVERIFY(loaded == original);
    QVERIFY(loaded.info.jargon.isEmpty());
    QVERIFY(!loaded.info.maximumSentence);

    QVERIFY2(store->saveInfo(fullProject().info), qPrintable(store->lastError().message));
    QVERIFY(store->load(&loaded));
    QCOMPARE(loaded.info, fullProject().info);
}

void tst_ProjectStore::migratesVersionEight()
{
    // A version-8 file has no alt text: its assets have none after the migration, and the field
    // is stored and searched from then on.
    const Project original = withoutAltText(fullProject());
    const QString file = path("v8.kdproj");
    StoreError error;
    QVERIFY(ProjectStore::writeNew(file, original, false, &error));
    QVERIFY(makeDatabase(file, altTextColumnDropped()
                                   + QStringList{QStringLiteral("PRAGMA user_version = 8")}));
    auto store = ProjectStore::open(file, ProjectStore::OpenMode::ReadWrite, &error);
    QVERIFY2(store, qPrintable(error.message));
    QCOMPARE(store->migrationBackupPath(), QFileInfo(file).absoluteFilePath() + ".bak-v8");
    QCOMPARE(store->backend().scalar(QStringLiteral("PRAGMA user_version")).toInt(), 9);
    QCOMPARE(schemaShape(store->path()), freshShape());
    Project loaded;
    QVERIFY2(store->load(&loaded), qPrintable(store->lastError().message));
    QVERIFY(loaded == original);

    const Asset described = fullProject().assets.first();
    QVERIFY2(store->update(described), qPrintable(store->lastError().message));
    QVERIFY(store->load(&loaded));
    QCOMPARE(loaded.assets, fullProject().assets);
    QCOMPARE(store->backend()
                 .scalar(QStringLiteral("SELECT count(*) FROM search_index WHERE field = "
                                        "'altText' AND text = ?"),
                         {described.altText})
                 .toInt(),
             1);
}

void tst_ProjectStore::newProjectStartsWithTheJargonList()
{
    StoreError error;
    auto store = ProjectStore::create(path("jargon.kdproj"), ProjectInfo{}, &error);
    QVERIFY2(store, qPrintable(error.message));
    Project loaded;
    QVERIFY(store->load(&loaded));
    QCOMPARE(loaded.info.jargon, Project::defaultJargon());
    QVERIFY(loaded.info.jargon.contains(QStringLiteral("derhalve = daarom\n")));
}

void tst_ProjectStore::writeNewRefusesExistingAndLeavesNothingOnFailure()
{
    StoreError error;
    QVERIFY(ProjectStore::writeNew(path("exists.kdproj"), fullProject(), false, &error));
    QVERIFY(!ProjectStore::writeNew(path("exists.kdproj"), fullProject(), false, &error));
    QVERIFY(error.message.contains(QStringLiteral("already exists")));

    Project bad = fullProject();
    bad.scenarios[0].persons[0].age = 500; // breaks a CHECK constraint late in the write
    QVERIFY(!ProjectStore::writeNew(path("bad.kdproj"), bad, false, &error));
    QVERIFY(!QFile::exists(path("bad.kdproj")));
    // Overwriting with a bad project keeps the old file whole.
    QVERIFY(!ProjectStore::writeNew(path("exists.kdproj"), bad, true, &error));
    auto store
        = ProjectStore::open(path("exists.kdproj"), ProjectStore::OpenMode::ReadOnly, &error);
    QVERIFY(store);
    Project loaded;
    QVERIFY(store->load(&loaded));
    QCOMPARE(loaded.scenarios[0].persons[0].age, std::optional<int>(34));
    const QStringList leftovers
        = QDir(m_dir.path()).entryList(QStringList{"*tmp*"}, QDir::Files | QDir::Hidden);
    QVERIFY2(leftovers.isEmpty(), qPrintable(leftovers.join(", ")));
}

// A folder the program cannot write in is said to be so, not "open for writing elsewhere".
void tst_ProjectStore::writeNewSaysWhenTheFolderIsNotWritable()
{
    // sysfs refuses new files even to root; elsewhere a folder without write permission does.
    QString folder = QStringLiteral("/sys/kernel");
    if (::geteuid() != 0) {
        folder = path("readonly");
        QVERIFY(QDir().mkpath(folder));
        QVERIFY(QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::ExeOwner));
    }
    StoreError error;
    QVERIFY(!ProjectStore::writeNew(folder + QStringLiteral("/p.kdproj"), fullProject(), false,
                                    &error));
    QCOMPARE(error.code, StoreError::Code::Io);
    QVERIFY2(error.message.contains(QLatin1String("permission denied")), qPrintable(error.message));
    QVERIFY(!error.message.contains(QLatin1String("elsewhere")));
}

// An export must never mix two commits: a writer keeps changing a dilemma's question and its
// first option's label together, in one transaction each time; every load sees them equal.
void tst_ProjectStore::loadIsOneCommittedState()
{
    const QString file = path("snapshot.kdproj");
    StoreError error;
    QVERIFY(ProjectStore::writeNew(file, fullProject(), false, &error));
    auto writer = ProjectStore::open(file, ProjectStore::OpenMode::ReadWrite, &error);
    QVERIFY(writer);
    Project base;
    QVERIFY(writer->load(&base));
    const Segment segment = base.scenarios.at(0).segments.at(0);
    Dilemma dilemma = segment.dilemmas.at(0);
    Option option = dilemma.options.at(0);

    std::atomic<bool> stop = false;
    std::atomic<int> commits = 0;
    std::thread editing([&] {
        // The store is used on this thread alone from here on.
        for (int n = 0; !stop; ++n) {
            const QString value = QStringLiteral("versie %1").arg(n);
            dilemma.question = value;
            option.label = value;
            Transaction tx(writer->backend());
            if (writer->update(segment.uid, dilemma) && writer->update(dilemma.uid, option)
                && tx.commit())
                ++commits;
            // An editor pauses between edits; a writer that never does starves every reader.
            std::this_thread::sleep_for(std::chrono::milliseconds(5));
        }
    });
    const auto joinEditing = qScopeGuard([&] {
        stop = true;
        editing.join();
    });
    auto reader = ProjectStore::open(file, ProjectStore::OpenMode::ReadOnly, &error);
    QVERIFY(reader);
    int torn = 0;
    int loads = 0;
    QElapsedTimer timer;
    timer.start();
    for (; (loads < 150 || commits < 20) && timer.elapsed() < 20000 && torn == 0; ++loads) {
        Project p;
        QVERIFY2(reader->load(&p), qPrintable(reader->lastError().message));
        const Dilemma &d = p.scenarios.at(0).segments.at(0).dilemmas.at(0);
        if (d.question != d.options.at(0).label && d.options.at(0).label.startsWith(u'v'))
            ++torn;
    }
    QVERIFY(commits > 10);
    QCOMPARE(torn, 0);
}

// A writer that holds the file longer than the busy timeout makes a read fail with the truth
// ("another program is writing"), not "the file is damaged".
void tst_ProjectStore::busyWriterIsNotDamage()
{
    const QString file = path("busy-writer.kdproj");
    StoreError error;
    QVERIFY(ProjectStore::writeNew(file, fullProject(), false, &error));
    auto writer = ProjectStore::open(file, ProjectStore::OpenMode::ReadWrite, &error);
    QVERIFY(writer);
    QVERIFY(writer->backend().exec(QStringLiteral("BEGIN EXCLUSIVE")));
    QVERIFY(writer->backend().exec(QStringLiteral("UPDATE project SET title = 'x'")));
    auto reader = ProjectStore::open(file, ProjectStore::OpenMode::ReadOnly, &error);
    QVERIFY(!reader);
    QCOMPARE(error.code, StoreError::Code::Busy);
    QVERIFY2(error.message.contains(QLatin1String("another program is writing")),
             qPrintable(error.message));
    QVERIFY(!error.message.contains(QLatin1String("damaged")));
    QVERIFY(writer->backend().exec(QStringLiteral("ROLLBACK")));
}

void tst_ProjectStore::countsWithoutLoading()
{
    const QString file = path("counts.kdproj");
    StoreError error;
    const Project project = fullProject();
    QVERIFY(ProjectStore::writeNew(file, project, false, &error));
    auto store = ProjectStore::open(file, ProjectStore::OpenMode::ReadOnly, &error);
    QVERIFY(store);
    EntityCounts counts;
    QVERIFY(store->counts(&counts));
    QCOMPARE(counts, EntityCounts::of(project));
}

// Validation of a file too large to hold takes its facts from SQL; they must be what a walk of
// the same project in memory finds, repeated uids and keys included.
void tst_ProjectStore::factsFromTheFileEqualTheModel()
{
    Project project = fullProject();
    Scenario second = project.scenarios.at(0);
    second.uid = uid(700);
    second.position = 1;
    for (Person &p : second.persons)
        p.uid = Identifiers::createUid();
    for (Segment &seg : second.segments) {
        seg.uid = Identifiers::createUid();
        seg.personUids.clear();
        for (Dilemma &d : seg.dilemmas) {
            d.uid = Identifiers::createUid();
            for (Option &o : d.options)
                o.uid = Identifiers::createUid();
            for (LegalReference &r : d.legalReferences)
                r.uid = Identifiers::createUid();
        }
    }
    project.scenarios.append(second); // its key and its dilemmas' keys repeat the first's
    project.glossary[0].uid = project.themes.at(0).uid; // one uid in two tables
    const QString file = path("facts.kdproj");
    StoreError error;
    QVERIFY2(ProjectStore::writeNew(file, project, false, &error), qPrintable(error.message));
    auto store = ProjectStore::open(file, ProjectStore::OpenMode::ReadOnly, &error);
    QVERIFY(store);
    Project loaded;
    QVERIFY(store->load(&loaded));
    ProjectFacts fromFile;
    QVERIFY(store->facts(&fromFile));
    const ProjectFacts fromModel = ProjectFacts::of(loaded);
    QCOMPARE(fromFile.repeatedUids, fromModel.repeatedUids);
    QCOMPARE(fromFile.repeatedScenarioKeys, fromModel.repeatedScenarioKeys);
    QCOMPARE(fromFile.repeatedDilemmaKeys, fromModel.repeatedDilemmaKeys);
    QCOMPARE(fromFile.professionalUses, fromModel.professionalUses);
    QCOMPARE(fromFile.sourceCitations, fromModel.sourceCitations);
    QCOMPARE(fromFile.themeUses, fromModel.themeUses);
    QCOMPARE(fromFile.coverUses, fromModel.coverUses);
    QVERIFY(!fromFile.repeatedUids.isEmpty());
    QVERIFY(!fromFile.repeatedScenarioKeys.isEmpty());
    QVERIFY(!fromFile.repeatedDilemmaKeys.isEmpty());

    // A count is of every use: a uid used three times counts 3, from the model as from the file.
    Project thrice = fullProject();
    const QString shared = thrice.themes.at(0).uid;
    thrice.glossary[0].uid = shared;
    thrice.scenarios[0].segments[0].dilemmas[0].options[0].uid = shared;
    QCOMPARE(ProjectFacts::of(thrice).repeatedUids, (QHash<QString, int>{{shared, 3}}));
}

void tst_ProjectStore::scenariosOneAtATimeEqualTheWhole()
{
    const QString file = path("parts.kdproj");
    StoreError error;
    QVERIFY(ProjectStore::writeNew(file, fullProject(), false, &error));
    auto store = ProjectStore::open(file, ProjectStore::OpenMode::ReadOnly, &error);
    QVERIFY(store);
    Project whole;
    QVERIFY(store->load(&whole));
    const ReadSnapshot snapshot(*store);
    QVERIFY(snapshot.isValid());
    Project parts;
    QVERIFY(store->loadRegisters(&parts));
    QCOMPARE(parts.scenarios.size(), whole.scenarios.size());
    QVERIFY(parts.scenarios.at(0).segments.isEmpty()); // a stub
    parts.scenarios.clear();
    QVERIFY(store->forEachScenario([&](Scenario &&s) {
        parts.scenarios.append(std::move(s));
        return true;
    }));
    QCOMPARE(parts, whole);
}

QTEST_GUILESS_MAIN(tst_ProjectStore)
#include "tst_projectstore.moc"
