#include "pgcluster.h"
#include "testkeys.h"
#include "testprojects.h"

#include "review/reviewthreads.h"
#include "storage/projectstore.h"
#include "storage/serverlocation.h"
#include "storage/serverproject.h"

#include <QTemporaryDir>
#include <QTest>

using namespace kd;
using namespace kd::testing;

// Server projects on a real, throwaway PostgreSQL cluster (docs/team.md): the schema that
// `kdtool server init` makes, a project uploaded and read back whole, and the server deciding
// who did what: every refusal below comes from the server, sent with the person's own login,
// whatever the client's code would have checked.
class tst_ServerProject : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void locations_data();
    void locations();
    void silentNetworksAreGivenUpInSeconds();
    void initPreparesOnce();
    void serverTablesHaveTheFilesColumns();
    void initRefusesAForeignDatabase();
    void uploadAndReadBack();
    void uploadRefusesAProjectUnlessReplace();
    void uploadIsForAdmins();
    void editorWritesAndTheServerRecords();
    void changeLogAuthorIsTheLogin();
    void contentChangedByHandIsLoggedByTheServer();
    void rolesAreEnforcedByTheServer_data();
    void rolesAreEnforcedByTheServer();
    void reviewsAreTheReviewersOwn();
    void fourEyesOnTheServer();
    void searchFoldsCaseAndDiacritics();
    void unreachableAndRefusedLogins();
    void readOnlyIsReadOnly();
    void restartLosesNoCommittedEdit();
    void whatChangedAndWhere_data();
    void whatChangedAndWhere();
    void othersAreListedWithTheirRoles();
    void writersTakeTurns();
    void reviewNotesAreTheirWritersOwn();
    void editorsSubmitForReview();
    void olderServerIsUpgraded();

private:
    QString uri(const QString &user) const { return m_cluster.uri(user, QStringLiteral("kd")); }
    std::unique_ptr<ProjectStore> openAs(const QString &user, ProjectStore::OpenMode mode
                                                              = ProjectStore::OpenMode::ReadWrite);
    // Runs sql as user (password "pw-" + user) in the project's database.
    bool sqlAs(const QString &user, const QString &sql, QString *output = nullptr);
    Project loadAs(const QString &user);

    PgCluster m_cluster;
};

void tst_ServerProject::initTestCase()
{
    QString why;
    QVERIFY2(PgCluster::isAvailable(&why), qPrintable(why)); // scripts/setup.sh installs it
    QVERIFY2(m_cluster.start(&why), qPrintable(why));
    QVERIFY2(m_cluster.createDatabase(QStringLiteral("kd")), qPrintable(m_cluster.lastError()));
    QString done;
    StoreError error;
    QVERIFY2(ServerProject::init(uri(PgCluster::superuser()), &done, &error),
             qPrintable(error.message));
    QVERIFY2(done.contains(QLatin1String("prepared")), qPrintable(done));
    const QList<std::pair<QString, QStringList>> people = {
        {QStringLiteral("ada"), {QStringLiteral("kd_admin")}},
        {QStringLiteral("eva"), {QStringLiteral("kd_editor")}},
        {QStringLiteral("rob"), {QStringLiteral("kd_reviewer")}},
        {QStringLiteral("pia"), {QStringLiteral("kd_publisher")}},
        {QStringLiteral("max"), {QStringLiteral("kd_editor"), QStringLiteral("kd_reviewer")}},
        {QStringLiteral("nobody"), {}},
    };
    for (const auto &[name, roles] : people)
        QVERIFY2(m_cluster.createLogin(name, QStringLiteral("pw-") + name, roles),
                 qPrintable(m_cluster.lastError()));
    QVERIFY2(ServerProject::upload(uri(QStringLiteral("ada")), fullProject(), false, &error,
                                   QStringLiteral("pw-ada")),
             qPrintable(error.message));
}

std::unique_ptr<ProjectStore> tst_ServerProject::openAs(const QString &user,
                                                        ProjectStore::OpenMode mode)
{
    StoreError error;
    auto store = ProjectStore::open(uri(user), mode, &error, QStringLiteral("pw-") + user);
    if (!store)
        qWarning("%s", qPrintable(error.message));
    return store;
}

bool tst_ServerProject::sqlAs(const QString &user, const QString &sql, QString *output)
{
    return m_cluster.psql(sql, output, user, QStringLiteral("pw-") + user, QStringLiteral("kd"));
}

Project tst_ServerProject::loadAs(const QString &user)
{
    Project project;
    auto store = openAs(user, ProjectStore::OpenMode::ReadOnly);
    if (!store || !store->load(&project))
        qWarning("cannot load as %s", qPrintable(user));
    return project;
}

void tst_ServerProject::locations_data()
{
    QTest::addColumn<QString>("uri");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("database");
    QTest::addColumn<QString>("problem");
    QTest::newRow("full") << "postgresql://anna@db.example.nl:6543/kd"
                          << "anna"
                          << "db.example.nl" << 6543 << "kd"
                          << "";
    QTest::newRow("socket parameter") << "postgresql://anna@/kd?host=/run/postgresql"
                                      << "anna"
                                      << "/run/postgresql" << -1 << "kd"
                                      << "";
    QTest::newRow("socket encoded") << "postgres://%2Ftmp%2Fsock/kd%20team"
                                    << ""
                                    << "/tmp/sock" << -1 << "kd team"
                                    << "";
    QTest::newRow("ipv6") << "postgresql://[::1]:5433/kd"
                          << ""
                          << "::1" << 5433 << "kd"
                          << "";
    QTest::newRow("password") << "postgresql://anna:geheim@host/kd"
                              << ""
                              << "" << -1 << ""
                              << "password";
    QTest::newRow("password parameter") << "postgresql://host/kd?password=x"
                                        << ""
                                        << "" << -1 << ""
                                        << "password";
    QTest::newRow("no database") << "postgresql://host"
                                 << ""
                                 << "" << -1 << ""
                                 << "database";
    QTest::newRow("bad port") << "postgresql://host:99999/kd"
                              << ""
                              << "" << -1 << ""
                              << "port";
}

void tst_ServerProject::locations()
{
    QFETCH(QString, uri);
    QFETCH(QString, problem);
    QVERIFY(ServerLocation::isServer(uri));
    QString error;
    const auto location = ServerLocation::parse(uri, &error);
    if (!problem.isEmpty()) {
        QVERIFY(!location);
        QVERIFY2(error.contains(problem), qPrintable(error));
        return;
    }
    QVERIFY2(location, qPrintable(error));
    QTEST(location->user, "user");
    QTEST(location->host, "host");
    QTEST(location->port, "port");
    QTEST(location->database, "database");
    QVERIFY(!ServerLocation::isServer(QStringLiteral("/home/anna/postgresql.kdproj")));
}

