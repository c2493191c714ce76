// kd::testing::PgCluster, the throwaway PostgreSQL server of the server projects' tests: it
// starts, listens only on its Unix socket, asks every role but the superuser for a password,
// keeps its data over a restart, and leaves no server behind: not after stop(), and not when the
// process that started it aborts, crashes, is terminated or exits without stopping it.
#include "pgcluster.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <sys/resource.h>

using kd::testing::PgCluster;

namespace {

// Set by crashedProcessLeavesNoServer for the child it starts: how the child is to die, and the
// file it writes its postmaster's pid and its cluster's folder to first.
const char *const CrashChildVariable = "KD_PGCLUSTER_CRASH_CHILD";
const char *const CrashPidFileVariable = "KD_PGCLUSTER_CRASH_PIDFILE";

// The pid in the first line of the server's lock file.
qint64 lockFilePid(const PgCluster &cluster)
{
    QFile file(cluster.dataDir() + QStringLiteral("/postmaster.pid"));
    return file.open(QIODevice::ReadOnly) ? file.readLine().trimmed().toLongLong() : 0;
}

// Not QTRY_VERIFY, which on failure waits as long again to say how long it would have taken.
bool waitUntilGone(qint64 pid, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (PgCluster::processExists(pid) && !deadline.hasExpired())
        QThread::msleep(50);
    return !PgCluster::processExists(pid);
}

// The child of crashedProcessLeavesNoServer: starts a cluster, says where it is, then dies as
// told without stopping it. The cluster is reachable from a static, so that for "exit" only the
// atexit handler stops it (and LeakSanitizer does not call it a leak).
int runCrashChild(const QByteArray &how, const QString &pidFile)
{
    const rlimit noCoreFile = {0, 0};
    setrlimit(RLIMIT_CORE, &noCoreFile);
    static PgCluster *cluster = new PgCluster;
    QString error;
    if (!cluster->start(&error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 2;
    }
    QFile file(pidFile);
    const QByteArray where = QByteArray::number(cluster->postmasterPid()) + '\n'
                             + QFile::encodeName(QFileInfo(cluster->dataDir()).path()) + '\n';
    if (!file.open(QIODevice::WriteOnly) || file.write(where) != where.size()) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(pidFile));
        return 2;
    }
    file.close();
    if (how == "abort")
        std::abort();
    if (how == "segv")
        std::raise(SIGSEGV);
    if (how == "term")
        std::raise(SIGTERM);
    if (how == "exit")
        std::exit(3);
    std::fprintf(stderr, "unknown %s: %s\n", CrashChildVariable, how.constData());
    return 2;
}

} // namespace

class tst_PgCluster : public QObject
{
    Q_OBJECT

private:
    PgCluster m_cluster;

private slots:
    void initTestCase()
    {
        QString why;
        // scripts/setup.sh installs PostgreSQL: a machine without it fails here, not silently.
        QVERIFY2(PgCluster::isAvailable(&why), qPrintable(why));
        QVERIFY2(m_cluster.start(&why), qPrintable(why));
        QVERIFY(m_cluster.isRunning());
    }

    void answersQueries()
    {
        QString out;
        QVERIFY2(m_cluster.psql(QStringLiteral("SELECT 1"), &out), qPrintable(out));
        QCOMPARE(out, QStringLiteral("1"));
        QVERIFY2(m_cluster.psql(QStringLiteral("SELECT current_user"), &out), qPrintable(out));
        QCOMPARE(out, QStringLiteral("kd_super"));
    }

    void isPostgreSql15OrLater()
    {
        QString out;
        QVERIFY2(m_cluster.psql(QStringLiteral("SHOW server_version_num"), &out), qPrintable(out));
        QVERIFY2(out.toInt() >= 150000, qPrintable(out));
    }

    void listensOnlyOnItsSocket()
    {
        QString out;
        QVERIFY2(m_cluster.psql(QStringLiteral("SHOW listen_addresses"), &out), qPrintable(out));
        QCOMPARE(out, QString());
        QVERIFY2(m_cluster.psql(QStringLiteral("SHOW unix_socket_directories"), &out),
                 qPrintable(out));
        QCOMPARE(out, m_cluster.socketDir());
        QVERIFY(QFileInfo::exists(m_cluster.socketDir() + QStringLiteral("/.s.PGSQL.5432")));
        QVERIFY2(m_cluster.psql(QStringLiteral("SHOW password_encryption"), &out), qPrintable(out));
        QCOMPARE(out, QStringLiteral("scram-sha-256"));
    }

