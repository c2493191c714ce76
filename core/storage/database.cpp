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

bool SqlRow::isNull(int column) const
{
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

QString SqlRow::text(int column) const
{
    const auto *utf8 = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    if (!utf8)
        return {};
    const int bytes = sqlite3_column_bytes(m_statement, column);
    return bytes == 0 ? QString(QLatin1String("")) : QString::fromUtf8(utf8, bytes);
}

qint64 SqlRow::integer(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

QByteArray SqlRow::blob(int column) const
{
    const void *data = sqlite3_column_blob(m_statement, column);
    return data ? QByteArray(static_cast<const char *>(data),
                             sqlite3_column_bytes(m_statement, column))
                : QByteArray();
}

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
    QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000");
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
    for (sqlite3_stmt *statement : std::as_const(m_rawStatements))
        sqlite3_finalize(statement);
    m_rawStatements.clear();
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

void Database::takeError(const QSqlError &error)
{
    setError(error.databaseText().isEmpty() ? error.text() : error.databaseText(),
             error.nativeErrorCode().toInt());
}

void Database::setError(const QString &message, int nativeCode)
{
    const int primary = nativeCode & 0xff;
    m_lastCorrupt = isCorruptionCode(nativeCode);
    m_lastBusy = primary == SQLITE_BUSY || primary == SQLITE_LOCKED;
    // SQLite's own words for these are "database or disk is full" and "attempt to write a
    // readonly database": say what the user can act on.
    if (primary == SQLITE_FULL)
        m_lastError = QCoreApplication::translate("kd::Database", "the disk is full");
    else if (primary == SQLITE_READONLY)
        m_lastError = QCoreApplication::translate("kd::Database",
                                                  "the file or its folder cannot be written to");
    else if (m_lastBusy)
        m_lastError = QCoreApplication::translate(
            "kd::Database", "another program is writing to the project; try again in a moment");
    else
        m_lastError = message;
}

bool Database::inTransaction() const
{
    sqlite3 *db = handle();
    return db && sqlite3_get_autocommit(db) == 0;
}

void Database::rollbackKeepingError()
{
    // A failed COMMIT or a full disk may have rolled the transaction back already; a ROLLBACK
    // then fails with "no transaction is active", which must not replace the real reason.
    const QString error = m_lastError;
    const bool corrupt = m_lastCorrupt;
    const bool busy = m_lastBusy;
    if (inTransaction())
        exec(QStringLiteral("ROLLBACK"));
    m_lastError = error;
    m_lastCorrupt = corrupt;
    m_lastBusy = busy;
}

QSqlQuery *Database::prepare(const QString &sql)
{
    auto it = m_statements.find(sql);
    if (it == m_statements.end()) {
        QSqlQuery query(m_db);
        query.setForwardOnly(true);
        // A statement SQLite could not prepare (out of memory, a damaged schema) is not kept:
        // binding values to it would crash Qt.
        if (!query.prepare(sql)) {
            takeError(query.lastError());
            return nullptr;
        }
        it = m_statements.insert(sql, query);
    }
    return &it.value();
}

bool Database::exec(QSqlQuery *query, const QVariantList &values)
{
    if (!query)
        return false;
    for (int i = 0; i < values.size(); ++i)
        query->bindValue(i, values.at(i));
    if (!query->exec()) {
        takeError(query->lastError());
        return false;
    }
    return true;
}

bool Database::exec(const QString &sql, const QVariantList &values, int *affected)
{
    QSqlQuery *query = prepare(sql);
    const bool ok = exec(query, values);
    if (ok && affected)
        *affected = query->numRowsAffected();
    if (query)
        query->finish();
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

bool Database::forEachRow(const QString &sql, const QVariantList &values,
                          const std::function<void(const StoreRow &)> &read)
{
    sqlite3 *db = handle();
    if (!db) {
        setError(QStringLiteral("no database connection"), 0);
        return false;
    }
    // Prepared once per SQL text and kept (a project is read in many small queries, one set per
    // scenario); a statement still running (a nested use) gets a fresh one for the time being.
    sqlite3_stmt *statement = m_rawStatements.value(sql);
    bool cached = statement && !sqlite3_stmt_busy(statement);
    int rc = SQLITE_OK;
    if (!cached) {
        const QByteArray text = sql.toUtf8();
        statement = nullptr;
        rc = sqlite3_prepare_v3(db, text.constData(), int(text.size()), SQLITE_PREPARE_PERSISTENT,
                                &statement, nullptr);
        if (rc == SQLITE_OK && !m_rawStatements.contains(sql)) {
            m_rawStatements.insert(sql, statement);
            cached = true;
        }
    }
    for (int i = 0; rc == SQLITE_OK && i < values.size(); ++i) {
        const QVariant &value = values.at(i);
        if (value.isNull()) {
            rc = sqlite3_bind_null(statement, i + 1);
        } else if (value.typeId() == QMetaType::Int || value.typeId() == QMetaType::LongLong) {
            rc = sqlite3_bind_int64(statement, i + 1, value.toLongLong());
        } else {
            const QByteArray bytes = value.toString().toUtf8();
            rc = sqlite3_bind_text(statement, i + 1, bytes.constData(), int(bytes.size()),
                                   SQLITE_TRANSIENT);
        }
    }
    if (rc == SQLITE_OK) {
        const SqlRow row(statement);
        while ((rc = sqlite3_step(statement)) == SQLITE_ROW)
            read(row);
        if (rc == SQLITE_DONE)
            rc = SQLITE_OK;
    }
    if (rc != SQLITE_OK)
        setError(QString::fromUtf8(sqlite3_errmsg(db)), sqlite3_extended_errcode(db));
    if (cached) {
        sqlite3_reset(statement);
        sqlite3_clear_bindings(statement);
    } else {
        sqlite3_finalize(statement);
    }
    return rc == SQLITE_OK;
}

QVariant Database::scalar(const QString &sql, const QVariantList &values)
{
    QSqlQuery *query = prepare(sql);
    QVariant value;
    if (exec(query, values) && query->next())
        value = query->value(0);
    if (query)
        query->finish();
    return value;
}

bool Database::beginTransaction(bool write)
{
    if (m_depth == 0) {
        m_failed = false;
        if (!exec(write ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("BEGIN")))
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
        rollbackKeepingError();
        if (m_lastError.isEmpty())
            m_lastError = QCoreApplication::translate("kd::Database",
                                                      "an inner step failed; nothing was written");
        return false;
    }
    if (!exec(QStringLiteral("COMMIT"))) {
        rollbackKeepingError();
        return false;
    }
    return true;
}

void Database::rollbackTransaction()
{
    if (m_depth <= 0)
        return;
    m_failed = true;
    if (--m_depth == 0)
        rollbackKeepingError();
}

} // namespace kd