// A server that cannot be reached, at connecting or later in a session, is said so in seconds;
// what the address sets itself is kept.
void tst_ServerProject::silentNetworksAreGivenUpInSeconds()
{
    QString error;
    auto location
        = ServerLocation::parse(QStringLiteral("postgresql://anna@db.example.nl/kd"), &error);
    QVERIFY2(location, qPrintable(error));
    const QStringList options = location->connectOptions().split(u';');
    for (const char *option :
         {"connect_timeout=10", "keepalives=1", "keepalives_idle=5", "keepalives_interval=2",
          "keepalives_count=3", "tcp_user_timeout=10000"})
        QVERIFY2(options.contains(QLatin1String(option)), option);
    location = ServerLocation::parse(
        QStringLiteral("postgresql://db.example.nl/kd?connect_timeout=3&keepalives_idle=30"),
        &error);
    QVERIFY2(location, qPrintable(error));
    const QString given = location->connectOptions();
    QCOMPARE(given.count(QLatin1String("connect_timeout=")), 1);
    QVERIFY(given.contains(QLatin1String("connect_timeout='3'")));
    QCOMPARE(given.count(QLatin1String("keepalives_idle=")), 1);
    QVERIFY(given.contains(QLatin1String("keepalives_idle='30'")));
}

void tst_ServerProject::initPreparesOnce()
{
    QString done;
    StoreError error;
    QVERIFY2(ServerProject::init(uri(PgCluster::superuser()), &done, &error),
             qPrintable(error.message));
    QVERIFY2(done.contains(QLatin1String("nothing to do")), qPrintable(done));
    QString version;
    QVERIFY(
        sqlAs(QStringLiteral("pia"), QStringLiteral("SELECT version FROM kd_schema"), &version));
    QCOMPARE(version.toInt(), ProjectStore::schemaVersion());
}

void tst_ServerProject::serverTablesHaveTheFilesColumns()
{
    // A new project file's tables and columns (its search index aside) ...
    QTemporaryDir dir;
    StoreError error;
    const QString file = dir.filePath(QStringLiteral("p.kdproj"));
    QVERIFY2(ProjectStore::writeNew(file, fullProject(), false, &error), qPrintable(error.message));
    auto store = ProjectStore::open(file, ProjectStore::OpenMode::ReadOnly, &error);
    QVERIFY(store);
    QStringList fileColumns;
    QVERIFY(store->backend().forEachRow(
        QStringLiteral("SELECT m.name, p.name FROM sqlite_schema m, pragma_table_info(m.name) p "
                       "WHERE m.type = 'table' AND m.name NOT LIKE 'search_index%' AND m.name "
                       "NOT LIKE 'sqlite_%' ORDER BY m.name, p.name"),
        {}, [&](const StoreRow &row) { fileColumns.append(row.text(0) + u'.' + row.text(1)); }));
    QVERIFY(fileColumns.contains(QStringLiteral("dilemma.question")));
    // ... are the server's, which adds only what the server keeps for itself.
    QString serverColumns;
    QVERIFY(sqlAs(QStringLiteral("pia"),
                  QStringLiteral("SELECT string_agg(table_name || '.' || column_name, ',' ORDER BY "
                                 "table_name COLLATE \"C\", column_name COLLATE \"C\") FROM "
                                 "information_schema.columns WHERE table_schema = 'public' AND "
                                 "table_name NOT IN ('search_index', 'kd_schema', 'entity_edit') "
                                 "AND column_name NOT IN ('row_version', 'recorded_by')"),
                  &serverColumns));
    QCOMPARE(serverColumns.split(u','), fileColumns);
}

void tst_ServerProject::initRefusesAForeignDatabase()
{
    QVERIFY(m_cluster.createDatabase(QStringLiteral("other")));
    QVERIFY(m_cluster.psql(QStringLiteral("CREATE TABLE invoices (id INTEGER)"), nullptr,
                           PgCluster::superuser(), {}, QStringLiteral("other")));
    QString done;
    StoreError error;
    QVERIFY(!ServerProject::init(m_cluster.uri(PgCluster::superuser(), QStringLiteral("other")),
                                 &done, &error));
    QCOMPARE(error.code, StoreError::Code::NotAProject);
    QString tables;
    QVERIFY(m_cluster.psql(QStringLiteral("SELECT string_agg(tablename, ',') FROM pg_tables "
                                          "WHERE schemaname = 'public'"),
                           &tables, PgCluster::superuser(), {}, QStringLiteral("other")));
    QCOMPARE(tables, QStringLiteral("invoices")); // nothing was added

    // An empty database that was never prepared is not a project either.
    QVERIFY(m_cluster.createDatabase(QStringLiteral("unprepared")));
    auto store
        = ProjectStore::open(m_cluster.uri(PgCluster::superuser(), QStringLiteral("unprepared")),
                             ProjectStore::OpenMode::ReadOnly, &error);
    QVERIFY(!store);
    QCOMPARE(error.code, StoreError::Code::NotAProject);
    QVERIFY2(error.message.contains(QLatin1String("server init")), qPrintable(error.message));
}

void tst_ServerProject::uploadAndReadBack()
{
    const Project original = fullProject();
    const Project loaded = loadAs(QStringLiteral("pia"));
    QCOMPARE(loaded.info, original.info);
    QCOMPARE(loaded.assets, original.assets);
    QCOMPARE(loaded.legalSources, original.legalSources);
    QCOMPARE(loaded.scenarios, original.scenarios);
    QCOMPARE(loaded.reviews, original.reviews);
    QCOMPARE(loaded.trustedReviewers, original.trustedReviewers);
    // The history a file brings is kept as it was; the server knows who uploaded it.
    QCOMPARE(loaded.changeLog.first(), original.changeLog.first());
    QString by;
    QVERIFY(sqlAs(QStringLiteral("pia"),
                  QStringLiteral("SELECT recorded_by FROM change_log ORDER BY id LIMIT 1"), &by));
    QCOMPARE(by, QStringLiteral("ada"));
}

