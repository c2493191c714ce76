#include "pgcluster.h"
#include "programrun.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace kd::testing;

// kdtool on server projects (docs/team.md; DESIGN.md, "kdtool"): every command takes a
// postgresql:// URI where it takes a project file, with the same output and exit codes; server
// init, push and pull; and what the server refuses, refused through kdtool too.
class tst_KdtoolServer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void serverInitTwice();
    void pushRefusesAFullServerProject();
    void exportFromServerEqualsFileExport();
    void importIntoAServerProject();
    void readingCommandsMatchTheFile_data();
    void readingCommandsMatchTheFile();
    void diffOfServerAndFile();
    void unreachableOrRefusedIsOneLine_data();
    void unreachableOrRefusedIsOneLine();
    void onlyReviewersApproveAndEditsMakeApprovalsStale();
    void argumentsAreChecked_data();
    void argumentsAreChecked();

private:
    QString uri(const QString &user) const { return m_cluster.uri(user, QStringLiteral("kd")); }
    // kdtool with PGPASSWORD set to user's password ("pw-" + user); none for the superuser.
    ProgramRun kdtoolAs(const QString &user, const QStringList &arguments);
    QString path(const QString &name) const { return m_dir.filePath(name); }
    static QMap<QString, QByteArray> filesOf(const QString &dir);

    PgCluster m_cluster;
    QTemporaryDir m_dir;
    QString m_sample;
};

ProgramRun tst_KdtoolServer::kdtoolAs(const QString &user, const QStringList &arguments)
{
    if (user == PgCluster::superuser())
        qunsetenv("PGPASSWORD");
    else
        qputenv("PGPASSWORD", QByteArray("pw-") + user.toUtf8());
    const ProgramRun run = runKdtool(arguments);
    qunsetenv("PGPASSWORD");
    return run;
}

QMap<QString, QByteArray> tst_KdtoolServer::filesOf(const QString &dir)
{
    QMap<QString, QByteArray> files;
    for (const QString &name : QDir(dir).entryList(QDir::Files)) {
        QFile file(QDir(dir).filePath(name));
        if (file.open(QIODevice::ReadOnly))
            files.insert(name, file.readAll());
    }
    return files;
}

void tst_KdtoolServer::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QString why;
    QVERIFY2(PgCluster::isAvailable(&why), qPrintable(why)); // scripts/setup.sh installs it
    QVERIFY2(m_cluster.start(&why), qPrintable(why));
    QVERIFY2(m_cluster.createDatabase(QStringLiteral("kd")), qPrintable(m_cluster.lastError()));
    m_sample = path(QStringLiteral("familie-koster.kdproj"));
    QVERIFY(QFile::copy(QStringLiteral(KD_SAMPLES_DIR "/familie-koster.kdproj"), m_sample));

    const ProgramRun init
        = kdtoolAs(PgCluster::superuser(),
                   {QStringLiteral("server"), QStringLiteral("init"), uri(PgCluster::superuser())});
    QCOMPARE(init.exitCode, 0);
    QVERIFY2(init.out.contains(QLatin1String("prepared")), qPrintable(init.out + init.err));
    const QList<std::pair<QString, QString>> people = {
        {QStringLiteral("ada"), QStringLiteral("kd_admin")},
        {QStringLiteral("eva"), QStringLiteral("kd_editor")},
        {QStringLiteral("rob"), QStringLiteral("kd_reviewer")},
        {QStringLiteral("pia"), QStringLiteral("kd_publisher")},
    };
    for (const auto &[name, role] : people)
        QVERIFY2(m_cluster.createLogin(name, QStringLiteral("pw-") + name, {role}),
                 qPrintable(m_cluster.lastError()));
    const ProgramRun push
        = kdtoolAs(QStringLiteral("ada"), {QStringLiteral("push"), m_sample, uri("ada")});
    QVERIFY2(push.exitCode == 0, qPrintable(push.err));
}

void tst_KdtoolServer::serverInitTwice()
{
    const ProgramRun again
        = kdtoolAs(PgCluster::superuser(),
                   {QStringLiteral("server"), QStringLiteral("init"), uri(PgCluster::superuser())});
    QCOMPARE(again.exitCode, 0);
    QVERIFY2(again.out.contains(QLatin1String("nothing to do")), qPrintable(again.out));
}

