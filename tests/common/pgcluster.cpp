#include "pgcluster.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStandardPaths>
#include <QThread>
#include <QUrl>

#include <atomic>
#include <cerrno>
#include <csignal>
#include <cstdlib>
#include <cstring>
#include <iterator>
#include <mutex>
#include <pwd.h>
#include <sys/types.h>
#include <unistd.h>

namespace kd::testing {

namespace {

const int ToolTimeoutMs = 120000;
const int StopTimeoutMs = 10000;
// A Unix socket's path holds at most 107 bytes; the server adds "/.s.PGSQL.5432".
const int MaxSocketDirLength = 90;

// The process-wide registry of running postmasters, so that exit() and a fatal signal can stop
// them without any of the PgCluster objects: only async-signal-safe steps (an atomic exchange
// and kill) run in the signal handler. SIGQUIT is the postmaster's immediate shutdown.
std::atomic<pid_t> g_postmasters[64];
static_assert(std::atomic<pid_t>::is_always_lock_free);

const int FatalSignals[] = {SIGABRT, SIGSEGV, SIGBUS, SIGFPE, SIGTERM, SIGINT};
struct sigaction g_previousActions[std::size(FatalSignals)];

void quitAllPostmasters()
{
    for (std::atomic<pid_t> &slot : g_postmasters) {
        const pid_t pid = slot.exchange(0);
        if (pid > 0)
            ::kill(pid, SIGQUIT);
    }
}

// Stops the servers, then hands the signal to whoever handled it before (QTest's handler, which
// prints where the test was, or the default action).
extern "C" void onFatalSignal(int signum)
{
    const int savedErrno = errno;
    quitAllPostmasters();
    for (size_t i = 0; i < std::size(FatalSignals); ++i) {
        if (FatalSignals[i] == signum)
            ::sigaction(signum, &g_previousActions[i], nullptr);
    }
    errno = savedErrno;
    ::raise(signum); // blocked until this handler returns, then delivered to the restored action
}

void installProcessCleanup()
{
    static std::once_flag once;
    std::call_once(once, [] {
        std::atexit(quitAllPostmasters);
        struct sigaction action = {};
        action.sa_handler = onFatalSignal;
        action.sa_flags = SA_ONSTACK;
        sigemptyset(&action.sa_mask);
        for (size_t i = 0; i < std::size(FatalSignals); ++i) {
            struct sigaction previous = {};
            ::sigaction(FatalSignals[i], nullptr, &previous);
            if (previous.sa_handler == SIG_IGN)
                continue; // the caller meant the process to ignore it (nohup, a background job)
            g_previousActions[i] = previous;
            ::sigaction(FatalSignals[i], &action, nullptr);
        }
    });
}

int registerPostmaster(pid_t pid)
{
    for (int i = 0; i < int(std::size(g_postmasters)); ++i) {
        pid_t expected = 0;
        if (g_postmasters[i].compare_exchange_strong(expected, pid))
            return i;
    }
    return -1;
}

void unregisterPostmaster(int slot)
{
    if (slot >= 0)
        g_postmasters[slot].store(0);
}

QString findBinDir()
{
    const QString pgConfig = QStandardPaths::findExecutable(QStringLiteral("pg_config"));
    if (!pgConfig.isEmpty()) {
        QProcess process;
        process.start(pgConfig, {QStringLiteral("--bindir")});
        if (process.waitForFinished(ToolTimeoutMs) && process.exitStatus() == QProcess::NormalExit
            && process.exitCode() == 0) {
            const QString dir = QString::fromLocal8Bit(process.readAllStandardOutput()).trimmed();
            // pg_config may belong to the client library of another version, without a server.
            if (QFileInfo(dir + QStringLiteral("/initdb")).isExecutable())
                return dir;
        }
    }
    return QStringLiteral("/usr/lib/postgresql/15/bin");
}

QString binDir()
{
    static const QString dir = findBinDir();
    return dir;
}

QString psqlProgram()
{
    const QString inBinDir = binDir() + QStringLiteral("/psql");
    if (QFileInfo(inBinDir).isExecutable())
        return inBinDir;
    return QStandardPaths::findExecutable(QStringLiteral("psql"));
}

QString runuserProgram()
{
    const QString found = QStandardPaths::findExecutable(QStringLiteral("runuser"));
    if (!found.isEmpty())
        return found;
    return QStandardPaths::findExecutable(QStringLiteral("runuser"),
                                          {QStringLiteral("/usr/sbin"), QStringLiteral("/sbin")});
}

// PostgreSQL refuses to run as root; then it runs as this system user.
QString unprivilegedUser()
{
    for (const char *name : {"postgres", "nobody"}) {
        if (::getpwnam(name))
            return QString::fromLatin1(name);
    }
    return {};
}

// Our environment without the PG* variables (PGPORT, PGHOST, PGSERVICE, ...), which would
// otherwise lead psql to another server or change how it connects.
QProcessEnvironment cleanEnvironment()
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const QString &key : environment.keys()) {
        if (key.startsWith(QStringLiteral("PG")))
            environment.remove(key);
    }
    return environment;
}