void tst_ServerProject::uploadRefusesAProjectUnlessReplace()
{
    StoreError error;
    Project other = fullProject();
    other.info.title = QStringLiteral("Een ander project");
    QVERIFY(!ServerProject::upload(uri(QStringLiteral("ada")), other, false, &error,
                                   QStringLiteral("pw-ada")));
    QCOMPARE(error.code, StoreError::Code::Refused);
    QCOMPARE(loadAs(QStringLiteral("pia")).info.title, fullProject().info.title);

    QString before;
    QVERIFY(
        sqlAs(QStringLiteral("pia"), QStringLiteral("SELECT count(*) FROM change_log"), &before));
    QVERIFY2(ServerProject::upload(uri(QStringLiteral("ada")), other, true, &error,
                                   QStringLiteral("pw-ada")),
             qPrintable(error.message));
    QCOMPARE(loadAs(QStringLiteral("pia")).info.title, other.info.title);
    QString after;
    QVERIFY(
        sqlAs(QStringLiteral("pia"), QStringLiteral("SELECT count(*) FROM change_log"), &after));
    QVERIFY2(after.toInt() > before.toInt(), "the change log is never emptied");
    QVERIFY(ServerProject::upload(uri(QStringLiteral("ada")), fullProject(), true, &error,
                                  QStringLiteral("pw-ada")));
}

void tst_ServerProject::uploadIsForAdmins()
{
    StoreError error;
    QVERIFY(!ServerProject::upload(uri(QStringLiteral("eva")), fullProject(), true, &error,
                                   QStringLiteral("pw-eva")));
    QCOMPARE(error.code, StoreError::Code::Refused);
    QVERIFY2(error.message.contains(QLatin1String("kd_admin")), qPrintable(error.message));
}

void tst_ServerProject::editorWritesAndTheServerRecords()
{
    auto store = openAs(QStringLiteral("eva"));
    QVERIFY(store);
    QVERIFY(store->isServer());
    QCOMPARE(store->identity().login, QStringLiteral("eva"));
    QCOMPARE(store->identity().roles, QStringList{QStringLiteral("kd_editor")});
    QString before;
    QVERIFY(sqlAs(QStringLiteral("eva"),
                  QStringLiteral("SELECT row_version FROM dilemma WHERE uid = '%1'").arg(uid(100)),
                  &before));

    Project project;
    QVERIFY(store->load(&project));
    Dilemma dilemma = project.scenarios[0].segments[0].dilemmas[0];
    dilemma.question = QStringLiteral("Deel je je zorgen met school?");
    QVERIFY2(store->update(project.scenarios[0].segments[0].uid, dilemma),
             qPrintable(store->lastError().message));

    QString row;
    QVERIFY(sqlAs(QStringLiteral("eva"),
                  QStringLiteral("SELECT row_version FROM dilemma WHERE uid = '%1'").arg(uid(100)),
                  &row));
    QCOMPARE(row.toInt(), before.toInt() + 1);
    QVERIFY(sqlAs(
        QStringLiteral("eva"),
        QStringLiteral("SELECT editor FROM entity_edit WHERE entity_uid = '%1'").arg(uid(100)),
        &row));
    QCOMPARE(row, QStringLiteral("eva"));

    // An option's change is a change of its dilemma.
    QVERIFY(sqlAs(QStringLiteral("max"),
                  QStringLiteral("UPDATE dilemma_option SET label = 'Ja, direct' WHERE uid = '%1'")
                      .arg(uid(110))));
    QVERIFY(sqlAs(
        QStringLiteral("eva"),
        QStringLiteral("SELECT editor FROM entity_edit WHERE entity_uid = '%1'").arg(uid(100)),
        &row));
    QCOMPARE(row, QStringLiteral("max"));
}

// The server writes the change log for a transaction that changed content and logged nothing
// itself: one row per entity, under the login; the program's own writes get none beside theirs.
void tst_ServerProject::contentChangedByHandIsLoggedByTheServer()
{
    const auto outsideRows = [this](const QString &author) {
        QString count;
        sqlAs(QStringLiteral("eva"),
              QStringLiteral("SELECT count(*) FROM change_log WHERE author = '%1' AND summary = "
                             "'changed outside Kiezen & Delen Studio'")
                  .arg(author),
              &count);
        return count.trimmed().toInt();
    };
    const auto rows = [this] {
        QString count;
        sqlAs(QStringLiteral("eva"), QStringLiteral("SELECT count(*) FROM change_log"), &count);
        return count.trimmed().toInt();
    };
    QString lastId;
    QVERIFY(
        sqlAs(QStringLiteral("eva"), QStringLiteral("SELECT max(id) FROM change_log"), &lastId));
    const int before = rows();
    // A dilemma and its option (one entity: the dilemma) and a segment, in one transaction.
    QVERIFY(
        sqlAs(QStringLiteral("max"),
              QStringLiteral("UPDATE dilemma SET situation = 'Met de hand' WHERE uid = '%1'; "
                             "UPDATE dilemma_option SET label = 'Met de hand' WHERE uid = '%2'; "
                             "UPDATE segment SET title = 'Met de hand' WHERE uid = '%3'")
                  .arg(uid(100), uid(110), uid(90))));
    QCOMPARE(rows(), before + 2);
    QString logged;
    QVERIFY(sqlAs(QStringLiteral("eva"),
                  QStringLiteral("SELECT string_agg(author || ' ' || entity_uid || ' ' || summary, "
                                 "',' ORDER BY id) FROM change_log WHERE id > %1")
                      .arg(lastId.trimmed().toLongLong()),
                  &logged));
    QCOMPARE(logged.trimmed(), QStringLiteral("max %1 changed outside Kiezen & Delen Studio,"
                                              "max %2 changed outside Kiezen & Delen Studio")
                                   .arg(uid(100), uid(90)));

    // The program's write logs itself: no row of the server's beside it.
    auto store = openAs(QStringLiteral("eva"));
    QVERIFY(store);
    Project project;
    QVERIFY(store->load(&project));
    const int outsideBefore = outsideRows(QStringLiteral("eva"));
    const int rowsBefore = rows();
    {
        WriteBatch tx(*store);
        QVERIFY(tx.isActive());
        Dilemma dilemma = project.scenarios[0].segments[0].dilemmas[0];
        dilemma.situation = QStringLiteral("Door het programma");
        QVERIFY(store->update(project.scenarios[0].segments[0].uid, dilemma));
        ChangeLogEntry entry{0,        QDateTime::currentDateTimeUtc(), QStringLiteral("eva"),
                             uid(100), QStringLiteral("situation"),     QStringLiteral("changed")};
        QVERIFY(store->append(&entry));
        QVERIFY(tx.commit());
    }
    QCOMPARE(rows(), rowsBefore + 1);
    QCOMPARE(outsideRows(QStringLiteral("eva")), outsideBefore);

    // An administrator owns the tables and uploads history as it is: not logged for them.
    const int adminBefore = rows();
    QVERIFY(sqlAs(
        QStringLiteral("ada"),
        QStringLiteral("UPDATE dilemma SET situation = 'Beheer' WHERE uid = '%1'").arg(uid(100))));
    QCOMPARE(rows(), adminBefore);
}