void tst_KdtoolServer::pushRefusesAFullServerProject()
{
    const ProgramRun push
        = kdtoolAs(QStringLiteral("ada"), {QStringLiteral("push"), m_sample, uri("ada")});
    QCOMPARE(push.exitCode, 2);
    QCOMPARE(push.err.count(u'\n'), 1);
    QVERIFY2(push.err.contains(QLatin1String("--force")), qPrintable(push.err));
    // An editor does not upload whole projects, --force or not.
    const ProgramRun editor
        = kdtoolAs(QStringLiteral("eva"),
                   {QStringLiteral("push"), m_sample, uri("eva"), QStringLiteral("--force")});
    QCOMPARE(editor.exitCode, 2);
    QVERIFY2(editor.err.contains(QLatin1String("kd_admin")), qPrintable(editor.err));
    const ProgramRun forced
        = kdtoolAs(QStringLiteral("ada"),
                   {QStringLiteral("push"), m_sample, uri("ada"), QStringLiteral("--force")});
    QVERIFY2(forced.exitCode == 0, qPrintable(forced.err));
}

void tst_KdtoolServer::exportFromServerEqualsFileExport()
{
    const ProgramRun fromFile
        = kdtoolAs(QStringLiteral("pia"), {QStringLiteral("export"), m_sample,
                                           QStringLiteral("--out"), path(QStringLiteral("a"))});
    QVERIFY2(fromFile.exitCode == 0, qPrintable(fromFile.err));
    const ProgramRun fromServer
        = kdtoolAs(QStringLiteral("pia"), {QStringLiteral("export"), uri("pia"),
                                           QStringLiteral("--out"), path(QStringLiteral("b"))});
    QVERIFY2(fromServer.exitCode == 0, qPrintable(fromServer.err));
    const ProgramRun pull = kdtoolAs(QStringLiteral("pia"),
                                     {QStringLiteral("pull"), uri("pia"), QStringLiteral("--out"),
                                      path(QStringLiteral("pulled.kdproj"))});
    QVERIFY2(pull.exitCode == 0, qPrintable(pull.err));
    const ProgramRun fromPulled = kdtoolAs(
        QStringLiteral("pia"), {QStringLiteral("export"), path(QStringLiteral("pulled.kdproj")),
                                QStringLiteral("--out"), path(QStringLiteral("c"))});
    QVERIFY2(fromPulled.exitCode == 0, qPrintable(fromPulled.err));

    const auto a = filesOf(path(QStringLiteral("a")));
    QVERIFY(a.contains(QStringLiteral("package.xml")));
    QVERIFY(a.contains(QStringLiteral("package.json")));
    QCOMPARE(filesOf(path(QStringLiteral("b"))), a);
    QCOMPARE(filesOf(path(QStringLiteral("c"))), a);

    // pull does not overwrite a file unless asked.
    const ProgramRun again = kdtoolAs(QStringLiteral("pia"),
                                      {QStringLiteral("pull"), uri("pia"), QStringLiteral("--out"),
                                       path(QStringLiteral("pulled.kdproj"))});
    QCOMPARE(again.exitCode, 2);
}

void tst_KdtoolServer::importIntoAServerProject()
{
    QVERIFY(m_cluster.createDatabase(QStringLiteral("imported")));
    const QString admin = m_cluster.uri(QStringLiteral("ada"), QStringLiteral("imported"));
    QCOMPARE(kdtoolAs(PgCluster::superuser(),
                      {QStringLiteral("server"), QStringLiteral("init"),
                       m_cluster.uri(PgCluster::superuser(), QStringLiteral("imported"))})
                 .exitCode,
             0);
    const QStringList import{QStringLiteral("import"),
                             QStringLiteral(KD_SAMPLES_DIR "/familie-koster"),
                             QStringLiteral("--out"),
                             admin,
                             QStringLiteral("--trust"),
                             QStringLiteral(KD_SOURCE_DIR "/samples/keys/sample-reviewer.pub")};
    const ProgramRun run = kdtoolAs(QStringLiteral("ada"), import);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    // A second import does not replace it unless asked.
    QCOMPARE(kdtoolAs(QStringLiteral("ada"), import).exitCode, 2);
    QVERIFY2(
        kdtoolAs(QStringLiteral("ada"), import + QStringList{QStringLiteral("--force")}).exitCode
            == 0,
        "--force replaces the server's project");
    const ProgramRun exported
        = kdtoolAs(QStringLiteral("ada"), {QStringLiteral("export"), admin, QStringLiteral("--out"),
                                           path(QStringLiteral("imported-package"))});
    QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
    const ProgramRun fromFile = kdtoolAs(
        QStringLiteral("ada"), {QStringLiteral("export"), m_sample, QStringLiteral("--out"),
                                path(QStringLiteral("sample-package"))});
    QVERIFY2(fromFile.exitCode == 0, qPrintable(fromFile.err));
    QCOMPARE(filesOf(path(QStringLiteral("imported-package"))),
             filesOf(path(QStringLiteral("sample-package"))));
}