QString quoteIdentifier(QString name)
{
    return QLatin1Char('"') + name.replace(QLatin1Char('"'), QStringLiteral("\"\""))
           + QLatin1Char('"');
}

QString quoteLiteral(QString text)
{
    return QLatin1Char('\'') + text.replace(QLatin1Char('\''), QStringLiteral("''"))
           + QLatin1Char('\'');
}

QString percentEncoded(const QString &text, const QByteArray &keep = {})
{
    return QString::fromLatin1(QUrl::toPercentEncoding(text, keep));
}

QStringList immediateStopArguments(const QString &dataDir)
{
    return {QStringLiteral("stop"), QStringLiteral("-m"), QStringLiteral("immediate"),
            QStringLiteral("-w"),   QStringLiteral("-D"), dataDir};
}

// Writes in place: a new file (QSaveFile's way) would belong to root, and the server, running
// as another user, could not read a root-owned pg_hba.conf.
bool writeInPlace(const QString &path, const QByteArray &content, QIODevice::OpenMode mode,
                  QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | mode) || file.write(content) != content.size()
        || !file.flush()) {
        *error = QStringLiteral("PgCluster: cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace

PgCluster::~PgCluster()
{
    stop();
}

bool PgCluster::isAvailable(QString *why)
{
    QStringList missing;
    for (const char *tool : {"initdb", "pg_ctl", "postgres"}) {
        const QString path = binDir() + QLatin1Char('/') + QLatin1String(tool);
        if (!QFileInfo(path).isExecutable())
            missing.append(path);
    }
    if (psqlProgram().isEmpty())
        missing.append(QStringLiteral("psql"));
    if (::geteuid() == 0) {
        if (unprivilegedUser().isEmpty())
            missing.append(QStringLiteral("a system user postgres or nobody to run the server"));
        if (runuserProgram().isEmpty())
            missing.append(QStringLiteral("runuser"));
    }
    if (missing.isEmpty())
        return true;
    if (why)
        *why = QStringLiteral("PostgreSQL 15 is not usable here (scripts/setup.sh installs "
                              "postgresql-15); missing: ")
               + missing.join(QStringLiteral(", "));
    return false;
}

QString PgCluster::socketDir() const
{
    return m_dir ? m_dir->path() + QStringLiteral("/socket") : QString();
}

QString PgCluster::dataDir() const
{
    return m_dir ? m_dir->path() + QStringLiteral("/data") : QString();
}

QString PgCluster::uri(const QString &user, const QString &database) const
{
    QString text = QStringLiteral("postgresql://");
    if (!user.isEmpty())
        text += percentEncoded(user) + QLatin1Char('@');
    return text + QLatin1Char('/') + percentEncoded(database) + QStringLiteral("?host=")
           + percentEncoded(socketDir(), "/");
}

bool PgCluster::start(QString *error)
{
    if (isRunning()) {
        *error = QStringLiteral("PgCluster: already running in %1").arg(dataDir());
        return false;
    }
    if (!isAvailable(error))
        return false;
    installProcessCleanup();
    if (!prepareDirectory(error) || !initDataDirectory(error) || !writeConfiguration(error)) {
        m_dir.reset();
        return false;
    }
    if (!startServer(QStringLiteral("start"), error)) {
        // pg_ctl may have given up waiting on a server that runs after all.
        QString ignored;
        (void)runTool(QStringLiteral("pg_ctl"), immediateStopArguments(dataDir()), &ignored);
        m_dir.reset();
        return false;
    }
    return true;
}

bool PgCluster::prepareDirectory(QString *error)
{
    m_dir = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/kd-pg-XXXXXX"));
    if (!m_dir->isValid()) {
        *error = QStringLiteral("PgCluster: cannot make a temporary folder: %1")
                     .arg(m_dir->errorString());
        return false;
    }
    if (socketDir().toLocal8Bit().size() > MaxSocketDirLength) {
        *error = QStringLiteral("PgCluster: the socket folder %1 is too long for a Unix socket; "
                                "set TMPDIR to a shorter folder")
                     .arg(socketDir());
        return false;
    }
    if (!QDir().mkdir(socketDir())) {
        *error = QStringLiteral("PgCluster: cannot make %1").arg(socketDir());
        return false;
    }
    m_runAs = ::geteuid() == 0 ? unprivilegedUser() : QString();
    if (m_runAs.isEmpty())
        return true;
    const passwd *user = ::getpwnam(m_runAs.toLocal8Bit().constData());
    for (const QString &path : {m_dir->path(), socketDir()}) {
        if (!user
            || ::chown(QFile::encodeName(path).constData(), user->pw_uid, user->pw_gid) != 0) {
            *error = QStringLiteral("PgCluster: cannot give %1 to the user %2: %3")
                         .arg(path, m_runAs, QString::fromLocal8Bit(strerror(errno)));
            return false;
        }
    }
    return true;
}

bool PgCluster::initDataDirectory(QString *error)
{
    const QStringList arguments = {
        QStringLiteral("-D"),
        dataDir(),
        QStringLiteral("-U"),
        superuser(),
        QStringLiteral("-E"),
        QStringLiteral("UTF8"),
        QStringLiteral("--locale=C.UTF-8"),
        QStringLiteral("--auth-local=trust"), // replaced by our pg_hba.conf below
        QStringLiteral("--auth-host=reject"),
        QStringLiteral("--no-sync"),
        QStringLiteral("--no-instructions"),
    };
    QString output;
    if (runTool(QStringLiteral("initdb"), arguments, &output))
        return true;
    *error = QStringLiteral("PgCluster: initdb failed for %1:\n%2").arg(dataDir(), output);
    return false;
}

bool PgCluster::writeConfiguration(QString *error) const
{
    // The superuser is the tests' own door; every other role shows a password, as on a server.
    const QByteArray hba = "# Written by kd::testing::PgCluster.\n"
                           "local all kd_super trust\n"
                           "local all all scram-sha-256\n";
    // In postgresql.conf rather than pg_ctl -o, so that no shell quoting is involved and a
    // restart keeps them. fsync and full-page writes are off: the cluster is thrown away, and
    // the machine does not crash under it. Commits still write their WAL before they return
    // (synchronous_commit), as on a real server: a stopped server has every committed edit.
    QByteArray settings = "\n# Added by kd::testing::PgCluster: a Unix socket only, no TCP.\n"
                          "listen_addresses = ''\n"
                          "port = 5432\n"
                          "max_connections = 100\n"
                          "password_encryption = 'scram-sha-256'\n"
                          "fsync = off\n"
                          "synchronous_commit = on\n"
                          "full_page_writes = off\n";
    settings += "unix_socket_directories = " + quoteLiteral(socketDir()).toUtf8() + '\n';
    return writeInPlace(dataDir() + QStringLiteral("/pg_hba.conf"), hba, QIODevice::Truncate, error)
           && writeInPlace(dataDir() + QStringLiteral("/postgresql.conf"), settings,
                           QIODevice::Append, error);
}

// pg_ctl start or restart, waiting until the server accepts connections.
bool PgCluster::startServer(const QString &command, QString *error)
{
    QStringList arguments = {command,
                             QStringLiteral("-w"),
                             QStringLiteral("-t"),
                             QStringLiteral("60"),
                             QStringLiteral("-D"),
                             dataDir(),
                             QStringLiteral("-l"),
                             m_dir->path() + QStringLiteral("/log")};
    if (command == QStringLiteral("restart"))
        arguments << QStringLiteral("-m") << QStringLiteral("fast");
    QString output;
    if (!runTool(QStringLiteral("pg_ctl"), arguments, &output)) {
        *error = QStringLiteral("PgCluster: pg_ctl %1 failed for %2:\n%3\nServer log, the end:\n%4")
                     .arg(command, dataDir(), output, logTail());
        return false;
    }
    return readPostmasterPid(error);
}

bool PgCluster::readPostmasterPid(QString *error)
{
    QFile file(dataDir() + QStringLiteral("/postmaster.pid"));
    const qint64 pid = file.open(QIODevice::ReadOnly) ? file.readLine().trimmed().toLongLong() : 0;
    if (pid <= 0) {
        *error = QStringLiteral("PgCluster: the server started but %1 names no process: %2")
                     .arg(file.fileName(), file.errorString());
        return false;
    }
    m_postmasterPid = pid;
    if (m_registrySlot >= 0) {
        g_postmasters[m_registrySlot].store(pid_t(pid));
        return true;
    }
    m_registrySlot = registerPostmaster(pid_t(pid));
    if (m_registrySlot < 0) {
        stop();
        *error = QStringLiteral("PgCluster: too many clusters in one process (at most %1)")
                     .arg(std::size(g_postmasters));
        return false;
    }
    return true;
}

bool PgCluster::restart(QString *error)
{
    if (!isRunning()) {
        *error = QStringLiteral("PgCluster: restart() without a running server; call start()");
        return false;
    }
    if (startServer(QStringLiteral("restart"), error))
        return true;
    if (!processExists(m_postmasterPid)) {
        unregisterPostmaster(m_registrySlot);
        m_registrySlot = -1;
        m_postmasterPid = 0;
    }
    return false;
}

bool PgCluster::resume(QString *error)
{
    if (isRunning() || !m_dir) {
        *error = QStringLiteral("PgCluster: resume() is for a server that stop() stopped");
        return false;
    }
    return startServer(QStringLiteral("start"), error);
}

void PgCluster::stop()
{
    if (!isRunning())
        return;
    QString output;
    if (!runTool(QStringLiteral("pg_ctl"), immediateStopArguments(dataDir()), &output)
        && processExists(m_postmasterPid))
        ::kill(pid_t(m_postmasterPid), SIGQUIT);
    // pg_ctl returns once the lock file is gone, a moment before the process itself.
    for (int waited = 0; processExists(m_postmasterPid) && waited < StopTimeoutMs; waited += 20)
        QThread::msleep(20);
    if (processExists(m_postmasterPid)) {
        qWarning("PgCluster: the server %lld did not stop; killing it", m_postmasterPid);
        ::kill(pid_t(m_postmasterPid), SIGKILL);
    }
    unregisterPostmaster(m_registrySlot);
    m_registrySlot = -1;
    m_postmasterPid = 0;
}

bool PgCluster::processExists(qint64 pid)
{
    if (pid <= 0 || (::kill(pid_t(pid), 0) != 0 && errno == ESRCH))
        return false;
    // The server is not our child: when it has ended, who reaps it is up to the system.
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return true;
    const QByteArray line = stat.readAll();
    const qsizetype afterName = line.lastIndexOf(')');
    const char state = afterName >= 0 && afterName + 2 < line.size() ? line[afterName + 2] : '?';
    return state != 'Z' && state != 'X';
}

bool PgCluster::psql(const QString &sql, QString *output, const QString &user,
                     const QString &password, const QString &database)
{
    QProcess process;
    QProcessEnvironment environment = cleanEnvironment();
    if (!password.isEmpty())
        environment.insert(QStringLiteral("PGPASSWORD"), password);
    process.setProcessEnvironment(environment);
    // -w: never ask for a password on the terminal; a role without one fails instead.
    process.start(psqlProgram(),
                  {QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-w"),
                   QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("-At"),
                   QStringLiteral("-h"), socketDir(), QStringLiteral("-p"), QStringLiteral("5432"),
                   QStringLiteral("-U"), user, QStringLiteral("-d"), database, QStringLiteral("-c"),
                   sql});
    const bool finished = process.waitForFinished(ToolTimeoutMs);
    if (!finished) {
        process.kill();
        process.waitForFinished();
    }
    QString text = QString::fromUtf8(process.readAllStandardOutput());
    if (text.endsWith(QLatin1Char('\n')))
        text.chop(1);
    const bool ok
        = finished && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
    if (!ok) {
        const QString why = finished ? QString::fromUtf8(process.readAllStandardError())
                                     : QStringLiteral("psql: %1").arg(process.errorString());
        text += (text.isEmpty() ? QString() : QStringLiteral("\n")) + why.trimmed();
        m_lastError = QStringLiteral("psql as %1 on %2 failed: %3").arg(user, database, text);
    }
    if (output)
        *output = text;
    return ok;
}

bool PgCluster::createDatabase(const QString &name)
{
    return psql(QStringLiteral("CREATE DATABASE %1").arg(quoteIdentifier(name)));
}

bool PgCluster::createLogin(const QString &name, const QString &password,
                            const QStringList &grantedRoles)
{
    // One -c string is one transaction: a failing GRANT takes the CREATE ROLE with it.
    QString sql = QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD %2;")
                      .arg(quoteIdentifier(name), quoteLiteral(password));
    for (const QString &role : grantedRoles)
        sql += QStringLiteral(" GRANT %1 TO %2;").arg(quoteIdentifier(role), quoteIdentifier(name));
    return psql(sql);
}

// Runs one of the server's programs (initdb, pg_ctl) as the server's user; output gets what it
// printed, or why it could not run.
bool PgCluster::runTool(const QString &tool, const QStringList &arguments, QString *output) const
{
    QString program = binDir() + QLatin1Char('/') + tool;
    QStringList allArguments = arguments;
    if (!m_runAs.isEmpty()) {
        allArguments
            = QStringList{QStringLiteral("-u"), m_runAs, QStringLiteral("--"), program} + arguments;
        program = runuserProgram();
    }
    QProcess process;
    process.setProcessEnvironment(cleanEnvironment());
    // The server's user may not enter our working folder; initdb and pg_ctl look at theirs.
    process.setWorkingDirectory(m_dir->path());
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, allArguments);
    const bool finished = process.waitForFinished(ToolTimeoutMs);
    if (!finished) {
        process.kill();
        process.waitForFinished();
    }
    *output = QString::fromLocal8Bit(process.readAll()).trimmed();
    if (!finished)
        *output += QStringLiteral("\n%1 %2: %3")
                       .arg(program, allArguments.join(QLatin1Char(' ')), process.errorString());
    return finished && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
}

QString PgCluster::logTail() const
{
    QFile file(m_dir->path() + QStringLiteral("/log"));
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("(no server log at %1)").arg(file.fileName());
    const QStringList lines
        = QString::fromLocal8Bit(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    return lines.mid(qMax(0, int(lines.size()) - 20)).join(QLatin1Char('\n'));
}

} // namespace kd::testing