void tst_ServerProject::changeLogAuthorIsTheLogin()
{
    auto store = openAs(QStringLiteral("eva"));
    QVERIFY(store);
    const QDateTime claimed(QDate(2001, 1, 1), QTime(0, 0), Qt::UTC);
    ChangeLogEntry entry{0,
                         claimed,
                         QStringLiteral("eva"),
                         uid(100),
                         QStringLiteral("question"),
                         QStringLiteral("vraag aangepast")};
    QVERIFY2(store->append(&entry), qPrintable(store->lastError().message));
    QVERIFY(entry.id > 0);
    // The server's clock, not the one the client sent.
    QVERIFY2(qAbs(entry.time.secsTo(QDateTime::currentDateTimeUtc())) < 300,
             qPrintable(entry.time.toString(Qt::ISODateWithMs)));

    ChangeLogEntry forged{0,
                          claimed,
                          QStringLiteral("rob"),
                          uid(100),
                          QStringLiteral("question"),
                          QStringLiteral("door rob")};
    QVERIFY(!store->append(&forged));
    QCOMPARE(store->lastError().code, StoreError::Code::Refused);
    QVERIFY2(store->lastError().message.contains(QLatin1String("eva")),
             qPrintable(store->lastError().message));

    // By hand, with eva's own login: the same refusal; and the log cannot be rewritten.
    QString output;
    QVERIFY(!sqlAs(QStringLiteral("eva"),
                   QStringLiteral("INSERT INTO change_log (time, author, summary) VALUES "
                                  "('2001-01-01T00:00:00.000Z', 'rob', 'x')"),
                   &output));
    QVERIFY2(output.contains(QLatin1String("author")), qPrintable(output));
    QVERIFY(!sqlAs(QStringLiteral("eva"), QStringLiteral("UPDATE change_log SET author = 'rob'"),
                   &output));
    QVERIFY(!sqlAs(QStringLiteral("ada"), QStringLiteral("DELETE FROM change_log"), &output));
    QVERIFY2(output.contains(QLatin1String("append-only")), qPrintable(output));
}

void tst_ServerProject::rolesAreEnforcedByTheServer_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("sql");
    const QString dilemma = uid(100);
    const QString edit
        = QStringLiteral("UPDATE dilemma SET question = 'x' WHERE uid = '%1'").arg(dilemma);
    const QString review
        = QStringLiteral("INSERT INTO review (uid, entity_uid, state, reviewer, time) VALUES "
                         "('%1', '%2', 'approved', '%3', kd_now())");
    QTest::newRow("publisher edits") << "pia" << edit;
    QTest::newRow("reviewer edits") << "rob" << edit;
    QTest::newRow("no role edits") << "nobody" << edit;
    QTest::newRow("no role reads") << "nobody" << QStringLiteral("SELECT * FROM dilemma");
    QTest::newRow("publisher deletes") << "pia" << QStringLiteral("DELETE FROM scenario");
    QTest::newRow("editor approves")
        << "eva" << review.arg(uid(900), dilemma, QStringLiteral("eva"));
    QTest::newRow("editor requests changes")
        << "eva"
        << QStringLiteral("INSERT INTO review (uid, entity_uid, state, reviewer, time) VALUES "
                          "('%1', '%2', 'changes-requested', 'eva', kd_now())")
               .arg(uid(903), dilemma);
    QTest::newRow("editor submits with a content hash")
        << "eva"
        << QStringLiteral("INSERT INTO review (uid, entity_uid, state, reviewer, time, "
                          "content_hash) VALUES ('%1', '%2', 'in-review', 'eva', kd_now(), "
                          "repeat('a', 64))")
               .arg(uid(904), dilemma);
    QTest::newRow("publisher writes a review note")
        << "pia"
        << QStringLiteral("INSERT INTO review_note (uid, entity_uid, kind, author, time, text) "
                          "VALUES ('%1', '%2', 'question', 'pia', kd_now(), 'Waarom?')")
               .arg(uid(905), dilemma);
    QTest::newRow("publisher approves")
        << "pia" << review.arg(uid(901), dilemma, QStringLiteral("pia"));
    QTest::newRow("editor trusts a key")
        << "eva"
        << QStringLiteral("INSERT INTO trusted_reviewer (uid, name, public_key, fingerprint) "
                          "VALUES ('%1', 'Eva', 'k', repeat('a', 64))")
               .arg(uid(902));
    QTest::newRow("editor rewrites the edit record")
        << "eva" << QStringLiteral("UPDATE entity_edit SET editor = 'rob'");
    QTest::newRow("editor changes the schema")
        << "eva" << QStringLiteral("ALTER TABLE dilemma DISABLE TRIGGER ALL");
    QTest::newRow("editor rewrites the search index")
        << "eva" << QStringLiteral("DELETE FROM search_index");
}

void tst_ServerProject::rolesAreEnforcedByTheServer()
{
    QFETCH(QString, user);
    QFETCH(QString, sql);
    QString output;
    QVERIFY2(!sqlAs(user, sql, &output), "the server let it through");
    QVERIFY2(output.contains(QLatin1String("permission denied"))
                 || output.contains(QLatin1String("must be owner"))
                 || output.contains(QLatin1String("kd_reviewer")),
             qPrintable(output));
    // Nothing changed.
    QCOMPARE(loadAs(QStringLiteral("pia")).reviews.size(), fullProject().reviews.size());
}