void tst_KdtoolServer::readingCommandsMatchTheFile_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("info") << QStringList{QStringLiteral("info"), QStringLiteral("--json")};
    QTest::newRow("validate") << QStringList{QStringLiteral("validate"), QStringLiteral("--json")};
    QTest::newRow("review") << QStringList{QStringLiteral("review"), QStringLiteral("--json")};
    QTest::newRow("reviewers") << QStringList{QStringLiteral("reviewers"), QStringLiteral("list"),
                                              QStringLiteral("--json")};
}

void tst_KdtoolServer::readingCommandsMatchTheFile()
{
    QFETCH(QStringList, arguments);
    const int at = arguments.first() == QLatin1String("reviewers") ? 2 : 1;
    QStringList onFile = arguments;
    onFile.insert(at, m_sample);
    QStringList onServer = arguments;
    onServer.insert(at, uri(QStringLiteral("pia")));
    const ProgramRun file = kdtoolAs(QStringLiteral("pia"), onFile);
    const ProgramRun server = kdtoolAs(QStringLiteral("pia"), onServer);
    QCOMPARE(server.exitCode, file.exitCode);
    QCOMPARE(QString(server.out).replace(uri(QStringLiteral("pia")), m_sample), file.out);
}

// kdtool diff reads a server project as it reads a file: the uploaded sample is the file, and a
// package exported from the server is the server project.
void tst_KdtoolServer::diffOfServerAndFile()
{
    const ProgramRun same
        = kdtoolAs(QStringLiteral("pia"), {QStringLiteral("diff"), uri(QStringLiteral("pia")),
                                           m_sample, QStringLiteral("--json")});
    QVERIFY2(same.exitCode == 0, qPrintable(same.err));
    QVERIFY2(same.out.contains(QLatin1String("\"equal\": true")), qPrintable(same.out));

    const QString package = path(QStringLiteral("diff-package"));
    QCOMPARE(kdtoolAs(QStringLiteral("pia"),
                      {QStringLiteral("export"), uri(QStringLiteral("pia")),
                       QStringLiteral("--out"), package, QStringLiteral("--draft")})
                 .exitCode,
             0);
    const ProgramRun fromPackage = kdtoolAs(
        QStringLiteral("pia"), {QStringLiteral("diff"), package, uri(QStringLiteral("pia"))});
    QVERIFY2(fromPackage.exitCode == 0, qPrintable(fromPackage.err));
    QVERIFY(fromPackage.out.startsWith(QLatin1String("no changes between")));
}

void tst_KdtoolServer::unreachableOrRefusedIsOneLine_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("project");
    QTest::addColumn<QString>("expected");
    QTest::newRow("no server") << "pia"
                               << "postgresql://pia@/kd?host=/nonexistent"
                               << "cannot reach the server";
    QTest::newRow("wrong password") << "stranger"
                                    << ""
                                    << "refused the login";
    QTest::newRow("password in the address") << "pia"
                                             << "postgresql://pia:geheim@/kd"
                                             << "password";
    QTest::newRow("not prepared") << PgCluster::superuser() << "postgres"
                                  << "not a Kiezen & Delen server project";
}

void tst_KdtoolServer::unreachableOrRefusedIsOneLine()
{
    QFETCH(QString, user);
    QFETCH(QString, project);
    QFETCH(QString, expected);
    if (project.isEmpty())
        project = uri(user);
    else if (project == QLatin1String("postgres"))
        project = m_cluster.uri(user, project);
    for (const QString &command :
         {QStringLiteral("info"), QStringLiteral("validate"), QStringLiteral("export"),
          QStringLiteral("review"), QStringLiteral("diff")}) {
        QStringList arguments{command, project};
        if (command == QLatin1String("export"))
            arguments << QStringLiteral("--out") << path(QStringLiteral("refused"));
        if (command == QLatin1String("diff"))
            arguments << m_sample << QStringLiteral("--html") << path(QStringLiteral("refused"));
        const ProgramRun run = kdtoolAs(user, arguments);
        QCOMPARE(run.exitCode, 2);
        QCOMPARE(run.err.count(u'\n'), 1);
        QVERIFY2(run.err.startsWith(QLatin1String("kdtool: postgres")), qPrintable(run.err));
        QVERIFY2(run.err.contains(expected), qPrintable(run.err));
        QVERIFY(run.out.isEmpty());
    }
    QVERIFY(!QFileInfo::exists(path(QStringLiteral("refused"))));
}

