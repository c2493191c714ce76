#include "database.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QSqlDriver>
#include <QSqlError>

#include <sqlite3.h>

namespace kd {
namespace {

QString nextConnectionName()
{
    static QAtomicInt counter;
    return QStringLiteral("kd-store-%1").arg(counter.fetchAndAddRelaxed(1));
}

bool isCorruptionCode(int code)
{
    const int primary = code & 0xff;
    return primary == SQLITE_CORRUPT || primary == SQLITE_NOTADB;
}

} // namespace

Database::Database()
    : m_connectionName(nextConnectionName())
{}

Database::~Database()
{
    close();
}

bool Database::open(const QString &path, bool readOnly)
{
    close();
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    m_db.setDatabaseName(path);
    QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=2000");
    if (readOnly)
        options += QStringLiteral(";QSQLITE_OPEN_READONLY");
    m_db.setConnectOptions(options);
    if (!m_db.open()) {
        setError(m_db.lastError().text(), m_db.lastError().nativeErrorCode().toInt());
        return false;
    }
    return true;
}

void Database::close()
{
    m_statements.clear();
    if (m_db.isValid()) {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connectionName);
    }
    m_depth = 0;
    m_failed = false;
}

bool Database::isOpen() const
{
    return m_db.isValid() && m_db.isOpen();
}

sqlite3 *Database::handle() const
{
    const QVariant v = m_db.driver()->handle();
    if (v.isValid() && qstrcmp(v.typeName(), "sqlite3*") == 0)
        return *static_cast<sqlite3 *const *>(v.data());
    return nullptr;
}

void Database::setError(const QString &message, int nativeCode)
{
    m_lastError = message;
    m_lastCorrupt = isCorruptionCode(nativeCode);
}

QSqlQuery &Database::prepare(const QString &sql)
{
    auto it = m_statements.find(sql);
    if (it == m_statements.end()) {
        QSqlQuery query(m_db);
        query.setForwardOnly(true);
        query.prepare(sql);
        it = m_statements.insert(sql, query);
    }
    return it.value();
}

bool Database::exec(QSqlQuery &query, const QVariantList &values)
{
    for (int i = 0; i < values.size(); ++i)
        query.bindValue(i, values.at(i));
    if (!query.exec()) {
        const QSqlError error = query.lastError();
        setError(error.databaseText().isEmpty() ? error.text() : error.databaseText(),
                 error.nativeErrorCode().toInt());
        return false;
    }
    return true;
}

bool Database::exec(const QString &sql, const QVariantList &values)
{
    QSqlQuery &query = prepare(sql);
    const bool ok = exec(query, values);
    query.finish();
    return ok;
}

bool Database::execScript(const QByteArray &sql)
{
    sqlite3 *db = handle();
    if (!db) {
        setError(QCoreApplication::translate("kd::Database", "no database connection"), 0);
        return false;
    }
    char *message = nullptr;
    const int rc = sqlite3_exec(db, sql.constData(), nullptr, nullptr, &message);
    if (rc != SQLITE_OK) {
        setError(QString::fromUtf8(message ? message : sqlite3_errstr(rc)),
                 sqlite3_extended_errcode(db));
        sqlite3_free(message);
        return false;
    }
    return true;
}

QVariant Database::scalar(const QString &sql)
{
    QSqlQuery &query = prepare(sql);
    QVariant value;
    if (exec(query) && query.next())
        value = query.value(0);
    query.finish();
    return value;
}

bool Database::beginTransaction()
{
    if (m_depth == 0) {
        m_failed = false;
        if (!exec(QStringLiteral("BEGIN IMMEDIATE")))
            return false;
    }
    ++m_depth;
    return true;
}

bool Database::commitTransaction()
{
    if (m_depth <= 0)
        return false;
    if (--m_depth > 0)
        return !m_failed;
    if (m_failed) {
        exec(QStringLiteral("ROLLBACK"));
        m_lastError = QCoreApplication::translate("kd::Database",
                                                  "an inner step failed; nothing was written");
        return false;
    }
    if (!exec(QStringLiteral("COMMIT"))) {
        exec(QStringLiteral("ROLLBACK"));
        return false;
    }
    return true;
}

void Database::rollbackTransaction()
{
    if (m_depth <= 0)
        return;
    m_failed = true;
    if (--m_depth == 0) {
        const QString error = m_lastError;
        exec(QStringLiteral("ROLLBACK"));
        m_lastError = error;
    }
}

} // namespace kd