void tst_ServerProject::reviewsAreTheReviewersOwn()
{
    const QString insert
        = QStringLiteral("INSERT INTO review (uid, entity_uid, state, reviewer, time) VALUES "
                         "('%1', '%2', '%3', '%4', %5)");
    QString output;
    // Under another name.
    QVERIFY(!sqlAs(QStringLiteral("rob"),
                   insert.arg(uid(910), uid(100), QStringLiteral("approved"),
                              QStringLiteral("J. de Vries"), QStringLiteral("kd_now()")),
                   &output));
    QVERIFY2(output.contains(QLatin1String("your login")), qPrintable(output));
    // Backdated.
    QVERIFY(!sqlAs(QStringLiteral("rob"),
                   insert.arg(uid(911), uid(100), QStringLiteral("approved"), QStringLiteral("rob"),
                              QStringLiteral("'2020-01-01T00:00:00.000Z'")),
                   &output));
    QVERIFY2(output.contains(QLatin1String("not now")), qPrintable(output));
    // Of nothing.
    QVERIFY(!sqlAs(QStringLiteral("rob"),
                   insert.arg(uid(912), uid(999), QStringLiteral("approved"), QStringLiteral("rob"),
                              QStringLiteral("kd_now()")),
                   &output));
    // Rob's own, of content he did not write: accepted; withdrawn only by him.
    QVERIFY2(sqlAs(QStringLiteral("rob"),
                   insert.arg(uid(913), uid(100), QStringLiteral("changes-requested"),
                              QStringLiteral("rob"), QStringLiteral("kd_now()")),
                   &output),
             qPrintable(output));
    QVERIFY(!sqlAs(QStringLiteral("max"),
                   QStringLiteral("DELETE FROM review WHERE uid = '%1'").arg(uid(913)), &output));
    QVERIFY2(output.contains(QLatin1String("withdraw")), qPrintable(output));
    QVERIFY(sqlAs(QStringLiteral("rob"),
                  QStringLiteral("DELETE FROM review WHERE uid = '%1'").arg(uid(913)), &output));
    QVERIFY(!sqlAs(QStringLiteral("rob"), QStringLiteral("UPDATE review SET reviewer = 'rob'"),
                   &output));
}

void tst_ServerProject::fourEyesOnTheServer()
{
    // Max edits the dilemma, so Max may not approve it, whatever he sends; Rob may.
    QVERIFY(sqlAs(QStringLiteral("max"),
                  QStringLiteral("UPDATE dilemma SET considerations = 'Weeg alles.' WHERE uid = "
                                 "'%1'")
                      .arg(uid(100))));
    const QString approve
        = QStringLiteral("INSERT INTO review (uid, entity_uid, state, reviewer, time) VALUES "
                         "('%1', '%2', 'approved', '%3', kd_now())");
    QString output;
    QVERIFY(!sqlAs(QStringLiteral("max"), approve.arg(uid(920), uid(100), QStringLiteral("max")),
                   &output));
    QVERIFY2(output.contains(QLatin1String("four-eyes")), qPrintable(output));
    QVERIFY2(sqlAs(QStringLiteral("rob"), approve.arg(uid(921), uid(100), QStringLiteral("rob")),
                   &output),
             qPrintable(output));
    // The same through the store, as the program sends it.
    auto store = openAs(QStringLiteral("max"));
    QVERIFY(store);
    Review review;
    review.uid = uid(922);
    review.entityUid = uid(100);
    review.state = ReviewState::Approved;
    review.reviewer = QStringLiteral("max");
    review.time = QDateTime::currentDateTimeUtc();
    QVERIFY(!store->insert(review));
    QCOMPARE(store->lastError().code, StoreError::Code::Refused);
    QVERIFY(sqlAs(QStringLiteral("rob"),
                  QStringLiteral("DELETE FROM review WHERE uid = '%1'").arg(uid(921))));
}

void tst_ServerProject::searchFoldsCaseAndDiacritics()
{
    QVERIFY(sqlAs(QStringLiteral("eva"),
                  QStringLiteral("UPDATE dilemma SET situation = 'Hij belt Één keer per week met "
                                 "de huisarts.' WHERE uid = '%1'")
                      .arg(uid(100))));
    auto store = openAs(QStringLiteral("pia"), ProjectStore::OpenMode::ReadOnly);
    QVERIFY(store);
    QList<SearchHit> hits;
    QVERIFY2(store->search(QStringLiteral("een KEER huisar"), 10, &hits),
             qPrintable(store->lastError().message));
    QCOMPARE(hits.size(), 1);
    QCOMPARE(hits[0].kind, EntityKind::Dilemma);
    QCOMPARE(hits[0].uid, uid(100));
    QCOMPARE(hits[0].field, QStringLiteral("situation"));
    QVERIFY2(hits[0].snippet.contains(ProjectStore::matchStart), qPrintable(hits[0].snippet));
    QVERIFY(store->search(QStringLiteral("   "), 10, &hits));
    QVERIFY(hits.isEmpty());
    QVERIFY(store->search(QStringLiteral("zzzonbekend"), 10, &hits));
    QVERIFY(hits.isEmpty());
    // A search term that is SQL or tsquery syntax is a word like any other.
    QVERIFY(store->search(QStringLiteral("'); DROP TABLE dilemma; -- & | !"), 10, &hits));
    QCOMPARE(loadAs(QStringLiteral("pia")).scenarios.size(), 1);
}

void tst_ServerProject::unreachableAndRefusedLogins()
{
    StoreError error;
    auto store = ProjectStore::open(QStringLiteral("postgresql://eva@/kd?host=/nonexistent"),
                                    ProjectStore::OpenMode::ReadOnly, &error);
    QVERIFY(!store);
    QCOMPARE(error.code, StoreError::Code::Unreachable);
    QVERIFY(!error.message.contains(u'\n'));

    store = ProjectStore::open(uri(QStringLiteral("eva")), ProjectStore::OpenMode::ReadOnly, &error,
                               QStringLiteral("wrong"));
    QVERIFY(!store);
    QCOMPARE(error.code, StoreError::Code::LoginRefused);
    QVERIFY2(error.message.contains(QLatin1String("password")), qPrintable(error.message));

    store = ProjectStore::open(uri(QStringLiteral("stranger")), ProjectStore::OpenMode::ReadOnly,
                               &error, QStringLiteral("x"));
    QVERIFY(!store);
    QCOMPARE(error.code, StoreError::Code::LoginRefused);

    store = ProjectStore::open(QStringLiteral("postgresql://eva:pw-eva@/kd"),
                               ProjectStore::OpenMode::ReadOnly, &error);
    QVERIFY(!store);
    QVERIFY2(error.message.contains(QLatin1String("password")), qPrintable(error.message));
}

void tst_ServerProject::readOnlyIsReadOnly()
{
    auto store = openAs(QStringLiteral("eva"), ProjectStore::OpenMode::ReadOnly);
    QVERIFY(store);
    QVERIFY(store->isReadOnly());
    Project project;
    QVERIFY(store->load(&project));
    QVERIFY(!store->update(project.lifeDomains[0]));
    QCOMPARE(store->lastError().code, StoreError::Code::ReadOnly);
}