void tst_KdtoolServer::onlyReviewersApproveAndEditsMakeApprovalsStale()
{
    const auto reviewOf = [&]() {
        const ProgramRun run
            = kdtoolAs(QStringLiteral("pia"),
                       {QStringLiteral("review"), uri("pia"), QStringLiteral("--json")});
        return QJsonDocument::fromJson(run.out.toUtf8())
            .object()
            .value(QStringLiteral("counts"))
            .toObject();
    };
    const QJsonObject before = reviewOf();
    QCOMPARE(before.value(QStringLiteral("stale")).toInt(), 0);

    // Eva changes an approved dilemma, by hand with her own login: the approval is stale at once.
    QString dilemma;
    QVERIFY(m_cluster.psql(QStringLiteral("SELECT uid FROM dilemma WHERE key = "
                                          "'huisarts-kindcheck-bij-erik'"),
                           &dilemma, QStringLiteral("eva"), QStringLiteral("pw-eva"),
                           QStringLiteral("kd")));
    QCOMPARE(dilemma.size(), 36);
    QVERIFY(m_cluster.psql(QStringLiteral("UPDATE dilemma SET question = question || ' Nu?' "
                                          "WHERE uid = '%1'")
                               .arg(dilemma),
                           nullptr, QStringLiteral("eva"), QStringLiteral("pw-eva"),
                           QStringLiteral("kd")));
    QCOMPARE(reviewOf().value(QStringLiteral("stale")).toInt(), 1);

    // Eva cannot approve it, even with a trusted reviewer's key file in her hands.
    // A private key file must be the user's alone (a fresh clone makes it 0644).
    const QString key = path(QStringLiteral("sample-reviewer.key"));
    QVERIFY(QFile::copy(QStringLiteral(KD_SOURCE_DIR "/samples/keys/sample-reviewer.key"), key));
    QVERIFY(QFile::setPermissions(key, QFile::ReadOwner | QFile::WriteOwner));
    const ProgramRun byEditor
        = kdtoolAs(QStringLiteral("eva"),
                   {QStringLiteral("approve"), uri("eva"), dilemma, QStringLiteral("--key"), key});
    QCOMPARE(byEditor.exitCode, 1);
    // Editors may submit an item for review (a record in review), so the server's review check
    // refuses the approval, not the table's grants.
    QVERIFY2(byEditor.err.contains(QLatin1String("only members of kd_reviewer review")),
             qPrintable(byEditor.err));
    QVERIFY2(byEditor.err.contains(QLatin1String("kd_editor")), qPrintable(byEditor.err));
    QCOMPARE(reviewOf().value(QStringLiteral("stale")).toInt(), 1);

    // Rob can.
    const ProgramRun byReviewer
        = kdtoolAs(QStringLiteral("rob"),
                   {QStringLiteral("approve"), uri("rob"), dilemma, QStringLiteral("--key"), key});
    QVERIFY2(byReviewer.exitCode == 0, qPrintable(byReviewer.err));
    QVERIFY2(byReviewer.out.contains(QLatin1String("as rob")), qPrintable(byReviewer.out));
    QCOMPARE(reviewOf().value(QStringLiteral("stale")).toInt(), 0);
    QString logged;
    QVERIFY(m_cluster.psql(QStringLiteral("SELECT author || ' ' || recorded_by FROM change_log "
                                          "ORDER BY id DESC LIMIT 1"),
                           &logged, PgCluster::superuser(), {}, QStringLiteral("kd")));
    QCOMPARE(logged, QStringLiteral("rob rob"));
}

void tst_KdtoolServer::argumentsAreChecked_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("server without subcommand") << QStringList{QStringLiteral("server")};
    QTest::newRow("server init without url")
        << QStringList{QStringLiteral("server"), QStringLiteral("init")};
    QTest::newRow("server init on a file") << QStringList{
        QStringLiteral("server"), QStringLiteral("init"), QStringLiteral("x.kdproj")};
    QTest::newRow("push to a file") << QStringList{
        QStringLiteral("push"), QStringLiteral("a.kdproj"), QStringLiteral("b.kdproj")};
    QTest::newRow("push from a server")
        << QStringList{QStringLiteral("push"), QStringLiteral("postgresql://h/a"),
                       QStringLiteral("postgresql://h/b")};
    QTest::newRow("pull without out")
        << QStringList{QStringLiteral("pull"), QStringLiteral("postgresql://h/a")};
    QTest::newRow("pull to a server")
        << QStringList{QStringLiteral("pull"), QStringLiteral("postgresql://h/a"),
                       QStringLiteral("--out"), QStringLiteral("postgresql://h/b")};
}

void tst_KdtoolServer::argumentsAreChecked()
{
    QFETCH(QStringList, arguments);
    const ProgramRun run = runKdtool(arguments);
    QCOMPARE(run.exitCode, 2);
    QCOMPARE(run.err.count(u'\n'), 1);
    QVERIFY(run.err.startsWith(QLatin1String("kdtool: ")));
}

QTEST_GUILESS_MAIN(tst_KdtoolServer)
#include "tst_kdtool_server.moc"
