#include "postgresbackend.h"

#include "schemamigrator.h"

#include <algorithm>

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDateTime>
#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlRecord>

namespace kd {
namespace {

QString nextConnectionName()
{
    static QAtomicInt counter;
    return QStringLiteral("kd-server-%1").arg(counter.fetchAndAddRelaxed(1));
}

// The server's words without libpq's framing: the first line, without "ERROR:  ", the
// connection's "connection to server ... failed: " or Qt's "(SQLSTATE)".
QString serverWords(const QString &text)
{
    QString line = text.section(u'\n', 0, 0).trimmed();
    static const QRegularExpression connection(QStringLiteral("^connection to server .* failed: "));
    line.remove(connection);
    static const QRegularExpression severity(QStringLiteral("^(ERROR|FATAL|PANIC):\\s+"));
    line.remove(severity);
    static const QRegularExpression state(QStringLiteral("\\([0-9A-Z]{5}\\)$"));
    line.remove(state);
    return line.trimmed();
}

bool isLoginRefusal(const QString &words)
{
    static const char *const refusals[] = {
        "password authentication failed", "no password supplied",    "does not exist",
        "authentication failed",          "not permitted to log in", "pg_hba.conf",
    };
    for (const char *refusal : refusals) {
        if (words.contains(QLatin1String(refusal)))
            return true;
    }
    return false;
}

// One row of a query's result.
class QueryRow final : public StoreRow
{
public:
    explicit QueryRow(const QSqlQuery &query)
        : m_query(query)
    {}
    bool isNull(int column) const override { return m_query.isNull(column); }
    QString text(int column) const override
    {
        if (m_query.isNull(column))
            return {};
        const QString value = m_query.value(column).toString();
        return value.isEmpty() ? QString(QLatin1String("")) : value;
    }
    qint64 integer(int column) const override { return m_query.value(column).toLongLong(); }
    QByteArray blob(int column) const override
    {
        const QByteArray value = m_query.value(column).toByteArray();
        return value.isNull() && !m_query.isNull(column) ? QByteArray("") : value;
    }

private:
    const QSqlQuery &m_query;
};

// The words of a search, each as a prefix: 'word':* & 'other':*. Only letters and digits count.
QString prefixQuery(const QString &query)
{
    static const QRegularExpression word(QStringLiteral("[\\p{L}\\p{N}]+"));
    QStringList terms;
    for (auto it = word.globalMatch(query); it.hasNext();)
        terms.append(u'\'' + it.next().captured() + QStringLiteral("':*"));
    return terms.join(QLatin1String(" & "));
}

// The advisory lock every writer of a server project holds until it commits (also taken by the
// change log's trigger, for writers that are not this program).
constexpr qint64 writeLockKey = 4242001;

} // namespace

std::unique_ptr<PostgresBackend> PostgresBackend::open(const ServerLocation &location,
                                                       StoreOpenMode mode, const QString &password,
                                                       Expect expect, StoreError *error)
{
    std::unique_ptr<PostgresBackend> backend(new PostgresBackend);
    if (!backend->connect(location, password, error) || !backend->check(mode, expect, error))
        return nullptr;
    return backend;
}

PostgresBackend::~PostgresBackend()
{
    m_statements.clear();
    if (m_db.isValid()) {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

bool PostgresBackend::connect(const ServerLocation &location, const QString &password,
                              StoreError *error)
{
    m_location = location;
    m_connectionName = nextConnectionName();
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL"))) {
        *error = {StoreError::Code::Unreachable,
                  QCoreApplication::translate(
                      "kd::PostgresBackend",
                      "Qt's PostgreSQL driver is not installed (Debian: libqt6sql6-psql)")};
        return false;
    }
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_connectionName);
    m_db.setHostName(location.host);
    if (location.port > 0)
        m_db.setPort(location.port);
    m_db.setDatabaseName(location.database);
    m_db.setUserName(location.user);
    m_db.setPassword(password);
    // Who else has the project open is told by the program's name (sessions()).
    QString options = location.connectOptions();
    const bool named
        = std::any_of(location.options.cbegin(), location.options.cend(), [](const auto &option) {
              return option.first == QLatin1String("application_name");
          });
    if (!named && !QCoreApplication::applicationName().isEmpty())
        options += QStringLiteral(";application_name=") + QCoreApplication::applicationName();
    m_db.setConnectOptions(options);
    if (m_db.open())
        return true;
    const QString words
        = serverWords(m_db.lastError().databaseText().isEmpty() ? m_db.lastError().text()
                                                                : m_db.lastError().databaseText());
    *error = isLoginRefusal(words)
                 ? StoreError{StoreError::Code::LoginRefused,
                              QCoreApplication::translate("kd::PostgresBackend",
                                                          "the server refused the login: %1")
                                  .arg(words)}
                 : StoreError{StoreError::Code::Unreachable,
                              QCoreApplication::translate("kd::PostgresBackend",
                                                          "cannot reach the server: %1")
                                  .arg(words)};
    return false;
}

int PostgresBackend::serverSchemaVersion()
{
    if (scalar(QStringLiteral("SELECT to_regclass('public.kd_schema') IS NOT NULL")).toBool())
        return scalar(QStringLiteral("SELECT version FROM kd_schema WHERE id = 1")).toInt();
    return 0;
}

bool PostgresBackend::check(StoreOpenMode mode, Expect expect, StoreError *error)
{
    m_readOnly = mode != StoreOpenMode::ReadWrite;
    const auto refuse = [&](StoreError::Code code, const QString &message) {
        *error = {code, message};
        return false;
    };
    // A writer waits for another's row lock as long as for a file's (5 s), then hears "busy".
    if (!exec(QStringLiteral("SET lock_timeout = '5s'"))
        || (m_readOnly
            && !exec(QStringLiteral("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY"))))
        return refuse(StoreError::Code::Unreachable, m_lastError);
    forEachRow(QStringLiteral("SELECT session_user::text, coalesce((SELECT string_agg(rolname, "
                              "',' ORDER BY rolname) FROM pg_roles WHERE rolname IN "
                              "('kd_admin', 'kd_editor', 'kd_publisher', 'kd_reviewer') AND "
                              "pg_has_role(session_user, oid, 'MEMBER')), '')"),
               {}, [&](const StoreRow &row) {
                   m_identity = {row.text(0), row.text(1).split(u',', Qt::SkipEmptyParts), true};
               });
    if (expect == Expect::Nothing)
        return true;
    const int version = serverSchemaVersion();
    const int current = SchemaMigrator::currentVersion();
    if (version == 0)
        return refuse(StoreError::Code::NotAProject,
                      QCoreApplication::translate(
                          "kd::PostgresBackend",
                          "not a Kiezen & Delen server project (kdtool server init prepares "
                          "one)"));
    if (version > current)
        return refuse(StoreError::Code::NewerVersion,
                      QCoreApplication::translate(
                          "kd::PostgresBackend",
                          "made by a newer version of Kiezen & Delen Studio (server schema "
                          "version %1; this version reads up to %2)")
                          .arg(version)
                          .arg(current));
    if (version < current)
        return refuse(StoreError::Code::NewerVersion,
                      QCoreApplication::translate(
                          "kd::PostgresBackend",
                          "made by an older version (server schema version %1 of %2); an "
                          "administrator upgrades it with kdtool server init")
                          .arg(version)
                          .arg(current));
    if (expect == Expect::Project
        && scalar(QStringLiteral("SELECT count(*) FROM project")).toLongLong() == 0)
        return refuse(StoreError::Code::NotFound,
                      QCoreApplication::translate(
                          "kd::PostgresBackend",
                          "the server project is empty: upload one with kdtool push FILE URL, "
                          "or start one with kdtool new URL"));
    return true;
}

// --- statements ---------------------------------------------------------------------------------

void PostgresBackend::setLastError(const QString &message)
{
    m_lastError = message;
    m_lastBusy = m_lastCorrupt = m_lastRefused = false;
}

void PostgresBackend::takeError(const QSqlError &error)
{
    const QString state = error.nativeErrorCode();
    QString words = serverWords(error.databaseText());
    if (words.isEmpty())
        words = error.text();
    setLastError(words);
    m_lastBusy = state == QLatin1String("40001") || state == QLatin1String("40P01")
                 || state == QLatin1String("55P03");
    m_lastCorrupt = state == QLatin1String("XX001") || state == QLatin1String("XX002");
    m_lastRefused = state == QLatin1String("42501") || state == QLatin1String("25006");
    if (state == QLatin1String("42501") && words.startsWith(QLatin1String("permission denied")))
        m_lastError
            = QCoreApplication::translate("kd::PostgresBackend",
                                          "%1: the server lets %2 do only what the roles %3 may")
                  .arg(words, m_identity.login,
                       m_identity.roles.isEmpty()
                           ? QCoreApplication::translate("kd::PostgresBackend", "(none)")
                           : m_identity.roles.join(u", "));
    else if (m_lastBusy)
        m_lastError = QCoreApplication::translate(
            "kd::PostgresBackend", "someone else is writing to the project; try again in a moment");
    else if (state == QLatin1String("25006"))
        m_lastError
            = QCoreApplication::translate("kd::PostgresBackend", "the project is open read-only");
    else if (!m_db.isOpen() || state.startsWith(QLatin1String("08")))
        m_lastError = QCoreApplication::translate("kd::PostgresBackend",
                                                  "the connection to the server is lost: %1")
                          .arg(words);
}

QSqlQuery *PostgresBackend::prepared(const QString &sql, const QVariantList &values)
{
    auto it = m_statements.find(sql);
    if (it == m_statements.end()) {
        QSqlQuery query(m_db);
        query.setForwardOnly(true);
        if (!query.prepare(sql)) {
            takeError(query.lastError());
            return nullptr;
        }
        it = m_statements.insert(sql, query);
    }
    for (int i = 0; i < values.size(); ++i)
        it->bindValue(i, values.at(i));
    return &*it;
}

bool PostgresBackend::run(QSqlQuery &query)
{
    if (query.exec())
        return true;
    takeError(query.lastError());
    if (m_depth > 0)
        m_failed = true;
    return false;
}

bool PostgresBackend::exec(const QString &sql, const QVariantList &values, int *affected)
{
    // PostgreSQL prepares only queries (not SET, BEGIN or DDL): a statement without values
    // runs as it is.
    if (values.isEmpty()) {
        QSqlQuery direct(m_db);
        if (!direct.exec(sql)) {
            takeError(direct.lastError());
            if (m_depth > 0)
                m_failed = true;
            return false;
        }
        if (affected)
            *affected = direct.numRowsAffected();
        return true;
    }
    QSqlQuery *query = prepared(sql, values);
    if (!query || !run(*query))
        return false;
    if (affected)
        *affected = query->numRowsAffected();
    query->finish();
    return true;
}

bool PostgresBackend::execScript(const QByteArray &sql)
{
    return exec(QString::fromUtf8(sql));
}

QVariant PostgresBackend::scalar(const QString &sql, const QVariantList &values)
{
    QVariant value;
    QSqlQuery *query = prepared(sql, values);
    if (query && run(*query) && query->next())
        value = query->value(0);
    if (query)
        query->finish();
    return value;
}

bool PostgresBackend::forEachRow(const QString &sql, const QVariantList &values,
                                 const std::function<void(const StoreRow &)> &read)
{
    QSqlQuery *query = prepared(sql, values);
    if (!query || !run(*query))
        return false;
    const QueryRow row(*query);
    while (query->next())
        read(row);
    const bool ok = !query->lastError().isValid();
    if (!ok)
        takeError(query->lastError());
    query->finish();
    return ok;
}

// --- transactions -------------------------------------------------------------------------------

bool PostgresBackend::beginTransaction(bool write)
{
    if (m_depth == 0) {
        m_failed = false;
        // A read sees one committed state to its end; a write sees each statement's. Writers
        // take the project's write lock first, so they commit one after another and the change
        // log's ids come in commit order: a client that has seen every entry up to an id has
        // seen every change up to it (ProjectDocument builds on this to never overwrite what it
        // has not seen).
        if (!exec(write ? QStringLiteral("BEGIN ISOLATION LEVEL READ COMMITTED")
                        : QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ")))
            return false;
        if (write && !m_readOnly
            && !exec(QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(writeLockKey))) {
            const QString error = m_lastError;
            exec(QStringLiteral("ROLLBACK"));
            m_lastError = error;
            return false;
        }
    }
    ++m_depth;
    return true;
}

bool PostgresBackend::commitTransaction()
{
    if (m_depth <= 0)
        return false;
    if (--m_depth > 0)
        return !m_failed;
    const QString error = m_lastError;
    if (m_failed) {
        exec(QStringLiteral("ROLLBACK"));
        setLastError(error.isEmpty() ? QCoreApplication::translate(
                         "kd::PostgresBackend", "an inner step failed; nothing was written")
                                     : error);
        return false;
    }
    return exec(QStringLiteral("COMMIT"));
}

void PostgresBackend::rollbackTransaction()
{
    if (m_depth <= 0)
        return;
    m_failed = true;
    if (--m_depth == 0) {
        const QString error = m_lastError;
        const bool busy = m_lastBusy, corrupt = m_lastCorrupt, refused = m_lastRefused;
        exec(QStringLiteral("ROLLBACK"));
        m_lastError = error;
        m_lastBusy = busy;
        m_lastCorrupt = corrupt;
        m_lastRefused = refused;
    }
}

// --- search -------------------------------------------------------------------------------------

bool PostgresBackend::search(const QString &query, int limit, QList<SearchHit> *hits)
{
    hits->clear();
    const QString terms = prefixQuery(query);
    if (terms.isEmpty())
        return true;
    return forEachRow(
        QStringLiteral(
            "WITH q AS (SELECT to_tsquery('kd_dutch', ?) AS query) "
            "SELECT kind, uid, field, ts_headline('kd_dutch', text, q.query, 'StartSel=' || "
            "chr(2) || ', StopSel=' || chr(3) || ', MaxWords=18, MinWords=6, "
            "HighlightAll=false') FROM search_index, q WHERE document @@ q.query "
            "ORDER BY ts_rank(document, q.query) DESC, kind, uid, field LIMIT ?"),
        {terms, limit}, [&](const StoreRow &row) {
            SearchHit hit;
            hit.kind = entityKindFromName(row.text(0)).value_or(EntityKind::Project);
            hit.uid = row.text(1);
            hit.field = row.text(2);
            hit.snippet = row.text(3);
            hits->append(hit);
        });
}

} // namespace kd

namespace kd {

// --- working together ---------------------------------------------------------------------------

bool PostgresBackend::watch(const std::function<void()> &changed)
{
    QSqlDriver *driver = m_db.driver();
    if (!driver || !driver->subscribeToNotification(QStringLiteral("kd_change")))
        return false;
    // Our own commits are in the model already; every other session's are news.
    QObject::connect(
        driver, &QSqlDriver::notification, driver,
        [changed](const QString &, QSqlDriver::NotificationSource source, const QVariant &) {
            if (source != QSqlDriver::SelfSource)
                changed();
        });
    return true;
}

bool PostgresBackend::ping()
{
    if (!m_db.isOpen())
        return false;
    if (m_depth > 0)
        return true; // a statement now would fail with the transaction, whatever the connection
    QSqlQuery query(m_db);
    if (query.exec(QStringLiteral("SELECT 1")))
        return true;
    takeError(query.lastError());
    return false;
}

bool PostgresBackend::sessions(QList<StoreSession> *sessions)
{
    sessions->clear();
    // pg_stat_activity shows every login the others' names and programs (not what they run, nor
    // since when: backend_start is null for another login's sessions).
    return forEachRow(
        QStringLiteral("SELECT a.usename::text, a.application_name, "
                       "coalesce((SELECT string_agg(r.rolname, ',' ORDER BY r.rolname) FROM "
                       "pg_roles r WHERE r.rolname IN ('kd_admin', 'kd_editor', 'kd_publisher', "
                       "'kd_reviewer') AND pg_has_role(a.usesysid, r.oid, 'MEMBER')), ''), "
                       "to_char(a.backend_start AT TIME ZONE 'UTC', "
                       "'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"') FROM pg_stat_activity a WHERE "
                       "a.datname = "
                       "current_database() AND a.pid <> pg_backend_pid() AND a.usename IS NOT "
                       "NULL AND a.application_name IN ('kd-editor', 'kdtool') "
                       "ORDER BY a.usename, a.backend_start"),
        {}, [&](const StoreRow &row) {
            sessions->append({row.text(0), row.text(2).split(u',', Qt::SkipEmptyParts), row.text(1),
                              QDateTime::fromString(row.text(3), Qt::ISODate)});
        });
}

} // namespace kd