void tst_ServerProject::restartLosesNoCommittedEdit()
{
    auto store = openAs(QStringLiteral("eva"));
    QVERIFY(store);
    Project project;
    QVERIFY(store->load(&project));
    Theme theme = project.themes[0];
    theme.label = QStringLiteral("Voor de herstart");
    QVERIFY(store->update(theme));

    QString why;
    QVERIFY2(m_cluster.restart(&why), qPrintable(why));
    theme.label = QStringLiteral("Tijdens de herstart");
    // The connection is gone: the write fails and says so; it is not kept to be lost later.
    QVERIFY(!store->update(theme));
    QVERIFY2(store->lastError().message.contains(QLatin1String("connection"))
                 || store->lastError().message.contains(QLatin1String("server")),
             qPrintable(store->lastError().message));
    QCOMPARE(loadAs(QStringLiteral("pia")).themes[0].label, QStringLiteral("Voor de herstart"));
}

void tst_ServerProject::whatChangedAndWhere_data()
{
    QTest::addColumn<bool>("server");
    QTest::newRow("file") << false;
    QTest::newRow("server") << true;
}

// What an editor reads to follow the others: the change log after an id, the scenarios that
// hold the entities it names, one scenario whole, one dilemma whole. The same portable SQL serves a
// file.
void tst_ServerProject::whatChangedAndWhere()
{
    QFETCH(bool, server);
    QTemporaryDir dir;
    StoreError error;
    const QString path = dir.filePath(QStringLiteral("p.kdproj"));
    if (!server)
        QVERIFY2(ProjectStore::writeNew(path, fullProject(), false, &error),
                 qPrintable(error.message));
    auto store = server ? openAs(QStringLiteral("eva"))
                        : ProjectStore::open(path, ProjectStore::OpenMode::ReadWrite, &error);
    QVERIFY(store);
    Project project;
    QVERIFY(store->load(&project));
    const qint64 seen = project.changeLog.isEmpty() ? 0 : project.changeLog.constLast().id;
    ChangeLogEntry entry{
        0,        QDateTime::currentDateTimeUtc(), server ? QStringLiteral("eva") : "x",
        uid(110), QStringLiteral("option.label"),  QStringLiteral("changed")};
    QVERIFY(store->append(&entry));
    QList<ChangeLogEntry> entries;
    QVERIFY(store->changesSince(seen, &entries));
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.first().id, entry.id);
    QCOMPARE(entries.first().entityUid, uid(110));
    QVERIFY(store->changesSince(entry.id, &entries));
    QVERIFY(entries.isEmpty());

    // An option, a legal reference, a dilemma, a segment, a person, the scenario itself: all in
    // scenario 70; a register entry and an unknown uid in none.
    QSet<QString> scenarios;
    QVERIFY(store->scenariosHolding({uid(110)}, &scenarios));
    QCOMPARE(scenarios, QSet<QString>{uid(70)});
    QVERIFY(store->scenariosHolding(
        {uid(121), uid(100), uid(90), uid(80), uid(70), uid(40), QStringLiteral("nothing")},
        &scenarios));
    QCOMPARE(scenarios, QSet<QString>{uid(70)});
    QVERIFY(store->scenariosHolding({uid(40)}, &scenarios));
    QVERIFY(scenarios.isEmpty());

    Scenario scenario;
    bool found = false;
    QVERIFY(store->loadScenario(uid(70), &scenario, &found));
    QVERIFY(found);
    QCOMPARE(scenario, project.scenarios.first());
    QVERIFY(store->loadScenario(QStringLiteral("nothing"), &scenario, &found));
    QVERIFY(!found);
    // One dilemma with its options and legal references (and their reference lists).
    const Dilemma &held = project.scenarios.first().segments.first().dilemmas.first();
    QVERIFY(!held.options.isEmpty() && !held.legalReferences.isEmpty());
    Dilemma dilemma;
    QVERIFY(store->loadDilemma(held.uid, &dilemma, &found));
    QVERIFY(found);
    QCOMPARE(dilemma, held);
    QVERIFY(store->loadDilemma(uid(110), &dilemma, &found)); // an option's uid
    QVERIFY(!found);

    Project registers;
    QVERIFY(store->loadRegistersWithoutLog(&registers));
    QVERIFY(registers.changeLog.isEmpty());
    QCOMPARE(registers.professionals, project.professionals);
    QCOMPARE(registers.reviews, project.reviews);
}

void tst_ServerProject::othersAreListedWithTheirRoles()
{
    const QString program = QCoreApplication::applicationName();
    QCoreApplication::setApplicationName(QStringLiteral("kd-editor"));
    auto eva = openAs(QStringLiteral("eva"));
    auto rob = openAs(QStringLiteral("rob"));
    QCoreApplication::setApplicationName(program);
    QVERIFY(eva && rob);
    QList<StoreSession> others;
    QVERIFY(eva->sessions(&others));
    QCOMPARE(others.size(), 1);
    QCOMPARE(others.first().login, QStringLiteral("rob"));
    QCOMPARE(others.first().roles, QStringList{QStringLiteral("kd_reviewer")});
    QCOMPARE(others.first().program, QStringLiteral("kd-editor"));
    // Sessions of other programs (psql, this test's own) are not people at work on the project.
    auto quiet = openAs(QStringLiteral("pia"));
    QVERIFY(eva->sessions(&others));
    QCOMPARE(others.size(), 1);
    QVERIFY(eva->ping());
}

// A writer holds the project's write lock until it commits: a second writer waits for it and
// is told "busy" after the lock timeout, writing nothing.
void tst_ServerProject::writersTakeTurns()
{
    auto eva = openAs(QStringLiteral("eva"));
    auto max = openAs(QStringLiteral("max"));
    QVERIFY(eva && max);
    QVERIFY(max->backend().exec(QStringLiteral("SET lock_timeout = '300ms'")));
    Project project;
    QVERIFY(eva->load(&project));
    Theme theme = project.themes[0];
    WriteBatch first(*eva);
    QVERIFY(first.isActive());
    theme.label = QStringLiteral("Eerst");
    QVERIFY(eva->update(theme));
    // Another theme, another row: only the write lock stands in the way.
    Theme other = project.themes.size() > 1 ? project.themes[1] : project.themes[0];
    other.label = QStringLiteral("Tweede");
    QVERIFY(!max->update(other));
    QVERIFY2(max->lastError().code == StoreError::Code::Busy, qPrintable(max->lastError().message));
    QVERIFY(first.commit());
    QVERIFY(max->update(other));
}

