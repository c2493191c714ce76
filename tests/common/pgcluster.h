#pragma once

#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

// A throwaway PostgreSQL cluster for the tests of server projects: initdb into a temporary
// folder, a server that listens only on a Unix socket in that folder (no TCP), and psql to talk
// to it. The superuser kd_super connects without a password; every other role must give one
// (scram-sha-256), as the server projects' users will. The server is stopped by the destructor,
// and, through a process-wide registry of running servers, also at exit() and when the process
// dies of SIGABRT, SIGSEGV, SIGBUS, SIGFPE, SIGTERM or SIGINT, so that a failing or crashing
// test leaves no server behind (SIGKILL cannot be caught: that one would). Run as root, the
// server runs as the system user postgres (or nobody), since PostgreSQL refuses to run as root.
namespace kd::testing {

class PgCluster
{
public:
    PgCluster() = default;
    ~PgCluster();
    PgCluster(const PgCluster &) = delete;
    PgCluster &operator=(const PgCluster &) = delete;

    static QString superuser() { return QStringLiteral("kd_super"); }

    // Whether start() can work here; why says what is missing. Tests fail on false (the set-up
    // scripts install PostgreSQL), so a missing server is never a silent skip.
    [[nodiscard]] static bool isAvailable(QString *why);

    [[nodiscard]] bool start(QString *error);
    [[nodiscard]] bool restart(QString *error); // pg_ctl restart; the data stays
    void stop(); // immediate; does nothing when not running; the data stays
    // Starts the server that stop() stopped again, on the same data and socket.
    [[nodiscard]] bool resume(QString *error);
    bool isRunning() const { return m_postmasterPid > 0; }

    QString socketDir() const;
    QString dataDir() const;
    qint64 postmasterPid() const { return m_postmasterPid; } // 0 when not running

    // postgresql://USER@/DATABASE?host=SOCKETDIR, percent-encoded; no "USER@" when user is empty.
    QString uri(const QString &user, const QString &database) const;

    // Runs sql with psql -X -q -v ON_ERROR_STOP=1 -At as user; PGPASSWORD is password when one is
    // given. output gets the standard output without its last newline, and on failure the
    // standard error as well. True when psql exits with 0.
    [[nodiscard]] bool psql(const QString &sql, QString *output = nullptr,
                            const QString &user = superuser(), const QString &password = {},
                            const QString &database = QStringLiteral("postgres"));
    [[nodiscard]] bool createDatabase(const QString &name);
    // CREATE ROLE name LOGIN PASSWORD ..., then GRANT each of grantedRoles to it, in one
    // transaction: a role that does not exist fails the whole call and creates nothing.
    [[nodiscard]] bool createLogin(const QString &name, const QString &password,
                                   const QStringList &grantedRoles = {});
    // What the last failed psql(), createDatabase() or createLogin() said.
    QString lastError() const { return m_lastError; }

    // Whether a process with this id runs (a zombie, which only waits to be reaped, does not).
    static bool processExists(qint64 pid);

private:
    bool prepareDirectory(QString *error);
    bool initDataDirectory(QString *error);
    bool writeConfiguration(QString *error) const;
    bool startServer(const QString &command, QString *error);
    bool readPostmasterPid(QString *error);
    bool runTool(const QString &tool, const QStringList &arguments, QString *output) const;
    QString logTail() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_runAs; // the system user the server runs as; empty when it runs as we do
    qint64 m_postmasterPid = 0;
    int m_registrySlot = -1;
    QString m_lastError;
};

} // namespace kd::testing