    void uriNamesTheSocket()
    {
        const QString host = m_cluster.socketDir();
        QCOMPARE(m_cluster.uri(QStringLiteral("kd_super"), QStringLiteral("postgres")),
                 QStringLiteral("postgresql://kd_super@/postgres?host=") + host);
        QCOMPARE(m_cluster.uri(QString(), QStringLiteral("één db")),
                 QStringLiteral("postgresql:///%C3%A9%C3%A9n%20db?host=") + host);
        // libpq understands it: psql given only the URI reaches this cluster.
        QProcess psql;
        psql.start(QStringLiteral("psql"),
                   {QStringLiteral("-XAtw"), QStringLiteral("-c"), QStringLiteral("SELECT 42"),
                    m_cluster.uri(QStringLiteral("kd_super"), QStringLiteral("postgres"))});
        QVERIFY(psql.waitForFinished(60000));
        QCOMPARE(psql.readAllStandardOutput().trimmed(), QByteArray("42"));
    }

    void rolesNeedTheirPassword()
    {
        const QString role = QStringLiteral("kd_reader");
        const QString password = QStringLiteral("juist 'wachtwoord' é");
        QVERIFY2(m_cluster.createLogin(role, password), qPrintable(m_cluster.lastError()));
        QString out;
        QVERIFY2(m_cluster.psql(QStringLiteral("SELECT current_user"), &out, role, password),
                 qPrintable(out));
        QCOMPARE(out, role);

        QVERIFY(!m_cluster.psql(QStringLiteral("SELECT 1"), &out, role,
                                QStringLiteral("fout wachtwoord")));
        QVERIFY2(out.contains(QStringLiteral("password authentication failed")), qPrintable(out));
        QVERIFY(!m_cluster.psql(QStringLiteral("SELECT 1"), &out, role));
        QVERIFY2(out.contains(QStringLiteral("password")), qPrintable(out));
    }

    void loginsGetTheirRoles()
    {
        QVERIFY(m_cluster.psql(QStringLiteral("CREATE ROLE kd_editors NOLOGIN")));
        QVERIFY2(m_cluster.createLogin(QStringLiteral("kd_editor"), QStringLiteral("geheim"),
                                       {QStringLiteral("kd_editors")}),
                 qPrintable(m_cluster.lastError()));
        QString out;
        QVERIFY(m_cluster.psql(QStringLiteral("SELECT pg_has_role('kd_editor', 'kd_editors', "
                                              "'MEMBER')"),
                               &out));
        QCOMPARE(out, QStringLiteral("t"));

        // A role that does not exist fails the call, and the login is not created either.
        QVERIFY(!m_cluster.createLogin(QStringLiteral("kd_orphan"), QStringLiteral("geheim"),
                                       {QStringLiteral("kd_no_such_role")}));
        QVERIFY2(m_cluster.lastError().contains(QStringLiteral("kd_no_such_role")),
                 qPrintable(m_cluster.lastError()));
        QVERIFY(m_cluster.psql(
            QStringLiteral("SELECT count(*) FROM pg_roles WHERE rolname = 'kd_orphan'"), &out));
        QCOMPARE(out, QStringLiteral("0"));
    }

    void createsDatabases()
    {
        QVERIFY2(m_cluster.createDatabase(QStringLiteral("kd project")),
                 qPrintable(m_cluster.lastError()));
        QString out;
        QVERIFY2(m_cluster.psql(QStringLiteral("SELECT current_database()"), &out,
                                PgCluster::superuser(), {}, QStringLiteral("kd project")),
                 qPrintable(out));
        QCOMPARE(out, QStringLiteral("kd project"));
        QVERIFY(!m_cluster.createDatabase(QStringLiteral("kd project")));
    }