// Review threads on the server: an editor asks or answers and a reviewer too, each under their
// own login and now; nobody edits a note, and only its writer withdraws it. Other sessions hear of
// every note.
void tst_ServerProject::reviewNotesAreTheirWritersOwn()
{
    auto eva = openAs(QStringLiteral("eva"));
    auto rob = openAs(QStringLiteral("rob"));
    QVERIFY(eva && rob);
    bool heard = false;
    QVERIFY(rob->watch([&heard] { heard = true; }));

    const ReviewNote question
        = ReviewThreads::make(uid(100), {}, ReviewNoteKind::Question, QStringLiteral("eva"),
                              QStringLiteral("Klopt lid 2?"));
    QVERIFY2(eva->insert(question), qPrintable(eva->lastError().message));
    QTRY_VERIFY(heard);

    // Under another name, backdated, on nothing, in no thread: the server refuses.
    ReviewNote forged = ReviewThreads::make(uid(100), question.uid, ReviewNoteKind::Answer,
                                            QStringLiteral("rob"), QStringLiteral("Ja."));
    QVERIFY(!eva->insert(forged));
    QCOMPARE(eva->lastError().code, StoreError::Code::Refused);
    QVERIFY2(eva->lastError().message.contains(QLatin1String("your login")),
             qPrintable(eva->lastError().message));
    ReviewNote late = ReviewThreads::make(uid(100), question.uid, ReviewNoteKind::Answer,
                                          QStringLiteral("eva"), QStringLiteral("Ja."));
    late.time = QDateTime(QDate(2020, 1, 1), QTime(0, 0), Qt::UTC);
    QVERIFY(!eva->insert(late));
    QVERIFY2(eva->lastError().message.contains(QLatin1String("not now")),
             qPrintable(eva->lastError().message));
    QString output;
    QVERIFY(!sqlAs(QStringLiteral("eva"),
                   QStringLiteral("INSERT INTO review_note (uid, entity_uid, kind, author, time, "
                                  "text) VALUES ('%1', '%2', 'question', 'eva', kd_now(), 'x')")
                       .arg(uid(940), uid(999)),
                   &output));
    QVERIFY2(output.contains(QLatin1String("no dilemma or legal source")), qPrintable(output));
    QVERIFY(!sqlAs(QStringLiteral("eva"),
                   QStringLiteral("INSERT INTO review_note (uid, entity_uid, thread_uid, kind, "
                                  "author, time, text) VALUES ('%1', '%2', '%3', 'answer', 'eva', "
                                  "kd_now(), 'x')")
                       .arg(uid(941), uid(30), question.uid),
                   &output));
    QVERIFY2(output.contains(QLatin1String("no thread")), qPrintable(output));

    // A reviewer answers; the editor cannot withdraw that answer, nor edit any note.
    const ReviewNote answer = ReviewThreads::make(uid(100), question.uid, ReviewNoteKind::Answer,
                                                  QStringLiteral("rob"), QStringLiteral("Ja."));
    QVERIFY2(rob->insert(answer), qPrintable(rob->lastError().message));
    QVERIFY(!eva->remove(EntityKind::ReviewNote, answer.uid));
    QCOMPARE(eva->lastError().code, StoreError::Code::Refused);
    QVERIFY2(eva->lastError().message.contains(QLatin1String("withdraw")),
             qPrintable(eva->lastError().message));
    QVERIFY(!sqlAs(
        QStringLiteral("eva"),
        QStringLiteral("UPDATE review_note SET text = 'anders' WHERE uid = '%1'").arg(question.uid),
        &output));
    QVERIFY(!sqlAs(
        QStringLiteral("ada"),
        QStringLiteral("UPDATE review_note SET text = 'anders' WHERE uid = '%1'").arg(question.uid),
        &output));
    QVERIFY2(output.contains(QLatin1String("append-only")), qPrintable(output));

    // Everyone reads them back as written; the server kept who wrote each.
    const Project loaded = loadAs(QStringLiteral("pia"));
    const QList<ReviewNote> written{question, answer};
    QCOMPARE(loaded.reviewNotes, fullProject().reviewNotes + written);
    QVERIFY(sqlAs(
        QStringLiteral("pia"),
        QStringLiteral("SELECT recorded_by FROM review_note WHERE uid = '%1'").arg(answer.uid),
        &output));
    QCOMPARE(output.trimmed(), QStringLiteral("rob"));
    // A note is not an edit: the four-eyes rule does not hear of it.
    QVERIFY(sqlAs(QStringLiteral("pia"),
                  QStringLiteral("SELECT count(*) FROM entity_edit WHERE editor = 'rob'"),
                  &output));
    QCOMPARE(output.trimmed(), QStringLiteral("0"));

    // Each writer withdraws their own (undo).
    QVERIFY2(rob->remove(EntityKind::ReviewNote, answer.uid), qPrintable(rob->lastError().message));
    QVERIFY2(eva->remove(EntityKind::ReviewNote, question.uid),
             qPrintable(eva->lastError().message));
    QCOMPARE(loadAs(QStringLiteral("pia")).reviewNotes, fullProject().reviewNotes);
}

// An editor submits an item for review: a record in review, under their own login; withdrawn
// only by them. Deciding stays the reviewers' (rolesAreEnforcedByTheServer).
void tst_ServerProject::editorsSubmitForReview()
{
    auto eva = openAs(QStringLiteral("eva"));
    QVERIFY(eva);
    Review submission;
    submission.uid = uid(950);
    submission.entityUid = uid(31);
    submission.state = ReviewState::InReview;
    submission.reviewer = QStringLiteral("eva");
    submission.time = QDateTime::currentDateTimeUtc();
    QVERIFY2(eva->insert(submission), qPrintable(eva->lastError().message));
    Review other = submission;
    other.uid = uid(951);
    other.reviewer = QStringLiteral("rob");
    QVERIFY(!eva->insert(other));
    QCOMPARE(eva->lastError().code, StoreError::Code::Refused);
    QVERIFY(loadAs(QStringLiteral("pia")).reviews.contains(submission));
    auto rob = openAs(QStringLiteral("rob"));
    QVERIFY(rob);
    QVERIFY(!rob->remove(EntityKind::Review, submission.uid));
    QVERIFY2(eva->remove(EntityKind::Review, submission.uid), qPrintable(eva->lastError().message));
    QCOMPARE(loadAs(QStringLiteral("pia")).reviews, fullProject().reviews);
}