    void restartKeepsTheData()
    {
        QVERIFY(m_cluster.psql(QStringLiteral("CREATE TABLE kept (word text); "
                                              "INSERT INTO kept VALUES ('bewaard')")));
        const qint64 before = m_cluster.postmasterPid();
        QString error;
        QVERIFY2(m_cluster.restart(&error), qPrintable(error));
        QVERIFY(m_cluster.postmasterPid() != before);
        QCOMPARE(m_cluster.postmasterPid(), lockFilePid(m_cluster));
        QVERIFY(!PgCluster::processExists(before));
        QString out;
        QVERIFY2(m_cluster.psql(QStringLiteral("SELECT word FROM kept"), &out), qPrintable(out));
        QCOMPARE(out, QStringLiteral("bewaard"));
    }

    void twoClustersRunSideBySide()
    {
        PgCluster second;
        QString error;
        QVERIFY2(second.start(&error), qPrintable(error));
        QVERIFY(second.socketDir() != m_cluster.socketDir());
        QVERIFY(second.postmasterPid() != m_cluster.postmasterPid());
        QVERIFY(second.psql(QStringLiteral("CREATE TABLE only_in_second (n int)")));
        QString out;
        QVERIFY(
            m_cluster.psql(QStringLiteral("SELECT to_regclass('only_in_second') IS NULL"), &out));
        QCOMPARE(out, QStringLiteral("t"));
        second.stop();
        QVERIFY(m_cluster.psql(QStringLiteral("SELECT 1"), &out));
    }

    void stopLeavesNoServer()
    {
        PgCluster cluster;
        QString error;
        QVERIFY2(cluster.start(&error), qPrintable(error));
        const qint64 pid = lockFilePid(cluster);
        QVERIFY(pid > 0);
        QCOMPARE(cluster.postmasterPid(), pid);
        QVERIFY(PgCluster::processExists(pid));
        cluster.stop();
        QVERIFY(!cluster.isRunning());
        QVERIFY(!PgCluster::processExists(pid));
        QVERIFY(!QFileInfo::exists(cluster.dataDir() + QStringLiteral("/postmaster.pid")));
        cluster.stop(); // again: nothing to do
        QString out;
        QVERIFY(!cluster.psql(QStringLiteral("SELECT 1"), &out));
    }

    void crashedProcessLeavesNoServer_data()
    {
        QTest::addColumn<QByteArray>("how");
        QTest::newRow("abort") << QByteArray("abort");
        QTest::newRow("SIGSEGV") << QByteArray("segv");
        QTest::newRow("SIGTERM") << QByteArray("term");
        QTest::newRow("exit without stop") << QByteArray("exit");
    }

    void crashedProcessLeavesNoServer()
    {
        QFETCH(QByteArray, how);
        QTemporaryDir temp;
        QVERIFY(temp.isValid());
        const QString pidFile = temp.filePath(QStringLiteral("postmaster"));
        QProcess child;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QLatin1String(CrashChildVariable), QString::fromLatin1(how));
        environment.insert(QLatin1String(CrashPidFileVariable), pidFile);
        child.setProcessEnvironment(environment);
        child.start(QCoreApplication::applicationFilePath(), {});
        QVERIFY(child.waitForFinished(180000));
        const QByteArray childError = child.readAllStandardError();
        QFile file(pidFile);
        QVERIFY2(file.open(QIODevice::ReadOnly), childError.constData());
        const qint64 pid = file.readLine().trimmed().toLongLong();
        const QString clusterDir = QFile::decodeName(file.readLine().trimmed());
        QVERIFY(pid > 0);
        QVERIFY(child.exitStatus() == QProcess::CrashExit || child.exitCode() != 0);
        QVERIFY2(waitUntilGone(pid, 10000),
                 qPrintable(QStringLiteral("the server %1 outlived its process").arg(pid)));
        // The child could not remove its folder; the server is gone, so this may.
        QVERIFY(QFileInfo(clusterDir).fileName().startsWith(QStringLiteral("kd-pg-")));
        QVERIFY(QDir(clusterDir).removeRecursively());
    }

    void cleanupTestCase()
    {
        const qint64 pid = m_cluster.postmasterPid();
        m_cluster.stop();
        QVERIFY(!PgCluster::processExists(pid));
    }
};

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (qEnvironmentVariableIsSet(CrashChildVariable))
        return runCrashChild(qgetenv(CrashChildVariable),
                             qEnvironmentVariable(CrashPidFileVariable));
    tst_PgCluster test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_pgcluster.moc"