// A server project of version 5 (before review threads, legal citations, plain language and alt
// text) is upgraded in place by `kdtool server init`, keeping what it holds; until then the
// program refuses to open it. Afterwards it has the shape, and searches the columns, of a
// server prepared new.
void tst_ServerProject::olderServerIsUpgraded()
{
    const QString database = QStringLiteral("older");
    QVERIFY(m_cluster.createDatabase(database));
    QString done;
    StoreError error;
    QVERIFY2(ServerProject::init(m_cluster.uri(PgCluster::superuser(), database), &done, &error),
             qPrintable(error.message));
    QVERIFY2(ServerProject::upload(m_cluster.uri(QStringLiteral("ada"), database), fullProject(),
                                   false, &error, QStringLiteral("pw-ada")),
             qPrintable(error.message));
    // Back to version 5: no review_note table, reviews for reviewers only, no citation columns
    // and the search triggers of version 5.
    QVERIFY(m_cluster.psql(
        QStringLiteral("DROP TABLE review_note; DROP FUNCTION kd_review_note_check(); "
                       "DROP FUNCTION kd_review_note_append_only(); "
                       "REVOKE INSERT, DELETE ON review FROM kd_editor; "
                       "DROP TRIGGER legal_source_search ON legal_source; "
                       "DROP TRIGGER legal_reference_search ON legal_reference; "
                       "ALTER TABLE legal_source DROP COLUMN version_date, DROP COLUMN boek, "
                       "DROP COLUMN titeldeel, DROP COLUMN hoofdstuk, DROP COLUMN afdeling, "
                       "DROP COLUMN paragraaf, DROP COLUMN artikel; "
                       "ALTER TABLE legal_reference DROP COLUMN lid, DROP COLUMN onderdeel; "
                       "ALTER TABLE project DROP COLUMN dictionary, DROP COLUMN jargon, "
                       "DROP COLUMN minimum_reading_ease, DROP COLUMN maximum_average_sentence, "
                       "DROP COLUMN maximum_sentence; "
                       "DROP TRIGGER asset_search ON asset; "
                       "ALTER TABLE asset DROP COLUMN alt_text; "
                       "UPDATE kd_schema SET version = 5"),
        nullptr, PgCluster::superuser(), {}, database));
    auto store
        = ProjectStore::open(m_cluster.uri(QStringLiteral("eva"), database),
                             ProjectStore::OpenMode::ReadOnly, &error, QStringLiteral("pw-eva"));
    QVERIFY(!store);
    QVERIFY2(error.message.contains(QLatin1String("server init")), qPrintable(error.message));

    QVERIFY2(ServerProject::init(m_cluster.uri(PgCluster::superuser(), database), &done, &error),
             qPrintable(error.message));
    QVERIFY2(done.contains(QLatin1String("from schema version 5 to 9")), qPrintable(done));
    store = ProjectStore::open(m_cluster.uri(QStringLiteral("eva"), database),
                               ProjectStore::OpenMode::ReadWrite, &error, QStringLiteral("pw-eva"));
    QVERIFY2(store, qPrintable(error.message));
    Project loaded;
    QVERIFY(store->load(&loaded));
    // Dropped with the columns above.
    Project expected = withoutPlainLanguage(withoutCitations(fullProject()));
    expected.reviewNotes.clear(); // dropped with the table above
    QCOMPARE(loaded.info, expected.info);
    QCOMPARE(loaded.scenarios, expected.scenarios);
    QCOMPARE(loaded.reviews, expected.reviews);
    QVERIFY(loaded.reviewNotes.isEmpty());
    const ReviewNote question = ReviewThreads::make(
        uid(100), {}, ReviewNoteKind::Question, QStringLiteral("eva"), QStringLiteral("Klopt?"));
    QVERIFY2(store->insert(question), qPrintable(store->lastError().message));
    Review submission{uid(960),
                      uid(100),
                      ReviewState::InReview,
                      QStringLiteral("eva"),
                      QDateTime::currentDateTimeUtc(),
                      {},
                      {}};
    QVERIFY2(store->insert(submission), qPrintable(store->lastError().message));
    QString output;
    QVERIFY(!m_cluster.psql(QStringLiteral("UPDATE review_note SET text = 'x'"), &output,
                            QStringLiteral("ada"), QStringLiteral("pw-ada"), database));
    QVERIFY2(output.contains(QLatin1String("append-only")), qPrintable(output));
    // The new columns are searched.
    LegalSource cited = fullProject().legalSources.first();
    cited.artikel = QStringLiteral("7:457");
    QVERIFY2(store->update(cited), qPrintable(store->lastError().message));
    QString found;
    QVERIFY(m_cluster.psql(QStringLiteral("SELECT count(*) FROM search_index WHERE field = "
                                          "'artikel' AND text = '7:457'"),
                           &found, PgCluster::superuser(), {}, database));
    QCOMPARE(found.trimmed(), QStringLiteral("1"));
    Asset described = fullProject().assets.first();
    described.altText = QStringLiteral("Een stethoscoop");
    QVERIFY2(store->update(described), qPrintable(store->lastError().message));
    QVERIFY(m_cluster.psql(QStringLiteral("SELECT count(*) FROM search_index WHERE field = "
                                          "'altText' AND text = 'Een stethoscoop'"),
                           &found, PgCluster::superuser(), {}, database));
    QCOMPARE(found.trimmed(), QStringLiteral("1"));
    // The same tables, columns, owners and trigger functions as a server prepared new.
    const auto shape = [this](const QString &db) {
        QString text;
        QString owners;
        QString functions;
        const bool ok
            = m_cluster.psql(QStringLiteral("SELECT string_agg(table_name || '.' || column_name, "
                                            "',' ORDER BY table_name, column_name) FROM "
                                            "information_schema.columns WHERE table_schema = "
                                            "'public'"),
                             &text, PgCluster::superuser(), {}, db)
              && m_cluster.psql(QStringLiteral("SELECT string_agg(tablename || ':' || tableowner, "
                                               "',' ORDER BY tablename) FROM pg_tables WHERE "
                                               "schemaname = 'public'"),
                                &owners, PgCluster::superuser(), {}, db)
              && m_cluster.psql(QStringLiteral("SELECT string_agg(proname || ':' || md5(prosrc), "
                                               "',' ORDER BY proname) FROM pg_proc WHERE "
                                               "proname LIKE 'kd_search_%'"),
                                &functions, PgCluster::superuser(), {}, db);
        return ok ? text + u'\n' + owners + u'\n' + functions : QString();
    };
    QCOMPARE(shape(database), shape(QStringLiteral("kd")));
}

QTEST_GUILESS_MAIN(tst_ServerProject)
#include "tst_serverproject.moc"
